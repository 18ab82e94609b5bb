package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The employer of a collective labour agreement written as its management after the union that
 * names it: "Công đoàn Công ty TNHH Changshin Việt Nam và Tổng giám đốc công ty đã ký kết thỏa ước
 * lao động tập thể" → the union and "Công ty TNHH Changshin Việt Nam"; "Công đoàn Tổng công ty Hàng
 * không Việt Nam và Tổng công ty đã ký" → the corporation. The management's words ("Ban Giám đốc",
 * "Tổng giám đốc", "người sử dụng lao động", then maybe "công ty") are {@code employer-side} in
 * party-words.tsv; a union's own body is the name after "Công đoàn" when a company's head opens it.
 * Also the management after the verb ("... ký kết thỏa ước với người sử dụng lao động") and before
 * the union ("Ban Giám đốc và Công đoàn Công ty X", words {@code board}).
 */
final class EmployerSide {
  private static final String UNION = "Công đoàn ";

  private EmployerSide() {}

  /**
   * {@code parties} with the employer after its union, when a union mention among the parties is
   * followed by "và" (or "với") and the management's words in the same sentence, or is the subject
   * of the verb at {@code verb} that "với" and those words follow ("Công đoàn Công ty X ký kết thỏa
   * ước với người sử dụng lao động"); a party that is only the management ("Ban Giám đốc công ty")
   * gives way to it. Unchanged otherwise.
   */
  static List<String> of(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      List<String> parties,
      int verb,
      Gazetteer g) {
    for (OrganisationMatcher.Mention m : mentions) {
      String union =
          m.name() == null || parties.contains(m.name()) ? m.name() : endingIn(m, parties);
      if (union == null || !parties.contains(union)) {
        continue; // the union must be a party already; only then is its company looked up
      }
      String employer = employer(union, g);
      boolean before = employer != null && union.equals(m.name()) && managementBefore(s, m);
      if (employer == null
          || parties.contains(employer)
          || !(before || employerAfter(s, mentions, m, verb, g))) {
        continue;
      }
      List<String> out = new ArrayList<>();
      for (String p : parties) {
        if (p.equals(union) && before) {
          out.add(employer); // "Ban Giám đốc và Công đoàn Công ty X": the company first
        }
        if (!management(p)) {
          out.add(p);
        }
        if (p.equals(union) && !before) {
          out.add(employer);
        }
      }
      return out;
    }
    return parties;
  }

  /**
   * The party a company mention ends, when the clause read a union's level and the company as one
   * name: "Ban Chấp hành Công đoàn cơ sở | Công ty TNHH Piaggio Việt Nam và lãnh đạo công ty đã ký"
   * (the level alone is a mention of its own); else null.
   */
  private static String endingIn(OrganisationMatcher.Mention m, List<String> parties) {
    for (String p : parties) {
      if (p.endsWith(" " + m.name()) && union(p) != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether the management's words are the other side of a union mention: "Công đoàn Công ty X | và
   * Tổng giám đốc công ty", "Công đoàn Công ty X | ký kết thỏa ước với người sử dụng lao động"; not
   * another body after them ("và Tập đoàn Điện lực Việt Nam").
   */
  static boolean employerAfter(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      OrganisationMatcher.Mention m,
      int verb,
      Gazetteer g) {
    int at = sideAt(s, m, verb, g);
    return at >= 0
        && ClauseWords.INSTANCE.get("employer-side").at(s, at) != null
        && !namesAnother(mentions, at);
  }

  /**
   * Whether the management's words stand right before a union mention and "và" (or "cùng"): "Ban
   * Giám đốc và Công đoàn Công ty X", "Tổng giám đốc và Ban Chấp hành Công đoàn Công ty X", the
   * company's name written once for both.
   */
  private static boolean managementBefore(Syllables s, OrganisationMatcher.Mention m) {
    int link = m.from() - 1;
    return link > 0
        && (s.is(link, "va") || s.is(link, "cung"))
        && s.sentence[link] == s.sentence[m.from()]
        && !s.has(m.from(), Syllables.BREAK | Syllables.COMMA)
        && !s.has(link, Syllables.BREAK | Syllables.COMMA)
        && ClauseWords.INSTANCE.get("board").endingAt(s, link, BOARD_LENGTH) > 0;
  }

  /**
   * Where the other side of a union mention starts: after the "và" or "với" right after it, or
   * after the "với" that follows the verb when the union is its subject, in the same sentence and
   * the same clause; else -1.
   */
  private static int sideAt(Syllables s, OrganisationMatcher.Mention m, int verb, Gazetteer g) {
    int at = m.to();
    // "Chủ tịch Công đoàn Công ty X Nguyễn Văn An và Tổng giám đốc": the leader's name between
    PersonNames.Name leader = at < verb ? PersonNames.vietnamese(s, at, g) : null;
    at = leader != null && leader.to() < verb ? leader.to() : at;
    if (at + 1 >= s.size || s.sentence[at] != s.sentence[m.from()]) {
      return -1;
    }
    if ((s.is(at, "va") || s.is(at, "voi")) && !s.has(at, Syllables.BREAK | Syllables.COMMA)) {
      return at + 1;
    }
    if (verb < at || verb - at > SUBJECT_REACH || s.sentence[verb] != s.sentence[at]) {
      return -1;
    }
    for (int k = at; k < verb; k++) {
      if (s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.UPPER)) {
        return -1; // "Công đoàn Công ty X, Giám đốc Y ký ...": not the verb's subject alone
      }
    }
    for (int k = verb + 1; k + 1 < s.size && k <= verb + OBJECT_REACH; k++) {
      if (s.sentence[k] != s.sentence[verb] || s.has(k, Syllables.BREAK | Syllables.COMMA)) {
        return -1;
      }
      if (s.is(k, "voi")) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * The company a union is of: "Công đoàn Công ty X" → "Công ty X", when a company head opens X;
   * the grassroots level may stand between ("Công đoàn cơ sở Công ty TNHH Piaggio Việt Nam").
   */
  static String employer(String union, Gazetteer g) {
    String u = union(union);
    if (u == null || u.length() <= UNION.length()) {
      return null;
    }
    String rest = u.substring(UNION.length());
    boolean grassroots =
        rest.regionMatches(true, 0, GRASSROOTS, 0, GRASSROOTS.length())
            && rest.length() > GRASSROOTS.length();
    return company(grassroots ? rest.substring(GRASSROOTS.length()) : rest, g);
  }

  /** The grassroots level between "Công đoàn" and its company's name. */
  private static final String GRASSROOTS = "cơ sở ";

  /**
   * The union a name is: itself ("Công đoàn Công ty X"), or the union its executive committee leads
   * ("Ban Chấp hành Công đoàn Công ty X", "BCH Công đoàn Công ty X" → "Công đoàn Công ty X"); else
   * null.
   */
  static String union(String name) {
    if (name == null) {
      return null;
    }
    for (String committee : COMMITTEES) {
      if (name.regionMatches(true, 0, committee, 0, committee.length())) {
        name = name.substring(committee.length());
        break;
      }
    }
    return name.startsWith(UNION) ? name : null;
  }

  /** The union of a company, named as a union mention names it: "Công đoàn Công ty X". */
  static String unionOf(String company) {
    return UNION + company;
  }

  /**
   * {@code name} when it is a company's, a company head and a name after it ("Công ty TNHH X"); the
   * company of its management ("Ban Giám đốc Công ty X" → "Công ty X"); else null.
   */
  static String company(String name, Gazetteer g) {
    String folded = name.toLowerCase(java.util.Locale.ROOT);
    for (String board : BOARDS) {
      if (folded.startsWith(board + " ")) {
        return company(name.substring(board.length() + 1), g);
      }
    }
    Syllables r = Syllables.of(name, g.trie().vocabulary());
    NameTrie.Match head = g.trie().longest(r, 0, NameTrie.Kind.NAMED.bit(), true);
    boolean company =
        head != null
            && head.entry().head() != null
            && COMPANY.equals(head.entry().head().kind())
            && head.to() < r.size;
    return company ? name : null;
  }

  /** Whether a body other than a management ("Ban Giám đốc công ty") is named from syllable k. */
  private static boolean namesAnother(List<OrganisationMatcher.Mention> mentions, int k) {
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.from() == k && (m.name() == null || !management(m.name()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a party is only a company's management ("Ban Giám đốc công ty"). */
  static boolean management(String party) {
    String folded = party.toLowerCase(java.util.Locale.ROOT);
    return BOARDS.stream().anyMatch(folded::startsWith);
  }

  private static final String COMPANY = "company";

  /** Syllables between the union and the verb: "đã chính thức", "vừa tiến hành". */
  private static final int SUBJECT_REACH = 4;

  /** Syllables from the verb to "với": "ký kết thỏa ước lao động tập thể năm 2021 với". */
  private static final int OBJECT_REACH = 12;

  /** A union's executive committee, written before the union's name. */
  private static final List<String> COMMITTEES = List.of("Ban Chấp hành ", "BCH ");

  /** The longest management word of "board" in party-words.tsv ("Ban Tổng giám đốc"). */
  private static final int BOARD_LENGTH = 5;

  /** A company's board, in lower case, written before the company's name. */
  private static final List<String> BOARDS = List.of("ban giám đốc", "ban tổng giám đốc");
}
