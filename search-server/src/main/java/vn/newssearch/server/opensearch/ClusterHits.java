package vn.newssearch.server.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import vn.newssearch.model.Article;
import vn.newssearch.opensearch.ClusterDocuments;
import vn.newssearch.server.search.SearchResponse.FacetValue;
import vn.newssearch.server.search.SearchResponse.Facets;
import vn.newssearch.server.search.SearchResponse.Hit;
import vn.newssearch.server.search.SortOrder;

/** A cluster's search answer read into our response records: hits, facets, the last sort values. */
final class ClusterHits {
  /** Passages that do not touch are joined as the embedded snippets join them. */
  static final String ELLIPSIS = " … ";

  private ClusterHits() {}

  /** The hits of the page (at most {@code size}), in order. */
  static List<Hit> hits(JsonNode reply, int size, boolean scored) {
    List<Hit> out = new ArrayList<>();
    for (JsonNode h : reply.path("hits").path("hits")) {
      if (out.size() == size) {
        break;
      }
      Article a = ClusterDocuments.fromSource(h.path("_source"));
      JsonNode score = h.path("_score");
      out.add(
          Hit.of(
              a,
              snippet(h.path("highlight").path("text")),
              scored && score.isNumber() ? (float) score.asDouble() : null));
    }
    return out;
  }

  /** Whether the answer holds a hit after the page. */
  static boolean more(JsonNode reply, int size) {
    return reply.path("hits").path("hits").size() > size;
  }

  /** The sort values of the {@code i}-th hit, as the cursor encodes them. */
  static FieldDoc sortValues(JsonNode reply, int i, SortOrder sort) {
    JsonNode values = reply.path("hits").path("hits").path(i).path("sort");
    Object primary =
        sort == SortOrder.RELEVANCE
            ? (Object) Float.valueOf((float) values.path(0).asDouble())
            : (Object) Long.valueOf(values.path(0).asLong());
    return new FieldDoc(0, Float.NaN, new Object[] {primary, values.path(1).asLong()});
  }

  static long total(JsonNode reply) {
    return reply.path("hits").path("total").path("value").asLong();
  }

  static Facets facets(JsonNode reply) {
    JsonNode aggs = reply.path("aggregations");
    return new Facets(
        buckets(aggs.path("parties"), "key"),
        buckets(aggs.path("categories"), "key"),
        buckets(aggs.path("months"), "key_as_string"));
  }

  private static List<FacetValue> buckets(JsonNode agg, String key) {
    List<FacetValue> out = new ArrayList<>();
    for (JsonNode b : agg.path("buckets")) {
      long count = b.path("doc_count").asLong();
      if (count > 0) {
        out.add(new FacetValue(b.path(key).asText(), count));
      }
    }
    return List.copyOf(out);
  }

  /** The highlighted passages as one line of HTML, or null when the text is empty. */
  private static String snippet(JsonNode fragments) {
    if (!fragments.isArray() || fragments.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode f : fragments) {
      String s = f.asText().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').strip();
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    return parts.isEmpty() ? null : String.join(ELLIPSIS, parts);
  }
}
