package vn.newssearch.extract;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where the story's own event took place, as its opening sentence fronts it: "Chiều 5/6, tại Hà
 * Nội, đại tướng ... chủ trì lễ đón ...", "Ngày 27/02/2019, tại Phủ Chủ tịch, ...", "Tại Hà Nội,
 * ngày 12/6, ...". Vietnamese news opens with the day and the place of the event it covers, then
 * tells the event; a signing the story reports without a place of its own happened there.
 */
final class StoryScenes {
  /** How far into the opening sentence its fronted "tại" may come ("Chiều ngày 26/10 tại ..."). */
  private static final int FRONTED = 8;

  /** How far after a fronted place phrase its day may come ("Tại Hà Nội, ngày 12/6"). */
  private static final int DAY_AFTER = 4;

  private StoryScenes() {}

  /**
   * The place fronted by the lead's first sentence, else by the body's first (sentence {@code
   * headSentences}, the first after the title and lead), when that sentence opens with a day and a
   * "tại"/"ở" phrase; null otherwise.
   */
  static String place(Syllables s, NameTrie trie, int headSentences) {
    int at = opening(s, trie, headSentences);
    String place = at < 0 ? null : PlacePhrase.read(s, trie, at + 1);
    // "Ngày 2/3, tại xã Ma Ly Chải, huyện Phong Thổ, ...": a district-level unit's province
    return place != null || at < 0 ? place : LocalVenues.unitProvince(s, at + 1);
  }

  /** How many of the body's first sentences may tell the story's meeting (after a caption). */
  private static final int MEETING_SENTENCES = 3;

  /**
   * How many of the body's first sentences may tell the meeting with its "tại" phrase: a story may
   * open with a caption, a quote and a subheading before "Tại họp báo ở Hà Nội trưa 28-11, ..."; a
   * meeting placed in its own words reaches further than a visit's state.
   */
  private static final int PLACED_MEETING_SENTENCES = 6;

  /**
   * Where the story's meeting took place, when the lead's first sentence or one of the body's first
   * few tells it with its day and a "tại" phrase, not fronted: "Cùng chủ trì Phiên họp lần thứ 9
   * ... hôm nay tại Hà Nội, ..."; "Nhân dịp tham dự Diễn đàn ... tại Bắc Kinh, Trung Quốc, ngày hôm
   * nay 26-4 Thủ tướng ... đã hội đàm"; "Trưa 3-3 ..., tại Phủ Thủ tướng ở Thủ đô New Delhi, Chủ
   * tịch nước ... đã có cuộc hội đàm". Leaders witness the signings after their talks, so a signing
   * held at the meeting ({@link #atMeeting}) without a place of its own happened there. Null when
   * no such sentence names a place.
   */
  static String meeting(Syllables s, NameTrie trie, int headSentences) {
    String lead = told(s, trie, start(s, 1));
    for (int n = 0; lead == null && n < PLACED_MEETING_SENTENCES; n++) {
      lead = told(s, trie, start(s, headSentences + n));
    }
    return lead;
  }

  /** How far before "bắt đầu chuyến thăm" the arrival's "đến"/"tới" may come. */
  private static final int ARRIVAL_REACH = 12;

  /** How far after "bắt đầu chuyến thăm" the state visited may come ("chính thức cấp nhà nước"). */
  private static final int VISITED_REACH = 6;

  /**
   * Where the story's visit began, when the lead's first sentence or one of the body's first few
   * tells the arrival with its day: "Tổng Bí thư ... chiều nay đến thủ đô Bắc Kinh, bắt đầu chuyến
   * thăm chính thức Trung Quốc" → Bắc Kinh. The leaders witness the signings after their talks in
   * the city the visit began in, when the state visited is one of the parties (not the Cuba visit
   * of a story whose caption shows a signing with France). Null otherwise.
   */
  static String arrival(Syllables s, NameTrie trie, int headSentences, List<String> parties) {
    return arrival(s, trie, headSentences, parties::contains);
  }

  /**
   * Where the story's visit began, as {@link #arrival(Syllables, NameTrie, int, List)} but whoever
   * signs, when no party is a foreign state: "Thủ tướng Nhật Bản Shinzo Abe chiều nay tới thủ đô Hà
   * Nội, bắt đầu chuyến thăm chính thức Việt Nam" with "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Abe
   * sau đó hội đàm, chứng kiến lễ ký kết văn kiện giữa đại diện hai nước" → Hà Nội, for a signing
   * told at the visit's meeting (the ministries and firms that sign at a visit are seldom named).
   */
  static String arrivalAnyParty(
      Syllables s, NameTrie trie, int headSentences, List<String> parties) {
    for (String party : parties) {
      if (!"Việt Nam".equals(party) && ClauseWords.INSTANCE.isState(party)) {
        return null; // a foreign state signs: only a visit to it places the signing (arrival)
      }
    }
    return arrival(s, trie, headSentences, state -> true);
  }

  private static String arrival(
      Syllables s, NameTrie trie, int headSentences, Predicate<String> accepted) {
    String place = arrived(s, trie, start(s, 1), accepted);
    for (int n = 0; place == null && n < MEETING_SENTENCES; n++) {
      place = arrived(s, trie, start(s, headSentences + n), accepted);
    }
    return place;
  }

  /**
   * The place after "đến"/"tới" right before "bắt đầu chuyến thăm <state>" in the sentence at
   * syllable {@code from}, dated by a day or today, with no word of the future before it ("sẽ
   * đến"), the state {@code accepted}; null otherwise.
   */
  private static String arrived(Syllables s, NameTrie trie, int from, Predicate<String> accepted) {
    if (from < 0) {
      return null;
    }
    int to = end(s, from);
    Phrases arrive = SigningPlaces.WORDS.get("arrive");
    int cue = arrive.find(s, from, to);
    boolean dated = dated(s, from, to);
    String state = cue < 0 ? null : visited(s, cue + arrive.at(s, cue).length(), to);
    if (state == null || !dated || !accepted.test(state)) {
      return null;
    }
    for (int k = cue - 1; k >= Math.max(from, cue - ARRIVAL_REACH); k--) {
      String word = s.original(k);
      if ("đến".equalsIgnoreCase(word) || "tới".equalsIgnoreCase(word)) {
        boolean future = SigningTense.irrealis(s, from, k, false, ClauseWords.INSTANCE);
        return future ? null : PlacePhrase.read(s, trie, k + 1);
      }
    }
    return null;
  }

  /**
   * The state the story's visit goes to, when the lead's first sentence or one of the body's first
   * few tells it with its day and the state is one of the parties: "Sáng 10-4, trong khuôn khổ
   * chuyến thăm chính thức Nhật Bản, Bộ trưởng Quốc phòng ... đã hội đàm với Bộ trưởng Nhật ..."
   * then "Tại hội đàm, Bộ trưởng Quốc phòng hai nước đã ký Tuyên bố ..." → Nhật Bản. Not Việt Nam
   * (a Vietnamese place is its province), nor a visit to come ("sẽ thăm"); null otherwise.
   */
  static String visit(Syllables s, int headSentences, List<String> parties) {
    return visit(s, headSentences, parties::contains, false);
  }

  /**
   * The state the story's visit goes to, as {@link #visit(Syllables, int, List)} but whoever signs,
   * when no party is a foreign state and no invitation comes before the visit: "Thủ tướng ... hôm
   * nay bắt đầu chuyến thăm chính thức Singapore" with "Sau cuộc hội đàm, ... chứng kiến lễ ký kết
   * văn kiện hợp tác giữa các bộ, ngành hai nước", for a signing told at the visit's meeting.
   */
  static String visitAnyParty(Syllables s, int headSentences, List<String> parties) {
    for (String party : parties) {
      if (!"Việt Nam".equals(party) && ClauseWords.INSTANCE.isState(party)) {
        return null; // a foreign state signs: only a visit to it places the signing (visit)
      }
    }
    return visit(s, headSentences, state -> true, true);
  }

  private static String visit(
      Syllables s, int headSentences, Predicate<String> accepted, boolean notInvited) {
    String place = visitedState(s, start(s, 1), accepted, notInvited);
    for (int n = 0; place == null && n < MEETING_SENTENCES; n++) {
      place = visitedState(s, start(s, headSentences + n), accepted, notInvited);
    }
    return place;
  }

  /**
   * The state visited in the dated sentence at syllable {@code from} when {@code accepted}, and,
   * with {@code notInvited}, no invitation before the visit; or null.
   */
  private static String visitedState(
      Syllables s, int from, Predicate<String> accepted, boolean notInvited) {
    if (from < 0) {
      return null;
    }
    int to = end(s, from);
    Phrases visit = SigningPlaces.WORDS.get("visit");
    int cue = visit.find(s, from, to);
    boolean dated = dated(s, from, to);
    if (cue < 0 || !dated || SigningTense.irrealis(s, from, cue, false, ClauseWords.INSTANCE)) {
      return null;
    }
    if (notInvited && SigningPlaces.WORDS.get("invite").find(s, from, cue) >= 0) {
      return null; // "Tổng thống Trump ... gửi lời mời ... thăm chính thức Mỹ": a visit to come
    }
    int after = cue + visit.at(s, cue).length();
    Phrases manner = SigningPlaces.WORDS.get("manner");
    for (int n = 0; after < to && n < VISIT_MANNER; n++) {
      Phrases.Phrase way = manner.at(s, after);
      if (way == null) {
        break;
      }
      after += way.length();
    }
    Phrases.Phrase state = after < to ? ClauseWords.INSTANCE.country(s, after) : null;
    boolean ours = state == null || "Việt Nam".equals(state.value());
    return ours || !accepted.test(state.value()) ? null : state.value();
  }

  /** How many words of manner may come between the story's visit and the state visited. */
  private static final int VISIT_MANNER = 3;

  /** The state a visit goes to, its canonical name, a few words after syllable a; or null. */
  private static String visited(Syllables s, int a, int to) {
    for (int p = a; p < Math.min(to, a + VISITED_REACH); p++) {
      if (p > a && s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return null;
      }
      Phrases.Phrase state = ClauseWords.INSTANCE.country(s, p);
      if (state != null) {
        return state.value();
      }
    }
    return null;
  }

  /**
   * Whether a signing is told as held at the story's meeting: before its verb, in its sentence, a
   * meeting ("Kết thúc hội đàm, ...", "Cũng trong hội thảo hôm nay, ... đã ký") or a ceremony
   * ("chứng kiến lễ ký", "giám sát lễ ký kết"); not a document only named as signed ("các hiệp định
   * mà Việt Nam vừa ký kết" in a minister's speech at an investment conference).
   */
  static boolean atMeeting(Syllables s, List<Signings.Signing> signings) {
    for (Signings.Signing g : signings) {
      int from = Signings.sentence(s, g.verb())[0];
      if (SigningPlaces.WORDS.get("meeting").find(s, from, g.verb()) >= 0
          || SigningPlaces.WORDS.get("rite").find(s, from, g.verb()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place of the sentence at syllable {@code from} when it names a meeting (words of kind
   * "meeting"), a day or today (or tells the meeting as taking place now: "Cuộc gặp thượng đỉnh ...
   * đang diễn ra tại Singapore"), and a "tại" phrase that names a place; undated, only a "tại"/"ở"
   * right after the noun of a meeting told as over ("sau hội đàm tại Phủ Chủ tịch"); null
   * otherwise.
   */
  private static String told(Syllables s, NameTrie trie, int from) {
    if (from < 0) {
      return null;
    }
    int to = end(s, from);
    boolean meets =
        SigningPlaces.WORDS.get("meeting").find(s, from, to) >= 0
            || SigningPlaces.WORDS.get("greet").find(s, from, to) >= 0;
    boolean dated = dated(s, from, to) || SigningPlaces.WORDS.get("ongoing").find(s, from, to) >= 0;
    Phrases meeting = SigningPlaces.WORDS.get("meeting");
    for (int k = from; meets && k + 1 < to; k++) {
      // "Trong cuộc gặp ở Hà Nội ngày 20-11, ...": "ở" right after the meeting places it too
      int noun = meeting.endingAt(s, k, 3);
      boolean placed = noun > 0;
      boolean in = s.is(k, "o") && "ở".equalsIgnoreCase(s.original(k)) && placed;
      boolean at = s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k));
      // undated, only the place of the meeting told as over: "sau hội nghị thượng đỉnh ở khách
      // sạn Capella, Singapore", "sau hội đàm tại Phủ Chủ tịch"
      boolean after = placed && after(s, Math.max(from, k - noun - AFTER_REACH), k - noun);
      if ((dated || after) && (in || at && !SigningPlaces.posted(s, k))) {
        // not an envoy's post: "Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh"
        String place = PlacePhrase.read(s, trie, k + 1);
        if (place != null) {
          return place;
        }
      }
    }
    return null;
  }

  /** How far before the meeting's last noun "sau" may come ("sau hội nghị thượng đỉnh"). */
  private static final int AFTER_REACH = 3;

  /** Whether "sau" (after) is among syllables [from, to). */
  private static boolean after(Syllables s, int from, int to) {
    for (int q = from; q < to; q++) {
      if (s.is(q, "sau") && "sau".equalsIgnoreCase(s.original(q))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day of the story's opening that fronts its place ("Chiều 5/6, tại Hà Nội, ..."), or null
   * (also when the opening fronts the day without a place).
   */
  static SigningDates.Found day(
      Syllables s, NameTrie trie, int headSentences, java.time.OffsetDateTime published) {
    int at = opening(s, trie, headSentences);
    if (at < 0) {
      return null;
    }
    int from = at;
    while (from > 0 && s.sentence[from - 1] == s.sentence[at]) {
      from--;
    }
    int to = Math.min(s.size, at + FRONTED);
    return SigningDates.signedOn(s, from, to, published);
  }

  /**
   * The fronted "tại" of the lead's first sentence, else of the body's first, that names a place.
   */
  private static int opening(Syllables s, NameTrie trie, int headSentences) {
    int lead = fronted(s, trie, start(s, 1));
    return lead >= 0 ? lead : fronted(s, trie, start(s, headSentences));
  }

  /** The syllable after the sentence that syllable {@code from} is in. */
  private static int end(Syllables s, int from) {
    int to = from;
    while (to < s.size && s.sentence[to] == s.sentence[from]) {
      to++;
    }
    return to;
  }

  /** The first syllable of sentence {@code n}, or -1. */
  private static int start(Syllables s, int n) {
    for (int k = 0; k < s.size; k++) {
      if (s.sentence[k] == n) {
        return k;
      }
      if (s.sentence[k] > n) {
        return -1;
      }
    }
    return -1;
  }

  /** The "tại" of a day-and-place opening at syllable {@code from} that names a place, or -1. */
  private static int fronted(Syllables s, NameTrie trie, int from) {
    if (from < 0) {
      return -1;
    }
    int sentence = s.sentence[from];
    for (int k = from; k < Math.min(s.size, from + FRONTED) && s.sentence[k] == sentence; k++) {
      boolean at = s.is(k, "tai") && "tại".equalsIgnoreCase(s.original(k));
      if (!at || k + 1 >= s.size) {
        continue;
      }
      if (SigningPlaces.posted(s, k)) {
        return -1; // "Ngày 6/8, Đại sứ quán Australia tại Việt Nam và ...": the mission's post
      }
      // "Chiều 5/6, tại Hà Nội": the day before it; "Tại Hà Nội, ngày 12/6": the day after it
      boolean dayFirst = k > from && SigningDates.hasDay(s, from, k);
      boolean dayAfter = k == from && dayAfterPhrase(s, k);
      return (dayFirst || dayAfter) && PlacePhrase.read(s, trie, k + 1) != null ? k : -1;
    }
    return -1;
  }

  /** Whether a day follows the comma that ends the phrase opened at k ("Tại Hà Nội, ngày 12/6"). */
  private static boolean dayAfterPhrase(Syllables s, int k) {
    for (int q = k + 1; q < Math.min(s.size, k + FRONTED) && s.sentence[q] == s.sentence[k]; q++) {
      if (s.has(q, Syllables.COMMA)) {
        return SigningDates.hasDay(s, q, Math.min(s.size, q + DAY_AFTER));
      }
    }
    return false;
  }

  /** Whether the sentence [from, to) is dated: a day ("ngày 10-4") or today ("hôm nay"). */
  private static boolean dated(Syllables s, int from, int to) {
    return SigningDates.hasDay(s, from, to) || NewsFrame.words("now").find(s, from, to) >= 0;
  }
}
