package vn.newssearch.server.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats snippet passages as safe HTML: matched words in {@code <mark>}, everything else escaped,
 * passages that do not touch joined by an ellipsis.
 */
final class HtmlPassageFormatter extends PassageFormatter {
  static final String ELLIPSIS = " … ";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Passage p : passages) {
      if (p.getStartOffset() > pos && pos > 0) {
        out.append(ELLIPSIS);
      }
      pos = p.getStartOffset();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = p.getMatchStarts()[i];
        int end = p.getMatchEnds()[i];
        if (start < pos) {
          start = pos; // overlapping matches (a term inside a phrase): mark the rest only
        }
        if (end <= start) {
          continue;
        }
        escape(content, pos, start, out);
        out.append("<mark>");
        escape(content, start, end, out);
        out.append("</mark>");
        pos = end;
      }
      escape(content, pos, Math.max(pos, p.getEndOffset()), out);
      pos = Math.max(pos, p.getEndOffset());
    }
    return out.toString().strip();
  }

  static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
