package vn.newssearch.server.web;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader, so the test checks the export's quoting rather than trusting it. */
final class Csv {
  private Csv() {}

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '"' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            "bad CSV at character "
                + i
                + ": "
                + text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20))
                    .replace("\r", "\\r")
                    .replace("\n", "\\n"));
      } else {
        cell.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quote");
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
      throw new IllegalArgumentException("last row does not end with CRLF");
    }
    return rows;
  }
}
