package vn.newssearch.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.newssearch.extract.AgreementComparison.Counts;

/**
 * Sums of {@link AgreementComparison} counts per half and field, and the figures the regression
 * records: precision, recall and F1 with the counts behind them (recall only for the party filter,
 * which has no predictions of its own).
 */
final class AgreementScorecard {
  static final String PARTY_FILTER = "partyFilter";
  private final Map<String, Map<String, Counts>> halves = new LinkedHashMap<>();

  void add(String half, AgreementComparison c) {
    Map<String, Counts> fields = halves.computeIfAbsent(half, h -> new LinkedHashMap<>());
    c.counts().forEach((field, n) -> fields.merge(field, n, Counts::plus));
  }

  Map<String, Map<String, Counts>> counts() {
    return halves;
  }

  /** half → field → metric → value, in a stable order. */
  Map<String, Map<String, Map<String, Double>>> figures() {
    Map<String, Map<String, Map<String, Double>>> out = new LinkedHashMap<>();
    halves.forEach(
        (half, fields) -> {
          Map<String, Map<String, Double>> f = new LinkedHashMap<>();
          for (String field : AgreementComparison.FIELDS) {
            f.put(field, metrics(field, fields.getOrDefault(field, new Counts(0, 0, 0))));
          }
          out.put(half, f);
        });
    return out;
  }

  static Map<String, Double> metrics(String field, Counts n) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("correct", (double) n.correct());
    if (!field.equals(PARTY_FILTER)) {
      m.put("predicted", (double) n.predicted());
    }
    m.put("labelled", (double) n.labelled());
    double p = ratio(n.correct(), n.predicted());
    double r = ratio(n.correct(), n.labelled());
    if (!field.equals(PARTY_FILTER)) {
      m.put("precision", round(p));
    }
    m.put("recall", round(r));
    if (!field.equals(PARTY_FILTER)) {
      m.put("f1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
    }
    return m;
  }

  /** 0 when nothing was predicted (or labelled): the counts beside it say which. */
  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
