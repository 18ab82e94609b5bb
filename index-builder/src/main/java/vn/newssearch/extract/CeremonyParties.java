package vn.newssearch.extract;

import java.util.List;

/**
 * "MobiFone và FPT vừa đạt được thỏa thuận hợp tác chiến lược ... . Lễ ký kết diễn ra sáng 2/10 tại
 * Hà Nội.": a ceremony that opens its sentence and names no signer is the signing of the agreement
 * the sentence before names; that agreement's subject signs. The agreement is a document noun
 * (triggers.tsv) read like the verb: its subject before it, "với" and "giữa" after it.
 */
final class CeremonyParties {
  /** How many words may open the sentence before the verb: "Lễ ký", "Buổi lễ ký". */
  private static final int OPENING = 2;

  private CeremonyParties() {}

  /** The parties of the agreement named right before the ceremony {@code g}, or an empty list. */
  static List<String> before(
      Syllables s,
      OrganisationMatcher.Scan scan,
      Signings.Signing g,
      NameTrie trie,
      BrandNames brands,
      boolean[] role,
      boolean[] nounEnd) {
    int[] range = Signings.sentence(s, g.verb());
    if (!g.nominal() || g.verb() - range[0] > OPENING || range[0] == 0) {
      return List.of();
    }
    int[] prev = Signings.sentence(s, range[0] - 1);
    for (OrganisationMatcher.Hit noun : scan.triggers()) {
      if (noun.from() < prev[0] || noun.from() >= prev[1]) {
        continue;
      }
      Signings.Signing named =
          new Signings.Signing(
              noun.from(),
              noun.to(),
              s.sentence[noun.from()],
              Signings.Status.PLAIN,
              noun,
              false,
              false);
      List<ClauseParties.Candidate> candidates =
          PartyCandidates.candidates(s, scan.mentions(), trie, brands, prev[0], prev[1]);
      List<String> found =
          new ClauseParties(s, candidates, role, nounEnd, ClauseWords.INSTANCE).of(named);
      if (found != null && found.size() >= 2) {
        return found;
      }
    }
    return List.of();
  }
}
