package vn.newssearch.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import vn.newssearch.source.TextDecoder;

/**
 * The visible text of a page as blocks, as a browser lays it out: every block element ({@code p},
 * {@code div}, {@code li}, {@code h2}, {@code td}...) and every {@code <br>} starts a new one.
 * Invisible elements (scripts, styles, templates, hidden ones) and site furniture are left out. The
 * walk is iterative, so deep nesting cannot overflow the stack.
 */
public final class Blocks {
  private Blocks() {}

  /**
   * One block of text.
   *
   * @param owner the innermost block element that holds it
   * @param chars its non-space characters
   * @param linkChars how many of them are inside links
   */
  public record Block(String text, Element owner, int chars, int linkChars) {
    public double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static final Set<String> INVISIBLE =
      Set.of(
          "head",
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "select",
          "textarea",
          "button",
          "input",
          "map",
          "dialog");

  private static final Set<String> BLOCK =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "legend",
          "option");

  /** True for a block-level element: one that starts a line of its own. */
  public static boolean isBlock(Element el) {
    return BLOCK.contains(el.normalName());
  }

  /** The blocks under {@code root}, leaving out {@code skip} and furniture. */
  public static List<Block> of(Element root, Set<Element> skip) {
    Walker walker = new Walker(skip);
    NodeTraversor.filter(walker, root);
    walker.flush(root);
    return walker.blocks;
  }

  private static final class Walker implements NodeFilter {
    private final Set<Element> skip;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int chars;
    private int linkChars;
    private int links;

    Walker(Set<Element> skip) {
      this.skip = skip;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        int n = Text.appendCollapsed(text, t.getWholeText());
        chars += n;
        if (links > 0) {
          linkChars += n;
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = el.normalName();
      if (INVISIBLE.contains(tag) || isHidden(el) || skip.contains(el)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (depth > 0 && MarkupFurniture.isFurniture(el)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        flush(open.isEmpty() ? el : open.peek());
      } else if (BLOCK.contains(tag)) {
        flush(open.isEmpty() ? el : open.peek());
        open.push(el);
      } else if (tag.equals("a")) {
        links++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element el) {
        String tag = el.normalName();
        if (BLOCK.contains(tag)) {
          flush(el);
          open.poll();
        } else if (tag.equals("a")) {
          links--;
        }
      }
      return FilterResult.CONTINUE;
    }

    void flush(Element owner) {
      int end = text.length();
      if (end > 0 && text.charAt(end - 1) == ' ') {
        text.setLength(end - 1);
      }
      if (chars > 0) {
        String s = text.charAt(0) == ' ' ? text.substring(1) : text.toString();
        if (owner.nameIs("li") && linkChars == 0 && !marked(s)) {
          // a list's item of plain text reads as a text page writes it, after its mark ("- Công ty
          // A" under "... với 03 doanh nghiệp:"): body text, not a caption, and one sentence with
          // the line that introduces it; a list of links (menus, other stories) stays as it is
          s = "- " + s;
        }
        blocks.add(new Block(TextDecoder.nfc(s), owner, chars, linkChars));
      }
      text.setLength(0);
      chars = 0;
      linkChars = 0;
    }
  }

  /** Whether an item's text carries a list's mark of its own ("- ", "• ", "1. ", "2) "). */
  private static boolean marked(String s) {
    if (s.length() < 2) {
      return false;
    }
    char c = s.charAt(0);
    if ("-+•*–".indexOf(c) >= 0) {
      return true;
    }
    int i = 0;
    while (i < s.length() && i < 3 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')');
  }

  private static boolean isHidden(Element el) {
    if (el.hasAttr("hidden")) {
      return true;
    }
    String style = el.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
