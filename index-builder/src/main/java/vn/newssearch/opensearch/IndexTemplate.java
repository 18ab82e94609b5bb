package vn.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The index template: our analysis with OpenSearch's built-in components only, so no plugin is
 * needed. The builder has already normalised the text ({@link vn.newssearch.schema.TextNormaliser}:
 * NFC, tone placement, eth), which the embedded analysis does in its ICU and tone filters; here the
 * standard tokenizer cuts the syllables (UAX #29, as ICU's tokenizer does for Vietnamese),
 * lowercase folds the case, asciifolding drops the diacritics and reads "đ" as "d", and shingle
 * makes the pairs of adjacent syllables.
 *
 * <p>The normalised title and text are stored fields for the highlighter and left out of _source;
 * _source keeps the article as extracted, body included, so that an article reads exactly as from
 * the embedded index.
 */
public final class IndexTemplate {
  private IndexTemplate() {}

  /** The template's name for an index: one template per index, matching only that index. */
  public static String name(String index) {
    return index + "-template";
  }

  /** The body of {@code PUT _index_template/NAME}. */
  public static JsonNode template(String index, int shards, int replicas) {
    ObjectNode t = Cluster.json().createObjectNode();
    t.putArray("index_patterns").add(index);
    ObjectNode template = t.putObject("template");
    ObjectNode settings = (ObjectNode) read(SETTINGS);
    ((ObjectNode) settings.path("index"))
        .put("number_of_shards", shards)
        .put("number_of_replicas", replicas);
    template.set("settings", settings);
    template.set("mappings", read(MAPPINGS));
    return t;
  }

  private static JsonNode read(String json) {
    try {
      return Cluster.json().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The server pages through the first 10,000 hits (beyond, the cursor), reading one page of up to
   * 100 and one more hit to know whether there is a next page.
   */
  static final int MAX_RESULT_WINDOW = 10_000 + 100 + 1;

  private static final String SETTINGS =
      """
      {"index": {"max_result_window": MAX_RESULT_WINDOW},
       "analysis": {
         "filter": {"pairs": {"type": "shingle", "min_shingle_size": 2, "max_shingle_size": 2,
                              "output_unigrams": false}},
         "analyzer": {
           "folded": {"type": "custom", "tokenizer": "standard",
                      "filter": ["lowercase", "asciifolding"]},
           "exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
           "folded_pairs": {"type": "custom", "tokenizer": "standard",
                            "filter": ["lowercase", "asciifolding", "pairs"]},
           "exact_pairs": {"type": "custom", "tokenizer": "standard",
                           "filter": ["lowercase", "pairs"]}}}}
      """
          .replace("MAX_RESULT_WINDOW", Integer.toString(MAX_RESULT_WINDOW));

  private static final String TEXT_FIELD =
      """
      {"type": "text", "analyzer": "folded", "index_options": "offsets", "store": true,
       "fields": {"exact": {"type": "text", "analyzer": "exact"},
                  "pairs": {"type": "text", "analyzer": "folded_pairs"},
                  "exact_pairs": {"type": "text", "analyzer": "exact_pairs"}}}
      """;

  private static final String MAPPINGS =
      """
      {"dynamic": "strict",
       "_source": {"excludes": ["title", "text"]},
       "properties": {
         "id": {"type": "keyword"},
         "id_key": {"type": "long"},
         "url": {"type": "keyword"},
         "source": {"type": "keyword"},
         "category": {"type": "keyword"},
         "title": TEXT_FIELD,
         "text": TEXT_FIELD,
         "published": {"type": "date", "format": "epoch_millis"},
         "parties": {"type": "keyword"},
         "parties_folded": {"type": "keyword"},
         "orgs": {"type": "keyword"},
         "orgs_folded": {"type": "keyword"},
         "article": {"type": "object", "enabled": false}}}
      """
          .replace("TEXT_FIELD", TEXT_FIELD);
}
