package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Finds the organisations an article names, with canonical names: national bodies from the
 * gazetteer, provincial bodies by head + province ("Sở LĐ-TB&XH Long An", "LĐLĐ tỉnh", "Liên đoàn
 * Lao động và Sở ... Long An" sharing one province), named bodies ("Công ty ..."); and, in the same
 * walk, trigger phrases and signers' titles.
 */
final class OrganisationMatcher {
  private static final int MAIN =
      Kind.NATIONAL.bit()
          | Kind.PROVINCE.bit()
          | Kind.LOCAL.bit()
          | Kind.NAMED.bit()
          | Kind.TRIGGER.bit()
          | Kind.ROLE.bit()
          | Kind.COUNTRY.bit()
          | Kind.WORD.bit();

  /** How a provincial body's province was found. */
  enum Where {
    /** Not a provincial body. */
    NA,
    /** Named right after the head: "Sở Y tế Long An". */
    EXPLICIT,
    /** "tỉnh" alone: the province the article is about. */
    BARE,
    /** "các tỉnh", "cấp tỉnh": a kind of body, not one body. */
    GENERIC,
    /** No province at all, or a district-level one. */
    NONE
  }

  /** A name at syllables [from, to); {@code name} is canonical, or null when not one body. */
  record Mention(int from, int to, Kind kind, String name) {}

  /** A trigger phrase or a title at syllables [from, to). */
  record Hit(int from, int to, String value, int rank) {}

  /** "(Sabeco)" after a named body: the article's own abbreviation for it. */
  record Alias(String abbreviation, String name) {}

  /**
   * Everything one walk found. {@code places}: provinces and cities named on their own (not as part
   * of a body), kind PROVINCE, name the gazetteer's canonical name ("Thành phố Hồ Chí Minh", "Nghệ
   * An"), for a province that signs as a party; and countries, kind COUNTRY ("Nhật Bản", "Hoa Kỳ"
   * for "Mỹ"), for states that sign a treaty. {@code aliases}: abbreviations the article defines.
   */
  record Scan(
      List<Mention> mentions,
      List<Hit> triggers,
      List<Hit> roles,
      Province province,
      List<Mention> places,
      List<Alias> aliases) {
    /** The canonical names of all mentions that are one body, first mention first, no repeats. */
    List<String> names() {
      List<String> out = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.name() != null && !out.contains(m.name())) {
          out.add(m.name());
        }
      }
      return out;
    }
  }

  private final NameTrie trie;
  private final NamedBodies named;
  private final ForeignBodies foreign;
  private final FieldJoins fields;
  private final UnitBodies units;
  private final ProvincialBodies provincial;
  private final ParentBodies parents;
  private final Branches branches;
  private final HeadLists lists;

  OrganisationMatcher(NameTrie trie, java.util.Set<String> surnames) {
    this.trie = trie;
    this.named = new NamedBodies(trie, surnames);
    this.foreign = new ForeignBodies(trie, named);
    this.fields = new FieldJoins(trie, named);
    this.units = new UnitBodies(trie, named);
    this.provincial = new ProvincialBodies(trie, named);
    this.parents = new ParentBodies(trie, named, foreign);
    this.branches = new Branches(trie, named);
    this.lists = new HeadLists(trie);
  }

  static final class Draft {
    final int from;
    int to;
    final Match head;
    Kind kind;
    Where where;
    Province province;
    String name;

    /** The foreign state that closes the name ("Bộ Nội vụ Nhật Bản"), else null. */
    String state;

    /** The district or town a local body's name ends with ("huyện Hương Sơn"), else null. */
    String district;

    Draft(int from, int to, Match head, Where where) {
      this.from = from;
      this.to = to;
      this.head = head;
      this.kind = head.entry().kind();
      this.where = where;
    }

    /** The same body, its mention starting at {@code start} ("các" before it, a listed state). */
    Draft startingAt(int start) {
      Draft out = new Draft(start, to, head, where);
      out.kind = kind;
      out.province = province;
      out.name = name;
      out.state = state;
      out.district = district;
      return out;
    }
  }

  /**
   * "Cảng vụ hàng hải Đà Nẵng, Quảng Ngãi, Bình Định và Bộ Tư lệnh ...": a body's name that ends
   * with a province of ours, then more provinces ({@link ProvincialBodies#morePlaces}), is the body
   * of each: the name with each province as written, added to the drafts. The last draft.
   */
  private Draft sharedPlaces(Syllables s, Draft d, List<Draft> drafts, boolean ignoreCase) {
    if (d.where != Where.NA || d.name == null || d.to >= s.size || d.state != null) {
      return d;
    }
    int k = d.to - 1;
    Match prov = null;
    for (; k > d.from && k >= d.to - 4; k--) {
      Match at = trie.longest(s, k, Kind.PROVINCE.bit(), ignoreCase);
      if (at != null && at.to() == d.to && s.has(k, Syllables.UPPER)) {
        prov = at;
        break;
      }
    }
    if (prov == null) {
      return d;
    }
    int t = k; // the province's own type, if written: "TP. Hà Nội"
    for (int j = Math.max(d.from + 1, k - 3); j < k; j++) {
      Match type = trie.longest(s, j, Kind.TYPE.bit(), true);
      if (type != null && type.to() == k) {
        t = j;
        break;
      }
    }
    for (int j = d.from + 1; j <= t; j++) {
      if (s.has(j, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)) {
        return d; // "Khu công nghiệp X, TP Hải Dương": the body's seat, no name of a province
      }
    }
    // the word before is the name's own, in lower case: "Cảng vụ hàng hải Quảng Ninh"; not a
    // person's or a place's ("Trường THPT Nguyễn Huệ", "Hội Nông dân Việt Nam Hải Phòng"), nor a
    // district's level word ("quỹ đất huyện Quảng Ninh")
    Match level = trie.longest(s, t - 1, Kind.DISTRICT.bit(), true);
    if (s.has(t - 1, Syllables.UPPER) || level != null && level.to() == t) {
      return d;
    }
    String written = s.original(t, d.to);
    if (!d.name.endsWith(" " + written)) {
      return d;
    }
    String stem = d.name.substring(0, d.name.length() - written.length());
    Draft last = d;
    for (PlaceLists.Place place :
        ProvincialBodies.morePlaces(s, trie, d.to, prov.entry().province(), ignoreCase)) {
      last = new Draft(place.from(), place.to(), d.head, Where.NA);
      last.name = stem + s.original(place.from(), place.to());
      drafts.add(last);
    }
    return last;
  }

  /**
   * A national body's name that starts in lower case must be spelled as listed, tone marks
   * included: the folded trie would read "công bố thông tin" (publishes information) as "Bộ Thông
   * tin" and tag every such article with the ministry. Written with its capital, the name is
   * trusted as before, and so is a name typed without any marks ("bo lao dong", as a user types a
   * party to filter by).
   */
  private boolean misspelledInLowerCase(Syllables s, Match m, boolean ignoreCase) {
    String spelled = m.entry().kind() == Kind.NATIONAL ? m.entry().spelled() : null;
    // a name typed to filter by is read in any case ("hoi lhpn vn"); only running text tells a
    // state by its capital
    if (spelled != null && !ignoreCase && lowerCaseState(s, m, spelled)) {
      return true;
    }
    if (spelled == null || s.has(m.from(), Syllables.UPPER)) {
      return false;
    }
    String written = s.original(m.from(), m.to());
    return !unmarked(written) && !NameBounds.sameSpelling(written, spelled);
  }

  /**
   * Whether a country that the listed name writes with its capital is written in lower case, tone
   * marks as listed (not "lao" of "lao động" for Lào): "đánh hội đồng anh T." (beat him, as a gang)
   * is not "Hội đồng Anh" (British Council).
   */
  private boolean lowerCaseState(Syllables s, Match m, String spelled) {
    String[] words = spelled.split(" ");
    if (words.length != m.to() - m.from()) {
      return false;
    }
    for (int k = m.from() + 1; k < m.to(); k++) {
      String listed = words[k - m.from()];
      if (!s.has(k, Syllables.UPPER)
          && Character.isUpperCase(listed.charAt(0))
          && NameBounds.sameSpelling(s.original(k), listed)
          && named.country(s, k, true) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether no letter of {@code text} carries a diacritic ("đ" counts as one). */
  static boolean unmarked(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && VietnameseAnalysis.fold(c) != Character.toLowerCase(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Đại sứ quán Pháp tại Việt Nam", "Phòng Thương mại và Công nghiệp Đức tại Việt Nam", "Văn phòng
   * Kinh tế - Văn hóa Việt Nam tại Đài Bắc", "Tổ chức Plan International tại Việt Nam": where the
   * body sits, "tại" and a place right after its name, is part of the name, as a state has one
   * embassy, chamber or office in each country or city. A head flagged {@code seat} in heads.tsv (a
   * mission, an office, an organisation) takes a province, a country or a foreign city; any other
   * body named by a state it closes with takes only a country ("Tập đoàn Samsung Hàn Quốc tại Việt
   * Nam"): a city after a ministry's or a company's name is where it signs ("Bộ Quốc phòng Ấn Độ
   * tại New Delhi"). A listed body keeps its listed name ("Hội đồng Anh"). The seat is written one
   * way ({@link SeatNames}): "Đại sứ quán Hoa Kỳ tại Hà Nội" is "... tại Việt Nam".
   */
  private void withSeat(Syllables s, Draft d, boolean ignoreCase) {
    if (d.name == null || d.to >= s.size || !s.is(d.to, "tai")) {
      return;
    }
    NameTrie.Entry e = d.head.entry();
    if (e.kind() == Kind.NATIONAL && d.name.equals(e.value())) {
      return;
    }
    boolean seat = e.kind() == Kind.NAMED && e.head().seat();
    if (!seat && !endsInCountry(s, d, ignoreCase) || listedUpTo(s, d, ignoreCase)) {
      return;
    }
    int end = named.seatAfter(s, d.to, seat, ignoreCase);
    if (end < 0
        && e.kind() == Kind.NAMED
        && ASSOCIATION.equals(e.head().kind())
        && !d.name.contains(VIET_NAM)) {
      // "Hiệp hội Doanh nghiệp Nhật Bản tại Bình Dương": a foreign community's association sits
      // in a province of ours, one in each, as a state's consulates sit in cities
      end = named.provinceSeatAfter(s, d.to, ignoreCase);
    }
    if (end > d.to) {
      String head = e.kind() == Kind.NAMED ? e.head().canonical() : null;
      d.name = d.name + " tại " + SeatNames.INSTANCE.written(named, trie, s, d.to + 1, end, head);
      d.to = end;
    }
  }

  /**
   * Whether the draft's name, or the name after its head, is a listed body's ("Tổ chức UN Women",
   * UN Women): it keeps the listed name, its country office no other.
   */
  private boolean listedUpTo(Syllables s, Draft d, boolean ignoreCase) {
    for (int at : new int[] {d.from, d.head.to()}) {
      Match m = at < d.to ? trie.longest(s, at, Kind.NATIONAL.bit(), ignoreCase) : null;
      if (m != null && m.to() == d.to) {
        return true;
      }
    }
    return false;
  }

  /** Whether a country ends the draft's name ("Đại sứ quán Pháp", "Tập đoàn Samsung Hàn Quốc"). */
  private boolean endsInCountry(Syllables s, Draft d, boolean ignoreCase) {
    for (int j = Math.max(d.from + 1, d.to - 3); j < d.to; j++) {
      Match c = named.country(s, j, ignoreCase);
      if (c != null && c.to() == d.to) {
        return true;
      }
    }
    return false;
  }

  /** The kind of heads.tsv whose bodies a foreign community sets up in each place it lives. */
  private static final String ASSOCIATION = "association";

  /** Our own state: an association that names it is ours, not a foreign community's. */
  private static final String VIET_NAM = "Việt Nam";

  Scan scan(Syllables s, boolean ignoreCase) {
    return scan(s, ignoreCase, null);
  }

  /**
   * The walk, with {@code outlet} the province of the provincial outlet the article comes from
   * ({@link OutletProvinces}), else null: the province of its bodies written bare when no body and
   * no leader's title names one.
   */
  Scan scan(Syllables s, boolean ignoreCase, Province outlet) {
    List<Draft> drafts = new ArrayList<>();
    List<Hit> triggers = new ArrayList<>();
    List<Hit> roles = new ArrayList<>();
    List<Mention> places = new ArrayList<>();
    List<Province> typedPlaces = new ArrayList<>();
    List<Province> namedPlaces = new ArrayList<>();
    List<Mention> ours = new ArrayList<>(); // the provinces of ours named as places
    List<Alias> aliases = new ArrayList<>();
    int roleEnd = -1;
    int k = 0;
    while (k < s.size) {
      Draft government = ignoreCase || !UnitBodies.mayGovern(s, k) ? null : units.government(s, k);
      if (government != null) {
        drafts.add(government); // "Chính quyền Nhân dân Khu tự trị Quảng Tây"
        k = government.to;
        continue;
      }
      Match m = s.id[k] < 0 ? null : trie.longest(s, k, MAIN, ignoreCase);
      if (m != null
          && m.entry().kind() == Kind.WORD
          && !hasCapitalTail(s, m, ignoreCase)
          && !beforeZone(s, m, ignoreCase)) {
        k = m.to(); // "Hội nghị", "Viện phí": no head
        continue;
      }
      if (m != null && m.entry().kind() == Kind.WORD) {
        m = trie.longest(s, k, MAIN & ~Kind.WORD.bit(), ignoreCase);
      }
      if (m != null
          && m.entry().kind() == Kind.ROLE
          && !ignoreCase
          && (!NameBounds.sameSpelling(s.original(m.from(), m.to()), m.entry().value())
              || dashInside(s, m))) {
        // a title as spelled, its tone marks too: "thị trường" (the market) is no "Thị trưởng";
        // and no dash inside: "ông Nguyễn Thành Đô - trưởng Ban ..." is no "Đô trưởng"
        m = trie.longest(s, k, MAIN & ~Kind.ROLE.bit() & ~Kind.WORD.bit(), ignoreCase);
      }
      if (m == null || misspelledInLowerCase(s, m, ignoreCase)) {
        k++;
        continue;
      }
      if (m.entry().kind() == Kind.NATIONAL) {
        Match branch = provincial.branch(s, m, ignoreCase);
        m = branch == null ? m : branch; // "Ủy ban MTTQ Việt Nam TP.HCM" is the city's committee
      }
      NameTrie.Entry e = m.entry();
      boolean asUnit = false; // "Viettel Hải Dương": a group's unit in a province
      List<Draft> states = e.kind() == Kind.NATIONAL ? foreign.ofStates(s, m) : null;
      if (states != null) {
        drafts.addAll(states);
        k = states.get(states.size() - 1).to;
        continue;
      }
      Draft abroad = e.kind() == Kind.NATIONAL ? fields.of(s, m) : null;
      if (abroad == null && e.kind() == Kind.NATIONAL) {
        abroad = fields.adjoined(s, m); // "Bộ Giao thông Công chính Campuchia"
      }
      if (abroad == null && (e.kind() == Kind.NATIONAL || e.kind() == Kind.LOCAL)) {
        abroad = foreign.of(s, m);
      }
      if (abroad == null && (e.kind() == Kind.NATIONAL || e.kind() == Kind.LOCAL)) {
        abroad = units.of(s, m); // "Bộ Khoa học và Nghệ thuật bang Hessen (Đức)"
      }
      if (abroad == null && e.kind() == Kind.NATIONAL) {
        abroad = foreign.headAfter(s, m); // "Trung ương Đoàn | Thanh niên ... Lào"
      }
      if (abroad != null) {
        drafts.add(abroad);
        k = abroad.to;
        continue;
      }
      switch (e.kind()) {
        case NATIONAL -> {
          int unit = branches.unitProvince(s, m, ignoreCase);
          unit = unit > m.to() ? unit : branches.levelBranch(s, m, ignoreCase);
          boolean listed = unit > m.to() && e.value().endsWith(" " + s.original(m.to(), unit));
          // a body listed with its own province has no unit in another ("Cty xử lý rác Formosa
          // Phú Thọ", a headline's "the waste firm of Formosa, in Phú Thọ")
          asUnit =
              unit > m.to()
                  && (listed
                      || !branches.brandsOwnProvince(e.value(), s.original(m.from(), m.to())));
          Draft d = new Draft(m.from(), asUnit ? unit : foreign.ours(s, m.to()), m, Where.NA);
          // "Viettel Hải Dương": the group's unit in the province, named as withBranch names
          // "Chi nhánh Viettel Hải Dương" (one unit, one name), unless the listed name holds the
          // province already ("Formosa Hà Tĩnh")
          d.name =
              !asUnit || listed
                  ? e.value()
                  : e.value() + " chi nhánh " + named.spelledOut(s, m.to(), unit);
          parents.withLegalForm(s, d, ignoreCase);
          if (asUnit && !listed) {
            d.to = branchOfOwnGroup(s, d.to, e.value());
          }
          drafts.add(d);
          m = new Match(e, m.from(), d.to);
        }
        case LOCAL -> {
          List<Draft> list = provincial.list(s, m, ignoreCase);
          if (list.isEmpty()) {
            Draft d = provincial.read(s, m, ignoreCase);
            drafts.add(d);
            int q = m.to();
            while (q < d.to && s.has(q, Syllables.PAREN)) {
              q++; // "Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh": the body's own abbreviation
            }
            m = new Match(e, m.from(), q);
          } else {
            drafts.addAll(list);
            m = new Match(e, m.from(), list.get(list.size() - 1).to);
          }
        }
        case NAMED -> {
          // "Chủ tịch Tập đoàn Lê Mạnh Hùng": the title's body, then the person; not a province
          // that starts like a surname ("Chính ủy Bộ đội Biên phòng Hà Tĩnh", "Tư lệnh Hạm đội
          // Thái Bình Dương")
          boolean person =
              m.from() == roleEnd
                  && named.isPerson(s, m.to())
                  && trie.longest(s, m.to(), Kind.PROVINCE.bit(), ignoreCase) == null;
          Draft d =
              named.isHead(s, m) && !person
                  ? parents.read(s, m, ignoreCase, aliases, m.from() == roleEnd)
                  : null;
          Draft abroadRead = d == null ? null : fields.ofRead(s, d);
          d = abroadRead == null ? d : abroadRead; // "Bộ Năng lượng và Mỏ Lào"
          if (d != null && organAlone(s, d)) {
            d = null; // "Ban Thường vụ Tỉnh uỷ": the committee's organ, no body of its own
          }
          List<Draft> each = d == null ? List.of() : provincial.namedList(s, d, ignoreCase);
          if (!each.isEmpty()) {
            drafts.addAll(each); // "Hiệp hội Doanh nghiệp các tỉnh A, B, C"
            m = new Match(e, m.from(), each.get(each.size() - 1).to);
          } else if (d != null) {
            drafts.add(d);
            Draft last = sharedPlaces(s, d, drafts, ignoreCase);
            last = last == d ? lists.spread(s, d, drafts) : last; // "các Đồn Biên phòng A, B"
            m = new Match(e, m.from(), last.to);
          }
        }
        case PROVINCE -> {
          if (givenName(s, m.from(), roleEnd)) {
            break; // "ông Trần Thái Bình": a person's given name, no place of the story
          }
          Mention place = place(s, m);
          places.add(place);
          namedPlaces.add(e.province());
          if (!e.province().abroad()) {
            ours.add(place);
          }
          if (place.from() < m.from()) {
            typedPlaces.add(e.province()); // "trên địa bàn tỉnh Gia Lai"
          }
        }
        case COUNTRY -> {
          if (named.country(s, m.from(), ignoreCase) != null) {
            places.add(new Mention(m.from(), m.to(), Kind.COUNTRY, e.value()));
          }
        }
        case TRIGGER -> {
          if (!"-".equals(e.value())) {
            triggers.add(new Hit(m.from(), m.to(), e.value(), e.triggerRank()));
          }
        }
        case ROLE -> {
          roles.add(new Hit(m.from(), m.to(), e.value(), 0));
          roleEnd = m.to();
        }
        default -> {}
      }
      if (!asUnit && (e.kind() == Kind.NATIONAL || e.kind() == Kind.NAMED)) {
        // a unit is its own branch: "Viettel TP. HCM - chi nhánh Tập đoàn ..." says what it is
        m = withBranch(s, m, drafts, ignoreCase);
      }
      k = m.to();
    }
    for (Draft d : drafts) {
      withSeat(s, d, ignoreCase);
    }
    foreign.shareState(s, drafts);
    if (!aliases.isEmpty()) {
      AliasUses.add(
          s,
          drafts,
          aliases,
          d -> d.from,
          d -> d.to,
          (from, to, name) -> {
            Draft d = new Draft(from, to, ALIAS_HEAD, Where.NA);
            d.name = name;
            return d;
          });
    }
    for (Draft d : drafts) {
      d.name = definedName(d, aliases);
    }
    provincial.shareProvinces(s, drafts);
    provincial.datelined(s, drafts);
    Province main = ProvincialBodies.mainProvince(drafts);
    Province bodiesMain = main; // the province its bodies name most, before any other sign
    if (main == null) {
      // "Sở Nông nghiệp ..., Hội Nông dân tỉnh, ... đã ký ... Chủ tịch UBND tỉnh Đồng Tháp Nguyễn
      // Văn Dương dự": no body names the province, a leader's title does
      main = titleProvince(s, roles);
    }
    if (main == null) {
      // "BHXH tỉnh vừa ký ... với Bưu điện tỉnh Tiền Giang": only a named body's own name ends in
      // the province
      main = provincial.closingOnly(s, drafts);
    }
    if (main == null) {
      // "Hội Cựu chiến binh và Hội Nông dân tỉnh ký kết ... trên địa bàn tỉnh Gia Lai": the
      // one province of ours the text writes with its type word, where the story is
      main = onlyTyped(typedPlaces, places);
    }
    Province only = ProvincialBodies.onlyProvince(drafts);
    if (main == null && only == null) {
      // "(Báo X TP.HCM) ... Hội Liên hiệp Phụ nữ TP và Thành đoàn cùng ký": the one province of
      // ours the text names at all, with its type word or without ("tại Nghệ An"), where no body
      // and no title names one
      main = onlyTyped(namedPlaces, places);
      only = main;
    }
    if (outlet != null && (main == null || main.equals(outlet))) {
      // "(NTO) Ngày 20-12, Sở Nông nghiệp và Phát triển nông thôn và Hội Nông dân tỉnh đã ký":
      // a provincial paper's own province, which its text never names
      only = main == null ? outlet : only;
      main = outlet;
      ProvincialBodies.ofOutlet(s, drafts, outlet);
    }
    ProvincialBodies.ofSentence(s, drafts);
    Province story = only != null ? only : bodiesMain == null ? main : null;
    if (story != null) {
      // "tại tỉnh Thái Bình, Hội Nông dân tỉnh và Sở Tư pháp ký kết": the story's one province
      ProvincialBodies.ofStory(s, drafts, story, ours);
    }
    provincial.ofListedProvince(s, drafts, only);
    List<Mention> mentions = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (only != null && ProvincialBodies.bareLevelHead(s, d, only)) {
        d.where = Where.EXPLICIT; // "Ban Thường vụ Tỉnh Đoàn và ... LĐLĐ tỉnh Bình Dương"
        d.province = only;
      }
      Province p = d.where == Where.BARE ? main : d.province;
      if (d.kind == Kind.NAMED && d.where == Where.BARE) {
        // "Bệnh viện Đa khoa tỉnh"; its level word the province's: "Thanh tra TP" in an article
        // on a province is a city's below it
        boolean fits = p != null && levelFits(s, d, p);
        d.name = fits ? d.name + " " + p.qualified() : null;
      } else if (d.where == Where.EXPLICIT
          || d.where == Where.BARE && p != null && levelFits(s, d, p)) {
        // "UBND thành phố" in an article on a province is its city's, below it
        d.name = p.bodyOf(d.head.entry().value());
      }
      mentions.add(new Mention(d.from, d.to, d.kind, d.name));
    }
    return new Scan(mentions, triggers, roles, main, places, aliases);
  }

  /**
   * Whether the level word that ends a bare body's name is the province's: "tỉnh" for a province,
   * "thành phố", "TP" or "Thủ đô" for a centrally-run city, and spelled so ("tính" folds as "tỉnh"
   * does); a name that goes on past its level word ("Văn phòng Đăng ký đất đai tỉnh - Chi nhánh
   * huyện X") fits either.
   */
  private static boolean levelFits(Syllables s, Draft d, Province p) {
    String last = s.original(d.to - 1).toLowerCase(java.util.Locale.ROOT);
    boolean two = d.to - 2 >= d.from;
    String pair = two ? s.original(d.to - 2, d.to).toLowerCase(java.util.Locale.ROOT) : last;
    boolean city =
        last.equals("tp")
            || last.equals("tp.")
            || pair.equals("thành phố")
            || pair.equals("thủ đô"); // "Báo An ninh Thủ đô" is no province's paper
    if (!last.equals("tỉnh") && s.is(d.to - 1, "tinh")) {
      return false; // "Đại sứ quán Mỹ chứng thực tính ...": "tính" is no level word
    }
    if (two && s.number(d.to - 2) >= 0) {
      return false; // "Hội Luật gia 12 tỉnh, thành": a count of provinces, none of them
    }
    return last.equals("tỉnh") || city ? ProvincialBodies.sameType(s, d, p) : true;
  }

  /**
   * The one province of ours among {@code typed}; null when none or more than one, or when the
   * article names a state besides ours ("tại trại tạm giam Viện Công tố tỉnh Natuna, Indonesia": a
   * bare level word may then be abroad).
   */
  private static Province onlyTyped(List<Province> typed, List<Mention> places) {
    for (Mention m : places) {
      if (m.kind() == Kind.COUNTRY && !VIET_NAM.equals(m.name())) {
        return null;
      }
    }
    return ProvincialBodies.onlyOurs(typed);
  }

  /**
   * The province the titles name most ("Chủ tịch UBND tỉnh Đồng Tháp"; the first on a tie), the
   * province of an article whose bodies are written bare ("Hội Nông dân tỉnh") and whose province
   * only a leader's title names; else null.
   */
  private Province titleProvince(Syllables s, List<Hit> roles) {
    Map<Province, Integer> counts = new HashMap<>();
    Province best = null;
    int bestCount = 0;
    for (Hit role : roles) {
      Draft d = titleEnd(s, role);
      if (d != null && d.where == Where.EXPLICIT && d.province != null) {
        int c = counts.merge(d.province, 1, Integer::sum);
        if (c > bestCount) {
          best = d.province;
          bestCount = c;
        }
      }
    }
    return best;
  }

  /**
   * The provincial body whose head ends a title, read past the title with its province: "Chủ tịch
   * UBND TP Hà Nội Trần Sỹ Thanh" → "Ủy ban nhân dân thành phố Hà Nội" at [UBND, Nội]; the scan
   * reads the title whole, so the body is not among its mentions. Null when no province follows.
   */
  Mention bodyEndingTitle(Syllables s, Hit role) {
    Draft d = titleEnd(s, role);
    if (d == null) {
      return null;
    }
    if (d.where == Where.EXPLICIT) {
      return new Mention(d.from, d.to, d.kind, d.province.bodyOf(d.head.entry().value()));
    }
    return d.where == Where.NA && d.name != null
        ? new Mention(d.from, d.to, d.kind, d.name) // "Chủ tịch UBND huyện Củ Chi"
        : null;
  }

  /**
   * The provincial body whose head, the first that runs to the title's end, ends the title ("Chủ
   * tịch UBND tỉnh Đồng Tháp"), read past the title with its province; null when no head does.
   */
  private Draft titleEnd(Syllables s, Hit role) {
    for (int q = role.from() + 1; q < role.to(); q++) {
      Match head = trie.longest(s, q, Kind.LOCAL.bit(), false);
      if (head != null && head.to() == role.to()) {
        return provincial.read(s, head, false);
      }
    }
    return null;
  }

  /**
   * "ngân hàng SHB" in an article that defines "ngân hàng Sài Gòn – Hà Nội (SHB)": a head and the
   * abbreviation is the body the article defines with that head, by its full name.
   */
  private static String definedName(Draft d, List<Alias> aliases) {
    NamedBodies.Head head = d.kind == Kind.NAMED ? d.head.entry().head() : null;
    if (head == null || d.name == null) {
      return d.name;
    }
    for (Alias a : aliases) {
      if (d.name.equals(head.canonical() + " " + a.abbreviation())
          && a.name().startsWith(head.canonical() + " ")) {
        return a.name();
      }
    }
    return d.name;
  }

  /**
   * Whether a common word is followed by an economic zone ({@code zone} of signing-words.tsv) and
   * the zone's own name: "Ban quản lý Khu kinh tế Nghi Sơn", "Ban quản lý khu công nghệ cao Hoà
   * Lạc" are the zones' boards, bodies as "Ban Quản lý ..." is; not "Ban quản lý Khu kinh tế, UBND
   * thị xã ...", which names no zone.
   */
  private static boolean beforeZone(Syllables s, Match m, boolean ignoreCase) {
    if (ignoreCase
        || m.entry().alwaysWord()
        || m.to() >= s.size
        || s.has(m.to(), NamedBodies.SEPARATORS)) {
      return false;
    }
    Phrases.Phrase zone = ZONES.at(s, m.to());
    int name = zone == null ? -1 : m.to() + zone.length();
    return name > 0
        && name < s.size
        && s.has(name, Syllables.UPPER)
        && !s.has(name, NamedBodies.SEPARATORS);
  }

  private static final Phrases ZONES = ClauseWords.INSTANCE.get("zone");

  /** Whether a common word's later syllables are capitalised: "Ban Quản lý ..." is a body. */
  private static boolean hasCapitalTail(Syllables s, Match m, boolean ignoreCase) {
    if (ignoreCase || m.entry().alwaysWord()) {
      return false;
    }
    for (int i = m.from() + 1; i < m.to(); i++) {
      if (s.has(i, Syllables.UPPER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Vietcombank chi nhánh Hải Phòng": the branch after the last draft's name is its own, also past
   * the abbreviation the article gives the body ("Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh
   * tỉnh Long An").
   */
  private Match withBranch(Syllables s, Match m, List<Draft> drafts, boolean ignoreCase) {
    Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    if (last == null || last.to != m.to() || last.name == null) {
      return m;
    }
    int at = named.abbreviationOf(s, last.to, s.original(last.from, last.to), last.head.entry());
    int end = branches.end(s, at, ignoreCase, last.name);
    int before = end == at ? branches.provinceAfter(s, last.from, at, ignoreCase) : at;
    if (before > at) {
      // "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Bình", as "... chi nhánh tỉnh Quảng Bình"
      Draft d = new Draft(last.from - 2, before, last.head, last.where);
      d.kind = last.kind;
      d.name = last.name + " chi nhánh " + named.spelledOut(s, at, before);
      drafts.set(drafts.size() - 1, d);
      return new Match(m.entry(), m.from(), before);
    }
    if (end == at) {
      return m;
    }
    // "Ngân hàng ... - Chi nhánh Bắc Ninh" is named as "... chi nhánh Bắc Ninh" is
    last.name = last.name + " chi nhánh " + named.spelledOut(s, Branches.placeFrom(s, at), end);
    last.to = end;
    return new Match(m.entry(), m.from(), end);
  }

  /**
   * Where a unit's name ends when a dash after it says whose branch it is: "VNPT Đồng Nai – Chi
   * nhánh Tập đoàn Bưu chính Viễn thông Việt Nam" is one body, the group's unit already named, not
   * the unit and then its group. Else {@code to}.
   */
  private int branchOfOwnGroup(Syllables s, int to, String group) {
    if (to + 2 >= s.size
        || !s.has(to, Syllables.DASH)
        || !s.is(to, "chi")
        || !s.is(to + 1, "nhanh")
        || s.sentence[to + 2] != s.sentence[to]) {
      return to;
    }
    Match parent = trie.longest(s, to + 2, Kind.NATIONAL.bit(), true);
    return parent != null && parent.entry().value().equals(group) ? parent.to() : to;
  }

  /** The head of a body found by its article-defined abbreviation. */
  private static final Match ALIAS_HEAD =
      new Match(new NameTrie.Entry(Kind.NAMED, "", null, 0, 0L, 0L), 0, 0);

  /** A province on its own, with the "tỉnh"/"thành phố" before it. */
  private Mention place(Syllables s, Match m) {
    int from = m.from();
    if (from > 0 && !s.has(from, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      for (int back = 1; back <= 2 && from - back >= 0; back++) {
        Match type = trie.longest(s, from - back, Kind.TYPE.bit(), true);
        if (type != null && type.to() == from) {
          from -= back;
          break;
        }
      }
    }
    return new Mention(from, m.to(), Kind.PROVINCE, m.entry().value());
  }

  /**
   * Whether the body read is only a body's standing organ ({@code standing-organ} of
   * party-words.tsv: "Ban Thường vụ", "Ban Thường trực", "Ban Chấp hành"), written before the body
   * it belongs to or alone: it names no body of its own, and a party reads it with the body that
   * follows ({@link CandidateContext}).
   */
  private static boolean organAlone(Syllables s, Draft d) {
    Phrases.Phrase organ = ClauseWords.INSTANCE.get("standing-organ").at(s, d.from);
    return organ != null && d.from + organ.length() == d.to;
  }

  /** Most syllables of a family and middle name before a given name that spells a province. */
  private static final int NAME_BEFORE = 3;

  /**
   * Whether a province's name at syllable {@code at} is a person's given name: a family name and at
   * most two more capitalised syllables, no mark between them, stand right before it, after an
   * honorific ("ông Trần Thái Bình", "bà Nguyễn Thị Hà Nam") or a title, alone or with its body in
   * one run of words ({@code roleEnd} the title's end: "Phó Chủ tịch Trần Thái Nguyên", "Phó Chủ
   * tịch Hội Nông dân tỉnh Nguyễn Thái Nguyên").
   */
  private boolean givenName(Syllables s, int at, int roleEnd) {
    for (int j = at - 1; j >= Math.max(0, at - NAME_BEFORE); j--) {
      if (!s.has(j + 1, Syllables.UPPER) || s.has(j + 1, NameBounds.SEPARATORS)) {
        return false;
      }
      if (named.isPerson(s, j) && (titled(s, roleEnd, j) || PersonNames.honorificBefore(s, j))) {
        return true;
      }
    }
    return false;
  }

  /** Most syllables of a title's body between the title and the person's name. */
  private static final int TITLE_BODY_MAX = 12;

  /** Whether a title ends at {@code roleEnd}, its body's words run on to syllable j unbroken. */
  private static boolean titled(Syllables s, int roleEnd, int j) {
    if (roleEnd < 0 || roleEnd > j || j - roleEnd > TITLE_BODY_MAX) {
      return false;
    }
    for (int k = roleEnd + 1; k <= j; k++) {
      if (s.has(k, NameBounds.SEPARATORS)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a dash comes before a syllable inside the match, past its first. */
  private static boolean dashInside(Syllables s, Match m) {
    for (int k = m.from() + 1; k < m.to(); k++) {
      if (s.has(k, Syllables.DASH)) {
        return true;
      }
    }
    return false;
  }
}
