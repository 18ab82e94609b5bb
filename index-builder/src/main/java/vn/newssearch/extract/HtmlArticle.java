package vn.newssearch.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks.Block;
import vn.newssearch.extract.html.Captions;
import vn.newssearch.extract.html.Declared;
import vn.newssearch.extract.html.MainContent;
import vn.newssearch.extract.html.MarkupFurniture;
import vn.newssearch.model.Article;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * A saved page that declares its article: what it declares first, then the article by structure,
 * then the text rules for the gaps.
 */
final class HtmlArticle {
  /** What separates a title from the site name appended to it. */
  private static final java.util.regex.Pattern PREFIX =
      java.util.regex.Pattern.compile("\\s[-–—|:·»]\\s*$");

  private static final java.util.regex.Pattern SUFFIX =
      java.util.regex.Pattern.compile("\\s*[-–—|:·»]\\s");

  private final Declared declared;
  private final List<Block> blocks;
  private final Set<Element> photoBoxes;
  private final HtmlTextRules text;
  private final Provenance why;

  HtmlArticle(
      Declared declared,
      List<Block> blocks,
      Set<Element> photoBoxes,
      HtmlTextRules text,
      Provenance why) {
    this.declared = declared;
    this.blocks = blocks;
    this.photoBoxes = photoBoxes;
    this.text = text;
    this.why = why;
  }

  Article article(String url) throws InvalidArticleException {
    String title = HtmlExtractor.clean(declared.title().text());
    String heading = heading(title);
    if (heading != null) {
      title = heading;
      why.record(
          "title",
          title,
          "h1, the start of " + declared.title().from(),
          "declared title without the site's suffix, as the page's heading has it");
    } else {
      why.record("title", title, declared.title().from(), "declared metadata first");
    }
    MainContent.Selection selection = MainContent.select(blocks);
    HtmlLead lead = HtmlLead.find(blocks, selection.blocks(), declared.description(), why);
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    Block byline = null;
    String foldedTitle = VietnameseAnalysis.foldKey(title);
    int h1 = -1;
    for (int k = 0; k < selection.blocks().size() && h1 < 0; k++) {
      h1 = selection.blocks().get(k).owner().nameIs("h1") ? k : -1;
    }
    int at = -1;
    for (Block b : selection.blocks()) {
      at++;
      if (b == lead.block()
          || b.owner().nameIs("h1")
          // a heading over the h1 is a kicker or the site's heading ("<h6 class=kicker>Kinh tế")
          || at < h1 && MarkupFurniture.isHeading(b.owner().normalName())
          // and so is a section's name printed over it in any element ("<div class=kicker>Xã hội")
          || at < h1 && isKicker(b.text())
          || HtmlByline.name(b) != null
          || MarkupFurniture.isLabel(b.text())
          || Timestamps.parseLine(b.text()) != null
          || VietnameseAnalysis.foldKey(b.text()).equals(foldedTitle)) {
        continue;
      }
      if (Captions.is(b, photoBoxes)) {
        captions.add(HtmlExtractor.clean(b.text()));
        why.record(
            "captions",
            b.text(),
            HtmlExtractor.describe(b.owner()),
            "caption element or photo box");
      } else if (b.linkDensity() <= 0.5) {
        body.add(HtmlExtractor.clean(b.text()));
        byline = b;
      }
    }
    endAtLabelledByline(body);
    String author = author(body, byline);
    String bodyFrom = null;
    if (body.isEmpty()) {
      // No block long enough to score (an article in short lines): the text rules' body, when
      // they read the same title.
      Article rules = text.agreeing(title);
      if (rules == null) {
        throw new InvalidArticleException("no article text under the title");
      }
      body.addAll(rules.body().lines().toList());
      captions.addAll(rules.captions());
      bodyFrom = "visible text";
    }
    why.record(
        "body",
        String.join("\n", body),
        bodyFrom != null
            ? bodyFrom
            : selection.top() == null ? "page" : HtmlExtractor.describe(selection.top()),
        bodyFrom != null
            ? "text rules, same title (no block long enough to score)"
            : "highest text score, link density discounted (readability)");
    Article rules = null;
    OffsetDateTime published = null;
    if (declared.published() != null) {
      published = declared.published().at();
      why.record("published", declared.published().raw(), declared.published().from(), "declared");
    } else if ((rules = text.agreeing(title)) != null && rules.published() != null) {
      published = rules.published();
      why.record("published", published.toString(), "visible text", "text rules, same title");
    }
    String category = null;
    if (declared.category() != null) {
      category = HtmlExtractor.category(declared.category().text());
      why.record("category", category, declared.category().from(), "declared");
    } else if ((rules = text.agreeing(title)) != null && rules.category() != null) {
      category = rules.category();
      why.record("category", category, "visible text", "text rules, same title");
    }
    if (author == null && (rules = text.agreeing(title)) != null && rules.author() != null) {
      author = rules.author();
      why.record("author", author, "visible text", "text rules, same title");
    }
    String source = url != null ? PageExtractor.host(url) : lead.tag();
    return new Article(
        PageExtractor.id(url, title, published),
        url,
        source,
        title,
        HtmlExtractor.clean(lead.text()),
        String.join("\n", body),
        captions,
        published,
        category,
        HtmlExtractor.clean(author),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /**
   * A section's name as a kicker prints it: at most six words and forty characters, opened by a
   * capital, no digit and no sentence end ({@code Xã hội}, {@code Lao động - Việc làm}). Asked only
   * of a block over the {@code h1}: the article's text starts under its headline.
   */
  static boolean isKicker(String text) {
    String t = HtmlExtractor.clean(text);
    if (t == null
        || t.isEmpty()
        || t.length() > 40
        || TextShapes.words(t) > 6
        || TextShapes.endsSentence(t)
        || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    return t.chars().noneMatch(Character::isDigit);
  }

  /**
   * The page's {@code h1} when the declared title is it plus a suffix (" - Tuổi Trẻ Online"): sites
   * append their name to {@code og:title} in more ways than one rule can list.
   */
  private String heading(String declaredTitle) {
    for (Block b : blocks) {
      if (b.owner().nameIs("h1")) {
        String h = b.text();
        if (declaredTitle.length() > h.length() + 2
            && declaredTitle.startsWith(h)
            && SUFFIX.matcher(declaredTitle.substring(h.length())).lookingAt()) {
          return h;
        }
        // The site's name in front instead ("VOV.VN - …"): the title ends with the heading.
        if (declaredTitle.length() > h.length() + 2
            && declaredTitle.endsWith(h)
            && PREFIX
                .matcher(declaredTitle.substring(0, declaredTitle.length() - h.length()))
                .find()) {
          return h;
        }
      }
    }
    return null;
  }

  /** Lines after a labelled byline, at most: the other fields of its table ("Nguồn tin", …). */
  private static final int FIELDS_AFTER_BYLINE = 4;

  /**
   * A byline's label alone over the name ("Tác giả", then "Duy Khánh", then "Nguồn tin" and the
   * source: a portal's field table after the text) ends the body at the label, when only such short
   * fields follow the name. The author is read as before (declared, element, text rules).
   */
  static void endAtLabelledByline(List<String> body) {
    for (int i = Math.max(1, body.size() - 2 - FIELDS_AFTER_BYLINE); i + 1 < body.size(); i++) {
      if (Bylines.isCreditLabel(body.get(i)) && Bylines.isClosingByline(body.get(i + 1))) {
        for (int j = i + 2; j < body.size(); j++) {
          if (TextShapes.endsSentence(body.get(j))) {
            return; // a paragraph goes on after the name: no field table
          }
        }
        body.subList(i, body.size()).clear();
        return;
      }
    }
  }

  /**
   * A short line with no sentence end after the article's last paragraph: a credit or a source
   * ("Theo Hữu Nghị (Dân trí)", "(theo Dân trí)", "Nguồn: [Link nguồn]"), not its text. A closing
   * paragraph ends with a sentence.
   */
  static boolean isCredit(String line) {
    return TextShapes.words(line) <= CREDIT_WORDS && !TextShapes.endsSentence(line);
  }

  private static final int CREDIT_WORDS = 8;

  /**
   * The declared author; else a byline element (class {@code author}, {@code byline}...); else a
   * name-shaped last paragraph. A name-shaped last paragraph is a byline and leaves the body.
   */
  private String author(List<String> body, Block last) {
    String lastLine = body.isEmpty() ? null : body.get(body.size() - 1);
    String byline = lastLine == null ? null : Bylines.author(lastLine);
    if (lastLine != null && body.size() > 1 && Bylines.isByline(lastLine)) {
      body.remove(body.size() - 1); // "Theo TTXVN" too: a source, not the article's text
    }
    while (body.size() > 1 && isCredit(body.get(body.size() - 1))) {
      body.remove(body.size() - 1);
    }
    if (declared.author() != null && !Bylines.isGroupCredit(declared.author().text())) {
      // Read as a byline when it is one: "HOÀNG ANH" → "Hoàng Anh", "Tin, ảnh: X" → "X".
      String raw = declared.author().text();
      String name = Bylines.author(raw);
      String author = name != null ? name : raw;
      why.record("author", author, declared.author().from(), "declared");
      return author;
    }
    String element = text.bylineElement(why);
    if (element != null) {
      return element;
    }
    if (byline != null && last != null) {
      why.record(
          "author", byline, HtmlExtractor.describe(last.owner()), "name-shaped last paragraph");
    }
    return byline;
  }
}
