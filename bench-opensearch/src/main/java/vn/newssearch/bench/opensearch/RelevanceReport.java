package vn.newssearch.bench.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.newssearch.bench.eval.RankingMetrics;

/**
 * Mean MRR@10, recall@10 and nDCG@10 per query group for OpenSearch, rendered as a markdown table
 * beside the figures recorded for ours and the BM25 baseline in eval/expected-metrics.json.
 */
final class RelevanceReport {
  static final String OURS = "ours";
  static final String BASELINE = "baseline: BM25, one folded field";
  private static final String[] METRICS = {"mrr@10", "recall@10", "ndcg@10"};
  private static final List<String> ORDER =
      List.of(
          "all",
          "known-item",
          "known-item, accented",
          "known-item, unaccented",
          "topical",
          "party",
          "date");

  private final Map<String, Double> expected;
  private final Map<String, List<double[]>> byGroup = new TreeMap<>();
  private final List<String> perQuery =
      new ArrayList<>(List.of("id\tmrr@10\trecall@10\tndcg@10\tq\tparty\ttop10"));

  RelevanceReport(Map<String, Double> expected) {
    this.expected = expected;
  }

  void add(EvalQuery q, List<String> ranked, Map<String, Integer> judged) {
    int k = OpenSearchRelevance.K;
    double[] m = {
      RankingMetrics.reciprocalRank(ranked, judged, k),
      RankingMetrics.recall(ranked, judged, k),
      RankingMetrics.ndcg(ranked, judged, k)
    };
    for (String g : q.groups()) {
      byGroup.computeIfAbsent(g, x -> new ArrayList<>()).add(m);
    }
    perQuery.add(
        String.format(
            Locale.ROOT,
            "%s\t%.4f\t%.4f\t%.4f\t%s\t%s\t%s",
            q.id(),
            m[0],
            m[1],
            m[2],
            q.q(),
            q.party(),
            String.join(",", ranked)));
  }

  List<String> perQuery() {
    return perQuery;
  }

  String markdown(int articles, int queries) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "## Relevance: ours, BM25 baseline, OpenSearch mapping (%d queries, %d articles)%n%n",
            queries,
            articles));
    sb.append("Ours and the baseline: recorded in eval/expected-metrics.json. OpenSearch: measured")
        .append(" in this run with the peer benchmark's mapping and query.\n\n");
    sb.append("| group | queries | metric | ours | BM25 baseline | OpenSearch |\n");
    sb.append("|---|---:|---|---:|---:|---:|\n");
    List<String> groups = new ArrayList<>(ORDER);
    byGroup.keySet().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
    for (String g : groups) {
      List<double[]> rows = byGroup.get(g);
      if (rows == null) {
        continue;
      }
      for (int i = 0; i < METRICS.length; i++) {
        int col = i;
        double os = rows.stream().mapToDouble(r -> r[col]).average().orElse(0);
        sb.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.3f | %.3f | %.3f |%n",
                i == 0 ? g : "",
                i == 0 ? Integer.toString(rows.size()) : "",
                METRICS[i].replace("@10", ""),
                ExpectedMetrics.get(expected, OURS, g, METRICS[i]),
                ExpectedMetrics.get(expected, BASELINE, g, METRICS[i]),
                os));
      }
    }
    return sb.toString();
  }
}
