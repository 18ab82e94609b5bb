package vn.newssearch.extract;

import java.util.List;
import java.util.Map;
import vn.newssearch.extract.PageLines.Line;

/**
 * The lead (sapo): the first paragraph, when the page marks it as one. Either it opens with the
 * outlet's tag ({@link SiteTag}: "TTO - ", "(NLĐO) - "), or a box of related stories sits between
 * it and the rest of the text. Otherwise a sapo cannot be told from a first paragraph in plain
 * text, and the lead stays null (the text keeps it).
 */
final class Sapo {
  private Sapo() {}

  /** The index of the lead line among {@code content}, or -1. More text must follow it. */
  static int find(
      List<Line> lines,
      LineRoles roles,
      List<Integer> content,
      int boxAfterFirst,
      Map<String, String> rules) {
    int first = -1;
    boolean more = false;
    for (int i : content) {
      String t = lines.get(i).text();
      if (first < 0) {
        if (roles.isParagraph(t)) {
          first = i;
        }
      } else if (roles.isParagraph(t)) {
        more = true;
        break;
      }
    }
    if (first < 0 || !more) {
      return -1;
    }
    if (SiteTag.end(lines.get(first).text()) > 0) {
      rules.put("lead", "lead: the first paragraph, opened by the outlet's tag (cut off)");
      return first;
    }
    if (first == boxAfterFirst) {
      rules.put("lead", "lead: the first paragraph, above a box of related stories");
      return first;
    }
    return -1;
  }

  /** The lead's text without the outlet's tag. */
  static String text(String line) {
    int end = SiteTag.end(line);
    return end < 0 ? line : line.substring(end);
  }
}
