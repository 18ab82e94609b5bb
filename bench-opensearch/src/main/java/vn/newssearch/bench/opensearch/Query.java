package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the shared set (written by our QueryBench) and its OpenSearch request: every word
 * must match the folded fields (title weighs double), exact-accent and adjacent matches score
 * higher, filters do not score; terms aggregations for parties and categories and a monthly date
 * histogram stand in for our facets, the unified highlighter for our snippets.
 */
record Query(String kind, String q, String party, String from, String to) {

  static List<Query> read(Path file) throws IOException {
    List<Query> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(
            new Query(
                Json.string(line, "kind"),
                Json.string(line, "q"),
                Json.string(line, "party"),
                Json.string(line, "from"),
                Json.string(line, "to")));
      }
    }
    return out;
  }

  String body() {
    return body(q, party == null ? List.of() : List.of(party), from, to, null);
  }

  /**
   * The request for {@code q} with every party required (a term filter each, on the names as
   * given: the peer has no alias resolution), inclusive local days (either bound may be open) and
   * an optional category, a term filter on the keyword field as our {@code category} is.
   * The relevance run ({@link OpenSearchRelevance}) uses it with the judged queries.
   */
  static String body(String q, List<String> parties, String from, String to, String category) {
    String text = q == null ? "" : q.strip();
    StringBuilder must = new StringBuilder();
    String should = "";
    boolean browse = text.isEmpty();
    if (browse) {
      must.append("{\"match_all\":{}}");
    } else if (text.length() > 2 && text.startsWith("\"") && text.endsWith("\"")) {
      String p = Json.quote(text.substring(1, text.length() - 1));
      must.append("{\"multi_match\":{\"query\":")
          .append(p)
          .append(",\"type\":\"phrase\",\"fields\":[\"title^2\",\"lead\",\"body\"]}}");
    } else {
      String t = Json.quote(text);
      must.append("{\"multi_match\":{\"query\":")
          .append(t)
          .append(
              ",\"type\":\"cross_fields\",\"operator\":\"and\","
                  + "\"fields\":[\"title^2\",\"lead\",\"body\"]}}");
      should =
          ",\"should\":[{\"multi_match\":{\"query\":"
              + t
              + ",\"fields\":[\"title.exact^2\",\"lead.exact\",\"body.exact\"]}},"
              + "{\"multi_match\":{\"query\":"
              + t
              + ",\"type\":\"phrase\",\"fields\":[\"title^2\",\"lead\",\"body\"]}}]";
    }
    List<String> filters = new ArrayList<>();
    for (String party : parties) {
      filters.add("{\"term\":{\"parties\":" + Json.quote(party) + "}}");
    }
    List<String> bounds = new ArrayList<>();
    if (from != null) {
      bounds.add("\"gte\":\"" + from + "T00:00:00\"");
    }
    if (to != null) {
      bounds.add("\"lte\":\"" + to + "T23:59:59\"");
    }
    if (!bounds.isEmpty()) {
      filters.add("{\"range\":{\"published\":{" + String.join(",", bounds) + "}}}");
    }
    if (category != null) {
      filters.add("{\"term\":{\"category\":" + Json.quote(category) + "}}");
    }
    return "{\"size\":10,\"track_total_hits\":true,\"query\":{\"bool\":{\"must\":["
        + must
        + "]"
        + should
        + ",\"filter\":["
        + String.join(",", filters)
        + "]}}"
        + (browse ? ",\"sort\":[{\"published\":\"desc\"}]" : "")
        + ",\"_source\":[\"id\",\"title\",\"published\",\"url\",\"source\",\"category\","
        + "\"author\",\"parties\"]"
        + ",\"aggs\":{\"parties\":{\"terms\":{\"field\":\"parties\",\"size\":20}},"
        + "\"categories\":{\"terms\":{\"field\":\"category\",\"size\":20}},"
        + "\"months\":{\"date_histogram\":{\"field\":\"published\","
        + "\"calendar_interval\":\"month\",\"format\":\"yyyy-MM\",\"min_doc_count\":1}}}"
        + ",\"highlight\":{\"pre_tags\":[\"<mark>\"],\"post_tags\":[\"</mark>\"],"
        + "\"encoder\":\"html\",\"no_match_size\":200,"
        + "\"fields\":{\"body\":{\"fragment_size\":200,\"number_of_fragments\":1}}}}";
  }
}
