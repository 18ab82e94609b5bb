package vn.newssearch.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code parse --explain} says of an article's agreement: each use of the verb "ký"/"kí" (or a
 * handed document, a twinning's ceremony) with how its clause read it ({@link Signings.Status}) and
 * whether it is the agreement's; then, for an article left without an agreement, why. An operator
 * who asks why an article that plainly reports a signing got none reads it here, without a
 * debugger.
 */
final class SigningExplanation {
  /** Sentences longer than this are cut around the verb. */
  private static final int SHOWN = 90;

  private SigningExplanation() {}

  /**
   * Reports every signing of {@code signings} to {@code why} under the field "signing", in text
   * order; {@code choice} is null when none made an agreement, and {@code skipped} says why each
   * signing left out was ({@link SigningChoice#choose}). Part boundaries are char offsets.
   */
  static void record(
      Provenance why,
      Syllables s,
      List<Signings.Signing> signings,
      SigningChoice choice,
      Map<Signings.Signing, String> skipped,
      int leadStart,
      int bodyStart,
      int captionStart) {
    if (why == Provenance.NONE) {
      return;
    }
    for (Signings.Signing g : signings) {
      String noun = g.noun() == null ? "" : " \"" + g.noun().value() + "\"";
      String role =
          choice != null && g == choice.chosen()
              ? "the agreement's, its parties read here"
              : choice != null && choice.reported().contains(g)
                  ? "the agreement's too"
                  : "not the agreement's: " + skipped.getOrDefault(g, tense(g.status()));
      why.record(
          "signing",
          g.status().name().toLowerCase(java.util.Locale.ROOT) + noun + ": " + around(s, g.verb()),
          part(s.start[g.verb()], leadStart, bodyStart, captionStart)
              + ", sentence "
              + (g.sentence() + 1),
          role);
    }
  }

  /**
   * Reports why an article got no agreement: no use of the verb, none told as news, or none told as
   * news that names what is signed and who signs it.
   */
  static void none(Provenance why, List<Signings.Signing> signings, String left) {
    if (why == Provenance.NONE) {
      return;
    }
    String reason;
    if (signings.isEmpty()) {
      reason = "no use of the verb \"ký\"/\"kí\" and no handed document";
    } else {
      Map<Signings.Status, Integer> counts = new EnumMap<>(Signings.Status.class);
      signings.forEach(g -> counts.merge(g.status(), 1, Integer::sum));
      boolean told =
          counts.containsKey(Signings.Status.REPORTED) || counts.containsKey(Signings.Status.PLAIN);
      StringBuilder by = new StringBuilder();
      counts.forEach(
          (status, n) ->
              by.append(by.isEmpty() ? "" : ", ")
                  .append(n)
                  .append(' ')
                  .append(status.name().toLowerCase(java.util.Locale.ROOT)));
      reason = (told ? left : "no use is told as news") + " (" + by + ")";
    }
    int n = signings.size();
    why.record("agreement", "(none)", n + (n == 1 ? " use" : " uses") + " of the verb", reason);
  }

  /** The sentence of syllable {@code k}, cut to about {@link #SHOWN} characters around it. */
  private static String around(Syllables s, int k) {
    int[] range = Signings.sentence(s, k);
    String text = s.original(range[0], range[1]);
    if (text.length() <= SHOWN) {
      return text;
    }
    int at = s.original(range[0], k + 1).length();
    int from = Math.max(0, Math.min(at - SHOWN / 2, text.length() - SHOWN));
    int to = Math.min(text.length(), from + SHOWN);
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  /** What a signing's status says of it when nothing later set it aside. */
  private static String tense(Signings.Status status) {
    return switch (status) {
      case BACKGROUND -> "an earlier signing";
      case IRREALIS -> "not signed (yet): a plan, a wish, a condition or a denial";
      case NOT -> "no agreement: a registration, a signature, a decision or a person's contract";
      case REPORTED, PLAIN -> "another signing was chosen";
    };
  }

  private static String part(int at, int leadStart, int bodyStart, int captionStart) {
    return at < leadStart
        ? "title"
        : at < bodyStart ? "lead" : at < captionStart ? "body" : "captions";
  }
}
