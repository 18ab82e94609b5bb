package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The name a party candidate signs under when the clause writes it short: the body a brand stands
 * for ("Vietnam Airlines" for "Tổng công ty Hàng không Việt Nam (Vietnam Airlines)"), a government
 * with its state ("Chính phủ Việt Nam"), the same body of another state ("Bộ Quốc phòng Việt Nam và
 * Hàn Quốc").
 */
final class CandidateNames {
  /** The gazetteer's name of a government; with a state after it, that state's. */
  static final String GOVERNMENT = "Chính phủ";

  private static final String VIET_NAM = "Việt Nam";

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
        String full = withKind(mentions, m.name());
        return new ClauseParties.Candidate(brand.from(), brand.to(), full, true);
      }
    }
    return brand;
  }

  /**
   * "Hãng Vietjet" where the article also writes "Hãng Vietjet Air": the company's name with the
   * English word of its kind ({@code brand-tail}, {@code legal-form}), of which the brand alone is
   * the short form; else {@code name}.
   */
  private static String withKind(List<OrganisationMatcher.Mention> mentions, String name) {
    for (OrganisationMatcher.Mention m : mentions) {
      String other = m.name();
      if (other != null && other.startsWith(name + " ")) {
        String tail = other.substring(name.length() + 1);
        ClauseWords words = ClauseWords.INSTANCE;
        if (words.lists("brand-tail", tail) || words.lists("legal-form", tail)) {
          return other;
        }
      }
    }
    return name;
  }

  /**
   * Whether {@code party} is the body a brand written after a person's title names: the brand
   * itself, or a company's head before it ("Tập đoàn Boeing" for "Boeing"), with or without the
   * English word of its kind after it ("Hãng Vietjet Air" for "Vietjet").
   */
  static boolean brandOf(String party, String brand) {
    List<String> words = List.of(party.split(" "));
    List<String> b = List.of(brand.split(" "));
    for (int at = 0; at + b.size() <= words.size(); at++) {
      boolean same = true;
      for (int i = 0; i < b.size() && same; i++) {
        same =
            VietnameseAnalysis.foldKey(words.get(at + i))
                .equals(VietnameseAnalysis.foldKey(b.get(i)));
      }
      if (same) {
        String head = String.join(" ", words.subList(0, at));
        String tail = String.join(" ", words.subList(at + b.size(), words.size()));
        ClauseWords list = ClauseWords.INSTANCE;
        boolean ends =
            tail.isEmpty() || list.lists("brand-tail", tail) || list.lists("legal-form", tail);
        return ends && (head.isEmpty() || list.lists("brand-head", head) || coined(head, b));
      }
    }
    return false;
  }

  /**
   * Whether a company's full name may end in the coined brand {@code b} after its line of business
   * ("Công ty TNHH Dịch vụ vận tải VinBus" for "Tổng giám đốc VinBus", probe p28-047): the head
   * opens with a company's head ({@code brand-head}) and the brand's every word is coined, with a
   * capital inside it ("VinBus") or all capitals ("FPT"), which no plain Vietnamese word of a
   * business line is.
   */
  private static boolean coined(String head, List<String> b) {
    String[] words = head.split(" ");
    boolean opens = false;
    for (int n = Math.min(words.length, 3); n > 0 && !opens; n--) {
      opens =
          ClauseWords.INSTANCE.lists("brand-head", String.join(" ", List.of(words).subList(0, n)));
    }
    if (!opens) {
      return false;
    }
    for (String w : b) {
      boolean inner = false;
      for (int i = 1; i < w.length() && !inner; i++) {
        inner = Character.isUpperCase(w.charAt(i));
      }
      if (!inner) {
        return false;
      }
    }
    return true;
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
   * "giữa Sở Du lịch Khánh Hòa và Cục Phát triển du lịch, Bộ Thông tin, Văn hóa và Du lịch Lào": a
   * ministry's unit ({@code ministry-unit} of party-words.tsv), then a comma and a ministry, which
   * names the unit's parent as brackets do ("Vụ Bình đẳng giới (Bộ LĐ-TB&XH)"): one party, the
   * unit, named with the ministry's state when that is foreign ("Cục Phát triển du lịch Lào",
   * written with the comma or the brackets); null when {@code ministry} is no such parent.
   */
  static String unitOf(
      Syllables s, ClauseParties.Candidate unit, OrganisationMatcher.Mention ministry) {
    int at = ministry.from();
    boolean comma =
        s.has(at, Syllables.COMMA)
            && !s.has(at, Syllables.BREAK | Syllables.DASH | Syllables.PAREN);
    boolean bracket =
        s.has(at, Syllables.PAREN)
            && !s.has(at - 1, Syllables.PAREN)
            && (ministry.to() >= s.size || !s.has(ministry.to(), Syllables.PAREN));
    if (unit.to() != at
        || !comma && !bracket
        || !ministry.name().startsWith(MINISTRY)
        || ClauseWords.INSTANCE.get("ministry-unit").at(s, unit.from()) == null) {
      return null;
    }
    String state = foreignState(ministry.name());
    return state == null || foreignState(unit.name()) != null
        ? unit.name()
        : unit.name() + " " + state;
  }

  /** The head of a ministry's name. */
  private static final String MINISTRY = "Bộ ";

  /**
   * "Bộ Quốc phòng Việt Nam và Hàn Quốc" → "Bộ Quốc phòng Hàn Quốc": the body of the first state,
   * named for the second ("Việt Nam" adds nothing: our bodies carry no country).
   */
  static String sameBodyOf(String body, String state) {
    String own = foreignState(body);
    String base = own == null ? body : body.substring(0, body.length() - own.length() - 1);
    return "Việt Nam".equals(state) ? base : base + " " + state;
  }

  /** Our country as a body's name ends with it ("Hội Chữ thập đỏ Việt Nam"). */
  private static final String OURS = " Việt Nam";

  /**
   * Whether the body {@code name}, whose mention ends before syllable {@code to}, is written with
   * our country as the last words of the mention ("Hội Chữ thập đỏ Việt Nam | và Nhật Bản").
   */
  static boolean ownNamed(Syllables s, String name, int to) {
    return name.endsWith(OURS)
        && to >= 2
        && s.original(to - 2, to).equals(OURS.substring(1))
        && !s.has(to - 1, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN);
  }

  /**
   * "Hội Chữ thập đỏ Việt Nam và Nhật Bản ký kết" → "Hội Chữ thập đỏ Nhật Bản": our body, then "và"
   * and another state, is also that state's body of the same name when the article writes that
   * name; null otherwise ("Tập đoàn Dầu khí Việt Nam và Nga" names Russia, written so).
   */
  static String counterpart(Syllables s, String body, String state) {
    if (!body.endsWith(OURS) || "Việt Nam".equals(state)) {
      return null;
    }
    String other = body.substring(0, body.length() - OURS.length()) + " " + state;
    return new String(s.text, 0, s.length).contains(other) ? other : null;
  }

  /** Whether {@code name} is a state's government named with it ("Chính phủ Việt Nam"). */
  static boolean isStateGovernment(String name) {
    return name.startsWith(GOVERNMENT + " ")
        && ClauseWords.INSTANCE.isState(name.substring(GOVERNMENT.length() + 1));
  }

  /**
   * "thay mặt Chính phủ Việt Nam ký": the government of a state, named with it, signs for the state
   * ("Chính phủ Việt Nam"); any other body keeps its canonical name.
   */
  static String government(Syllables s, OrganisationMatcher.Mention x) {
    if (!GOVERNMENT.equals(x.name())) {
      return x.name();
    }
    for (int p = x.from() + 2; p < x.to(); p++) {
      Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, p);
      if (state != null && p + state.length() == x.to()) {
        return GOVERNMENT + " " + state.value();
      }
    }
    return x.name();
  }

  /**
   * A party that is "Chính phủ" alone, signing with a foreign state or its government, is Việt
   * Nam's government, named with its state as a government that signs is ("Chính phủ vừa ký thoả
   * thuận với Nhật Bản", vietnews-train-091688 → "Chính phủ Việt Nam"); beside bodies of its own
   * country ("Quy chế phối hợp công tác của Chính phủ và Ban chấp hành Trung ương Đoàn") it keeps
   * the gazetteer's name, which the labels use too; and not when the article names another state's
   * government ("Chính phủ Philippines"), which it may then mean.
   */
  static List<String> ownGovernment(Syllables s, List<String> parties) {
    String ours = GOVERNMENT + " " + VIET_NAM;
    boolean foreign =
        parties.stream()
            .anyMatch(
                p ->
                    !p.equals(VIET_NAM)
                        && !p.equals(ours)
                        && (ClauseWords.INSTANCE.isState(p) || isStateGovernment(p)));
    if (!parties.contains(GOVERNMENT)
        || !foreign
        || parties.contains(ours)
        || foreignGovernment(s)) {
      return parties;
    }
    return parties.stream().map(p -> p.equals(GOVERNMENT) ? ours : p).distinct().toList();
  }

  /** Whether the article names a foreign state's government: "Chính phủ Nhật Bản". */
  private static boolean foreignGovernment(Syllables s) {
    for (int k = 0; k + 2 < s.size; k++) {
      if (s.is(k, "chinh") && s.is(k + 1, "phu") && s.sentence[k + 2] == s.sentence[k]) {
        Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, k + 2);
        if (state != null && !VIET_NAM.equals(state.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "công ty thăm dò đáy biển Ocean Infinity", "tập đoàn quốc doanh Perusahaan Perdagangan của
   * Indonesia": a company's head in lower case, a description, then a brand is that company, named
   * by its head and the brand ("Công ty Ocean Infinity", as "Tập đoàn Vingroup"); a description
   * that says whose it is ("hãng sản xuất động cơ máy bay của Mỹ Pratt & Whitney") or names a place
   * is a noun phrase of its own, and the brand alone names the party.
   */
  static String described(Syllables s, int head, ClauseParties.Candidate brand) {
    Phrases.Phrase h = ClauseWords.INSTANCE.get("described-head").at(s, head);
    if (h == null || !brand.name().equals(s.original(brand.from(), brand.to()))) {
      // "Công ty Ocean Infinity": the article names the brand's company in full elsewhere
      return brand.name();
    }
    for (int p = head + h.length(); p < brand.from(); p++) {
      if (s.is(p, "cua") || s.has(p, Syllables.UPPER)) {
        return brand.name();
      }
    }
    int kind = head + h.length() + kindLength(s, head + h.length(), brand.from());
    String written = s.original(head, kind);
    String name = Character.toUpperCase(written.charAt(0)) + written.substring(1);
    if (kind > head + h.length()) {
      return name + " " + brand.name(); // "hãng thông tấn Prensa Latina": an agency, by its kind
    }
    return ClauseWords.INSTANCE.lists("brand-head", name)
        ? name + " " + brand.name()
        : brand.name();
  }

  /**
   * The length of the {@code classed-kind} words that fill [from, to) exactly ("thông tấn" of "Hãng
   * thông tấn EFE", "hàng không" of "Hãng hàng không Qantas"): the kind of body the head is, part
   * of its name; else 0.
   */
  private static int kindLength(Syllables s, int from, int to) {
    Phrases.Phrase kind = ClauseWords.INSTANCE.get("classed-kind").at(s, from);
    return kind != null && from + kind.length() == to ? kind.length() : 0;
  }

  /**
   * "Tập đoàn vũ khí Rostec": a company's head ({@code classed-head}), lower-case words that class
   * it, then a brand that ends the name ({@link BrandNames#shaped}: no Vietnamese word) signs as
   * the head and the brand, "Tập đoàn Rostec"; not a head whose lower-case words lead to a
   * Vietnamese name ("Tập đoàn Dầu khí Việt Nam").
   */
  static String classed(Syllables s, OrganisationMatcher.Mention x, String name) {
    Phrases.Phrase h = ClauseWords.INSTANCE.get("classed-head").at(s, x.from());
    if (h == null || !name.equals(s.original(x.from(), x.to()))) {
      return name; // a listed body, spelled as the gazetteer spells it
    }
    int p = x.from() + h.length();
    int lower = p;
    while (p < x.to() && !s.has(p, Syllables.UPPER)) {
      p++;
    }
    if (p == lower || p == x.to() || kindLength(s, lower, p) > 0) {
      return name;
    }
    for (int q = p; q < x.to(); q++) {
      if (!BrandNames.shaped(s, q) || s.has(q, Syllables.COMMA | Syllables.PAREN)) {
        return name;
      }
    }
    return s.original(x.from(), x.from() + h.length()) + " " + s.original(p, x.to());
  }
}
