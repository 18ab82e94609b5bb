package vn.newssearch.extract;

import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * The province or city that closes the address of a fronted place phrase: "Ngày 8/1/2026, tại
 * phường Bình Tân, TP.HCM, Công đoàn Công ty X và Ban Giám đốc công ty đã ký", "Sáng 16/4, tại
 * trang trại bò sữa TH ở huyện Nghĩa Đàn, Nghệ An, hai bên đã ký". Vietnamese news writes the
 * signing's place before its subject, from the venue down to the province, each part after a comma;
 * the province is where the signing is, not a side. The venue itself names no body here (a body
 * there is the host, {@code modifier} words of signing-words.tsv).
 */
final class AddressTails {
  /** How far before the province the "tại" of its address may stand. */
  private static final int REACH = 14;

  private AddressTails() {}

  /**
   * Whether {@code c} is a province, city or state between commas whose address a fronted "tại"
   * opens within {@link #REACH} syllables before it in its sentence, with a unit below the province
   * in it ("phường", "huyện", "khu công nghiệp": the {@code unit} rows of signing-places.tsv) and
   * no "và" (a list of sides, not an address). Without the unit the place may be a side named after
   * an event's name ("tại Hội nghị xúc tiến đầu tư, tỉnh Quảng Nam, Tập đoàn X và ... đã ký").
   */
  static boolean closes(Syllables s, Candidate c) {
    if (!c.place()
        || c.from() == 0
        || c.to() >= s.size
        || !s.has(c.from(), Syllables.COMMA)
        || !s.has(c.to(), Syllables.COMMA)
        || s.sentence[c.to()] != s.sentence[c.from()]) {
      return false;
    }
    Phrases units = SigningPlaces.WORDS.get("unit");
    boolean unit = false;
    for (int k = c.from() - 1; k >= 0 && k >= c.from() - REACH; k--) {
      if (s.sentence[k] != s.sentence[c.from()] || s.is(k, "va") || s.has(k, Syllables.BREAK)) {
        return false;
      }
      unit |= units.at(s, k) != null || city(s, k);
      if (s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k)) && fronted(s, k)) {
        return unit;
      }
    }
    return false;
  }

  /**
   * Whether a city's type word stands at k ("thành phố", "TP", "TP."): before the province that
   * closes the address, a city below it ("tại TP Bến Tre, tỉnh Bến Tre, Tập đoàn X và UBND tỉnh
   * ký"), a unit as a district is.
   */
  private static boolean city(Syllables s, int k) {
    return s.is(k, "thanh") && k + 1 < s.size && s.is(k + 1, "pho")
        || NameBounds.cityAbbreviation(s.original(k));
  }

  /** Whether "tại" at k opens its clause: first in the sentence, after a comma or a day. */
  private static boolean fronted(Syllables s, int k) {
    return k == 0
        || s.sentence[k - 1] != s.sentence[k]
        || s.has(k, Syllables.COMMA)
        || s.number(k - 1) >= 0;
  }
}
