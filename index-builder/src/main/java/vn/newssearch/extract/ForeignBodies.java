package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.extract.OrganisationMatcher.Draft;

/**
 * A national body named with the states whose bodies it means: "Bộ quốc phòng hai nước Singapore và
 * Australia" is the defence ministry of each state, never ours; "Bộ Quốc phòng Việt Nam và Hàn
 * Quốc" is ours and Korea's, as "Liên đoàn Lao động và Sở ... Long An" share a province. The words
 * that may stand between the body and the states ("hai nước", "các nước") are {@code states-of} in
 * party-words.tsv.
 */
final class ForeignBodies {
  /** At most this many states in one list. */
  private static final int MAX_STATES = 8;

  private static final int SEPARATORS = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;

  private ForeignBodies() {}

  /** The body of each state listed after {@code m}, or null when no two states follow so. */
  static List<Draft> ofStates(OrganisationMatcher matcher, Syllables s, Match m) {
    int p = m.to();
    if (p >= s.size || s.has(p, SEPARATORS)) {
      return null;
    }
    Phrases.Phrase of = ClauseWords.INSTANCE.get("states-of").at(s, p);
    NamedBodies named = matcher.named();
    List<Draft> out = new ArrayList<>();
    int q = of == null ? p : p + of.length();
    Match c = null;
    boolean last = false;
    while (out.size() < MAX_STATES && q < s.size && !s.has(q, Syllables.BREAK | Syllables.DASH)) {
      if (!out.isEmpty() && s.is(q, "va") && !s.has(q, Syllables.COMMA)) {
        q++;
        last = true;
      } else if (!out.isEmpty() != s.has(q, Syllables.COMMA)) {
        break;
      }
      c = q < s.size ? named.country(s, q, false) : null;
      if (c == null) {
        break;
      }
      Draft d =
          c.entry().value().equals("Việt Nam")
              ? matcher.ownDraft(m, c.to())
              : matcher.foreignDraft(s, m, c);
      out.add(out.isEmpty() ? d : moved(d, c.from()));
      q = c.to();
      if (last) {
        break;
      }
    }
    return out.size() >= 2 && last && named.closes(s, c) ? out : null;
  }

  /** The same body, its mention starting at {@code from} (the state's name in the list). */
  private static Draft moved(Draft d, int from) {
    Draft out = new Draft(from, d.to, d.head, d.where);
    out.kind = d.kind;
    out.name = d.name;
    return out;
  }
}
