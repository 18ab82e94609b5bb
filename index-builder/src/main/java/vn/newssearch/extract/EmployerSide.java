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
 */
final class EmployerSide {
  private static final String UNION = "Công đoàn ";

  private EmployerSide() {}

  /**
   * {@code parties} with the employer after its union, when a union mention among the parties is
   * followed by "và" (or "với") and the management's words in the same sentence; a party that is
   * only the management ("Ban Giám đốc công ty") gives way to it. Unchanged otherwise.
   */
  static List<String> of(
      Syllables s, List<OrganisationMatcher.Mention> mentions, List<String> parties, Gazetteer g) {
    ClauseWords words = ClauseWords.INSTANCE;
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.name() == null || !parties.contains(m.name())) {
        continue; // the union must be a party already; only then is its company looked up
      }
      int at = m.to();
      String employer = employer(m.name(), g);
      if (employer == null
          || parties.contains(employer)
          || at + 1 >= s.size
          || s.sentence[at] != s.sentence[m.from()]
          || !(s.is(at, "va") || s.is(at, "voi"))
          || s.has(at, Syllables.BREAK | Syllables.COMMA)) {
        continue;
      }
      Phrases.Phrase side = words.get("employer-side").at(s, at + 1);
      if (side == null || namesAnother(mentions, at + 1)) {
        continue; // "Công đoàn Tập đoàn Dầu khí Việt Nam và Tập đoàn Điện lực Việt Nam": a body
      }
      List<String> out = new ArrayList<>();
      for (String p : parties) {
        if (!management(p)) {
          out.add(p);
        }
        if (p.equals(m.name())) {
          out.add(employer);
        }
      }
      return out;
    }
    return parties;
  }

  /**
   * The company a union is of: "Công đoàn Công ty X" → "Công ty X", when a company head opens X.
   */
  private static String employer(String union, Gazetteer g) {
    if (union == null || !union.startsWith(UNION) || union.length() <= UNION.length()) {
      return null;
    }
    String rest = union.substring(UNION.length());
    Syllables r = Syllables.of(rest, g.trie().vocabulary());
    NameTrie.Match head = g.trie().longest(r, 0, NameTrie.Kind.NAMED.bit(), true);
    boolean company =
        head != null
            && head.entry().head() != null
            && COMPANY.equals(head.entry().head().kind())
            && head.to() < r.size;
    return company ? rest : null;
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
  private static boolean management(String party) {
    String folded = party.toLowerCase(java.util.Locale.ROOT);
    return folded.startsWith("ban giám đốc") || folded.startsWith("ban tổng giám đốc");
  }

  private static final String COMPANY = "company";
}
