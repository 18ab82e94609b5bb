package vn.newssearch.extract;

import java.util.List;

/**
 * The place of the event a signing happened at, when the signing names the event and another
 * sentence says where it was: "Hợp đồng ... vừa được ký kết mới đây tại Hội nghị thượng đỉnh Mỹ -
 * Triều" with "... trong dịp Hội nghị thượng đỉnh quan trọng giữa Hoa Kỳ và Triều Tiên tại Hà Nội";
 * "Lễ ký kết diễn ra sáng nay tại Triển lãm Hàng không thế giới Farnborough 2018" with "Tại triển
 * lãm hàng không thế giới Farnborough Airshow 2018 tại Anh Quốc, ...". The event is known by its
 * noun and the two words after it ("hội nghị thượng đỉnh", "triển lãm hàng không"), never by a noun
 * alone ("lễ", "hội nghị"), which may be any event of the story.
 */
final class EventPlaces {
  /** The words after the event noun that name the event. */
  private static final int NAMING = 2;

  /**
   * At most this many event names of the signings are looked for elsewhere (each one text walk).
   */
  private static final int MAX_NAMED = 8;

  /** How far after the event's name its "tại"/"ở" may come in the other sentence. */
  private static final int REACH = 12;

  private EventPlaces() {}

  /** The place another sentence gives the event a reported signing names, or null. */
  static String place(Syllables s, NameTrie trie, List<Signings.Signing> signings) {
    int tried = 0;
    for (Signings.Signing g : signings) {
      int[] range = Signings.sentence(s, g.verb());
      for (int k = range[0]; k + 1 < range[1] && tried < MAX_NAMED; k++) {
        int length = s.is(k, "tai") ? named(s, k + 1, range[1]) : 0;
        if (length == 0 || !PlaceTies.ofTheSigning(s, g.verb(), k)) {
          continue;
        }
        tried++;
        String place = elsewhere(s, trie, k + 1, length, range);
        if (place != null) {
          return place;
        }
      }
    }
    return null;
  }

  /**
   * The length of the event's name at syllable a ("Hội nghị thượng đỉnh"): an event noun and two
   * words of the same clause; 0 when a is no event or its noun names nothing more.
   */
  private static int named(Syllables s, int a, int to) {
    Phrases.Phrase noun = EVENTS.at(s, a);
    if (noun == null) {
      return 0;
    }
    int end = a + noun.length() + NAMING;
    if (end > to) {
      return 0;
    }
    for (int q = a + 1; q < end; q++) {
      boolean cut = s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
      if (cut || s.number(q) >= 0 || STOP.at(s, q) != null) {
        return 0;
      }
    }
    return end - a;
  }

  /**
   * The place after the same event's name in another sentence: "tại"/"ở" within a few words of it,
   * with no punctuation between; null when no other sentence places it.
   */
  private static String elsewhere(Syllables s, NameTrie trie, int a, int length, int[] own) {
    for (int k = 0; k + length < s.size; k++) {
      if ((k >= own[0] && k < own[1]) || !s.same(a, k, length)) {
        continue;
      }
      for (int q = k + length; q < Math.min(s.size, k + length + REACH); q++) {
        if (s.sentence[q] != s.sentence[k] || s.has(q, Syllables.BREAK | Syllables.COMMA)) {
          break;
        }
        if ((s.is(q, "tai") || s.is(q, "o")) && q + 1 < s.size) {
          String place = PlacePhrase.read(s, trie, q + 1);
          if (place != null) {
            return place;
          }
        }
      }
    }
    return null;
  }

  /** The nouns of events held somewhere ("hội nghị", "triển lãm"), matched without tone marks. */
  private static final Phrases EVENTS = SigningPlaces.WORDS.get("held");

  /** Words that name no event after its noun: "tại hội nghị này", "tại hội nghị ký kết". */
  private static final Phrases STOP = SigningPlaces.WORDS.get("unnamed");
}
