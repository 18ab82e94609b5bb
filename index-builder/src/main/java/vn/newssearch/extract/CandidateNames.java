package vn.newssearch.extract;

import java.util.List;

/**
 * The name a party candidate signs under when the clause writes it short: the body a brand stands
 * for ("Vietnam Airlines" for "Tổng công ty Hàng không Việt Nam (Vietnam Airlines)"), a government
 * with its state ("Chính phủ Việt Nam"), the same body of another state ("Bộ Quốc phòng Việt Nam và
 * Hàn Quốc").
 */
final class CandidateNames {
  private CandidateNames() {}

  /**
   * "Tổng công ty Hàng không Việt Nam (Vietnam Airlines)" and later "với Vietnam Airlines": a brand
   * the article gives in brackets after a body's name is that body; so is one that ends a body's
   * name after a company's head alone ("BC Card" for "Công ty TNHH BC Card", not "FPT" for "Công ty
   * TNHH Thương mại FPT", its daughter).
   */
  static ClauseParties.Candidate defined(
      Syllables s, List<OrganisationMatcher.Mention> mentions, ClauseParties.Candidate brand) {
    int length = brand.to() - brand.from();
    for (OrganisationMatcher.Mention m : mentions) {
      int q = m.to() + length;
      if (m.name() != null
          && q <= s.size
          && s.has(m.to(), Syllables.PAREN)
          && (q == s.size || !s.has(q, Syllables.PAREN) || s.has(q, Syllables.BREAK))
          && s.original(m.to(), q).equals(brand.name())) {
        return new ClauseParties.Candidate(brand.from(), brand.to(), m.name(), true);
      }
      int cut = m.name() == null ? 0 : m.name().length() - brand.name().length() - 1;
      if (cut > 0
          && m.name().endsWith(" " + brand.name())
          && ClauseWords.INSTANCE.lists("brand-head", m.name().substring(0, cut))) {
        return new ClauseParties.Candidate(brand.from(), brand.to(), m.name(), true);
      }
    }
    return brand;
  }

  /** The foreign state that ends a body's canonical name ("Bộ Quốc phòng Hàn Quốc"), or null. */
  static String foreignState(String name) {
    int cut = name.length();
    for (int i = 0; i < 3 && cut > 0; i++) {
      cut = name.lastIndexOf(' ', cut - 1);
      if (cut < 0) {
        return null;
      }
      String tail = name.substring(cut + 1);
      String state = ClauseWords.INSTANCE.stateNamed(tail);
      if (state != null) {
        return "Việt Nam".equals(state) ? null : tail; // "Tập đoàn Dầu khí Việt Nam": ours, named
      }
    }
    return null;
  }

  /**
   * "Bộ Quốc phòng Việt Nam và Hàn Quốc" → "Bộ Quốc phòng Hàn Quốc": the body of the first state,
   * named for the second ("Việt Nam" adds nothing: our bodies carry no country).
   */
  static String sameBodyOf(String body, String state) {
    String own = foreignState(body);
    String base = own == null ? body : body.substring(0, body.length() - own.length() - 1);
    return "Việt Nam".equals(state) ? base : base + " " + state;
  }

  /**
   * "thay mặt Chính phủ Việt Nam ký": the government of a state, named with it, signs for the state
   * ("Chính phủ Việt Nam"); any other body keeps its canonical name.
   */
  static String government(Syllables s, OrganisationMatcher.Mention x) {
    if (!"Chính phủ".equals(x.name())) {
      return x.name();
    }
    for (int p = x.from() + 2; p < x.to(); p++) {
      Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, p);
      if (state != null && p + state.length() == x.to()) {
        return "Chính phủ " + state.value();
      }
    }
    return x.name();
  }
}
