package vn.newssearch.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When and where the reported signing took place: the first day and the place of the signings' own
 * sentences (the chosen signing first); else, when a signing refers back to its event ("Tại hội
 * nghị, Phó thủ tướng A và Trưởng ban B đã ký ..."), the day and place of the sentence before it
 * that introduces that event ("Ngày 10/1, tại Hà Nội, Ban ... tổ chức hội nghị ...").
 */
final class SigningScenes {
  /** How many sentences naming the event are read, nearest first. */
  private static final int SCENES_READ = 3;

  /** How many sentences back the event's own sentence may be. */
  private static final int SCENE_REACH = 12;

  private SigningScenes() {}

  /** The signing's day (or null) and place (or null). */
  record Scene(LocalDate date, String place) {}

  static Scene of(
      Syllables s,
      NameTrie trie,
      List<Signings.Signing> ordered,
      OffsetDateTime published,
      int headSentences,
      List<Signings.Signing> pictured,
      List<Signings.Signing> told,
      List<String> parties) {
    SigningDates.Found signed = null;
    Signings.Signing dated = null;
    for (Signings.Signing g : ordered) {
      int[] range = Signings.sentence(s, g.verb());
      signed = SigningDates.signedOn(s, range[0], range[1], published);
      if (signed != null) {
        dated = g;
        break;
      }
    }
    String place = null;
    if (dated != null) {
      int[] range = Signings.sentence(s, dated.verb());
      place = SigningPlaces.stated(s, trie, range[0], range[1], dated.verb());
    }
    for (Signings.Signing g : ordered) {
      int[] range = Signings.sentence(s, g.verb());
      place = place != null ? place : SigningPlaces.stated(s, trie, range[0], range[1], g.verb());
    }
    // "Becamex ... và Tập đoàn Sembcorp (Singapore) ký kết hợp tác phát triển ... (VSIP) tại Quảng
    // Trị, ..." then "Việc ký kết diễn ra tại Singapore ngày 26/5/2025": the ceremony's own
    // sentence right after the signing says where, over a place of the document's object
    String held = followingEvent(s, trie, Signings.sentence(s, ordered.get(0).verb())[1]);
    place = held != null ? held : place;
    // "... được 11 nước ký kết tại Chile" and "lễ ký kết ... đã diễn ra tại Thủ đô Santiago de
    // Chile": the state's city
    place = SigningPlaces.narrowed(s, trie, ordered, place);
    // "trong khuôn khổ chuyến thăm Trung Quốc ..., Tokyo và Bắc Kinh đã ký kết" is weaker than
    // "lễ ký kết thoả thuận tại Đại lễ đường nhân dân ở Bắc Kinh" in another reported sentence
    if (dated != null && place == null) {
      int[] range = Signings.sentence(s, dated.verb());
      place = SigningPlaces.visited(s, trie, range[0], range[1]);
    }
    for (Signings.Signing g : ordered) {
      int[] range = Signings.sentence(s, g.verb());
      place = place != null ? place : SigningPlaces.visited(s, trie, range[0], range[1]);
    }
    // "Trong chuyến thăm và làm việc tại Lào ..., đoàn ... đã ký" and "Lễ ký diễn ra tại thủ đô
    // Viêng Chăn" in a sentence the choice left out: the city of the state
    place = SigningPlaces.narrowed(s, trie, concat(ordered, told), place);
    for (Signings.Signing g : ordered) {
      if (signed != null && place != null) {
        break;
      }
      int start = Signings.sentence(s, g.verb())[0];
      int[] scene = scene(s, start, start);
      // the nearest sentences naming the event, until one says when or where it was
      for (int tries = 0; scene != null && tries < SCENES_READ; tries++) {
        SigningDates.Found day = SigningDates.signedOn(s, scene[0], scene[1], published);
        String at = SigningPlaces.place(s, trie, scene[0], scene[1], scene[1]);
        // "Chiều 9/10/2019, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh ... tiếp và làm việc với ...":
        // the event's own opening venue, inside the parties' province
        at = at != null ? at : openingVenue(s, trie, scene[0], parties);
        signed = signed != null ? signed : day;
        place = place != null ? place : at;
        scene = day == null && at == null ? scene(s, start, scene[0]) : null;
      }
    }
    for (Signings.Signing g : told) {
      // "Ngày 12/10/2016, tại trụ sở Tập đoàn FPT, Hà Nội, X ký kết với Y ... . Tham dự Lễ ký kết
      // có ...": the ceremony took place where the sentence before it says the signing did
      int[] range = Signings.sentence(s, g.verb());
      place = place != null ? place : SigningPlaces.stated(s, trie, range[0], range[1], g.verb());
    }
    // "Nhân chuyến thăm và làm việc tại Lào, ngày 12/9, đoàn ... đã hội đàm ..." as the scene of
    // "Sau hội đàm, hai bên thống nhất ký ...", and "... đã ký văn kiện tại thủ phủ Sầm Nưa" in a
    // sentence the choice left out: the town of the state
    place = SigningPlaces.narrowed(s, trie, concat(ordered, told), place);
    for (Signings.Signing g : ordered) {
      // "PVN và ExxonMobil ngày 16/1/2017 đã ký thỏa thuận khung ... . Sự kiện diễn ra tại Hà Nội":
      // the sentence right after tells where the event of the signing took place
      int end = Signings.sentence(s, g.verb())[1];
      place = place != null ? place : followingEvent(s, trie, end);
    }
    for (Signings.Signing g : ordered) {
      // "... đã đặt bút ký thỏa thuận hợp tác." and, paragraphs later, "Buổi lễ diễn ra tại Hà Nội
      // với sự tham dự của ...": the ceremony's own sentence further on
      place = place != null ? place : laterCeremony(s, trie, g);
    }
    for (Signings.Signing g : ordered) {
      // "UBND TP Cần Thơ và UBND tỉnh Sóc Trăng đã tổ chức hội nghị ký kết thỏa thuận ..." and,
      // paragraphs later, "Hội nghị diễn ra tại TP Cần Thơ": the event the signing's clause names,
      // placed by a later sentence that opens with it
      place = place != null ? place : laterEvent(s, trie, g, parties);
    }
    for (Signings.Signing g : place == null ? concat(ordered, told) : List.<Signings.Signing>of()) {
      // "Lễ ký diễn ra tại xã Ia Dom", "tại trụ sở LĐLĐ thành phố": in the parties' province
      int[] range = Signings.sentence(s, g.verb());
      place =
          place != null ? place : LocalVenues.place(s, trie, range[0], range[1], g.verb(), parties);
    }
    boolean headline = ordered.get(0).sentence() < headSentences;
    place = place != null || !headline ? place : dateline(s, trie, false);
    int[] opening = headline ? opening(s) : null;
    if (opening != null) {
      // a headline signing: the article's opening "Ngày 21-3, tại ..." is its day and place
      signed =
          signed != null ? signed : SigningDates.signedOn(s, opening[0], opening[1], published);
      place =
          place != null ? place : SigningPlaces.place(s, trie, opening[0], opening[1], opening[1]);
    }
    signed = signed != null ? signed : captioned(s, ordered.get(0), pictured);
    for (Signings.Signing g : pictured) {
      // "Lãnh đạo các tổ chức quốc tế ... ký kết Quy tắc ứng xử ... tại Hà Nội ngày 4-6-2018 -
      // Ảnh: UN": a caption of the signing, or the headline's own telling, says where
      int[] range = Signings.sentence(s, g.verb());
      place = place != null ? place : SigningPlaces.place(s, trie, range[0], range[1], g.verb());
    }
    // "... vừa được ký kết tại Hội nghị thượng đỉnh Mỹ - Triều" and "... Hội nghị thượng đỉnh ...
    // tại Hà Nội" in another sentence: the event's place
    place = place != null ? place : EventPlaces.place(s, trie, ordered);
    // "Chiều 5/6, tại Hà Nội, đại tướng ... chủ trì lễ đón ...": the story's own scene
    place = place != null ? place : StoryScenes.place(s, trie, headSentences);
    // "Trưa 3-3 ..., tại Phủ Thủ tướng ở Thủ đô New Delhi, Chủ tịch nước ... đã có cuộc hội đàm"
    // with "Sau hội đàm, ... chứng kiến lễ trao các thoả thuận ... được ký kết": the meeting's
    // place
    boolean meeting = place == null && StoryScenes.atMeeting(s, ordered);
    place = meeting ? StoryScenes.meeting(s, trie, headSentences) : place;
    // "Tổng Bí thư ... chiều nay đến thủ đô Bắc Kinh, bắt đầu chuyến thăm chính thức Trung Quốc"
    // with "Sau khi kết thúc hội đàm, ... đã chứng kiến Lễ ký kết": the city the visit began in
    place = meeting && place == null ? StoryScenes.arrival(s, trie, headSentences, parties) : place;
    // "Thủ tướng Nhật Bản ... chiều nay tới thủ đô Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam"
    // with "... sau đó hội đàm, chứng kiến lễ ký kết văn kiện": the city the visit began in,
    // whoever signs
    place =
        meeting && place == null
            ? StoryScenes.arrivalAnyParty(s, trie, headSentences, parties)
            : place;
    // "Sáng 10-4, trong khuôn khổ chuyến thăm chính thức Nhật Bản, Bộ trưởng ... đã hội đàm ..."
    // with "Tại hội đàm, ... đã ký": the state the story's visit goes to, a party
    place = place == null ? StoryScenes.visit(s, headSentences, parties) : place;
    // "Thủ tướng ... hôm nay bắt đầu chuyến thăm chính thức Singapore" with "Sau cuộc hội đàm, ...
    // chứng kiến lễ ký kết văn kiện hợp tác giữa các bộ, ngành hai nước": a ceremony of the
    // visit's meeting took place in the state visited, whoever signs
    place = place == null && meeting ? StoryScenes.visitAnyParty(s, headSentences, parties) : place;
    // "thăm và làm việc tại Cuba, ngày 21/9, tại La Habana, ...": the state's city in the head
    place = SigningPlaces.headCity(s, trie, place, headSentences);
    // "Thanh Hóa, 14/9 (Báo Thanh Hóa) - Chiều 14/9, ... Tại hội nghị, ... đã ký kết": a wire
    // dateline names where the story was filed, the place of a signing told below it too
    place = place != null ? place : dateline(s, trie, true);
    signed = signed != null ? signed : StoryScenes.day(s, trie, headSentences, published);
    return new Scene(signed == null ? null : signed.date(), place);
  }

  /** How many syllables of the day may stand between the ceremony's verb and "tại". */
  private static final int DAY_REACH = 8;

  /**
   * The place of the sentence starting at syllable {@code from} when it opens with the event's noun
   * ({@code ceremony} words: "Sự kiện", "Buổi lễ", "Việc ký kết"), then its verb ({@code staged}
   * words: "diễn ra", "được tổ chức"), its day if any, and "tại"/"ở": "Sự kiện diễn ra tại Hà Nội,
   * với sự chứng kiến của ...", "Việc ký kết diễn ra ngày 16/9/2023 tại ..."; else null.
   */
  private static String followingEvent(Syllables s, NameTrie trie, int from) {
    Phrases.Phrase event = SigningPlaces.WORDS.get("ceremony").at(s, from);
    return event == null ? null : staged(s, trie, from, from + event.length());
  }

  /**
   * The place of a later sentence, up to {@code SCENE_REACH} sentences after the signing's, that
   * opens with the ceremony's noun (not a word for any event, "Sự kiện") and its verb ({@link
   * #followingEvent}): "Buổi lễ diễn ra tại Hà Nội với sự tham dự của đại diện Đại sứ quán Hoa Kỳ"
   * two sentences after "... đã đặt bút ký thỏa thuận hợp tác"; else null.
   */
  private static String laterCeremony(Syllables s, NameTrie trie, Signings.Signing g) {
    int last = s.sentence[g.verb()] + SCENE_REACH;
    for (int q = Signings.sentence(s, g.verb())[1]; q < s.size && s.sentence[q] <= last; q++) {
      // a ceremony's own noun: "Sự kiện" further on may be any event of the story
      boolean any = SigningPlaces.WORDS.get("any-event").at(s, q) != null;
      String at = s.sentence[q] == s.sentence[q - 1] || any ? null : followingEvent(s, trie, q);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  /** How far before the verb the signing's clause may name its event ("tổ chức hội đàm, ký"). */
  private static final int EVENT_BEFORE_VERB = 6;

  /**
   * The place of a later sentence that opens with the event the signing's clause names before its
   * verb, then "diễn ra" or "được tổ chức" and "tại": "... vừa tổ chức hội đàm, ký kết biên bản ghi
   * nhớ" and "Buổi hội đàm được tổ chức tại thị xã Trảng Bàng, tỉnh Tây Ninh"; "... tổ chức hội
   * nghị ký kết Quy chế phối hợp" and "Hội nghị được tổ chức tại TP Rạch Giá". The event's bare
   * noun opens the sentence ("Hội nghị thượng đỉnh ... diễn ra" is another event); else null.
   */
  private static String laterEvent(
      Syllables s, NameTrie trie, Signings.Signing g, List<String> parties) {
    int[] range = Signings.sentence(s, g.verb());
    Phrases events = SigningPlaces.WORDS.get("event");
    Phrases.Phrase event = null;
    for (int p = Math.max(range[0], g.verb() - EVENT_BEFORE_VERB); p < g.verb(); p++) {
      Phrases.Phrase named = events.at(s, p);
      event = named != null && p + named.length() <= g.verb() ? named : event;
    }
    if (event == null || event.value().equals("đây")) {
      return null; // "Tại đây": the event of an earlier sentence
    }
    String head = head(event.value());
    int last = s.sentence[g.verb()] + SCENE_REACH;
    for (int q = range[1]; q < s.size && s.sentence[q] <= last; q++) {
      if (s.sentence[q] == s.sentence[q - 1]) {
        continue; // not a sentence's first syllable
      }
      int a = s.is(q, "buoi") || s.is(q, "cuoc") ? q + 1 : q; // "Buổi hội đàm", "Cuộc gặp"
      Phrases.Phrase opens = events.at(s, a);
      int k =
          opens != null && head(opens.value()).equals(head)
              ? stagedAt(s, q, a + opens.length())
              : -1;
      // "Hội nghị diễn ra tại Trung tâm Hội nghị thành phố, phường Ninh Kiều": a venue inside the
      // parties' province
      String at = k < 0 ? null : PlacePhrase.read(s, trie, k + 1);
      at = at != null || k < 0 ? at : LocalVenues.venue(s, trie, k, parties);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  /**
   * The place after the event's noun that opens the sentence at {@code from} and ends at {@code
   * at}: its verb ({@code staged} words), its day if any, and "tại"/"ở" (a district-level unit by
   * {@link LocalVenues#unitProvince}); else null.
   */
  private static String staged(Syllables s, NameTrie trie, int from, int at) {
    int k = stagedAt(s, from, at);
    String place = k < 0 ? null : PlacePhrase.read(s, trie, k + 1);
    // "Buổi lễ tổ chức tại trụ sở Công an huyện, thị trấn Mường Tè": a district-level unit
    return place != null || k < 0 ? place : LocalVenues.unitProvince(s, k + 1);
  }

  /** Where {@link #staged} finds "tại"/"ở": its syllable, or -1. */
  private static int stagedAt(Syllables s, int from, int at) {
    Phrases.Phrase staged = SigningPlaces.WORDS.get("staged").at(s, at);
    at = staged == null ? -1 : at + staged.length();
    int day = at; // "diễn ra ngày 16/9/2023 tại": the ceremony's day, then its place
    while (at > 0 && at < s.size && at - day < DAY_REACH && !SigningPlaces.placeWord(s, at)) {
      Phrases.Phrase time = SigningPlaces.WORDS.get("day").at(s, at);
      int step = time != null ? time.length() : s.number(at) >= 0 ? 1 : 0;
      at = step > 0 && !s.has(at, Syllables.BREAK | Syllables.COMMA) ? at + step : -1;
    }
    boolean placed =
        at > 0
            && at + 1 < s.size
            && s.sentence[at] == s.sentence[from]
            && SigningPlaces.placeWord(s, at)
            && !s.has(at, Syllables.BREAK | Syllables.COMMA);
    return placed ? at : -1;
  }

  /**
   * How far into the event's sentence its opening venue's "tại" may come ("Chiều 9/10/2019, tại").
   */
  private static final int OPENING_VENUE = 8;

  /**
   * The parties' province when the sentence from syllable {@code from} opens, after its day and a
   * comma, with "tại" and a venue inside that province ({@link LocalVenues#venue}); else null.
   */
  private static String openingVenue(Syllables s, NameTrie trie, int from, List<String> parties) {
    for (int k = from; k < Math.min(s.size, from + OPENING_VENUE); k++) {
      if (s.sentence[k] != s.sentence[from]) {
        return null;
      }
      if (SigningPlaces.placeWord(s, k) && (k == from || s.has(k, Syllables.COMMA))) {
        return LocalVenues.venue(s, trie, k, parties);
      }
    }
    return null;
  }

  /** The signings of both lists, the first list's first. */
  private static List<Signings.Signing> concat(
      List<Signings.Signing> first, List<Signings.Signing> then) {
    List<Signings.Signing> out = new ArrayList<>(first);
    out.addAll(then);
    return out;
  }

  /**
   * "Sáng 4-6, lãnh đạo của 41 sứ quán ... cùng ký kết Quy tắc ứng xử" in an undated article, with
   * the caption "... ký kết Quy tắc ứng xử ... tại Hà Nội ngày 4-6-2018 - Ảnh: UN": the caption of
   * the same day gives the signing its year. Null when no caption dates that day in full.
   */
  private static SigningDates.Found captioned(
      Syllables s, Signings.Signing first, List<Signings.Signing> pictured) {
    int[] range = Signings.sentence(s, first.verb());
    LocalDate day = SigningDates.yearless(s, range[0], range[1]);
    for (Signings.Signing g : day == null ? List.<Signings.Signing>of() : pictured) {
      int[] at = Signings.sentence(s, g.verb());
      SigningDates.Found full = SigningDates.signedOn(s, at[0], at[1], null);
      if (full != null
          && full.date().getMonthValue() == day.getMonthValue()
          && full.date().getDayOfMonth() == day.getDayOfMonth()) {
        return full;
      }
    }
    return null;
  }

  /**
   * A dateline that opens the text after the title: "Hà Nội, Việt Nam – Ngày 23 tháng 10 năm 2017 -
   * ...", "(Dân trí) - Hà Nội - Ngày ...", "HÀ NỘI - Sáng 12/6, ...": the province when a dash and
   * a day or a number follow it, or a wire service's day or agency ({@link WireDatelines}: "Hà Nội,
   * 25/2/2022 (TTXVN) - ..."); else null ("Hà Nội - Việt Nam thân thiện ..." is a caption). When
   * {@code wireOnly}, only a wire service's form counts: it places any signing the story tells.
   */
  private static String dateline(Syllables s, NameTrie trie, boolean wireOnly) {
    int p = 0;
    while (p < s.size && s.sentence[p] == s.sentence[0]) {
      p++;
    }
    while (p < s.size && s.has(p, Syllables.PAREN)) {
      p++; // "(Dân trí) -"
    }
    NameTrie.Match prov = p < s.size ? SigningPlaces.province(s, trie, p) : null;
    if (prov == null) {
      return p < s.size ? wireCity(s, p) : null;
    }
    int q = prov.to();
    if (WireDatelines.after(s, q) >= 0) {
      return prov.entry().value(); // "Hà Nội, 25/2/2022 (TTXVN) - ..."
    }
    if (wireOnly) {
      return null;
    }
    Phrases.Phrase country = ClauseWords.INSTANCE.country(s, q);
    q += country != null && s.has(q, Syllables.COMMA) ? country.length() : 0; // ", Việt Nam"
    boolean dash = q < s.size && s.has(q, Syllables.DASH);
    boolean day =
        dash
            && (SigningPlaces.WORDS.get("day").at(s, q) != null
                || s.number(q) >= 0
                || SigningDates.hasDay(s, q, Math.min(s.size, q + 3)));
    return day ? prov.entry().value() : null;
  }

  /**
   * A wire dateline that opens with a city rather than a province: a city of ours gives its
   * province ("Hạ Long, 25/2 (VNA) - ..." → Quảng Ninh), a city abroad itself as written ("Seoul,
   * 16/8 (TTXVN) - ...", "Phnôm Pênh, 3/12 (TTXVN) - ..."); null for any other opening.
   */
  private static String wireCity(Syllables s, int p) {
    Phrases.Phrase ours = SigningPlaces.city(s, p);
    Phrases.Phrase abroad = ours == null ? SigningPlaces.abroad(s, p) : null;
    Phrases.Phrase city = ours != null ? ours : abroad;
    if (city == null || WireDatelines.after(s, p + city.length()) < 0) {
      return null;
    }
    return ours != null ? ours.value() : s.original(p, p + city.length());
  }

  /** How far into the opening sentence its day may come ("10h00 giờ ngày 09/01/2017, tại ..."). */
  private static final int OPENING_DAY = 6;

  /** How far into the opening sentence "hôm nay" may come ("Thủ tướng ... hôm nay tham dự"). */
  private static final int OPENING_NOW = 16;

  /**
   * The first sentence after the title when it opens with a day ("Ngày 21-3, tại thị xã Bình Long,
   * ...", "Sáng 12/6, tại Hà Nội, ..."): [from, to); else null.
   */
  private static int[] opening(Syllables s) {
    int from = 0;
    while (from < s.size && s.sentence[from] == s.sentence[0]) {
      from++;
    }
    return dayOpens(s, from);
  }

  /** The sentence from syllable {@code from} when it opens with a day or today: [from, to). */
  private static int[] dayOpens(Syllables s, int from) {
    if (from >= s.size) {
      return null;
    }
    int to = from;
    while (to < s.size && s.sentence[to] == s.sentence[from]) {
      to++;
    }
    boolean today = NewsFrame.words("now").find(s, from, Math.min(to, from + OPENING_NOW)) >= 0;
    if (!(today || SigningDates.hasDay(s, from, Math.min(s.size, from + OPENING_DAY)))) {
      return null;
    }
    return new int[] {from, to};
  }

  /** How many words of its own an event noun may take before "này" ("lễ khởi công này"). */
  private static final int EVENT_WORDS = 5;

  /**
   * The syllable after "này" and its comma when the event noun ending at {@code after} goes on to a
   * few words of its own and "này": "Cũng trong lễ khởi công này, Thaco và ... HAGL đã ký" and
   * "Cũng tại Lễ ra mắt & Mở bán này, Tập đoàn Empire đã ký kết" refer back to the event the
   * sentences before told, as "Tại sự kiện này," does; else {@code after}.
   */
  private static int demonstrative(Syllables s, int after) {
    if (after >= s.size || s.has(after, Syllables.COMMA)) {
      return after;
    }
    for (int k = after; k < Math.min(s.size, after + EVENT_WORDS + 1); k++) {
      if (s.sentence[k] != s.sentence[after] || (k > after && s.has(k, Syllables.COMMA))) {
        return after;
      }
      if (k > after && s.is(k, "nay")) {
        boolean closed = k + 1 < s.size && s.has(k + 1, Syllables.COMMA);
        return closed ? k + 1 : after;
      }
    }
    return after;
  }

  /** "buổi lễ" and "lễ", "cuộc hội đàm" and "hội đàm" name one event. */
  private static String head(String event) {
    return event.replaceFirst("^(buổi|cuộc) ", "");
  }

  /**
   * The sentence [from, to) that introduces the event a signing's sentence starting at {@code
   * start} refers back to ("Tại hội nghị, ..."): the nearest sentence before syllable {@code
   * before} that names the same event noun (any for "Tại đây") without referring to it again; null
   * when there is none or the signing's sentence refers to no event.
   */
  static int[] scene(Syllables s, int start, int before) {
    Phrases refer = SigningPlaces.WORDS.get("refer");
    Phrases events = SigningPlaces.WORDS.get("event");
    // "Dịp này, ...", "Cũng trong dịp này, ...": the occasion the sentences before told
    Phrases.Phrase occasion = SigningPlaces.WORDS.get("occasion").at(s, start);
    Phrases.Phrase r = occasion == null ? refer.at(s, start) : null;
    Phrases.Phrase event = r == null ? null : events.at(s, start + r.length());
    if (event == null && occasion == null) {
      return null;
    }
    int after = occasion != null ? start + occasion.length() : start + r.length() + event.length();
    // "Cũng tại sự kiện này, ...": the demonstrative points back as the bare noun does
    after += occasion == null && after < s.size && s.is(after, "nay") ? 1 : 0;
    // "Cũng trong lễ khởi công này, ...": the event's own words, closed by the demonstrative
    after = occasion == null ? demonstrative(s, after) : after;
    // "Cũng tại sự kiện đã diễn ra Lễ ký kết ...": a predicate, no name, follows the noun
    boolean predicate =
        occasion == null
            && after < s.size
            && !s.has(after, Syllables.BREAK)
            && SigningPlaces.WORDS.get("told").at(s, after) != null;
    if (!predicate
        && after < s.size
        && !s.has(after, Syllables.COMMA)
        && s.sentence[after] == s.sentence[start]) {
      return null; // "Tại hội nghị xúc tiến đầu tư tỉnh Hưng Yên": the phrase names its own place
    }
    // "Tại sự kiện, ...", "Kết thúc cuộc họp, ...": a word for any event refers to whichever event
    // the sentences before told ("tham gia chương trình ...", "tổ chức đàm phán vòng 9 ...")
    boolean here =
        occasion != null
            || event.value().equals("đây")
            || SigningPlaces.WORDS.get("any-event").at(s, start + r.length()) != null;
    int sentence = s.sentence[start];
    if (occasion != null && before == start && start > 0 && s.sentence[start - 1] == sentence - 1) {
      // "Ngày 29-3, EMG Education khánh thành ... tại Hà Nội. Dịp này, ... đã ký kết": the
      // occasion is first the sentence right before, whatever it names
      int from = start - 1;
      while (from > 0 && s.sentence[from - 1] == sentence - 1) {
        from--;
      }
      return new int[] {from, start};
    }
    int[] near = nearest(s, before, sentence - SCENE_REACH, event, occasion, here);
    int[] opening = near == null && before == start ? opening(s) : null;
    // "Sáng 14/2, UBND tỉnh Thái Bình phối hợp cùng Tập đoàn FLC tổ chức lễ khởi công ... tại Khu
    // Trung tâm Y tế tỉnh (thành phố Thái Bình)" opening the story, and "Cũng tại sự kiện đã diễn
    // ra Lễ ký kết ..." two dozen sentences on: the story's own event, told first
    boolean first = opening != null && s.sentence[opening[0]] < sentence - SCENE_REACH;
    return first ? nearest(s, opening[1], s.sentence[opening[0]], event, occasion, here) : near;
  }

  /**
   * The sentence [from, to) nearest before syllable {@code before}, no earlier than sentence {@code
   * low}, that names the event ({@link #scene}) without referring to it again; else null.
   */
  private static int[] nearest(
      Syllables s,
      int before,
      int low,
      Phrases.Phrase event,
      Phrases.Phrase occasion,
      boolean here) {
    Phrases refer = SigningPlaces.WORDS.get("refer");
    Phrases events = SigningPlaces.WORDS.get("event");
    for (int k = before - 1; k >= 0 && s.sentence[k] >= low; k--) {
      Phrases.Phrase named = events.at(s, k);
      int own = named == null ? k : k + named.length();
      // "Phát biểu tại sự kiện": another reference; for an occasion, "tại hội nghị tổng kết ... tổ
      // chức ngày 17/12 tại TP Bến Tre" names its event with words of its own
      // "Tại hội đàm ở thành phố Nam Ninh, hai bên đánh giá ...": a reference that places the
      // event in its own words tells it as its first sentence would
      boolean placed =
          own < s.size
              && SigningPlaces.placeWord(s, own)
              && !s.has(own, Syllables.COMMA | Syllables.BREAK);
      boolean referred =
          refer.endingAt(s, k, 2) > 0
              && !placed
              && (occasion == null
                  || own >= s.size
                  || s.has(own, Syllables.COMMA | Syllables.BREAK));
      if (named != null
          && !named.value().equals("đây")
          && !referred
          && (here || head(named.value()).equals(head(event.value())))) {
        int from = k;
        while (from > 0 && s.sentence[from - 1] == s.sentence[k]) {
          from--;
        }
        int to = k;
        while (to < s.size && s.sentence[to] == s.sentence[k]) {
          to++;
        }
        return new int[] {from, to};
      }
    }
    return null;
  }
}
