package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * A comma inside a name between two of its fields ({@link NameWalk}): "Trung tâm Phối hợp tìm kiếm,
 * cứu nạn Hàng hải Khu vực I", "Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản", "Hợp tác xã Sản xuất
 * Thương mại Nông, Thủy sản Cánh buồm vàng". Found on real news from other sites, where such names
 * were cut at their comma.
 */
final class CommaFields {
  private static final int SEPARATORS = NamedBodies.SEPARATORS;
  private static final int FIELDS_MAX = 4;
  private static final int LOWER_MAX = 3;

  private final NamedBodies bodies;
  private final NameTrie trie;
  private final NameWords words;
  private final Syllables s;
  private final boolean ignoreCase;

  CommaFields(NamedBodies bodies, NameTrie trie, NameWords words, Syllables s, boolean ignoreCase) {
    this.bodies = bodies;
    this.trie = trie;
    this.words = words;
    this.s = s;
    this.ignoreCase = ignoreCase;
  }

  /**
   * Whether the comma at {@code at} (flagged on the syllable after it) continues the name that
   * starts with a head at {@code headFrom} and whose words run from {@code from}: the name before
   * it ends on a field (a common word: lower case, or one capitalised syllable and its lower-case
   * second), is no listed body by itself ("Bộ Y tế, Tài chính" lists two ministries), and after the
   * comma come fields (no head, place, person, title, number or stop word) that the name then
   * completes: a place that closes it, "và" and a last field, or its capitals. A ministry's fields
   * must reach a country ("Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản").
   */
  boolean continues(int headFrom, int from, int at, boolean ministry) {
    if (at <= from + 1
        || at >= s.size
        || !s.has(at, Syllables.COMMA)
        || s.has(at, Syllables.BREAK | Syllables.DASH | Syllables.PAREN)
        || !fieldBefore(from, at)) {
      return false;
    }
    if (headFrom >= 0) {
      Match listed = bodies.bodyAt(s, headFrom, Kind.NATIONAL.bit(), ignoreCase);
      if (listed != null && listed.to() == at) {
        return false; // "Bộ Y tế, Tài chính và ...": a listed body, then another of its kind
      }
    }
    // "tìm kiếm, cứu nạn": lower-case fields on both sides of every comma
    boolean lowerList = lowerField(at - 1) && (at - 2 < from || lowerField(at - 2));
    // the case of the field before the comma: "Kinh tế" is capitalised on its first syllable
    boolean lowerBefore =
        lowerField(at - 1)
            && !(at - 2 >= from
                && s.has(at - 2, Syllables.UPPER)
                && words.companion(at - 2, at - 1));
    int q = at;
    for (int n = 0; n < FIELDS_MAX; n++) {
      int r = field(q);
      if (r < 0 || r >= s.size) {
        return false;
      }
      if (lowerField(q) != lowerBefore || lowerField(q) && r - q < 2) {
        // "Trung tâm Nghiên cứu Chiến lược và Quốc tế, trụ sở Hoa Kỳ", "Cục An toàn thực phẩm,
        // việc Nhật Bản": fields of one list are written alike, and a lower-case one is a word
        // of two syllables at least
        return false;
      }
      lowerList &= lowerField(q);
      lowerBefore = lowerField(q);
      if (s.has(r, Syllables.COMMA) && !s.has(r, Syllables.BREAK | Syllables.DASH)) {
        q = r; // "Kinh tế, Thương mại, Công nghiệp Nhật Bản": a further field
        continue;
      }
      return closes(r, ministry, lowerList);
    }
    return false;
  }

  private boolean lowerField(int at) {
    return !s.has(at, Syllables.UPPER) && s.number(at) < 0;
  }

  /** The last word before the comma is a field: "tìm kiếm", "Cao đẳng", "Nông" after a field. */
  private boolean fieldBefore(int from, int at) {
    int last = at - 1;
    if (s.number(last) >= 0 || !words.vietnamese(last)) {
      return false;
    }
    if (!s.has(last, Syllables.UPPER)) {
      return !words.isStop(last);
    }
    // one capitalised syllable after a lower-case word; two capitals in a row are a proper name
    // ("Công ty Hoà Phát, Hoa Sen"), not a field
    return words.isTitleCase(last)
        && last - 1 >= from
        && !s.has(last - 1, Syllables.UPPER)
        && !s.has(last, SEPARATORS);
  }

  /**
   * The end of one field from {@code q} (the comma's syllable): a capitalised Vietnamese word of
   * one or two syllables, or up to {@value #LOWER_MAX} lower-case syllables; -1 when a head, a
   * place, a person, a title, a number or a stop word is there.
   */
  private int field(int q) {
    if (!word(q)) {
      return -1;
    }
    if (s.has(q, Syllables.UPPER)) {
      if (!words.isTitleCase(q) || !words.vietnamese(q)) {
        return -1;
      }
      return words.companion(q, q + 1) ? q + 2 : q + 1;
    }
    int r = q;
    while (r < s.size
        && r - q < LOWER_MAX
        && (r == q || !s.has(r, SEPARATORS | Syllables.PAREN | Syllables.UPPER))
        && !isVa(r)
        && !words.isStop(r)) {
      if (r > q && !word(r)) {
        return -1;
      }
      r++;
    }
    return r;
  }

  private boolean word(int q) {
    return q < s.size
        && s.number(q) < 0
        && !words.isPerson(q)
        && !bodies.startsBody(s, q, ignoreCase)
        && (s.has(q, Syllables.UPPER) || !bodies.startsBody(s, q, true)) // "..., báo Nhân dân"
        && bodies.place(s, q, ignoreCase, false, false) == null
        && trie.longest(s, q, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true) == null
        && (s.has(q, Syllables.UPPER) || !words.isStop(q))
        && NewsFrame.words("appositive").at(s, q) == null;
  }

  /**
   * What follows the last field completes the name: a place that closes it ("Phát thanh, Truyền
   * hình Thanh Hóa"), "và" and a last field ("Văn hoá, Giáo dục, Thanh niên, Thiếu niên và Nhi
   * đồng"), or, after lower-case fields only, the name's capitals ("tìm kiếm, cứu nạn Hàng hải Khu
   * vực I"). A capitalised field then capitals is another name as often ("Đại học Quốc gia, Mỹ
   * Đình", "Báo Nhân dân, Tạp chí Cộng sản").
   */
  private boolean closes(int r, boolean ministry, boolean lowerList) {
    if (s.has(r, SEPARATORS | Syllables.PAREN)) {
      return false;
    }
    Match place = bodies.place(s, r, ignoreCase, false);
    if (place != null) {
      return !ministry || place.entry().kind() == Kind.COUNTRY;
    }
    if (ministry) {
      return false;
    }
    if (isVa(r)) {
      return r + 1 < s.size && !s.has(r + 1, SEPARATORS) && word(r + 1);
    }
    return lowerList && s.has(r, Syllables.UPPER) && words.vietnamese(r) && word(r);
  }

  private boolean isVa(int at) {
    return s.is(at, "va") && "và".equals(s.original(at));
  }
}
