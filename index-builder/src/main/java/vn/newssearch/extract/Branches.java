package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * A branch written after a body's name belongs to it: "Ngân hàng Chính sách xã hội chi nhánh tỉnh
 * Thái Bình", "Vietcombank chi nhánh Hải Phòng", "Agribank chi nhánh quận Bình Thạnh", "Agribank
 * chi nhánh Mạc Thị Bưởi" (a street): "chi nhánh", a level word if any, then a province, a number
 * ("quận 1") or up to three capitalised words, in the same clause; after a dash or with its capital
 * too ("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Bắc Ninh", "OceanBank Chi nhánh
 * Thăng Long"), named as "... chi nhánh Bắc Ninh".
 */
final class Branches {
  private final NameTrie trie;
  private final NamedBodies named;

  Branches(NameTrie trie, NamedBodies named) {
    this.trie = trie;
    this.named = named;
  }

  /**
   * The end of "chi nhánh ..." at {@code at}, or {@code at} when no branch is written there. The
   * caller's name may end in the body's abbreviation ("Ngân hàng Chính sách xã hội (NHCSXH) chi
   * nhánh tỉnh Long An"): its closing bracket is no break. A bank ({@code name}, the body's) has
   * its branch also written "CN" ("Agribank CN Long An", "Vietinbank CN Nhà Bè"), an initialism
   * that after other names is an industry ("cụm CN", "ĐH CN Vinh").
   */
  int end(Syllables s, int at, boolean ignoreCase, String name) {
    int p = branchWord(s, at, name);
    boolean closing =
        at > 0 && at < s.size && s.has(at - 1, Syllables.PAREN) && !s.has(at, Syllables.PAREN);
    int stops = (closing ? 0 : Syllables.BREAK) | Syllables.COMMA;
    if (p < 0
        || p >= s.size
        || s.has(at, stops)
        || p - at == 2 && s.has(at + 1, SEPARATORS)
        || s.has(p, SEPARATORS)) {
      return at;
    }
    return place(s, at, p, ignoreCase);
  }

  /**
   * Past "chi nhánh" at {@code at}, or "CN" after a bank's {@code name}; -1 when neither is written
   * there. The name is looked up only when "CN" stands there.
   */
  private int branchWord(Syllables s, int at, String name) {
    if (at + 1 < s.size && s.is(at, "chi") && s.is(at + 1, "nhanh")) {
      return at + 2;
    }
    boolean initialism =
        at < s.size && !s.has(at, Syllables.DASH) && "CN".equals(s.original(at, at + 1));
    return initialism && bank(name) ? at + 1 : -1;
  }

  /**
   * The first syllable of the place after the branch's word at {@code at} ("chi nhánh", "CN"), for
   * naming it.
   */
  static int placeFrom(Syllables s, int at) {
    return s.is(at, "chi") ? at + 2 : at + 1;
  }

  /**
   * The end of a branch's place written from p, after its branch word at {@code at}: a level word
   * and a province or district, a number ("quận 1") or up to three capitalised words; {@code at}
   * when none.
   */
  private int place(Syllables s, int at, int p, boolean ignoreCase) {
    int q = pastLevel(s, p);
    Match province = trie.longest(s, q, Kind.PROVINCE.bit(), ignoreCase);
    if (province != null) {
      return province.to(); // "chi nhánh tỉnh Thái Bình", "chi nhánh TP. HCM"
    }
    if (s.number(q) >= 0) {
      return q > p ? q + 1 : at; // "chi nhánh quận 1", not "chi nhánh 2"
    }
    int end = q;
    while (end < s.size
        && end - q < NAME_WORDS
        && s.has(end, Syllables.UPPER)
        && (end == q || !s.has(end, SEPARATORS))
        && !(end > q && person(s, end, ignoreCase))) {
      end++;
    }
    boolean more = end < s.size && s.has(end, Syllables.UPPER) && !s.has(end, SEPARATORS);
    Match city = more ? trie.longest(s, end, Kind.PROVINCE.bit(), ignoreCase) : null;
    if (city != null) {
      return city.to() - q <= NAME_WORDS + 1 ? city.to() : at; // "chi nhánh Tây Hà Nội"
    }
    return end == q || more && !named.isPerson(s, end) ? at : end;
  }

  /**
   * The end of the province at {@code at} that closes a body "Chi nhánh" opens before it: "Chi
   * nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Bình" is the bank's branch of the province, named
   * as "Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Bình" is; {@code at} when none is written
   * there, or "chi nhánh" does not stand right before {@code from}. The province closes the name
   * past the body's own abbreviation in brackets ({@code at} right after it: "Chi nhánh Ngân hàng
   * Chính sách xã hội (NHCSXH) tỉnh Nghệ An"), and without its type word ("chi nhánh BIDV Lai
   * Châu", "Chi nhánh Vietcombank Nghệ An") unless it goes on into a longer capitalised name.
   */
  int provinceAfter(Syllables s, int from, int at, boolean ignoreCase) {
    boolean closing =
        at > 0 && at < s.size && s.has(at - 1, Syllables.PAREN) && !s.has(at, Syllables.PAREN);
    if (from < 2
        || at >= s.size
        || !s.is(from - 2, "chi")
        || !s.is(from - 1, "nhanh")
        || s.has(from - 1, SEPARATORS)
        || s.has(from, SEPARATORS)
        || s.has(at, closing ? Syllables.COMMA | Syllables.DASH : SEPARATORS)) {
      return at;
    }
    return provinceClosing(s, at, ignoreCase, true);
  }

  /**
   * The end of the province that a company's or a bank's trade name at {@code m}, written as one
   * Latin-script word, runs straight into ("Viettel Hải Dương", "VNPT Thanh Hoá", "Agribank Bình
   * Định"): the press names a group's or a bank's unit in a province so, as "Viettel" and the
   * province with no word between, or a point of the compass only ("Agribank Đông Gia Lai"); {@code
   * m.to()} when no province follows so. A comma, a dash, a bracket or "tại" between them
   * ("Viettel, Hà Nội", "Agribank tại Bình Định") leaves the group and the place; a province that
   * goes on into a longer capitalised name is no unit's.
   */
  int unitProvince(Syllables s, NameTrie.Match m, boolean ignoreCase) {
    int p = m.to();
    if (m.to() - m.from() != 1
        || p >= s.size
        || s.has(p, SEPARATORS | Syllables.PAREN)
        || !s.has(p, Syllables.UPPER)
        || !BrandWords.shaped(s, m.from())
        || m.from() >= 2 && s.is(m.from() - 2, "chi") && s.is(m.from() - 1, "nhanh")
        || !companyHead(m.entry().value())) {
      return p; // "chi nhánh Vietlott TP. HCM" is the branch as provinceAfter names it
    }
    int end = provinceClosing(s, p, ignoreCase, false);
    if (end == p
        && p + 1 < s.size
        && COMPASS.contains(s.original(p))
        && !s.has(p + 1, SEPARATORS)) {
      // "Agribank Đông Gia Lai", "Vietcombank Bắc Gia Lai": a bank names its branches in one
      // province by the part of it they serve
      int after = provinceClosing(s, p + 1, ignoreCase, false);
      end = after > p + 1 ? after : p;
    }
    return end;
  }

  /** The points of the compass a unit's name puts before its province ("Đông Gia Lai"). */
  private static final java.util.Set<String> COMPASS =
      java.util.Set.of("Bắc", "Nam", "Đông", "Tây");

  /**
   * The end of a level word and its place that a listed bank's name at {@code m} runs straight
   * into, its branch there: "NHCSXH huyện Thọ Xuân", "Ngân hàng Nhà nước TP. HCM", "Agribank tỉnh
   * Khánh Hòa" name the bank's branch as "... chi nhánh tỉnh Khánh Hòa" does; {@code m.to()} when
   * no level word and place follow so, or "chi nhánh" stands before the name.
   */
  int levelBranch(Syllables s, NameTrie.Match m, boolean ignoreCase) {
    int p = m.to();
    if (p >= s.size
        || s.has(p, SEPARATORS | Syllables.PAREN)
        || pastLevel(s, p) == p
        || m.from() >= 2 && s.is(m.from() - 2, "chi") && s.is(m.from() - 1, "nhanh")
        || !bank(m.entry().value())) {
      return p;
    }
    return place(s, p, p, ignoreCase);
  }

  /** Whether a name opens with a bank's head ("Ngân hàng ..."). */
  private boolean bank(String name) {
    Syllables w = Syllables.of(name, trie.vocabulary());
    Match head = w.size == 0 ? null : trie.longest(w, 0, Kind.NAMED.bit(), true);
    return head != null
        && head.entry().head() != null
        && BANK_HEAD.equals(head.entry().head().canonical());
  }

  /** The head of the bodies whose branches the press names by a level and place, or by "CN". */
  private static final String BANK_HEAD = "Ngân hàng";

  /**
   * The end of the province at {@code at}, past a level word ("tỉnh", "TP."), that closes a name
   * there; {@code at} when none is written, or when the province goes on into a longer capitalised
   * name ("Hà Nội Nguyễn Văn A"), which a level word before it rules out when {@code levelCloses}.
   */
  private int provinceClosing(Syllables s, int at, boolean ignoreCase, boolean levelCloses) {
    int q = pastLevel(s, at);
    Match province = trie.longest(s, q, Kind.PROVINCE.bit(), ignoreCase);
    if (province == null) {
      return at;
    }
    int end = province.to();
    boolean goesOn =
        end < s.size && s.has(end, Syllables.UPPER) && !s.has(end, SEPARATORS | Syllables.PAREN);
    return goesOn && (q == at || !levelCloses) ? at : end;
  }

  /**
   * Whether a listed body's name ends with the trade name written in the text and a province after
   * it ("Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh" for "Formosa"): the body is that
   * province's already, so no other province makes a unit of it.
   */
  boolean brandsOwnProvince(String name, String brand) {
    Syllables w = Syllables.of(name, trie.vocabulary());
    for (int k = Math.max(0, w.size - 5); k < w.size - 1; k++) {
      if (w.original(k, k + 1).equalsIgnoreCase(brand)) {
        Match province = trie.longest(w, k + 1, Kind.PROVINCE.bit(), true);
        if (province != null && province.to() == w.size) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a listed body's name opens with a company's or a bank's head ("Tập đoàn ..."). */
  private boolean companyHead(String name) {
    Syllables w = Syllables.of(name, trie.vocabulary());
    Match head = w.size == 0 ? null : trie.longest(w, 0, Kind.NAMED.bit(), true);
    return head != null
        && head.entry().head() != null
        && UNIT_HEADS.contains(head.entry().head().kind());
  }

  /** The kinds of heads (heads.tsv) of the bodies with units named by a province after them. */
  private static final java.util.Set<String> UNIT_HEADS = java.util.Set.of("company", "finance");

  /** Past a level word at p ("tỉnh", "TP.") that a name follows; p when none. */
  private int pastLevel(Syllables s, int p) {
    Match level = trie.longest(s, p, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true);
    return level == null || level.to() >= s.size || s.has(level.to(), SEPARATORS) ? p : level.to();
  }

  /** A person's name at k, not a province that reads like one ("Hà Nội", "Lê Chân"). */
  private boolean person(Syllables s, int k, boolean ignoreCase) {
    return named.isPerson(s, k) && trie.longest(s, k, Kind.PROVINCE.bit(), ignoreCase) == null;
  }

  private static final int SEPARATORS = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;

  /** At most this many capitalised words name a branch ("chi nhánh Mạc Thị Bưởi"). */
  private static final int NAME_WORDS = 3;
}
