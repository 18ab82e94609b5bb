package vn.newssearch.extract;

/**
 * Whether a signing is told as an event: a ceremony or "vừa" in its clause, "diễn ra" after it,
 * today or the event the story covers before it, a paragraph that opens with a day and no year, or
 * a sentence that opens "Cùng ngày" after such a day. What {@link StoryTense} keeps in a story
 * about something else.
 */
final class ToldSignings {
  /** How far before the verb "vừa", "lễ" may stand in its clause ("vừa cùng X (Y) ký kết"). */
  private static final int REACH = 12;

  /** How many sentences back the day that "Cùng ngày" repeats may be written. */
  private static final int SAME_DAY_REACH = 3;

  private ToldSignings() {}

  /**
   * A ceremony or "vừa" in the verb's clause ("vừa cùng Tập đoàn CAE (Canada) ký kết"; not "mới"),
   * "diễn ra" after the verb, today or the event the story covers ("Tại hội nghị, ...") before it;
   * or a paragraph that opens with a day and no year ("Chiều 24/4, Cục Hàng không và Công ty ADPi
   * ký"): the story's own event.
   */
  static boolean told(Syllables s, Signings.Signing g) {
    int k = g.verb();
    int[] range = Signings.sentence(s, k);
    Phrases near = ClauseWords.INSTANCE.get("reported-near");
    for (int p = k - 1; p >= Math.max(range[0], k - REACH); p--) {
      // not "mới": "Mới đây, ..." (recently), "đến tháng 5/2017 mới ký được" (not until then)
      if (near.at(s, p) != null && !s.is(p, "moi")) {
        return true;
      }
      if (s.has(p, Syllables.COMMA)) {
        break; // the clause starts here ("(Canada)" in it does not end it)
      }
    }
    if (representatives(s, k)) {
      return true;
    }
    if (NewsFrame.words("now").find(s, range[0], k) >= 0
        || NewsFrame.words("setting").find(s, range[0], k) >= 0
        || SigningTense.continuesSetting(s, range[0], k)
        || opensWithDay(s, range[0], k)) {
      return true;
    }
    // "Ngày 30/5, Cục Cảnh sát giao thông ra mắt phần mềm ... . Cùng ngày, Cục CSGT ký biên bản":
    // the day of the story's event, which made the signing news (Signings, "same-day")
    if (g.status() == Signings.Status.REPORTED
        && ClauseWords.INSTANCE.get("same-day").at(s, range[0]) != null
        && toldDayBefore(s, range[0])) {
      return true;
    }
    for (int p = k + 1; p + 1 < range[1]; p++) {
      if (s.is(p, "dien") && s.is(p + 1, "ra")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the day that "Cùng ngày" at syllable {@code first} repeats is the story's own: among
   * the {@link #SAME_DAY_REACH} sentences before it, one that opens a paragraph with a day and no
   * year ("Ngày 30/5, Cục Cảnh sát giao thông ra mắt ..."), before any that writes a year ("Ngày
   * 24-8-2012, giữa ... có hợp đồng ... Cùng ngày, hai bên cũng ký": a day of 2012 the body
   * recalls, vietnews-train-015093).
   */
  private static boolean toldDayBefore(Syllables s, int first) {
    for (int n = 0, at = first; n < SAME_DAY_REACH && at > 0; n++) {
      int[] before = Signings.sentence(s, at - 1);
      for (int p = before[0]; p < before[1]; p++) {
        if (SigningTense.isYearOrMonthYear(s, p) || s.number(p) >= 1000 && s.joiner(p) != 0) {
          return false; // "năm 2012", "tháng 8/2012", "24-8-2012"
        }
      }
      if (opensWithDay(s, before[0], before[1])) {
        return true;
      }
      at = before[0];
    }
    return false;
  }

  /**
   * A clause that opens with the representatives or leaders of two sides ("Đại diện LĐLĐ tỉnh Bình
   * Dương và Công an tỉnh Bình Dương ký kết", "Sau cuộc họp, đại diện hai nước đã ký", "Lãnh đạo
   * hai bộ ký thoả thuận hợp tác"): the people who sign for the bodies at the ceremony, the scene
   * of the story's event (signing-words.tsv: representatives); not one side's ("Đại diện Ban lâm
   * nghiệp ký hợp đồng ... với Dũng"), nor one the sentence sets in the past ("Mới đây, ...", a
   * year before the verb: vietnews-train-041165).
   */
  static boolean representatives(Syllables s, int k) {
    int from = watched(s, Signings.clauseStart(s, k), k);
    Phrases.Phrase who = ClauseWords.INSTANCE.get("representatives").at(s, from);
    int first = Signings.sentence(s, k)[0];
    if (who == null && !titledSides(s, from, k) || NewsFrame.words("past").find(s, first, k) >= 0) {
      return false; // "Mới đây, đại diện Trung Quốc và Thái Lan ký ...": recently, not the story's
    }
    for (int p = first; p < k; p++) {
      if (SigningTense.isYearOrMonthYear(s, p)) {
        return false; // "Trong chuyến thăm tới Caracas năm 2011, lãnh đạo hai nước đã ký ..."
      }
    }
    if (who == null) {
      return true; // each side's signer by title, checked above
    }
    int after = from + who.length();
    // the sides are the verb's subject: only "đã", "cũng", "cùng", "vừa", "chính thức" between
    // them and the verb, not "Đại diện hai nước cũng xem xét các dự án đã ký kết"
    int last = k - 1;
    while (last > after
        && (s.is(last, "da")
            || s.is(last, "cung")
            || s.is(last, "vua")
            || (s.is(last, "thuc") && s.is(last - 1, "chinh")))) {
      last -= s.is(last, "thuc") ? 2 : 1;
    }
    if (after < last && (s.is(after, "hai") || s.is(after, "cac"))) {
      return last <= after + 2; // "Đại diện hai nước", "Lãnh đạo hai đơn vị"
    }
    boolean named = last > after && Character.isUpperCase(s.text[s.start[last]]);
    for (int p = after; p < last && named; p++) {
      if (s.is(p, "va")) {
        return true; // "Lãnh đạo tỉnh Quảng Nam và TP Đà Nẵng"
      }
    }
    return false;
  }

  /**
   * A clause that opens with one side's signer by title ({@code side-leader} of signing-words.tsv:
   * "Thường trực", "Giám đốc", "Đồng chí") and, after a "và" that follows a capital, names the
   * other side's the same way, with a capital after it: "Thường trực Hội Nông dân tỉnh A và thủ
   * trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh A ký kết", "Giám đốc X – NAME (bên trái) và Chủ tịch Y
   * – NAME (bên phải) ký kết", "Đồng chí NAME – Trưởng Công an xã và đồng chí NAME – Chủ tịch ...
   * ký kết". The two signers at the table: a photo's caption of the story's ceremony. A "và" inside
   * a name ("Ngân hàng Nông nghiệp và Phát triển") is followed by no title and is passed over.
   */
  private static boolean titledSides(Syllables s, int from, int k) {
    Phrases leader = ClauseWords.INSTANCE.get("side-leader");
    Phrases.Phrase one = leader.at(s, from);
    if (one == null) {
      return false;
    }
    boolean capital = false;
    for (int p = from + one.length(); p < k; p++) {
      if (s.is(p, "va") && capital) {
        Phrases.Phrase other = leader.at(s, p + 1);
        if (other != null) {
          for (int q = p + 1 + other.length(); q < k; q++) {
            if (Character.isUpperCase(s.text[s.start[q]])) {
              return true;
            }
          }
          return false;
        }
      }
      capital |= Character.isUpperCase(s.text[s.start[p]]);
    }
    return false;
  }

  /**
   * Where the signers of the clause from {@code from} to the verb at {@code k} start: right after a
   * word of watching ({@code watch} of signing-words.tsv) whose object they are ("Chủ tịch nước ...
   * và Tổng thống Ai Cập đã chứng kiến đại diện hai nước ký 9 văn kiện hợp tác",
   * vietnews-val-010655: the leaders watch the representatives sign at their meeting), else {@code
   * from}.
   */
  private static int watched(Syllables s, int from, int k) {
    Phrases watch = ClauseWords.INSTANCE.get("watch");
    for (int p = from; p < k; p++) {
      Phrases.Phrase w = watch.at(s, p);
      if (w != null) {
        return p + w.length();
      }
    }
    return from;
  }

  /**
   * A paragraph that opens with a day and no year ("Ngày 18-1, ...", "Trong ngày 28-11, ..."), or
   * whose first sentence dates the signing so before the verb ("Lãnh đạo các nước ... ngày 12/8 ký
   * thoả thuận"), unless it is told as "mới đây" (recently), a time long enough for a side remark.
   */
  private static boolean opensWithDay(Syllables s, int first, int verb) {
    boolean paragraph = first == 0;
    for (int i = first == 0 ? 0 : s.end[first - 1]; i < s.start[first] && !paragraph; i++) {
      paragraph = s.text[i] == '\n';
    }
    if (!paragraph) {
      return false;
    }
    for (int p = first; p + 1 < verb; p++) {
      if (s.is(p, "moi") && s.is(p + 1, "day")) {
        return false;
      }
    }
    for (int p = first; p + 1 < verb; p++) {
      boolean opening = p == first || NewsFrame.words("day-before").at(s, p - 1) != null;
      boolean dayWord = p > first && NewsFrame.words("day").at(s, p - 1) != null;
      if ((opening || dayWord) && yearlessDay(s, p)) {
        return true;
      }
      if (opening && NewsFrame.words("day").at(s, p) != null && yearlessDay(s, p + 1)) {
        return true;
      }
    }
    return false;
  }

  /** "18-1", "24/4": a day and a month at syllable p, with no year after them. */
  private static boolean yearlessDay(Syllables s, int p) {
    if (p + 1 >= s.size) {
      return false;
    }
    int day = s.number(p);
    int month = s.number(p + 1);
    char sep = s.joiner(p + 1);
    boolean dated = day >= 1 && day <= 31 && month >= 1 && month <= 12;
    boolean joined = sep == '/' || sep == '-' || sep == '.';
    boolean year = p + 2 < s.size && s.joiner(p + 2) == sep && s.number(p + 2) >= 1000;
    return dated && joined && !year;
  }
}
