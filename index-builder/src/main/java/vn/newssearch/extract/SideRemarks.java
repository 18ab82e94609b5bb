package vn.newssearch.extract;

import java.util.List;

/**
 * Signings of the body that the story only mentions: a side remark between bodies the head does not
 * name ("Mới đây, Trung Quốc ký biên bản ghi nhớ với Thái Lan" in a story on rice exports), and an
 * aside, which "vừa" does not make news: "cũng vừa" (also just) in the verb's clause, in a story
 * whose head speaks of no agreement, adds one more fact to another story ("Australia cũng vừa mới
 * ký hợp đồng ... với nhà thầu DCNS" in a feature on the Asian submarine race). The words are data
 * (story-words.tsv: aside).
 */
final class SideRemarks {
  private SideRemarks() {}

  /**
   * Whether signing {@code g}, whose clause names {@code parties}, is one the story only mentions.
   */
  static boolean sideRemark(
      Syllables s, Signings.Signing g, List<String> parties, NewsFrame frame, Tells tells) {
    if (frame.document()
        || g.sentence() < frame.firstParagraph()
        || frame.inCaption(g.sentence())
        || parties.isEmpty()) {
      return false;
    }
    if (aside(s, g, frame)) {
      for (String p : parties) {
        if (!frame.names(p)) {
          return true; // "also just" signed, between bodies the story is not about
        }
      }
    }
    if (ToldSignings.told(s, g) || tells.any()) {
      // the article reports a signing: "tại lễ ký kết ... . X và Y đã ký kết chương trình"
      return false;
    }
    for (String p : parties) {
      if (!frame.names(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "cũng vừa" (also just) before the verb in its clause, after the body's first paragraph and
   * outside the captions, in a story whose head speaks of no agreement: one more fact added to
   * another story, which "vừa" does not make news.
   */
  private static boolean aside(Syllables s, Signings.Signing g, NewsFrame frame) {
    return !frame.agreement()
        && g.sentence() >= frame.firstParagraph()
        && !frame.inCaption(g.sentence())
        && NewsFrame.words("aside").find(s, Signings.clauseStart(s, g.verb()), g.verb()) >= 0;
  }

  /**
   * Whether any signing of the article is told as an event, not as an aside; read once per article,
   * when first asked (a text that repeats "ký kết" has up to a hundred signings).
   */
  static final class Tells {
    private final Syllables s;
    private final List<Signings.Signing> signings;
    private final NewsFrame frame;
    private Boolean any;

    Tells(Syllables s, List<Signings.Signing> signings, NewsFrame frame) {
      this.s = s;
      this.signings = signings;
      this.frame = frame;
    }

    boolean any() {
      if (any == null) {
        boolean found = false;
        for (int i = 0; i < signings.size() && !found; i++) {
          Signings.Signing g = signings.get(i);
          found = StoryTense.live(g) && ToldSignings.told(s, g) && !aside(s, g, frame);
        }
        any = found;
      }
      return any;
    }
  }
}
