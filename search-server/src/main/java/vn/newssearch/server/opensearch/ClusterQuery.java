package vn.newssearch.server.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.FieldDoc;
import vn.newssearch.model.Article;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.schema.TextNormaliser;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.search.Alternatives;
import vn.newssearch.server.search.RunWords;
import vn.newssearch.server.search.SearchConfig;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SortOrder;
import vn.newssearch.server.search.UserQuery;
import vn.newssearch.server.search.typing.AdjacencyTiers;
import vn.newssearch.server.search.typing.MinimumShouldMatch;

/**
 * The one place that turns a search into OpenSearch's query DSL, as {@code TextQueries} and {@code
 * Filters} build the Lucene query: a {@code bool} query whose {@code must} clauses match on the
 * folded fields, whose {@code should} clauses add the score of accent-exact matches (the {@code
 * .exact} fields) and of words typed together (a term on the {@code .pairs} shingle fields, one per
 * pair of adjacent syllables, and a tier of {@link AdjacencyTiers#TIER} for each pair found, as on
 * the embedded index; a run's words score as {@code RunWords} has them, see {@link
 * ClusterRunWords}), and whose {@code filter} clauses hold parties, dates, category and source;
 * {@code search_after} for the cursor; the highlighter with {@code <mark>} on the text; and {@code
 * terms} and {@code date_histogram} aggregations for the facets. Boosts are the embedded ones, so
 * both rank alike.
 */
final class ClusterQuery {
  static final float TITLE_BOOST = SearchConfig.TITLE_BOOST;
  static final float EXACT_BOOST = SearchConfig.EXACT_BOOST;
  static final float PHRASE_BOOST = SearchConfig.PHRASE_BOOST;
  static final int TOP_VALUES = 20;
  static final int PASSAGES = 2;
  static final int FRAGMENT_CHARS = 200;
  private static final int MAX_TOKENS_PER_UNIT = 16;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Analyzer folded = VietnameseAnalysis.folded();
  private final Analyzer exact = VietnameseAnalysis.exact();

  /** What the parties and organisations of a request resolved to: fold keys per name. */
  record Names(List<List<String>> parties, List<List<String>> orgs) {}

  /** The scoring part and the highlight query; {@code text} null when nothing is searchable. */
  record Text(ObjectNode query, ObjectNode highlight) {}

  /** The text query of {@code q}, or null when it has no searchable word. */
  Text text(UserQuery uq) {
    ArrayNode must = JSON.arrayNode();
    ArrayNode should = JSON.arrayNode();
    ArrayNode mustNot = JSON.arrayNode();
    ArrayNode highlight = JSON.arrayNode();
    // Plain words may be "most of them" in a long query, as on the embedded index; phrases and OR
    // groups stay required.
    List<ObjectNode> words = new ArrayList<>();
    Map<String, List<List<String>>> inRuns = RunWords.pairSyllablesAround(uq, folded);
    for (List<UserQuery.Unit> group : uq.required()) {
      List<List<String>> forms = forms(group);
      List<ObjectNode> alternatives = new ArrayList<>();
      for (UserQuery.Unit u : group) {
        if (!searchable(u.text())) {
          continue;
        }
        String text = normalised(u.text());
        List<List<String>> pairs = group.size() == 1 ? inRuns.get(u.text()) : null;
        if (Alternatives.onlyAddsScore(
            VietnameseAnalysis.terms(folded, u.text(), MAX_TOKENS_PER_UNIT), forms)) {
          // It matches nothing a shorter alternative does not: it only adds score, as the
          // embedded window's bonus has it.
          should.add(either(text, ClusterFields.TITLE, ClusterFields.TEXT, "match_phrase"));
        } else if (pairs != null && !u.phrase()) {
          // A word of a run typed together: as RunWords on the embedded index.
          alternatives.add(ClusterRunWords.syllable(text, ClusterFields.TITLE, ClusterFields.TEXT));
          should.add(ClusterRunWords.apart(text, ClusterFields.TITLE, pairs, 1f));
        } else {
          alternatives.add(either(text, ClusterFields.TITLE, ClusterFields.TEXT, "match_phrase"));
        }
        highlight.add(match("match_phrase", ClusterFields.TEXT, text));
        String titleExact = ClusterFields.TITLE + ClusterFields.EXACT;
        String textExact = ClusterFields.TEXT + ClusterFields.EXACT;
        if (pairs != null && VietnameseAnalysis.terms(exact, text, 2).size() == 1) {
          should.add(boosted(ClusterRunWords.syllable(text, titleExact, textExact), EXACT_BOOST));
          should.add(ClusterRunWords.apart(text, titleExact, pairs, EXACT_BOOST));
        } else {
          should.add(boosted(either(text, titleExact, textExact, "match_phrase"), EXACT_BOOST));
        }
      }
      if (alternatives.size() == 1 && group.size() == 1 && !group.getFirst().phrase()) {
        words.add(alternatives.getFirst());
      } else if (alternatives.size() == 1) {
        must.add(alternatives.getFirst());
      } else if (alternatives.size() > 1) {
        ObjectNode or = JSON.objectNode();
        ArrayNode any = or.putObject("bool").putArray("should");
        alternatives.forEach(any::add);
        must.add(or);
      }
    }
    int most = MinimumShouldMatch.of(words.size());
    if (most == words.size()) {
      words.forEach(must::add);
    } else {
      ObjectNode some = JSON.objectNode();
      ObjectNode b = some.putObject("bool");
      ArrayNode any = b.putArray("should");
      words.forEach(any::add);
      b.put("minimum_should_match", most);
      must.add(some);
    }
    for (UserQuery.Unit u : uq.excluded()) {
      if (searchable(u.text())) {
        mustNot.add(
            either(normalised(u.text()), ClusterFields.TITLE, ClusterFields.TEXT, "match_phrase"));
      }
    }
    if (must.isEmpty() && mustNot.isEmpty()) {
      return null;
    }
    for (List<String> run : uq.adjacentRuns()) {
      ClusterRunWords.pairs(terms(folded, run), terms(exact, run), should);
    }
    ObjectNode bool = JSON.objectNode();
    ObjectNode b = bool.putObject("bool");
    b.set("must", must.isEmpty() ? JSON.arrayNode().add(matchAll()) : must);
    if (!should.isEmpty()) {
      b.set("should", should);
    }
    if (!mustNot.isEmpty()) {
      b.set("must_not", mustNot);
    }
    ObjectNode h = JSON.objectNode();
    h.putObject("bool").set("should", highlight);
    return new Text(bool, highlight.isEmpty() ? null : h);
  }

  /** The whole search body. */
  ObjectNode body(SearchRequest r, Text text, Names names, FieldDoc after, Duration timeout) {
    SortOrder sort = r.effectiveSort();
    ObjectNode body = JSON.objectNode();
    ObjectNode bool = JSON.objectNode();
    ObjectNode b = bool.putObject("bool");
    b.putArray("must").add(text == null ? matchAll() : text.query());
    ArrayNode filter = b.putArray("filter");
    for (List<String> keys : names.parties()) {
      filter.add(terms(ClusterFields.PARTIES_FOLDED, keys));
    }
    for (List<String> keys : names.orgs()) {
      filter.add(terms(ClusterFields.ORGS_FOLDED, keys));
    }
    if (r.category() != null) {
      filter.add(term(ClusterFields.CATEGORY, r.category()));
    }
    if (r.source() != null) {
      filter.add(term(ClusterFields.SOURCE, r.source()));
    }
    if (r.from() != null || r.to() != null) {
      filter.add(published(r.from(), r.to()));
    }
    body.set("query", bool);
    body.set("sort", sort(sort));
    if (after != null) {
      ArrayNode values = body.putArray("search_after");
      Object primary = after.fields[0];
      if (primary instanceof Float f) {
        values.add(f);
      } else {
        values.add((Long) primary);
      }
      values.add((Long) after.fields[1]);
    } else {
      body.put("from", (r.page() - 1) * r.size());
    }
    body.put("size", r.size() + 1); // one extra hit tells whether there is a next page
    body.put("track_total_hits", true);
    body.put("track_scores", text != null);
    body.put("timeout", timeout.toMillis() + "ms");
    ObjectNode source = body.putObject("_source");
    source.putArray("includes").add(ClusterFields.ARTICLE);
    source.putArray("excludes").add(ClusterFields.ARTICLE + ".body");
    body.set("highlight", highlight(text));
    body.set("aggs", aggregations());
    return body;
  }

  /** Newest and oldest put undated articles last; the id key breaks ties, as in {@code Sorts}. */
  private static ArrayNode sort(SortOrder order) {
    ArrayNode sort = JSON.arrayNode();
    switch (order) {
      case RELEVANCE -> sort.addObject().put("_score", "desc");
      case NEWEST ->
          sort.addObject()
              .putObject(ClusterFields.PUBLISHED)
              .put("order", "desc")
              .put("missing", "_last");
      case OLDEST ->
          sort.addObject()
              .putObject(ClusterFields.PUBLISHED)
              .put("order", "asc")
              .put("missing", "_last");
    }
    sort.addObject().put(ClusterFields.ID_KEY, "asc");
    return sort;
  }

  private static ObjectNode highlight(Text text) {
    ObjectNode h = JSON.objectNode();
    h.putArray("pre_tags").add("<mark>");
    h.putArray("post_tags").add("</mark>");
    h.put("encoder", "html");
    ObjectNode field = h.putObject("fields").putObject(ClusterFields.TEXT);
    field.put("type", "unified");
    field.put("number_of_fragments", PASSAGES);
    field.put("fragment_size", FRAGMENT_CHARS);
    field.put("boundary_scanner", "sentence");
    field.put("no_match_size", FRAGMENT_CHARS);
    if (text != null && text.highlight() != null) {
      field.set("highlight_query", text.highlight());
    }
    return h;
  }

  /** Parties and categories: the most frequent values; months: every one, in Vietnam time. */
  private static ObjectNode aggregations() {
    ObjectNode aggs = JSON.objectNode();
    aggs.putObject("parties")
        .putObject("terms")
        .put("field", ClusterFields.PARTIES)
        .put("size", TOP_VALUES);
    aggs.putObject("categories")
        .putObject("terms")
        .put("field", ClusterFields.CATEGORY)
        .put("size", TOP_VALUES);
    aggs.putObject("months")
        .putObject("date_histogram")
        .put("field", ClusterFields.PUBLISHED)
        .put("calendar_interval", "month")
        .put("time_zone", Article.VIETNAM.getId())
        .put("format", "yyyy-MM")
        .put("min_doc_count", 1);
    return aggs;
  }

  /** Publication between two Vietnam-time days, both inclusive; undated articles never match. */
  static ObjectNode published(LocalDate from, LocalDate to) {
    ObjectNode range = JSON.objectNode();
    ObjectNode p = range.putObject("range").putObject(ClusterFields.PUBLISHED);
    if (from != null) {
      p.put("gte", startOf(from));
    }
    if (to != null) {
      p.put("lte", startOf(to.plusDays(1)) - 1);
    }
    return range;
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay().toInstant(Article.VIETNAM).toEpochMilli();
  }

  private static List<String> terms(Analyzer analyzer, List<String> run) {
    List<String> syllables = new ArrayList<>();
    for (String word : run) {
      syllables.addAll(VietnameseAnalysis.terms(analyzer, word, MAX_TOKENS_PER_UNIT));
    }
    return syllables;
  }

  /** The folded syllables of each searchable unit of an OR group. */
  private List<List<String>> forms(List<UserQuery.Unit> group) {
    List<List<String>> forms = new ArrayList<>();
    for (UserQuery.Unit u : group) {
      List<String> form = VietnameseAnalysis.terms(folded, u.text(), MAX_TOKENS_PER_UNIT);
      if (!form.isEmpty()) {
        forms.add(form);
      }
    }
    return forms;
  }

  private boolean searchable(String text) {
    return !VietnameseAnalysis.terms(folded, text, 1).isEmpty();
  }

  private static String normalised(String text) {
    return TextNormaliser.normalise(text);
  }

  /** Title (boosted) or text: the embedded {@code either}. */
  static ObjectNode either(String text, String title, String body, String kind) {
    return either(text, title, body, kind, TITLE_BOOST);
  }

  static ObjectNode either(String text, String title, String body, String kind, float titleBoost) {
    ObjectNode q = JSON.objectNode();
    ArrayNode should = q.putObject("bool").putArray("should");
    ObjectNode t = match(kind, title, text);
    ((ObjectNode) t.get(kind).get(title)).put("boost", titleBoost);
    should.add(t);
    should.add(match(kind, body, text));
    return q;
  }

  static ObjectNode match(String kind, String field, String text) {
    ObjectNode q = JSON.objectNode();
    q.putObject(kind).putObject(field).put("query", text);
    return q;
  }

  static ObjectNode boosted(ObjectNode boolQuery, float boost) {
    ((ObjectNode) boolQuery.get("bool")).put("boost", boost);
    return boolQuery;
  }

  private static ObjectNode matchAll() {
    ObjectNode q = JSON.objectNode();
    q.putObject("match_all");
    return q;
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode q = JSON.objectNode();
    q.putObject("term").put(field, value);
    return q;
  }

  private static ObjectNode terms(String field, List<String> values) {
    ObjectNode q = JSON.objectNode();
    ArrayNode a = q.putObject("terms").putArray(field);
    values.forEach(a::add);
    return q;
  }
}
