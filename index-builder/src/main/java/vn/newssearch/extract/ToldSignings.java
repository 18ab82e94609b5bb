package vn.newssearch.extract;

/**
 * Whether a signing is told as an event: a ceremony or "vừa" in its clause, "diễn ra" after it,
 * today or the event the story covers before it, or a paragraph that opens with a day and no year.
 * What {@link StoryTense} keeps in a story about something else.
 */
final class ToldSignings {
  /** How far before the verb "vừa", "lễ" may stand in its clause ("vừa cùng X (Y) ký kết"). */
  private static final int REACH = 12;

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
    if (NewsFrame.words("now").find(s, range[0], k) >= 0
        || NewsFrame.words("setting").find(s, range[0], k) >= 0
        || opensWithDay(s, range[0], k)) {
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
