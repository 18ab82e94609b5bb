package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a person stands in a signing clause: the body a title heads ("Bộ trưởng Công thương"), the
 * body the person signs for ("thay mặt Chính phủ Việt Nam ký"), whether the person only watches
 * ("chứng kiến", "tham dự", "tham gia lễ ký kết"), and signers named by a degree alone ("tiến sĩ
 * Nguyễn Bá Hải").
 */
final class SignerClause {
  /** The longest field after a "<X>trưởng" title ("Lao động - Thương binh và Xã hội"). */
  private static final int FIELD_MAX = 8;

  /** How far after a signer's name the verb may come ("A và ông B, Giám đốc C đã ký"). */
  private static final int SUBJECT_REACH = 24;

  /** The lower-case words of a post before "của" ("Giám đốc thương mại của Airbus"). */
  private static final int POST_MAX = 3;

  /** The longest brand after a title ("Tổng giám đốc Hanwha Energy Corporation Vietnam"). */
  private static final int BRAND_MAX = 5;

  /** The words of the document between an opening "Ký" and the "có" that lists its signers. */
  private static final int OBJECT_REACH = 12;

  /**
   * The most syllables of a name after "ông"/"bà" ("Lê Thị Thu Hằng", "Juan Carlos de la Cruz").
   */
  private static final int NAME_MAX = 5;

  /** The fewest syllables of a foreign name after a company ("Jensen Huang"). */
  private static final int NAME_MIN = 2;

  /** How far after the official's title "người đồng cấp" may come (state, name, verb, object). */
  private static final int PEER_REACH = 16;

  /** How many words may stand between "được ký" and "bởi"/"giữa" ("kết tại Hà Nội"). */
  private static final int AGENT_GAP = 6;

  /** How far after a name "thay mặt X" may come. */
  private static final int BEHALF_REACH = 6;

  /** The side's words between "đại diện"/"thay mặt" and the verb ("Tổ chức Di cư Quốc tế"). */
  private static final int SIDE_REACH = 8;

  private SignerClause() {}

  /**
   * "Bộ trưởng Công thương Vũ Huy Hoàng": the end of the field after a title "<X>trưởng" whose "<X>
   * <field>" the gazetteer knows, as {end}; null when there is none.
   */
  static int[] field(Syllables s, OrganisationMatcher.Hit role, Gazetteer g) {
    int from = role.to();
    if (PersonNames.WORDS.get("head-of").at(s, role.from()) == null || from >= s.size) {
      return null;
    }
    // the field ends before the signer's name ("Vũ Huy Hoàng") or a foreign state ("Mỹ Jim Mattis")
    int last = from;
    while (last < Math.min(s.size, from + FIELD_MAX)
        && PersonNames.vietnamese(s, last, g) == null
        && ClauseWords.INSTANCE.countryAnywhere(s, last) == null
        && !s.has(last, Syllables.BREAK | Syllables.COMMA)) {
      last++;
    }
    boolean named =
        last < s.size
            && (PersonNames.vietnamese(s, last, g) != null
                || ClauseWords.INSTANCE.countryAnywhere(s, last) != null);
    return last > from && named && fieldBody(s, role, last, g) != null ? new int[] {last} : null;
  }

  /** The body "<X> <field>" of a title and its field ending at {@code end}, or null. */
  static String fieldBody(Syllables s, OrganisationMatcher.Hit role, int end, Gazetteer g) {
    for (int p = role.to() + 1; p < end; p++) {
      if (s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return null;
      }
    }
    Phrases.Phrase head = PersonNames.WORDS.get("head-of").at(s, role.from());
    Optional<String> body = g.resolve(head.value() + " " + s.original(role.to(), end));
    return body.orElse(null);
  }

  /**
   * The ministry a whole title names without "Bộ" ({@code titled-body} of signatory-words.tsv): "Bộ
   * trưởng Quốc phòng Ngô Xuân Lịch" → Bộ Quốc phòng, "Ngoại trưởng Phạm Bình Minh" → Bộ Ngoại
   * giao; null for any other title. The caller asks only when no state follows the title.
   */
  static String titledBody(Syllables s, OrganisationMatcher.Hit role, Gazetteer g) {
    Phrases.Phrase titled = PersonNames.WORDS.get("titled-body").at(s, role.from());
    if (titled == null || role.from() + titled.length() != role.to()) {
      return null;
    }
    return g.resolve(titled.value()).orElse(null);
  }

  /**
   * The body whose premises host the signing, when a title of its kind names no body: "Chiều 3/3,
   * tại trụ sở Bộ Lao động - Thương binh và Xã hội, Thứ trưởng Lê Văn Thanh và Giám đốc ILO Việt
   * Nam Ingrid Christensen đã ký kết" → the vice-minister signs for the ministry ("Thứ trưởng"
   * heads a "Bộ", {@code head-of}). Only a body named after "trụ sở"/"hội sở" earlier in the
   * title's sentence; null otherwise.
   */
  static String seat(
      Syllables s, OrganisationMatcher.Hit role, List<OrganisationMatcher.Mention> mentions) {
    Phrases.Phrase head = PersonNames.WORDS.get("head-of").at(s, role.from());
    if (head == null) {
      return null;
    }
    int sentence = s.sentence[role.from()];
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.from() >= 2
          && m.to() <= role.from()
          && s.sentence[m.from()] == sentence
          && (s.is(m.from() - 2, "tru") || s.is(m.from() - 2, "hoi"))
          && s.is(m.from() - 1, "so")
          && m.name().startsWith(head.value() + " ")) {
        return m.name();
      }
    }
    return null;
  }

  /**
   * The capitalised words that follow a title from {@code from} when no body the scan knows starts
   * there: "Tổng Giám đốc Vietjet và ông ...", "Giám đốc thương mại của Airbus cùng ký" (a few
   * lower-case words of the post, then "của"); up to the next person's name, a comma, a dash, a
   * bracket or a lower-case word. Null when there are none.
   */
  static String brand(Syllables s, int from, Gazetteer g) {
    int[] at = brandAt(s, from, g);
    return at == null ? null : s.original(at[0], at[1]);
  }

  /**
   * Where {@link #brand} reads the brand, [from, to), or null; a person's name may follow it ("Giám
   * đốc quốc gia Microsoft Việt Nam Phạm Thế Trường").
   */
  static int[] brandAt(Syllables s, int from, Gazetteer g) {
    int p = from;
    while (p < s.size
        && p < from + POST_MAX
        && !s.has(p, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        && !s.is(p, "cua")) {
      p++;
    }
    p = p < s.size && s.is(p, "cua") && !s.has(p, Syllables.BREAK | Syllables.COMMA) ? p + 1 : from;
    int end = p;
    while (end < s.size
        && end < p + BRAND_MAX
        && s.sentence[end] == s.sentence[p]
        && (s.has(end, Syllables.UPPER) || PersonNames.particle(s, p, end)) // "Benoît de Saint"
        && (end == p
            || !s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN))
        && (end == p || PersonNames.vietnamese(s, end, g) == null)) {
      end++;
    }
    return end > p && !s.has(p, Syllables.BREAK | Syllables.PAREN) ? new int[] {p, end} : null;
  }

  /**
   * Where a brand the scan read with a foreign name after it ends, or -1: "Phó Chủ tịch Boeing Brad
   * McMullen", "Chủ tịch Nvidia Jensen Huang". The company is the shortest run of the brand's first
   * words the article also writes on its own ("... với Boeing", "Vingroup và Nvidia (Mỹ)"), and the
   * two or more capitals left to the brand's end are the person, no country among them ("Samsung
   * Việt Nam" is a company). A word written alone only after "ông"/"bà" or a title ("ông Moon",
   * "Tổng thống Moon") is a person's family name, not a company: "Tổng thống Moon Jae In" is one
   * name (vietnews-train-020891).
   *
   * @param titleEnds the syllables right after a title of roles.txt
   */
  static int namedCompanyEnd(Syllables s, int[] brand, Set<Integer> titleEnds) {
    for (int q = brand[0] + 1; q <= brand[1] - NAME_MIN; q++) {
      if (ClauseWords.INSTANCE.countryAnywhere(s, q) != null) {
        return -1;
      }
      if (alone(s, brand[0], q, titleEnds)) {
        for (int k = q + 1; k < brand[1]; k++) {
          if (ClauseWords.INSTANCE.countryAnywhere(s, k) != null) {
            return -1;
          }
        }
        // "Chủ tịch Mitsubishi Corporation Kakiuchi Takehiko": the legal form is the company's
        Phrases form = ClauseWords.INSTANCE.get("legal-form");
        while (q + NAME_MIN < brand[1] && form.at(s, q) != null) {
          q += form.at(s, q).length();
        }
        return q;
      }
    }
    return -1;
  }

  /**
   * A province, region or capital abroad after a title, with no country after it, then its head's
   * foreign name: "Thống đốc tỉnh Ishikawa Tanimoto Masanori" (probe p15-036), "Tỉnh trưởng tỉnh
   * Chungcheongbuk Kim Young-hwan", "Tỉnh trưởng Thủ đô Viêng Chăn Atsaphangthong Siphandone". The
   * place's name is the shortest run of the capitals after the type word ({@code foreign-unit} of
   * party-words.tsv) that the article also writes on its own ("tỉnh Ishikawa (Nhật Bản)"), as for a
   * company ({@link #namedCompanyEnd}); the two or more capitals left are the person. Returns the
   * place's name as [from, to), the person starting at to, or null.
   */
  static int[] unitAbroad(Syllables s, int p, Set<Integer> titleEnds, Gazetteer g) {
    Phrases.Phrase unit = p < s.size ? ClauseWords.INSTANCE.get("foreign-unit").at(s, p) : null;
    int from = unit == null ? s.size : p + unit.length();
    int[] run = from < s.size && s.has(from, Syllables.UPPER) ? brandAt(s, from, g) : null;
    if (run == null || run[0] != from || s.sentence[from] != s.sentence[p]) {
      return null;
    }
    if (PersonNames.vietnamese(s, run[1], g) != null) {
      return new int[] {from, run[1]}; // "tỉnh Chungcheongbuk Kim Young-hwan": a name ends the run
    }
    int end = namedCompanyEnd(s, run, titleEnds);
    PersonNames.Name head = end < 0 ? null : PersonNames.foreign(s, end, false);
    return head != null && head.to() >= run[1] ? new int[] {from, end} : null;
  }

  /**
   * Whether the text writes syllables [from, to) elsewhere with no capital right after them, nor as
   * a person's family name after "ông"/"bà" or a title.
   */
  private static boolean alone(Syllables s, int from, int to, Set<Integer> titleEnds) {
    int n = to - from;
    for (int j = 0; j + n <= s.size; j++) {
      boolean person =
          j > 0 && (titleEnds.contains(j) || PersonNames.word("honorific", s, j - 1) > 0);
      if (j != from && s.id[j] == s.id[from] && !person && sameWords(s, j, from, n)) {
        boolean closed =
            j + n == s.size
                || !s.has(j + n, Syllables.UPPER)
                || s.has(j + n, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN);
        if (closed) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameWords(Syllables s, int a, int b, int n) {
    for (int i = 0; i < n; i++) {
      if (!s.original(a + i).equals(s.original(b + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the person at {@code from} is listed after "có" in a sentence that opens with the verb,
   * or with "Người" and the verb, or with the side's word and the verb ("Đại diện hai bộ ký văn
   * kiện là ..."): "Ký thỏa thuận có ông Trần Văn Hiệp, Chủ tịch UBND tỉnh Lâm Đồng và ông Tô Dũng
   * Thái, ...", "Người ký là ...": the people who sign. Not "Tham dự buổi lễ ký kết có ông A":
   * there "có" lists who attends.
   */
  static boolean listedAfterVerb(Syllables s, int from) {
    int b = from;
    while (b > 0 && s.sentence[b - 1] == s.sentence[from]) {
      b--;
    }
    if (s.is(b, "nguoi") && b + 1 < from) {
      // "Người ký là PGS.TS A, ..., và ông B, ..." (probe p26-031), "Người đặt bút ký là ..."
      b += 1 + PersonNames.word("aspect", s, b + 1);
    }
    int side = PersonNames.word("signs-for", s, b);
    for (int c = b + side; side > 0 && c < from && c <= b + side + SIDE_REACH; c++) {
      // "Đại diện VietinBank ký thỏa thuận là bà A, Phó Tổng Giám đốc" (probe p16-005), "Thay mặt
      // hai đơn vị ký kết là nhà báo A, ... và bà B, ..." (p27-045): the side, then the verb
      if (s.has(c, Syllables.COMMA | Syllables.BREAK) || s.is(c - 1, "le") || s.is(c - 1, "buoi")) {
        break;
      }
      if (sign(s, c)) {
        b = c;
        break;
      }
    }
    if (!sign(s, b) || from - b > Signings.REACH) {
      return false;
    }
    for (int c = b + 1; c < from && c <= b + OBJECT_REACH; c++) {
      if (s.has(c, Syllables.COMMA | Syllables.BREAK)) {
        return false;
      }
      if (s.is(c, "co") && s.text[s.start[c] + 1] == 'ó'
          || s.is(c, "la") && s.text[s.start[c] + 1] == 'à') {
        return true; // "Ký kết chương trình là ông A, ... và ông B, ..." (probe p20-047)
      }
    }
    return false;
  }

  /** "... Vũ Huy Hoàng cũng đã thay mặt Chính phủ Việt Nam ký": the body, or null. */
  static String behalf(Syllables s, int from, Map<Integer, OrganisationMatcher.Mention> byStart) {
    // "Hà Công Tuấn ký thay mặt Chính phủ Việt Nam": the verb, then the side
    int start =
        from + 1 < s.size && sign(s, from) && PersonNames.word("behalf", s, from + 1) > 0
            ? from + 1
            : from;
    for (int k = start; k < Math.min(s.size, start + BEHALF_REACH); k++) {
      if (s.sentence[k] != s.sentence[start] || sign(s, k)) {
        return null;
      }
      int len = PersonNames.word("behalf", s, k);
      OrganisationMatcher.Mention m = len == 0 ? null : byStart.get(k + len);
      if (m != null) {
        // "Chính phủ Việt Nam" read as one mention, or "Chính phủ" and the state after it
        String name = CandidateNames.government(s, m);
        Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, m.to());
        return state != null && name.equals("Chính phủ") ? "Chính phủ " + state.value() : name;
      }
    }
    return null;
  }

  /**
   * Whether the person at syllable k watches: a word of witnessing or attending before it in its
   * clause with no "giữa" after a "ký" between ("chứng kiến lễ ký giữa Bộ trưởng A và ..." names a
   * signer, "Tham dự buổi lễ ký kết có ông A" an attendee), or after it before the verb.
   */
  static boolean watches(Syllables s, int k) {
    int p = k;
    // back to the clause's start; a list of people goes on over commas ("có sự hiện diện của ông
    // A - ..., ông B - ...")
    while (p > 0
        && p > k - Signings.REACH
        && s.sentence[p - 1] == s.sentence[k]
        && !s.has(p, Syllables.BREAK)
        && (!s.has(p, Syllables.COMMA) || person(s, p))) {
      p--;
    }
    int w = watching(s, p, k);
    if (w >= 0) {
      for (int q = w; q < k; q++) {
        if (sign(s, q) && between(s, q, k, "giua")) {
          return false; // "X chứng kiến lễ ký giữa Bộ trưởng A và ...": A signs
        }
      }
      return true;
    }
    // "Tổng thống Mỹ Donald Trump và Chủ tịch nước ... đã chứng kiến doanh nghiệp hai nước ký"
    int q = k;
    for (; q < s.size && q < k + Signings.REACH && s.sentence[q] == s.sentence[k]; q++) {
      if (sign(s, q)) {
        return false;
      }
      if (ClauseWords.INSTANCE.get("witness").at(s, q) != null
          && q > k
          && s.is(q - 1, "su")
          && (agent(s, k) || listedAfterVerb(s, k))) {
        // "Văn bản được ký bởi GS.TS A, ..., và GS B, ..., với sự chứng kiến của Đại sứ C" (probe
        // p26-012): the verb came before the person, the witnesses of the ceremony follow
        return false;
      }
      if (s.insideName(q) < 0 && watchWord(s, q)) {
        return true;
      }
    }
    // no verb after the person: "Chứng kiến lễ ký kết tiến độ, Thứ trưởng ... đã yêu cầu"
    int first = k;
    while (first > 0 && first > k - Signings.REACH && s.sentence[first - 1] == s.sentence[k]) {
      first--;
    }
    int w2 = watching(s, first, k);
    return w2 >= 0 && !between(s, w2, k, "giua");
  }

  private static boolean between(Syllables s, int from, int to, String key) {
    for (int q = from; q < to; q++) {
      if (s.is(q, key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first word of witnessing or attending that starts in [from, to), or -1; not one inside a
   * body's name the scan read ("nói" of "Đài Tiếng nói Việt Nam").
   */
  static int watching(Syllables s, int from, int to) {
    for (int q = from; q < to; q++) {
      if (s.insideName(q) < 0 && watchWord(s, q)) {
        return q;
      }
    }
    return -1;
  }

  /** Whether a word of witnessing or attending starts at q. */
  private static boolean watchWord(Syllables s, int q) {
    return ClauseWords.INSTANCE.get("witness").at(s, q) != null
        || PersonNames.WORDS.get("attend").at(s, q) != null;
  }

  /**
   * The named counterpart of a titled signer: "Bộ trưởng Quốc phòng Nga Sergey Shoigu và người đồng
   * nhiệm Ibragim Gasseyev đã ký" (the verb's subject), "Bộ trưởng Quốc phòng Pháp ... đã ký kết
   * hợp đồng với người đồng cấp Ấn Độ, Manohar Parrikar" (after the verb, "với"). The counterpart
   * holds the official's title and signs for the state written after "người đồng cấp", if any.
   */
  static List<Signatories.Signer> counterparts(
      Syllables s, Set<Integer> sentences, List<OrganisationMatcher.Hit> roles, Gazetteer g) {
    List<Signatories.Signer> out = new ArrayList<>();
    Phrases peer = ClauseWords.INSTANCE.get("counterpart");
    OrganisationMatcher.Hit title = null;
    int next = 0;
    for (int k = 1; k < s.size && out.size() < Signatories.ROLES_READ; k++) {
      while (next < roles.size() && roles.get(next).to() <= k) {
        title = roles.get(next++); // the last title before k
      }
      Phrases.Phrase p = sentences.contains(s.sentence[k]) ? peer.at(s, k) : null;
      boolean joined = p != null && (s.is(k - 1, "va") || s.is(k - 1, "cung"));
      boolean with = p != null && s.is(k - 1, "voi");
      if (!(joined || with)
          || title == null
          || s.sentence[title.from()] != s.sentence[k]
          || k - title.to() > PEER_REACH
          || watches(s, k)) {
        continue;
      }
      int q = k + p.length() + (s.is(k + p.length(), "cua") ? 1 : 0);
      Phrases.Phrase state = q < s.size ? ClauseWords.INSTANCE.countryAnywhere(s, q) : null;
      q += state == null ? 0 : state.length();
      PersonNames.Name name = PersonNames.vietnamese(s, q, g);
      name = name != null ? name : PersonNames.foreign(s, q, false);
      boolean signs = name != null && (joined ? signs(s, name.to()) : signedBefore(s, title, k));
      if (signs) {
        String of = state == null ? null : state.value();
        out.add(new Signatories.Signer(name.text(), title.value(), null, of, true, null));
      }
    }
    return out;
  }

  /**
   * People named by a word that is no title of roles.txt, as the verb's subject and not watching: a
   * degree and a name ("Đại diện Bộ Khoa học, trường ĐH Sư phạm kỹ thuật và tiến sĩ Nguyễn Bá Hải
   * ... ký kết hợp đồng"; {@code kind} "degree"), or a state's leader with the state and the name
   * after it ("Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên Kim Jong-un đã ký một thoả thuận"
   * → Kim Jong-un, for Triều Tiên; {@code kind} "leader", a name kept whole over a hyphen), or
   * "ông"/"bà" and a name with no title ("Thay mặt hai cơ quan, ông Kha Văn Tám và ông Trần Đình
   * Nam, Giám đốc BHXH tỉnh Nghệ An, đã ký quy chế"; {@code kind} "honorific", no role).
   */
  static List<Signatories.Signer> namedBy(
      String kind, Syllables s, Set<Integer> sentences, Gazetteer g) {
    return namedBy(kind, s, sentences, g, false);
  }

  /**
   * As {@link #namedBy}, and, when {@code agents}, the agents of a passive signing too: "Chương
   * trình được ký bởi bà Bạch Liên Hương và bà Lê Kim Anh, Chủ tịch Hội LHPN thành phố" (probe
   * p15-003), read in a sentence that tells the signing again.
   */
  static List<Signatories.Signer> namedBy(
      String kind, Syllables s, Set<Integer> sentences, Gazetteer g, boolean agents) {
    boolean leader = kind.equals("leader");
    List<Signatories.Signer> out = new ArrayList<>();
    int read = 0;
    for (int k = 0; k < s.size && read < Signatories.ROLES_READ; k++) {
      int len = sentences.contains(s.sentence[k]) ? PersonNames.word(kind, s, k) : 0;
      read += len > 0 ? 1 : 0;
      Phrases.Phrase state =
          leader && len > 0 && k + len < s.size
              ? ClauseWords.INSTANCE.countryAnywhere(s, k + len)
              : null;
      int q = k + len + (state == null ? 0 : state.length());
      boolean named = len > 0 && (!leader || state != null);
      PersonNames.Name name = named ? PersonNames.vietnamese(s, q, g) : null;
      if (leader && named) {
        name = PersonNames.glued(s, name != null ? name : PersonNames.foreign(s, q, false));
      } else if (name == null && named && kind.equals("honorific")) {
        // "Ông Chu Ngọc Anh và bà Irina Bokova ký thoả thuận" (vietnews-test-019529): a foreign
        // name after "ông"/"bà", beside another signer as for a Vietnamese one
        name = PersonNames.gluedTail(s, PersonNames.foreign(s, q, false), g); // "Lee Woo-young"
        name = name != null && name.to() - name.from() >= NAME_MIN ? name : null;
      }
      if (name == null
          || !signs(s, name.to()) && !(agents && agent(s, k))
          || watches(s, k)
          || kind.equals("honorific") && !paired(s, k, name.to())) {
        continue;
      }
      String of = state == null ? null : state.value();
      String role = kind.equals("honorific") ? null : s.original(k, k + len); // "ông" is no title
      out.add(new Signatories.Signer(name.text(), role, null, of, true, null));
    }
    return out;
  }

  /**
   * Whether the person named at [from, to) is one of two or more who sign together, joined by
   * "và"/"cùng" before or after the name (past a bracketed aside): "Ông Đào Ngọc Chiến (đại diện Vụ
   * Công nghệ cao) và đại diện Công ty Plannet (Mỹ) ký bản ghi nhớ" (vietnews-val-021377). A person
   * alone with no title may sign a paper of his own ("ông Võ Việt Chung thừa nhận và tự nguyện ký
   * biên bản", vietnews-train-013180).
   */
  private static boolean paired(Syllables s, int from, int to) {
    if (from > 0 && joins(s, from - 1) && s.sentence[from - 1] == s.sentence[from]) {
      return true;
    }
    int q = to;
    while (q < s.size && q < to + PEER_REACH && s.has(q, Syllables.PAREN)) {
      q++; // "(đại diện Vụ Công nghệ cao)"
    }
    return q < s.size && s.sentence[q] == s.sentence[from] && joins(s, q)
        || joinedPastTitle(s, from, to);
  }

  /**
   * Whether a title in apposition after the name, opened by a dash or a comma, ends at "và"/"cùng"
   * and the next person's honorific or degree: "Đồng chí Lò Văn Sơn – Trưởng Công an xã và đồng chí
   * Hà Thị Mơ – Chủ tịch Ủy ban MTTQ xã ký kết" (a title roles.txt does not know, so only the
   * honorific reads the first signer). Found on real news from other sites (web-d).
   */
  private static boolean joinedPastTitle(Syllables s, int from, int to) {
    if (to >= s.size
        || !s.has(to, Syllables.DASH | Syllables.COMMA)
        || s.has(to, Syllables.BREAK)) {
      return false;
    }
    for (int q = to + 1; q + 1 < s.size && q < to + PEER_REACH; q++) {
      if (s.sentence[q] != s.sentence[from] || s.has(q, Syllables.BREAK) || sign(s, q)) {
        return false;
      }
      if (joins(s, q) && !s.has(q, Syllables.COMMA) && person(s, q + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the person whose name starts at {@code from}, after "ông"/"bà", is the one a signer
   * signs with: "Ông Trần Thanh Hải, Chủ tịch HĐQT NutiFood, ký kết hợp tác với ông Jaime Brown,
   * Chủ tịch Công ty thực phẩm Delori" (vietnews-train-084872). The verb comes before "với" in the
   * same clause, not as a ceremony's ("tại lễ ký kết với ...").
   */
  static boolean signedWith(Syllables s, int from) {
    int p = from - 1;
    if (p < 1 || PersonNames.word("honorific", s, p) != 1 || !s.is(p - 1, "voi")) {
      return false;
    }
    for (int q = p - 2; q >= 0 && q > p - PEER_REACH; q--) {
      if (s.sentence[q] != s.sentence[from] || s.has(q + 1, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (sign(s, q)) {
        return !s.is(q - 1, "le") && !s.is(q - 1, "buoi") && !watches(s, q);
      }
    }
    return false;
  }

  /**
   * Whether the titled person at [at, to) is the agent of a passive signing with a counterparty:
   * "Hợp đồng do Bộ trưởng Quốc phòng Philippines Delfin Lorenzana ký với đại diện Tập đoàn công
   * nghiệp nặng Huyndai (HHI) của Hàn Quốc" (vietnews-train-044214). "do"/"được" opens the agent,
   * the verb follows the name, and "với" the verb: a document signed with someone is an agreement
   * (a decision "do Phó chủ tịch A ký" is signed with nobody), so one named signer is enough.
   */
  static boolean agentSigningWith(Syllables s, int at, int to) {
    if (at < 1 || !s.is(at - 1, "do") && !s.is(at - 1, "duoc") || s.has(at, Syllables.BREAK)) {
      return false;
    }
    int q = to;
    q += q < s.size ? PersonNames.word("aspect", s, q) : 0; // "do A đã ký"
    if (q >= s.size || !sign(s, q) || s.has(q, Syllables.BREAK)) {
      return false;
    }
    q += q + 1 < s.size && s.is(q + 1, "ket") ? 2 : 1;
    return q < s.size && s.is(q, "voi") && s.sentence[q] == s.sentence[at];
  }

  /**
   * Whether the person at [at, to) signs for a side ({@code signs-for} of signatory-words.tsv): the
   * side's word between the name and the verb ("Phó Chủ tịch UBND tỉnh Lê Ngọc Châu đại diện tỉnh
   * ký văn bản", probe p25-013; "ông Tất Thành Cang đại diện UBND thành phố ký kết"), or opening
   * the clause before the comma that opens the person ("Thay mặt Bộ Y tế, Thứ trưởng A ký"). One
   * such person tells a signing again as two people signing together do.
   */
  static boolean signsFor(Syllables s, int at, int to) {
    int k = to < s.size ? to + PersonNames.word("aspect", s, to) : to; // "A đã thay mặt X ký"
    int side =
        k < s.size
                && s.sentence[k] == s.sentence[at]
                && !s.has(k, Syllables.COMMA | Syllables.BREAK)
            ? PersonNames.word("signs-for", s, k)
            : 0;
    if (side > 0) {
      for (int q = k + side; q < s.size && q <= k + side + SIDE_REACH; q++) {
        if (s.sentence[q] != s.sentence[at] || s.has(q, Syllables.COMMA | Syllables.BREAK)) {
          return false;
        }
        if (sign(s, q)) {
          return true;
        }
      }
      return false;
    }
    int b = at;
    while (b > 0 && s.sentence[b - 1] == s.sentence[at] && !s.has(b, Syllables.BREAK)) {
      b--;
    }
    if (b == at || !s.has(at, Syllables.COMMA) || PersonNames.word("signs-for", s, b) == 0) {
      return false;
    }
    for (int c = b + 1; c < at; c++) {
      if (s.has(c, Syllables.COMMA | Syllables.BREAK)) {
        return false; // "Đại diện X, ông A, Giám đốc Y và ông B": only the first after the side
      }
    }
    return true;
  }

  /** "A đã ký kết hợp đồng với người đồng cấp ...": the verb between the title and {@code k}. */
  private static boolean signedBefore(Syllables s, OrganisationMatcher.Hit title, int k) {
    for (int q = title.to(); q < k; q++) {
      if (sign(s, q)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the person whose name ends at {@code from} is only placed at the ceremony: the first
   * "ký" after the name in its sentence is the ceremony's, after a word of place or time ("Thủ
   * tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe bắt tay tại lễ ký văn kiện", "Ngoại
   * trưởng Trung Quốc Vương Nghị trao đổi với người đồng cấp ... trước lễ ký", a caption's "... tại
   * lễ ký kết Hiệp định"), or after a word that ends the person's clause before it ("nâng ly chúc
   * mừng sau khi buổi hội đàm và lễ ký kết"): the person attends; the signers are not named.
   */
  static boolean atCeremony(Syllables s, int from) {
    for (int q = from; q < s.size && q < from + Signings.REACH; q++) {
      boolean aside = s.has(q, Syllables.PAREN) || s.has(q - 1, Syllables.PAREN); // "(bìa phải)"
      if (s.sentence[q] != s.sentence[from] || s.has(q, Syllables.BREAK) && q > from && !aside) {
        return false;
      }
      if (sign(s, q)) {
        int p = q - 1;
        boolean ceremony = s.is(p, "le") || s.is(p, "buoi");
        p -= ceremony && s.is(p, "le") && s.is(p - 1, "buoi") ? 2 : 1; // "tại buổi lễ ký"
        // "Tổng bí thư A và Tổng bí thư, Chủ tịch Trung Quốc B nâng ly chúc mừng sau khi buổi hội
        // đàm và lễ ký kết văn kiện giữa hai nước kết thúc" (vietnews-train-010497, a caption):
        // the person's clause ended before the ceremony
        return ceremony
            && p >= from
            && (PersonNames.word("at-ceremony", s, p) > 0
                || ClauseWords.INSTANCE.get("break").find(s, from, p + 1) >= 0);
      }
    }
    return false;
  }

  /**
   * Whether the person at [at, to) is only placed at the ceremony that opens the sentence: "Tại
   * buổi lễ ký kết, Phó Tổng Biên tập Báo X Phạm Quốc Huy đã trình bày nội dung"
   * (vietnews-train-072325): the sentence opens with a word of place or time and the ceremony's "lễ
   * ký", a comma closes that scene before the person, and no "ký" follows the person in the
   * sentence; the person speaks or attends, the signers are not named.
   */
  static boolean inOpeningScene(Syllables s, int at, int to) {
    int first = at;
    while (first > 0 && s.sentence[first - 1] == s.sentence[at]) {
      first--;
    }
    if (PersonNames.word("at-ceremony", s, first) != 1) {
      return false;
    }
    int q = first + 1 + (s.is(first + 1, "buoi") ? 1 : 0);
    if (q + 1 >= at || !s.is(q, "le") || !sign(s, q + 1) || !s.has(at, Syllables.COMMA)) {
      return false;
    }
    for (int k = q + 2; k < at; k++) {
      if (sign(s, k) || s.has(k, Syllables.COMMA)) {
        return false; // one scene only: "Tại lễ ký, ông A, Giám đốc X, và ..."
      }
    }
    for (int k = to; k < s.size && s.sentence[k] == s.sentence[at]; k++) {
      if (sign(s, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the person at {@code from} is the agent of a passive signing: "Bản ghi nhớ được ký bởi
   * bà Hà Thị Nga, Chủ tịch Hội LHPN Việt Nam, và ông Matt Jackson, ...", "Thỏa ước được ký tại Hà
   * Nội giữa ông Lê Mạnh Hùng, ... và ông Phạm Văn Phong, ...": "bởi" or "giữa" after "được ký",
   * with at most a place or a time between and no comma, then the list of people up to {@code
   * from}.
   */
  static boolean agent(Syllables s, int from) {
    int by = -1;
    for (int q = from - 1; q >= 0 && q > from - Signings.REACH; q--) {
      if (s.sentence[q] != s.sentence[from] || s.has(q + 1, Syllables.BREAK)) {
        return false;
      }
      if (s.is(q, "boi") || s.is(q, "giua")) {
        by = q;
        break;
      }
      if (sign(s, q)) {
        return false;
      }
    }
    for (int q = by - 1; by > 0 && q >= 1 && q >= by - AGENT_GAP; q--) {
      if (s.sentence[q] != s.sentence[by] || s.has(q + 1, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (sign(s, q)) {
        return s.is(q - 1, "duoc");
      }
    }
    return false;
  }

  /**
   * Whether the title of a place's head ({@code place-head} of signatory-words.tsv) after g's verb
   * opens the agents of its passive, as no witness: "Thỏa thuận đã được ký kết giữa Đô trưởng Viêng
   * Chăn A và Bí thư Thành ủy ... B", "Biên bản được ký bởi Chủ tịch UBND tỉnh ... A và Thống đốc
   * tỉnh ... B". Not a head of state ("Thoả thuận Sochi được ký ngày 17/9 giữa Tổng thống ...": a
   * document recalled, vietnews-train-031520).
   */
  static boolean titledAgents(
      Syllables s, Signings.Signing g, List<OrganisationMatcher.Hit> roles) {
    for (OrganisationMatcher.Hit role : roles) {
      int k = role.from();
      if (k > g.verb()
          && k - g.verb() <= Signings.REACH
          && s.sentence[k] == g.sentence()
          && PersonNames.word("place-head", s, k) > 0
          && agent(s, k)
          && !watches(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** The verb "ký"/"kí", not "Kỳ" of "Hoa Kỳ" nor "kỹ". */
  static boolean sign(Syllables s, int k) {
    char c = Character.toLowerCase(s.text[s.start[k] + 1]);
    return s.end[k] - s.start[k] == 2 && (c == 'ý' || c == 'í') && (s.is(k, "ky") || s.is(k, "ki"));
  }

  /**
   * Whether the comma before q closes a title in apposition, the verb or the next signer after it:
   * "Ông Trần Thanh Hải, Chủ tịch HĐQT NutiFood, ký kết hợp tác" (vietnews-train-084872), "ông A,
   * Giám đốc Sở X, và bà B, ..., đã ký".
   */
  private static boolean closesApposition(Syllables s, int q) {
    int k = q;
    for (int n = 0; n < 2 && k < s.size; n++) {
      k += PersonNames.word("aspect", s, k); // "đã", "vừa", "cùng", "chính thức", "đặt bút"
    }
    // "Ông A, Tổng giám đốc X, và ông B, Giám đốc Y, đại diện hai bên ký kết" (probe p28-047)
    int behalf = k < s.size ? PersonNames.word("signs-for", s, k) : 0;
    behalf = behalf > 0 ? behalf : k < s.size ? PersonNames.word("behalf", s, k) : 0;
    for (int b = k + behalf; behalf > 0 && b < s.size && b <= k + behalf + BEHALF_REACH; b++) {
      // "Anh Nguyễn Hữu Thịnh, Bí thư Tỉnh Đoàn và PGS.TS Nguyễn Văn Dũng, Hiệu trưởng nhà trường,
      // thay mặt hai đơn vị ký thỏa thuận": the side they sign for, then the verb
      if (s.sentence[b] != s.sentence[q] || s.has(b, Syllables.BREAK | Syllables.COMMA)) {
        break;
      }
      if (sign(s, b)) {
        return true;
      }
    }
    return k < s.size && sign(s, k) || joins(s, q) && q + 1 < s.size && person(s, q + 1);
  }

  /**
   * The end of the capitalised words from p, a name after "ông"/"bà" or a degree ("Diego Delgado"),
   * or p when there is none.
   */
  private static int capitalsEnd(Syllables s, int p) {
    return s.capitalsEnd(p, NAME_MAX, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
  }

  /** "và", "cùng": a word that joins one signer of the subject to the next. */
  private static boolean joins(Syllables s, int p) {
    return PersonNames.word("joins-signers", s, p) > 0;
  }

  private static boolean person(Syllables s, int p) {
    return PersonNames.word("honorific", s, p) > 0 || PersonNames.word("degree", s, p) > 0;
  }

  /**
   * Whether the person whose name ends at {@code from} is the subject of "ký": the verb follows
   * within a few words, and no word that starts another part of the clause ("cho biết", "để",
   * "chứng kiến") comes between. Each further person joined to the subject ("và ông B", ", bà C")
   * gives the verb as many words again: the people of a list of signers, each with title and body,
   * all sign.
   */
  static boolean signs(Syllables s, int from) {
    Phrases ends = ClauseWords.INSTANCE.get("break");
    int limit = from + SUBJECT_REACH;
    boolean opened = false; // a comma or dash after the name opens its title in apposition
    int next = -1; // the end of the next signer's name, where a comma opens that one's title
    for (int q = from; q < s.size && q < limit; q++) {
      if (q > from && person(s, q) && (s.has(q, Syllables.COMMA) || joins(s, q - 1))) {
        // "ông A, Tổng giám đốc X và ông B, Hiệu trưởng Y đã ký": the next signer of the subject;
        // the verb may come as far after that one's name
        int word = Math.max(PersonNames.word("honorific", s, q), PersonNames.word("degree", s, q));
        next = capitalsEnd(s, q + word);
        limit = Math.min(next + SUBJECT_REACH, from + Signings.REACH); // within the verb's clause
      }
      boolean aside = s.has(q, Syllables.PAREN) || s.has(q - 1, Syllables.PAREN);
      if (s.sentence[q] != s.sentence[from] || s.has(q, Syllables.BREAK) && q > from && !aside) {
        return false; // but "tiến sĩ Nguyễn Bá Hải (người ngồi bên phải) ký kết" signs
      }
      if (q > from
          && s.has(q, Syllables.COMMA)
          && !s.has(q, Syllables.UPPER | Syllables.PAREN)
          && !person(s, q)
          && q != next
          && !(opened && closesApposition(s, q))) {
        // but "(hàng đầu, bên trái)" is an aside, and "... và ông Diego Delgado, đại diện TIL, ký"
        // (probe p28-055) opens the next signer's title
        return false; // "Sau các cuộc đàm phán giữa A và B hôm qua, hai nước đã ký"
      }
      opened |= s.has(q, Syllables.COMMA | Syllables.DASH);
      if (sign(s, q)
          && s.is(q - 1, "thu")
          && (s.has(q - 1, Syllables.UPPER) || s.is(q - 2, "tong"))) {
        continue; // "ông Trần Thanh Mẫn (Phó chủ tịch kiêm Tổng thư ký ...) đã ký": a title
      }
      if (sign(s, q)) {
        // "A trong lễ ký kết", "A nhấn mạnh tại buổi ký kết", "Ông Kim Jong Un và ông Trump sau đó
        // cùng xuất hiện tại bàn ký kết" (vietnews-val-004829): the ceremony, not A's act
        return !s.is(q - 1, "dang")
            && !s.is(q - 1, "chu")
            && !s.is(q - 1, "thu")
            && !s.is(q - 1, "le")
            && !s.is(q - 1, "buoi")
            && !s.is(q - 1, "phien")
            && !s.original(q - 1).equalsIgnoreCase("bàn");
      }
      int represents = PersonNames.word("represents", s, q);
      if (represents > 0 && q + represents < s.size && sign(s, q + represents)) {
        return true; // "A và B là đại diện ký": they sign
      }
      if (ends.at(s, q) != null) {
        return false;
      }
    }
    return false;
  }
}
