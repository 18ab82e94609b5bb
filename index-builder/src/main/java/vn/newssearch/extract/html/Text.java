package vn.newssearch.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;
import vn.newssearch.source.TextDecoder;

/** Plain text from markup: white space collapsed, entities decoded, tags gone, NFC. */
public final class Text {
  private Text() {}

  /** Something shaped like a tag: what must never reach an indexed field. */
  private static final Pattern TAG =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9:-]{0,30}(?:\\s[^<>]{0,2000})?/?>|<!--.{0,2000}?-->");

  /** True for the spaces HTML text carries: ASCII ones, no-break, zero-width, BOM. */
  static boolean isSpace(char c) {
    return c <= ' '
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B'
        || c == '\uFEFF'
        || Character.isWhitespace(c);
  }

  /** Appends {@code s} to {@code out}, runs of space as one; returns the characters added. */
  static int appendCollapsed(StringBuilder out, String s) {
    int added = 0;
    boolean space = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!space && out.length() > 0) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(c);
        space = false;
        added++;
      }
    }
    return added;
  }

  /**
   * A declared value (a meta content, a JSON-LD string) as plain text: entities decoded, any markup
   * inside it dropped, white space collapsed, NFC; null when nothing is left.
   */
  public static String plain(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    t = stripTags(t);
    StringBuilder out = new StringBuilder(t.length());
    appendCollapsed(out, t);
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.isEmpty() ? null : TextDecoder.nfc(out.toString());
  }

  /** The text without anything shaped like a tag or a comment. */
  public static String stripTags(String s) {
    if (s == null || s.indexOf('<') < 0) {
      return s;
    }
    return TAG.matcher(s).replaceAll(" ");
  }

  /** True when the text holds something shaped like a tag. */
  public static boolean hasMarkup(String s) {
    return s != null && s.indexOf('<') >= 0 && TAG.matcher(s).find();
  }

  /** Non-space characters under the element, and how many of them are inside links. */
  static int[] chars(Element el) {
    int[] counts = new int[2];
    el.traverse(
        (NodeVisitor)
            (Node node, int depth) -> {
              if (node instanceof TextNode t) {
                int n = nonSpace(t.getWholeText());
                counts[0] += n;
                if (inLink(t, el)) {
                  counts[1] += n;
                }
              }
            });
    return counts;
  }

  private static boolean inLink(Node node, Element stop) {
    for (Element up = node.parent() instanceof Element e ? e : null;
        up != null && up != stop;
        up = up.parent()) {
      if (up.nameIs("a")) {
        return true;
      }
    }
    return stop.nameIs("a");
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
