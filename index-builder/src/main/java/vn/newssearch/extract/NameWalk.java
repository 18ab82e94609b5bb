package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * One left-to-right walk over the words after a head ({@link NamedBodies#read}): where the name
 * ends, whether a capital anchors it, and the place that closes it.
 */
final class NameWalk {
  static final int NAME_MAX = 16;
  private static final int LOWER_MAX = 8;
  private static final int TAIL_MAX = 4;
  private static final int YEAR_MIN = 1900;
  private static final int YEAR_MAX = 2099;
  private static final int SEPARATORS = NamedBodies.SEPARATORS;
  private static final int BODY_STARTS = NamedBodies.BODY_STARTS;
  private static final Phrases MEMBERS = ClauseWords.INSTANCE.get("members");
  private static final Phrases ZONES = ClauseWords.INSTANCE.get("zone");

  private final NamedBodies bodies;
  private final NameTrie trie;
  private final NameWords words;
  private final CommaFields commaFields;
  final Syllables s;
  final int from;
  final boolean ignoreCase;
  int end;
  int k;
  boolean anchored;
  boolean firstUpper;
  boolean personLike = true;
  boolean district;
  int districtTo = -1; // the end of the last district word ("huyện", "quận", "thị xã")
  boolean bareType;
  boolean afterRole; // the head follows a title: a person's name may follow the body
  boolean ministry; // the head is a ministry's: its fields may be listed with commas
  boolean force; // the head is an armed force's: its country ends it ("Hải quân Mỹ | thử nghiệm")
  boolean numbered; // a number right after the head names the unit ("Quân khu 7", "Sư đoàn 372")
  boolean members; // "các" and its members may follow the head ("Hiệp hội các nhà sản xuất ...")
  boolean eponym; // the head names bodies after people: a person's name is the name's own words
  private boolean eponymTaken; // the name holds its person: a second one is no word of it
  private int personEnd = -1; // where that person's name ends
  boolean capsHead; // the head is written in capitals: so may a person's name be ("ĐOÀN CƯỜNG")
  boolean ownBracket; // the head's own abbreviation stands before from: "Bệnh viện (BV) | Đa khoa"
  int lower; // lower-case syllables since end
  boolean open; // lower-case words may come: after the head, a form or a compound
  boolean dashField; // a lower-case field after a dash: "Kinh tế - luật", "Lao động - thương binh"
  boolean brandAfter; // a brand follows the country that closes the name
  boolean
      formed; // a legal form came: capitals after it name the company ("TNHH TMDV Hoàng Lê Khang")
  int namedUntil = -1; // capitals the text writes after a head elsewhere: no person in them
  int headFrom = -1; // where the head starts, when known
  Match place;
  String placeName;

  NameWalk(NamedBodies bodies, NameTrie trie, Syllables s, int from, boolean ignoreCase) {
    this.bodies = bodies;
    this.trie = trie;
    this.words = new NameWords(bodies, trie, s, ignoreCase);
    this.commaFields = new CommaFields(bodies, trie, words, s, ignoreCase);
    this.s = s;
    this.from = from;
    this.end = from;
    this.k = from;
    this.ignoreCase = ignoreCase;
  }

  void run() {
    if ((ministry || members) && isPlural(from) && pluralFields()) {
      return;
    }
    open = true;
    int capitals = 0; // capitals in a row
    boolean strong = false; // stopped where a name must end
    boolean first = true;
    while (true) {
      Match tail = k > from && anchored && k == end ? words.provinceAfterDash(k) : null;
      if (tail != null) {
        place = tail; // "Hiệp hội Du lịch Nha Trang - Khánh Hoà": the town, then its province
        end = tail.to();
        strong = true;
        break;
      }
      Match state =
          ministry && k > from && anchored && k == end
              ? commaFields.ministryToState(from, k)
              : null;
      if (state != null) {
        place = state; // "Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc": one foreign body
        end = state.to();
        strong = true;
        break;
      }
      if (k > from && k == end && anchored && inWordHyphen(k)) {
        end = ++k; // "Coca-Cola Việt Nam", "Co-opBank": a hyphen inside one foreign word
        lower = 0;
        open = false;
        continue;
      }
      boolean commaJoins = k < s.size && k > from && commaField(k);
      if (commaJoins) {
        end = k; // "Trung tâm Khuyến nông | , khuyến lâm tỉnh Quảng Trị": the name so far, if
        lower = 0; // the province is not reached
      } else if (k > from
          && anchored
          && (open || k == end)
          && place == null
          && lower <= TAIL_MAX
          && commaFields.continues(headFrom, from, k, ministry)) {
        commaJoins = true; // "Trung tâm Phối hợp tìm kiếm, cứu nạn Hàng hải Khu vực I"
        end = k;
        lower = 0;
      }
      if (k >= s.size || k > from && s.has(k, SEPARATORS) && !dashJoins(k) && !commaJoins) {
        strong = true;
        break;
      }
      if (k - from >= NAME_MAX || k == from && s.has(k, SEPARATORS) && !ownBracket) {
        break;
      }
      boolean upper = s.has(k, Syllables.UPPER);
      Match form = trie.longest(s, k, Kind.FORM.bit(), true);
      // "TNHH", "cổ phần" (not "có phần", somewhat); "Cổ phần" written as a word of the name
      // ("công ty Cổ phần sữa Việt Nam") stays one
      if (form != null && words.spelled(form) && (!upper || words.isAllCaps(k))) {
        k = form.to();
        formed = true;
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
          k > from && s.has(k, SEPARATORS)
              ? null
              : bodies.place(s, k, ignoreCase, false, k == from);
      if (p == null && anchored && k > from) {
        p = bodies.countryBeforeBrand(s, k, ignoreCase);
        brandAfter = p != null;
      }
      if (p == null && force && !(k > from && s.has(k, SEPARATORS))) {
        p = forceCountry(k); // "Không quân Nga hồi tháng 5", "Lục quân Ấn Độ Bipin Rawat"
      }
      if (p != null) {
        place = p;
        end = p.to();
        strong = true;
        Match second = words.pairedPlace(p.to());
        if (second == null) {
          second = words.placePair(p); // "Bắc Giang - Lạng Sơn": a route names the body
        }
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
      int zones = upper ? -1 : zonesAfter(k);
      if (zones > k) {
        lower += zones - k; // "Khu kinh tế Dung Quất | và các khu công nghiệp | Quảng Ngãi"
        k = zones;
        open = true;
        capitals = 0;
        continue;
      }
      if (!upper && k + 1 < s.size && s.is(k, "va") && words.levelBeforeCapital(k + 1)) {
        strong = true; // "Báo Kinh tế & Đô thị | và huyện Mỹ Đức": a place, the second side
        break;
      }
      if (!upper && isVa(k)) {
        k++;
        lower++;
        capitals = 0;
        continue;
      }
      Match keep = words.within(trie.longest(s, k, Kind.KEEP.bit(), true));
      if (!upper && keep == null && words.isStop(k)) {
        strong = true; // but "Tổng công ty cấp nước Sài Gòn": a keep phrase holds "cấp"
        break;
      }
      int starts = BODY_STARTS | (lower > 0 ? Kind.NAMED.bit() : 0);
      Match known = k > from && upper ? bodies.bodyAt(s, k, starts, ignoreCase) : null;
      if (known != null
          && !brandEnds(known, k)
          && !(keep != null && keep.to() > known.to())
          && !within(known)) {
        strong = true;
        break;
      }
      // a keep phrase longer than a body's head is a word of this name: "Tổng cục Chính trị | Công
      // an nhân dân" (not "Công an tỉnh ...", a second body)
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
        if (afterRole
            && !formed // "Công ty trách nhiệm hữu hạn Twin Bright": the company's own name
            && k > from
            && k == end
            && lower == 0
            && words.holderAfter(from, k)) {
          break; // "Hiệu trưởng Đại học Tohoku | Teiji Tominaga"
        }
        int person = eponymous(k, capitals);
        if (person > k) {
          namedUntil = personEnd = person; // "Trường Đại học Y khoa Phạm Ngọc Thạch": its name
        }
        if (k >= namedUntil
            && !(formed && !afterRole)
            && (lower > 0 || afterRole || k > from && words.isFullName(k))
            && !(k == districtTo && districtPair(k))
            && words.isPerson(k)) {
          namedUntil = words.namedElsewhere(k);
          if (namedUntil < 0) {
            break; // "Chủ nhiệm Văn phòng Quốc hội | Nguyễn Hạnh Phúc"
          }
        }
        // "thị xã Gia Nghĩa | đi kiểm tra": a district's two capitals are its proper name, not a
        // word's start (but one capital may take its second syllable: "huyện Tân lạc")
        boolean districtName = districtTo >= 0 && k - capitals == districtTo && capitals > 0;
        capitals++;
        anchored = true;
        lower = 0;
        // "Ảnh: ĐOÀN CƯỜNG": a family name and a given name in capitals, Vietnamese syllables
        // (not "ĐOÀN TNCS", an acronym)
        boolean capsGiven = capsHead && words.isAllCaps(k) && words.vietnamese(k);
        personLike &= (words.isTitleCase(k) || capsGiven) && capitals <= 3;
        end = ++k;
        if (!districtName
            && k != personEnd // "Chuyên Lê Quý Đôn | giành hai huy chương": the person ends it
            && words.companion(k - 1, k)
            && (capitals == 1 || words.cleanAfter(k + 1))) {
          end = ++k; // "Dầu khí", "Kinh tế": one word, capitalised on its first syllable
          open = true;
          capitals = 0;
          personLike = false;
        } else {
          // "Tổng công ty Cảng hàng không Việt Nam": a keep phrase goes on after a capital
          open = k < s.size && !s.has(k, SEPARATORS | Syllables.UPPER) && words.keepAfter(k);
        }
        open &= k != personEnd; // "Trường ... Phạm Ngọc Thạch | hồi tháng 2"
        continue;
      }
      if (s.number(k) >= 0) {
        int n = s.number(k);
        if (n >= YEAR_MIN && n <= YEAR_MAX) {
          strong = true; // "Đại học FPT | 2020": a date ends the name
          break;
        }
        // "Trung tâm Y tế dự phòng | 0938 060869": a telephone number, not the unit's own (but
        // "000" of "50.000" is no number's start)
        int at = s.start[k];
        if (at > 0
            && Character.isWhitespace(s.text[at - 1])
            && s.end[k] - at >= 3
            && s.text[at] == '0') {
          break;
        }
        boolean afterTail = open && lower > 0 && lower <= TAIL_MAX;
        // "Quân khu 7 ký kết", "Sư đoàn 372"; a numbered district: "Phòng GD&ĐT quận 1"
        // "Viện kiểm sát quân sự khu vực 31": the area a numbered head serves, its number
        // a unit's number has at most three digits ("Sư đoàn 372", "Bệnh viện 108"); "BV 9496 TS"
        // is a fishing boat's registration, "BV" its province's letters
        boolean unit =
            numbered && n < UNIT_NUMBER_MAX && (k == from || k == from + 2 && area(from))
                || k == districtTo;
        if (!unit && (!anchored || k != end && !afterTail)) {
          break; // "Công ty May 10", "Trung tâm Bảo trợ xã hội 1"
        }
        if (words.amount(k)) {
          // "Công ty PVNC | 30 tỉ đồng", not "Sông Đà 10"; lower-case words before an amount are
          // its verb, not the name's ("Công ty Tấn Phát | vay 130 tỉ đồng")
          break;
        }
        end = ++k;
        if (unit && k < s.size && s.joiner(k) == '-' && s.number(k) >= 0) {
          end = ++k; // "Bệnh viện 19-8", "Công ty 27-7": a day and month name the unit
        }
        open = false;
        anchored |= unit;
        continue;
      }
      int len = keep == null ? 1 : keep.to() - k;
      if (!open || lower + len > LOWER_MAX) {
        break;
      }
      personLike = false;
      Match districtWord = trie.longest(s, k, Kind.DISTRICT.bit(), true);
      if (districtWord != null) {
        district = true;
        districtTo = districtWord.to();
      }
      lower += len;
      k += len;
      capitals = 0;
    }
    if (open && lower > 0 && place == null && k < s.size && bodies.abbreviation(s, k) > k) {
      end = k; // "Quỹ quốc tế bảo vệ thiên nhiên (WWF)": the abbreviation vouches for it
      anchored = true;
    }
    if (strong && anchored && lower > 0 && lower <= TAIL_MAX && open && place == null) {
      end = k; // "Đại học Kinh tế quốc dân | đã": the last word's lower-case syllables
    }
    // after a capital or a state ("Viện Pháp tại Việt Nam (IFV)"); not after a ministry's head:
    // "Bộ Quy tắc ứng xử tại Biển Đông (COC)" is a code, not a body
    boolean state = place != null && place.entry().kind() == Kind.COUNTRY;
    int vouched = (anchored || state) && !ministry ? words.abbreviatedAcross(end) : -1;
    if (vouched > end) {
      end = k = vouched; // "Viện Trao đổi Văn hoá với Pháp (IDECAF)": one name, as written
      place = null;
      brandAfter = false;
      anchored = true;
    }
  }

  /**
   * Where the person a school or a hospital is named after ends (heads.tsv {@code eponym}): a
   * family name and one or two given names at k, whose capitals the walk then reads as the name's.
   * Only the name's first person, after at most two lower-case words of a field ("Bệnh viện đa khoa
   * Nguyễn Đình Chiểu") or one capitalised word ("Trường Trung học phổ thông Chuyên Lê Quý Đôn"),
   * with no title before the head ("Hiệu trưởng Trường ... Nguyễn Văn Bình" is the holder). Else k.
   */
  private int eponymous(int k, int capitals) {
    if (!eponym
        || afterRole
        || eponymTaken
        || lower > EPONYM_FIELD
        // "Trường THCS Lam Sơn | Bùi Khắc Tú", "Đại học Harvard | Tạ Văn Tài": named already
        || lower == 0 && (capitals > 1 || capitals == 1 && !words.vietnamese(k - 1))
        || !words.isPerson(k)) {
      return k;
    }
    eponymTaken = true;
    // "Trường Đại học Hùng Vương Thành phố Hồ Chí Minh": two syllables when a place follows them
    boolean three = words.isFullName(k) && bodies.place(s, k + 2, ignoreCase, false, false) == null;
    return k + (three ? 3 : 2);
  }

  /** A unit's number is below this: three digits at most. */
  private static final int UNIT_NUMBER_MAX = 1000;

  /** How many lower-case words of a field may stand before the person a body is named after. */
  private static final int EPONYM_FIELD = 2;

  /** "khu vực" at {@code at}, in lower case: the area a unit serves, before its number. */
  private boolean area(int at) {
    return at + 1 < s.size
        && s.is(at, "khu")
        && s.is(at + 1, "vuc")
        && !s.has(at, Syllables.UPPER | SEPARATORS)
        && !s.has(at + 1, SEPARATORS);
  }

  /**
   * "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi", "Ban quản lý Khu công
   * nghệ cao và các KCN Đà Nẵng": a board whose name holds an economic zone ({@code zone} of
   * signing-words.tsv) manages it with the province's other zones, written as "và các" and a zone
   * before the province that closes the name; one body, not the first and a class of bodies ("Sở Du
   * lịch và các đơn vị liên quan"). The syllable after the second zone, else -1.
   */
  private int zonesAfter(int at) {
    if (at + 2 >= s.size
        || !s.is(at, "va")
        || !isPlural(at + 1)
        || s.has(at + 1, SEPARATORS)
        || s.has(at + 2, SEPARATORS)
        || ZONES.find(s, from, at) < 0) {
      return -1;
    }
    Phrases.Phrase zone = ZONES.at(s, at + 2);
    int after = zone == null ? -1 : at + 2 + zone.length();
    return after > 0 && after < s.size && bodies.place(s, after, ignoreCase, false) != null
        ? after
        : -1;
  }

  /** Whether the word at {@code at} is "các", the plural marker, written in lower case. */
  private boolean isPlural(int at) {
    return at < s.size && s.is(at, "cac") && "các".equals(s.original(at));
  }

  /**
   * "Bộ các Lực lượng Vũ trang Cách mạng Cuba", "Bộ các Ngành Công nghiệp cơ bản New Zealand": a
   * foreign ministry named by its fields after "các" (the plural marker, else a stop word), when a
   * country closes the name after them; "Hiệp hội các nhà sản xuất xe máy Việt Nam", "Liên đoàn các
   * nhà khoa học Mỹ": an association named by its members after "các" (a noun of members right
   * after it), when a capital, a place or an abbreviation anchors the rest. Then this walk takes
   * the rest's end and place.
   */
  private boolean pluralFields() {
    Phrases.Phrase member = ministry ? null : MEMBERS.at(s, from + 1);
    if (!ministry && member == null) {
      return false; // "Liên minh các lực lượng quân sự châu Âu": the plural of what it does
    }
    // the members' noun is the head of the rest: "Liên hiệp các Hội | Văn học nghệ thuật Việt Nam"
    int restFrom = from + 1 + (member == null ? 0 : member.length());
    if (restFrom >= s.size || s.has(restFrom, SEPARATORS)) {
      return false;
    }
    NameWalk rest = new NameWalk(bodies, trie, s, restFrom, ignoreCase);
    rest.ministry = ministry;
    rest.afterRole = afterRole;
    rest.run();
    Match list = member != null && rest.place == null ? commaFields.membersToState(rest.k) : null;
    if (list != null) {
      rest.end = list.to(); // "Hiệp hội các trường ĐH, CĐ Việt Nam": two kinds of members
      rest.k = list.to();
      rest.place = list;
    }
    boolean state = rest.place != null && rest.place.entry().kind() == Kind.COUNTRY;
    boolean named =
        ministry
            ? state && rest.place.from() != restFrom
            : (rest.anchored || rest.place != null) && (!rest.bareType || members);
    if (!named) {
      return false; // "Bộ các tỉnh Nam Tây Nguyên", "Bộ các anh", "Hội các nhà khoa học đã"
    }
    end = rest.end;
    k = rest.k;
    place = rest.place;
    anchored = rest.anchored;
    firstUpper = rest.firstUpper;
    personLike = false;
    if (members) {
      district = rest.district;
      brandAfter = rest.brandAfter;
      // "Liên hiệp các Hội Văn học Nghệ thuật tỉnh Gyeonggi": the level word and the unit abroad
      // after it, read as after a name with no members (NamedBodies.bareProvince)
      bareType = rest.bareType;
    }
    return true;
  }

  /**
   * "Coca-Cola", "Mercedes-Benz", "Co-opBank", "Co.opmart": a hyphen or a dot with no space on
   * either side, between two parts of which one at least spells no Vietnamese syllable, joins one
   * foreign word; not the spaced dash of "Kinh tế - Tài chính", nor "Việt-Nhật", nor a body after
   * it ("Đại học Cambridge-Đại học Oxford").
   */
  private boolean inWordHyphen(int at) {
    return at < s.size
        && (s.joiner(at) == '-' || s.joiner(at) == '.')
        && s.sentence[at] == s.sentence[at - 1]
        && !s.has(at, Syllables.BREAK | Syllables.COMMA)
        && letters(at - 1)
        && letters(at)
        && (!words.vietnamese(at - 1) || !words.vietnamese(at))
        && (s.id[at] < 0
            || bodies.bodyAt(s, at, BODY_STARTS | Kind.NAMED.bit(), ignoreCase) == null);
  }

  /** Whether syllable k is written in letters only (not "15" of "15-16", a day or a number). */
  private boolean letters(int k) {
    for (int i = s.start[k]; i < s.end[k]; i++) {
      if (!Character.isLetter(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Trung tâm Khuyến nông, khuyến lâm tỉnh Quảng Trị": a comma right after a field of the name,
   * then lower-case words that start no body and reach a province with its type, joins a second
   * field (two common nouns), not a second body.
   */
  private boolean commaField(int at) {
    return open
        && anchored
        && at == end
        && s.has(at, Syllables.COMMA)
        && !s.has(at, Syllables.BREAK | Syllables.DASH | Syllables.UPPER)
        && words.leadsToPlace(at)
        && !words.startsBodyAfterLower(at);
  }

  /**
   * Whether a province or city with its type word and a capital starts at syllable k: a role word
   * right before it is a field of the name, not what the body is ("Đảng ủy khối cơ quan - doanh
   * nghiệp tỉnh Hà Giang", where "Tổng công ty Becamex IDC – doanh nghiệp nhà nước lớn nhất tỉnh
   * Bình Dương" describes the body).
   */
  private boolean provinceAfter(int k) {
    if (k + 1 >= s.size) {
      return false;
    }
    if (s.is(k, "tinh")) {
      return s.has(k + 1, Syllables.UPPER);
    }
    return k + 2 < s.size
        && s.is(k, "thanh")
        && s.is(k + 1, "pho")
        && s.has(k + 2, Syllables.UPPER);
  }

  /** "Kinh tế - Tài chính", "Việt - Tiệp": a dash between two words of one name. */
  private boolean dashJoins(int at) {
    if (!s.has(at, Syllables.DASH) || s.has(at, Syllables.BREAK | Syllables.COMMA)) {
      return false;
    }
    if (!s.has(at, Syllables.UPPER)) {
      Phrases.Phrase role = NewsFrame.words("dash-role").at(s, at);
      if (role != null && !provinceAfter(at + role.length())) {
        return false; // "Công ty Hùng Thanh - chủ đầu tư chung cư Carina": what the body is
      }
      boolean toCapital = (open || anchored && at == end) && words.leadsToCapital(at);
      // "Trường ĐH Kinh tế - luật vừa ký", "Thanh tra Bộ Tài nguyên - môi trường công bố": a
      // field written as a word (capital, then lower case) and, after the dash, its second field
      // in lower case up to where the clause goes on; not after a proper name ("Công ty Nhựa Tín
      // Thành - doanh nghiệp tốp đầu trong ngành"), not a title or another body, and not the dash
      // that closes an aside ("Ông A - trưởng phòng Học viện Chính trị - đáp rằng")
      boolean field =
          anchored
              && at == end
              && at - 2 >= from
              && words.companion(at - 2, at - 1)
              && words.fieldAfterDash(at)
              && !words.asideOpen(from);
      if (!toCapital && !field) {
        return false;
      }
      open = true;
      dashField = field && !toCapital;
      return true; // "Rượu - bia - nước giải khát Sài Gòn", "xây dựng - may thêu Trường Thịnh"
    }
    if (at - 1 >= from && Initialisms.INSTANCE.dashed(s.original(at - 1), s.original(at))) {
      return true; // "Đài PT - TH tỉnh": one initialism of initialisms.tsv, written with spaces
    }
    boolean paired = pairedWithViet(at); // "Việt Nam - Hàn Quốc": a country, not Mr Hàn Quốc
    if (!anchored
        || at != end && !open
        || !words.isTitleCase(at)
        || words.isPerson(at) && !paired
        || words.isLabel(at)) {
      return false;
    }
    int starts = BODY_STARTS | Kind.NAMED.bit() | Kind.PROVINCE.bit() | Kind.TYPE.bit();
    boolean nameEnds =
        at + 1 >= s.size || !s.has(at + 1, Syllables.UPPER) || s.has(at + 1, SEPARATORS);
    // "Novaland - The Boston Consulting Group": a foreign name of several words is a second body;
    // "Văn Phú – Invest": one foreign word that ends the name completes it, unless the article
    // also writes it alone, the brand of the name before it ("Sài Gòn Thương Tín - Sacombank")
    return (paired
            || words.vietnamese(at) && (nameEnds || words.vietnamese(at + 1))
            || nameEnds && !standsAlone(at))
        && (s.id[at] < 0
            || bodies.bodyAt(s, at, starts, ignoreCase) == null
                && (bodies.country(s, at, ignoreCase) == null || paired));
  }

  /**
   * "Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An", "Trường Cao đẳng nghề Việt Nam - Hàn Quốc": a
   * country after "Việt -", "Việt Nam -" or another state and a dash ("Lào - Trung Quốc") is the
   * second of a pair of countries inside the name, not a state that closes it.
   */
  private boolean pairedWithViet(int at) {
    if (at >= s.size || !s.has(at, Syllables.DASH)) {
      return false;
    }
    for (int k = at - 1; k >= from && k >= at - 2; k--) {
      if (bodies.pairOfCountries(s, k, ignoreCase)
          && (s.is(k, "viet") || bodies.country(s, k, ignoreCase).to() == at)) {
        return true; // "Lào - Trung Quốc": the first state ends right before the dash
      }
    }
    return false;
  }

  /** Whether the word at {@code at} stands elsewhere in the text without a dash before it. */
  private boolean standsAlone(int at) {
    String word = s.original(at);
    for (int j = 0; j < s.size; j++) {
      if (j != at && !s.has(j, Syllables.DASH) && word.equals(s.original(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "và" or "về" inside a name: before a compound that starts no body of its own ("Kế hoạch và Đầu
   * tư", "Cơ quan Liên bang về Hợp tác Kỹ thuật"), or before lower-case words that lead to the
   * name's capital ("Viện Hàn lâm khoa học và xã hội Việt Nam").
   */
  private boolean isVa(int at) {
    boolean joins = s.is(at, "va") || s.is(at, "ve") && "về".equals(s.original(at));
    if (!joins || !anchored || at != end && !open || at + 1 >= s.size) {
      return false;
    }
    int next = at + 1;
    if (!s.has(next, Syllables.UPPER) && !s.has(next, SEPARATORS)) {
      if (dashField && words.fieldAfterDash(next)) {
        end = at; // "Lao động - thương binh | và xã hội cùng": the fields so far, then the last
        lower = 0;
        return true;
      }
      if (open && words.leadsToCapital(next) && words.parentAfterLower(next)) {
        end = at; // "Khoa học xã hội | và nhân văn - ĐHQG TP.HCM": the last field, then the parent
        lower = 0;
        return true;
      }
      if (open && lower <= TAIL_MAX && words.leadsToPlace(next)) {
        // "Ban Chỉ huy phòng chống thiên tai | và tìm kiếm cứu nạn tỉnh Lai Châu": the first field
        // ends the name if the place is not reached; the second counts its own syllables
        end = at;
        lower = 0;
        return !words.startsBodyAfterLower(next);
      }
      return open
          && words.leadsToCapital(next)
          && !words.startsBodyAfterLower(next)
          && !words.headBeforeCapital(next);
    }
    if (!open && at == end || !words.companion(next, next + 1)) {
      return !open && at == end && fieldBeforeState(next); // not "Tập đoàn Novaland và Đội ..."
    }
    if (!s.has(next, Syllables.UPPER) || s.has(next, SEPARATORS) || words.isPerson(next)) {
      return false;
    }
    int starts = BODY_STARTS | Kind.NAMED.bit() | Kind.PROVINCE.bit();
    Match country = bodies.country(s, next, ignoreCase); // "Pháp luật" is a word, not "Pháp"
    return bodies.bodyAt(s, next, starts, ignoreCase) == null
        && (country == null || country.to() == next + 1 && FieldWords.isWord(trie, s, next))
        && !branchOfBody(next);
  }

  /**
   * Whether "Chi nhánh" and a body's head start at {@code next}, right after "và": the branch of
   * that body ("Công đoàn ngành Giáo dục | và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng
   * Bình"), no second field of the name. Not any word before a head: "Ủy ban Giám sát và Cải cách
   * Chính phủ", "Văn phòng Đại diện Văn hoá và Kinh tế Đài Bắc" are one body each.
   */
  private boolean branchOfBody(int next) {
    int at = next + 2;
    return at < s.size
        && s.is(next, "chi")
        && s.is(next + 1, "nhanh")
        && s.has(at, Syllables.UPPER)
        && !s.has(at, SEPARATORS)
        && bodies.bodyAt(s, at, BODY_STARTS | Kind.NAMED.bit(), ignoreCase) != null;
  }

  /**
   * "Hội đồng Bông và Điều Bờ Biển Ngà (CCA)": one capitalised Vietnamese word after "và" that a
   * foreign state closes right after is the name's second field (cotton and cashew), not a body.
   */
  private boolean fieldBeforeState(int next) {
    if (next + 1 >= s.size
        || s.has(next + 1, SEPARATORS)
        || !words.vietnamese(next)
        || BrandWords.shaped(s, next)
        || words.isPerson(next)) {
      return false;
    }
    int starts = BODY_STARTS | Kind.NAMED.bit() | Kind.PROVINCE.bit() | Kind.COUNTRY.bit();
    if (s.id[next] >= 0 && bodies.bodyAt(s, next, starts, ignoreCase) != null) {
      return false;
    }
    Match state = bodies.country(s, next + 1, ignoreCase);
    return state != null
        && !"Việt Nam".equals(state.entry().value())
        && state.to() - state.from() > 1
        && (bodies.closes(s, state)
            || bodies.countryBeforeBrand(s, state.from(), ignoreCase) != null);
  }

  String text() {
    if (place == null || place.entry().kind() != Kind.COUNTRY) {
      return s.original(from, end);
    }
    String country = place.entry().value();
    return place.from() == from
        ? country
        : s.original(from, ForeignBodies.ownWordsEnd(s, from, place.from())) + " " + country;
  }

  /**
   * A country at {@code k} that ends a force's name whatever follows it: a force is named by its
   * state ("Hải quân Mỹ thử nghiệm tên lửa", "Không quân Ấn Độ Birender Singh Dhanoa"), where the
   * name of another body would go on ("Công ty Mỹ Phước"). Not a one-syllable country after a
   * capital of the name ("Quân khu Chương Mỹ" would be a place of ours).
   */
  private Match forceCountry(int at) {
    Match c = bodies.country(s, at, ignoreCase);
    boolean insideName =
        c != null && c.to() - at == 1 && at > from && s.has(at - 1, Syllables.UPPER);
    return insideName ? null : c;
  }

  /**
   * A head flagged within after lower-case words: where the body works, a word of its name ("Chi
   * cục Hải quan cửa khẩu | Cảng Sài Gòn"), read on as capitals are.
   */
  private boolean within(Match known) {
    return lower > 0
        && known.entry().kind() == Kind.NAMED
        && known.entry().head() != null
        && known.entry().head().within();
  }

  /**
   * "Tổng công ty CP Bưu chính Viettel", "Tổng công ty Điện lực TKV – CTCP": a group's brand (a
   * listed body written as one word other than its name) that ends a company's name is the name's
   * last word, not another body; not after "và" ("Công ty A và BIDV").
   */
  private boolean brandEnds(Match known, int k) {
    return known.entry().kind() == Kind.NATIONAL
        && known.to() == k + 1
        && !known.entry().value().equals(s.original(k))
        && !isVa(k - 1)
        && (k + 1 >= s.size
            || s.has(k + 1, SEPARATORS | Syllables.PAREN)
            || !s.has(k + 1, Syllables.UPPER));
  }

  /**
   * Two capitalised words right after a district word, then no third: the district's name even when
   * the first is a family name ("Phòng Lao động - Thương binh và Xã hội huyện Châu Thành ký",
   * "Phòng Giáo dục và Đào tạo huyện Châu Đức,"), as ProvincialBodies reads a local head's
   * district; a person after a district word is written with three ("UBND huyện Nguyễn Văn A").
   */
  private boolean districtPair(int k) {
    int q = k + 2;
    return q <= s.size
        && s.has(k + 1, Syllables.UPPER)
        && !s.has(k + 1, SEPARATORS)
        && (q == s.size || s.has(q, SEPARATORS) || !s.has(q, Syllables.UPPER));
  }
}
