package vn.newssearch.extract;

import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * Bodies named after a head noun and listed nowhere: "Tổng công ty Điện lực miền Bắc", "tập đoàn
 * Dầu khí Việt Nam", "Bệnh viện đa khoa tỉnh Quảng Nam". A name is the head plus its modifiers; it
 * ends where the clause goes on (a verb, a preposition, a function word, punctuation, another body
 * or a title), not where the capitals stop:
 *
 * <ul>
 *   <li>a capitalised Vietnamese syllable that starts a word takes the next lower-case one with it
 *       ("Dầu khí", "Kinh tế"), and lower-case words may follow such a word, or the head, up to a
 *       capitalised word ("Điện lực miền Bắc", "than Hạ Long");
 *   <li>a proper name (a run of capitals, a brand) takes no lower-case words after it;
 *   <li>a province or a country ends the name and belongs to it ("... tỉnh Quảng Nam");
 *   <li>a legal form ("TNHH", "cổ phần") belongs to the name but is not one by itself.
 * </ul>
 */
final class NamedBodies {
  /** A head noun as heads.tsv lists it; {@code lower}: written in lower case it still opens. */
  record Head(String canonical, String kind, String spelled, boolean lower, boolean place)
      implements NameTrie.Payload {}

  /**
   * The name after a head: its text as the canonical name writes it, the syllable it ends before
   * ({@code to}, past a "(ABBR)" that follows it), and that abbreviation, or null.
   */
  record Name(String text, int to, String alias, String canonical) {}

  /** Kinds of heads that name a body by a province or city alone (heads.tsv). */
  private static final Set<String> CITY_NAMED = Set.of("research");

  private static final int NAME_MAX = 16;
  private static final int LOWER_MAX = 8;
  private static final int TAIL_MAX = 4;
  private static final int YEAR_MIN = 1900;
  private static final int YEAR_MAX = 2099;
  private static final int SEPARATORS = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
  private static final int BODY_STARTS = Kind.NATIONAL.bit() | Kind.LOCAL.bit() | Kind.ROLE.bit();
  private static final java.util.regex.Pattern VIETNAMESE =
      java.util.regex.Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

  private final NameTrie trie;
  private final Set<String> surnames;
  private final NameBounds bounds;

  NamedBodies(NameTrie trie, Set<String> surnames) {
    this.trie = trie;
    this.surnames = surnames;
    this.bounds = new NameBounds(trie, surnames);
  }

  /** A province or country at k ({@link NameBounds#province}). */
  Match province(Syllables s, int k, boolean ignoreCase, boolean typed) {
    return bounds.province(s, k, ignoreCase, typed);
  }

  /** A country at k, spelled as listed ({@link NameBounds#country}). */
  Match country(Syllables s, int k, boolean ignoreCase) {
    return bounds.country(s, k, ignoreCase);
  }

  /** Whether a place ends the name ({@link NameBounds#closes}). */
  boolean closes(Syllables s, Match place) {
    return bounds.closes(s, place);
  }

  /** A family name and a capitalised given name ({@link NameBounds#isPerson}). */
  boolean isPerson(Syllables s, int at) {
    return bounds.isPerson(s, at);
  }

  boolean isStop(Syllables s, int at) {
    return bounds.isStop(s, at);
  }

  private Match place(Syllables s, int k, boolean ignoreCase, boolean typed) {
    return bounds.place(s, k, ignoreCase, typed);
  }

  private Match place(Syllables s, int k, boolean ignoreCase, boolean typed, boolean afterHead) {
    return bounds.place(s, k, ignoreCase, typed, afterHead);
  }

  private int abbreviation(Syllables s, int k) {
    return bounds.abbreviation(s, k);
  }

  /**
   * Whether a head is one: spelled as listed, with its diacritics ("Quỹ", not the "Quy" of Quy
   * Nhơn), and not inside a run of capitals such as a person's name ("Nguyễn Trường").
   */
  boolean isHead(Syllables s, Match m) {
    Head head = m.entry().head();
    if (!NameBounds.sameSpelling(s.original(m.from(), m.to()), head.spelled())) {
      return false; // but "Uỷ ban" is "Ủy ban": only the tone mark's place differs
    }
    int before = m.from() - 1;
    return before < 0
        || s.has(m.from(), SEPARATORS)
        || !s.has(before, Syllables.UPPER)
        || isStop(s, before); // "Theo Cục Hàng không ...": a sentence's first word
  }

  /** The name after {@code head}, or null when the head opens none here. */
  Name read(Syllables s, Match head, boolean ignoreCase, boolean afterRole) {
    Walk w = new Walk(s, head.to(), ignoreCase);
    w.afterRole = afterRole;
    w.run();
    boolean lowerHead = !ignoreCase && !s.has(head.from(), Syllables.UPPER);
    if (w.bareType) {
      return null;
    }
    Head h = head.entry().head();
    boolean placeOnly = w.place != null && w.place.from() == head.to();
    // "Đại học Đà Nẵng", "Đại học Huế": a school named by its city alone
    boolean byCity =
        placeOnly
            && capitalised(s, head.from(), head.to()) // "trường Đại học Cần Thơ" too
            && w.place.entry().kind() == Kind.PROVINCE
            && s.has(w.place.to() - 1, Syllables.UPPER) // "Tổ chức Hoà bình" is no province's
            && CITY_NAMED.contains(h.kind());
    // "ngân hàng Sài Gòn – Hà Nội (SHB)", "quỹ hỗ trợ du học Nhật Bản (JOOSS)": an abbreviation
    // the article defines for it makes a lower-case kind with its place one body
    boolean vouched = lowerHead && !w.anchored && w.place != null && abbreviation(s, w.end) > w.end;
    if (!w.anchored
        && !vouched
        && (w.place == null || lowerHead && !byCity || placeOnly && !h.place() && !byCity)) {
      return null; // "công ty Nhật Bản" is a kind of company; "Đại sứ quán Nhật Bản" a body
    }
    if (lowerHead && (!w.firstUpper && !vouched || startsBody(s, head.to(), ignoreCase))) {
      return null; // "hiện trường Công ty ...": the word, then a body
    }
    if (surnames.contains(h.spelled()) && w.personLike) {
      return null; // "Đoàn Văn Hậu" is a person, "Đoàn Thanh niên ..." a body
    }
    String text = w.text();
    int to = w.end;
    String alias = null;
    String canonical = null;
    int close = abbreviation(s, to);
    if (close > to) {
      Match known = trie.longest(s, to, Kind.NATIONAL.bit(), ignoreCase);
      if (known != null && known.to() == close) {
        canonical = known.entry().value(); // "Phòng Thương mại Công nghiệp (VCCI)"
      } else if (known == null) {
        alias = s.original(to, close);
      }
      to = close;
    }
    boolean province = w.place != null && w.place.entry().kind() == Kind.PROVINCE;
    if (!province && NameBounds.joinsPlace(s, to)) {
      Match p = province(s, to, ignoreCase, true);
      if (p == null && w.district && !province) {
        p = place(s, to, ignoreCase, false); // "Trung tâm Y tế huyện Hưng Nguyên, Nghệ An"
        p = p != null && p.entry().kind() == Kind.PROVINCE ? p : null;
      }
      if (p == null && w.place == null && alias != null) {
        p = place(s, to, ignoreCase, false); // "Tổng cục Đường bộ (TCĐB) Việt Nam"
      }
      if (p != null) {
        text = text + (alias == null ? "" : " ") + NameBounds.textFrom(s, w.end, to, p);
        to = p.to();
      }
    }
    return new Name(NameBounds.initials(text), to, alias, canonical);
  }

  private static boolean capitalised(Syllables s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.has(k, Syllables.UPPER)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsBody(Syllables s, int k, boolean ignoreCase) {
    int heads = BODY_STARTS | Kind.NAMED.bit();
    return k < s.size && s.id[k] >= 0 && bodyAt(s, k, heads, ignoreCase) != null;
  }

  /**
   * The longest name of {@code kinds} at k, a head only as spelled: "Viễn thông" folds like "Viện"
   * but opens no body.
   */
  private Match bodyAt(Syllables s, int k, int kinds, boolean ignoreCase) {
    Match m = trie.longest(s, k, kinds, ignoreCase);
    if (m == null || m.entry().kind() != Kind.NAMED) {
      return m;
    }
    return NameBounds.sameSpelling(s.original(m.from(), m.to()), m.entry().head().spelled())
        ? m
        : trie.longest(s, k, kinds & ~Kind.NAMED.bit(), ignoreCase);
  }

  /** One left-to-right walk over the words after a head. */
  private final class Walk {
    final Syllables s;
    final int from;
    final boolean ignoreCase;
    int end;
    int k;
    boolean anchored;
    boolean firstUpper;
    boolean personLike = true;
    boolean district;
    boolean bareType;
    boolean afterRole; // the head follows a title: a person's name may follow the body
    int lower; // lower-case syllables since end
    boolean open; // lower-case words may come: after the head, a form or a compound
    Match place;
    String placeName;

    Walk(Syllables s, int from, boolean ignoreCase) {
      this.s = s;
      this.from = from;
      this.end = from;
      this.k = from;
      this.ignoreCase = ignoreCase;
    }

    void run() {
      open = true;
      int capitals = 0; // capitals in a row
      boolean strong = false; // stopped where a name must end
      boolean first = true;
      while (true) {
        Match tail = k > from && anchored && k == end ? provinceAfterDash(k) : null;
        if (tail != null) {
          place = tail; // "Hiệp hội Du lịch Nha Trang - Khánh Hoà": the town, then its province
          end = tail.to();
          strong = true;
          break;
        }
        if (k >= s.size || k > from && s.has(k, SEPARATORS) && !dashJoins(k)) {
          strong = true;
          break;
        }
        if (k - from >= NAME_MAX || k == from && s.has(k, SEPARATORS)) {
          break;
        }
        boolean upper = s.has(k, Syllables.UPPER);
        Match form = trie.longest(s, k, Kind.FORM.bit(), true);
        // "TNHH", "cổ phần" (not "có phần", somewhat); "Cổ phần" written as a word of the name
        // ("công ty Cổ phần sữa Việt Nam") stays one
        if (form != null && spelled(form) && (!upper || isAllCaps(k))) {
          k = form.to();
          end = lower == 0 ? k : end;
          open = true;
          capitals = 0;
          continue;
        }
        if (first) {
          firstUpper = upper;
          first = false;
        }
        Match p =
            k > from && s.has(k, SEPARATORS) ? null : place(s, k, ignoreCase, false, k == from);
        if (p != null) {
          place = p;
          end = p.to();
          strong = true;
          Match second = pairedPlace(p.to());
          if (second != null) {
            place = second; // "Sài Gòn – Hà Nội (SHB)": two places, one name, the abbreviation's
            end = second.to();
          }
          break;
        }
        if (trie.longest(s, k, Kind.TYPE.bit(), true) != null) {
          bareType = true; // "tỉnh", "TP" without a province: "Bệnh viện Đa khoa tỉnh", a kind
          break;
        }
        if (!upper && isVa(k)) {
          k++;
          lower++;
          capitals = 0;
          continue;
        }
        Match keep = within(trie.longest(s, k, Kind.KEEP.bit(), true));
        if (!upper && keep == null && isStop(k)) {
          strong = true; // but "Tổng công ty cấp nước Sài Gòn": a keep phrase holds "cấp"
          break;
        }
        int starts = BODY_STARTS | (lower > 0 ? Kind.NAMED.bit() : 0);
        if (k > from && upper && bodyAt(s, k, starts, ignoreCase) != null) {
          strong = true;
          break;
        }
        if (upper && keep != null) {
          end = k = keep.to(); // "Quốc gia", "Trung ương": one word whatever its capitals
          anchored = true;
          open = true;
          lower = 0;
          capitals = 0;
          personLike = false;
          continue;
        }
        if (upper) {
          if ((lower > 0 || afterRole || k > from && isFullName(k)) && isPerson(k)) {
            break; // "Chủ nhiệm Văn phòng Quốc hội | Nguyễn Hạnh Phúc"
          }
          capitals++;
          anchored = true;
          lower = 0;
          personLike &= isTitleCase(k) && capitals <= 3;
          end = ++k;
          if (companion(k - 1, k) && (capitals == 1 || cleanAfter(k + 1))) {
            end = ++k; // "Dầu khí", "Kinh tế": one word, capitalised on its first syllable
            open = true;
            capitals = 0;
            personLike = false;
          } else {
            // "Tổng công ty Cảng hàng không Việt Nam": a keep phrase goes on after a capital
            open = k < s.size && !s.has(k, SEPARATORS | Syllables.UPPER) && keepAfter(k);
          }
          continue;
        }
        if (s.number(k) >= 0) {
          int n = s.number(k);
          if (n >= YEAR_MIN && n <= YEAR_MAX) {
            strong = true; // "Đại học FPT | 2020": a date ends the name
            break;
          }
          boolean afterTail = open && lower > 0 && lower <= TAIL_MAX;
          if (!anchored || k != end && !afterTail) {
            break; // "Công ty May 10", "Trung tâm Bảo trợ xã hội 1"
          }
          end = ++k;
          open = false;
          continue;
        }
        int len = keep == null ? 1 : keep.to() - k;
        if (!open || lower + len > LOWER_MAX) {
          break;
        }
        personLike = false;
        district |= trie.longest(s, k, Kind.DISTRICT.bit(), true) != null;
        lower += len;
        k += len;
        capitals = 0;
      }
      if (open && lower > 0 && place == null && k < s.size && abbreviation(s, k) > k) {
        end = k; // "Quỹ quốc tế bảo vệ thiên nhiên (WWF)": the abbreviation vouches for it
        anchored = true;
      }
      if (strong && anchored && lower > 0 && lower <= TAIL_MAX && open && place == null) {
        end = k; // "Đại học Kinh tế quốc dân | đã": the last word's lower-case syllables
      }
    }

    /**
     * After a run of capitals a lower-case syllable is the second half of the last word only when
     * the name plainly goes on or ends after it: "Đoàn Khối Doanh nghiệp Trung ương", not "Công ty
     * Bình Minh cung cấp nước".
     */
    private boolean cleanAfter(int at) {
      return at >= s.size
          || s.has(at, SEPARATORS | Syllables.UPPER)
          || s.number(at) >= 0
          || isStop(at);
    }

    /** Whether the first capital after lower-case words from {@code at} opens a body. */
    private boolean startsBodyAfterLower(int at) {
      int q = at;
      while (q < s.size && !s.has(q, Syllables.UPPER)) {
        q++;
      }
      return q < s.size && startsBody(s, q, ignoreCase);
    }

    /**
     * " - Khánh Hoà" after a name that ends on a capitalised place of its own ("Nha Trang"): the
     * province that town belongs to, named without "tỉnh", closes the name; not a state ("Việt Nam
     * - Lào"), nor a province that goes on as a longer name.
     */
    private Match provinceAfterDash(int at) {
      if (at >= s.size
          || !s.has(at, Syllables.DASH)
          || s.has(at, Syllables.BREAK | Syllables.COMMA)
          || !s.has(at - 1, Syllables.UPPER)
          || trie.longest(s, at, Kind.TYPE.bit(), true) != null) {
        return null;
      }
      Match p = trie.longest(s, at, Kind.PROVINCE.bit(), ignoreCase);
      return p != null && p.entry().kind() == Kind.PROVINCE && closes(s, p) ? p : null;
    }

    /** "Kinh tế - Tài chính", "Việt - Tiệp": a dash between two words of one name. */
    private boolean dashJoins(int at) {
      if (!s.has(at, Syllables.DASH) || s.has(at, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (!s.has(at, Syllables.UPPER)) {
        if (!open && !(anchored && at == end) || !leadsToCapital(at)) {
          return false;
        }
        open = true;
        return true; // "Rượu - bia - nước giải khát Sài Gòn", "xây dựng - may thêu Trường Thịnh"
      }
      if (!anchored || at != end && !open || !isTitleCase(at) || isPerson(at) || isLabel(at)) {
        return false;
      }
      int starts = BODY_STARTS | Kind.NAMED.bit() | Kind.PROVINCE.bit() | Kind.TYPE.bit();
      return vietnamese(at)
          && (at + 1 >= s.size
              || !s.has(at + 1, Syllables.UPPER)
              || s.has(at + 1, SEPARATORS)
              || vietnamese(at + 1)) // "Novaland - The Boston Consulting Group": two bodies
          && (s.id[at] < 0
              || bodyAt(s, at, starts, ignoreCase) == null && country(s, at, ignoreCase) == null);
    }

    /** Whether a keep phrase starts at {@code at} and leads, by lower-case words, to a capital. */
    private boolean keepAfter(int at) {
      Match keep = within(trie.longest(s, at, Kind.KEEP.bit(), true));
      return keep != null && leadsToCapital(at);
    }

    /** Whether the syllable at {@code at} is spelled as a Vietnamese one ("Tài", not "Boston"). */
    private boolean vietnamese(int at) {
      String folded = new String(s.folded, s.fstart[at], s.fend[at] - s.fstart[at]);
      return VIETNAMESE.matcher(folded).matches();
    }

    /** "- Ảnh: ...", "- Nguồn: ...": a word and a colon label what follows; no name goes on. */
    private boolean isLabel(int at) {
      for (int i = s.end[at]; i < s.text.length; i++) {
        if (!Character.isWhitespace(s.text[i])) {
          return s.text[i] == ':';
        }
      }
      return false;
    }

    /**
     * Whether lower-case words from {@code at} lead, with no stop word, comma or full stop, to a
     * capitalised word or a place that ends a name: "Rượu - bia - nước giải khát Sài Gòn", "Viện
     * Hàn lâm khoa học và xã hội Việt Nam".
     */
    private boolean leadsToCapital(int at) {
      for (int q = at; q < s.size && q - at < TAIL_MAX + 3; q++) {
        if (q > at && s.has(q, Syllables.BREAK | Syllables.COMMA)) {
          return abbreviation(s, q) > q; // "... và phát triển kinh tế (OECD)"
        }
        if (s.has(q, Syllables.UPPER)) {
          return q > at && !isPerson(q);
        }
        Match keep = trie.longest(s, q, Kind.KEEP.bit(), true);
        if (keep != null) {
          q = keep.to() - 1; // "sửa chữa và đóng tàu Sài Gòn": "đóng tàu" holds the verb "đóng"
          continue;
        }
        if (isStop(q) || s.number(q) >= 0 || startsBody(s, q, ignoreCase)) {
          return false; // "... và công ty Cổ phần Vinhomes": another body
        }
      }
      return false;
    }

    /**
     * "và" or "về" inside a name: before a compound that starts no body of its own ("Kế hoạch và
     * Đầu tư", "Cơ quan Liên bang về Hợp tác Kỹ thuật"), or before lower-case words that lead to
     * the name's capital ("Viện Hàn lâm khoa học và xã hội Việt Nam").
     */
    private boolean isVa(int at) {
      boolean joins = s.is(at, "va") || s.is(at, "ve") && "về".equals(s.original(at));
      if (!joins || !anchored || at != end && !open || at + 1 >= s.size) {
        return false;
      }
      int next = at + 1;
      if (!s.has(next, Syllables.UPPER) && !s.has(next, SEPARATORS)) {
        return open && leadsToCapital(next) && !startsBodyAfterLower(next);
      }
      if (!open && at == end || !companion(next, next + 1)) {
        return false; // "Kế hoạch và Đầu tư", not "Tập đoàn Novaland và Đội ..."
      }
      if (!s.has(next, Syllables.UPPER) || s.has(next, SEPARATORS) || isPerson(next)) {
        return false;
      }
      int starts = BODY_STARTS | Kind.NAMED.bit() | Kind.PROVINCE.bit();
      return bodyAt(s, next, starts, ignoreCase) == null
          && country(s, next, ignoreCase) == null; // "Lao động" is not "Lào"
    }

    private boolean isStop(int at) {
      return NamedBodies.this.isStop(s, at);
    }

    private boolean isPerson(int at) {
      return NamedBodies.this.isPerson(s, at);
    }

    /** A family name, a middle and a given name, then no capital: "Nguyễn Hạnh Phúc;". */
    private boolean isFullName(int at) {
      int q = at + 3;
      return q <= s.size
          && isTitleCase(at + 1)
          && isTitleCase(at + 2)
          && s.has(at + 2, Syllables.UPPER)
          && !s.has(at + 2, SEPARATORS)
          && (q == s.size || s.has(q, SEPARATORS) || !s.has(q, Syllables.UPPER));
    }

    private boolean isTitleCase(int at) {
      for (int i = s.start[at] + 1; i < s.end[at]; i++) {
        if (Character.isUpperCase(s.text[i])) {
          return false;
        }
      }
      return true;
    }

    /** A keep phrase only within one stretch of words: "Co, công ty vận hành" is no "có công". */
    private boolean isAllCaps(int k) {
      for (int i = s.start[k]; i < s.end[k]; i++) {
        if (Character.isLowerCase(s.text[i])) {
          return false;
        }
      }
      return true;
    }

    private boolean spelled(Match m) {
      String written = s.original(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
      return m.entry().spellings().contains(written);
    }

    private Match within(Match m) {
      if (m != null) {
        for (int q = m.from() + 1; q < m.to(); q++) {
          if (s.has(q, SEPARATORS) && !commaAsListed(m)) {
            return null;
          }
        }
      }
      return m;
    }

    /** "Khám, chữa bệnh": a keep phrase listed with its comma holds the comma as written. */
    private boolean commaAsListed(Match m) {
      String written = s.original(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
      return written.indexOf(',') >= 0 && m.entry().spellings().contains(written);
    }

    /** Whether the lower-case syllable at {@code next} is the second half of the word at cap. */
    private boolean companion(int cap, int next) {
      if (next >= s.size
          || s.has(next, SEPARATORS | Syllables.UPPER)
          || s.number(next) >= 0
          || !isTitleCase(cap)
          || isStop(next)
          || trie.longest(s, next, Kind.KEEP.bit() | Kind.FORM.bit(), true) != null) {
        return false;
      }
      String folded = new String(s.folded, s.fstart[cap], s.fend[cap] - s.fstart[cap]);
      return VIETNAMESE.matcher(folded).matches();
    }

    /** A dash and a second place that an abbreviation closes, after a place ending at k. */
    private Match pairedPlace(int k) {
      if (k >= s.size || !s.has(k, Syllables.DASH) || s.has(k, Syllables.BREAK | Syllables.COMMA)) {
        return null;
      }
      Match p = place(s, k, ignoreCase, false);
      return p != null && p.entry().kind() == Kind.PROVINCE && abbreviation(s, p.to()) > p.to()
          ? p
          : null;
    }

    String text() {
      if (place == null || place.entry().kind() != Kind.COUNTRY) {
        return s.original(from, end);
      }
      String country = place.entry().value();
      return place.from() == from ? country : s.original(from, place.from()) + " " + country;
    }
  }
}
