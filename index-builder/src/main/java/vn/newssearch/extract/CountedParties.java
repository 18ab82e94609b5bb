package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.newssearch.extract.ClauseParties.Candidate;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * A count where a party stands: "Hiệp định CPTPP chính thức được 11 nước ký kết", "giữa ngân hàng
 * SHB với 2 định chế tài chính quốc tế lớn tại Nga". The counted bodies are those the article lists
 * under the same count: "đại diện 11 quốc gia gồm Australia, Brunei, ... và Việt Nam", "Hai định
 * chế tài chính quốc tế lớn tại Nga là ngân hàng Đầu tư Quốc tế (IIB) và ngân hàng Hợp tác Kinh tế
 * Quốc tế (IBEC)". The list must name exactly as many bodies as the count says, and a list
 * elsewhere in the article must count the same noun ("quốc gia" counts "nước"); "hai bên" is the
 * sides just named, never a count of bodies listed elsewhere.
 */
final class CountedParties {
  /** Counts above this are no signing's parties ("hơn 50 trường"); lists that long are not read. */
  static final int MAX_COUNT = 12;

  /** Words between a count and the verb: "5 đại lý bất động sản đã chính thức". */
  private static final int SUBJECT_WORDS = 9;

  /** Words of the counted noun before the word that opens its list ("định chế ... tại Nga là"). */
  private static final int NOUN_WORDS = 12;

  /** Syllables one listed body and its separator may take: how far a list of n is read. */
  private static final int ITEM_WORDS = 16;

  /** How far after the verb a counted object may come ("ký ... với 2 định chế"). */
  private static final int OBJECT_REACH = 24;

  /** How far after the verb "giữa" may come ("ký kết thỏa thuận hợp tác kinh tế giữa"). */
  private static final int PAIR_REACH = 12;

  /** Words between two witnesses and "chứng kiến": "hai nhà lãnh đạo đã cùng chứng kiến". */
  private static final int WITNESS_GAP = 2;

  /**
   * How many sentences before the one before the signing may set both sides against each other ("về
   * phía X ...; về phía Y ..."), for "hai đơn vị đã ký" ({@link #paired}).
   */
  private static final int PAIRED_REACH = 2;

  /**
   * Words between both sides as the subject and the verb: "hai bên cũng đã chính thức ký", "hai đơn
   * vị đã thống nhất và tổ chức ký kết".
   */
  private static final int SUBJECT_GAP = 7;

  /** Syllables a count and a witness-pair noun take: "hai nhà lãnh đạo". */
  private static final int WITNESS_WORDS = 4;

  /** The state our leaders sign for. */
  private static final String VIET_NAM = "Việt Nam";

  private final Syllables s;
  private final ClauseWords words;

  /** Per syllable: part of a person's title ("Các bộ trưởng 11 nước": the states sign). */
  private final boolean[] role;

  /** The candidate bodies of syllables [from, to). */
  private final BiFunction<Integer, Integer, List<Candidate>> candidates;

  /** The list found for each count and noun ("2 dinh"), read once per article. */
  private final java.util.Map<String, List<String>> elsewhere = new java.util.HashMap<>();

  /** The members of a class that signs ("với 6 doanh nghiệp"), read when first needed. */
  private ClassMembers members;

  /** The provinces and cities known to the gazetteer, for "giữa 2 địa phương". */
  private final NameTrie trie;

  /** Whether a word is a Vietnamese family name ("Nguyễn"): the leader is one of ours. */
  private final java.util.function.Predicate<String> surname;

  CountedParties(
      Syllables s,
      ClauseWords words,
      boolean[] role,
      NameTrie trie,
      java.util.function.Predicate<String> surname,
      BiFunction<Integer, Integer, List<Candidate>> candidates) {
    this.s = s;
    this.trie = trie;
    this.surname = surname;
    this.role = role;
    this.words = words;
    this.candidates = candidates;
  }

  /**
   * The bodies counted where the signing's parties stand, listed under the same count in the
   * article, in list order; empty when there is no such count or no list of exactly that many.
   */
  List<String> of(Signings.Signing g) {
    int at = countAt(g);
    if (at < 0) {
      // "với các doanh nghiệp: A, B và C", "với 15 doanh nghiệp, trong đó có A và B"
      List<String> members = members().of(g, -1);
      return members.isEmpty() ? listedSubject(g) : members;
    }
    int n = count(at);
    int[] range = Signings.sentence(s, g.verb());
    // the list that follows the count itself comes first, then any other of the article
    List<String> own = listAfter(at, n);
    if (!own.isEmpty()) {
      return own;
    }
    // "Việt Nam và 10 nước thành viên khác đã ký": the 11 the article lists, Việt Nam among them
    List<String> withOthers = others(at, g) ? listedWithOthers(at, n, range) : List.of();
    if (!withOthers.isEmpty()) {
      return withOthers;
    }
    // once per count and noun: a text that repeats "2 nước" reads the article once, not per signing
    List<String> listed =
        elsewhere.computeIfAbsent(n + " " + noun(at + 1), key -> listedElsewhere(at, n, range));
    // a counted class: "với 10 doanh nghiệp, trong đó có A và B", or listed in a sentence after
    return listed.isEmpty() ? members().of(g, at) : listed;
  }

  /**
   * The states of a document signed in the passive with no signer named, listed under their count
   * elsewhere in the article: "Hiệp định CPTPP đã được ký kết tại Chile" and, in another sentence,
   * "11 nước thành viên gồm Australia, Brunei, ... và Việt Nam" (a probe: the dev set's shape, see
   * docs/agreements.md). Only when the article lists exactly one such set: a count of three or more
   * of states ("nước", "quốc gia", "nền kinh tế"), a word that opens the list and as many states,
   * each a state; else none. Nothing may stand between "được" and the verb but lower-case adverbs
   * ("đã được chính thức ký kết"), so "được 11 nước ký" and "được hai bên ký" are the count's.
   */
  List<String> passiveMembers(Signings.Signing g) {
    if (!g.passive() || g.nominal() || !agentless(g)) {
      return List.of();
    }
    List<String> found = List.of();
    for (int k = 0; k + 1 < s.size; k++) {
      int n = count(k);
      if (n < 3 || !counted(k) || !STATES.equals(noun(k + 1))) {
        continue;
      }
      List<String> listed = members(k, g) ? listAfter(k, n) : List.of();
      if (listed.isEmpty() || !listed.stream().allMatch(words::isState)) {
        continue;
      }
      if (!found.isEmpty()
          && !new java.util.HashSet<>(found).equals(new java.util.HashSet<>(listed))) {
        return List.of(); // two sets of states: which signed is not told
      }
      found = listed;
    }
    return found;
  }

  /**
   * Whether the states counted at k are the document's members: "gồm" after the counted noun, with
   * between them only "thành viên", "của" and capitals the signing's clause names before its verb
   * ("11 nước thành viên CPTPP gồm"); not another group ("6 nước đối tác ASEAN là Trung Quốc, ...",
   * vietnews-train-020995, of a CPTPP signing).
   */
  private boolean members(int k, Signings.Signing g) {
    Phrases.Phrase counted = words.get("count-noun").at(s, k + 1);
    int from = k + 1 + (counted == null ? 1 : counted.length());
    int[] clause = {Signings.clauseStart(s, g.verb()), g.verb()};
    for (int q = from; q < s.size && q < from + NOUN_WORDS && s.sentence[q] == s.sentence[k]; q++) {
      if (s.has(q, Syllables.COMMA | Syllables.BREAK | Syllables.DASH)) {
        return false;
      }
      boolean next = q + 1 < s.size;
      if (s.is(q, "gom") || next && s.is(q, "bao") && s.is(q + 1, "gom")) {
        return true;
      }
      boolean member =
          next && s.is(q, "thanh") && s.is(q + 1, "vien") || q > from && s.is(q, "vien");
      if (!member && !s.is(q, "cua") && !(s.has(q, Syllables.UPPER) && named(q, clause))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the clause [from, to) writes the word at q ("CPTPP"). */
  private boolean named(int q, int[] clause) {
    for (int p = clause[0]; p < clause[1]; p++) {
      if (s.original(p).equals(s.original(q))) {
        return true;
      }
    }
    return false;
  }

  /** The key of the counted noun of states ("nước", and "quốc gia" by "count-noun"). */
  private static final String STATES = "nuoc";

  /**
   * Whether the passive signing names no agent: between "được" and the verb only lower-case words
   * that are no count ("đã được chính thức ký kết").
   */
  private boolean agentless(Signings.Signing g) {
    int from = Math.max(Signings.clauseStart(s, g.verb()), g.verb() - 4);
    for (int k = g.verb() - 1; k >= from; k--) {
      if (s.is(k, "duoc")) {
        return true;
      }
      if (s.has(k, Syllables.UPPER) || count(k) >= 0) {
        return false;
      }
    }
    return false;
  }

  /** The reader of a class's members, made once per article. */
  private ClassMembers members() {
    if (members == null) {
      members = new ClassMembers(s, words, candidates, this::place);
    }
    return members;
  }

  /**
   * The two sides of "giữa" and a count of two after the verb, written by their class: "lễ ký kết
   * hợp tác kinh tế giữa 2 địa phương" (vietnews-train-064453) after "Bí thư Thành uỷ TPHCM ...
   * tặng bức tranh kỷ niệm cho lãnh đạo tỉnh Long An" → TP HCM, tỉnh Long An. They are the bodies
   * of that class ("pair-noun": any body for "bên", "đơn vị"; states for "nước"; provinces for "địa
   * phương") the sentence names before "giữa", else the sentence before, which must name any the
   * signing's own sentence names: exactly two, else none.
   */
  List<String> pair(Signings.Signing g) {
    int between = -1;
    for (int p = g.after(); p < s.size && p < g.after() + PAIR_REACH; p++) {
      if (s.sentence[p] != g.sentence() || s.has(p, Syllables.COMMA | Syllables.BREAK)) {
        break;
      }
      if (s.is(p, "giua")) {
        between = p;
        break;
      }
    }
    Phrases.Phrase noun =
        between < 0 || between + 2 >= s.size || count(between + 1) != 2
            ? null
            : words.get("pair-noun").at(s, between + 2);
    int named = noun == null ? -1 : between + 2 + noun.length();
    if (noun == null
        || noun.value().equals("minister") // people, read only as the subject
        || noun.value().equals("leader")
        || s.sentence[between + 2] != g.sentence()
        || (named < s.size && s.sentence[named] == g.sentence() && s.has(named, Syllables.UPPER))) {
      return List.of(); // "giữa hai nước Pháp và Việt Nam": the clause reads the names it gives
    }
    int[] range = Signings.sentence(s, g.verb());
    List<String> own = of(noun.value(), range[0], between);
    if (own.size() >= 2 || range[0] == 0) {
      return own.size() == 2 ? List.copyOf(own) : List.of();
    }
    // "Nhật Bản mong tăng hợp tác sâu rộng với Việt Nam ... Trước họp báo, Thủ tướng Nguyễn Xuân
    // Phúc cùng Thủ tướng Abe đã dự lễ ký kết nhiều văn kiện giữa hai nước"
    // (vietnews-train-036517):
    // the sentence before names both, among them any the signing's own names
    int[] before = Signings.sentence(s, range[0] - 1);
    List<String> earlier = of(noun.value(), before[0], before[1]);
    return earlier.size() == 2 && earlier.containsAll(own) ? List.copyOf(earlier) : List.of();
  }

  /**
   * Both sides as the subject, written by a count of two and their class ("hai nước", "hai bên",
   * "pair-noun"), where the title pairs no two states ({@link TitlePair}): "Về phần mình, Tehran
   * cũng đang quan tâm trong việc thúc đẩy hợp tác quân sự với Bắc Kinh ... . Vào ngày 14/11, hai
   * nước đã ký kết các thoả thuận" (vietnews-train-030372) → Iran, Trung Quốc. They are the bodies
   * of that class the sentence names before the count, else those it and the sentence before name
   * together: exactly two, else none. The count opens the subject: the clause's start, "khi" ("sau
   * khi hai bên ký kết"), or the people who sign for the sides ("pair-people": "Quan chức hai nước
   * hôm nay ký"); "doanh nghiệp hai nước", "các bộ, ngành hai nước" are bodies of the two sides,
   * not the sides.
   */
  List<String> subjectPair(Signings.Signing g, int headSentences) {
    if (g.nominal()) {
      return List.of(); // "hai bên tổ chức lễ ký": the subject of another verb
    }
    int[] range = Signings.sentence(s, g.verb());
    for (int k = g.verb() - 2; k >= range[0] && k >= g.verb() - SUBJECT_GAP - 2; k--) {
      if (s.has(k + 1, Syllables.COMMA | Syllables.BREAK)) {
        return List.of(); // "hai nước, ..., ký": another clause's subject
      }
      int many = count(k);
      Phrases.Phrase noun = many >= 2 ? words.get("pair-noun").at(s, k + 1) : null;
      if (noun == null || k + 1 + noun.length() > g.verb()) {
        continue;
      }
      if (!opensSubject(k, range[0])) {
        // "Hội LHPN hai nước đã ký kết": the body of that name of each side, named before
        boolean sides = noun.value().equals("body") || noun.value().equals("leader");
        List<String> each = sides ? List.of() : ofEach(k, many, range);
        if (!each.isEmpty()) {
          return each;
        }
        continue;
      }
      if (many > 2) {
        // "04 đơn vị ký kết kế hoạch phối hợp", "3 bên đã ký": the sides the story's head
        // coordinates
        return noun.value().equals("body") && many <= MAX_COUNT && !priced(g)
            ? headRun(many, range[0], headSentences)
            : List.of();
      }
      if (priced(g)) {
        return List.of(); // "hai bên đã ký kết 19 biên bản ..., có tổng giá trị cam kết": firms'
      }
      if (noun.value().equals("leader")) {
        // "Cuối cuộc hội đàm, hai nhà lãnh đạo đã ký tuyên bố chung": each for his state
        List<String> states = statesBefore(range, k);
        return states.size() == 2 ? states : leaderStates(range, k);
      }
      // "hai bên" as the subject are the two states a state visit names ("Nhân chuyến thăm này,
      // hai bên đã ký kết" after the leaders' talks), not the bodies of the sentence before
      List<String> titled = noun.value().equals("body") ? titlePlaces(range[0]) : List.of();
      if (!titled.isEmpty()) {
        return titled; // "Quảng Bình - Khăm Muộn: ..." over "hai bên đã ký kết"
      }
      String kind = noun.value().equals("body") ? "state" : noun.value();
      // "hai bộ trưởng" sign for their ministries: the bodies of the sides found below, not states
      boolean ministers = noun.value().equals("minister");
      List<String> own = ministers ? List.of() : of(kind, range[0], k);
      if (own.size() >= 2 || range[0] == 0) {
        return own.size() == 2 ? List.copyOf(own) : List.of();
      }
      // "... cho Chủ tịch Cuba. ... Chủ tịch nước Nguyễn Phú Trọng cho biết hai bên đã ký"
      int[] before = Signings.sentence(s, range[0] - 1);
      List<String> both = new ArrayList<>(own);
      if (!ministers) {
        of(kind, before[0], before[1]).stream().filter(n -> !both.contains(n)).forEach(both::add);
      }
      if (both.size() != 2 && own.isEmpty() && (ministers || noun.value().equals("body"))) {
        List<String> sides = sides(before); // "... đã làm việc với UBND tỉnh Sơn La. ..., hai bên"
        // "X và Y tổ chức hội nghị ... . Năm 2019, ... . Tại hội nghị, hai đơn vị đã ký": the
        // story's head pairs the sides, sentences before the signing
        for (int n = 0; sides.isEmpty() && n < headSentences; n++) {
          int first = s.startOfSentence(n);
          if (first >= before[0] || s.sentence[first] != n) {
            break;
          }
          sides = sides(Signings.sentence(s, first));
        }
        // "Dự buổi lễ, về phía X có ...; về phía Y có ... . Tham dự còn có ... . Hai đơn vị đã ký":
        // the two delegations a sentence a little before sets side by side (an occasion "giữa X
        // và Y" only in the sentence right before: further back it is as often a document's)
        int[] earlier = before;
        for (int n = 0; sides.isEmpty() && n < PAIRED_REACH && earlier[0] > 0; n++) {
          earlier = semicolonJoined(Signings.sentence(s, earlier[0] - 1), range[0]);
          sides =
              signs(earlier) ? List.of() : sided(earlier, candidates.apply(earlier[0], earlier[1]));
        }
        return sides;
      }
      return both.size() == 2 ? List.copyOf(both) : List.of();
    }
    return List.of();
  }

  /**
   * The states the signing's sentence names before the count at k, else with the sentence before
   * it: exactly two, else none.
   */
  private List<String> statesBefore(int[] range, int k) {
    List<String> own = of("state", range[0], k);
    if (own.size() >= 2 || range[0] == 0) {
      return own.size() == 2 ? List.copyOf(own) : List.of();
    }
    int[] before = Signings.sentence(s, range[0] - 1);
    List<String> both = new ArrayList<>(own);
    of("state", before[0], before[1]).stream().filter(n -> !both.contains(n)).forEach(both::add);
    return both.size() == 2 ? List.copyOf(both) : List.of();
  }

  /** Sentences back from the signing where counted leaders find the leaders they are. */
  private static final int LEADER_REACH = 3;

  /**
   * The states of two counted leaders ("hai nhà lãnh đạo") where the sentences around name other
   * states too ("tại Singapore"): the states of the leaders the sentence names before the count and
   * the sentences before it name by title ("Tổng thống Mỹ Donald Trump và nhà lãnh đạo Triều Tiên
   * Kim Jong-un"), nearest first, up to {@link #LEADER_REACH} sentences back: exactly two, else
   * none.
   */
  private List<String> leaderStates(int[] range, int k) {
    List<String> states = new ArrayList<>(of("leader", range[0], k));
    int first = range[0];
    for (int n = 0; n < LEADER_REACH && first > 0 && states.size() < 2; n++) {
      int[] before = Signings.sentence(s, first - 1);
      of("leader", before[0], before[1]).stream()
          .filter(x -> !states.contains(x))
          .forEach(states::add);
      first = before[0];
    }
    return states.size() == 2 ? List.copyOf(states) : List.of();
  }

  /** Sentences before the signing's own where "X hai nước" may find each side's X named. */
  private static final int EACH_REACH = 3;

  /** Syllables of the organisation before the count: "Bộ trưởng Giao thông Vận tải ba nước". */
  private static final int EACH_WORDS = 6;

  /**
   * The sides of a count of states or provinces that follows the name of a body or of its head at
   * the clause's start ("Hội LHPN hai nước", "Bộ trưởng Công an hai nước", "Lãnh đạo Bộ Quốc phòng
   * hai nước"): the body of that name of each side, as the story has named them in full before, in
   * the signing's sentence or the few before it ("Hội Liên hiệp Phụ nữ Việt Nam ... Hội LHPN Lào",
   * "giữa Bộ Công an Việt Nam và Bộ Công an Trung Quốc"): the bodies whose name is the
   * organisation's, alone or followed by a state or a place, when they are exactly as many as the
   * count; else none. A minister stands for the ministry ("Bộ trưởng Công an" for "Bộ Công an").
   */
  private List<String> ofEach(int k, int n, int[] range) {
    int from = k - 1;
    while (from > range[0]
        && from > k - EACH_WORDS
        && !s.has(from, Syllables.COMMA | Syllables.BREAK)) {
      from--;
    }
    if (from != range[0] && !s.has(from, Syllables.COMMA | Syllables.BREAK)) {
      return List.of(); // "... nhân dân hai nước": no clause's start within reach
    }
    Phrases.Phrase people = words.get("pair-people").at(s, from);
    boolean minister = s.is(from, "bo") && from + 1 < k && s.is(from + 1, "truong");
    int org = people != null && !minister ? from + people.length() : from;
    if (org >= k || !s.has(org, Syllables.UPPER)) {
      return List.of(); // "doanh nghiệp hai nước", "Lãnh đạo hai nước": no organisation
    }
    StringBuilder name = new StringBuilder();
    if (minister) {
      name.append('b'); // "Bộ trưởng Công an" heads "Bộ Công an"
      org = from + 2;
      if (org < k && s.is(org, "bo")) {
        org++; // "Bộ trưởng Bộ Công an"
      }
    }
    for (int q = org; q < k; q++) {
      name.append(initials(s.original(q)));
    }
    if (name.length() < 2) {
      return List.of(); // "Bộ hai nước": no name
    }
    int first = range[0];
    for (int m = 0; m < EACH_REACH && first > 0; ) {
      int[] before = Signings.sentence(s, first - 1);
      if (!s.charBefore(before[1], ';')) {
        m++; // "...; Huy chương Hữu nghị cho 2 cá nhân của ..." is one sentence of its parts
      }
      first = before[0];
    }
    java.util.Map<String, String> found = eachNamed(first, from, name.toString());
    if (found.size() != n) {
      // "Bộ Công an hai nước ... ký biên bản ...", then "Bộ trưởng Bộ Công an Việt Nam ... tiếp ...
      // Bộ trưởng Bộ Công an Vương quốc Campuchia": the sides named in full in the few sentences
      // after the signing's, where none before are
      int last = range[1];
      for (int m = 0; m < EACH_REACH && last < s.size; m++) {
        last = Signings.sentence(s, last)[1];
      }
      java.util.Map<String, String> after = eachNamed(first, last, name.toString());
      found = found.isEmpty() || after.keySet().containsAll(found.keySet()) ? after : found;
    }
    return found.size() == n ? List.copyOf(found.values()) : List.of();
  }

  /**
   * The bodies of [from, to) whose name is {@code name} ({@link #named}), one per name however
   * written ("Hội LHPN Lào", "Hội Liên hiệp Phụ nữ Lào"): the fullest, keyed by its initials.
   */
  private java.util.Map<String, String> eachNamed(int from, int to, String name) {
    java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
    for (Candidate c : candidates.apply(from, to)) {
      String body = c.name();
      Phrases.Phrase state =
          c.to() < s.size && s.sentence[c.to()] == s.sentence[c.from()]
              ? words.countryAnywhere(s, c.to())
              : null;
      if (state != null && !state.value().equals(VIET_NAM) && !body.endsWith(state.value())) {
        body = body + " " + state.value(); // "Bộ Quốc phòng | Campuchia": the foreign ministry
      }
      if (named(body, name)) {
        String key =
            String.join(
                "",
                java.util.Arrays.stream(body.split(" ")).map(CountedParties::initials).toList());
        found.merge(key, body, (a, b) -> b.length() > a.length() ? b : a);
      }
    }
    return found;
  }

  /**
   * Whether the body {@code body} bears the organisation's name, written by its {@link #initials}
   * ({@code name}: "hlhpn" for "Hội LHPN" and "Hội Liên hiệp Phụ nữ" alike), alone ("Bộ Công an")
   * or followed by a state or a place ("Hội Liên hiệp Phụ nữ Lào", "Hội Cựu chiến binh tỉnh Hà
   * Tĩnh").
   */
  private boolean named(String body, String name) {
    String[] parts = body.split(" ");
    StringBuilder written = new StringBuilder();
    for (int w = 0; w < parts.length && written.length() < name.length(); w++) {
      written.append(initials(parts[w]));
      if (written.length() >= name.length()) {
        if (!written.toString().equals(name)) {
          return false;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(parts, w + 1, parts.length));
        return rest.isEmpty()
            || words.isState(rest)
            || words.stateNamed(rest) != null
            || rest.startsWith("tỉnh ")
            || rest.startsWith("thành phố ")
            || rest.startsWith("Thành phố ");
      }
    }
    return false;
  }

  /**
   * A word as its initial, or all its letters when it is itself an initialism ("Hội" → "h", "LHPN"
   * → "lhpn"), folded.
   */
  private static String initials(String word) {
    String folded = VietnameseAnalysis.foldKey(word).replaceAll("[^a-z0-9]", "");
    if (folded.isEmpty()) {
      return "";
    }
    boolean initialism = word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    return initialism ? folded : folded.substring(0, 1);
  }

  /**
   * The n sides a count of more than two stands for ("Sau đó, 04 đơn vị ký kết kế hoạch phối hợp"):
   * the one run of bodies a sentence of the story's head, before the signing's own, coordinates
   * with commas, "và", "cùng" or "với" ("Sáng 2/4, Đoàn Thanh niên A cùng B, C và D tổ chức ..."),
   * when it names exactly n distinct bodies and the sentence signs nothing itself; else none.
   */
  private List<String> headRun(int n, int before, int headSentences) {
    for (int m = 0; m < headSentences; m++) {
      int first = s.startOfSentence(m);
      if (first < 0 || first >= before || s.sentence[first] != m) {
        break;
      }
      int[] sentence = Signings.sentence(s, first);
      if (signs(sentence)) {
        continue; // a head sentence that signs names its own sides
      }
      List<Candidate> bodies = new ArrayList<>(candidates.apply(sentence[0], sentence[1]));
      bodies.removeIf(Candidate::place); // "tại xã A, huyện B": where, not who
      List<String> run = run(bodies);
      if (!run.isEmpty()) {
        return run.size() == n ? run : List.of();
      }
    }
    return List.of();
  }

  /**
   * The bodies of the one coordinated run of two or more among {@code bodies} ("A cùng B, C và D"),
   * each joined to the one before by a comma or "và", "cùng", "với"; empty when there is none, or
   * more than one, or a body is named twice.
   */
  private List<String> run(List<Candidate> bodies) {
    List<String> found = List.of();
    int i = 0;
    while (i < bodies.size()) {
      List<String> run = new ArrayList<>(List.of(bodies.get(i).name()));
      int j = i;
      while (j + 1 < bodies.size() && coordinated(bodies.get(j), bodies.get(j + 1))) {
        run.add(bodies.get(++j).name());
      }
      if (run.size() >= 2) {
        if (!found.isEmpty() || run.stream().distinct().count() != run.size()) {
          return List.of();
        }
        found = List.copyOf(run);
      }
      i = j + 1;
    }
    return found;
  }

  /** Whether y follows x as the next member of a list: after a comma, "và", "cùng" or "với". */
  private boolean coordinated(Candidate x, Candidate y) {
    int and = x.to();
    while (and < y.from() && s.has(and, Syllables.PAREN)) {
      and++; // "Sở Y tế (tỉnh A), ..."
    }
    if (y.from() == and) {
      return s.has(and, Syllables.COMMA) && s.sentence[and] == s.sentence[x.from()];
    }
    return y.from() == and + 1 && (s.is(and, "va") || s.is(and, "voi") || s.is(and, "cung"));
  }

  /**
   * The two provinces or cities, of ours or abroad, that the headline pairs with a dash and no
   * other place beside, where the pair opens the headline or follows a word of signing or
   * cooperation ("title-pair-after": "Quảng Bình - Khăm Muộn: ...", "Ký kết hợp tác Hà Tĩnh -
   * Bolikhamxay"), for "hai bên" in a later sentence, as {@link TitlePair} pairs two states; not
   * the places of a sector's or a body's news ("Hợp tác quân sự Kiên Giang - Kampot", "Phụ nữ hai
   * tỉnh Tây Ninh - Svay Rieng": their bodies sign). Else none.
   */
  private List<String> titlePlaces(int before) {
    if (before == 0 || s.size == 0 || s.sentence[0] != 0) {
      return List.of();
    }
    List<NameTrie.Match> places = new ArrayList<>();
    for (int k = 0; k < s.size && s.sentence[k] == 0 && places.size() <= 2; k++) {
      NameTrie.Match p =
          s.has(k, Syllables.UPPER) ? trie.longest(s, k, Kind.PROVINCE.bit(), false) : null;
      NameTrie.Match type = p == null ? trie.longest(s, k, Kind.TYPE.bit(), true) : null;
      int at = type != null && type.to() < s.size ? type.to() : -1;
      p =
          at >= 0 && s.has(at, Syllables.UPPER)
              ? trie.longest(s, at, Kind.PROVINCE.bit(), false)
              : p;
      if (p != null) {
        places.add(new NameTrie.Match(p.entry(), k, p.to()));
        k = p.to() - 1;
      }
    }
    if (places.size() != 2) {
      return List.of();
    }
    NameTrie.Match a = places.get(0);
    NameTrie.Match b = places.get(1);
    boolean opens =
        a.from() == 0 || words.get("title-pair-after").endingAt(s, a.from(), PAIR_WORDS) > 0;
    String x = a.entry().province().asParty();
    String y = b.entry().province().asParty();
    return opens && b.from() == a.to() && s.has(b.from(), Syllables.DASH) && !x.equals(y)
        ? List.of(x, y)
        : List.of();
  }

  /** The most syllables of a word before a headline's pair of places ("ký kết hợp tác"). */
  private static final int PAIR_WORDS = 4;

  /**
   * The two sides the sentence pairs as a meeting ({@link #met}) or side by side ({@link #joined}).
   */
  private List<String> sides(int[] sentence) {
    return sides(sentence, false);
  }

  /**
   * The two sides the sentence sets against each other ({@link #met}, {@link #joined}, {@link
   * #paired}); {@code evenSigning} reads a sentence that tells a signing of its own too.
   */
  private List<String> sides(int[] sentence, boolean evenSigning) {
    List<String> met = met(sentence);
    List<String> sides = met.isEmpty() ? joined(sentence, evenSigning) : met;
    return sides.isEmpty() ? paired(sentence, evenSigning) : sides;
  }

  /**
   * The two sides the story pairs, for an agreement none of whose signings names a side. First each
   * signing's own clause, which the clause reading left without sides: two states a dash joins in
   * what it signs ({@link #dashed}), a meeting or a partnership, two bodies side by side (not the
   * last two of a list: {@link #placeBefore}), an occasion between them ("X và Y tổ chức sơ kết ...
   * và tổ chức ký kết quy chế mới", "X và Y - hai đơn vị có cán bộ trong đoàn - đã ký kết"). Then
   * the first title or lead sentence that signs nothing and sets exactly two bodies against each
   * other ({@link #sides}): "X hợp tác với Y ..." in the title over "Tại lễ ký kết, ..." in the
   * body; "Việc hợp tác ... giữa X và Y" in the lead under "Ký kết hợp tác ...". None when one of
   * the signings tells its own sides other than by name: "giữa" or "với" and a word in lower case
   * after the verb ("lễ ký kết thoả thuận giữa một số bộ ngành và tập đoàn kinh tế", "với 36
   * tỉnh"), or a count of sides other than two before it ("3 bên đã ký kết").
   */
  List<String> headPair(int headSentences, List<Signings.Signing> signings) {
    for (Signings.Signing g : signings) {
      int[] range = Signings.sentence(s, g.verb());
      for (int k = g.after(); k < range[1]; k++) {
        if ((s.is(k, "giua") || s.is(k, "voi"))
            && k + 1 < range[1]
            && !s.has(k + 1, Syllables.UPPER)) {
          return List.of(); // not "giữa Bệnh viện X và Tập đoàn Y" after a long document's name
        }
      }
      for (int k = range[0]; k < g.verb(); k++) {
        if (count(k) > 2 && words.get("pair-noun").at(s, k + 1) != null) {
          return List.of();
        }
      }
    }
    for (Signings.Signing g : signings) {
      // the clause from its last comma: not a phrase before it ("Được sự đồng ý của X và Y, Ban
      // quản lý ... ký")
      int[] sentence = Signings.sentence(s, g.verb());
      int[] clause = {Signings.clauseStart(s, g.verb()), sentence[1]};
      List<String> own = dashed(g, sentence[1]);
      own = own.isEmpty() ? sides(clause, true) : own;
      if (!own.isEmpty()) {
        return own;
      }
    }
    for (int n = 0; n < headSentences; n++) {
      int first = s.startOfSentence(n);
      if (first >= s.size || s.sentence[first] != n || signedIn(n, signings)) {
        continue; // a signing's own sentence is read above, by its clause
      }
      List<String> sides = sides(Signings.sentence(s, first), true);
      if (!sides.isEmpty()) {
        return sides;
      }
    }
    return List.of();
  }

  /**
   * The two states a dash joins after the verb, in the words of what is signed ("Ký kết chương
   * trình hợp tác nuôi trồng thủy sản Việt Nam – Ai Cập"): the document of those two, when no comma
   * comes between the verb and them; else none.
   */
  private List<String> dashed(Signings.Signing g, int to) {
    for (int k = g.after(); k < to; k++) {
      boolean bracket = s.has(k, Syllables.PAREN) || k > 0 && s.has(k - 1, Syllables.PAREN);
      if (s.has(k, Syllables.COMMA) || s.has(k, Syllables.BREAK) && !bracket) {
        return List.of(); // "ký kết thỏa thuận, ... Việt Nam – Lào": another clause's
      }
      NameTrie.Match x = s.has(k, Syllables.PAREN) ? null : state(k); // not "(MOU)" nor inside
      NameTrie.Match y = x == null || x.to() >= to ? null : state(x.to());
      if (y != null && y.to() <= to && s.has(y.from(), Syllables.DASH)) {
        String a = x.entry().value();
        String b = y.entry().value();
        return a.equals(b) ? List.of() : List.of(a, b);
      }
    }
    return List.of();
  }

  /** A state's name written from k, capitalised and spelled as listed ("Ảnh" is no "Anh"). */
  private NameTrie.Match state(int k) {
    return s.has(k, Syllables.UPPER) ? NameBounds.country(trie, s, k, false) : null;
  }

  /** Syllables of a state or province that may end right before a clause's comma. */
  private static final int PLACE_WORDS = 4;

  /**
   * Whether a state or a province, named as one of a list and not as where ("tại Hà Nội, ..."),
   * ends before the comma that opens a clause at {@code at}.
   */
  private boolean placeBefore(int at) {
    if (!s.has(at, Syllables.COMMA)) {
      return false;
    }
    for (int j = Math.max(0, at - PLACE_WORDS); j < at; j++) {
      NameTrie.Match place =
          s.has(j, Syllables.UPPER)
              ? trie.longest(s, j, Kind.COUNTRY.bit() | Kind.PROVINCE.bit(), false)
              : null;
      if (place != null && place.to() == at) {
        return j == 0 || !s.is(j - 1, "tai") && !s.is(j - 1, "o"); // not "tại Hà Nội, X và Y"
      }
    }
    return false;
  }

  /** Whether one of the signings is told in sentence n. */
  private static boolean signedIn(int n, List<Signings.Signing> signings) {
    return signings.stream().anyMatch(g -> g.sentence() == n);
  }

  /**
   * The sentence and those after it that only a ';' parts from it ("về phía X có ...; về phía Y có
   * ..."), up to {@code limit}.
   */
  private int[] semicolonJoined(int[] sentence, int limit) {
    int to = sentence[1];
    for (int n = 0; n < 2 && to < limit && s.charBefore(to, ';'); n++) {
      to = Math.min(limit, Signings.sentence(s, to)[1]);
    }
    return new int[] {sentence[0], to};
  }

  /**
   * The two sides the sentence [from, to) sets against each other, when it signs nothing itself: an
   * occasion "giữa X và Y" ("đồng chủ trì Hội nghị hợp tác ... giữa Bộ Y tế Việt Nam và Bộ Y tế
   * Lào", then "Kết thúc hội nghị, hai bộ trưởng đã ký kết Biên bản ...") or the two delegations
   * ({@link #sided}); else none.
   */
  private List<String> paired(int[] sentence, boolean evenSigning) {
    if (!evenSigning && signs(sentence)) {
      return List.of(); // the sentence's own signing names its own sides
    }
    List<Candidate> bodies = candidates.apply(sentence[0], sentence[1]);
    for (int i = 0; i + 1 < bodies.size(); i++) {
      Candidate x = bodies.get(i);
      if (x.from() > sentence[0] && s.is(x.from() - 1, "giua")) {
        Candidate y = bodies.get(i + 1);
        int and = x.to();
        while (and < y.from() && s.has(and, Syllables.PAREN)) {
          and++; // "giữa Sở Y tế (tỉnh A) và ..."
        }
        boolean pair = y.from() == and + 1 && (s.is(and, "va") || s.is(and, "voi"));
        return pair && !x.name().equals(y.name()) ? List.of(x.name(), y.name()) : List.of();
      }
    }
    return sided(sentence, bodies);
  }

  /**
   * The two delegations the sentence [from, to) sets side by side, "về phía X ...; về phía Y ..."
   * ("Dự lễ, về phía Sở Tư pháp tỉnh A có ...; về phía Sở Tư pháp tỉnh B có ...", then "Hai đơn vị
   * đã ký kết quy chế ..."): the bodies right after "phía", when they are exactly two; else none.
   */
  private List<String> sided(int[] sentence, List<Candidate> bodies) {
    List<String> sided = new ArrayList<>();
    for (Candidate x : bodies) {
      if (x.from() > sentence[0]
          && s.is(x.from() - 1, "phia")
          && !s.has(x.from(), Syllables.COMMA | Syllables.BREAK)
          && !sided.contains(x.name())) {
        sided.add(x.name()); // "về phía X có ông A"
      }
    }
    return sided.size() == 2 ? List.copyOf(sided) : List.of();
  }

  /** Whether the sentence [from, to) tells a signing of its own ("ký", "kí" as the verb). */
  private boolean signs(int[] sentence) {
    for (int k = sentence[0]; k < sentence[1]; k++) {
      if ((s.is(k, "ky") || s.is(k, "ki")) && Signings.isSign(s, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The two sides of a meeting the sentence [from, to) tells, "X (đã) làm việc với Y" ("meeting" in
   * party-words.tsv: "làm việc", "hội đàm", "gặp"): the bodies it names, when they are exactly two,
   * one before the meeting's verb and one after its "với" ("Sáng 5/4, đoàn công tác của Bộ Y tế do
   * Thứ trưởng ... dẫn đầu đã làm việc với UBND tỉnh Sơn La" → Bộ Y tế, Ủy ban nhân dân tỉnh Sơn
   * La); else none. "hai bên" that sign after it are those two.
   */
  private List<String> met(int[] sentence) {
    Phrases meeting = words.get("meeting");
    Phrases partner = words.get("partner");
    for (int k = sentence[0]; k < sentence[1] - 1; k++) {
      Phrases.Phrase met = meeting.at(s, k);
      Phrases.Phrase verb = met != null ? met : partner.at(s, k);
      int with = verb == null ? -1 : k + verb.length();
      if (verb == null || with >= sentence[1] || !s.is(with, "voi")) {
        continue;
      }
      List<String> before = of("body", sentence[0], k);
      List<String> after = of("body", with + 1, sentence[1]);
      return before.size() == 1 && after.size() == 1 && !before.equals(after)
          ? List.of(before.get(0), after.get(0))
          : List.of();
    }
    return List.of();
  }

  /**
   * The two bodies the sentence [from, to) names as a pair, one right after the other with "và",
   * "với" or "cùng" between and no other body in the sentence ("Thành Đoàn TP.HCM và Tập đoàn FPT
   * vừa bắt tay hợp tác ..." then "..., hai đơn vị đã ký kết hợp tác", probe p20-054), when that
   * sentence signs nothing itself; else none. With {@code evenSigning}, a signing's own clause: not
   * the last two of a list its comma cut ({@link #placeBefore}).
   */
  private List<String> joined(int[] sentence, boolean evenSigning) {
    for (int k = sentence[0]; k < sentence[1] && !evenSigning; k++) {
      if ((s.is(k, "ky") || s.is(k, "ki")) && Signings.isSign(s, k)) {
        return List.of(); // "Tập đoàn ... và Tập đoàn ExxonMobil đã ký ... . Về quốc phòng, hai
        // bên đã ký": a pair that signs in its own sentence is not the next sentence's sides
      }
    }
    if (evenSigning && placeBefore(sentence[0])) {
      return List.of(); // "Đại diện phái đoàn Nga, Thổ Nhĩ Kỳ và Iran ký"
    }
    List<Candidate> bodies = candidates.apply(sentence[0], sentence[1]);
    if (bodies.size() != 2 || bodies.get(0).name().equals(bodies.get(1).name())) {
      return List.of();
    }
    int and = bodies.get(0).to();
    while (and < bodies.get(1).from() && s.has(and, Syllables.PAREN)) {
      and++; // "LĐLĐ TP Thủ Đức (TP.HCM) và Công ty TNHH MM Mega Market Việt Nam"
    }
    return bodies.get(1).from() == and + 1
            && (s.is(and, "va") || s.is(and, "voi") || s.is(and, "cung"))
        ? List.of(bodies.get(0).name(), bodies.get(1).name())
        : List.of();
  }

  /**
   * Whether the signing's sentence prices its documents after the verb ("value": "19 biên bản thoả
   * thuận hợp tác ..., có tổng giá trị cam kết gần 10 tỷ USD", vietnews-test-014996): deals of the
   * sides' firms, not of the sides.
   */
  private boolean priced(Signings.Signing g) {
    for (int k = g.after(); k < s.size && s.sentence[k] == g.sentence(); k++) {
      if (words.get("value").at(s, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a count at k opens the subject of its clause (which starts at or after {@code from}):
   * the sentence's start or a comma before it, "khi" before it, or the people who sign for the
   * sides right before it ("Quan chức hai nước", "thủ tướng hai nước").
   */
  private boolean opensSubject(int k, int from) {
    if (k == from || s.has(k, Syllables.COMMA | Syllables.BREAK) || s.is(k - 1, "khi")) {
      return true;
    }
    for (int j = Math.max(from, k - WITNESS_WORDS); j < k; j++) {
      Phrases.Phrase people = words.get("pair-people").at(s, j);
      if (people != null && j + people.length() == k) {
        return j == from || s.has(j, Syllables.COMMA | Syllables.BREAK);
      }
    }
    return false;
  }

  /**
   * The two states whose leaders witness a ceremony, written by a count of two that opens the
   * clause: "Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký các văn kiện trong nhiều lĩnh vực"
   * (vietnews-train-023193) under "Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng và Tổng thống Ấn Độ
   * Ram Nath Kovind" → Việt Nam, Ấn Độ. They are the states (or leaders standing for them) the
   * title and lead name: exactly two, else none.
   */
  List<String> witnessed(Signings.Signing g, int headSentences) {
    int p = g.verb() - 1;
    if (!g.nominal() || p < 1 || !s.is(p, "le")) {
      return List.of();
    }
    p -= s.is(p - 1, "buoi") ? 2 : 1; // "chứng kiến (buổi) lễ ký"
    p -= p > 0 && s.is(p, "cac") ? 1 : 0; // "chứng kiến các lễ ký kết văn kiện"
    if (p < 1 || !s.is(p, "kien") || !s.is(p - 1, "chung")) {
      return List.of();
    }
    int witness = p - 1;
    // "lễ ký kết Thoả thuận hợp tác giữa một số bộ ngành và tập đoàn kinh tế"
    // (vietnews-test-010573): documents with sides of their own, not the two states
    boolean named = false; // "giữa hai nước Pháp và Việt Nam": the clause reads the sides
    for (int k = g.after(); k < s.size && s.sentence[k] == g.sentence(); k++) {
      // "văn kiện giữa đại diện hai nước" (vietnews-train-037289): the two states' envoys
      int side = k + 1 < s.size && s.is(k + 1, "dai") && s.is(k + 2, "dien") ? k + 3 : k + 1;
      if (s.is(k, "giua") && (side >= s.size || count(side) != 2)) {
        return List.of();
      }
      named |= s.is(k, "giua") && side + 2 < s.size && s.has(side + 2, Syllables.UPPER);
      // "chứng kiến lễ ký một số thoả thuận hợp tác kinh tế quan trọng, tổng trị giá hơn 21 tỉ
      // USD" (vietnews-val-005820): priced deals are the firms', not the states'
      if (s.is(k, "tri") && k + 1 < s.size && s.is(k + 1, "gia")) {
        return List.of();
      }
    }
    // "hai Thủ tướng (đã) (cùng) chứng kiến": between the leaders and the verb only those words
    int end = witness;
    while (end > 0
        && witness - end < WITNESS_GAP
        && (s.is(end - 1, "da") || s.is(end - 1, "cung") || together(end - 1))) {
      end--;
    }
    for (int k = end - 1; k >= 0 && k >= end - WITNESS_WORDS; k--) {
      Phrases.Phrase noun = count(k) == 2 ? words.get("witness-pair").at(s, k + 1) : null;
      if (noun != null && k + 1 + noun.length() == end) {
        boolean opens = k == 0 || s.sentence[k - 1] != g.sentence() || s.has(k, Syllables.COMMA);
        return opens ? headStates(headSentences) : List.of();
      }
      if (s.sentence[k] != g.sentence() || s.has(k, Syllables.COMMA | Syllables.BREAK)) {
        break;
      }
    }
    int from = asideStart(end);
    if (from == end
        && from > 0
        && s.has(from, Syllables.COMMA)
        && s.sentence[from - 1] == g.sentence()) {
      // "Thủ tướng A và Thủ tướng B sau đó hội đàm, chứng kiến lễ ký" (vietnews-train-037289):
      // the witness verb shares the subject of the clause before
      from = asideStart(from - 1);
    }
    if (!twoLeaders(from, witness)) {
      return List.of();
    }
    // "Tổng Bí thư Nguyễn Phú Trọng và Thủ tướng Hun Sen chứng kiến lễ ký" under a title that
    // names one state: the witnesses' own states
    List<String> head = headStates(headSentences);
    List<String> own = head.size() == 2 || named ? head : of("state", from, witness);
    return own.size() == 2 ? List.copyOf(own) : List.of();
  }

  /** Whether k is the "nhau" of "cùng nhau" (together) before a witness verb. */
  private boolean together(int k) {
    return k > 0 && s.is(k, "nhau") && s.is(k - 1, "cung");
  }

  /**
   * The start of the clause that holds syllable k, back over a bracketed aside ("Thủ tướng ... hôm
   * nay (22-4) đã chứng kiến", vietnews-test-005057): a bracket breaks no clause.
   */
  private int asideStart(int k) {
    int p = Signings.clauseStart(s, k);
    while (p > 0 && s.charBefore(p, ')') && s.has(p - 1, Syllables.PAREN)) {
      int q = p - 1;
      while (q > 0 && s.has(q, Syllables.PAREN) && s.sentence[q - 1] == s.sentence[k]) {
        q--;
      }
      if (s.has(q, Syllables.PAREN)) {
        break;
      }
      p = Signings.clauseStart(s, q);
    }
    return p;
  }

  /**
   * Whether the clause [from, to) opens with a leader joined by "và" or "cùng" to another: "Thủ
   * tướng Nguyễn Xuân Phúc và Thủ tướng Lý Hiển Long đã thông qua tuyên bố chung và chứng kiến"
   * (vietnews-train-057712), "... và bà Aung San Suu Kyi".
   */
  private boolean twoLeaders(int from, int to) {
    int first = leaderAt(from) ? from : reported(from, to);
    if (first < 0 || !leaderAt(first)) {
      return false;
    }
    for (int k = first + 1; k + 1 < to; k++) {
      if ((s.is(k, "va") || s.is(k, "cung") || metWith(k))
          && (leaderAt(k + 1)
              || s.is(k + 1, "ba")
              || words.get("counterpart").at(s, k + 1) != null)) {
        return true; // "Thủ tướng Campuchia Hun Sen và người đồng cấp Thái Lan ..."
      }
    }
    return false;
  }

  /**
   * The syllable after the first report word in [from, to) ("Hãng tin AFP cho biết Thủ tướng ..."):
   * the clause the source reports starts there; -1 when there is none.
   */
  private int reported(int from, int to) {
    for (int k = from; k < to; k++) {
      Phrases.Phrase said = words.get("report").at(s, k);
      if (said != null) {
        return k + said.length();
      }
    }
    return -1;
  }

  /**
   * Whether a leader's title starts at k ("Thủ tướng", "Tổng Bí thư"), or "ông" and a known one.
   */
  private boolean leaderAt(int k) {
    return words.get("state-title").at(s, k) != null
        || words.get("our-leader").at(s, k) != null
        || k + 1 < s.size
            && (s.is(k, "ong") || s.is(k, "ba"))
            && TitledParties.knownLeader(s, k + 1, false) != null;
  }

  /**
   * Whether k is the "với" of a meeting ("meeting": "hội đàm với"), which joins two leaders as "và"
   * does: "Tổng thống Hàn Quốc Moon Jae - in hội đàm với Chủ tịch nước Trần Đại Quang, chứng kiến
   * các lễ ký kết văn kiện" (vietnews-train-039834).
   */
  private boolean metWith(int k) {
    if (!s.is(k, "voi")) {
      return false;
    }
    for (int len = 1; len <= 2 && k - len >= 0; len++) {
      Phrases.Phrase verb = words.get("meeting").at(s, k - len);
      if (verb != null && verb.length() == len) {
        return true;
      }
    }
    return false;
  }

  /** The two states the title and lead name (a leader for his state), if exactly two. */
  private List<String> headStates(int headSentences) {
    List<String> states = of("state", 0, s.startOfSentence(headSentences));
    return states.size() == 2 ? List.copyOf(states) : List.of();
  }

  /**
   * The distinct bodies of a pair-noun's class in syllables [from, to), in text order. A leader
   * stands for a state: "Chủ tịch Trung Quốc Tập Cận Bình" for Trung Quốc, and one of ours named by
   * a Vietnamese name ("Tổng Bí thư Nguyễn Phú Trọng") for Việt Nam; kind "leader" reads only the
   * states of leaders so named, not a state's bare name.
   */
  private List<String> of(String kind, int from, int to) {
    List<Candidate> found = new ArrayList<>();
    if (kind.equals("body")) {
      found.addAll(candidates.apply(from, to));
    }
    // "LĐLĐ TP Thủ Đức (TP.HCM) và Công ty TNHH MM Mega Market Việt Nam": a state's name inside a
    // body's is no state
    List<Candidate> bodies = kind.equals("state") ? candidates.apply(from, to) : List.of();
    for (int k = from; k < to; k++) {
      Candidate c = kind.equals("province") ? province(k) : leader(k, to);
      if (c == null && kind.equals("state") && !Candidate.inside(bodies, k)) {
        Phrases.Phrase state = words.countryAnywhere(s, k);
        c = state == null ? null : new Candidate(k, k + state.length(), state.value());
      }
      if (c != null) {
        found.add(c);
        k = c.to() - 1;
      }
    }
    found.sort(java.util.Comparator.comparingInt(Candidate::from));
    List<String> out = new ArrayList<>();
    found.stream().map(Candidate::name).filter(n -> !out.contains(n)).forEach(out::add);
    return out;
  }

  /** The province or city named at k ("tỉnh Long An", "TPHCM"), else null. */
  private Candidate province(int k) {
    if (s.id[k] < 0 || !s.has(k, Syllables.UPPER)) {
      return null;
    }
    NameTrie.Match prov = trie.longest(s, k, NameTrie.Kind.PROVINCE.bit(), false);
    if (prov == null) {
      return null;
    }
    return new Candidate(k, prov.to(), prov.entry().province().asParty());
  }

  /**
   * The province or city named at k, its type maybe in lower case ("tỉnh Lào Cai" of "với 15 tỉnh,
   * trong đó có tỉnh Lào Cai và tỉnh Yên Bái"), else null.
   */
  private Candidate place(int k) {
    Candidate c = province(k);
    int type = s.is(k, "tinh") ? 1 : s.is(k, "thanh") && s.is(k + 1, "pho") ? 2 : 0;
    Candidate named =
        c != null || type == 0 || s.has(k, Syllables.UPPER) ? null : province(k + type);
    return named == null ? c : new Candidate(k, named.to(), named.name());
  }

  /**
   * The state of the leader whose title starts at k, before {@code to}: "Chủ tịch Trung Quốc" →
   * Trung Quốc, "Tổng Bí thư Nguyễn Phú Trọng" (one of ours, a Vietnamese name right after the
   * title) → Việt Nam; else null.
   */
  private Candidate leader(int k, int to) {
    Phrases.Phrase title = words.get("state-title").at(s, k);
    int q = title == null ? -1 : k + title.length();
    Phrases.Phrase state = q < 0 || q >= to ? null : words.countryAnywhere(s, q);
    if (state != null) {
      return new Candidate(k, q + state.length(), state.value());
    }
    Phrases.Phrase ours = words.get("our-leader").at(s, k);
    q = ours == null ? -1 : k + ours.length();
    if (q >= 0 && q < to && s.has(q, Syllables.UPPER) && surname.test(s.original(q))) {
      return new Candidate(k, q + 1, VIET_NAM);
    }
    // "Thủ tướng Hun Sen": a well-known leader's name after his title
    q = title == null ? -1 : k + title.length();
    String known = q < 0 || q >= to ? null : TitledParties.knownLeader(s, q, false);
    return known == null ? null : new Candidate(k, q + 1, known);
  }

  /**
   * Whether the counted noun at k is "the others" of a body named before it: "khác" after the noun
   * and its words, before the verb ("Việt Nam và 10 nước thành viên khác đã ký").
   */
  private boolean others(int k, Signings.Signing g) {
    if (k == 0 || k > g.verb() || !s.is(k - 1, "va") && !s.is(k - 1, "cung")) {
      return false;
    }
    for (int q = k + 2; q < g.verb() && q <= k + NOUN_WORDS; q++) {
      if (s.has(q, Syllables.COMMA | Syllables.BREAK | Syllables.UPPER)) {
        return false;
      }
      if (s.is(q, "khac")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The list of n + 1 under the same noun elsewhere in the article that names the body before the
   * count's link ("11 nước thành viên CPTPP gồm Australia, ... và Việt Nam"), else empty.
   */
  private List<String> listedWithOthers(int at, int n, int[] range) {
    List<Candidate> before = candidates.apply(range[0], at - 1);
    if (before.isEmpty() || before.get(before.size() - 1).to() != at - 1) {
      return List.of();
    }
    String named = before.get(before.size() - 1).name();
    List<String> listed = listedElsewhere(at, n + 1, range);
    return listed.contains(named) ? listed : List.of();
  }

  /** The first list of exactly n under the same count and noun outside the count's own clause. */
  private List<String> listedElsewhere(int at, int n, int[] range) {
    String noun = noun(at + 1);
    for (int k = 0; k + 1 < s.size; k++) {
      boolean outside = k < range[0] || k >= range[1] || k > at;
      if (k != at && outside && count(k) == n && noun.equals(noun(k + 1))) {
        List<String> listed = listAfter(k, n);
        if (!listed.isEmpty()) {
          return listed;
        }
      }
    }
    return List.of();
  }

  /**
   * The syllable of a count of two or more where the signing's parties stand: the agents of a
   * passive ("được 11 nước ký"), the subject ("và 5 đại lý bất động sản đã ký", "Việc 11 nước ký
   * kết"), or after "với", "giữa", "cùng" or "và" following the verb; else -1.
   */
  private int countAt(Signings.Signing g) {
    int sentence = g.sentence();
    int reach = SUBJECT_WORDS + placeWords(g.verb());
    for (int k = g.verb() - 1; k >= 0 && k >= g.verb() - reach; k--) {
      if (s.sentence[k] != sentence || s.has(k + 1, Syllables.COMMA | Syllables.BREAK)) {
        break;
      }
      if (counted(k) && opensParty(k)) {
        return k;
      }
    }
    for (int k = g.after(); k < s.size && k < g.after() + OBJECT_REACH; k++) {
      if (s.sentence[k] != sentence) {
        break;
      }
      if (counted(k) && linked(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The syllables of a place the counted subject is at, "tại" to its last capital before the verb
   * ("cùng 6 doanh nghiệp tại Khu chế xuất Tân Thuận đã ký"): the bodies' place, not words that
   * keep the count from the verb; 0 when none.
   */
  private int placeWords(int verb) {
    int last = -1;
    for (int k = verb - 1; k >= 0 && k >= verb - SUBJECT_WORDS; k--) {
      if (s.has(k + 1, Syllables.COMMA | Syllables.BREAK)) {
        return 0;
      }
      if (last < 0 && s.has(k, Syllables.UPPER)) {
        last = k;
      }
      if (last > k && s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k))) {
        return last + 1 - k;
      }
    }
    return 0;
  }

  /**
   * Whether a party may start right before the count at k: the clause's start, a link, or the title
   * of the bodies' people ("Các bộ trưởng 11 nước thành viên CPTPP đã chính thức ký kết").
   */
  private boolean opensParty(int k) {
    return k == 0
        || s.sentence[k - 1] != s.sentence[k]
        || s.has(k, Syllables.COMMA | Syllables.BREAK)
        || role[k - 1]
        || linked(k);
  }

  /**
   * Whether a link stands right before the count at k ("với 2 định chế"), maybe with the level of
   * the counted bodies between them ("count-level": "NHCSXH và Trung ương 4 tổ chức chính trị - xã
   * hội đã ký thỏa thuận", a probe): the bodies are listed elsewhere at that level ("Trung ương Hội
   * Nông dân Việt Nam, ...").
   */
  private boolean linked(int k) {
    Phrases links = words.get("count-link");
    if (links.endingAt(s, k, 2) > 0) {
      return true;
    }
    int level = words.get("count-level").endingAt(s, k, 2);
    return level > 0
        && s.sentence[k - level] == s.sentence[k]
        && links.endingAt(s, k - level, 2) > 0;
  }

  /** Whether k is a count of 2 to {@link #MAX_COUNT} followed by a lower-case noun. */
  private boolean counted(int k) {
    int n = count(k);
    return n >= 2
        && n <= MAX_COUNT
        && k + 1 < s.size
        && s.sentence[k + 1] == s.sentence[k]
        && !s.has(k + 1, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        && s.number(k + 1) < 0
        && words.get("count-unit").at(s, k + 1) == null;
  }

  /**
   * The noun counted from syllable k on, as a key: its first syllable, or what the "count-noun"
   * words make it ("quốc gia" is "nước").
   */
  private String noun(int k) {
    Phrases.Phrase p = words.get("count-noun").at(s, k);
    return p != null ? p.value() : VietnameseAnalysis.foldKey(s.original(k));
  }

  /** The count at syllable k, in digits or a numeral ("11", "hai"), else -1. */
  private int count(int k) {
    return words.count(s, k);
  }

  /**
   * The bodies of a list of exactly n after the counted noun at k and a word that opens the list
   * ("gồm", "bao gồm", "là", a colon), else empty.
   */
  private List<String> listAfter(int k, int n) {
    Listed listed = listed(k, n, false);
    return listed == null || listed.some() ? List.of() : listed.names();
  }

  /**
   * The list after the counted noun at k: all n bodies after a word that opens the list ("11 quốc
   * gia gồm Australia, ... và Việt Nam"), or some of them after a word that names a part, maybe
   * after a comma ("11 quốc gia, trong đó có Việt Nam,"), only when {@code part} (the subject's own
   * list; a list elsewhere must name them all); null when there is none.
   */
  private Listed listed(int k, int n, boolean part) {
    Opening opening = opening(s, words, k + 2, s.sentence[k], part, false);
    if (opening == null) {
      return null;
    }
    int open = opening.at();
    boolean some = opening.some();
    int[] range = Signings.sentence(s, open);
    List<Candidate> listed = candidates.apply(open, Math.min(range[1], open + ITEM_WORDS * n));
    // "7 trường đại học (ĐH) gồm: ĐH A, ...": the class's head is each member's, as uncounted
    String head = ClassMembers.classHead(s, words, k + 1);
    List<String> out = new ArrayList<>();
    int[] index = {0};
    int[] end = {open};
    int first = open;
    boolean partial = some;
    boolean closed =
        CommaLists.walk(
            s,
            open,
            n,
            true,
            q -> {
              while (index[0] < listed.size() && listed.get(index[0]).from() < q) {
                index[0]++;
              }
              String name;
              int to;
              if (index[0] < listed.size() && listed.get(index[0]).from() == q) {
                name = ClassMembers.headed(s, words, head, listed.get(index[0]));
                to = listed.get(index[0]).to();
              } else {
                // "trong đó có Việt Nam": a state right after the word, where no party starts
                Phrases.Phrase state =
                    partial && q == first ? ClauseWords.INSTANCE.country(s, q) : null;
                if (state == null) {
                  return -1;
                }
                name = state.value();
                to = q + state.length();
              }
              out.add(name);
              while (to < s.size && s.has(to, Syllables.PAREN)) {
                to++; // "ngân hàng Đầu tư Quốc tế (IIB) và ...": its short name
              }
              end[0] = to;
              return to;
            });
    boolean distinct = out.stream().distinct().count() == out.size();
    if (some) {
      // some of the n: a closed list ("trong đó có A và B") or one body, fewer than n
      boolean whole = closed || out.size() == 1;
      return whole && distinct && out.size() < n
          ? new Listed(List.copyOf(out), end[0], true)
          : null;
    }
    // the subject's own list may end without "và" when it names all n and the verb follows it
    // ("7 trường gồm A, B, ..., G đã cùng nhau ký kết": listedSubject checks the verb's reach)
    boolean full = closed || part && out.size() == n && !s.has(end[0], Syllables.COMMA);
    // a list that the opener's colon or "gồm" starts and the sentence ends, with commas alone: "3
    // tỉnh gồm: Quảng Nam, Quảng Ngãi, Bình Định (Việt Nam)." names all three
    full |= out.size() == n && endsSentence(end[0]);
    return full && out.size() == n && distinct ? new Listed(List.copyOf(out), end[0], false) : null;
  }

  /** Whether the sentence ends at syllable p, past a bracket ("(Lào)") that closes a list. */
  private boolean endsSentence(int p) {
    int q = p;
    while (q < s.size && s.has(q, Syllables.PAREN) && s.sentence[q] == s.sentence[p - 1]) {
      q++;
    }
    return q >= s.size || s.sentence[q] != s.sentence[p - 1];
  }

  /**
   * The counted subject that lists its bodies before the verb: "11 nước gồm Úc, ... và Việt Nam đã
   * ký", "11 quốc gia, trong đó có Việt Nam, đã chính thức đặt bút ký" (vietnews-train-020995),
   * "được 12 nước gồm ... ký". The list ends at most a few lower-case words before the verb, a
   * comma closing it; a ceremony ("tham gia lễ ký") is the subject's only when it holds it, so none
   * is read.
   */
  private List<String> listedSubject(Signings.Signing g) {
    if (g.nominal()) {
      return List.of();
    }
    int[] range = Signings.sentence(s, g.verb());
    // a list of at most MAX_COUNT bodies: its count stands within the clause's reach of the verb
    for (int k = Math.max(range[0], g.verb() - Signings.REACH); k < g.verb(); k++) {
      if (!counted(k) || !opensParty(k)) {
        continue;
      }
      Listed listed = listed(k, count(k), true);
      if (listed != null && listed.end() <= g.verb() && reaches(listed.end(), g.verb())) {
        return listed.names();
      }
    }
    return List.of();
  }

  /**
   * Whether the words from a list's end to the verb may stand between a subject and its verb: at
   * most {@link #SUBJECT_WORDS} lower-case words ("đã chính thức đặt bút"), a comma only right
   * after the list, no word that ends the subject's part ("tham dự", "cho biết", "là").
   */
  private boolean reaches(int end, int verb) {
    if (verb - end > SUBJECT_WORDS) {
      return false;
    }
    for (int q = end; q <= verb; q++) {
      if (s.has(q, Syllables.BREAK) || (q > end && s.has(q, Syllables.COMMA))) {
        return false;
      }
      if (q < verb
          && (s.has(q, Syllables.UPPER | Syllables.DASH) || words.get("break").at(s, q) != null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A list read after a counted noun: its bodies, where it ends, and whether it names some only.
   */
  private record Listed(List<String> names, int end, boolean some) {}

  /**
   * Where a list opens within a few words of {@code from} in sentence {@code sentence} (the counted
   * noun's or the class's description before it): after a word that opens it ("gồm", "là": list-
   * opener) or a bare colon, all of them; after a word that names a part ("trong đó có":
   * list-part), some of them, only when {@code part}. A comma or a dash first, or a break other
   * than a colon (a quote), opens none; with {@code plainColon} a colon with a quote or a bracket
   * after it opens none either ("với các doanh nghiệp: “...”"). Null when no list opens.
   *
   * @param at the first syllable of the list
   * @param some whether the list names only some of them
   */
  record Opening(int at, boolean some) {}

  static Opening opening(
      Syllables s, ClauseWords words, int from, int sentence, boolean part, boolean plainColon) {
    for (int q = from; q < s.size && q < from + NOUN_WORDS; q++) {
      if (s.sentence[q] != sentence || s.has(q, Syllables.DASH)) {
        return null;
      }
      Phrases.Phrase named = part ? words.get("list-part").at(s, q) : null;
      if (named != null && !s.has(q, Syllables.BREAK)) {
        return listAt(s, q + named.length(), sentence, true); // "trong đó có X": some of them
      }
      if (s.has(q, Syllables.COMMA)) {
        return null;
      }
      if (shortName(s, q)) {
        continue; // the noun's short name in brackets: "7 trường đại học (ĐH) gồm: ĐH A, ..."
      }
      Phrases.Phrase opener = words.get("list-opener").at(s, q);
      if (opener != null) {
        // "gồm", "là", maybe a colon after: "gồm: X, Y và Z"
        return listAt(s, q + opener.length(), sentence, false);
      }
      if (s.has(q, Syllables.BREAK)) {
        // a bare colon: "11 nước thành viên: Australia, ..."; else a quote, which opens no list
        boolean colon = s.charBefore(q, ':') && !(plainColon && quotedBefore(s, q));
        return colon ? listAt(s, q, sentence, false) : null;
      }
    }
    return null;
  }

  /** Whether syllable q is alone in brackets and written in capitals: a short name ("(ĐH)"). */
  private static boolean shortName(Syllables s, int q) {
    String word = s.original(q);
    return s.has(q, Syllables.PAREN)
        && s.charBefore(q, '(')
        && (q + 1 >= s.size || !s.has(q + 1, Syllables.PAREN))
        && word.length() >= 2
        && word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  private static Opening listAt(Syllables s, int at, int sentence, boolean some) {
    return at < s.size && s.sentence[at] == sentence ? new Opening(at, some) : null;
  }

  /** Whether a quote or an opening bracket stands right before syllable q. */
  private static boolean quotedBefore(Syllables s, int q) {
    return s.charBefore(q, '"') || s.charBefore(q, '\u201c') || s.charBefore(q, '(');
  }
}
