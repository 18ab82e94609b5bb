package vn.newssearch.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The folded syllables that occur in gazetteer names, each with a dense int id (0 .. size-1),
 * looked up straight from a char range so that cutting an article allocates nothing.
 *
 * <p>A folded syllable is short ASCII ("nghieng" is 7 letters), so it is packed into one long (7
 * bits a char, up to 9 chars) and looked up in an open-addressing table of longs: no pointer to
 * chase per syllable, which is what dominated the cost of a lookup. Longer or non-ASCII syllables
 * ("international") go to a plain map. Immutable after construction.
 */
final class Vocabulary {
  static final Vocabulary EMPTY = new Vocabulary(java.util.List.of());

  static final int PACKED_MAX = 9;
  private static final long NONE = 0L;

  private final long[] keys;
  private final int[] ids;
  private final int mask;
  private final int shift;
  private final Map<String, Integer> others = new HashMap<>();
  private final int size;

  Vocabulary(Collection<String> words) {
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 4)) << 1;
    keys = new long[cap];
    ids = new int[cap];
    mask = cap - 1;
    shift = 64 - Integer.numberOfTrailingZeros(cap);
    int next = 0;
    for (String w : words) {
      char[] chars = w.toCharArray();
      if (id(chars, 0, chars.length) >= 0) {
        continue;
      }
      long code = pack(chars, 0, chars.length);
      if (code == NONE) {
        others.put(w, next++);
        continue;
      }
      int slot = slot(code);
      while (keys[slot] != NONE) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = code;
      ids[slot] = next++;
    }
    size = next;
  }

  /** How many syllables; ids run from 0 to size - 1. */
  int size() {
    return size;
  }

  /** The id of the syllable in {@code buf[from, to)}, or -1 when no name uses it. */
  int id(char[] buf, int from, int to) {
    long code = pack(buf, from, to);
    if (code == NONE) {
      if (others.isEmpty() || to - from <= PACKED_MAX && ascii(buf, from, to)) {
        return -1;
      }
      return others.getOrDefault(new String(buf, from, to - from), -1);
    }
    return idOfPacked(code);
  }

  /**
   * The id of a syllable already packed by the caller ({@link #pack}), or -1; {@code code} is NONE
   * for a syllable that does not pack, which then needs {@link #id(char[], int, int)}.
   */
  int idOfPacked(long code) {
    for (int slot = slot(code); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == code) {
        return ids[slot];
      }
      if (k == NONE) {
        return -1;
      }
    }
  }

  int id(String word) {
    return id(word.toCharArray(), 0, word.length());
  }

  /** 7 bits a char, first char highest; NONE when too long or not ASCII. */
  private static long pack(char[] buf, int from, int to) {
    if (to - from > PACKED_MAX || to == from) {
      return NONE;
    }
    long code = 0;
    for (int i = from; i < to; i++) {
      char c = buf[i];
      if (c >= 128) {
        return NONE;
      }
      code = (code << 7) | c;
    }
    return code;
  }

  private static boolean ascii(char[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing: the top bits of code × 2^64/φ. */
  private int slot(long code) {
    return (int) ((code * 0x9E3779B97F4A7C15L) >>> shift);
  }
}
