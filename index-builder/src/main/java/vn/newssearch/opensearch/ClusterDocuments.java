package vn.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.newssearch.model.Article;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.NameKeys;
import vn.newssearch.schema.TextNormaliser;

/**
 * The only place that turns an {@link Article} into a cluster document and back, as {@link
 * ArticleDocuments} does for the embedded index: the same indexed text (lead, break, body), the
 * same id key, the same fold keys for party names ({@link NameKeys}).
 */
public final class ClusterDocuments {
  private ClusterDocuments() {}

  public static ObjectNode toDocument(Article a) {
    ObjectNode d = Cluster.json().createObjectNode();
    d.put(ClusterFields.ID, a.id());
    d.put(ClusterFields.ID_KEY, ArticleDocuments.idKey(a.id()));
    putIfPresent(d, ClusterFields.URL, a.url());
    putIfPresent(d, ClusterFields.SOURCE, a.source());
    putIfPresent(d, ClusterFields.CATEGORY, a.category());
    d.put(ClusterFields.TITLE, TextNormaliser.normalise(a.title() == null ? "" : a.title()));
    d.put(ClusterFields.TEXT, TextNormaliser.normalise(ArticleDocuments.indexedText(a)));
    if (a.published() != null) {
      d.put(ClusterFields.PUBLISHED, a.published().toInstant().toEpochMilli());
    }
    names(d, ClusterFields.PARTIES, ClusterFields.PARTIES_FOLDED, a.parties());
    names(d, ClusterFields.ORGS, ClusterFields.ORGS_FOLDED, a.organisations());
    d.set(ClusterFields.ARTICLE, ArticleJson.MAPPER.valueToTree(a));
    return d;
  }

  /** The article of a hit's or a get's {@code _source}. */
  public static Article fromSource(JsonNode source) {
    try {
      return ArticleJson.MAPPER.treeToValue(source.path(ClusterFields.ARTICLE), Article.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the cluster holds an unreadable article", e);
    }
  }

  private static void names(ObjectNode d, String field, String foldedField, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    ArrayNode canonical = d.putArray(field);
    ArrayNode folded = d.putArray(foldedField);
    for (String name : names) {
      canonical.add(name);
      NameKeys.of(name).forEach(folded::add);
    }
  }

  private static void putIfPresent(ObjectNode d, String field, String value) {
    if (value != null) {
      d.put(field, value);
    }
  }
}
