package vn.newssearch.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks.Block;

/**
 * Finds the article among a page's blocks as readability does: every paragraph of 25 characters or
 * more scores its parent (in full) and the ancestors above it (less and less), by its length and
 * commas; an element's score is cut by the share of its text inside links; the best element, with
 * its siblings that score nearly as well, holds the article.
 */
public final class MainContent {
  private MainContent() {}

  /** Shorter blocks say nothing about where the article is. */
  private static final int MIN_PARAGRAPH = 25;

  /** How many ancestors above a paragraph share its score. */
  private static final int LEVELS = 5;

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|main|post|story|text|detail|noi-?dung|chi-?tiet|singular"
              + "|fck|cms");

  private static final Pattern NEGATIVE =
      Pattern.compile(
          "comment|footer|footnote|link|media|meta|promo|related|scroll|sponsor|tags|widget"
              + "|sidebar|banner|menu|nav|hidden|share|byline|author|date|time");

  private static final java.util.Set<String> PARAGRAPHS =
      java.util.Set.of(
          "p",
          "pre",
          "li",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "dd",
          "dt",
          "figcaption",
          "caption",
          "th");

  /**
   * The best-scoring element, the elements that hold the article (it and its good siblings), and
   * the article's blocks in page order.
   */
  public record Selection(Element top, List<Element> roots, List<Block> blocks) {}

  private static final class Score {
    double score;
    boolean scored;
    int chars;
    int linkChars;
  }

  public static Selection select(List<Block> blocks) {
    Map<Element, Score> scores = new IdentityHashMap<>();
    for (Block b : blocks) {
      for (Element up = b.owner(); up != null; up = up.parent()) {
        Score s = scores.computeIfAbsent(up, MainContent::initial);
        s.chars += b.chars();
        s.linkChars += b.linkChars();
      }
    }
    for (Block b : blocks) {
      if (b.chars() < MIN_PARAGRAPH || b.linkDensity() > 0.5) {
        continue;
      }
      double points = 1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3);
      // A paragraph element scores its parent; text straight in a div scores the div itself.
      Element up = PARAGRAPHS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
      for (int level = 0; level < LEVELS && up != null; level++, up = up.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Score s = scores.get(up);
        s.score += points / divider;
        s.scored = true;
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Score> e : scores.entrySet()) {
      Score s = e.getValue();
      if (!s.scored || e.getKey().nameIs("body") || e.getKey().nameIs("html")) {
        continue;
      }
      double finalScore = s.score * (1 - linkDensity(s));
      s.score = finalScore;
      if (finalScore > best) {
        best = finalScore;
        top = e.getKey();
      }
    }
    if (top == null) {
      return new Selection(null, List.of(), List.of());
    }
    List<Element> roots = roots(top, best, scores);
    List<Block> content = new ArrayList<>();
    for (Block b : blocks) {
      if (inside(b.owner(), roots)) {
        content.add(b);
      }
    }
    return new Selection(top, roots, content);
  }

  /**
   * The top element and its siblings that score at least a fifth as well, or are paragraphs of
   * their own (a sapo set beside the body): an article split in parts.
   */
  private static List<Element> roots(Element top, double best, Map<Element, Score> scores) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      Score s = scores.get(sibling);
      if (sibling == top
          || s != null && s.scored && s.score >= threshold
          || s != null && sibling.nameIs("p") && s.chars > 80 && linkDensity(s) < 0.25) {
        roots.add(sibling);
      }
    }
    return roots;
  }

  private static boolean inside(Element el, List<Element> roots) {
    for (Element up = el; up != null; up = up.parent()) {
      for (Element root : roots) {
        if (up == root) {
          return true;
        }
      }
    }
    return false;
  }

  private static Score initial(Element el) {
    Score s = new Score();
    s.score = tagWeight(el.normalName()) + classWeight(el);
    return s;
  }

  private static double tagWeight(String tag) {
    return switch (tag) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  private static double classWeight(Element el) {
    String names = MarkupFurniture.names(el);
    if (names.isEmpty()) {
      return 0;
    }
    double w = 0;
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    return w;
  }

  private static double linkDensity(Score s) {
    return s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }
}
