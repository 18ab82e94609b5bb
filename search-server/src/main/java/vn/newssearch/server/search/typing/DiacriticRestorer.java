package vn.newssearch.server.search.typing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The likeliest accented reading of words typed without diacritics, from the corpus's syllable and
 * syllable-pair frequencies: {@code lao dong} is "lao động" far more often than "lão đồng". A
 * Viterbi search over each word's readings, scored by the pair probabilities of {@link
 * SyllableStats}.
 */
public final class DiacriticRestorer {
  private DiacriticRestorer() {}

  /**
   * For words in order, the reading of each word that changes ({@code typed → accented}). Words
   * with no accented reading in the corpus, or with something other than letters, stay as typed and
   * keep their neighbours apart; a word with no neighbour to read it by stays as typed.
   */
  public static Map<String, String> restore(List<String> words, SyllableStats stats) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> run = new ArrayList<>();
    List<List<String>> options = new ArrayList<>();
    for (String w : words) {
      boolean plain = restorable(w);
      String lower = w.toLowerCase(Locale.ROOT);
      List<String> readings = plain ? stats.readings(lower) : null;
      if (plain ? !readings.isEmpty() : allLetters(w)) {
        // a word typed with its accents stays, and tells its neighbours' reading
        run.add(w);
        options.add(plain ? readings : List.of(lower));
      } else {
        best(run, options, stats, out);
        run.clear();
        options.clear();
      }
    }
    best(run, options, stats, out);
    return out;
  }

  /** Only plain ASCII letters: anything else was typed on purpose. */
  static boolean restorable(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 128 || !Character.isLetter(c)) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  private static boolean allLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The Viterbi search over one run; {@code options} are each word's readings, most frequent first.
   * Each transition's log probability is computed once and used by both passes.
   */
  private static void best(
      List<String> run, List<List<String>> options, SyllableStats stats, Map<String, String> out) {
    // One word has no neighbour to tell its reading: "ma" stays "ma", not the commonest "mà".
    if (run.size() < 2) {
      return;
    }
    int n = run.size();
    // step[i][k][j]: the log probability of reading j of word i right after reading k of word i-1
    double[][][] step = new double[n][][];
    for (int i = 1; i < n; i++) {
      List<String> before = options.get(i - 1);
      List<String> here = options.get(i);
      step[i] = new double[before.size()][here.size()];
      for (int k = 0; k < before.size(); k++) {
        for (int j = 0; j < here.size(); j++) {
          step[i][k][j] = Math.log(stats.probability(before.get(k), here.get(j)));
        }
      }
    }
    double[][] score = new double[n][];
    for (int i = 0; i < n; i++) {
      List<String> here = options.get(i);
      score[i] = new double[here.size()];
      for (int j = 0; j < here.size(); j++) {
        if (i == 0) {
          score[i][j] = Math.log(stats.probability(here.get(j)));
          continue;
        }
        score[i][j] = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < score[i - 1].length; k++) {
          double s = score[i - 1][k] + step[i][k][j];
          score[i][j] = Math.max(score[i][j], s);
        }
      }
    }
    // The best path through each reading (forward score plus the best way on), so that a word
    // is only restored when its reading wins by a clear margin, whatever the others read as.
    double[][] on = new double[n][];
    on[n - 1] = new double[options.get(n - 1).size()];
    for (int i = n - 2; i >= 0; i--) {
      on[i] = new double[options.get(i).size()];
      for (int a = 0; a < on[i].length; a++) {
        on[i][a] = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < on[i + 1].length; b++) {
          double s = step[i + 1][a][b] + on[i + 1][b];
          on[i][a] = Math.max(on[i][a], s);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int best = 0;
      double second = Double.NEGATIVE_INFINITY;
      for (int a = 1; a < score[i].length; a++) {
        double s = score[i][a] + on[i][a];
        if (s > score[i][best] + on[i][best]) {
          second = score[i][best] + on[i][best];
          best = a;
        } else {
          second = Math.max(second, s);
        }
      }
      if (score[i][best] + on[i][best] - second < MIN_LOG_MARGIN) {
        continue;
      }
      String typed = run.get(i);
      String reading = withCaseOf(typed, options.get(i).get(best));
      if (!reading.equals(typed)) {
        out.putIfAbsent(typed, reading);
      }
    }
  }

  /**
   * A reading is taken when it is at least this many times likelier (log) than the next: "công
   * nhân" and "công nhận" are both common, and a wrong accent costs more than none.
   */
  static final double MIN_LOG_MARGIN = Math.log(4);

  /** "Viet" → "Việt", "viet" → "việt". */
  private static String withCaseOf(String typed, String reading) {
    if (Character.isUpperCase(typed.charAt(0))) {
      return reading.substring(0, 1).toUpperCase(Locale.ROOT) + reading.substring(1);
    }
    return reading;
  }
}
