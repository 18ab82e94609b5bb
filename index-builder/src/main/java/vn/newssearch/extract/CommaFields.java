package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * A comma inside a name ({@link NameWalk}), between two of its fields ("Trung tâm Phối hợp tìm
 * kiếm, cứu nạn Hàng hải Khu vực I", "Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc") or two
 * kinds of an association's members ("Hiệp hội các trường ĐH, CĐ Việt Nam"): whether the name goes
 * on past it.
 */
final class CommaFields {
  private static final int SEPARATORS = NamedBodies.SEPARATORS;
  private static final int FIELDS_MAX = 4;
  private static final int LOWER_MAX = 3;
  private static final int MEMBERS_MAX = 3;

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
    if (at <= from + 1 || !listComma(at) || s.has(at, Syllables.PAREN) || !fieldBefore(from, at)) {
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
      if (listComma(r)) {
        q = r; // "Kinh tế, Thương mại, Công nghiệp Nhật Bản": a further field
        continue;
      }
      return closes(r, ministry, lowerList);
    }
    return false;
  }

  /**
   * A ministry's fields listed with commas and "và", then its state, from the comma at {@code at}
   * in the name whose words run from {@code from}: "Bộ Thương mại, Công nghiệp và Năng lượng Hàn
   * Quốc"; null unless a country closes the list. "Bộ Công Thương và Bộ Tài chính": a head after
   * "và" starts a second body.
   */
  Match ministryToState(int from, int at) {
    if (!listComma(at)) {
      return null;
    }
    boolean va = false;
    int q = at;
    while (q < s.size && q - from < NameWalk.NAME_MAX) {
      if (s.has(q, Syllables.BREAK | Syllables.DASH)) {
        return null;
      }
      if (s.has(q, Syllables.UPPER)) {
        Match c = bodies.country(s, q, ignoreCase);
        if (c != null && va && !s.has(q, Syllables.COMMA)) {
          return c; // "Hàn Quốc" before "Hàn" as a family name
        }
        if (words.isPerson(q) || bodies.startsBody(s, q, ignoreCase) || !words.isTitleCase(q)) {
          return null;
        }
        q++;
        if (q < s.size && !s.has(q, SEPARATORS | Syllables.UPPER) && !isVa(q)) {
          q++; // "Năng lượng": a field's second syllable
        }
        continue;
      }
      if (va || !isVa(q) || s.has(q, SEPARATORS) || q + 1 >= s.size) {
        return null;
      }
      va = true; // the last field follows "và"
      q++;
    }
    return null;
  }

  /**
   * "Hiệp hội các trường ĐH, CĐ Việt Nam", "Hiệp hội các trường đại học, cao đẳng Việt Nam": a
   * second kind of member after the comma at {@code at} (up to three syllables, lower-case words
   * that are no stop word or abbreviations), then a state that closes the name; null otherwise.
   */
  Match membersToState(int at) {
    if (!listComma(at)) {
      return null;
    }
    for (int q = at; q < s.size && q - at <= MEMBERS_MAX; q++) {
      if (q > at && s.has(q, SEPARATORS)) {
        return null;
      }
      Match c = q > at ? bodies.country(s, q, ignoreCase) : null;
      if (c != null) {
        return bodies.closes(s, c) ? c : null;
      }
      boolean upper = s.has(q, Syllables.UPPER);
      if (upper ? !words.isAllCaps(q) : words.isStop(q)) {
        return null; // "..., Bộ Văn hoá": another body; "..., cho biết": the clause goes on
      }
      if (bodies.startsBody(s, q, ignoreCase)) {
        return null;
      }
    }
    return null;
  }

  /** A comma that lists: no sentence break or dash with it. */
  private boolean listComma(int at) {
    return at < s.size
        && s.has(at, Syllables.COMMA)
        && !s.has(at, Syllables.BREAK | Syllables.DASH);
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
