package vn.newssearch.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.newssearch.extract.AgreementComparison.Counts;

/**
 * The scorecard as Markdown: one table of fields × halves, then the tune half's differences per
 * article. The holdout half gets aggregates only, so that nobody tunes on it.
 */
final class AgreementReport {
  private AgreementReport() {}

  /** One article's differences, for the tune half's listing. */
  record Difference(String id, String title, List<String> fields) {}

  static String table(AgreementScorecard card) {
    Map<String, Map<String, Counts>> halves = card.counts();
    StringBuilder t = new StringBuilder("| field |");
    halves
        .keySet()
        .forEach(h -> t.append(" ").append(h).append(" P | R | F1 | correct/pred/lab |"));
    t.append("\n|---|");
    halves.keySet().forEach(h -> t.append("---:|---:|---:|---:|"));
    t.append('\n');
    for (String field : AgreementComparison.FIELDS) {
      t.append("| ").append(field).append(" |");
      halves.forEach(
          (half, fields) -> {
            Counts n = fields.getOrDefault(field, new Counts(0, 0, 0));
            Map<String, Double> m = AgreementScorecard.metrics(field, n);
            boolean filter = field.equals(AgreementScorecard.PARTY_FILTER);
            t.append(
                String.format(
                    Locale.ROOT,
                    " %s | %s | %s | %s |",
                    filter || n.predicted() == 0 ? "–" : fmt(m.get("precision")),
                    n.labelled() == 0 ? "–" : fmt(m.get("recall")),
                    filter ? "–" : fmt(m.get("f1")),
                    filter
                        ? n.correct() + "/–/" + n.labelled()
                        : n.correct() + "/" + n.predicted() + "/" + n.labelled()));
          });
      t.append('\n');
    }
    return t.toString();
  }

  static String markdown(String table, String articles, List<Difference> tuneDifferences) {
    StringBuilder md = new StringBuilder("# Agreement development set\n\n");
    md.append(articles).append("\n\n").append(table).append('\n');
    md.append("## Tune half: differences per article (")
        .append(tuneDifferences.size())
        .append(" articles)\n\n");
    md.append("The holdout half is reported in aggregate only: never tune on it.\n\n");
    for (Difference d : tuneDifferences) {
      md.append("### ").append(d.id()).append(": ").append(d.title()).append("\n\n");
      d.fields().forEach(f -> md.append("- ").append(f).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
