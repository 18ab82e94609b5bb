package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * A ministry's fields listed with commas and "và", or an association's members listed with a comma,
 * before its state ({@link NameWalk}).
 */
final class MinistryFields {
  private static final int SEPARATORS = NamedBodies.SEPARATORS;
  private static final int BODY_STARTS = NamedBodies.BODY_STARTS;
  private static final int MEMBERS_MAX = 3;

  private final NamedBodies bodies;
  private final NameWords words;
  private final Syllables s;
  private final int from;
  private final boolean ignoreCase;

  MinistryFields(NamedBodies bodies, NameWords words, Syllables s, int from, boolean ignoreCase) {
    this.bodies = bodies;
    this.words = words;
    this.s = s;
    this.from = from;
    this.ignoreCase = ignoreCase;
  }

  /**
   * A ministry's fields listed with commas and "và", then its state, from the comma at {@code at}:
   * "Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc"; null unless a country closes the list. "Bộ
   * Công Thương và Bộ Tài chính": a head after "và" starts a second body.
   */
  Match toState(int at) {
    if (!s.has(at, Syllables.COMMA) || s.has(at, Syllables.BREAK | Syllables.DASH)) {
      return null;
    }
    boolean va = false;
    int q = at;
    while (q < s.size && q - from < NameWalk.NAME_MAX) {
      if (s.has(q, Syllables.BREAK | Syllables.DASH)) {
        return null;
      }
      if (s.has(q, Syllables.UPPER)) {
        Match c = bodies.country(s, q, ignoreCase);
        if (c != null && va && !s.has(q, Syllables.COMMA)) {
          return c; // "Hàn Quốc" before "Hàn" as a family name
        }
        if (words.isPerson(q)
            || bodies.bodyAt(s, q, BODY_STARTS | Kind.NAMED.bit(), ignoreCase) != null
            || !words.isTitleCase(q)) {
          return null;
        }
        q++;
        if (q < s.size && !s.has(q, SEPARATORS | Syllables.UPPER) && !isVaWord(q)) {
          q++; // "Năng lượng": a field's second syllable
        }
        continue;
      }
      if (va || !isVaWord(q) || s.has(q, SEPARATORS) || q + 1 >= s.size) {
        return null;
      }
      va = true; // the last field follows "và"
      q++;
    }
    return null;
  }

  /**
   * "Hiệp hội các trường ĐH, CĐ Việt Nam", "Hiệp hội các trường đại học, cao đẳng Việt Nam": a
   * second kind of member after the comma at {@code at} (up to three syllables, lower-case words
   * that are no stop word or abbreviations), then a state that closes the name; null otherwise.
   */
  Match membersToState(int at) {
    if (at >= s.size
        || !s.has(at, Syllables.COMMA)
        || s.has(at, Syllables.BREAK | Syllables.DASH)) {
      return null;
    }
    for (int q = at; q < s.size && q - at <= MEMBERS_MAX; q++) {
      if (q > at && s.has(q, SEPARATORS)) {
        return null;
      }
      Match c = q > at ? bodies.country(s, q, ignoreCase) : null;
      if (c != null) {
        return bodies.closes(s, c) ? c : null;
      }
      boolean upper = s.has(q, Syllables.UPPER);
      if (upper ? !words.isAllCaps(q) : words.isStop(q)) {
        return null; // "..., Bộ Văn hoá": another body; "..., cho biết": the clause goes on
      }
      if (s.id[q] >= 0 && bodies.bodyAt(s, q, BODY_STARTS | Kind.NAMED.bit(), ignoreCase) != null) {
        return null;
      }
    }
    return null;
  }

  private boolean isVaWord(int at) {
    return s.is(at, "va") && "và".equals(s.original(at));
  }
}
