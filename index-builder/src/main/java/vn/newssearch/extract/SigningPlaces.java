package vn.newssearch.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * Where an agreement was signed: the place phrase after "tại" or "ở" that belongs to the signing
 * ("ký kết thỏa thuận tại Hà Nội", "Lễ ký kết diễn ra tại FLC Sầm Sơn", "tại thủ đô Vientiane"). A
 * place counts where the phrase names one ({@link PlacePhrase}), not where a place only describes a
 * noun inside it ("tại hội nghị thượng đỉnh Mỹ - Triều" is no place in the United States). The
 * words are data (gazetteer/signing-places.tsv).
 */
final class SigningPlaces {
  /**
   * How far after the verb "tại" still places the signing ("ký kết thỏa thuận tại Hà Nội"); later
   * only after "diễn ra" ("lễ ký kết ... đã diễn ra tại ...").
   */
  private static final int PLACE_AFTER_VERB = 8;

  /** The kinds whose names are matched with their tone marks. */
  private static final Set<String> SPELLED = Set.of("city", "abroad", "landmark");

  /**
   * The place phrases' words, by kind (city, abroad, landmark, capital, into, end, day, visit,
   * event, refer).
   */
  static final Map<String, Phrases> WORDS = load();

  private SigningPlaces() {}

  /**
   * "tại Hà Nội", "tại TP Cần Thơ", "tại Tokyo, Nhật Bản" in syllables [from, to) of the sentence
   * of a signing whose verb is at {@code verb}: the province's canonical name, a foreign place as
   * written, or null.
   */
  static String place(Syllables s, NameTrie trie, int from, int to, int verb) {
    String stated = stated(s, trie, from, to, verb);
    return stated != null ? stated : visited(s, trie, from, to);
  }

  /** The place a "tại"/"ở" phrase of the signing names, or null. */
  static String stated(Syllables s, NameTrie trie, int from, int to, int verb) {
    for (int k = from; k + 1 < to; k++) {
      boolean at = s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k));
      boolean in = s.is(k, "o") && "ở".equalsIgnoreCase(s.original(k)); // "diễn ra ở Bắc Kinh"
      if (!at && !in) {
        continue;
      }
      boolean ofTheSigning =
          k < verb
              || k - verb <= PLACE_AFTER_VERB
              || heldAt(s, verb, k) // "Lễ ký diễn ra bên lề Hội nghị ... (G 20) tại thủ đô"
              || afterDocument(s, verb, k)
              || datedAfter(s, k) // "ký kết Quy tắc ... tại Hà Nội ngày 4-6-2018"
              || datedBefore(s, verb, k); // "ký kết quan hệ ... ngày 27-3 tại Hà Nội"
      if (!ofTheSigning || (k > verb && (watched(s, verb, k) || afterwards(s, verb, k)))) {
        continue; // "... sang làm việc tại Hàn Quốc": the place of something else in the clause
      }
      String place = PlacePhrase.read(s, trie, k + 1);
      if (place != null) {
        return place;
      }
    }
    return null;
  }

  /**
   * "tới thăm Bắc Kinh hôm nay ký": the place visited, named right after the visit, in syllables
   * [from, to); weaker than a "tại" phrase of any signing of the story.
   */
  static String visited(Syllables s, NameTrie trie, int from, int to) {
    int visit = WORDS.get("visit").find(s, from, to);
    int after = visit < 0 ? -1 : visit + WORDS.get("visit").at(s, visit).length();
    if (after > 0 && after < to && s.has(after, Syllables.UPPER)) {
      return PlacePhrase.read(s, trie, after);
    }
    return null;
  }

  /**
   * Whether "tại" at k ends the clause of "diễn ra" after the verb: right after it ("lễ ký kết ...
   * đã diễn ra tại ..."), or after the event it happened at, with no punctuation (brackets aside)
   * and no word that starts another part of the clause between: "Lễ ký diễn ra bên lề Hội nghị
   * thượng đỉnh ... (G 20) tại thủ đô Buenos Aires".
   */
  private static boolean heldAt(Syllables s, int verb, int k) {
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int q = k - 1; q > verb; q--) {
      if (s.is(q, "ra") && s.is(q - 1, "dien") && q - 1 > verb) {
        // the ceremony's own "diễn ra", not a later clause's ("... bởi cuộc thi sẽ diễn ra ở Mỹ")
        return q == k - 1 || q - 1 - verb <= PLACE_AFTER_VERB;
      }
      boolean cut = s.has(q, Syllables.BREAK) && !s.has(q, Syllables.PAREN);
      if (cut || s.has(q, Syllables.COMMA) || ends.at(s, q) != null) {
        return false;
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
    Phrases day = WORDS.get("day");
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
    Phrases day = WORDS.get("day");
    Phrases ends = ClauseWords.INSTANCE.get("break");
    for (int q = Math.max(verb + 1, k - DAY_BEFORE_PLACE); q < k; q++) {
      if (day.at(s, q) != null && SigningDates.hasDay(s, q, k)) {
        for (int p = verb + 1; p < q; p++) {
          if (s.has(p, Syllables.BREAK) || ends.at(s, p) != null) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
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
      if (s.has(p, Syllables.BREAK) && !s.has(p, Syllables.PAREN) || ends.at(s, p) != null) {
        return false;
      }
      if (!s.has(p, Syllables.UPPER | Syllables.PAREN) && ++lower > PLACE_AFTER_VERB) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a place name at [from, to) is part of a longer capitalised name: "Trương Hoà Bình" (a
   * person), "Thái Bình Dương"; "TP. HCM" and "tỉnh Hòa Bình" are places.
   */
  static boolean insideName(Syllables s, int from, int to) {
    int sep = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
    boolean before =
        from > 0
            && s.has(from - 1, Syllables.UPPER)
            && !s.has(from, sep)
            && !s.is(from - 1, "tp")
            && !s.is(from - 1, "thanh")
            && !s.is(from - 1, "tinh");
    boolean after = to < s.size && s.has(to, Syllables.UPPER) && !s.has(to, sep);
    return before || after;
  }

  /** The province of a city phrase at syllable k ("Sầm Sơn" → "Thanh Hóa"), with its length. */
  static Phrases.Phrase city(Syllables s, int k) {
    return s.has(k, Syllables.UPPER) ? WORDS.get("city").at(s, k) : null;
  }

  /** A landmark venue at syllable k ("Phủ Chủ tịch" → "Hà Nội"), with its place and length. */
  static Phrases.Phrase landmark(Syllables s, int k) {
    return WORDS.get("landmark").at(s, k);
  }

  /** A city abroad at syllable k ("Sochi", "Thượng Hải"), with its state and length. */
  static Phrases.Phrase abroad(Syllables s, int k) {
    return s.has(k, Syllables.UPPER) ? WORDS.get("abroad").at(s, k) : null;
  }

  /** The province the trie reads at syllable k ("Hà Nội", "tỉnh Long An"), or null. */
  static Match province(Syllables s, NameTrie trie, int k) {
    return trie.longest(s, k, Kind.PROVINCE.bit(), false);
  }

  private static Map<String, Phrases> load() {
    Map<String, Phrases> out = new HashMap<>();
    for (String kind :
        new String[] {
          "city", "abroad", "landmark", "capital", "into", "end", "day", "visit", "event", "refer"
        }) {
      out.put(kind, new Phrases());
    }
    for (String[] row : Gazetteer.rows("signing-places.tsv")) {
      Phrases p = out.get(row[0]);
      if (p == null || row.length < 2) {
        throw new IllegalStateException("signing-places.tsv: bad row " + String.join(" ", row));
      }
      // a place name is matched as spelled: "Nhà Trắng" (the White House) is not "Nha Trang"
      boolean spelled = SPELLED.contains(row[0]);
      p.add(spelled ? "=" + row[1] : row[1], row.length > 2 ? row[2] : row[1]);
    }
    return Map.copyOf(out);
  }
}
