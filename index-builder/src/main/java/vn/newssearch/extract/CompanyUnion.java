package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.model.Article;

/**
 * The union of a company that signs, written by its level, its committee or its leader's title
 * rather than by name: "Ban Chấp hành Công đoàn cơ sở và Giám đốc Công ty TNHH X đã ký kết thỏa ước
 * lao động tập thể", "Chủ tịch Công đoàn và Tổng Giám đốc Công ty X đã ký", "Công ty X và Công đoàn
 * cơ sở đã ký" → "Công đoàn cơ sở Công ty X" and the company, the union named with its level as
 * written ("Chủ tịch Công đoàn" → "Công đoàn Công ty X"), or by the name the article gives it
 * elsewhere. The level's words are {@code company-union} in party-words.tsv.
 */
final class CompanyUnion {
  /** The body of a signer titled by a union's level ("Chủ tịch Công đoàn cơ sở"), until named. */
  static final String LEVEL = "Công đoàn cơ sở";

  private CompanyUnion() {}

  /**
   * The signatories of a collective agreement with their sides, when the parties are a company's
   * union and the company: a signer titled by the union's level signs for the union, a signer with
   * a management title and no body ("Giám đốc Trần Văn Bình") for the company.
   */
  static List<Article.Signatory> signatories(
      List<Article.Signatory> signers, List<String> parties, Gazetteer g) {
    String union = null;
    String company = null;
    for (String p : parties) {
      String c = EmployerSide.employer(p, g);
      if (c != null && parties.contains(c)) {
        union = p;
        company = c;
      }
    }
    List<Article.Signatory> out = new ArrayList<>();
    for (Article.Signatory x : signers) {
      String party = x.party();
      if (union != null && LEVEL.equals(party)) {
        party = union;
      } else if (company != null && party == null && management(x.role(), g)) {
        party = company;
      }
      party = LEVEL.equals(party) ? null : party; // no company's union among the parties
      out.add(new Article.Signatory(x.name(), x.role(), party));
    }
    return out;
  }

  /** Whether a title is a company's management's ("board"): "Giám đốc", "Tổng Giám đốc". */
  private static boolean management(String role, Gazetteer g) {
    Syllables r = Syllables.of(role, g.trie().vocabulary());
    Phrases.Phrase board = ClauseWords.INSTANCE.get("board").at(r, 0);
    return board != null && board.length() == r.size;
  }

  /**
   * {@code parties} with the union of the company among them, when the sentence of the verb at
   * {@code verb} writes a union by its level before the verb, joined to the company ("và", "với",
   * "cùng") or opening its name ("Công đoàn cơ sở Công ty X"); a party that is only that level
   * ("Ban Chấp hành Công đoàn cơ sở") gives way to the union, one that is the company's board ("Ban
   * Giám đốc Công ty X") to the company. Unchanged otherwise.
   */
  static List<String> of(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      List<String> parties,
      int verb,
      Gazetteer g) {
    Phrases level = ClauseWords.INSTANCE.get("company-union");
    int[] sentence = Signings.sentence(s, verb);
    for (int k = sentence[0]; k < verb; k++) {
      Phrases.Phrase p = level.at(s, k);
      int end = p == null ? -1 : k + p.length();
      if (p == null || end > verb || insideName(mentions, k, g)) {
        continue; // "Công đoàn Dầu khí Việt Nam", "Công đoàn Việt Nam": a union by its name
      }
      if (opens(mentions, end, parties, g)) {
        List<String> out = with(s, mentions, parties, k, end, verb, g);
        return committees(joined(s, k - 1) ? withBefore(mentions, out, k - 1, g) : out, g);
      }
      // "Chủ tịch Công đoàn Nguyễn Văn An và ...": the leader's name after the union's
      PersonNames.Name leader = PersonNames.vietnamese(s, end, g);
      end = leader == null ? end : leader.to();
      if (!opensAnother(s, end)
          && (joined(s, k - 1) || joined(s, end) || endsSubject(s, end, verb))) {
        return committees(with(s, mentions, parties, k, end, verb, g), g);
      }
    }
    // "Công ty X đã ký kết thỏa ước lao động tập thể với Công đoàn cơ sở"
    for (int k = verb + 1; k + 1 < sentence[1] && k <= verb + OBJECT_REACH; k++) {
      if (s.has(k, Syllables.BREAK | Syllables.COMMA)) {
        break;
      }
      Phrases.Phrase p = s.is(k, "voi") ? level.at(s, k + 1) : null;
      if (p != null && !insideName(mentions, k + 1, g) && !opensAnother(s, k + 1 + p.length())) {
        return committees(with(s, mentions, parties, k + 1, k + 1 + p.length(), verb, g), g);
      }
    }
    return committees(parties, g);
  }

  /**
   * {@code parties} with the union of the company that alone signs a collective labour agreement in
   * the clause, when the article names that union ("Công ty TNHH X tổ chức ký kết thỏa ước lao động
   * tập thể" and elsewhere "Ban Giám đốc công ty và Công đoàn cơ sở Công ty TNHH X thống nhất
   * ..."): such an agreement's other side is always the company's workers' union. Unchanged
   * otherwise.
   */
  static List<String> ofCollective(
      List<OrganisationMatcher.Mention> mentions,
      List<String> parties,
      Signings.Signing chosen,
      Gazetteer g) {
    if (parties.size() != 1
        || chosen.noun() == null
        || !COLLECTIVE.equals(chosen.noun().value())
        || EmployerSide.company(parties.get(0), g) == null
        || EmployerSide.management(parties.get(0))) {
      return parties;
    }
    String company = parties.get(0);
    String union = unionNamed(mentions, company, g);
    return union == null ? parties : List.of(company, union);
  }

  /** The name of {@code company}'s union as the article writes it in full somewhere, else null. */
  private static String unionNamed(
      List<OrganisationMatcher.Mention> mentions, String company, Gazetteer g) {
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.name() != null
          && m.name().equals(EmployerSide.union(m.name()))
          && company.equals(EmployerSide.employer(m.name(), g))) {
        return m.name();
      }
    }
    return null;
  }

  /** The kind of a collective labour agreement (triggers.tsv). */
  private static final String COLLECTIVE = "thỏa ước lao động tập thể";

  /**
   * The parties with a company union's executive committee named as the union: "Ban Chấp hành Công
   * đoàn Công ty X" → "Công đoàn Công ty X" (as the board gives way to the company).
   */
  private static List<String> committees(List<String> parties, Gazetteer g) {
    List<String> out = new ArrayList<>();
    for (String p : parties) {
      String union = EmployerSide.employer(p, g) == null ? p : EmployerSide.union(p);
      if (!out.contains(union)) {
        out.add(union);
      }
    }
    return out;
  }

  /**
   * Whether a name goes on after a level ending at {@code end}: "Công đoàn cơ sở Bệnh viện Bạch
   * Mai" is the hospital's union, not the company's.
   */
  private static boolean opensAnother(Syllables s, int end) {
    return end < s.size && s.has(end, Syllables.UPPER) && !s.has(end, Syllables.BREAK);
  }

  /**
   * Whether a level ending at {@code end} closes the verb's subject: "và Chủ tịch Công đoàn đã".
   */
  private static boolean endsSubject(Syllables s, int end, int verb) {
    if (verb - end > SUBJECT_REACH) {
      return false;
    }
    for (int k = end; k <= verb; k++) {
      if (s.has(k, Syllables.BREAK | Syllables.COMMA) || (k < verb && s.has(k, Syllables.UPPER))) {
        return false;
      }
    }
    return true;
  }

  /** The parties with the union of the sentence's company, its level at [union, end). */
  private static List<String> with(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      List<String> parties,
      int union,
      int end,
      int verb,
      Gazetteer g) {
    OrganisationMatcher.Mention nearest = null;
    String company = null;
    List<String> misread = new ArrayList<>();
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.name() != null && union < m.from() && m.from() < end) {
        misread.add(m.name()); // "Công đoàn | công ty Nguyễn Văn An": the level and its leader
        continue;
      }
      boolean here =
          m.name() != null
              && s.sentence[m.from()] == s.sentence[verb]
              && parties.contains(m.name())
              && (nearest == null || Math.abs(m.from() - union) < Math.abs(nearest.from() - union));
      String c = here ? named(m.name(), g) : null;
      if (c != null) {
        nearest = m;
        company = c;
      }
    }
    OrganisationMatcher.Mention board =
        company == null ? board(s, mentions, parties, verb, g) : null;
    if (board != null) {
      // "tại Công ty X (SEVT), Ban Giám đốc và Công đoàn cơ sở công ty đã ký": the board signs for
      // the company its sentence names before it
      company = companyBefore(s, mentions, parties, board, g);
      nearest = company == null ? null : board;
    }
    if (company == null || unionAmong(parties, company, g)) {
      return parties;
    }
    String name = named(s, mentions, union, end, company, g);
    // "Công đoàn cơ sở Công ty X": the company's name is the union's, and the company signs only
    // as the management after it ("... và Giám đốc công ty")
    boolean signs =
        nearest.from() != end || EmployerSide.employerAfter(s, mentions, nearest, verb, g);
    List<String> out = new ArrayList<>();
    for (String p : parties) {
      if (p.equals(nearest.name())) {
        if (union < nearest.from()) {
          out.add(name);
        }
        if (signs && !out.contains(company)) {
          out.add(company);
        }
        if (union > nearest.from()) {
          out.add(name);
        }
      } else if (!levelOnly(p, g)
          && !company.equals(p)
          && !misread.contains(p)
          && !(signs && boardOfIt(p, g))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The party of the verb's sentence that is a company's board with no company named in it ("Ban
   * Giám đốc"), else null.
   */
  private static OrganisationMatcher.Mention board(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      List<String> parties,
      int verb,
      Gazetteer g) {
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.name() != null
          && m.from() < verb
          && s.sentence[m.from()] == s.sentence[verb]
          && parties.contains(m.name())
          && boardOfIt(m.name(), g)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The company the sentence names last before its board's mention, itself no party ("tại Công ty
   * X, Ban Giám đốc ..."), else null.
   */
  private static String companyBefore(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      List<String> parties,
      OrganisationMatcher.Mention board,
      Gazetteer g) {
    String company = null;
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.name() != null
          && m.to() <= board.from()
          && s.sentence[m.from()] == s.sentence[board.from()]
          && !parties.contains(m.name())
          && EmployerSide.company(m.name(), g) != null) {
        company = m.name();
      }
    }
    return company;
  }

  /**
   * The name of {@code company}'s union written by its level at [union, end): the name the article
   * gives that union elsewhere ("Chủ tịch Công đoàn Công ty TNHH X"), else the level as written and
   * the company ("Công đoàn cơ sở công ty" → "Công đoàn cơ sở Công ty TNHH X", "Công đoàn công ty"
   * → "Công đoàn Công ty TNHH X"), as the guide names a body: in full, as the article gives it.
   */
  private static String named(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      int union,
      int end,
      String company,
      Gazetteer g) {
    String named = unionNamed(mentions, company, g);
    if (named != null) {
      return named;
    }
    for (int k = union; k < end; k++) {
      if ((s.is(k, "co") && k + 1 < end && s.is(k + 1, "so")) || s.is(k, "cdcs")) {
        return GRASSROOTS + company;
      }
    }
    return EmployerSide.unionOf(company);
  }

  /** A company's union named with its level, before the company's name. */
  private static final String GRASSROOTS = LEVEL + " ";

  /**
   * Whether a union of {@code company} is a party already: "Công đoàn Công ty X", "Công đoàn cơ sở
   * Công ty X".
   */
  private static boolean unionAmong(List<String> parties, String company, Gazetteer g) {
    for (String p : parties) {
      if (company.equals(EmployerSide.employer(p, g))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties with the body named right before the "và" at {@code link}, first, when the chain of
   * the subject stopped at the level: "Liên đoàn Lao động tỉnh Bình Dương và Công đoàn cơ sở Công
   * ty X đã ký".
   */
  private static List<String> withBefore(
      List<OrganisationMatcher.Mention> mentions, List<String> parties, int link, Gazetteer g) {
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.to() == link
          && m.name() != null
          && !parties.contains(m.name())
          && !levelOnly(m.name(), g)) {
        List<String> out = new ArrayList<>();
        out.add(m.name());
        out.addAll(parties);
        return out;
      }
    }
    return parties;
  }

  /**
   * Whether a party is the board of the company just named, written without its name: "Công đoàn cơ
   * sở Công ty X và Ban Giám đốc công ty đã ký" → the board is Công ty X's, which signs.
   */
  private static boolean boardOfIt(String party, Gazetteer g) {
    return EmployerSide.management(party) && named(party, g) == null;
  }

  /** The company a party names: itself, or the company whose board it is; else null. */
  private static String named(String party, Gazetteer g) {
    return EmployerSide.company(party, g);
  }

  /** Whether a link to another side ("và", "với", "cùng") is at syllable k. */
  private static boolean joined(Syllables s, int k) {
    return k >= 0
        && k < s.size
        && (s.is(k, "va") || s.is(k, "voi") || s.is(k, "cung"))
        && !s.has(k, Syllables.BREAK);
  }

  /** Whether a party that is a company opens at syllable k: "Công đoàn cơ sở | Công ty X". */
  private static boolean opens(
      List<OrganisationMatcher.Mention> mentions, int k, List<String> parties, Gazetteer g) {
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.from() == k && m.name() != null && parties.contains(m.name())) {
        return EmployerSide.company(m.name(), g) != null;
      }
    }
    return false;
  }

  /** Whether syllable k lies in a body's name, other than a union's level alone. */
  private static boolean insideName(
      List<OrganisationMatcher.Mention> mentions, int k, Gazetteer g) {
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.from() <= k && k < m.to() && m.name() != null && !levelOnly(m.name(), g)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a party is only a union's level ("Ban Chấp hành Công đoàn cơ sở"), no name. */
  private static boolean levelOnly(String party, Gazetteer g) {
    Syllables p = Syllables.of(party, g.trie().vocabulary());
    Phrases.Phrase level = ClauseWords.INSTANCE.get("company-union").at(p, 0);
    return level != null && level.length() == p.size;
  }

  /** Syllables between a subject and the verb: "đã chính thức". */
  private static final int SUBJECT_REACH = 3;

  /** Syllables from the verb to "với": "ký kết thỏa ước lao động tập thể năm 2021 với". */
  private static final int OBJECT_REACH = 12;
}
