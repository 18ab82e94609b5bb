package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.model.Article;

/**
 * A document "giữa hai tỉnh", "giữa 2 địa phương", "giữa hai huyện" is signed between localities:
 * its sides are the localities, and a side read from its people's committee chairman's title is the
 * locality itself ("Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy và Tỉnh trưởng tỉnh Luang Prabang
 * ... đã ký kết biên bản ghi nhớ hợp tác giữa hai tỉnh" → tỉnh Quảng Ninh, not its committee). The
 * locality is named as the labelling guide names a place that signs: "tỉnh X" for a province, the
 * canonical name for a centrally run city, a district or town as written ("huyện Kỳ Sơn"). A
 * committee written as a side ("UBND tỉnh A và UBND tỉnh B ký") keeps its name.
 */
final class LocalitySides {
  private LocalitySides() {}

  /** How far after the verb "giữa" may stand: "ký Thỏa thuận hợp tác năm 2024 giữa hai tỉnh". */
  private static final int REACH = 14;

  /** The head of a people's committee, as the gazetteer writes it. */
  private static final String COMMITTEE = "Ủy ban nhân dân ";

  /**
   * Each people's committee among the parties that a reported signing "giữa hai" localities reads
   * only from a person's title, with the locality that is the side: empty when none.
   */
  static Map<String, String> sides(
      Syllables s,
      ClauseWords words,
      OrganisationMatcher.Scan scan,
      List<Signings.Signing> reported,
      List<String> parties,
      NameTrie trie) {
    if (parties.stream().noneMatch(p -> p.startsWith(COMMITTEE))
        || reported.stream().noneMatch(g -> betweenLocalities(s, words, g))) {
      return Map.of();
    }
    Set<Integer> titled = new HashSet<>();
    for (OrganisationMatcher.Hit r : scan.roles()) {
      titled.add(r.to());
    }
    Map<String, String> out = new HashMap<>();
    for (String p : parties) {
      if (p.startsWith(COMMITTEE) && titledOnly(s, scan, titled, reported, p)) {
        out.put(p, placeOf(p.substring(COMMITTEE.length()), trie));
      }
    }
    return out;
  }

  /**
   * The parties with each committee of {@code sides} named as its locality, once: "Quảng Ninh và
   * Luang Prabang ký" in the title already gave the province.
   */
  static List<String> renamed(List<String> parties, Map<String, String> sides) {
    if (sides.isEmpty()) {
      return parties;
    }
    List<String> out = new ArrayList<>();
    for (String p : parties) {
      String side = sides.getOrDefault(p, p);
      if (!out.contains(side)) {
        out.add(side);
      }
    }
    return List.copyOf(out);
  }

  /** The signatories, each who signs for a committee of {@code sides} signing for its locality. */
  static List<Article.Signatory> signingFor(
      List<Article.Signatory> signatories, Map<String, String> sides) {
    if (sides.isEmpty()) {
      return signatories;
    }
    List<Article.Signatory> out = new ArrayList<>(signatories.size());
    for (Article.Signatory signer : signatories) {
      String side = signer.party() == null ? null : sides.get(signer.party());
      out.add(side == null ? signer : new Article.Signatory(signer.name(), signer.role(), side));
    }
    return List.copyOf(out);
  }

  /**
   * The signatories, each who signs for a people's committee whose locality is a party and the
   * committee none ("Quảng Ninh và Luang Prabang ký" gave the provinces; "Chủ tịch UBND tỉnh Quảng
   * Ninh" signs for tỉnh Quảng Ninh) signing for the locality.
   */
  static List<Article.Signatory> forLocalities(
      List<Article.Signatory> signatories, List<String> parties, NameTrie trie) {
    Map<String, String> sides = new HashMap<>();
    for (Article.Signatory signer : signatories) {
      String p = signer.party();
      String place =
          p == null || !p.startsWith(COMMITTEE) || parties.contains(p)
              ? null
              : placeOf(p.substring(COMMITTEE.length()), trie);
      if (place != null && parties.contains(place)) {
        sides.put(p, place);
      }
    }
    return signingFor(signatories, sides);
  }

  /** Whether "giữa", a count of two and a locality noun follow g's verb in its sentence. */
  static boolean betweenLocalities(Syllables s, ClauseWords words, Signings.Signing g) {
    for (int k = g.verb() + 1; k < s.size - 2 && k <= g.verb() + REACH; k++) {
      if (s.sentence[k] != s.sentence[g.verb()]) {
        return false;
      }
      if (s.is(k, "giua")) {
        return words.count(s, k + 1) == 2 && words.get("locality-pair").at(s, k + 2) != null;
      }
    }
    return false;
  }

  /**
   * Whether no reported signing's sentence writes {@code name} as a side: every mention of it there
   * follows a person's title, or the title holds it ("Chủ tịch UBND tỉnh X Cao Tường Huy", where
   * the signer's reading gives the committee).
   */
  private static boolean titledOnly(
      Syllables s,
      OrganisationMatcher.Scan scan,
      Set<Integer> titled,
      List<Signings.Signing> reported,
      String name) {
    for (Signings.Signing g : reported) {
      int[] range = Signings.sentence(s, g.verb());
      for (OrganisationMatcher.Mention m : scan.mentions()) {
        if (m.from() >= range[0]
            && m.to() <= range[1]
            && name.equals(m.name())
            && !titled.contains(m.from())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The party committee of a province or a city, which its secretary's title names. */
  private static final List<String> PARTY_COMMITTEES = List.of("Tỉnh ủy ", "Thành ủy ");

  /**
   * Each province's or city's party committee among the parties that the reported signings read
   * only from its secretary's title, with its place, when another party is a place: the secretary
   * signs for his place beside another place ("Thỏa thuận đã được ký kết giữa Đô trưởng Viêng Chăn
   * A và Bí thư Thành ủy Thành phố Hồ Chí Minh B" → Thành phố Hồ Chí Minh); beside a ministry or a
   * company the committee stays. Empty when none.
   */
  static Map<String, String> secretaries(
      Syllables s,
      OrganisationMatcher.Scan scan,
      List<Signings.Signing> reported,
      List<String> parties,
      NameTrie trie) {
    Map<String, String> out = new HashMap<>();
    Set<Integer> titled = null;
    for (String p : parties) {
      String committee = PARTY_COMMITTEES.stream().filter(p::startsWith).findFirst().orElse(null);
      if (committee == null || parties.stream().noneMatch(q -> q != p && place(q, trie))) {
        continue;
      }
      if (titled == null) {
        titled = new HashSet<>();
        for (OrganisationMatcher.Hit r : scan.roles()) {
          titled.add(r.to());
        }
      }
      String place = placeOf(p.substring(committee.length()), trie);
      if (!place.equals(p.substring(committee.length())) || place(place, trie)) {
        if (titledOnly(s, scan, titled, reported, p)) {
          out.put(p, place);
        }
      }
    }
    return out;
  }

  /**
   * Whether a party is a place, not a body: a province or city of ours ("tỉnh Long An", "Hà Nội"),
   * a unit abroad named with its type word ("tỉnh Savannakhet", "bang Oregon"), or a city abroad
   * ("Viêng Chăn", "Tokyo").
   */
  private static boolean place(String party, NameTrie trie) {
    Syllables s = Syllables.of(party, trie.vocabulary());
    if (s.size == 0) {
      return false;
    }
    Phrases.Phrase unit = ClauseWords.INSTANCE.get("foreign-unit").at(s, 0);
    Phrases.Phrase city = SigningPlaces.abroad(s, 0);
    return Gazetteer.wholeProvince(trie, s) != null
        || unit != null && unit.length() < s.size
        || city != null && city.length() == s.size;
  }

  /** "tỉnh Nghệ An" as itself, "thành phố Cần Thơ" as "Cần Thơ", "huyện Kỳ Sơn" as written. */
  private static String placeOf(String place, NameTrie trie) {
    NameTrie.Match m = Gazetteer.wholeProvince(trie, Syllables.of(place, trie.vocabulary()));
    return m != null && m.entry().data() instanceof Province p ? p.asParty() : place;
  }
}
