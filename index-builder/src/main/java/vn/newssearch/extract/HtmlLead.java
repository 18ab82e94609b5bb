package vn.newssearch.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks.Block;
import vn.newssearch.extract.html.Declared;
import vn.newssearch.extract.html.MarkupFurniture;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The sapo of a saved page: a block the site names as such, else a first paragraph opened by a site
 * tag, repeated by the page's description, or set all in bold.
 */
record HtmlLead(Block block, String text, String tag) {
  static final java.util.regex.Pattern NAMES =
      java.util.regex.Pattern.compile(
          "sapo|\\blead|summary|chapeau|description|\\bdesc\\b|intro|excerpt|tom-?tat|abstract");

  static HtmlLead find(
      List<Block> all, List<Block> content, Declared.Value description, Provenance why) {
    int first = content.isEmpty() ? all.size() : all.indexOf(content.get(0));
    // the sapo comes at the latest as the text's first paragraph: past the kicker, the heading, the
    // date and the byline when the article's container holds them too
    int limit =
        content.isEmpty()
            ? first + 2
            : Math.max(first + 2, all.indexOf(firstUnderHeading(content)));
    Block named = marked(all, limit);
    if (named != null
        && all.indexOf(named) < first
        && description != null
        && !content.isEmpty()
        && !startsAlike(named.text(), description.text())
        && startsAlike(firstUnderHeading(content).text(), description.text())) {
      named = null; // a tagline over the post ("Ghi chép của …"); the page's description names
      // the post's first paragraph as its summary
    }
    if (named != null) {
      return of(named, HtmlExtractor.describe(named.owner()), "an element named as the sapo", why);
    }
    if (content.isEmpty()) {
      return new HtmlLead(null, null, null);
    }
    Block b = firstUnderHeading(content);
    Block before = beforeTheBody(all, all.indexOf(b));
    if (before != null) {
      return of(
          before,
          HtmlExtractor.describe(before.owner()),
          "a paragraph between the heading and the article's text",
          why);
    }
    Block lone = besideTheBody(all, content, b);
    if (lone != null) {
      return of(
          lone,
          HtmlExtractor.describe(lone.owner()),
          "a paragraph under the heading, outside the text's container",
          why);
    }
    if (SiteTag.end(b.text()) > 0) {
      return of(b, HtmlExtractor.describe(b.owner()), "first paragraph opened by a site tag", why);
    }
    if (description != null && startsAlike(b.text(), description.text())) {
      return of(
          b, HtmlExtractor.describe(b.owner()), "first paragraph, as " + description.from(), why);
    }
    if (content.size() > 2 && isBoldSapo(b)) {
      return of(
          b, HtmlExtractor.describe(b.owner()), "first paragraph, all in bold: the sapo", why);
    }
    return new HtmlLead(null, null, null);
  }

  /**
   * A sentence of 15 words or more, few links, between the page's {@code h1} and the first block of
   * the article's text, no other paragraph between: the sapo laid out above the body's container
   * (an {@code h2}, a {@code div}), as a reader sees it.
   */
  private static Block beforeTheBody(List<Block> all, int first) {
    for (int i = first - 1; i >= 0; i--) {
      Block b = all.get(i);
      if (b.owner().nameIs("h1")) {
        return null;
      }
      if (b.linkDensity() < 0.2 && sapoSentence(b.text())) {
        for (int j = i - 1; j >= 0; j--) {
          if (all.get(j).owner().nameIs("h1")) {
            return b;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The article's first paragraph as a reader sees it: under the heading when the article's element
   * holds it too, past a date line or a short line laid out beside the text (title, date and text
   * in one box).
   */
  private static Block firstUnderHeading(List<Block> content) {
    int from = 0;
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i).owner().nameIs("h1")) {
        from = i + 1;
      }
    }
    for (int j = from; j < content.size(); j++) {
      Block b = content.get(j);
      if (b.chars() >= 25
          && b.linkDensity() <= 0.5
          && Timestamps.parseLine(b.text()) == null
          && (TextShapes.words(b.text()) > 12 || TextShapes.endsSentence(b.text()))) {
        return b;
      }
    }
    return content.get(0);
  }

  /**
   * The first paragraph right under the heading (a date line or short lines between), laid out on
   * its own outside the element that holds the rest of the text (heading, date, {@code
   * <div>sapo</div>}, {@code <div class="body"><p>…</p><p>…</p></div>}): a sentence of 15+ words
   * with few links, while the next two blocks lie in a container it is not in.
   */
  private static Block besideTheBody(List<Block> all, List<Block> content, Block b) {
    int at = content.indexOf(b);
    if (!underHeading(all, all.indexOf(b))
        || at + 2 >= content.size()
        || b.linkDensity() >= 0.2
        || !sapoSentence(b.text())) {
      return null;
    }
    Element box = content.get(at + 1).owner().parent();
    return box != null && inside(content.get(at + 2).owner(), box) && !inside(b.owner(), box)
        ? b
        : null;
  }

  private static boolean inside(Element el, Element box) {
    for (Element up = el; up != null; up = up.parent()) {
      if (up == box) {
        return true;
      }
    }
    return false;
  }

  /** Whether the page's {@code h1} is above block {@code i}, with no paragraph between. */
  private static boolean underHeading(List<Block> all, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Block up = all.get(j);
      if (up.owner().nameIs("h1")) {
        return true;
      }
      if (sapoSentence(up.text())) {
        return false;
      }
    }
    return false;
  }

  /** A sapo's length of text: at least this many words. */
  private static final int SAPO_WORDS = 15;

  /** Whether {@code t} reads as a sapo: {@link #SAPO_WORDS} words or more, ending a sentence. */
  private static boolean sapoSentence(String t) {
    return t.split(" ").length >= SAPO_WORDS && TextShapes.endsSentence(t);
  }

  /**
   * A first paragraph set entirely in bold (or as a subheading) and written as a sentence of 15
   * words or more: how many sites lay out the sapo without naming it. A short bold line is a
   * subheading, not a sapo.
   */
  private static boolean isBoldSapo(Block b) {
    String t = b.text();
    if (!sapoSentence(t)) {
      return false;
    }
    Element owner = b.owner();
    if (owner.nameIs("h2") || owner.nameIs("h3")) {
      return true;
    }
    int bold = 0;
    for (Element e : owner.select("strong, b")) {
      if (e.parent() == null || !e.parent().nameIs("strong") && !e.parent().nameIs("b")) {
        bold += e.text().length();
      }
    }
    return bold >= t.length() * 0.9;
  }

  private static HtmlLead of(Block b, String from, String rule, Provenance why) {
    String tag = SiteTag.name(b.text());
    String text = Sapo.text(b.text());
    why.record("lead", text, from, tag == null ? rule : rule + "; site tag \"" + tag + "\" cut");
    return new HtmlLead(b, text, tag);
  }

  /** The first block up to {@code limit} in an element named as the sapo, or null. */
  static Block marked(List<Block> all, int limit) {
    for (int i = 0; i < all.size() && i <= limit; i++) {
      Block b = all.get(i);
      if (b.chars() >= 20
          && b.linkDensity() < 0.5
          && (marked(b.owner()) || markedInline(b.owner(), b.text()))) {
        return b;
      }
    }
    return null;
  }

  /**
   * A sapo set as an inline element straight in the article's box ({@code <strong class="sapo">}
   * between the date line and the text): the block belongs to the box, the name to the child that
   * holds all its text.
   */
  private static boolean markedInline(Element owner, String text) {
    for (Element child : owner.children()) {
      if (!child.isBlock() && child.text().length() == text.length() && marked(child)) {
        return child.text().equals(text);
      }
    }
    return false;
  }

  private static boolean marked(Element el) {
    Element up = el;
    for (int level = 0; level < 3 && up != null; level++, up = up.parent()) {
      String names = MarkupFurniture.names(up);
      if (!names.isEmpty() && NAMES.matcher(names).find() && !names.contains("caption")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAlike(String paragraph, String description) {
    String p = VietnameseAnalysis.foldKey(Sapo.text(paragraph));
    String d = VietnameseAnalysis.foldKey(Sapo.text(description));
    int n = Math.min(40, Math.min(p.length(), d.length()));
    return n >= 20 && p.regionMatches(0, d, 0, n);
  }
}
