package vn.newssearch.extract;

import java.util.List;

/**
 * Bodies a clause refers to without naming them again. A body that reports ("X cho biết") is the
 * subject of what it reports when that clause has none of its own ("X cho biết vừa cùng Y ký kết")
 * or names it by a noun and "này" ("X cho biết, đơn vị này và Y vừa ký"); "công ty này" elsewhere
 * is the company last named, in this sentence or the one before, or farther back when no other body
 * comes between. The words are data in party-words.tsv ({@code report}, {@code zero-subject},
 * {@code anaphor}).
 */
final class ReferredBodies {
  /** Heads that an anaphor of any kind of body may stand for: "đơn vị này", "doanh nghiệp này". */
  private static final String ANY = "*";

  /** What "nước này" (this country) stands for: a state. */
  private static final String STATE = "state";

  /**
   * How many sentences back an anaphor reaches for the last body named when no other body comes
   * between: a report of a few sentences about one agency or firm.
   */
  private static final int FAR = 6;

  private ReferredBodies() {}

  /**
   * A body referred to at syllable k: the reporting body at a report word whose clause has no
   * subject, or the body an anaphor stands for; null when none. {@code found}: the candidates of
   * this sentence before k; {@code mentions}: every organisation of the article, in text order.
   */
  static ClauseParties.Candidate at(
      Syllables s,
      List<ClauseParties.Candidate> found,
      List<OrganisationMatcher.Mention> mentions,
      int k) {
    ClauseWords words = ClauseWords.INSTANCE;
    Phrases.Phrase report = words.get("report").at(s, k);
    if (report != null) {
      int after = k + report.length();
      String reporter = reporter(s, found, mentions, k);
      if (reporter != null
          && after < s.size
          && s.sentence[after] == s.sentence[k]
          && words.get("zero-subject").at(s, after) != null) {
        return new ClauseParties.Candidate(k, after, reporter);
      }
      return null;
    }
    Phrases.Phrase anaphor = words.get("anaphor").at(s, k);
    if (anaphor == null || s.has(k, Syllables.PAREN) || plural(s, k)) {
      return null;
    }
    int to = k + anaphor.length();
    int said = words.get("report").endingAt(s, k, 2);
    if (said > 0 && s.sentence[k - said] == s.sentence[k]) {
      String reporter = reporter(s, found, mentions, k - said);
      if (reporter != null) {
        return new ClauseParties.Candidate(k, to, reporter);
      }
      // "ông Hải cho biết cơ quan này đã tổ chức lễ ký kết": a person reports; the noun still
      // stands for a body named before
    }
    String heads = anaphor.value();
    if (STATE.equals(heads)) {
      return state(s, found, k, to);
    }
    if (ANY.equals(heads)) {
      return null; // "đơn vị này" with no body reporting: too vague to name one
    }
    String named = named(s, mentions, heads.split("\\|"), k);
    return named == null ? null : new ClauseParties.Candidate(k, to, named);
  }

  /**
   * The body with one of these heads that an anaphor at k stands for: the last one named in its
   * sentence or the one before ("Công ty Rynan ... . Sáng 21-12, công ty này và ... ký kết"); else
   * the last body the article names before k, a few sentences back, when it has such a head and no
   * other body comes between ("Ông Đặng Hoàng Hải, cục trưởng Cục Thương mại điện tử ... cho biết
   * ... . Cơ quan này cũng đã tổ chức lễ ký kết", vietnews-train-084480).
   */
  private static String named(
      Syllables s, List<OrganisationMatcher.Mention> mentions, String[] heads, int k) {
    boolean passed = false;
    for (int i = mentions.size() - 1; i >= 0; i--) {
      OrganisationMatcher.Mention m = mentions.get(i);
      if (m.to() > k || m.name() == null || s.has(m.from(), Syllables.PAREN)) {
        continue;
      }
      int back = s.sentence[k] - s.sentence[m.from()];
      if (back > 1 && (passed || back > FAR)) {
        return null;
      }
      for (String head : heads) {
        if (startsWith(m.name(), head)) {
          return m.name();
        }
      }
      passed = true;
    }
    return null;
  }

  /** "các doanh nghiệp này", "hai công ty này", "3 đơn vị này": more than one body. */
  private static boolean plural(Syllables s, int k) {
    if (k == 0 || s.has(k, Syllables.BREAK | Syllables.COMMA)) {
      return false; // "Sáng 21-12, công ty này": a date ends before the clause
    }
    int p = k - 1;
    return s.number(p) >= 0
        || s.is(p, "cac")
        || s.is(p, "nhung")
        || s.is(p, "nhieu")
        || s.is(p, "moi")
        || s.is(p, "hai")
        || s.is(p, "ba")
        || s.is(p, "bon");
  }

  /**
   * "Ngay trong chuyến thăm Saudi Arabia của Tổng thống Trump, Mỹ đã ký hợp đồng ... với nước này":
   * the last state named before k in its sentence that is not already a body of the clause.
   */
  private static ClauseParties.Candidate state(
      Syllables s, List<ClauseParties.Candidate> found, int k, int to) {
    String last = null;
    for (int p = k - 1; p >= 0 && s.sentence[p] == s.sentence[k] && last == null; p--) {
      Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, p);
      String name = state == null ? null : state.value();
      if (name != null && found.stream().noneMatch(c -> c.name().equals(name))) {
        last = name;
      }
    }
    return last == null ? null : new ClauseParties.Candidate(k, to, last);
  }

  /**
   * The body that ends right before syllable k, or before a bracket that ends there: a candidate of
   * the clause, else an organisation the article names there (the clause may start after it).
   */
  private static String reporter(
      Syllables s,
      List<ClauseParties.Candidate> found,
      List<OrganisationMatcher.Mention> mentions,
      int k) {
    if (!found.isEmpty() && right(s, found.get(found.size() - 1).to(), k)) {
      return found.get(found.size() - 1).name();
    }
    for (int i = mentions.size() - 1; i >= 0; i--) {
      OrganisationMatcher.Mention m = mentions.get(i);
      if (m.to() <= k && m.name() != null && !s.has(m.from(), Syllables.PAREN)) {
        return right(s, m.to(), k) ? m.name() : null;
      }
    }
    return null;
  }

  /**
   * Whether only a bracket, "cũng" or a day stands between syllables {@code to} and k, in one
   * sentence: "Tổng công ty Du lịch Hà Nội (Hanoi Tourist) cho biết", "hải quân Mỹ cũng thông báo",
   * "Canada hôm 21/5 cho biết" (the day: branch ag-deals).
   */
  private static boolean right(Syllables s, int to, int k) {
    if (to > k || to <= 0 || s.sentence[to - 1] != s.sentence[k]) {
      return false;
    }
    int p = to;
    if (p + 1 < k && (s.is(p, "hom") || s.is(p, "ngay")) && s.number(p + 1) >= 1) {
      p += 2; // "hôm 21/5", "ngày 13/3": the day and month are one number and its joiner
      while (p < k && s.number(p) >= 0 && s.joiner(p) != ' ' && s.joiner(p) != 0) {
        p++;
      }
    }
    for (; p < k; p++) {
      if (!s.has(p, Syllables.PAREN) && !(p == k - 1 && s.is(p, "cung"))) {
        return false; // but "Tổng công ty Du lịch Hà Nội (Hanoi Tourist) cho biết"
      }
    }
    return true;
  }

  private static boolean startsWith(String name, String head) {
    return name.regionMatches(true, 0, head, 0, head.length())
        && (name.length() == head.length() || name.charAt(head.length()) == ' ');
  }
}
