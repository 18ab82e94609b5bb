package vn.newssearch.extract;

/**
 * Whether a "tại"/"ở" in the sentence of a signing belongs to the signing, so that the place phrase
 * after it is where the signing took place: before the verb, a few words after it, in the clause of
 * "diễn ra", after the document's name, or with a day of its own; not after a word of attending
 * ("có sự tham dự của ông ... Đại sứ ... tại Đan Mạch"), nor in the clause after a fronted "Sau lễ
 * ký kết,".
 */
final class PlaceTies {
  /**
   * How far after the verb "tại" still places the signing ("ký kết thỏa thuận tại Hà Nội"); later
   * only after "diễn ra" ("lễ ký kết ... đã diễn ra tại ...").
   */
  private static final int PLACE_AFTER_VERB = 8;

  private PlaceTies() {}

  /** Whether "tại"/"ở" at k belongs to the signing whose verb is at {@code verb}. */
  static boolean ofTheSigning(Syllables s, int verb, int k) {
    boolean tied =
        k < verb
            || k - verb <= PLACE_AFTER_VERB
            || heldAt(s, verb, k) // "Lễ ký diễn ra bên lề Hội nghị ... (G 20) tại thủ đô"
            || afterDocument(s, verb, k)
            || afterPeriod(s, verb, k) // "ký thỏa thuận ... giai đoạn 2025-2028 tại Hà Nội"
            || cityAbroad(s, verb, k) // "ký Tuyên bố chung ... cùng 4 văn kiện ... tại Canberra,"
            || datedAfter(s, k) // "ký kết Quy tắc ... tại Hà Nội ngày 4-6-2018"
            || datedBefore(s, verb, k) // "ký kết quan hệ ... ngày 27-3 tại Hà Nội"
            || onTrip(s, verb, k); // "ký ... trong khuôn khổ chuyến làm việc tại ..."
    return tied
        && (k < verb ? !aside(s, verb, k) : !(watched(s, verb, k) || afterwards(s, verb, k)));
  }

  /**
   * Whether "tại" at k, before the verb, lies in a fronted clause of another act that the sentence
   * opens with ({@code aside} words, "Không chỉ ..."), closed by a comma before the verb: "Không
   * chỉ đến Việt Nam để ..., chia sẻ kinh nghiệm phát triển thanh toán điện tử tại Trung quốc, tỷ
   * phú Jack Ma còn ký kết hợp đồng" (vietnews-train-066138) places the sharing, not the signing.
   */
  private static boolean aside(Syllables s, int verb, int k) {
    int first = k;
    while (first > 0 && s.sentence[first - 1] == s.sentence[k]) {
      first--;
    }
    if (SigningPlaces.WORDS.get("aside").at(s, first) == null && !afterThing(s, first)) {
      return false;
    }
    for (int p = k + 1; p <= verb; p++) {
      if (s.has(p, Syllables.COMMA)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "tại" at k ends the clause of "diễn ra" ({@code occur} words) after the verb: right
   * after it ("lễ ký kết ... đã diễn ra tại ..."), or after the event it happened at, with no
   * punctuation (brackets aside) and no word that starts another part of the clause between: "Lễ ký
   * diễn ra bên lề Hội nghị thượng đỉnh ... (G 20) tại thủ đô Buenos Aires".
   */
  private static boolean heldAt(Syllables s, int verb, int k) {
    Phrases ends = ClauseWords.INSTANCE.get("break");
    Phrases occur = SigningPlaces.WORDS.get("occur");
    for (int q = k - 1; q > verb; q--) {
      int start = q + 1 - occur.endingAt(s, q + 1, 3);
      if (start <= q && start > verb) {
        // the ceremony's own "diễn ra", not a later clause's ("... bởi cuộc thi sẽ diễn ra ở Mỹ")
        return q == k - 1 || start - verb <= PLACE_AFTER_VERB;
      }
      boolean cut = s.has(q, Syllables.BREAK) && !s.has(q, Syllables.PAREN);
      if (cut || s.has(q, Syllables.COMMA) || breaks(ends, s, q)) {
        return false;
      }
    }
    return false;
  }

  /** How far after the verb a document's description may end with its period. */
  private static final int PERIOD_AFTER_VERB = 24;

  /**
   * "vừa ký thỏa thuận hợp tác giai đoạn 2025-2028 tại Hà Nội", "ký thỏa thuận hợp tác về bảo tồn
   * di sản, điện ảnh và nghệ thuật biểu diễn giai đoạn 2024-2027 tại Paris": the document's period
   * of years closes its description as a capitalised name does; the "tại" right after it places the
   * signing, when no word that starts another part of the clause comes between.
   */
  private static boolean afterPeriod(Syllables s, int verb, int k) {
    if (k - verb > PERIOD_AFTER_VERB || !SigningPeriods.endsBefore(s, k)) {
      return false;
    }
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int p = verb + 1; p < k; p++) {
      if (cut(s, p) || breaks(ends, s, p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Australia Malcolm Turnbull hôm nay ký Tuyên bố chung
   * về thiết lập quan hệ Đối tác chiến lược giữa Việt Nam và Australia cùng 4 văn kiện quan trọng
   * khác tại Canberra, theo baochinhphu.vn." (vietnews-test-011589): a city abroad that closes the
   * verb's clause, with no comma and no word that starts another part of the clause between, places
   * the signing (a province or a state there is often what the document is about), up to {@code
   * CITY_AFTER_VERB} syllables after the verb.
   */
  private static final int CITY_AFTER_VERB = 32;

  private static boolean cityAbroad(Syllables s, int verb, int k) {
    Phrases.Phrase city = k > verb && k + 1 < s.size ? SigningPlaces.abroad(s, k + 1) : null;
    if (city == null || k - verb > CITY_AFTER_VERB) {
      return false;
    }
    int end = k + 1 + city.length();
    boolean closes =
        end >= s.size
            || s.sentence[end] != s.sentence[k]
            || s.has(end, Syllables.COMMA | Syllables.BREAK);
    if (!closes) {
      return false;
    }
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int p = verb + 1; p <= k; p++) {
      if (cut(s, p) || s.has(p, Syllables.COMMA) || breaks(ends, s, p)) {
        return false;
      }
    }
    return true;
  }

  /** How far after the verb the trip's "tại" may come. */
  private static final int TRIP_AFTER_VERB = 24;

  /** How many words of manner may come between the trip and its "tại" ("chính thức"). */
  private static final int TRIP_MANNER = 3;

  /**
   * "Đây là nội dung trong biên bản ghi nhớ (MOU) vừa được Sở Du lịch cùng Trung tâm ... TP. HCM và
   * hãng hàng không Emirates ký ngày 25-10 trong khuôn khổ chuyến làm việc tại các Tiểu Vương quốc
   * Ả Rập thống nhất của UBND TP. HCM" (vietnews-train-084699): "tại" right after a trip ({@code
   * trip} words, then up to {@code TRIP_MANNER} {@code manner} words) that the verb's clause sets
   * the signing in ("trong", "nhân", "trong khuôn khổ"), with no word that starts another part of
   * the clause between the verb and the trip, places the signing.
   */
  private static boolean onTrip(Syllables s, int verb, int k) {
    if (k <= verb || k - verb > TRIP_AFTER_VERB) {
      return false;
    }
    Phrases trips = SigningPlaces.WORDS.get("trip");
    Phrases manner = SigningPlaces.WORDS.get("manner");
    for (int j = k - 1; j > verb + 1; j--) {
      Phrases.Phrase trip = trips.at(s, j);
      int q = trip == null ? k : j + trip.length();
      for (int n = 0; q < k && n < TRIP_MANNER; n++) {
        Phrases.Phrase m = manner.at(s, q);
        q = m == null ? k + 1 : q + m.length();
      }
      boolean set =
          s.is(j - 1, "trong") || s.is(j - 1, "nhan") || s.is(j - 1, "kho") && s.is(j - 2, "khuon");
      if (trip != null && q == k && set && s.sentence[j] == s.sentence[verb]) {
        Phrases ends = ClauseWords.INSTANCE.get("break");
        for (int p = verb + 1; p < j; p++) {
          if (cut(s, p) || breaks(ends, s, p)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** How far after "tại" the day of "tại Hà Nội ngày 4-6-2018" may start. */
  private static final int DAY_AFTER_PLACE = 6;

  /**
   * Whether a day follows the place right away ("tại Hà Nội ngày 4-6-2018", "tại Bắc Kinh hôm
   * 8/11"): the place and time of the clause's event, not a place describing a noun.
   */
  private static boolean datedAfter(Syllables s, int k) {
    Phrases day = SigningPlaces.WORDS.get("day");
    for (int q = k + 2; q < Math.min(s.size, k + DAY_AFTER_PLACE); q++) {
      if (s.sentence[q] != s.sentence[k] || s.has(q, Syllables.BREAK)) {
        return false;
      }
      if (day.at(s, q) != null) {
        return SigningDates.hasDay(s, q, Math.min(s.size, q + 3));
      }
    }
    return false;
  }

  /** How far before "tại" the day of "ngày 27-3 tại Hà Nội" may start. */
  private static final int DAY_BEFORE_PLACE = 5;

  /**
   * "hai bên đã ký kết quan hệ đối tác toàn diện ngày 27-3 tại Hà Nội" (vietnews-train-025655): a
   * day of the verb's clause right before "tại", with no word that starts another part of the
   * clause between them and the verb: the signing's day and place.
   */
  private static boolean datedBefore(Syllables s, int verb, int k) {
    if (k <= verb) {
      return false;
    }
    Phrases day = SigningPlaces.WORDS.get("day");
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int q = Math.max(verb + 1, k - DAY_BEFORE_PLACE); q < k; q++) {
      if (day.at(s, q) != null && SigningDates.hasDay(s, q, k)) {
        for (int p = verb + 1; p < q; p++) {
          // "tại lễ ký kết “Chương trình phối hợp ...” với báo ..., sở ... chiều 30/10 tại
          // trường ...": the document's name in quotes stays inside the clause
          if (cut(s, p) && !quoted(s, p) || breaks(ends, s, p)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence opens with "Sau" and a thing that is no event ("Sau dự án PruksaTown tại
   * Hải Phòng, HHS đã nhanh chóng tiến hành ký kết ...", vietnews-train-064419): the place is the
   * thing's. After an event the signing follows ("Sau lễ đón chính thức tại Phủ Chủ tịch", "Sau
   * cuộc họp ngày 25/5 tại thủ đô Vienna"), a trip or a clause ("Sau khi", "Sau đó") it is the
   * signing's.
   */
  private static boolean afterThing(Syllables s, int first) {
    int next = first + 1;
    if (!s.is(first, "sau") || next >= s.size || s.sentence[next] != s.sentence[first]) {
      return false;
    }
    // "Sau khi", "Sau đó", "Sau 2 ngày", "Sau hai ngày họp tại Bình Nhưỡng" (a span of the
    // talks, in digits or words); an occasion ("Sau buổi ...", "Sau cuộc ...", "Sau chuyến thăm
    // ...")
    for (String word :
        new String[] {
          "khi", "do", "nay", "buoi", "cuoc", "chuyen", "hai", "ba", "bon", "vai", "nhieu"
        }) {
      if (s.is(next, word)) {
        return false;
      }
    }
    if (s.number(next) >= 0) {
      return false;
    }
    for (String kind : EVENT_KINDS) {
      if (SigningPlaces.WORDS.get(kind).at(s, next) != null) {
        return false;
      }
    }
    return !s.has(next, Syllables.UPPER | Syllables.COMMA | Syllables.BREAK);
  }

  /** The kinds of rows in signing-places.tsv that name an event a signing may follow. */
  private static final String[] EVENT_KINDS = {
    "event", "meeting", "greet", "any-event", "ceremony", "held"
  };

  /**
   * Whether the break before syllable p is a quotation mark only, which opens or closes a
   * document's name ("“Chương trình phối hợp tuyên truyền ... giai đoạn 2017 - 2020”"), no end of
   * the clause.
   */
  private static boolean quoted(Syllables s, int p) {
    boolean quote = s.charBefore(p, '"') || s.charBefore(p, '\u201c') || s.charBefore(p, '\u201d');
    return quote
        && !s.charBefore(p, '.')
        && !s.charBefore(p, ':')
        && s.sentence[p] == s.sentence[p - 1];
  }

  /**
   * Whether a word that starts another part of the clause ({@code break} words) stands at syllable
   * p, outside an organisation's name: "ký giữa Đài Tiếng nói Việt Nam và ... KBS ngày 24/10 tại
   * Seoul" holds no "nói" of speaking.
   */
  private static boolean breaks(Phrases ends, Syllables s, int p) {
    return ends.at(s, p) != null && s.insideName(p) < 0;
  }

  /**
   * Whether a break other than a bracket comes before syllable p: a bracketed abbreviation or name
   * inside the clause ("Lễ ký kết chương trình phối hợp giữa Ngân hàng ... (Agribank) và Bộ ...
   * diễn ra sáng 9/4 tại Hà Nội") is an aside, no end of it.
   */
  private static boolean cut(Syllables s, int p) {
    boolean closed = p > 0 && s.has(p - 1, Syllables.PAREN) && s.sentence[p - 1] == s.sentence[p];
    return s.has(p, Syllables.BREAK) && !s.has(p, Syllables.PAREN) && !closed;
  }

  /**
   * "Sau lễ ký kết, Thủ tướng ... gặp Phó tổng thống Mỹ ở Nhà Trắng": a signing fronted after "sau"
   * dates what the clause after the comma does, and that clause's place is its own.
   */
  private static boolean afterwards(Syllables s, int verb, int k) {
    int q = verb - 1;
    while (q >= 0 && q >= verb - 3 && !s.is(q, "sau")) {
      q--;
    }
    if (q < 0 || q < verb - 3 || s.sentence[q] != s.sentence[verb]) {
      return false;
    }
    for (int p = verb + 1; p <= k; p++) {
      if (s.has(p, Syllables.COMMA)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of attending or speaking comes between the verb and "tại": "Buổi lễ ký kết có sự
   * tham dự của ông ... Đại sứ ... tại Đan Mạch" places the ambassador, not the signing.
   */
  private static boolean watched(Syllables s, int verb, int k) {
    return ClauseWords.INSTANCE.get("witness").find(s, verb + 1, k) >= 0;
  }

  /**
   * "ký kết Hiệp định Đối tác Toàn diện và Tiến bộ Xuyên Thái Bình Dương (CPTPP) tại Chile":
   * between the verb and "tại", the document's capitalised or bracketed name counts for nothing; a
   * few lower-case words, none that starts another part of the clause ("để", "cho", "theo"), keep
   * the place the signing's.
   */
  private static boolean afterDocument(Syllables s, int verb, int k) {
    if (!s.has(k - 1, Syllables.UPPER | Syllables.PAREN) && !s.has(k, Syllables.COMMA)) {
      return false; // "ký với hãng hàng không lớn thứ hai tại Mỹ": "tại" describes the noun
    }
    int lower = 0;
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int p = verb + 1; p < k; p++) {
      if (s.has(p, Syllables.BREAK) && !s.has(p, Syllables.PAREN) || breaks(ends, s, p)) {
        return false;
      }
      if (!s.has(p, Syllables.UPPER | Syllables.PAREN) && ++lower > PLACE_AFTER_VERB) {
        return false;
      }
    }
    return true;
  }
}
