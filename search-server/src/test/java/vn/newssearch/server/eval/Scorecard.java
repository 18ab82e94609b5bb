package vn.newssearch.server.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.newssearch.bench.eval.Halves;
import vn.newssearch.bench.eval.RankingMetrics;

/**
 * Mean MRR@k, recall@k and nDCG@k per query group for one system, plus the per-query figures that
 * explain a drift. A group is also split by how its queries were typed ({@code typed}), and every
 * group is given over the tune and the test half as well ({@link Halves}).
 */
record Scorecard(Map<String, Map<String, Double>> groups, List<String> perQuery) {
  static final String MRR = "mrr@10";
  static final String RECALL = "recall@10";
  static final String NDCG = "ndcg@10";
  static final String QUERIES = "queries";
  static final int K = 10;

  static Scorecard of(
      List<EvalQuery> queries,
      Function<EvalQuery, List<String>> system,
      Function<String, String> resolve) {
    Map<String, List<double[]>> byGroup = new TreeMap<>();
    List<String> perQuery = new ArrayList<>();
    for (EvalQuery q : queries) {
      Map<String, Integer> judged = new LinkedHashMap<>();
      q.relevant().forEach((key, grade) -> judged.merge(resolve.apply(key), grade, Math::max));
      List<String> ranked = system.apply(q);
      double[] m = {
        RankingMetrics.reciprocalRank(ranked, judged, K),
        RankingMetrics.recall(ranked, judged, K),
        RankingMetrics.ndcg(ranked, judged, K)
      };
      for (String g : groupsOf(q)) {
        byGroup.computeIfAbsent(g, x -> new ArrayList<>()).add(m);
      }
      perQuery.add(
          String.format(
              Locale.ROOT,
              "%s\t%s\t%.4f\t%.4f\t%.4f\t%s\t%s",
              q.id(),
              Halves.of(q.id()),
              m[0],
              m[1],
              m[2],
              q.q(),
              String.join(",", ranked)));
    }
    Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
    byGroup.forEach(
        (g, rows) -> {
          Map<String, Double> means = new LinkedHashMap<>();
          means.put(QUERIES, (double) rows.size());
          means.put(MRR, mean(rows, 0));
          means.put(RECALL, mean(rows, 1));
          means.put(NDCG, mean(rows, 2));
          groups.put(g, means);
        });
    return new Scorecard(groups, perQuery);
  }

  /** Every group the query counts in, overall and over its half ({@link Halves}). */
  private static List<String> groupsOf(EvalQuery q) {
    List<String> out = new ArrayList<>(List.of("all", q.group()));
    if (q.typed() != null) {
      out.add(q.group() + ", " + q.typed());
    }
    String half = Halves.of(q.id());
    List.copyOf(out).forEach(g -> out.add(Halves.group(g, half)));
    return out;
  }

  private static double mean(List<double[]> rows, int i) {
    return rows.stream().mapToDouble(r -> r[i]).average().orElse(0);
  }
}
