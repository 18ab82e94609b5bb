package vn.newssearch.extract;

/**
 * A list of items joined by commas and a last "và" ("Hoà Bình, Nghệ An ... và Thừa Thiên Huế",
 * "Singapore và Australia"), read item by item. It ends at a sentence break or a dash, at a
 * separator out of place or an item that cannot be read, after the item that follows "và", or after
 * {@code max} items. The bodies of a list of provinces ({@link ProvincialBodies}) and of a list of
 * states ({@link ForeignBodies}) are read so.
 */
final class CommaLists {
  /** Reads the item that starts at a syllable. */
  interface Item {
    /** The end of the item that starts at {@code at}, or -1 when none does. */
    int read(int at);
  }

  private CommaLists() {}

  /**
   * Reads the items of the list that starts at {@code from}; whether the list closed: its last item
   * read is the one after "và".
   */
  static boolean walk(Syllables s, int from, int max, Item item) {
    return walk(s, from, max, false, item);
  }

  /**
   * As {@link #walk(Syllables, int, int, Item)}; {@code bracketed}: a colon may open the list
   * ("gồm: X, Y và Z") and an item may end with its short name in brackets ("ngân hàng Đầu tư Quốc
   * tế (IIB) và ..."), neither a break of the list.
   */
  static boolean walk(Syllables s, int from, int max, boolean bracketed, Item item) {
    return walk(s, from, 0, max, bracketed, item);
  }

  /**
   * Reads the items that go on a list whose first item, read already, ends at {@code after} ("Cảng
   * vụ hàng hải Đà Nẵng|, Quảng Ngãi và Bình Định"); {@code max} counts that first item. Whether
   * the list closed.
   */
  static boolean walkOn(Syllables s, int after, int max, Item item) {
    return walk(s, after, 1, max, false, item);
  }

  private static boolean walk(
      Syllables s, int from, int read, int max, boolean bracketed, Item item) {
    int q = from;
    while (read < max
        && q < s.size
        && (!s.has(q, Syllables.BREAK | Syllables.DASH)
            || (bracketed && !s.has(q, Syllables.DASH) && (q == from || closes(s, q))))) {
      boolean last = read > 0 && s.is(q, "va") && !s.has(q, Syllables.COMMA);
      if (last) {
        q++;
      } else if (read > 0 != s.has(q, Syllables.COMMA)) {
        return false;
      }
      int end = q < s.size ? item.read(q) : -1;
      if (end < 0) {
        return false;
      }
      read++;
      q = end;
      if (last) {
        return true;
      }
    }
    return false;
  }

  /** Whether a closing bracket stands right before syllable q. */
  private static boolean closes(Syllables s, int q) {
    for (int i = s.end[q - 1]; i < s.start[q]; i++) {
      if (s.text[i] == ')') {
        return true;
      }
    }
    return false;
  }
}
