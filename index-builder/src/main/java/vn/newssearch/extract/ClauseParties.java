package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The parties of one signing, read from its clause: the subject before the verb ("X và Y ký", "X, Y
 * và Z đã ký", "đại diện X và đại diện Y ký", "Bộ trưởng Bộ X Nguyễn Văn A và ... ký"), the bodies
 * after "với" ("X ký với Y") and after "giữa" ("lễ ký kết giữa X và Y"). A body is a known
 * organisation, a province or city, or a state. Bodies that attend, witness, host or fund, and
 * bodies that only describe another ("X thuộc Y", "tại Hà Nội"), are not parties.
 */
final class ClauseParties {
  /** Words allowed between a document noun and "của" ("quy chế phối hợp công tác của"). */
  private static final int NOUN_GAP = 2;

  /** How far after the verb "với" or "giữa" may come ("ký thỏa thuận hợp tác toàn diện với"). */
  private static final int OBJECT_REACH = 14;

  /** Words allowed between the verb and a deal's noun ("ký kết hai hợp đồng", "ký chính thức"). */
  private static final int DEAL_GAP = 2;

  /** Words of a price after its value word ("gần 3 tỉ USD", "tương đương 2.300 tỷ đồng"). */
  private static final int PRICE_WORDS = 6;

  /**
   * A body that may sign, at syllables [from, to); {@code named}: an organisation's name, which
   * another body's name right before it takes as its parent ("Ban cán sự đảng | Chính phủ").
   */
  record Candidate(int from, int to, String name, boolean named, boolean place) {
    Candidate(int from, int to, String name) {
      this(from, to, name, false, false);
    }

    Candidate(int from, int to, String name, boolean named) {
      this(from, to, name, named, false);
    }

    /** Whether syllable k lies inside one of the bodies, after its first syllable. */
    static boolean inside(List<Candidate> bodies, int k) {
      return bodies.stream().anyMatch(b -> b.from() < k && k < b.to());
    }

    /** A province, city or state that signs under its own name ("tỉnh Long An", "Hà Nội"). */
    static Candidate place(int from, int to, String name) {
      return new Candidate(from, to, name, false, true);
    }

    /** "Ban cán sự đảng" + "Chính phủ": a body of the parent that follows it, named with it. */
    Candidate joined(Candidate parent) {
      return new Candidate(from, parent.to, parent.named ? name + " " + parent.name : name, named);
    }
  }

  private final Syllables s;
  private final ClauseWords words;

  private final boolean[] nounEnd;

  /** The lists of the bodies read; while {@link #of} tries the unread names, theirs. */
  private PartyLists lists;

  /** The lists with the clause's unread names added ({@link UnreadNames}), or null. */
  private final PartyLists unread;

  /** The candidates the known bodies give, and the same with the unread names added. */
  private final List<Candidate> readCandidates;

  private final List<Candidate> unreadCandidates;

  /** The lead's first sentence: there a body may sign a deal alone ({@link #deal}). */
  private final int leadSentence;

  /** The first sentence after the lead. */
  private final int headSentences;

  /** Whether the last signing read by {@link #of} has a body as its subject. */
  private boolean subjectSigns;

  private boolean forState;

  /** Whether the signing last read by {@link #of} took the title's pair ({@link TitlePair}). */
  private boolean titled;

  /** Whether the parties last read by {@link #of} are one closed list ({@link #oneList()}). */
  private boolean oneList;

  /**
   * The sides the known bodies alone gave, when the signing last read by {@link #of} took unread
   * names ({@link UnreadNames}); else null.
   */
  private List<String> known;

  /** The bodies after "với" in the passive document's own words, read by {@link #of}. */
  private List<String> passiveWith = List.of();

  /** Whether a known body was the subject of that reading. */
  private boolean knownSubjectSigns;

  /**
   * Reads the clauses of one sentence: its candidate bodies, and per syllable whether it is part of
   * a signer's title ({@code role}) or the first after a document noun ({@code nounEnd}).
   */
  ClauseParties(
      Syllables s,
      List<Candidate> candidates,
      boolean[] role,
      boolean[] nounEnd,
      ClauseWords words) {
    this(s, candidates, role, nounEnd, words, 0, 0, candidates);
  }

  /**
   * The same, where a body that signs a deal alone in the lead (sentences [{@code leadSentence},
   * {@code headSentences})) is a party: the lead tells the deal by its buyer or seller. {@code
   * withUnread}: the candidates with the names nothing reads in a party's place added ({@link
   * UnreadNames}), read where the others leave a signing with fewer than two sides.
   */
  ClauseParties(
      Syllables s,
      List<Candidate> candidates,
      boolean[] role,
      boolean[] nounEnd,
      ClauseWords words,
      int leadSentence,
      int headSentences,
      List<Candidate> withUnread) {
    this.leadSentence = leadSentence;
    this.headSentences = headSentences;
    this.s = s;
    this.nounEnd = nounEnd;
    this.words = words;
    this.lists = new PartyLists(s, candidates, role, words);
    this.unread = withUnread == candidates ? null : new PartyLists(s, withUnread, role, words);
    this.readCandidates = candidates;
    this.unreadCandidates = withUnread;
  }

  /**
   * The parties of the signing at {@code signing}: subject first, then "với" and "giữa"; null when
   * one body alone signs with no other side in the sentence (a decree, a memo, a pledge).
   */
  List<String> of(Signings.Signing signing) {
    known = null;
    passiveWith = passiveWith(signing);
    List<String> names = read(signing);
    if (unread == null || signing.sentence() < leadSentence) {
      return names; // a headline names its sides short ("Lào Cai và Vân Nam ký"); the lead in full
    }
    if (names != null && names.size() >= 2) {
      return coordinated(signing, names);
    }
    // "Sở Văn hoá TP Đà Nẵng vừa ký biên bản ghi nhớ với Sở Văn hoá Thừa Thiên Huế": both sides'
    // names unread; read again with them, and keep that reading when it names more sides
    boolean[] state = state();
    List<String> withUnread = readWithUnread(signing);
    if (withUnread != null
        && withUnread.size() >= 2
        && withUnread.size() > (names == null ? 0 : names.size())) {
      known = names == null ? List.of() : names;
      knownSubjectSigns = state[0];
      return withUnread;
    }
    restore(state);
    return names;
  }

  /** The reader's flags, to put back with {@link #restore} when a second reading is not kept. */
  private boolean[] state() {
    return new boolean[] {subjectSigns, forState, titled, oneList};
  }

  private void restore(boolean[] state) {
    subjectSigns = state[0];
    forState = state[1];
    titled = state[2];
    oneList = state[3];
  }

  /** The clause read again with the names nothing reads among the candidates. */
  private List<String> readWithUnread(Signings.Signing signing) {
    PartyLists read = lists;
    lists = unread;
    List<String> withUnread = read(signing);
    lists = read;
    return withUnread;
  }

  /**
   * "ký biên bản ghi nhớ với CTCP Dệt may Hương Giang và Tổng công ty Điện lực miền Trung": the
   * known bodies give two sides, but a name nothing reads is joined by "và" or a comma to one of
   * them in the same list; every item of a coordinated list is a side, so the reading with the
   * unread names is kept when it keeps the known sides and each side it adds is such an item.
   */
  private List<String> coordinated(Signings.Signing signing, List<String> names) {
    boolean[] state = state();
    List<String> withUnread = readWithUnread(signing);
    if (withUnread != null
        && withUnread.size() > names.size()
        && withUnread.containsAll(names)
        && withUnread.stream().allMatch(n -> names.contains(n) || joinedToRead(n, names))) {
      known = names;
      knownSubjectSigns = state[0];
      return withUnread;
    }
    restore(state);
    return names;
  }

  /** Whether the unread name {@code name} is joined by "và" or a comma to a read side's body. */
  private boolean joinedToRead(String name, List<String> names) {
    for (int i = 0; i < unreadCandidates.size(); i++) {
      Candidate u = unreadCandidates.get(i);
      Phrases.Phrase state = ClauseWords.INSTANCE.country(s, u.from());
      if (!u.name().equals(name)
          || spans(readCandidates, u)
          || state != null && u.from() + state.length() >= u.to()) {
        continue; // a place the known reading left out ("tại khách sạn X, Singapore, ...")
      }
      for (int j = i - 1; j <= i + 1; j += 2) {
        if (j < 0 || j >= unreadCandidates.size()) {
          continue;
        }
        Candidate v = unreadCandidates.get(j);
        Candidate first = j < i ? v : u;
        Candidate second = j < i ? u : v;
        boolean joined =
            second.from() == first.to() + 1 && s.is(first.to(), "va")
                || second.from() == first.to() && s.has(second.from(), Syllables.COMMA);
        if (joined && readCandidates.contains(v) && names.contains(v.name())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the candidates from {@code from} on are two governments or more, and only those. */
  private static boolean governments(List<Candidate> out, int from) {
    if (out.size() - from < 2) {
      return false;
    }
    for (int i = from; i < out.size(); i++) {
      if (!out.get(i).name().startsWith(GOVERNMENT)) {
        return false;
      }
    }
    return true;
  }

  /** The head of a state's government, as the gazetteer names it ("Chính phủ Thái Lan"). */
  private static final String GOVERNMENT = "Chính phủ ";

  /** Whether a candidate of {@code list} overlaps {@code c}'s syllables. */
  private static boolean spans(List<Candidate> list, Candidate c) {
    for (Candidate r : list) {
      if (r.from() < c.to() && c.from() < r.to()) {
        return true;
      }
    }
    return false;
  }

  /** How far after "theo" the cited document may end before its "giữa". */
  private static final int CITED_REACH = 8;

  private List<String> read(Signings.Signing signing) {
    List<Candidate> out = new ArrayList<>();
    titled = false;
    oneList = false;
    // "Nhân chuyến thăm ... của Quốc vương Brunei ..., hai bên đã ký kết" under "Việt Nam - Brunei
    // ...": both sides are the subject, and what comes before them is no part of it (the title's
    // states sign unless the document names its sides after the verb, read below)
    if (TitlePair.forSubject(s, signing, words).isEmpty()) {
      lists.subject(signing, out);
    }
    subjectSigns = !out.isEmpty();
    if (out.isEmpty() && signing.passive()) {
      // "Theo văn bản được hai bên ký kết ..., X và Y thỏa thuận ...": "hai bên" are X and Y
      int[] range = Signings.sentence(s, signing.verb());
      if (words.get("two-sided").find(s, Math.max(range[0], signing.verb() - 3), signing.verb())
          >= 0) {
        lists.pair(range, out);
      }
    }
    if (out.isEmpty() && signing.passive()) {
      // "Hợp đồng ... giữa tập đoàn FLC và tập đoàn Airbus (châu Âu) đã được chính thức ký kết":
      // the document names its sides before "được"
      int between = betweenBefore(signing);
      if (between >= 0) {
        lists.forward(between + 1, out);
        out.removeIf(c -> c.from() >= signing.verb());
      }
    }
    int reach = OBJECT_REACH;
    int end = Math.min(s.size, signing.after() + 2 * OBJECT_REACH);
    boolean comma = false;
    boolean describes = false; // a "với" that named no body: only "giữa" may still name the sides
    int pairEnd = -1; // where the last activity after an object's comma ends
    int cited = -1; // the last "theo" of the object: what follows cites another document
    for (int p = signing.after(); p < end && s.sentence[p] == signing.sentence(); p++) {
      cited = s.is(p, "theo") ? p : cited;
      if (s.is(p, "giua") && cited >= 0 && p - cited <= CITED_REACH && nounEnd[p]) {
        // "ký quy chế về trợ giúp pháp lý theo Chương trình phối hợp giữa hai cơ quan trung ương":
        // the sides of the document the signing carries out, not its own
        break;
      }
      // "ký biên bản thảo luận dự án “Việt Nam - Hàn Quốc hợp tác khắc phục hậu quả bom mìn sau
      // chiến tranh” với đại diện Chính phủ Hàn Quốc": a title in quotes names the document;
      // "thoả thuận mua 10 máy bay ..., trị giá gần 3 tỉ USD với Tập đoàn Boeing": a price
      // describes it. Their words do not count, nor does a "với" inside the quotes: the object
      // goes on after them
      int aside = comma ? 0 : quoted(p);
      aside = comma || aside > 0 ? aside : price(p);
      if (aside > 0) {
        reach += aside;
        end = Math.min(s.size, end + aside);
        p += aside - 1;
        continue;
      }
      if (!comma && p < signing.after() + reach) {
        reach += project(p); // "hợp đồng tổng thầu EPC dự án Nhà máy nhiệt điện Quảng Trạch II với"
      }
      int activity = comma ? 0 : objectPair(p, pairEnd, signing.after());
      if (activity > 0) {
        // "hợp đồng mua, hỗ trợ sản phẩm động cơ ... với": a second activity of the document, which
        // the object's reach does not count, as a price's words
        reach += activity;
        pairEnd = p + activity;
      }
      comma |= p > signing.after() && s.has(p, Syllables.COMMA) && !pairComma(p) && activity == 0;
      boolean with =
          s.is(p, "voi") && !(p + 1 < s.size && s.is(p + 1, "su")) || handedTo(signing, p);
      // "Quy chế phối hợp công tác của X và Y": the parties of the document
      boolean of = s.is(p, "cua") && nounEnds(p);
      // "giữa X và Y" may follow a comma when no subject signs: "lễ kí ..., giữa Phó thủ tướng A"
      boolean between = s.is(p, "giua") && (!comma || out.isEmpty());
      if (s.is(p, "giua") && !between) {
        // "... đã ký Hiệp định về hợp tác văn hóa, nghệ thuật và du lịch giữa Chính phủ nước X
        // và Chính phủ Y": past a comma of the document's name, still its sides
        List<Candidate> sides = new ArrayList<>();
        lists.forward(p + 1, sides);
        if (governments(sides, 0)) {
          out.clear();
          out.addAll(sides);
          break;
        }
      }
      if (between || (!describes && (with || of) && !comma && p < signing.after() + reach)) {
        int before = out.size();
        lists.forward(p + 1, out);
        if (between && before > 0 && governments(out, before)) {
          // "Bộ trưởng A và Bộ trưởng B đã ký Hiệp định ... giữa Chính phủ nước X và Chính phủ Y":
          // an agreement between governments, which the ministers sign for
          out.subList(0, before).clear();
        }
        if (out.size() > before || between) {
          break;
        }
        // "hợp đồng cho vay ... với giá trị lên tới 100 triệu USD ... giữa IFC và TPBank": a "với"
        // that names no body describes the document; its sides may still follow
        describes = true;
        continue;
      }
      // "VEC đã ký hợp đồng thi công gói thầu số 3 thuộc dự án đường cao tốc Đà Nẵng - Quảng Ngãi
      // với nhà thầu Posco E&C (Hàn Quốc).": a "với" past the reach whose bodies close the clause
      // is the other side of a long object
      if (with && !describes && !comma && s.is(p, "voi") && farWith(signing, p, out)) {
        break;
      }
      // "ký kết hợp tác chiến lược cùng Tập đoàn toàn cầu Minor Hotels": "cùng" as "với", when a
      // body follows it ("ký kết cùng ngày" is no side)
      if ("cùng".equalsIgnoreCase(s.original(p))
          && !comma
          && !describes
          && p < signing.after() + reach) {
        int before = out.size();
        lists.forward(p + 1, out);
        if (out.size() > before) {
          break;
        }
      }
    }
    if (!out.isEmpty()) {
      Sellers.add(s, lists, signing, out);
    }
    // "cục Phát triển đô thị, bộ Xây dựng, Việt Nam": a state after a body and a comma is its
    // country; so is one after the body's seat ("thành phố Plovdiv, tỉnh Plovdiv, Cộng hòa
    // Bungari"), after "nước" ("tỉnh Attapeu, nước Cộng hòa Dân chủ Nhân dân Lào") or written
    // in its formal name
    for (int j = out.size() - 1; j > 0; j--) {
      Candidate c = out.get(j);
      Candidate before = out.get(j - 1);
      if (!ClauseWords.INSTANCE.isState(before.name()) && seatState(before, c)) {
        out.remove(j);
      }
    }
    // "giữa Chính phủ hai nước", "hai Chính phủ": both sides' governments (TitlePair), not ours
    out.removeIf(c -> bothGovernments(s, c));
    // "ông A - Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh": the committee the signer sits
    // in, read in the list all the same so that it goes on to the office they sign for
    out.removeIf(c -> CandidateContext.member(s, c.from()));
    // "Bộ trưởng Bộ Y tế Nguyễn Văn A thay mặt Chính phủ Việt Nam": the holder signs for the body
    // after "thay mặt", not for the one the title names
    List<Candidate> read = List.copyOf(out);
    out.removeIf(c -> signsForAnother(c, read));
    if (out.isEmpty()) {
      out.addAll(TitlePair.forBothSides(s, signing, words));
      titled = !out.isEmpty();
    }
    oneList = oneList(out, signing.verb());
    List<String> names = new ArrayList<>();
    for (Candidate c : out) {
      if (!names.contains(c.name())) {
        names.add(c.name());
      }
    }
    boolean alone = names.size() == 1 || (names.isEmpty() && !signing.nominal());
    boolean headline = signing.verb() == 0 || s.sentence[signing.verb() - 1] != signing.sentence();
    boolean lead = signing.sentence() >= leadSentence && signing.sentence() < headSentences;
    // "Doanh nghiệp Việt - Mỹ ký loạt thoả thuận": a body after a dash is one of a pair
    boolean lone =
        lead && subjectSigns && !out.isEmpty() && !s.has(out.get(0).from(), Syllables.DASH);
    forState = alone && forItsState(out);
    // "hơn 50 quốc gia vừa ký kết", "164 quốc gia lần đầu ký Hiệp ước": many sides, none named
    boolean counted = names.isEmpty() && counted(signing);
    if (alone
        && !headline
        && !twoSided(signing)
        && !(lone && deal(signing))
        && !forState
        && !counted) {
      return null; // "Tổng thống Mỹ ... đã ký bản ghi nhớ": one side alone signs no agreement
    }
    return names;
  }

  /**
   * Whether the "với" at p, past the object's reach, after a subject of at most one body, names
   * bodies that close the signing's clause (the sentence ends after them, or a comma, or only their
   * brackets come first, or an adjunct of the whole signing: "far-with-tail", "theo chủ trương"),
   * with no word between the verb and p that opens a purpose or a new clause ("far-with-stop":
   * "để", "nhằm", another "ký") and no colon or quote; if so they are added to {@code out}.
   * Vietnamese puts the co-signer's "với" after the whole object, however long ("ký hợp đồng gói
   * thầu 5.10 thi công nhà ga hành khách sân bay Long Thành với liên danh Vietur").
   */
  private boolean farWith(Signings.Signing signing, int p, List<Candidate> out) {
    // "Tổng công ty Tân Cảng Sài Gòn và hãng tàu CMA CGM (Pháp) đã ký hợp đồng ... kết nối cảng
    // Tân Cảng - Cái Mép với bờ Tây nước Mỹ": a subject of two sides needs no "với" for its other
    if (out.size() > 1 || words.get("far-with-stop").find(s, signing.after(), p) >= 0) {
      return false;
    }
    for (int k = signing.after() + 1; k <= p; k++) {
      if (s.has(k, Syllables.BREAK)
          && !s.has(k, Syllables.PAREN)
          && !s.has(k - 1, Syllables.PAREN)) {
        return false; // "lễ ký 2 thỏa thuận: A ký với B; C ký với D": a colon opens other clauses
      }
    }
    List<Candidate> far = new ArrayList<>();
    lists.forward(p + 1, far);
    if (far.isEmpty()) {
      return false;
    }
    int k = far.get(far.size() - 1).to();
    while (k < s.size && s.sentence[k] == signing.sentence() && s.has(k, Syllables.PAREN)) {
      k++;
    }
    if (k < s.size
        && s.sentence[k] == signing.sentence()
        && !s.has(k, Syllables.COMMA)
        && words.get("far-with-tail").at(s, k) == null) {
      return false;
    }
    out.addAll(far);
    return true;
  }

  /**
   * The length of the price that starts at syllable p ("trị giá gần 3 tỉ USD", "giá trị hơn 1,5 tỷ
   * USD"): the value word, then up to a few words with a number among them and no comma, up to
   * "với", "giữa" or the end of the clause; else 0. A "giữa" right after the price names the sides
   * ("thoả thuận đặt mua 100 máy bay ... trị giá 12,7 tỉ USD giữa hãng Vietjet và Boeing"), so the
   * price never takes it.
   */
  private int price(int p) {
    Phrases.Phrase value = words.get("value").at(s, p);
    if (value == null) {
      return 0;
    }
    boolean number = false;
    int q = p + value.length();
    for (; q < s.size && q < p + value.length() + PRICE_WORDS; q++) {
      boolean decimal = s.number(q) >= 0 && s.number(q - 1) >= 0; // "2,9 tỉ USD"
      if (s.sentence[q] != s.sentence[p]
          || (s.has(q, Syllables.COMMA) && !decimal)
          || s.has(q, Syllables.BREAK | Syllables.PAREN)
          || s.is(q, "voi")
          || s.is(q, "giua")) {
        break;
      }
      number |= s.number(q) >= 0;
    }
    return number ? q - p : 0;
  }

  /** At most this many syllables stand in a document's title in quotes. */
  private static final int QUOTED_WORDS = 30;

  /**
   * The length of the title in quotes that opens at syllable p, up to the syllable after its
   * closing quote, when it closes within {@link #QUOTED_WORDS} syllables of the same sentence and
   * holds no "giữa" (a title that names the sides, "“Bản ghi nhớ giữa Cảnh sát biển Việt Nam và
   * ...”", is read as the words after the verb are); else 0.
   */
  private int quoted(int p) {
    if (p == 0 || s.start[p] == 0) {
      return 0;
    }
    char open = s.text[s.start[p] - 1];
    if (open != '“' && open != '"') {
      return 0;
    }
    for (int q = p; q < s.size && q < p + QUOTED_WORDS; q++) {
      if (s.sentence[q] != s.sentence[p] || s.is(q, "giua")) {
        return 0;
      }
      char after = s.end[q] < s.length ? s.text[s.end[q]] : ' ';
      if (after == '”' || open == '"' && after == '"') {
        return q + 1 - p;
      }
    }
    return 0;
  }

  /** At most this many syllables name the project a document is for ("Nhà máy nhiệt điện ..."). */
  private static final int PROJECT_WORDS = 8;

  /**
   * The length of the project's name after "dự án" at syllable p, when it starts with a capital and
   * runs to "với" with no comma ("dự án Nhà máy nhiệt điện Quảng Trạch II với"): it describes the
   * document, as a price does, and the object goes on after it; else 0. A second project after "và"
   * and a capital has as many syllables again ("Dự án Nhà máy điện Nhơn Trạch 3 và Nhà máy điện
   * Nhơn Trạch 4 với liên danh ...", heldout-8 p20-037).
   */
  private int project(int p) {
    if (p + 2 >= s.size
        || !"dự".equalsIgnoreCase(s.original(p))
        || !s.is(p + 1, "an")
        || !s.has(p + 2, Syllables.UPPER)
        || s.has(p + 1, Syllables.COMMA | Syllables.BREAK)
        || s.has(p + 2, Syllables.COMMA | Syllables.BREAK)) {
      return 0;
    }
    int last = p + 2 + PROJECT_WORDS;
    boolean second = false;
    for (int q = p + 3; q < s.size && q <= last; q++) {
      if (s.sentence[q] != s.sentence[p]
          || s.has(q, Syllables.COMMA | Syllables.BREAK | Syllables.PAREN)) {
        return 0;
      }
      if (s.is(q, "voi")) {
        return q - p - 2;
      }
      if (!second && s.is(q, "va") && q + 1 < s.size && s.has(q + 1, Syllables.UPPER)) {
        // "Dự án Nhà máy điện Nhơn Trạch 3 và Nhà máy điện Nhơn Trạch 4 với": a second project
        second = true;
        last = q + 1 + PROJECT_WORDS;
      }
    }
    return 0;
  }

  /**
   * The "giữa" of the passive signing's clause before the verb, else -1. No comma may stand between
   * but one that parts two bodies of its list: "thỏa thuận hợp tác ba bên giữa Sở Y tế, Sở Giáo dục
   * và Đào tạo và Công an tỉnh Nghệ An đã được ký kết" (a probe in labour news style), or one
   * inside the document's description after its sides: "Chương trình phối hợp giữa Hội LHPN tỉnh
   * Tây Ninh và Công an tỉnh Tây Ninh về phòng, chống tội phạm mua bán người vừa được ký kết" (a
   * probe).
   */
  private int betweenBefore(Signings.Signing signing) {
    boolean cut = false; // a comma that parts clauses, unless a description opens before it
    for (int p = signing.verb() - 1; p >= 0 && p > signing.verb() - Signings.REACH; p--) {
      if (s.sentence[p] != signing.sentence()) {
        return -1;
      }
      if (s.is(p, "giua")) {
        return cut ? -1 : p;
      }
      if (cut && words.get("description").at(s, p) != null) {
        cut = false;
      }
      cut |= s.has(p, Syllables.COMMA) && !lists.listComma(p) && !pairComma(p);
    }
    return -1;
  }

  /**
   * The length of the activity after the comma before syllable p, when it is a second activity of
   * the verb's document ({@code object-pair} of signing-words.tsv): the comma follows the document
   * noun and its first activity of at most {@link #NOUN_GAP} words ("hợp đồng mua, hỗ trợ", "thoả
   * thuận hợp tác, phối hợp"), or an activity read so, ending at {@code pairEnd} ("biên bản phối
   * hợp, liên kết, chia sẻ dữ liệu"), or the verb's own first activity, right after it ({@code
   * after}: "X ký kết giao lưu, kết nghĩa với Y"); else 0. A clause after a comma ("hợp tác, trong
   * bối cảnh ...", "theo đó ...") opens with no such word.
   */
  private int objectPair(int p, int pairEnd, int after) {
    // "X ký kết giao lưu, kết nghĩa với Y": the verb's own first activity, no noun before it
    boolean first = p > after && p - after <= NOUN_GAP;
    if (!s.has(p, Syllables.COMMA) || !(nounEnds(p) || p == pairEnd || first)) {
      return 0;
    }
    Phrases.Phrase activity = words.get("object-pair").at(s, p);
    return activity == null ? 0 : activity.length();
  }

  /**
   * The bodies the passive document names after "với" before "được ký", with no comma between ("Hợp
   * đồng mua 72.400 khẩu súng trường ... với công ty Sig Sauer của Mỹ đã được ký ngày 12/2",
   * vietnews-test-009262); empty for an active signing or none. One side alone makes no agreement:
   * {@link SigningChoice} adds it to the side that a told signing of the same document names.
   */
  List<String> passiveWith() {
    return passiveWith;
  }

  private List<String> passiveWith(Signings.Signing signing) {
    if (!signing.passive()) {
      return List.of();
    }
    int with = -1;
    boolean named = false; // a document noun ends right before the "với" or some words before it
    for (int p = signing.verb() - 1; p > 0 && p > signing.verb() - Signings.REACH && !named; p--) {
      if (s.sentence[p] != signing.sentence()) {
        break;
      }
      if (s.is(p, "giua")) {
        return List.of();
      }
      if (with < 0 && s.is(p, "voi") && !s.is(p - 1, "doi") && !s.is(p + 1, "su")) {
        with = p;
      }
      named = with >= 0 && nounEnd[p];
      if (!named && s.has(p, Syllables.COMMA)) {
        return List.of(); // "Với X, hợp đồng ... được ký": another clause's
      }
    }
    List<Candidate> out = new ArrayList<>();
    if (named) {
      lists.forward(with + 1, out);
      out.removeIf(c -> c.from() >= signing.verb());
    } else if (signing.after() < s.size
        && s.is(signing.after(), "voi")
        && s.sentence[signing.after()] == signing.sentence()) {
      // "Hợp đồng do Bộ trưởng ... ký với đại diện Tập đoàn ... (HHI)": the side after the verb
      lists.forward(signing.after() + 1, out);
    }
    return out.stream().map(Candidate::name).distinct().toList();
  }

  /** Whether the comma before syllable p stands inside a pair of verbs ("phòng, chống"). */
  private boolean pairComma(int p) {
    if (!s.has(p, Syllables.COMMA)) {
      return false;
    }
    // "chương trình ưu đãi dành cho đoàn viên, NLĐ với Bệnh viện ...": the people a document is
    // for, written as a list of their classes, part no clause either
    Phrases people = words.get("people-pair");
    return words.get("verb-pair").endingAt(s, p + 1, 2) == 2
        || people.endingAt(s, p, PEOPLE_WORDS) > 0 && people.at(s, p) != null
        || fieldList(p);
  }

  /** Syllables from a field list's comma to the "với" after it. */
  private static final int FIELD_LIST_REACH = 16;

  /**
   * Whether the comma before syllable p lists the fields of the document, a list that "và" closes
   * before the co-signer's "với": "ký kết hợp tác, hỗ trợ về đào tạo, nghiên cứu và chuyển giao
   * công nghệ với Sở X". Only lower-case words up to that "với", no purpose ("để", "nhằm") among
   * them; a capital, a number or a break between tells another clause ("..., Phó Chủ tịch tỉnh
   * dự").
   */
  private boolean fieldList(int p) {
    boolean closed = false;
    int limit = Math.min(s.size, p + FIELD_LIST_REACH);
    for (int k = p; k < limit && s.sentence[k] == s.sentence[p]; k++) {
      if (s.has(k, Syllables.UPPER | Syllables.BREAK | Syllables.PAREN) || s.number(k) >= 0) {
        return false;
      }
      if (k > p && s.has(k, Syllables.COMMA)) {
        closed = false; // "và" must close the list after its last comma
      }
      if (s.is(k, "voi") && k > p) {
        return closed && !s.has(k, Syllables.COMMA) && words.get("far-with-stop").find(s, p, k) < 0;
      }
      closed |= s.is(k, "va");
    }
    return false;
  }

  /** Syllables of one class of people in a comma's pair: "người lao động". */
  private static final int PEOPLE_WORDS = 3;

  /**
   * Whether the last signing's parties are one closed list on one side of the verb, each body
   * parted from the next by a comma alone and the last by "và" ("Australia, Brunei, Canada, ...,
   * Singapore và Việt Nam đã ký"), and at most two bodies on the other. Such a list names its
   * signers however many.
   */
  boolean oneList() {
    return oneList;
  }

  private boolean oneList(List<Candidate> out, int verb) {
    List<Candidate> before = out.stream().filter(c -> c.to() <= verb).toList();
    List<Candidate> after = out.stream().filter(c -> c.to() > verb).toList();
    // one side a closed list, the other at most a pair: "A, B, ... và G đã ký ... với Tập đoàn X"
    return closed(before) && after.size() <= 2 || closed(after) && before.size() <= 2;
  }

  private boolean closed(List<Candidate> list) {
    if (list.size() < 3 || lists.listComma(list.get(0).from())) {
      return false; // a list cut short at its start by the reach of one chain
    }
    for (int j = 1; j < list.size(); j++) {
      int from = list.get(j - 1).to();
      int to = list.get(j).from();
      boolean comma = from == to && s.has(to, Syllables.COMMA);
      boolean and = to == from + 1 && s.is(from, "va") && !s.has(from, Syllables.COMMA);
      if (j < list.size() - 1 ? !comma : !and) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sides the known bodies alone gave the signing last read by {@link #of}, when it took unread
   * names; else null. A signing the known bodies leave as a person's contract or a side remark
   * stays one: an unread name only names a side, it makes no signing news.
   */
  List<String> known() {
    return known;
  }

  /** Whether a known body was the subject where {@link #known()} is not null. */
  boolean knownSubjectSigns() {
    return knownSubjectSigns;
  }

  /** Whether the signing last read by {@link #of} has a body before the verb that signs. */
  boolean subjectSigns() {
    return subjectSigns;
  }

  /**
   * Whether the last signing's parties are the title's pair ("giữa hai nước": {@link TitlePair}).
   */
  boolean titled() {
    return titled;
  }

  /**
   * Whether the signing last read by {@link #of} is signed by one state's government alone, for
   * which a person signs ("thay mặt Chính phủ Việt Nam ký").
   */
  boolean forState() {
    return forState;
  }

  /**
   * Whether the sentence says the signing has another side: "và", "với", "giữa", "hai bên". Not a
   * "với" of "đối với" (regarding: "ký một biên bản ghi nhớ về thuế ... đối với các mặt hàng công
   * nghệ cao Trung Quốc"), nor one that opens a clause after a comma (", với cáo buộc nước này có
   * dấu hiệu ăn cắp bản quyền", vietnews-test-009778): a president's memorandum has no other side.
   */
  private boolean twoSided(Signings.Signing signing) {
    int[] range = Signings.sentence(s, signing.verb());
    Phrases sides = words.get("two-sided");
    if (sides.find(s, range[0], signing.verb()) >= 0) {
      return true; // "X và Y ký", "X cùng Y ký", "hai bên ký"
    }
    for (int p = signing.verb(); p < range[1]; p++) {
      if (s.is(p, "voi") && !s.is(p - 1, "doi") && !s.has(p, Syllables.COMMA)
          || handedTo(signing, p) && !s.has(p, Syllables.COMMA)
          || s.is(p, "giua")
          || s.is(p, "doi") && s.is(p + 1, "tac")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the signing's sentence counts its many sides before the verb ("164 quốc gia ... ký").
   */
  boolean counted(Signings.Signing signing) {
    return countedSides(signing.verb(), Signings.sentence(s, signing.verb())[0]);
  }

  /**
   * Whether a count of bodies of one kind stands before the verb in its sentence: a number of two
   * or more right before a noun of such bodies ({@code counted-sides} of signing-words.tsv: "164
   * quốc gia", "hơn 50 quốc gia", "11 nước thành viên"). Many states sign together, each a side the
   * clause does not name (a treaty or a pact of many), as "hai bên" says of two.
   */
  private boolean countedSides(int verb, int from) {
    Phrases kinds = words.get("counted-sides");
    for (int p = from; p + 1 < verb; p++) {
      if (words.count(s, p) >= 2 && !s.has(p + 1, Syllables.BREAK) && kinds.at(s, p + 1) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether syllable p is the "cho" of a signed document handed over ({@link HandedDocuments}):
   * "UBND tỉnh Thanh Hóa đã trao Biên bản ghi nhớ hợp tác cho Tập đoàn Sun Group" (a probe in the
   * style of issue 12's "trao … đã ký"): the receiver is a party as the giver is, and "trao … cho
   * các doanh nghiệp" has another side, a class that is no party.
   */
  private boolean handedTo(Signings.Signing signing, int p) {
    return words.get("hand-to").at(s, p) != null
        && words.get("hand-over").at(s, signing.verb()) != null;
  }

  /**
   * Whether the verb's object is a deal, which always has another side: the lead's "Thái Lan ký hợp
   * đồng mua một tàu vận tải đổ bộ" (vietnews-train-050529) signs with a seller it leaves unnamed,
   * so the body signs one; the noun starts the object ("ký hợp đồng", "ký kết hai hợp đồng"), not a
   * later clause's noun. Only in the lead, which tells the story's event in full: the body recalls
   * one side's deals of other years and other stories ("Đầu năm 2016, Vinamilk đã ký hợp đồng xuất
   * khẩu"), and a title that names one side only is short for a deal the body may date earlier ("Ấn
   * Độ ký hợp đồng 3 tỷ USD thuê tàu ngầm" over "Hồi tháng 2, Ấn Độ đã ký").
   */
  private boolean deal(Signings.Signing signing) {
    OrganisationMatcher.Hit noun = signing.noun();
    return noun != null
        && noun.from() >= signing.after()
        && noun.from() <= signing.after() + DEAL_GAP
        && words.get("deal").at(s, noun.from()) != null;
  }

  /** The most syllables of a seat (a name's tail, its province and city) between body and state. */
  private static final int SEAT_GAP = 8;

  /**
   * Whether {@code c} is the state of the body {@code before} names: a state (by its short or
   * formal name, "Lào", "Cộng hòa Bungari") after a comma, or after a comma and "nước", with only
   * the body's seat between ("tỉnh Stara Zagora,") or the capitalised rest of its name: words in
   * capitals and the lower-case words of a place ({@code seat} in party-words.tsv), no "và".
   */
  private boolean seatState(Candidate before, Candidate c) {
    if (!isState(c)) {
      return false;
    }
    int comma = c.from();
    if (comma > 0 && !s.has(comma, Syllables.COMMA) && s.is(comma - 1, "nuoc")) {
      comma--; // "tỉnh Attapeu, nước Cộng hòa Dân chủ Nhân dân Lào"
    }
    if (s.has(comma, Syllables.DASH)
        && !s.has(comma, Syllables.COMMA)
        && s.sentence[comma] == s.sentence[before.from()]) {
      // "Công ty TNHH Cảng quốc tế Busan (BPA) – Hàn Quốc": the body's country after a dash, right
      // after the body or its short name in brackets
      int k = before.to();
      while (k < comma && s.has(k, Syllables.PAREN)) {
        k++;
      }
      // not after a body named with its own country: "Công đoàn Việt Nam - Lào ký thỏa thuận"
      // pairs the two states' unions
      for (int q = before.from(); q < before.to(); q++) {
        Phrases.Phrase own = ClauseWords.INSTANCE.countryAnywhere(s, q);
        if (own != null && q + own.length() == before.to()) {
          return false;
        }
      }
      return k == comma;
    }
    if (!s.has(comma, Syllables.COMMA)
        || comma < before.to()
        || comma - before.to() > SEAT_GAP
        || s.sentence[comma] != s.sentence[before.from()]) {
      return false;
    }
    Phrases seat = words.get("seat");
    for (int k = before.to(); k < comma; ) {
      if (s.has(k, Syllables.BREAK)) {
        return false;
      }
      Phrases.Phrase place = s.has(k, Syllables.UPPER) ? null : seat.at(s, k);
      if (place != null) {
        k += place.length();
      } else if (s.has(k, Syllables.UPPER)) {
        k++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** How many capitalised syllables a signer's name after the title's body may have. */
  private static final int NAME_SYLLABLES = 5;

  /**
   * Whether {@code c} is the body a signer's title names, whose holder signs for another body of
   * the list: right after it a capitalised name, then "thay mặt" ({@code behalf}) and a body read
   * ("Bộ trưởng Bộ Nông nghiệp và Lâm nghiệp Lào Phet Phomphiphak thay mặt Chính phủ Lào").
   */
  private boolean signsForAnother(Candidate c, List<Candidate> read) {
    int k = c.to();
    while (k < s.size
        && k - c.to() < NAME_SYLLABLES
        && s.has(k, Syllables.UPPER)
        && !s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
        && PersonNames.word("behalf", s, k) == 0) {
      k++;
    }
    if (k == c.to() || k >= s.size || s.has(k, Syllables.BREAK | Syllables.COMMA)) {
      return false;
    }
    int behalf = PersonNames.word("behalf", s, k);
    if (behalf == 0) {
      return false;
    }
    int target = k + behalf;
    return read.stream().anyMatch(o -> o != c && o.from() >= target && o.from() <= target + 1);
  }

  /** Whether the candidate is a state by its name, or by a formal name its syllables spell. */
  private boolean isState(Candidate c) {
    if (ClauseWords.INSTANCE.isState(c.name())) {
      return true;
    }
    // "Cộng hòa Bungari": a formal name's words, then the state's own
    Phrases.Phrase form = words.get("state-form").at(s, c.from());
    int last = form == null ? c.from() : c.to() - 1;
    for (int k = c.from() + (form == null ? 0 : form.length()); k <= last; k++) {
      Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, k);
      if (state != null && k + state.length() == c.to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Vũ Huy Hoàng cũng đã thay mặt Chính phủ Việt Nam ký xác thực lời văn TPP"
   * (vietnews-val-013365): a person signing for a state's government signs a treaty between states,
   * whose other parties the clause need not name; that government alone is a party.
   */
  private boolean forItsState(List<Candidate> out) {
    if (out.isEmpty() || out.stream().anyMatch(c -> !c.name().equals(out.get(0).name()))) {
      return false;
    }
    Candidate c = out.get(0);
    if (CandidateNames.isStateGovernment(c.name())) {
      return PersonNames.WORDS.get("behalf").endingAt(s, c.from(), 3) > 0;
    }
    // "Thay mặt nhà nước Việt Nam, Phó thủ tướng ... ký Hiệp ước Cấm vũ khí hạt nhân"
    // (vietnews-train-045666): the state itself, named after "nhà nước", signs a treaty
    int state = c.from() - 2;
    return ClauseWords.INSTANCE.isState(c.name())
        && state > 0
        && s.is(state, "nha")
        && s.is(state + 1, "nuoc")
        && s.sentence[state] == s.sentence[c.from()]
        && PersonNames.WORDS.get("behalf").endingAt(s, state, 3) > 0;
  }

  /** Whether a document noun ends at most two words before syllable p ("... công tác của"). */
  private boolean nounEnds(int p) {
    for (int q = Math.max(0, p - NOUN_GAP); q <= p; q++) {
      if (nounEnd[q]) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is "Chính phủ" of "Chính phủ hai nước" or "hai Chính phủ". */
  private boolean bothGovernments(Syllables s, Candidate c) {
    if (!c.name().equals(CandidateNames.GOVERNMENT)) {
      return false;
    }
    int from = c.from() > 0 && s.is(c.from() - 1, "hai") ? c.from() - 1 : c.from();
    return words.get("both-governments").at(s, from) != null;
  }
}
