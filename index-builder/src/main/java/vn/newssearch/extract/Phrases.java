package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small list of phrases matched on an article's {@link Syllables}: by folded syllables ("sẽ" is
 * "se"), or, for a phrase added as "=quỹ", by the lower-case original, where the diacritics tell
 * two words apart ("ký quỹ", a deposit, is not "ký quy chế"). A phrase added as "!trao đổi" matches
 * nothing and keeps a shorter one from matching where it starts ("trao đổi", to exchange, holds no
 * "trao", to hand over). Only read around the few places a clause rule looks at, so it favours
 * simplicity over speed.
 */
final class Phrases {
  /** One phrase: its folded syllables, and its lower-case words when matched exactly. */
  record Phrase(String[] keys, String[] exact, String value) {
    int length() {
      return keys.length;
    }
  }

  private final Map<String, List<Phrase>> byFirst = new HashMap<>();

  /**
   * Adds {@code text} ("=..." for an exact match, "!..." for a longer word that holds a shorter
   * phrase but means something else) standing for {@code value}.
   */
  void add(String text, String value) {
    boolean blocks = text.startsWith("!");
    String t = text.startsWith("=") || blocks ? text.substring(1) : text;
    String[] keys = Syllables.keys(t).toArray(String[]::new);
    if (keys.length == 0) {
      return;
    }
    boolean exact = text.startsWith("=") || keys.length == 1;
    String[] words = exact ? t.toLowerCase(Locale.ROOT).split("\\s+") : null;
    List<Phrase> list = byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>());
    list.add(new Phrase(keys, words, blocks ? null : value));
    list.sort((a, b) -> b.length() - a.length());
  }

  /** The longest phrase starting at syllable {@code k} that spans no break, or null. */
  Phrase at(Syllables s, int k) {
    if (k < 0 || k >= s.size) {
      return null;
    }
    List<Phrase> list = byFirst.get(key(s, k));
    if (list == null) {
      return null;
    }
    for (Phrase p : list) {
      if (matches(s, k, p)) {
        return p.value() == null ? null : p; // "!trao đổi": no "trao" here
      }
    }
    return null;
  }

  /** The start of the first phrase lying wholly in syllables [from, to), or -1. */
  int find(Syllables s, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      Phrase p = at(s, k);
      if (p != null && k + p.length() <= to) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The length of the longest phrase ending right before syllable {@code end}, or 0. A longer
   * phrase with the same start does not hide it: "tại" ends before "Nhà Văn hóa Lao động" though
   * "tại nhà" starts there too.
   */
  int endingAt(Syllables s, int end, int maxLength) {
    for (int len = maxLength; len >= 1; len--) {
      int k = end - len;
      List<Phrase> list = k < 0 || k >= s.size ? null : byFirst.get(key(s, k));
      for (Phrase p : list == null ? List.<Phrase>of() : list) {
        if (p.length() == len && matches(s, k, p)) {
          return len;
        }
      }
    }
    return 0;
  }

  private static boolean matches(Syllables s, int k, Phrase p) {
    if (k + p.length() > s.size) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      if (i > 0 && s.has(k + i, Syllables.BREAK)) {
        return false;
      }
      if (!s.is(k + i, p.keys()[i])) {
        return false;
      }
      if (p.exact() != null
          && (i >= p.exact().length
              || !s.original(k + i).toLowerCase(Locale.ROOT).equals(p.exact()[i]))) {
        return false;
      }
    }
    return true;
  }

  private static String key(Syllables s, int k) {
    return new String(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]);
  }
}
