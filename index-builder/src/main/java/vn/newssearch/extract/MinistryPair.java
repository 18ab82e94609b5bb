package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;

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
      return found;
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
