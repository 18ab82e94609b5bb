package vn.newssearch.extract;

import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks.Block;
import vn.newssearch.extract.html.MarkupFurniture;

/** A byline element: a short text in an element named {@code author}, {@code byline}... */
final class HtmlByline {
  private HtmlByline() {}

  private static final java.util.regex.Pattern NAMES =
      java.util.regex.Pattern.compile("author|byline|tac-?gia|writer|\\bsign");

  /** The author's name when the block is a byline element, else null. */
  static String name(Block b) {
    if (b.chars() > Bylines.MAX_LINE || !named(b.owner())) {
      return null;
    }
    String t = b.text();
    if (t.regionMatches(true, 0, "Tác giả:", 0, 8)) {
      t = t.substring(8).strip();
    }
    String author = Bylines.author(t);
    if (author == null && Timestamps.parseLine(t) != null) {
      author = DateLines.author(t); // "Phạm Hương - 18/01/2018 20:08": name and date in one box
    }
    return author;
  }

  private static boolean named(Element el) {
    Element up = el;
    for (int level = 0; level < 2 && up != null; level++, up = up.parent()) {
      String names = MarkupFurniture.names(up);
      if (!names.isEmpty() && NAMES.matcher(names).find()) {
        return true;
      }
    }
    return false;
  }
}
