package vn.newssearch.bench.opensearch;

import java.util.List;
import java.util.Map;

/**
 * MRR, recall and nDCG at a cut-off, copied from search-server's test class RankingMetrics
 * (this module cannot depend on it): grade ≥ 1 is relevant, gain 2^grade − 1, discount
 * log2(rank + 1).
 */
final class Metrics {
  private Metrics() {}

  static double reciprocalRank(List<String> ranked, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judged.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(g -> g > 0).count();
    long found =
        ranked.stream().limit(k).filter(id -> judged.getOrDefault(id, 0) > 0).distinct().count();
    return relevant == 0 ? 0 : (double) found / relevant;
  }

  static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal =
        judged.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade) {
    return grade <= 0 ? 0 : Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
