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
    Block named = marked(all, first + 2);
    if (named != null) {
      return of(named, HtmlExtractor.describe(named.owner()), "an element named as the sapo", why);
    }
    if (content.isEmpty()) {
      return new HtmlLead(null, null, null);
    }
    Block b = content.get(0);
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
   * A first paragraph set entirely in bold (or as a subheading) and written as a sentence of 15
   * words or more: how many sites lay out the sapo without naming it. A short bold line is a
   * subheading, not a sapo.
   */
  private static boolean isBoldSapo(Block b) {
    String t = b.text();
    if (t.split(" ").length < 15 || !TextShapes.endsSentence(t)) {
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
      if (b.chars() >= 20 && b.linkDensity() < 0.5 && marked(b.owner())) {
        return b;
      }
    }
    return null;
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
