package vn.newssearch.bench.eval;

import java.util.List;
import java.util.Map;

/**
 * MRR, recall and nDCG at a cut-off, for one ranked list against graded judgments. A document
 * counts as relevant when its grade is at least 1; nDCG uses the gain 2^grade - 1. One copy for the
 * relevance regression (search-server's tests) and the OpenSearch peer, so both score alike.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** 1/rank of the first relevant document in the top k, else 0. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judged.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** The share of relevant documents found in the top k. */
  public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      throw new IllegalArgumentException("recall needs at least one relevant document");
    }
    long found =
        ranked.stream().limit(k).filter(id -> judged.getOrDefault(id, 0) > 0).distinct().count();
    return (double) found / relevant;
  }

  /** Discounted cumulative gain of the top k, divided by that of the ideal ordering. */
  public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
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
