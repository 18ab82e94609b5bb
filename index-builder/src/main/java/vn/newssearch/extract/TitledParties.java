package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * States named through the title of the leader who signs for them (issue 12: "a person who signs
 * for a body makes that body a party"): "Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên Kim
 * Jong-un hôm nay ký thoả thuận" → Mỹ, Triều Tiên. They are candidates like any body: only the
 * clause makes them sign, and a leader who watches ("chứng kiến") is none. A minister's title is
 * left alone: whether the ministry or the state signs is the reader's call (docs/agreements.md).
 */
final class TitledParties {
  private TitledParties() {}

  /** {@code found} with the leaders' states of syllables [first, end) added, in text order. */
  static List<Candidate> add(Syllables s, List<Candidate> found, int first, int end) {
    List<Candidate> titled = null;
    ClauseWords words = ClauseWords.INSTANCE;
    for (int k = first; k < end; k++) {
      Phrases.Phrase title = s.has(k, Syllables.PAREN) ? null : words.get("state-title").at(s, k);
      int q = title == null ? k : k + title.length();
      Phrases.Phrase state = q > k && q < end ? words.countryAnywhere(s, q) : null;
      if (state != null && !SignerClause.watches(s, k)) {
        Candidate t = new Candidate(k, q + state.length(), state.value()); // "Tổng thống Mỹ"
        if (found.stream().noneMatch(c -> c.from() < t.to() && t.from() < c.to())) {
          titled = titled == null ? new ArrayList<>() : titled;
          titled.add(t);
        }
        k = t.to() - 1;
      }
    }
    if (titled == null) {
      return found;
    }
    List<Candidate> out = new ArrayList<>(found);
    out.addAll(titled);
    out.sort(Comparator.comparingInt(Candidate::from));
    return out;
  }
}
