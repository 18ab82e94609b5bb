package vn.newssearch.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.schema.VietnameseAnalysis;

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
  /**
   * A head noun as heads.tsv lists it; {@code lower}: written in lower case it still opens; {@code
   * place}: the head and a country alone are a body; {@code state}: the head opens a body only with
   * a country in its name, and the country right after it ends the name (a state's armed forces);
   * {@code number}: a number right after the head names the unit ("Quân khu 7"); {@code members}:
   * "các" and the plural of its members may follow inside the name ("Hiệp hội các nhà sản xuất");
   * {@code field}: a capitalised field must follow the head ("Vụ Pháp chế"), a lower-case word
   * after it makes the head the common word ("Vụ giết nhà báo Khashoggi", a case; "Vụ phó"); {@code
   * own}: the name must be the body's own, another body right after the head is the one named
   * ("Liên danh Công ty X và Y": a consortium named by its members, each a body); {@code brand}: a
   * foreign state between the head and a brand is no word of the name ("tập đoàn Mỹ Navistar");
   * {@code seat}: a mission or an office abroad, "tại" and where it sits belong to its name ("Đại
   * sứ quán Pháp tại Việt Nam", {@link #seatAfter}); {@code within}: after lower-case words of a
   * name the head goes on with, the head and its name are words of that name, where the body works
   * ("Chi cục Hải quan cửa khẩu Cảng Sài Gòn", "Công ty ... khai thác Cảng Phước An"), not a second
   * body as other heads there are; {@code city}: the head and a city or a province alone,
   * capitalised, are a body named by its city, as a school is ("Cảng Đà Nẵng" as "Đại học Huế");
   * {@code eponym}: a person's full name after the head, with no title before it, is the body's own
   * name ("Trường Đại học Y khoa Phạm Ngọc Thạch"); {@code district}: the head names a district's
   * level itself ("Thị đoàn Tân Uyên"), so a province after its name's comma only says where it is.
   */
  record Head(
      String canonical,
      String kind,
      String spelled,
      boolean lower,
      boolean place,
      boolean state,
      boolean number,
      boolean members,
      boolean province,
      boolean field,
      boolean own,
      boolean brand,
      boolean seat,
      boolean within,
      boolean city,
      boolean eponym,
      boolean district)
      implements NameTrie.Payload {}

  /**
   * The name after a head: its text as the canonical name writes it, the syllable it ends before
   * ({@code to}, past a "(ABBR)" that follows it), and that abbreviation, or null. {@code bare}:
   * the name ends in "tỉnh" alone, the article's province, which the caller adds ("Hội Bảo trợ bệnh
   * nhân nghèo tỉnh").
   */
  record Name(String text, int to, String alias, String canonical, boolean bare) {
    Name(String text, int to, String alias, String canonical) {
      this(text, to, alias, canonical, false);
    }
  }

  /** Kinds of heads that name a body by a province or city alone (heads.tsv). */
  private static final Set<String> CITY_NAMED = Set.of("research");

  /** The head of a university that has member schools ("Đại học Quốc gia Hà Nội"). */
  private static final String UNIVERSITY = "Đại học ";

  static final int SEPARATORS = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
  private static final int SEAT_WORDS = 3;
  static final int BODY_STARTS = Kind.NATIONAL.bit() | Kind.LOCAL.bit() | Kind.ROLE.bit();

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

  /** [from, to) with its abbreviated city spelled out ({@link NameBounds#spelledOut}). */
  String spelledOut(Syllables s, int from, int to) {
    return bounds.spelledOut(s, from, to);
  }

  /** A family name and a capitalised given name ({@link NameBounds#isPerson}). */
  boolean isPerson(Syllables s, int at) {
    return bounds.isPerson(s, at);
  }

  boolean isStop(Syllables s, int at) {
    return bounds.isStop(s, at);
  }

  Match place(Syllables s, int k, boolean ignoreCase, boolean typed) {
    return bounds.place(s, k, ignoreCase, typed);
  }

  Match place(Syllables s, int k, boolean ignoreCase, boolean typed, boolean afterHead) {
    return bounds.place(s, k, ignoreCase, typed, afterHead);
  }

  boolean pairOfCountries(Syllables s, int k, boolean ignoreCase) {
    return bounds.pairOfCountries(s, k, ignoreCase);
  }

  int abbreviation(Syllables s, int k) {
    return bounds.abbreviation(s, k);
  }

  int abbreviationOf(Syllables s, int k, String name, NameTrie.Entry entry) {
    return bounds.abbreviationOf(s, k, name, entry);
  }

  /** A country that a brand follows ({@link NameBounds#countryBeforeBrand}). */
  Match countryBeforeBrand(Syllables s, int k, boolean ignoreCase) {
    return bounds.countryBeforeBrand(s, k, ignoreCase);
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
        || isStop(s, before) // "Theo Cục Hàng không ...": a sentence's first word
        || roleBefore(s, m.from()); // "Tổng Giám Đốc Công ty ABC": a title written in capitals
  }

  /** The most syllables of a title before a head ("Phó Tổng Giám đốc"). */
  private static final int ROLE_WORDS = 4;

  /**
   * Whether a person's title ends right before syllable k ("Giám Đốc", "Bộ Trưởng", "Chủ tịch HĐQT"
   * written in capitals); not one that ends with a body's head, whose name goes on ("Trưởng Ban Tổ
   * chức Trung ương").
   */
  private boolean roleBefore(Syllables s, int k) {
    return k > 0 && !startsBody(s, k - 1, true) && trie.endsAt(s, k, ROLE_WORDS, Kind.ROLE.bit());
  }

  /** The words that may join the parts of a name the article defines ({@link #definedEnd}). */
  private static final java.util.Set<String> DEFINED_JOINS =
      java.util.Set.of("và", "của", "vì", "về", "người");

  /** The most syllables a defined name may run on past where its walk ended. */
  private static final int DEFINED_MAX = 8;

  /**
   * Where the name of a capitalised head ends when the article defines it by an abbreviation in
   * brackets a few words on, past where the walk stopped: "Trung tâm vì Con người và Rừng
   * (RECOFTC)", "Viện Nghiên cứu vì sự Phát triển của Pháp (IRD)". A definition "Tên đầy đủ (VIẾT
   * TẮT)" bounds the name at both ends, so the words between are its own: no comma, dash or
   * bracket, no other body's head, no verb or preposition ({@code stop} of name-words.tsv) but the
   * joins "và", "của", "vì", "về" and "người" (a noun, "Con người"), and a capital among them. Else
   * the walk's end.
   */
  private int definedEnd(Syllables s, Match head, NameWalk w, boolean ignoreCase) {
    int end = w.end;
    if (ignoreCase
        || !s.has(head.from(), Syllables.UPPER)
        || surnames.contains(head.entry().head().spelled())) {
      return end; // "Trung uý Đoàn Tấn Phú, ...": a person, whatever follows
    }
    boolean capital = false;
    int k = end;
    for (; k < s.size && k - end <= DEFINED_MAX && !s.has(k, Syllables.PAREN); k++) {
      if (s.has(k, SEPARATORS)
          || s.sentence[k] != s.sentence[head.from()]
          || bodyAt(s, k, BODY_STARTS | Kind.NAMED.bit(), false) != null
          || isStop(s, k) && !DEFINED_JOINS.contains(s.original(k).toLowerCase(Locale.ROOT))) {
        return end;
      }
      capital |= s.has(k, Syllables.UPPER);
    }
    if (k == end || !capital || k >= s.size || !s.has(k, Syllables.PAREN)) {
      return end;
    }
    int close = abbreviation(s, k);
    Match document = trie.longest(s, k, Kind.TRIGGER.bit(), true);
    if (close <= k || document != null && document.to() == close) {
      return end;
    }
    // "Đại học FPT áp dụng khoá học Massive Open Online Courses (MOOC)": the letters spell the
    // last words only; "Khối Dịch vụ Ngân hàng và Tài chính Cá nhân (DVNH & TCCN)": words before
    // the head. Either way the bracket defines another name.
    String abbr = s.original(k, close);
    for (int j = end + 1; j < k; j++) {
      if (spells(s.original(j, k), abbr)) {
        return end;
      }
    }
    for (int j = Math.max(0, head.from() - DEFINED_MAX); j < head.from(); j++) {
      if (spells(s.original(j, k), abbr) && !spells(s.original(head.from(), k), abbr)) {
        return end;
      }
    }
    return k;
  }

  /**
   * Whether {@code abbr}'s letters are initials of {@code words} in order ({@link
   * AliasMiner#initialsMatch}), its first the first word's and its last the last word's.
   */
  private static boolean spells(String words, String abbr) {
    String letters = abbr.replaceAll("[^\\p{L}]", "");
    String[] w = words.strip().split("[\\s\\-–,&()]+");
    return letters.length() >= 2
        && w.length >= 2
        && AliasMiner.initialsMatch(words, abbr)
        && sameLetter(w[0].charAt(0), letters.charAt(0))
        && sameLetter(w[w.length - 1].charAt(0), letters.charAt(letters.length() - 1));
  }

  private static boolean sameLetter(char a, char b) {
    return VietnameseAnalysis.foldKey(String.valueOf(a))
        .equals(VietnameseAnalysis.foldKey(String.valueOf(b)));
  }

  /** The name after {@code head}, or null when the head opens none here. */
  Name read(Syllables s, Match head, boolean ignoreCase, boolean afterRole) {
    Head h = head.entry().head();
    // "Bệnh viện (BV) Đa khoa Xanh Pôn": the name goes on after the head's own abbreviation
    int name = afterOwnAbbreviation(s, head);
    Match state =
        h.state() && name < s.size && !s.has(name, SEPARATORS)
            ? bounds.country(s, name, ignoreCase)
            : null;
    if (state != null) {
      // "Hải quân Mỹ lựa chọn ...", "Tư lệnh Không quân Ấn Độ Birender Singh Dhanoa": the
      // state's service, whatever follows
      return new Name(state.entry().value(), state.to(), null, null);
    }
    if (h.field() && !ignoreCase && (name >= s.size || !s.has(name, Syllables.UPPER))) {
      return null; // "Vụ va chạm khiến tàu Philippines ...": a case, no department
    }
    if (h.own()
        && name < s.size
        && bodyAt(s, name, BODY_STARTS | Kind.NAMED.bit(), ignoreCase) != null) {
      return null; // "Liên danh Tập đoàn Bitexco và Emaar": the members are the bodies
    }
    // "tập đoàn Mỹ Navistar": the state between a company's head and its brand is no word of its
    // name ("Tập đoàn Navistar")
    Match from = h.brand() ? bounds.nationality(s, name, ignoreCase) : null;
    NameWalk w = new NameWalk(this, trie, s, from == null ? name : from.to(), ignoreCase);
    w.afterRole = afterRole;
    w.headFrom = head.from();
    w.ministry = "ministry".equals(head.entry().head().kind());
    w.force = "military".equals(head.entry().head().kind());
    w.members = head.entry().head().members();
    w.eponym = head.entry().head().eponym();
    w.capsHead = allCaps(s.original(head.from(), head.to()));
    // "Bệnh viện 108", but not a head's initials before a number ("tủ lạnh ... BV 289 XSVN", a
    // model; "tàu cá BV 9496 TS", a boat)
    w.numbered = head.entry().head().number() && !(w.capsHead && head.to() - head.from() == 1);
    w.ownBracket = name > head.to();
    w.run();
    int defined = definedEnd(s, head, w, ignoreCase);
    if (defined > w.end) {
      // "Trung tâm vì Con người và Rừng (RECOFTC)": the article defines the whole name by its
      // abbreviation, lower-case words and all
      w.end = defined;
      w.anchored = true;
      w.place = null;
    }
    boolean lowerHead = !ignoreCase && !s.has(head.from(), Syllables.UPPER);
    if (w.bareType && !h.state()) {
      return bareProvince(s, w, h, lowerHead);
    }
    if (w.bareType || h.state() && (w.place == null || w.place.entry().kind() != Kind.COUNTRY)) {
      return null; // "Bộ trưởng Lục quân Mark Esper": no state, no body
    }
    boolean placeOnly = w.place != null && w.place.from() == name;
    // "Đại học Đà Nẵng", "Đại học Huế": a school named by its city alone
    boolean byCity =
        placeOnly
            && capitalised(s, head.from(), head.to()) // "trường Đại học Cần Thơ" too
            && w.place.entry().kind() == Kind.PROVINCE
            && s.has(w.place.to() - 1, Syllables.UPPER) // "Tổ chức Hoà bình" is no province's
            && (CITY_NAMED.contains(h.kind()) || h.city());
    if (placeOnly
        && h.province()
        && w.place.entry().kind() == Kind.PROVINCE
        && capitalised(s, head.from(), head.to())
        && !(h.city() && trie.longest(s, w.place.from(), Kind.TYPE.bit(), true) == null)) {
      // "Bưu điện tỉnh Quảng Nam", "Thanh tra tỉnh Bình Dương": the province's post or
      // inspectorate; one also named by its city reads the level word written ("Bảo tàng tỉnh Đắk
      // Lắk"), as its city alone is its name ("Bảo tàng Hà Nội", "Bảo tàng Hồ Chí Minh")
      return new Name(
          s.original(name, w.end), w.end, null, h.canonical() + " " + provinceOf(s, w.place));
    }
    // "ngân hàng Sài Gòn – Hà Nội (SHB)", "quỹ hỗ trợ du học Nhật Bản (JOOSS)": an abbreviation
    // the article defines for it makes a lower-case kind with its place one body
    boolean vouched = lowerHead && !w.anchored && w.place != null && abbreviation(s, w.end) > w.end;
    // "trường Cao đẳng kỹ thuật Công nghiệp tỉnh Nghệ An": a head whose own later word is
    // capitalised opens the name as the capitalised head does, lower-case fields and all
    boolean namedHead = lowerHead && capitalised(s, head.from() + 1, head.to());
    // and a capitalised word of its own before its place ("Công nghiệp" there; not "trường Đại
    // học hàng đầu châu Á", a kind), or a head that is a body with its place alone ("phòng Giáo
    // dục và Đào tạo huyện Tiên Yên")
    boolean namedBefore =
        namedHead
            && (w.place == null || capitalised(s, name, w.place.from()) || placeOnly && h.place());
    if (!w.anchored
        && !vouched
        && (w.place == null
            || lowerHead && !namedBefore && !byCity
            || placeOnly && !h.place() && !byCity)) {
      return null; // "công ty Nhật Bản" is a kind of company; "Đại sứ quán Nhật Bản" a body
    }
    if (lowerHead && (!w.firstUpper && !vouched && !namedHead || startsBody(s, name, ignoreCase))) {
      return null; // "hiện trường Công ty ...": the word, then a body
    }
    if (surnames.contains(h.spelled()) && w.personLike) {
      return null; // "Đoàn Văn Hậu" is a person, "Đoàn Thanh niên ..." a body
    }
    boolean city =
        w.place != null && w.place.entry().kind() == Kind.PROVINCE && w.place.to() == w.end;
    // "Đài PT-TH Lào Cai" → "Đài Phát thanh - Truyền hình Lào Cai" (initialisms.tsv)
    String text =
        city ? bounds.spelledOut(s, w.from, w.end) : Initialisms.INSTANCE.spelledOut(w.text());
    int to = w.end;
    String alias = null;
    String canonical = null;
    if (w.brandAfter) {
      // "... Việt Nam Vinamilk", "... Việt Nam Maritime Bank": the brand names it too; not "... Mỹ
      // Bob Corker", a person's name (two words, no kind word at the end)
      to = NameBounds.brandEnd(s, to);
      boolean kind = ClauseWords.INSTANCE.lists("brand-tail", s.original(to - 1));
      alias = to == w.end + 1 || kind ? s.original(w.end, to) : null;
    }
    Match university = universityInBrackets(s, to, h, text, ignoreCase);
    if (university != null) {
      // "Trường ĐH Quốc tế (ĐH Quốc gia TP. HCM)": the school, named with its university
      text = text + " - " + university.entry().value();
      to = university.to();
    }
    int close = abbreviation(s, to);
    if (close > to && parentInBrackets(s, to, h)) {
      // "Tổng cục Thủy lợi (Bộ NN&PTNT)", "Vụ Công nghệ cao (Bộ KH&CN)": the ministry the unit
      // belongs to, neither the unit's own short name nor the body it names: read on its own
    } else if (close > to) {
      Match known = trie.longest(s, to, Kind.NATIONAL.bit(), ignoreCase);
      if (known != null && known.to() == close && !abroad(s, w.place, known.entry().value())) {
        canonical = known.entry().value(); // "Phòng Thương mại Công nghiệp (VCCI)"
      } else if (known == null || known.to() == close) {
        alias = s.original(to, close);
      }
      to = close;
    }
    boolean bracketed = false; // a district read after the abbreviation
    if (alias != null && w.place == null && !w.district && rightAfterBracket(s, to)) {
      // "Trung tâm Y tế (TTYT) huyện Quỳnh Lưu", "Ban Chỉ huy Quân sự (CHQS) huyện Bến Lức": the
      // district after the body's own abbreviation ends its name, as it does with none between
      Match level = trie.longest(s, to, Kind.DISTRICT.bit(), true);
      int unit = level == null ? -1 : unitName(s, level.to(), true);
      if (unit > 0) {
        String word = s.original(to, level.to()).toLowerCase(java.util.Locale.ROOT);
        text = text + " " + word + " " + s.original(level.to(), unit);
        to = unit;
        bracketed = true;
      }
    }
    int level = alias != null && !bracketed && w.place == null ? bareAfterBracket(s, to) : -1;
    if (level > 0) {
      // "Hội Sinh vật cảnh (SVC) tỉnh": the province's level word alone after the
      // body's own abbreviation ends its name, as it does with none between ({@link #bareProvince})
      return new Name(
          NameBounds.initials(NameBounds.spacedHyphens(text)), level, alias, canonical, true);
    }
    boolean province = w.place != null && w.place.entry().kind() == Kind.PROVINCE;
    if (!province && NameBounds.joinsPlace(s, to)) {
      Match p = province(s, to, ignoreCase, true);
      if (p == null && (w.district || bracketed) && !province) {
        p = place(s, to, ignoreCase, false); // "Trung tâm Y tế huyện Hưng Nguyên, Nghệ An"
        p = p != null && p.entry().kind() == Kind.PROVINCE ? p : null;
      }
      if (p == null && w.place == null && alias != null) {
        p = place(s, to, ignoreCase, false); // "Tổng cục Đường bộ (TCĐB) Việt Nam"
      }
      // "Thị đoàn Tân Uyên, tỉnh Bình Dương", "Trung tâm Y tế huyện Hưng Nguyên, Nghệ An": after a
      // comma, a district's province only says where it is, as it does after a local body's
      // (PartyCandidates.locates); the name ends with the district
      boolean located =
          p != null
              && (w.end == to || bracketed)
              && s.has(to, Syllables.COMMA)
              && (w.district || bracketed || h.district());
      if (p != null) {
        text =
            located
                ? text
                : text
                    + (alias == null ? "" : " ")
                    + (alias != null && p.entry().kind() == Kind.PROVINCE
                        // "Trường Phổ thông Năng khiếu (PTNK) TPHCM": the city spelled out
                        ? bounds.spelledOut(s, p.from(), p.to())
                        : NameBounds.textFrom(s, w.end, to, p));
        to = p.to();
        Match chapter =
            alias != null && !located && p.entry().kind() == Kind.COUNTRY
                ? province(s, to, ignoreCase, true)
                : null;
        if (chapter != null && s.sentence[chapter.from()] == s.sentence[p.from()]) {
          // "Giáo hội Phật giáo (GHPG) Việt Nam tỉnh Bến Tre": a national body's chapter in a
          // province, written with its level word right after the state, as with no bracket
          text = text + " " + s.original(chapter.from(), chapter.to());
          to = chapter.to();
        }
      }
    }
    return new Name(NameBounds.initials(NameBounds.spacedHyphens(text)), to, alias, canonical);
  }

  /**
   * Where the name after {@code head} starts: after the head's own abbreviation in brackets when
   * its name goes on, capitalised, in the same sentence ("Bệnh viện (BV) Đa khoa Xanh Pôn", "Hợp
   * tác xã (HTX) Tân Phú", "Trường Cao đẳng (CĐ) Kinh tế": the letters spell the head or its last
   * words), as it would with none between; else right after the head.
   */
  private int afterOwnAbbreviation(Syllables s, Match head) {
    int k = head.to();
    int close = abbreviation(s, k);
    if (close <= k
        || close >= s.size
        || s.sentence[close] != s.sentence[k]
        || !s.has(close, Syllables.UPPER)
        || s.has(close, Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
        || !rightAfterBracket(s, close)) {
      return k;
    }
    String abbr = s.original(k, close);
    for (int j = head.from(); j < k - 1; j++) {
      if (spells(s.original(j, k), abbr)) {
        return close;
      }
    }
    return k;
  }

  /**
   * The end of a province's or city's level word written alone right after a closing bracket at k
   * ("(SVC) tỉnh", "(HLHPN) thành phố" that a separator, a lower-case word or the text's end
   * follows, not a province's name); not the word that opens another body ("(UBKT) Tỉnh ủy"); else
   * -1.
   */
  private int bareAfterBracket(Syllables s, int k) {
    if (!rightAfterBracket(s, k)
        || trie.longest(s, k, Kind.LOCAL.bit() | Kind.NAMED.bit(), true) != null) {
      return -1;
    }
    Match type = trie.longest(s, k, Kind.TYPE.bit(), true);
    if (type == null || !spelledLevel(s, type)) {
      return -1;
    }
    return alone(s, type.to()) ? type.to() : -1;
  }

  /**
   * Whether a level word ending before syllable q stands alone: the text ends there, or a
   * separator, a bracket or a lower-case word follows, not a place's name.
   */
  private static boolean alone(Syllables s, int q) {
    return q >= s.size || s.has(q, SEPARATORS | Syllables.PAREN) || !s.has(q, Syllables.UPPER);
  }

  /** Whether only a closing bracket and spaces stand before syllable k: "(TTYT) huyện". */
  private static boolean rightAfterBracket(Syllables s, int k) {
    if (k == 0 || k >= s.size) {
      return false;
    }
    boolean closed = false;
    for (int i = s.end[k - 1]; i < s.start[k]; i++) {
      char c = s.text[i];
      closed |= c == ')';
      if (c != ')' && c != ' ') {
        return false;
      }
    }
    return closed;
  }

  /** At most this many capitalised words name a district or a town ("huyện Cần Giờ"). */
  private static final int UNIT_WORDS = 3;

  /**
   * The end of a district's or town's name at q: a number ("quận 1") or up to three capitalised
   * words, not a person's name nor a province ("huyện Củ Chi"); else -1. Two capitalised words that
   * a lower-case word or a stop follows are a district even when the first is a family name ("quận
   * Hoàng Mai ký kết", "huyện Lý Sơn"): a person after "UBND huyện" is written with three ("UBND
   * huyện Nguyễn Văn A"); a person right after two words ends the district ("quận Hà Đông Vũ Văn
   * A"). {@code belowProvince}: the level word is a district's or a city's, whose name a comma ends
   * before the next capital ("Công an huyện Hoài Đức, Hà Nội", "Hội Nông dân huyện Tân Phước, Hội
   * Cựu chiến binh huyện"); not a dash, which a name may hold ("TP Phan Rang - Tháp Chàm").
   */
  int unitName(Syllables s, int q, boolean belowProvince) {
    if (q >= s.size || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return -1;
    }
    if (s.number(q) >= 0) {
      return q + 1;
    }
    int end = q;
    while (end < s.size
        && end - q < UNIT_WORDS
        && s.has(end, Syllables.UPPER)
        && (end == q || !s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))
        && !(end - q == 2 && isPerson(s, end))) {
      end++;
    }
    boolean bad =
        end == q
            || isPerson(s, q) && end - q != 2
            || trie.longest(s, q, Kind.PROVINCE.bit(), true) != null
            || end < s.size
                && s.has(end, Syllables.UPPER)
                && !s.has(end, Syllables.BREAK | (belowProvince ? Syllables.COMMA : 0));
    return bad ? -1 : end;
  }

  /**
   * The syllable after a province or city of ours written right after "tại" at {@code at} ("tại
   * Bình Dương", "tại TP HCM"), else -1: where a foreign community's association sits.
   */
  int provinceSeatAfter(Syllables s, int at, boolean ignoreCase) {
    int end = seatAfter(s, at, true, ignoreCase);
    Match p = end < 0 ? null : bounds.place(s, at + 1, ignoreCase, false);
    return p != null && p.from() == at + 1 && p.to() == end && p.entry().kind() == Kind.PROVINCE
        ? end
        : -1;
  }

  /**
   * Where a body sits, written right after its name with "tại" at {@code at}: "Đại sứ quán Pháp tại
   * Việt Nam", "Văn phòng Kinh tế - Văn hóa Việt Nam tại Đài Bắc". {@code anyPlace}: a province, a
   * country or a foreign city written with its type or in capitals ("tại thành phố Đài Trung", "tại
   * Washington"); else only a country. The syllable after the seat, else -1.
   */
  int seatAfter(Syllables s, int at, boolean anyPlace, boolean ignoreCase) {
    if (at + 1 >= s.size
        || !"tại".equals(s.original(at))
        || s.has(at, SEPARATORS | Syllables.PAREN)
        || s.has(at + 1, SEPARATORS)) {
      return -1;
    }
    Match p = bounds.place(s, at + 1, ignoreCase, false);
    if (p != null && p.from() == at + 1) {
      return p.entry().kind() == Kind.COUNTRY || anyPlace ? p.to() : -1;
    }
    if (!anyPlace) {
      return -1;
    }
    // a foreign city: "thành phố Đài Trung", "Washington", "San Francisco"
    Match type = trie.longest(s, at + 1, Kind.TYPE.bit(), true);
    int k = type == null ? at + 1 : type.to();
    int end = k;
    while (end < s.size
        && end - k < SEAT_WORDS
        && s.has(end, Syllables.UPPER)
        && (end == k || !s.has(end, SEPARATORS | Syllables.PAREN))
        && (end > k || bodyAt(s, end, BODY_STARTS, ignoreCase) == null)) {
      end++;
    }
    boolean closed =
        end >= s.size || s.has(end, SEPARATORS | Syllables.PAREN) || !s.has(end, Syllables.UPPER);
    return end > k && closed ? end : -1;
  }

  /**
   * A name that "tỉnh" (or "thành phố") alone ends, as a provincial head's ("UBND tỉnh"): the body
   * of the article's province, "Hội Bảo trợ bệnh nhân nghèo tỉnh", "Bệnh viện Đa khoa tỉnh"; the
   * name must hold a capital and the type word no province's name ("tỉnh Quảng Nam" would be the
   * place that closes it); a foreign province, city or state followed by its country ends the name
   * as written ("Hiệp hội Hợp tác nhân lực quốc tế tỉnh Gifu (Nhật Bản)", {@link
   * PartyCandidates#foreignUnit}). Null otherwise.
   */
  private Name bareProvince(Syllables s, NameWalk w, Head h, boolean lowerHead) {
    Match type = trie.longest(s, w.k, Kind.TYPE.bit(), true);
    int q = type.to();
    boolean alone = alone(s, q);
    // "Ủy ban Kiểm tra Tỉnh ủy": the type word opens another body; "Trung tâm Y tế tuyến tỉnh",
    // "Bệnh viện cấp tỉnh": a level, a kind of body
    boolean other = trie.longest(s, w.k, Kind.LOCAL.bit() | Kind.NAMED.bit(), true) != null;
    boolean level = trie.longest(s, w.k - 1, Kind.GENERIC.bit(), true) != null;
    if (w.anchored && !lowerHead && !alone && w.k > w.from && !other && !level) {
      // "Hiệp hội Hợp tác nhân lực quốc tế tỉnh Gifu (Nhật Bản)": a province abroad ends the name
      ClauseParties.Candidate abroad = PartyCandidates.foreignUnit(s, w.k, w.k, false);
      if (abroad == null) {
        // "Hiệp hội Doanh nghiệp tỉnh Gifu": a name no Vietnamese syllable spells needs no country
        ClauseParties.Candidate unit = PartyCandidates.foreignUnit(s, w.k, w.k, true);
        abroad = unit != null && PartyCandidates.latinName(s, q, unit.to()) ? unit : null;
      }
      if (abroad != null) {
        String text = NameBounds.initials(s.original(w.from, w.k)) + " " + abroad.name();
        return new Name(text, abroad.to(), null, null);
      }
    }
    if (lowerHead || !alone || other || level) {
      return null;
    }
    if ((w.k == w.from || !w.anchored) && (!spelledLevel(s, type) || bothLevels(s, q))) {
      // "Đoàn dương tính", "Ban bố tình huống": no level word, only its letters; "Thanh tra tỉnh,
      // thành phố": every province's, no one body
      return null;
    }
    if (w.k == w.from) {
      // "Bưu điện tỉnh", "Thanh tra tỉnh": a head that a province has by itself (flag {@code
      // province}), with the level word alone, is the article's province's, as "UBND tỉnh" is
      return h.province() ? new Name("", q, null, h.canonical(), true) : null;
    }
    if (!w.anchored && !plainKind(s, w.from, w.k, type)) {
      return null;
    }
    // "Viện KSND tỉnh": the initialisms spelled out as a named province's body has them
    String text = Initialisms.INSTANCE.spelledOut(NameBounds.initials(s.original(w.from, w.k)));
    return new Name(text, q, null, null, true);
  }

  /** The province's and the city's level words as spelled, lower case ("TP." without its dot). */
  private static final Set<String> LEVEL_WORDS = Set.of("tỉnh", "thành phố", "tp");

  /**
   * Whether the type word is spelled as a level word, its tone mark too: the type trie folds them,
   * and "tính", "tình" are other words.
   */
  private static boolean spelledLevel(Syllables s, Match type) {
    String written = s.original(type.from(), type.to()).toLowerCase(Locale.ROOT);
    return LEVEL_WORDS.contains(
        written.endsWith(".") ? written.substring(0, written.length() - 1) : written);
  }

  /**
   * Whether another level word, in lower case, follows the first after a comma at q: "tỉnh, thành
   * phố"; not the head of the next body in a list ("Hội LHPN tỉnh, Tỉnh đoàn, ...").
   */
  boolean bothLevels(Syllables s, int q) {
    Match next =
        q < s.size && s.has(q, Syllables.COMMA) && !s.has(q, Syllables.UPPER)
            ? trie.longest(s, q, Kind.TYPE.bit(), true)
            : null;
    return next != null && spelledLevel(s, next);
  }

  /** Most lower-case syllables of a kind of body that "tỉnh" alone ends ("đa khoa"). */
  private static final int PLAIN_KIND_MAX = 3;

  /**
   * Whether the words at [from, to) are a kind of body written in lower case, which the province's
   * level word alone ends, "tỉnh" and not "thành phố" or "TP" ("Bệnh viện đa khoa tỉnh", "Trung tâm
   * y tế tỉnh"): at most {@link #PLAIN_KIND_MAX} Vietnamese syllables in lower case, none a
   * function word (the walk stops at those: "Trường vẫn chưa tỉnh", not yet awake).
   */
  private boolean plainKind(Syllables s, int from, int to, Match type) {
    if (to - from > PLAIN_KIND_MAX
        || !s.original(type.from(), type.to()).toLowerCase(Locale.ROOT).equals("tỉnh")) {
      return false;
    }
    NameWords words = new NameWords(this, trie, s, false);
    for (int i = from; i < to; i++) {
      if (s.has(i, Syllables.UPPER) || !words.vietnamese(i) || words.isStop(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The province at {@code place} as a body's name ends with it: "tỉnh Quảng Nam", "thành phố Hà
   * Nội"; a province's seat written with the city's type word is that city ("Thanh tra TP Thanh
   * Hoá" → "thành phố Thanh Hóa", not the province's inspectorate).
   */
  private String provinceOf(Syllables s, Match place) {
    Province p = place.entry().province();
    Match type = trie.longest(s, place.from(), Kind.TYPE.bit(), true);
    boolean seat = type != null && !type.entry().value().equals(p.type());
    return seat ? type.entry().value() + " " + p.name() : p.qualified();
  }

  /**
   * Whether a name that ends in the foreign state {@code place} is not the body its bracketed
   * abbreviation names at home: "Ngân hàng xuất nhập khẩu Trung Quốc (Eximbank)" is China's bank,
   * though "Eximbank" alone names Vietnam's; "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)"
   * names no other state.
   */
  private static boolean abroad(Syllables s, Match place, String home) {
    if (place == null || place.entry().kind() != Kind.COUNTRY) {
      return false;
    }
    String state = place.entry().value();
    return !state.equals("Việt Nam")
        && !home.contains(state)
        && !home.contains(s.original(place.from(), place.to())); // "Mỹ" for "Hoa Kỳ"
  }

  /**
   * Brackets right after a unit's name that open with a parent's head written out, "Bộ" or "Tổng
   * cục" ("Tổng cục Thủy lợi (Bộ NN&PTNT)", "Cục Điện ảnh (Bộ VH-TT&DL)", "Ban Quản lý dự án Mỹ
   * Thuận (Bộ GTVT)"): they name the body the unit belongs to, as a ministry after a dash does
   * ({@link ParentBodies}), not the unit's short name, which never opens with another body's head
   * ("Phòng Thương mại và Công nghiệp Việt Nam (VCCI)"). A name with the same head keeps its short
   * name ("Bộ Công Thương (Bộ CT)").
   */
  private static boolean parentInBrackets(Syllables s, int at, Head head) {
    if (at >= s.size || !s.has(at, Syllables.PAREN) || !s.has(at, Syllables.BREAK)) {
      return false;
    }
    String own = head.canonical();
    for (String parent : BRACKET_PARENTS) {
      String[] words = parent.split(" ");
      if (at + words.length >= s.size || own.equals(parent) || own.startsWith(parent + " ")) {
        continue;
      }
      boolean spelled = true;
      for (int i = 0; i < words.length && spelled; i++) {
        spelled = s.original(at + i).equals(words[i]);
      }
      if (spelled && s.has(at + words.length, Syllables.UPPER)) {
        return true;
      }
    }
    return false;
  }

  /** The heads of bodies that a unit names in brackets after its name as its parent. */
  private static final List<String> BRACKET_PARENTS = List.of("Bộ", "Tổng cục");

  /**
   * A listed university that fills the brackets right after a school's name and is the university
   * the school belongs to ("Trường ĐH Bách khoa (ĐHQG TP. HCM)"), not the school's own short name
   * ("Đại học Quốc gia Singapore (NUS)"): the university's name does not hold the school's words.
   */
  private Match universityInBrackets(
      Syllables s, int at, Head head, String text, boolean ignoreCase) {
    if (at >= s.size
        || !s.has(at, Syllables.PAREN)
        || !s.has(at, Syllables.BREAK)
        || !"research".equals(head.kind())) {
      return null;
    }
    Match known = trie.longest(s, at, Kind.NATIONAL.bit(), ignoreCase);
    if (known == null
        || known.to() < s.size
            && s.has(known.to(), Syllables.PAREN)
            && !s.has(known.to(), Syllables.BREAK)) {
      return null;
    }
    String listed = known.entry().value();
    boolean member =
        listed.startsWith(UNIVERSITY)
            && !listed.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    return member ? known : null;
  }

  private static boolean allCaps(String written) {
    return written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT));
  }

  private static boolean capitalised(Syllables s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.has(k, Syllables.UPPER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title is the tail of a head that starts on the syllable before it: "Tư lệnh" in "Bộ
   * Tư lệnh Vùng Cảnh sát biển 1" is the command's name, no commander.
   */
  private boolean insideHead(Syllables s, Match role, boolean ignoreCase) {
    int k = role.from();
    if (k == 0
        || s.sentence[k - 1] != s.sentence[k]
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)) {
      return false;
    }
    Match head = trie.longest(s, k - 1, Kind.LOCAL.bit() | Kind.NAMED.bit(), ignoreCase);
    return head != null && head.to() >= role.to();
  }

  boolean startsBody(Syllables s, int k, boolean ignoreCase) {
    int heads = BODY_STARTS | Kind.NAMED.bit();
    return k < s.size && s.id[k] >= 0 && bodyAt(s, k, heads, ignoreCase) != null;
  }

  /**
   * The longest name of {@code kinds} at k, a head only as spelled: "Viễn thông" folds like "Viện"
   * but opens no body; so is a title: "thị trường" (the market) folds like "Thị trưởng".
   */
  Match bodyAt(Syllables s, int k, int kinds, boolean ignoreCase) {
    Match m = trie.longest(s, k, kinds, ignoreCase);
    if (m != null
        && m.entry().kind() == Kind.ROLE
        && (!ignoreCase && !NameBounds.sameSpelling(s.original(m.from(), m.to()), m.entry().value())
            || insideHead(s, m, ignoreCase))) {
      return trie.longest(s, k, kinds & ~Kind.ROLE.bit(), ignoreCase);
    }
    if (m == null || m.entry().kind() != Kind.NAMED) {
      return m;
    }
    return NameBounds.sameSpelling(s.original(m.from(), m.to()), m.entry().head().spelled())
        ? m
        : trie.longest(s, k, kinds & ~Kind.NAMED.bit(), ignoreCase);
  }
}
