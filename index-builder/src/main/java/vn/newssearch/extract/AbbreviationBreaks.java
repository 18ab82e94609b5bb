package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rejoins a line break that a sentence splitter put after an abbreviation a name completes: "UBND
 * TP.\nCần Thơ, ..." and "PGS.\nTS. Nguyễn Văn A" are one sentence each. The vietnews corpus was
 * split so about 4,000 times, which cut names and places out of the sentences that name them. A
 * real sentence end after the abbreviation ("trung tâm TP.\nTheo ...") stays. The words are data
 * (gazetteer/line-joins.tsv); immutable and thread-safe.
 */
final class AbbreviationBreaks {
  private final Set<String> places = new HashSet<>();
  private final Set<String> titles = new HashSet<>();
  private final List<String> ranks = new ArrayList<>();
  private final List<String> placeNames = new ArrayList<>();
  private final Set<String> openers = new HashSet<>();

  /** The abbreviations and words of line-joins.tsv, and the provinces and aliases of {@code g}. */
  static AbbreviationBreaks load(Gazetteer g) {
    AbbreviationBreaks b = new AbbreviationBreaks();
    for (String[] row : Gazetteer.rows("line-joins.tsv")) {
      List<String> words = Gazetteer.names(row, 1);
      switch (row[0]) {
        case "place" -> b.places.addAll(words);
        case "title" -> b.titles.addAll(words);
        case "rank" -> b.ranks.addAll(words);
        case "town" -> b.placeNames.addAll(words);
        case "opener" -> b.openers.addAll(words);
        case "inline" -> {} // the sentence count's only (TextShapes.sentences)
        default -> throw new IllegalStateException("line-joins.tsv: unknown kind " + row[0]);
      }
    }
    for (String canonical : g.provinces().keySet()) {
      b.placeNames.add(canonical);
      b.placeNames.addAll(g.aliasesOf(canonical));
    }
    return b;
  }

  /** {@code text} with each such break turned into a space; the same instance when none is. */
  String join(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (joins(text, nl)) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, copied, nl).append(' ');
        copied = nl + 1;
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * The letters right before the full stop at {@code dot}: "TP" in "UBND TP.", "" after a digit.
   */
  static String wordBefore(String text, int dot) {
    int from = dot;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return text.substring(from, dot);
  }

  private boolean joins(String text, int nl) {
    int dot = nl - 1;
    while (dot >= 0 && (text.charAt(dot) == ' ' || text.charAt(dot) == '\r')) {
      dot--;
    }
    if (dot < 1 || text.charAt(dot) != '.') {
      return false;
    }
    String abbreviation = wordBefore(text, dot);
    boolean place = places.contains(abbreviation);
    if (!place && !titles.contains(abbreviation)) {
      return false;
    }
    int next = nl + 1;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
      return true; // "vùng đô thị TP.\nđể phối hợp": no sentence starts in lower case
    }
    return place ? placeFollows(text, next) : nameFollows(text, next);
  }

  /** "Cần Thơ", "HCM", "Vinh", "Uông Bí", "Sa Đéc)": a known place, or a capitalised run. */
  private boolean placeFollows(String text, int at) {
    if (startsWithAny(text, at, placeNames)) {
      return true;
    }
    int end = wordEnd(text, at);
    if (!opensName(text, at, end)) {
      return false;
    }
    if (end == text.length() || ",.;()".indexOf(text.charAt(end)) >= 0) {
      return true; // "TP.\nPhủ Lý, Hà Nam", a one-syllable town ending its clause
    }
    return text.charAt(end) == ' ' && upperAt(text, end + 1);
  }

  /** "TS. Nguyễn", "Lê Đăng Doanh", "Petteri Taalas": a title or a capitalised run. */
  private boolean nameFollows(String text, int at) {
    if (startsWithAny(text, at, ranks)) {
      return true;
    }
    int end = wordEnd(text, at);
    return opensName(text, at, end)
        && end < text.length() - 1
        && text.charAt(end) == ' '
        && upperAt(text, end + 1);
  }

  /** A capitalised word with lower case (not another abbreviation) that opens no sentence. */
  private boolean opensName(String text, int at, int end) {
    if (end == at || !Character.isUpperCase(text.charAt(at))) {
      return false;
    }
    boolean lower = false;
    for (int i = at + 1; i < end && !lower; i++) {
      lower = Character.isLowerCase(text.charAt(i));
    }
    return lower && !openers.contains(text.substring(at, end));
  }

  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      int end = at + w.length();
      if (text.startsWith(w, at)
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean upperAt(String text, int i) {
    return i < text.length() && Character.isUpperCase(text.charAt(i));
  }
}
