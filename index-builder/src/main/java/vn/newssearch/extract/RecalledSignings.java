package vn.newssearch.extract;

/**
 * Shapes of a sentence that set a signing before the story's own event, or give it as the reason
 * for something else ({@link StoryTense} reads them against the article's head): a word of cause or
 * of the past in the verb's clause, an occasion set in the past or another event than the story's,
 * a body described by its contract, a passive document in force "since" long ago. The words are
 * data (story-words.tsv).
 */
final class RecalledSignings {
  /** How far after the verb a passive's "kể từ" may stand in its clause. */
  private static final int SINCE_REACH = 16;

  private RecalledSignings() {}

  /**
   * "Một số người cho rằng đây chỉ là lời nói giỡn của Trump, bởi Mexico vừa tham gia ký hiệp định
   * thương mại mới với Mỹ và Canada" (vietnews-test-011320): a clause that opens with a word of
   * cause gives the signing as the reason for something else; in a story whose head names no
   * document, it is context, not the news.
   */
  static boolean reason(Syllables s, Signings.Signing g) {
    Phrases.Phrase p = NewsFrame.words("reason").at(s, Signings.clauseStart(s, g.verb()));
    return p != null;
  }

  /**
   * "Dù Việt Nam và Nhật Bản đã ký bản ghi nhớ về thực tập sinh kỹ năng từ năm 2017, nhiều lao động
   * vẫn phản ánh bị thu phí" (probe p25-049), "Dù Mỹ - Triều đã ký thoả thuận chung về phi hạt nhân
   * hoá, các chuyên gia nhận định ..." (vietnews-train-045968): a clause that opens with a word of
   * concession grants the signing as a given against which the sentence tells something else; it is
   * no news of its own, unless the clause tells it so ("Dù hôm nay hợp đồng mới được ký kết chính
   * thức", vietnews-val-020116: {@link ToldSignings#told}).
   */
  static boolean conceded(Syllables s, Signings.Signing g) {
    Phrases.Phrase p = NewsFrame.words("concession").at(s, Signings.clauseStart(s, g.verb()));
    return p != null && !ToldSignings.told(s, g);
  }

  /**
   * "Washington mới đây cũng ký hợp đồng cung cấp 460 tên lửa chống tăng cho Đài Bắc"
   * (vietnews-val-012293) in a story on a licence: a word of the past ("mới đây", "trước đó") in
   * the verb's clause sets the signing before the story's event, whoever signs.
   */
  static boolean pastInClause(Syllables s, Signings.Signing g) {
    return NewsFrame.words("past").find(s, Signings.clauseStart(s, g.verb()), g.verb()) >= 0;
  }

  /**
   * "Trong khuôn khổ chuyến thăm của Tổng bí thư ... đến Cuba vừa qua, bà Susely cho biết Đoàn TNCS
   * hai nước cũng đã ký thoả thuận" (vietnews-test-002747), "trong chuyến thăm Việt Nam mới đây của
   * Tổng thống Pháp ..., các hãng hàng không Việt Nam đã ký": before the verb in its sentence, an
   * occasion the sentence sets in the past; the story is another event.
   */
  static boolean earlierOccasion(Syllables s, Signings.Signing g, int[] range) {
    int occasion = NewsFrame.words("earlier-event").find(s, range[0], g.verb());
    if (occasion < 0) {
      return false;
    }
    if (NewsFrame.words("past").find(s, occasion + 1, g.verb()) >= 0) {
      return true;
    }
    // "Trong chuyến thăm cấp Nhà nước tới Myanmar của Tổng bí thư ... (8-2017), hai bên đã ký"
    // (vietnews-train-023312) in the story of a later visit: the occasion dated by its month
    for (int p = occasion + 1; p + 1 < g.verb(); p++) {
      int month = s.number(p);
      int year = s.number(p + 1);
      boolean joined = s.joiner(p + 1) == '-' || s.joiner(p + 1) == '/';
      boolean fourDigits = s.fend[p + 1] - s.fstart[p + 1] == 4;
      if (month >= 1 && month <= 12 && joined && fourDigits && year >= 1945 && year <= 2100) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Niềm tin đó càng được khẳng định ngay tại hội thảo, BSR và Lọc hoá dầu Nghi Sơn đã ký thoả
   * thuận" (vietnews-val-013261) in the story of a skills contest: after the body's first
   * paragraph, the signing's setting is "tại" and an event (story-words.tsv event) in a story whose
   * head and first paragraph speak of no event, and the sentence ties it to no occasion the story
   * covers ("tổ chức nhân chuyến thăm"): an earlier occasion.
   */
  static boolean otherEvent(
      Syllables s, Signings.Signing g, int[] range, NewsFrame frame, StoryDates.Day today) {
    if (g.sentence() < frame.firstParagraph()) {
      return false; // the head and the first paragraph tell the story's own event
    }
    Phrases events = NewsFrame.words("event");
    Phrases setting = NewsFrame.words("setting");
    for (int p = range[0]; p + 1 < g.verb(); p++) {
      Phrases.Phrase event = s.is(p, "tai") ? events.at(s, p + 1) : null;
      if (event != null
          && setting.find(s, p + 1, g.verb()) < 0
          && setting.find(s, range[0], p) < 0
          && !storyEvent(s, frame)
          && !heldToday(s, g, range, p + 1, event, frame, today)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Tại hội nghị chiều 16/10, Sở Lao động - Thương binh và Xã hội tỉnh Tây Ninh, Liên đoàn Lao
   * động tỉnh Tây Ninh ... đã ký quy chế phối hợp" in a feature on strikes published on 17/10
   * (probe p41-058): an event the sentence dates within a week of the story's day (the head's, else
   * the day of publication) is the occasion the story reports, however late the body tells it.
   * "Cũng tại hội nghị, ..." with the event bare (a comma or "này" right after it) points back at
   * the one the body named last ("Phát biểu tại hội nghị đối thoại chiều 21/10, ông ...", p41-001),
   * dated there. An event the body dates more than a week before ("Mới đây, ngày 7/5/2018, ... tổ
   * chức hội nghị" | "Tại Hội nghị, ... đã ký kết" in a story of 15/5, vietnews-val-014130), or not
   * at all, stays another event.
   */
  private static boolean heldToday(
      Syllables s,
      Signings.Signing g,
      int[] range,
      int event,
      Phrases.Phrase noun,
      NewsFrame frame,
      StoryDates.Day today) {
    if (today == null) {
      return false;
    }
    StoryDates.Day day = StoryDates.first(s, range[0], g.verb());
    int after = event + noun.length();
    boolean bare = after < s.size && (s.has(after, Syllables.COMMA) || s.is(after, "nay"));
    if (day == null && bare) {
      // the nearest earlier sentence of the body that names the same event
      Phrases events = NewsFrame.words("event");
      int from = s.startOfSentence(frame.firstParagraph());
      for (int k = range[0] - 1; k >= from && day == null; k--) {
        Phrases.Phrase named = events.at(s, k);
        if (named != null && named.value().equals(noun.value())) {
          int[] earlier = Signings.sentence(s, k);
          day = StoryDates.first(s, earlier[0], earlier[1]);
          break;
        }
      }
    }
    return day != null && !day.wellBefore(today) && !today.wellBefore(day);
  }

  /**
   * Whether the head or the body's first paragraph names an event (story-words.tsv event): the
   * story covers one, which "tại hội nghị" names again ("dự Diễn đàn Doanh nghiệp Việt Nam - Áo"
   * ... "Tại hội nghị, trước sự chứng kiến của Thủ tướng ...", vietnews-val-015349).
   */
  private static boolean storyEvent(Syllables s, NewsFrame frame) {
    int end = s.startOfSentence(frame.firstParagraph());
    return NewsFrame.words("event").find(s, 0, end) >= 0;
  }

  /**
   * "bị Công ty Tiến Thanh - đơn vị ký hợp đồng với Quân khu V, xúc đổ đi nơi khác"
   * (vietnews-train-102514): after a dash or a comma, a noun of a body's role (story-words.tsv
   * appositive) right before the verb describes the body named before it; the signing is what the
   * body is known by, not an event.
   */
  static boolean appositive(Syllables s, Signings.Signing g) {
    int p = g.verb() - 1;
    if (p >= 0 && s.is(p, "da")) {
      p--; // "đơn vị đã ký"
    }
    int len = p < 0 ? 0 : NewsFrame.words("appositive").endingAt(s, p + 1, 2);
    int first = p + 1 - len;
    if (len == 0 || first == 0 || s.sentence[first - 1] != g.sentence()) {
      return false;
    }
    for (int c = s.end[first - 1]; c < s.start[first]; c++) {
      char ch = s.text[c];
      if (ch == '-' || ch == '–' || ch == ',') {
        return true;
      }
    }
    return false;
  }

  /**
   * "Hiệp ước ... (INF) được ký kết với Nga kể từ thời Chiến tranh Lạnh" (vietnews-train-030680): a
   * passive signing timed "since" (story-words.tsv) after the verb in its clause describes a
   * document in force for a long time.
   */
  static boolean since(Syllables s, Signings.Signing g) {
    if (!g.passive()) {
      return false;
    }
    int end = g.verb() + 1;
    while (end < s.size
        && end < g.after() + SINCE_REACH
        && s.sentence[end] == g.sentence()
        && !s.has(end, Syllables.BREAK | Syllables.COMMA)) {
      end++;
    }
    return NewsFrame.words("since").find(s, g.verb() + 1, end) >= 0;
  }
}
