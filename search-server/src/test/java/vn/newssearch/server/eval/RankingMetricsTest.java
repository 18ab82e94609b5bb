package vn.newssearch.server.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.newssearch.bench.eval.RankingMetrics;

class RankingMetricsTest {
  private static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 1, "c", 0);

  @Test
  void reciprocalRankIsOneOverTheFirstRelevantRank() {
    assertThat(RankingMetrics.reciprocalRank(List.of("x", "c", "b", "a"), JUDGED, 10))
        .isEqualTo(1.0 / 3);
    assertThat(RankingMetrics.reciprocalRank(List.of("x", "y"), JUDGED, 10)).isZero();
  }

  @Test
  void reciprocalRankIgnoresHitsBelowTheCutOff() {
    assertThat(RankingMetrics.reciprocalRank(List.of("x", "y", "a"), JUDGED, 2)).isZero();
  }

  @Test
  void recallCountsGradedDocumentsOnlyOnce() {
    assertThat(RankingMetrics.recall(List.of("a", "c", "x"), JUDGED, 10)).isEqualTo(0.5);
    assertThat(RankingMetrics.recall(List.of("b", "a"), JUDGED, 10)).isEqualTo(1.0);
    assertThat(RankingMetrics.recall(List.of("x", "b", "a"), JUDGED, 2)).isEqualTo(0.5);
  }

  @Test
  void ndcgIsOneForTheIdealOrderAndLowerOtherwise() {
    assertThat(RankingMetrics.ndcg(List.of("a", "b"), JUDGED, 10)).isEqualTo(1.0);
    // gains 3 and 1: ideal 3 + 1/log2(3); swapped 1 + 3/log2(3)
    double ideal = 3 + 1 / (Math.log(3) / Math.log(2));
    double swapped = 1 + 3 / (Math.log(3) / Math.log(2));
    assertThat(RankingMetrics.ndcg(List.of("b", "a"), JUDGED, 10))
        .isCloseTo(swapped / ideal, within(1e-12));
    assertThat(RankingMetrics.ndcg(List.of("x"), JUDGED, 10)).isZero();
  }
}
