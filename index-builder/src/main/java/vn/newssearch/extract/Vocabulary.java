package vn.newssearch.extract;

import java.util.Collection;

/**
 * The folded syllables that occur in gazetteer names, each with a small int id, looked up straight
 * from a char range so that cutting an article allocates no strings. Immutable after construction.
 */
final class Vocabulary {
  static final Vocabulary EMPTY = new Vocabulary(java.util.List.of());

  private final String[] keys;
  private final int[] ids;
  private final int mask;

  Vocabulary(Collection<String> words) {
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
    keys = new String[cap];
    ids = new int[cap];
    mask = cap - 1;
    int next = 0;
    for (String w : words) {
      int slot = hash(w, 0, w.length()) & mask;
      while (keys[slot] != null && !keys[slot].equals(w)) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == null) {
        keys[slot] = w;
        ids[slot] = next++;
      }
    }
  }

  /** The id of the syllable in {@code buf[from, to)}, or -1 when no name uses it. */
  int id(char[] buf, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + buf[i];
    }
    int len = to - from;
    int slot = mix(h) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k.length() == len && matches(k, buf, from)) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  int id(String word) {
    return id(word.toCharArray(), 0, word.length());
  }

  private static boolean matches(String k, char[] buf, int from) {
    for (int i = 0; i < k.length(); i++) {
      if (k.charAt(i) != buf[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
