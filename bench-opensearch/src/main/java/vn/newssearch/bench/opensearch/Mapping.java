package vn.newssearch.bench.opensearch;

/**
 * The closest mapping to ours without plugins: the folded field is standard + lowercase +
 * asciifolding (what ICU folding does for Vietnamese, roughly; "đ" folds to "d"), with offsets for
 * the highlighter; an exact subfield (standard + lowercase); keyword parties, category and source;
 * a date. One shard, no replica; refresh off while bulk loading (a refresh and flush end the timed
 * load), like our single commit at the end.
 */
final class Mapping {
  private Mapping() {}

  static final String JSON =
      """
      {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "-1",
        "analysis": {"analyzer": {
          "folded": {"type": "custom", "tokenizer": "standard",
                     "filter": ["lowercase", "asciifolding"]},
          "exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]}}}},
       "mappings": {"dynamic": false, "properties": {
         "id": {"type": "keyword"},
         "title": {"type": "text", "analyzer": "folded", "index_options": "offsets",
                   "fields": {"exact": {"type": "text", "analyzer": "exact"}}},
         "lead": {"type": "text", "analyzer": "folded", "index_options": "offsets",
                  "fields": {"exact": {"type": "text", "analyzer": "exact"}}},
         "body": {"type": "text", "analyzer": "folded", "index_options": "offsets",
                  "fields": {"exact": {"type": "text", "analyzer": "exact"}}},
         "published": {"type": "date", "format": "strict_date_hour_minute_second"},
         "parties": {"type": "keyword"},
         "category": {"type": "keyword"},
         "source": {"type": "keyword"}}}}
      """;
}
