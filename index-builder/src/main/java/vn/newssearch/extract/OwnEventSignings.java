package vn.newssearch.extract;

import java.util.List;

/**
 * A plain signing of the body that tells the event the head dates: "Ngày 19/6, Bệnh viện Trung ương
 * Huế đã tiếp đoàn công tác Sở Y tế tỉnh Champasak" | "Theo đó, Bệnh viện Trung ương Huế và Bệnh
 * viện Đa khoa tỉnh Champasak ký thỏa thuận hợp tác" (probe p22-042); "Sáng 15/11, Tổng Công ty
 * Hàng không Việt Nam khai trương đường bay ..." | "Đại diện lãnh đạo Tổng Công ty Hàng không Việt
 * Nam, Hải Phòng và Khánh Hoà ký kết thoả thuận hợp tác" (vietnews-train-091691). News tells its
 * own event by day in the head and in full in the body's first paragraph; a signing there with no
 * word of time, between bodies the head names, is that event's. Elsewhere a plain signing is not
 * news.
 */
final class OwnEventSignings {
  private OwnEventSignings() {}

  /**
   * Whether plain signing {@code g}, whose clause names {@code parties}, is the news of a head that
   * dates its story by day: two sides or more, all of them named in the head; in the body's first
   * paragraph, which tells the head's event, one of them is enough ("Đồng thời, UBND tỉnh ký thỏa
   * thuận với Công ty Keppel Land và ..." under a lead on the province's conference). A head that
   * dates nothing (web excerpts cut from an article's middle) stands so when it names every side
   * and speaks of a signing or a cooperation ({@code NewsFrame.agreement}), and the sentence is no
   * speaker's quoted words ({@link #spoken}). Its clause is a main one that the verb tells ({@link
   * #told}), and no side is a state: world news recalls the states' deals plainly ("Bắc Kinh đã ký
   * thoả thuận đặt mua 24 máy bay Su-35 từ Nga" in the story of their delivery).
   */
  static boolean told(
      Syllables s,
      Signings.Signing g,
      List<String> parties,
      NewsFrame frame,
      List<OrganisationMatcher.Hit> nouns,
      NameTrie trie) {
    if (g.status() != Signings.Status.PLAIN
        || frame.inHead(g.sentence())
        || frame.inCaption(g.sentence())
        || parties.size() < 2) {
      return false;
    }
    int named = 0;
    boolean state = false;
    for (String p : parties) {
      state |= isState(p, trie);
      named += frame.names(p) ? 1 : 0;
    }
    if (named == parties.size()
        && DocumentLists.several(s, g, ClauseWords.INSTANCE, nouns)
        && bothSides(s, g)
        && visit(s, frame)
        && mainClause(s, g, nouns, true)) {
      return true; // "Hai bên đã ký kết 10 văn bản hợp tác": the documents of the head's visit
    }
    boolean all = named == parties.size();
    return (frame.storyDay() != null || all && frame.agreement() && !spoken(s, g))
        && !state
        && (all || (g.sentence() < frame.firstParagraph() && named > 0))
        && mainClause(s, g, nouns, false);
  }

  /**
   * Whether plain signing {@code g} of the body tells the head's event by counting its sides as the
   * clause's subject: "Hai bên đã cùng ký biên bản thỏa thuận về hợp tác giai đoạn 2023-2028" under
   * "Phụ nữ hai tỉnh biên giới Tây Ninh - Svay Rieng tăng cường hợp tác" and a lead dated "Ngày
   * 7/9" (probe p29-033); "Cũng trong chiều cùng ngày, hai hãng thông tấn đã ký Thỏa thuận hợp tác"
   * (p30-006). "Hai bên", "hai hãng", "ba đơn vị" point back at the sides the story has named, so
   * the signing is that story's, when its head speaks of a signing or cooperation and dates its
   * event by day, and the clause is a main one with no year of its own ({@link #mainClause}: world
   * news recalls "Năm 2018, hai bên ký hiệp ước hoà bình", a relative clause "mà hai bên đã ký").
   * As for a visit's documents, the words of {@code subordinate} are read in the verb's clause
   * only: the setting before its comma ("Sau phần trao đổi, hai bên đã thống nhất và cùng ký",
   * p29-052; "Cũng trong chiều cùng ngày, ...") places the act, it does not subordinate it. Not in
   * a trial's story ("Bị cáo Thăng cho rằng, ..., hai bên tự nguyện ký kết hợp đồng với nhau",
   * vietnews-train-077544), nor for several documents, which the visit's rule of {@link #told}
   * reads with the sides the head names ("Hai bên ký kết 29 thoả thuận hợp tác" recalled in a story
   * of Manila and Washington, vietnews-train-038643).
   */
  static boolean countedSides(
      Syllables s, Signings.Signing g, NewsFrame frame, List<OrganisationMatcher.Hit> nouns) {
    return g.status() == Signings.Status.PLAIN
        && !frame.inHead(g.sentence())
        && !frame.inCaption(g.sentence())
        && frame.agreement()
        && frame.storyDay() != null
        && !frame.trial()
        && !DocumentLists.several(s, g, ClauseWords.INSTANCE, nouns)
        && countedSubject(s, g)
        && mainClause(s, g, nouns, true);
  }

  /**
   * Whether the verb's clause counts its sides before the verb: "hai bên", "hai hãng" ({@code
   * two-sided} words after "hai"), or a count of two or more before a noun of {@code counted-sides}
   * ("ba đơn vị liên quan", "hai bệnh viện").
   */
  private static boolean countedSubject(Syllables s, Signings.Signing g) {
    ClauseWords words = ClauseWords.INSTANCE;
    Phrases sides = words.get("two-sided");
    Phrases kinds = words.get("counted-sides");
    for (int p = Signings.clauseStart(s, g.verb()); p + 1 < g.verb(); p++) {
      if (s.is(p, "hai") && sides.at(s, p) != null
          || words.count(s, p) >= 2
              && !s.has(p + 1, Syllables.BREAK)
              && kinds.at(s, p + 1) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb's clause tells the signing itself: before the verb no number, no document noun
   * (a document described: "hợp đồng tín dụng giữa X đã ký kết với Y"; "hợp tác" alone is none) and
   * no word of {@code subordinate} (story-words.tsv: "sau khi", "của", "có ký"); in its sentence no
   * year ("... ký thoả thuận mua hệ thống S-400 vào tháng 12/2017"). With {@code more}, the visit's
   * documents counted by both sides, the words of {@code subordinate} are read in the verb's clause
   * only, and a "còn" (also) right before the verb adds the signing to the visit's facts.
   */
  private static boolean mainClause(
      Syllables s, Signings.Signing g, List<OrganisationMatcher.Hit> nouns, boolean more) {
    // the sentence's start, not the clause's: "Đây sẽ là lần đầu tiên UBND các tỉnh Lâm Đồng, Đồng
    // Nai, Bình Phước cùng ký chung ..." (vietnews-test-003049) lists its subjects with commas
    int[] range = Signings.sentence(s, g.verb());
    int from = range[0];
    for (int p = from; p < g.verb(); p++) {
      if (s.number(p) >= 0) {
        return false;
      }
    }
    for (OrganisationMatcher.Hit n : nouns) {
      // "hợp tác" or "phối hợp" alone is cooperation in general, no document described ("Hai bên
      // đã trao đổi cơ hội hợp tác ... và cùng thống nhất ký kết thỏa thuận ...")
      if (n.from() >= from && n.from() < g.verb() && !cooperation(s, n)) {
        return false;
      }
    }
    for (int p = range[0]; p < range[1]; p++) {
      if (year(s, p)
          && !(p + 1 < range[1] && year(s, p + 1) && s.joiner(p + 1) != 0)
          && !(p > range[0] && year(s, p - 1) && s.joiner(p) != 0)) {
        return false; // not a period ("giai đoạn 2024-2027")
      }
    }
    int to = g.verb();
    if (more) {
      // the visit's documents, signed by "hai bên" or "hai nước": the clause, after the setting
      // ("Trong thời gian chuyến thăm của Tổng Bí thư ..., hai nước còn ký kết nhiều văn kiện hợp
      // tác", vietnews-train-051447), and "còn" there is one more fact of the visit
      from = Signings.clauseStart(s, to);
      to -= to > from && s.is(to - 1, "con") ? 1 : 0;
    }
    return NewsFrame.words("subordinate").find(s, from, to) < 0;
  }

  /**
   * Whether the signing's sentence opens with a quotation mark: a speaker's words ("\"Về mặt dân
   * sự, hai bên đã ký hợp đồng có quyền ...\" - ông Tín nói"), which reason about a signing, not
   * report one.
   */
  private static boolean spoken(Syllables s, Signings.Signing g) {
    int first = Signings.sentence(s, g.verb())[0];
    return s.charBefore(first, '"') || s.charBefore(first, '\u201c');
  }

  private static boolean year(Syllables s, int p) {
    return StoryDates.fourDigitYear(s, p) > 0;
  }

  /** Whether the verb's clause counts the two sides as its subject: "hai bên", "hai nước". */
  static boolean bothSides(Syllables s, Signings.Signing g) {
    Phrases sides = ClauseWords.INSTANCE.get("two-sided");
    for (int p = Signings.clauseStart(s, g.verb()); p + 1 < g.verb(); p++) {
      if (s.is(p, "hai") && sides.at(s, p) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the head or the body's first two paragraphs tell a visit or talks (story-words.tsv): a
   * body often opens with its photo's caption ("Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch Trung Quốc
   * Tập Cận Bình.") and tells the visit in the next paragraph ("Tổng Bí thư Nguyễn Phú Trọng thăm
   * chính thức Trung Quốc ...", vietnews-train-051447).
   */
  private static boolean visit(Syllables s, NewsFrame frame) {
    int end = s.startOfSentence(frame.firstParagraph());
    // the second paragraph: up to the next line break, short of the captions
    while (end < s.size && !frame.inCaption(s.sentence[end])) {
      end++;
      if (end < s.size && s.charBefore(end, '\n')) {
        break;
      }
    }
    return NewsFrame.words("visit").find(s, 0, end) >= 0;
  }

  /** Whether a party's whole name is a state ("Trung Quốc", "Liên bang Nga"). */
  private static boolean isState(String party, NameTrie trie) {
    Syllables n = Syllables.of(party, trie.vocabulary());
    Phrases.Phrase state = ClauseWords.INSTANCE.country(n, 0);
    return state != null && state.length() == n.size;
  }

  /** Whether noun n is "hợp tác" or "phối hợp" alone: cooperation in general, no document. */
  private static boolean cooperation(Syllables s, OrganisationMatcher.Hit n) {
    return n.to() - n.from() == 2
        && (s.is(n.from(), "hop") && s.is(n.from() + 1, "tac")
            || s.is(n.from(), "phoi") && s.is(n.from() + 1, "hop"));
  }
}
