package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;

/** The seller of a purchase a signing's document makes, who signs it too. */
final class Sellers {
  /** How far after the verb the purchase may reach its seller. */
  private static final int OBJECT_REACH = 14;

  /** How far after the verb a purchase may start ("ký hợp đồng đặt mua"). */
  private static final int BUY_REACH = 5;

  private Sellers() {}

  /**
   * "Bộ Quốc phòng Qatar ký thoả thuận mua 36 chiến đấu cơ F-15 từ Mỹ": a purchase right after the
   * verb's document, the body after "từ" (from) or the state after "của" (of) sells, and signs.
   */
  static void add(Syllables s, PartyLists lists, Signings.Signing signing, List<Candidate> out) {
    ClauseWords words = ClauseWords.INSTANCE;
    int end = Math.min(s.size, signing.after() + OBJECT_REACH);
    int buy = words.get("buy").find(s, signing.after(), Math.min(end, signing.after() + BUY_REACH));
    if (buy < 0) {
      return;
    }
    for (int p = buy + 1; p < end && s.sentence[p] == signing.sentence(); p++) {
      if (s.has(p, Syllables.COMMA | Syllables.BREAK)) {
        return;
      }
      boolean from = s.is(p, "tu") && "từ".equalsIgnoreCase(s.original(p));
      boolean of = s.is(p, "cua");
      if (from || of) {
        Candidate c = lists.at(p + 1);
        Phrases.Phrase state = c == null ? ClauseWords.INSTANCE.country(s, p + 1) : null;
        if (state != null) {
          c = new Candidate(p + 1, p + 1 + state.length(), state.value()); // "từ Mỹ"
        }
        if (c != null && (from || ClauseWords.INSTANCE.isState(c.name())) && !out.contains(c)) {
          out.add(c);
        }
        return;
      }
    }
  }
}
