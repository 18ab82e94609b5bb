package vn.newssearch.extract;

/**
 * The places that open the subject right after a fronted venue's comma: "Ngày 9/7, tại thành phố
 * Kobe, tỉnh Đồng Nai và tỉnh Hyogo (Nhật Bản) đã ký kết bản ghi nhớ", "Sáng 22/9/2023 tại thành
 * phố Huế, tỉnh Thừa Thiên Huế và tỉnh Bắc Gyeongsang (Hàn Quốc) đã ký". Vietnamese news fronts the
 * time and the place, each closed by a comma, before the subject; an address goes on from the venue
 * up to its province by commas alone and never joins two places by "và", so places joined by "và"
 * that run to the verb with no comma after the "và" are who signs, not where; so is a state ("Chiều
 * 30/6, tại Hà Nội, Việt Nam và Liên minh châu Âu (EU) đã ký kết", vietnews-test-015102). A list of
 * venues ("tại Hà Nội, Đà Nẵng và TP.HCM, Vietjet đã ký") has its comma after the "và".
 */
final class VenueSides {
  /** How far before the venue's comma its "tại" or "ở" may stand. */
  private static final int VENUE_REACH = 10;

  /** How far after the place the verb may stand ("và tỉnh Gunma của Nhật Bản đã ký"). */
  private static final int VERB_REACH = 14;

  private VenueSides() {}

  /**
   * Whether {@code c}, a place or a state right after the comma that closes a venue opened by a
   * fronted "tại" or "ở", opens a list closed by "và" that runs on to the signing verb.
   */
  static boolean opens(Syllables s, ClauseParties.Candidate c) {
    int k = c.from();
    if (k == 0 || !s.has(k, Syllables.COMMA) || !venueBefore(s, k)) {
      return false;
    }
    boolean linked = false;
    for (int q = c.to(); q < s.size && q < c.to() + VERB_REACH; q++) {
      boolean bracket = s.has(q, Syllables.PAREN) || s.has(q - 1, Syllables.PAREN);
      if (s.sentence[q] != s.sentence[k] || s.has(q, Syllables.BREAK) && !bracket) {
        return false; // a bracket may name a side's country: "tỉnh Hyogo (Nhật Bản) đã ký"
      }
      if (s.has(q, Syllables.COMMA) && linked) {
        return false; // "tại Hà Nội, Đà Nẵng và TP.HCM, Vietjet đã ký": a list of venues
      }
      if (s.is(q, "va")) {
        linked = true;
      } else if (s.is(q, "ky") || s.is(q, "ki")) {
        return linked;
      }
    }
    return false;
  }

  /** Whether a fronted "tại" or "ở" opens the phrase that ends right before k, with no "và". */
  private static boolean venueBefore(Syllables s, int k) {
    for (int p = k - 1; p >= 0 && p >= k - VENUE_REACH; p--) {
      if (s.sentence[p] != s.sentence[k] || s.is(p, "va") || s.has(p, Syllables.BREAK)) {
        return false;
      }
      String word = s.original(p);
      if (("tại".equalsIgnoreCase(word) || "ở".equalsIgnoreCase(word)) && fronted(s, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at p opens its clause: first in the sentence, after a comma or a day. */
  private static boolean fronted(Syllables s, int p) {
    return p == 0
        || s.sentence[p - 1] != s.sentence[p]
        || s.has(p, Syllables.COMMA)
        || s.number(p - 1) >= 0;
  }
}
