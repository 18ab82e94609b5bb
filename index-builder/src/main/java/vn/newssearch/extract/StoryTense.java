package vn.newssearch.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which signings of the body are the article's news, read against its head ({@link NewsFrame}):
 *
 * <ul>
 *   <li>a plan: "chốt ngày ký", "sẽ ... ký kết ... vào ngày 30-6 tới";
 *   <li>evidence: in a story of a trial or an investigation whose head reports no signing, the
 *       contracts of the body were signed before;
 *   <li>an earlier signing: dated with its year ("Ngày 25/07/2013, Công ty X đã ký") in an article
 *       whose head dates nothing that late and speaks of no agreement;
 *   <li>a side remark: a signing the head does not speak of, told with no word of a ceremony or of
 *       today, between bodies the head does not name.
 * </ul>
 *
 * The words are data (story-words.tsv, and signing-words.tsv's reported-near).
 */
final class StoryTense {
  /** How far after the verb a time still ahead ("vào ngày 30-6 tới") makes it a plan. */
  private static final int AHEAD = 16;

  /** How far after a passive verb a year still dates the document ("... hồi năm 2015"). */
  private static final int PASSIVE_YEAR_REACH = 30;

  private StoryTense() {}

  /** The signings with plans, evidence and recalled ones marked, in text order. */
  static List<Signings.Signing> recall(
      Syllables s, List<Signings.Signing> signings, NewsFrame frame, OffsetDateTime published) {
    List<Signings.Signing> out = new ArrayList<>(signings.size());
    StoryDates.Day today = frame.storyDay();
    if (today == null && published != null) {
      today =
          new StoryDates.Day(
              published.getYear(), published.getMonthValue(), published.getDayOfMonth());
    }
    for (Signings.Signing g : signings) {
      int[] range = Signings.sentence(s, g.verb());
      boolean recalled =
          NewsFrame.words("recalled").find(s, Signings.clauseStart(s, g.verb()), g.verb()) >= 0
              || NewsFrame.words("example").find(s, range[0], g.verb()) >= 0
              || RecalledSignings.since(s, g)
              || RecalledSignings.conceded(s, g)
              || RecalledSignings.appositive(s, g);
      if (live(g) && (planned(s, g) || unconfirmed(s, g, range))) {
        g = Signings.with(g, Signings.Status.IRREALIS);
      } else if (live(g)
          && !frame.document()
          && !frame.inHead(g.sentence())
          && (RecalledSignings.reason(s, g)
              || (RecalledSignings.pastInClause(s, g) && !ToldSignings.told(s, g)))) {
        g = Signings.with(g, Signings.Status.BACKGROUND);
      } else if (live(g)
          && (recalled
              || (!frame.document()
                  && (RecalledSignings.earlierOccasion(s, g, range)
                      || RecalledSignings.otherEvent(s, g, range, frame, today))))) {
        g = Signings.with(g, Signings.Status.BACKGROUND);
      }
      out.add(g);
    }
    // a story of a trial cites contracts as its evidence, in its head too ("Doanh nghiệp thắng kiện
    // ..." | "... cho hay công ty của ông ký hợp đồng với UBND xã"), unless the head tells a
    // signing as news ("Sáng 12/3, TAND tỉnh và Sở Tư pháp ký quy chế")
    boolean headReports = false;
    for (Signings.Signing g : out) {
      headReports |= g.status() == Signings.Status.REPORTED && frame.inHead(g.sentence());
    }
    boolean evidence = frame.trial() && !headReports;
    for (int i = 0; i < out.size(); i++) {
      Signings.Signing g = out.get(i);
      if (!live(g)) {
        continue;
      }
      if (frame.inHead(g.sentence())) {
        if (evidence) {
          out.set(i, Signings.with(g, Signings.Status.BACKGROUND));
        }
        continue;
      }
      int[] range = Signings.sentence(s, g.verb());
      int year = StoryDates.firstYear(s, range[0], range[1]);
      int now = published != null ? published.getYear() : frame.headYear();
      // a ceremony dated in full ("Ngày 9/5/2018, ... đã diễn ra lễ ký kết") is still the news
      boolean earlier =
          year > 0 && !frame.agreement() && (now < 0 || year < now) && !ToldSignings.told(s, g);
      // "Ngày 11/5, USAID đã ký ..." in the story of a handover "Ngày 7/11": recalled
      StoryDates.Day day = StoryDates.first(s, range[0], g.verb());
      StoryDates.Day story = frame.storyDay();
      if (story == null && day != null && !frame.agreement()) {
        story = laterDay(s, frame, range[0]);
      }
      boolean before =
          day != null
              && story != null
              && g.sentence() >= frame.firstParagraph()
              && day.wellBefore(story);
      // "Trong giai đoạn 2013-2017, X đã tổ chức ký kết ..." in the review of the next period: the
      // period that alone sets the clause ended before the story's year
      int period = periodSetting(s, g, range);
      boolean past = period > 0 && period < Math.max(now, latestHeadYear(s, frame));
      if (evidence || earlier || before || past || describedYear(s, g, range, now)) {
        out.set(i, Signings.with(g, Signings.Status.BACKGROUND));
      }
    }
    photographed(s, out, frame);
    itemised(s, out);
    RetoldSignings.mark(s, out, frame);
    return frame.agreement() ? out : ceremoniesFollow(s, out);
  }

  /**
   * "Hội Liên hiệp phụ nữ Việt Nam ký kết hợp tác với Viện Hàn lâm ... - Ảnh: HÀ THANH"
   * (vietnews-train-081653): a caption credited to a photographer shows what happened at the
   * story's event, so a signing it names between two sides is news. Not a file photo ("Ảnh tư
   * liệu", "Ảnh minh hoạ"), one that dates itself with a year ("... tại Hong Kong năm 2014, năm Úc
   * ký thoả thuận ..."), nor an uncredited picture, which in promotional and world news is often an
   * earlier signing ("ĐH Duy Tân ký kết với ĐH Carnegie Mellon để tiếp nhận ...").
   */
  private static void photographed(Syllables s, List<Signings.Signing> out, NewsFrame frame) {
    Phrases sides = ClauseWords.INSTANCE.get("two-sided");
    for (int i = 0; i < out.size(); i++) {
      Signings.Signing g = out.get(i);
      if (g.status() != Signings.Status.PLAIN || !frame.inCaption(g.sentence())) {
        continue;
      }
      int[] range = Signings.sentence(s, g.verb());
      if (sides.find(s, range[0], range[1]) >= 0
          && credited(s, range)
          && !dated(s, range)
          && NewsFrame.words("archive").find(s, range[0], range[1]) < 0) {
        out.set(i, Signings.with(g, Signings.Status.REPORTED));
      }
    }
  }

  /**
   * Whether the caption's text holds a photo credit, "Ảnh:" (any case) and a name, in the signing's
   * sentence or after it on its line ("... ký kết quy chế phối hợp. Ảnh: T.N").
   */
  private static boolean credited(Syllables s, int[] range) {
    int line = s.start[range[0]];
    while (line < s.length && s.text[line] != '\n') {
      line++;
    }
    for (int p = range[0]; p < s.size && (p < range[1] || s.start[p] < line); p++) {
      int after = s.end[p];
      while (after < s.length && s.text[after] == ' ') {
        after++;
      }
      if (s.is(p, "anh") && after < s.length && s.text[after] == ':') {
        return true;
      }
    }
    return false;
  }

  /** A year in the caption ("năm 2014", "12/6/2018"), not a period's ("giai đoạn 2019-2020"). */
  private static boolean dated(Syllables s, int[] range) {
    for (int p = range[0]; p + 1 < range[1]; p++) {
      int year = s.number(p + 1);
      boolean ahead = p > 0 && (s.is(p - 1, "den") || s.is(p - 1, "doan") || s.is(p - 1, "tu"));
      if ((s.is(p, "nam") && year >= 1945 && year <= 2100 && !ahead)
          || StoryDates.yearAt(s, p) > 0) {
        return true;
      }
    }
    return false;
  }

  /** How many syllables before a day a word may make it a time ahead ("dự kiến đến ngày 30/6"). */
  private static final int AHEAD_WORDS = 4;

  /**
   * In a story whose head and first paragraph date nothing, the latest day of the body before the
   * signing's sentence, not a time ahead: "... ngập sâu sau trận mưa lớn đêm 1/6" before "Sau khi
   * thử nghiệm thành công, ngày 19/4, Công ty Quang Trung và trung tâm chống ngập ký hợp đồng"
   * (vietnews-train-096615): the story covers 1 June, the contract is six weeks older. Null when
   * none.
   */
  private static StoryDates.Day laterDay(Syllables s, NewsFrame frame, int before) {
    StoryDates.Day latest = null;
    int from = 0;
    while (from < before && frame.inHead(s.sentence[from])) {
      from++;
    }
    for (int k = from; k + 1 < before; k++) {
      StoryDates.Day d = StoryDates.at(s, k);
      if (d != null
          && NewsFrame.words("ahead").find(s, Math.max(from, k - AHEAD_WORDS), k) < 0
          && (latest == null || latest.wellBefore(d))) {
        latest = d;
      }
    }
    return latest;
  }

  /**
   * "Ngày 25/6, Bamboo Airways và tập đoàn Boeing ... đã ký kết ... . Lễ ký kết diễn ra tại phòng
   * Thương mại Mỹ ..." in the story of the airline's licence: in a story whose head speaks of no
   * agreement, a ceremony that opens its sentence is the earlier signing of the sentence before.
   */
  private static List<Signings.Signing> ceremoniesFollow(Syllables s, List<Signings.Signing> out) {
    for (int i = 1; i < out.size(); i++) {
      Signings.Signing g = out.get(i);
      Signings.Signing before = out.get(i - 1);
      boolean opens = g.nominal() && g.verb() - Signings.sentence(s, g.verb())[0] <= 2;
      if (live(g)
          && opens
          && before.sentence() == g.sentence() - 1
          && !live(before)
          && before.status() != Signings.Status.NOT) {
        out.set(i, Signings.with(g, before.status()));
      }
    }
    return out;
  }

  /** At most this many sentences after a colon are read as the items of its list. */
  private static final int ITEMS = 6;

  /**
   * The documents a news signing lists after its colon, one a line: "Tổng Giám đốc X đã ký ba văn
   * bản với các đối tác, gồm:" | "Thỏa thuận ký giữa X với Công ty Y về ...;" | ... Each item names
   * a document and then its signing, which reads as a document described (background); after the
   * colon it is the news signing's own document, told again with its sides, unless it dates itself
   * by a year or a day.
   */
  private static void itemised(Syllables s, List<Signings.Signing> out) {
    for (int i = 0; i < out.size(); i++) {
      Signings.Signing g = out.get(i);
      if (g.status() != Signings.Status.REPORTED || !endsWithColon(s, g.sentence())) {
        continue;
      }
      for (int j = i + 1; j < out.size(); j++) {
        Signings.Signing h = out.get(j);
        if (h.sentence() == g.sentence()) {
          continue;
        }
        if (h.sentence() - g.sentence() > ITEMS) {
          break;
        }
        int[] range = Signings.sentence(s, h.verb());
        if (h.status() == Signings.Status.BACKGROUND
            && h.noun() == null
            && StoryDates.firstYear(s, range[0], range[1]) < 0
            && StoryDates.first(s, range[0], range[1]) == null
            && h.verb() - range[0] <= Signings.AFTER_WINDOW) { // the document's name, then "ký"
          out.set(j, Signings.with(h, Signings.Status.PLAIN));
        }
      }
    }
  }

  /** Whether sentence {@code sentence} ends with a colon that opens a list ("bao gồm:"). */
  static boolean endsWithColon(Syllables s, int sentence) {
    int end = s.startOfSentence(sentence + 1);
    if (end == 0 || end > s.size) {
      return false;
    }
    int to = end < s.size ? s.start[end] : s.length;
    for (int c = s.end[end - 1]; c < to; c++) {
      char ch = s.text[c];
      if (ch == ':') {
        return true;
      }
      if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "thoả thuận hạt nhân năm 2015 (...) được ký kết giữa Tehran và ...", "thoả thuận ... được ký
   * kết giữa Iran và 6 cường quốc ... hồi năm 2015": a passive signing with a year before the
   * story's (any year, when the story writes none) describes a document signed before.
   */
  private static boolean describedYear(Syllables s, Signings.Signing g, int[] range, int now) {
    if (!g.passive()) {
      return false;
    }
    int end = Math.min(range[1], g.after() + PASSIVE_YEAR_REACH);
    for (int p = range[0]; p + 1 < end; p++) {
      int year = s.is(p, "nam") ? s.number(p + 1) : StoryDates.yearAt(s, p);
      boolean ahead = p > 0 && (s.is(p - 1, "den") || s.is(p - 1, "toi") || s.is(p - 1, "doan"));
      if (year >= 1945 && year <= 2100 && !ahead && (now < 0 || year < now)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Thái Lan và Trung Quốc đã ký biên bản ghi nhớ về kênh đào Kra, nhưng chính quyền hai bên đều
   * không xác nhận việc này" (vietnews-train-024043): after the verb in its sentence, the signing
   * is unconfirmed or denied; a rumour, not a signing the article reports.
   */
  private static boolean unconfirmed(Syllables s, Signings.Signing g, int[] range) {
    return NewsFrame.words("unconfirmed").find(s, g.verb() + 1, range[1]) >= 0;
  }

  /**
   * "chốt ngày ký hiệp định", "lên kế hoạch ký" before the verb in its clause; a day still ahead
   * after it ("vào ngày 30-6 tới"; not "từ tuần tới", which times what the document provides).
   */
  private static boolean planned(Syllables s, Signings.Signing g) {
    int k = g.verb();
    for (int p = NewsFrame.words("plan").find(s, Signings.clauseStart(s, k), k);
        p >= 0;
        p = NewsFrame.words("plan").find(s, p + 1, k)) {
      if (s.insideName(p) < 0) {
        return true; // not "Trung tâm Xúc tiến đầu tư Hà Nội và ... đã ký kết"
      }
    }
    // "Ngày 17/6/2018 sẽ diễn ra “Lễ ký kết ...”" (vietnews-train-063291): the ceremony is ahead
    if (g.nominal() && NewsFrame.words("plan-event").find(s, Signings.sentence(s, k)[0], k) >= 0) {
      return true;
    }
    // "Lễ ký kết thỏa thuận hợp tác giữa ... dự kiến diễn ra sáng 15/7" (probe p22-017): after a
    // ceremony that opens its clause (its subject), the same words; not "đó chỉ là một buổi ký kết
    // giữa ... bởi năm nay cuộc thi sẽ diễn ra ..." (vietnews-train-005803), another subject's
    if (g.nominal()
        && opensClause(s, k)
        && g.after() < s.size
        && NewsFrame.words("plan-event").find(s, g.after(), clauseEnd(s, g.after())) >= 0) {
      return true;
    }
    // "Thời gian tổ chức lễ ký sẽ được thông báo sau" (probe p22-017): a ceremony with nothing
    // signed named, right before a word of the future (plan-after), is the subject of a plan
    if (g.nominal()
        && g.noun() == null
        && g.after() < s.size
        && g.sentence() == s.sentence[g.after()]
        && !s.has(g.after(), Syllables.BREAK | Syllables.COMMA)
        && NewsFrame.words("plan-after").at(s, g.after()) != null) {
      return true;
    }
    int end = Math.min(s.size, g.after() + AHEAD);
    for (int p = g.after(); p < end && s.sentence[p] == g.sentence(); p++) {
      if (p > g.after() && s.has(p, Syllables.BREAK)) {
        break;
      }
      if (s.number(p - 1) >= 0 && s.is(p, "toi") && "tới".equalsIgnoreCase(s.original(p))) {
        return true; // "vào ngày 30-6 tới"
      }
    }
    return false;
  }

  /** Whether the ceremony of the verb at k opens its clause ("Lễ ký kết ...", "Buổi lễ ký ..."). */
  private static boolean opensClause(Syllables s, int k) {
    int noun = k - ClauseWords.INSTANCE.get("nominal").endingAt(s, k, 2);
    return noun - Signings.clauseStart(s, k) <= 1;
  }

  /** The end of the clause that syllable {@code from} is in: its next comma or sentence end. */
  private static int clauseEnd(Syllables s, int from) {
    int p = from;
    int end = Math.min(s.size, from + Signings.REACH);
    while (p < end
        && s.sentence[p] == s.sentence[from]
        && !(p > from && s.has(p, Syllables.BREAK | Syllables.COMMA))) {
      p++;
    }
    return p;
  }

  static boolean live(Signings.Signing g) {
    return g.status() == Signings.Status.REPORTED || g.status() == Signings.Status.PLAIN;
  }

  /**
   * The last year of a period that alone makes the setting before the verb's clause ("Trong giai
   * đoạn 2013-2017, X đã ký", "Giai đoạn 2016 - 2020, ..."); else -1.
   */
  private static int periodSetting(Syllables s, Signings.Signing g, int[] range) {
    int clause = Signings.clauseStart(s, g.verb());
    if (clause <= range[0] || !s.has(clause, Syllables.COMMA)) {
      return -1;
    }
    int setting = Signings.clauseStart(s, clause - 1); // the segment before the verb's clause
    int p = setting + (s.is(setting, "trong") ? 1 : 0);
    if (!s.is(p, "giai") || !s.is(p + 1, "doan")) {
      return -1;
    }
    int from = StoryDates.fourDigitYear(s, p + 2);
    int to = StoryDates.fourDigitYear(s, p + 3);
    return from > 0 && to >= from && p + 4 == clause ? to : -1;
  }

  /** The latest four-digit year the head writes, as a date or a period ("giai đoạn 2018-2022"). */
  private static int latestHeadYear(Syllables s, NewsFrame frame) {
    int latest = -1;
    for (int k = 0; k < s.size && frame.inHead(s.sentence[k]); k++) {
      latest = Math.max(latest, StoryDates.fourDigitYear(s, k));
    }
    return latest;
  }
}
