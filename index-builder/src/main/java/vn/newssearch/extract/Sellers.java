package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;

/** The other side of a purchase or a sale that a signing's document makes, who signs it too. */
final class Sellers {
  /** How far after the verb the purchase may reach its seller. */
  private static final int OBJECT_REACH = 14;

  /**
   * How far "từ" (from) may name the seller: "mua hơn 100 chiếc xe tăng tối tân T-14 Armata từ tập
   * đoàn vũ khí Uralvagonzavod", a long object; "từ" + a body is the seller wherever it stands.
   */
  private static final int FROM_REACH = 22;

  /** How far after the verb a purchase may start ("ký hợp đồng đặt mua"). */
  private static final int BUY_REACH = 5;

  private Sellers() {}

  /**
   * "Bộ Quốc phòng Qatar ký thoả thuận mua 36 chiến đấu cơ F-15 từ Mỹ": a purchase right after the
   * verb's document, the body after "từ" (from) or the state after "của" (of) sells, and signs.
   */
  static void add(Syllables s, PartyLists lists, Signings.Signing signing, List<Candidate> out) {
    ClauseWords words = ClauseWords.INSTANCE;
    int near = Math.min(s.size, signing.after() + OBJECT_REACH);
    int end = Math.min(s.size, signing.after() + FROM_REACH);
    int start = Math.min(near, signing.after() + BUY_REACH);
    int buy = words.get("buy").find(s, signing.after(), start);
    // "Washington ... ký hợp đồng cung cấp 460 tên lửa chống tăng cho Đài Bắc": a sale or a grant,
    // whose receiver after "cho" (to) signs; a purchase ("mua bán") reads as a purchase
    int sell = buy < 0 ? words.get("sell").find(s, signing.after(), start) : -1;
    if (buy < 0 && sell < 0) {
      return;
    }
    for (int p = Math.max(buy, sell) + 1; p < end && s.sentence[p] == signing.sentence(); p++) {
      if (s.has(p, Syllables.COMMA | Syllables.BREAK)) {
        return;
      }
      if (s.is(p, "voi") && receiver(s, lists, p + 1) != null) {
        // "hợp đồng mua động cơ ... với Hãng Pratt & Whitney của Mỹ": the other side is named after
        // "với", and a "của" after it describes that body, not the goods
        return;
      }
      boolean from = buy >= 0 && s.is(p, "tu") && "từ".equalsIgnoreCase(s.original(p));
      boolean of = buy >= 0 && s.is(p, "cua") && p < near;
      boolean to = sell >= 0 && s.is(p, "cho") && p < near;
      if (to) {
        Candidate c = receiver(s, lists, p + 1);
        if (c != null && !out.contains(c)) {
          out.add(c);
        }
        return;
      }
      if (from || of) {
        Candidate c = receiver(s, lists, p + 1); // "từ Mỹ"
        // "mua 80 máy bay chở khách của Boeing": goods name their seller after "của" too, a stake
        // the company whose stake it is ("mua 20% cổ phần của Pjico")
        boolean seller =
            from
                || c != null && ClauseWords.INSTANCE.isState(c.name())
                || words.get("stake").find(s, buy + 1, p) < 0;
        if (c != null && seller && !out.contains(c)) {
          out.add(c);
        }
        return;
      }
    }
  }

  /**
   * Whether k stands right after the "từ" (from) or "của" (of) of a purchase the sentence makes
   * before it ("ký thoả thuận mua 80 máy bay chở khách của Boeing"): a seller's place, where a name
   * no table reads may name the side ({@link UnreadNames}); {@link #add} reads the slot itself.
   */
  static boolean sellerAt(Syllables s, int k) {
    if (k < 1 || s.sentence[k - 1] != s.sentence[k]) {
      return false;
    }
    boolean from = s.is(k - 1, "tu") && "từ".equalsIgnoreCase(s.original(k - 1));
    if (!from && !s.is(k - 1, "cua")) {
      return false;
    }
    int first = k - 1 - (from ? FROM_REACH : OBJECT_REACH);
    while (first < 0 || s.sentence[first] != s.sentence[k]) {
      first++;
    }
    return ClauseWords.INSTANCE.get("buy").find(s, first, k - 1) >= 0;
  }

  /** The body or the state that starts at syllable p ("cho Đài Bắc", "cho Bộ Chỉ huy ..."). */
  private static Candidate receiver(Syllables s, PartyLists lists, int p) {
    Candidate c = lists.at(p);
    Phrases.Phrase state = c == null ? ClauseWords.INSTANCE.country(s, p) : null;
    return state != null ? new Candidate(p, p + state.length(), state.value()) : c;
  }
}
