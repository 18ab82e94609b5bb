package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;

/**
 * Tells a {@link Provenance} where each field of a text page came from: the line ("line 7",
 * counting blank lines, 1-based) and the {@link PageLayout} rule that chose it.
 */
final class PageExplanation {
  private PageExplanation() {}

  static void report(
      Provenance why,
      List<Line> lines,
      PageLayout layout,
      List<String> body,
      List<String> captions,
      String author) {
    Line t = lines.get(layout.title());
    why.record("title", TitleLine.withoutPaperName(t.text()), at(t), layout.rule("title"));
    if (layout.date() >= 0) {
      Line d = lines.get(layout.date());
      why.record(
          "published", d.stamp().toVietnamTime().toString(), at(d), layout.rule("published"));
    }
    if (layout.category() >= 0) {
      Line c = lines.get(layout.category());
      why.record(
          "category", Categories.text(lines, layout.category()), at(c), layout.rule("category"));
    }
    if (layout.lead() >= 0) {
      Line s = lines.get(layout.lead());
      why.record("lead", Sapo.text(s.text()), at(s), layout.rule("lead"));
    }
    if (layout.byline() >= 0) {
      Line b = lines.get(layout.byline());
      why.record("author", author, at(b), layout.rule("author"));
    }
    for (Line l : lines) {
      if (l.kind() == Kind.URL) {
        why.record("url", TextShapes.namedUrl(l.text()), at(l), "url: the first URL line");
        break;
      }
    }
    List<Integer> content = layout.content();
    if (!content.isEmpty()) {
      String span =
          "lines "
              + lines.get(content.get(0)).number()
              + "-"
              + lines.get(content.get(content.size() - 1)).number();
      why.record(
          "body",
          body.size() + " paragraphs",
          span,
          "body: text lines between the title block and the end of the article");
      why.record("captions", captions.size() + " captions", span, "captions: caption-shaped lines");
    }
  }

  private static String at(Line l) {
    return "line " + l.number();
  }
}
