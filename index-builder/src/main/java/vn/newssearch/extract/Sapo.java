package vn.newssearch.extract;

import java.util.List;
import java.util.Map;
import vn.newssearch.extract.PageLines.Line;

/**
 * The lead (sapo): the first paragraph, when the page marks it as one. Either it opens with the
 * outlet's tag ({@link SiteTag}: "TTO - ", "(NLĐO) - "), or a box of related stories sits between
 * it and the rest of the text. Otherwise a sapo cannot be told from a first paragraph in plain
 * text, and the lead stays null (the text keeps it).
 */
final class Sapo {
  private Sapo() {}

  /** The index of the lead line among {@code content}, or -1. More text must follow it. */
  static int find(
      List<Line> lines,
      LineRoles roles,
      List<Integer> content,
      int boxAfterFirst,
      Map<String, String> rules) {
    int first = -1;
    boolean more = false;
    for (int i : content) {
      String t = lines.get(i).text();
      if (first < 0) {
        if (roles.isParagraph(t)) {
          first = i;
        }
      } else if (roles.isParagraph(t)) {
        more = true;
        break;
      }
    }
    if (first < 0 || !more) {
      return -1;
    }
    if (SiteTag.end(lines.get(first).text()) > 0) {
      rules.put("lead", "lead: the first paragraph, opened by the outlet's tag (cut off)");
      return first;
    }
    if (first == boxAfterFirst) {
      rules.put("lead", "lead: the first paragraph, above a box of related stories");
      return first;
    }
    if (isStandalone(lines, roles, content, first)) {
      rules.put("lead", "lead: a short first paragraph right under the title block, text after it");
      return first;
    }
    return -1;
  }

  /**
   * A sapo is a summary: a few sentences (the labour corpus: 95% of leads under 55 words, all under
   * 110).
   */
  static final int MAX_WORDS = 120;

  private static final int MAX_SENTENCES = 3;

  /**
   * Caption-shaped lines above the sapo, at most: a lead photo under the title, or a site's
   * standing line ("Theo dõi … trên Google News"). Lines before the first paragraph are never
   * paragraphs, so a page that opens with text keeps it.
   */
  private static final int LEAD_PHOTO = 2;

  /** Paragraphs the text keeps under an unmarked sapo, at least. */
  private static final int BODY_AFTER = 2;

  /**
   * A sapo that asks runs longer than a headline that asks: a subheading has a headline's length.
   */
  private static final int QUESTION_MIN_WORDS = 31;

  /**
   * A sapo closed by a question ("Vì sao chỉ tiêu … tăng, … đang bị dư thừa?", 33 words): longer
   * than any headline ({@link TitleLine}'s 30 words), so no subheading either.
   */
  private static boolean isLongQuestion(String t) {
    String s = t.strip();
    return !s.isEmpty()
        && s.charAt(s.length() - 1) == '?'
        && (TextShapes.words(s) >= QUESTION_MIN_WORDS || isQuestionAfterSentence(s));
  }

  /**
   * A sapo that states, then asks ("Chủ trương … chưa thực hiện đến nơi đến chốn. Liệu lần này
   * lương nhà giáo sẽ tăng?"): two sentences or more, so no headline nor subheading, which are one.
   */
  private static boolean isQuestionAfterSentence(String s) {
    return TextShapes.sentences(s) >= 2 && TextShapes.words(s) >= QUESTION_AFTER_MIN_WORDS;
  }

  /** A stated-then-asked sapo has at least a real paragraph's words. */
  private static final int QUESTION_AFTER_MIN_WORDS = 12;

  /**
   * A sapo printed without a tag or a box: the first paragraph right under the title block (a lead
   * photo's caption at most above it), a short paragraph of running text, followed straight away by
   * another paragraph and at least {@link #BODY_AFTER} in all. A page whose first paragraph runs
   * into a photo (its caption next) opens its text with it, as the molisa.gov.vn seed does: that
   * paragraph stays in the body.
   */
  private static boolean isStandalone(
      List<Line> lines, LineRoles roles, List<Integer> content, int first) {
    int at = content.indexOf(first);
    if (at > LEAD_PHOTO || content.size() < at + 1 + BODY_AFTER) {
      return false; // the text opened before it; or too little text under it
    }
    String t = lines.get(first).text();
    if (!(TitleLine.isRealParagraph(t) || isLongQuestion(t))
        || TextShapes.words(t) > MAX_WORDS
        || TextShapes.sentencesOutsideQuotes(t) > MAX_SENTENCES
        || !isRunningText(lines.get(content.get(at + 1)), roles)) {
      return false;
    }
    int after = 0;
    for (int k = at + 1; k < content.size(); k++) {
      if (roles.isParagraph(lines.get(content.get(k)).text())) {
        after++;
      }
    }
    return after >= BODY_AFTER;
  }

  /**
   * The paragraph under an unmarked sapo: a real paragraph, or one that closes on a question and
   * runs longer than any headline ("Theo dự báo … thì còn cái gì nóng nực hơn thế không?", 70
   * words): a story title under the sapo asks in a headline's length.
   */
  private static boolean isRunningText(Line next, LineRoles roles) {
    return ArticleScan.isRealParagraph(next, roles)
        || next.kind() == PageLines.Kind.TEXT
            && isLongQuestion(next.text())
            && roles.isParagraph(next.text());
  }

  /** The lead's text without the outlet's tag. */
  static String text(String line) {
    int end = SiteTag.endInSapo(line);
    return end < 0 ? line : line.substring(end);
  }
}
