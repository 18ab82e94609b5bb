package vn.newssearch.extract;

import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks;
import vn.newssearch.extract.html.Blocks.Block;
import vn.newssearch.extract.html.MarkupFurniture;
import vn.newssearch.extract.html.Text;

/** A byline element: a short text in an element named {@code author}, {@code byline}... */
final class HtmlByline {
  private HtmlByline() {}

  private static final java.util.regex.Pattern NAMES =
      java.util.regex.Pattern.compile("author|byline|tac-?gia|writer|\\bsign");

  /** How long a row of the article's data (author, date, views) holding a byline may be. */
  private static final int META_ROW_MAX_CHARS = 160;

  /**
   * The author's name when the block is a byline element, or a short row that holds one inline
   * ({@code <div class="info"><span class="author">Tác giả: Thùy Linh</span><time>…</time>}: the
   * name beside the date in one line), else null.
   */
  static String name(Block b) {
    if (b.chars() <= Bylines.MAX_LINE && named(b.owner())) {
      return read(b.text());
    }
    if (b.chars() > META_ROW_MAX_CHARS) {
      return null;
    }
    Element inline = inlineByline(b.owner());
    return inline == null ? null : read(Text.plain(inline.text()));
  }

  /**
   * The first element inside the block's own line (not in a block element of its own) named as the
   * byline, when its text is short; else null. Only the line's inline elements are walked.
   */
  private static Element inlineByline(Element owner) {
    java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>(owner.children().reversed());
    while (!todo.isEmpty()) {
      Element el = todo.pop();
      if (Blocks.isBlock(el)) {
        continue;
      }
      String names = MarkupFurniture.names(el);
      if (!names.isEmpty() && NAMES.matcher(names).find()) {
        String t = Text.plain(el.text());
        return t != null && t.length() <= Bylines.MAX_LINE ? el : null;
      }
      el.children().reversed().forEach(todo::push);
    }
    return null;
  }

  private static String read(String text) {
    if (text == null) {
      return null;
    }
    String t = text;
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
