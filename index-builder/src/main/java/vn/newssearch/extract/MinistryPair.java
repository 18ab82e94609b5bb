package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;
import vn.newssearch.model.Article;

/**
 * "Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane đã ký Biên
 * bản ghi nhớ về hợp tác giữa Bộ Ngoại giao hai nước": a document its own words set between one
 * ministry of two states ("giữa Bộ X hai nước", "giữa hai Bộ X") is signed by those ministries, not
 * by the states the signers' titles or the title's pair name. Each state among the parties becomes
 * its ministry: ours by the gazetteer's name ("Bộ Ngoại giao"), a foreign one with its state ("Bộ
 * Ngoại giao Lào").
 */
final class MinistryPair {
  /** How far after the verb "giữa" may come ("ký Biên bản ghi nhớ về hợp tác giữa"). */
  private static final int OBJECT_REACH = 14;

  /** The gazetteer's name of our state, whose ministries it names without it. */
  private static final String OURS = "Việt Nam";

  /** A ministry's name, as the gazetteer writes ours. */
  private static final String MINISTRY = "Bộ ";

  /**
   * How many words may stand between the ministers and the verb ("Bộ trưởng Quốc phòng hai nước đã
   * ký", "bộ trưởng quốc phòng hai nước vừa chính thức ký").
   */
  private static final int GAP = 4;

  /** How many syllables the two states after "hai nước" may take ("Việt Nam và Cuba"). */
  private static final int PAIR_WORDS = 7;

  /** How far before "hai nước" its ministry may start ("Bộ Thông tin và Truyền thông"). */
  private static final int MINISTRY_WORDS = 8;

  private MinistryPair() {}

  /**
   * The ministries of the states among {@code found} when the signing's document is between one
   * ministry of two states; else {@code found} as it is (also when a party is neither a state nor
   * that ministry).
   */
  static List<String> of(
      Syllables s,
      Signings.Signing g,
      List<OrganisationMatcher.Mention> mentions,
      ClauseWords words,
      List<String> found) {
    if (found == null || found.isEmpty()) {
      return found;
    }
    String ministry = ministry(s, g, mentions, words);
    if (ministry == null) {
      return counted(s, g, mentions, words, found);
    }
    List<String> out = new ArrayList<>();
    for (String p : found) {
      String state = stateOf(p, words);
      String body;
      if (p.equals(ministry)) {
        body = ministry;
      } else if (state != null) {
        body = state.equals(OURS) ? ministry : ministry + " " + state;
      } else {
        return found; // "Bộ Ngoại giao và Tổng công ty X": not a pair of states
      }
      if (!out.contains(body)) {
        out.add(body);
      }
    }
    return out.size() == 2 ? List.copyOf(out) : found;
  }

  /**
   * "Tại hội đàm, Bộ trưởng Quốc phòng hai nước đã ký Tuyên bố Tầm nhìn chung", "Lãnh đạo Bộ Quốc
   * phòng hai nước đã ký Bản Ghi nhận ý định": the ministers (or the leaders) of one ministry of
   * two states, as the subject of a reported signing, sign for those ministries. The two states are
   * the title's pair ({@link TitlePair#titleStates}), else the two states among {@code found}; the
   * ministries take the states' place among the parties, before the other bodies when the
   * ministers' signing is told before the chosen one ({@code reported} starts with the chosen).
   * {@code found} as it is when no such subject or no two states.
   */
  static List<String> ofMinisters(
      Syllables s,
      List<Signings.Signing> reported,
      List<OrganisationMatcher.Mention> mentions,
      ClauseWords words,
      List<String> found) {
    for (Signings.Signing g : reported) {
      String ministry = ministers(s, g, mentions, words);
      if (ministry == null) {
        continue;
      }
      List<String> states = new ArrayList<>();
      TitlePair.titleStates(s, g, words).forEach(c -> states.add(c.name()));
      if (states.isEmpty()) {
        found.stream().filter(p -> stateOf(p, words) != null).forEach(states::add);
      }
      if (states.size() != 2) {
        continue;
      }
      List<String> pair = ministries(ministry, states);
      List<String> rest = new ArrayList<>();
      for (String p : found) {
        String state = stateOf(p, words);
        if (!pair.contains(p)
            && !p.equals(ministry)
            && (state == null || !states.contains(state))) {
          rest.add(p);
        }
      }
      boolean first = g.verb() <= reported.get(0).verb(); // told before the chosen signing
      List<String> out = new ArrayList<>(first ? pair : rest);
      out.addAll(first ? rest : pair);
      return List.copyOf(out);
    }
    return found;
  }

  /**
   * "chứng kiến lễ ký kết ba văn bản quân sự quan trọng là: Bản ghi nhớ Hợp tác y tế quân sự giữa
   * hai Bộ quốc phòng; ...; bản ghi nhớ ... giữa Học viện Quốc phòng Việt Nam và Đại học Quốc phòng
   * Trung Quốc": a document the signing's sentence sets "giữa hai Bộ X", farther than {@link
   * #ministry} reads or beside other bodies, when our ministry X is a party and no state is: the
   * count names both, so the title's two states' ministries take its place. Else {@code found}.
   */
  private static List<String> counted(
      Syllables s,
      Signings.Signing g,
      List<OrganisationMatcher.Mention> mentions,
      ClauseWords words,
      List<String> found) {
    String ministry = null;
    for (int p = g.after(); p + 2 < s.size && s.sentence[p] == g.sentence(); p++) {
      if (!s.is(p, "giua") || !s.is(p + 1, "hai")) {
        continue;
      }
      for (OrganisationMatcher.Mention m : mentions) {
        if (m.from() == p + 2
            && m.name() != null
            && m.name().startsWith(MINISTRY)
            && ours(m.name(), words)) {
          ministry = m.name();
        }
      }
      if (ministry != null) {
        break;
      }
    }
    if (ministry == null
        || !found.contains(ministry)
        || found.stream().anyMatch(p -> stateOf(p, words) != null)) {
      return found;
    }
    List<String> pair =
        ministries(
            ministry, TitlePair.titleStates(s, g, words).stream().map(Candidate::name).toList());
    if (pair.size() != 2) {
      return found;
    }
    List<String> out = new ArrayList<>();
    for (String p : found) {
      // in its place: "Bộ Quốc phòng" → "Bộ Quốc phòng", "Bộ Quốc phòng Trung Quốc"
      for (String body : p.equals(ministry) ? pair : List.of(p)) {
        if (!out.contains(body)) {
          out.add(body);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Our ministry's name for each state: ours as the gazetteer writes it, a foreign one with its
   * state.
   */
  private static List<String> ministries(String ministry, List<String> states) {
    return states.stream().map(st -> st.equals(OURS) ? ministry : ministry + " " + st).toList();
  }

  /**
   * Each signer read for a state ("người đồng cấp Nhật Bản Onodera Itsunori" → Nhật Bản) signs for
   * its ministry when that state is no party and its ministry is ("Bộ Quốc phòng Nhật Bản").
   */
  static List<Article.Signatory> signers(
      List<Article.Signatory> signers, List<String> parties, ClauseWords words) {
    List<Article.Signatory> out = new ArrayList<>(signers.size());
    for (Article.Signatory x : signers) {
      String ministry = null;
      if (x.party() != null && words.isState(x.party()) && !parties.contains(x.party())) {
        for (String p : parties) {
          ministry = p.startsWith(MINISTRY) && p.endsWith(" " + x.party()) ? p : ministry;
        }
      }
      out.add(ministry == null ? x : new Article.Signatory(x.name(), x.role(), ministry));
    }
    return out;
  }

  /**
   * "Bộ trưởng Quốc phòng hai nước (đã) ký", "Bộ Quốc phòng hai nước (đã) ký": the ministry named
   * (a {@code titled-body} title of signatory-words.tsv, or our ministry's name) right before "hai
   * nước" that opens the subject of {@code g}, at most {@link #GAP} words before its verb and no
   * comma between; else null.
   */
  private static String ministers(
      Syllables s,
      Signings.Signing g,
      List<OrganisationMatcher.Mention> mentions,
      ClauseWords words) {
    int verb = g.verb();
    int start = Signings.clauseStart(s, verb);
    int sides = words.get("both-sides").find(s, Math.max(start, verb - GAP - 2), verb);
    if (g.nominal()) {
      return null;
    }
    if (sides < 0 || !s.is(sides + 1, "nuoc")) {
      // "Bộ trưởng Quốc phòng hai nước Việt Nam và Cuba đã ký": the two states named after "hai
      // nước" do not count towards the gap
      sides = words.get("both-sides").find(s, Math.max(start, verb - GAP - 2 - PAIR_WORDS), verb);
      if (sides < 0 || !s.is(sides + 1, "nuoc") || verb - statePairEnd(s, sides + 2, words) > GAP) {
        return null;
      }
    }
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.to() == sides
          && m.name() != null
          && m.name().startsWith(MINISTRY)
          && ours(m.name(), words)) {
        return m.name();
      }
    }
    Phrases titles = PersonNames.WORDS.get("titled-body");
    for (int k = Math.max(start, sides - MINISTRY_WORDS); k < sides; k++) {
      Phrases.Phrase titled = titles.at(s, k);
      if (titled != null && k + titled.length() == sides) {
        return titled.value();
      }
    }
    return null;
  }

  /**
   * The end of two states joined by "và" that start at syllable k ("Việt Nam và Cuba"); else {@link
   * #NO_PAIR}, which no gap to the verb is short enough to reach.
   */
  private static int statePairEnd(Syllables s, int k, ClauseWords words) {
    Phrases.Phrase first = words.country(s, k);
    if (first == null) {
      return NO_PAIR;
    }
    int and = k + first.length();
    if (and + 1 >= s.size || !s.is(and, "va") || s.has(and, Syllables.COMMA)) {
      return NO_PAIR;
    }
    Phrases.Phrase second = words.country(s, and + 1);
    return second == null ? NO_PAIR : and + 1 + second.length();
  }

  private static final int NO_PAIR = Integer.MIN_VALUE / 2;

  /** The state a party names: a state, or a state's government ("Chính phủ Lào"); else null. */
  private static String stateOf(String party, ClauseWords words) {
    if (words.isState(party)) {
      return party;
    }
    return CandidateNames.isStateGovernment(party)
        ? party.substring(CandidateNames.GOVERNMENT.length() + 1)
        : null;
  }

  /**
   * "giữa Bộ Ngoại giao hai nước", "giữa hai Bộ Ngoại giao" after the verb, before any comma: our
   * ministry's name; else null.
   */
  private static String ministry(
      Syllables s,
      Signings.Signing g,
      List<OrganisationMatcher.Mention> mentions,
      ClauseWords words) {
    int end = Math.min(s.size, g.after() + OBJECT_REACH);
    int between = -1;
    for (int p = g.after(); p < end && s.sentence[p] == g.sentence(); p++) {
      if (s.has(p, Syllables.COMMA | Syllables.BREAK)) {
        break;
      }
      if (s.is(p, "giua")) {
        between = p;
        break;
      }
    }
    if (between < 0 || between + 2 >= s.size) {
      return null;
    }
    boolean counted = s.is(between + 1, "hai");
    int at = counted ? between + 2 : between + 1;
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.from() != at || m.name() == null || !m.name().startsWith(MINISTRY)) {
        continue;
      }
      // "giữa hai Bộ Ngoại giao" counts the sides; "giữa Bộ Ngoại giao hai nước" names them after
      boolean both = counted || words.get("both-sides").at(s, m.to()) != null;
      return both && ours(m.name(), words) ? m.name() : null;
    }
    return null;
  }

  /**
   * Whether {@code name} is a ministry named without a state ("Bộ Ngoại giao", not "Bộ ... Lào").
   */
  private static boolean ours(String name, ClauseWords words) {
    for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
      if (words.isState(name.substring(space + 1))) {
        return false;
      }
    }
    return true;
  }
}
