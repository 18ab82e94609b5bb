package vn.newssearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.Provenance;
import vn.newssearch.model.Article;
import vn.newssearch.source.Origin;

/**
 * What {@code parse --explain} prints to stderr for one article: each field's value, where it was
 * read (a line, an element, a metadata key) and the rule that chose it; "(none)" for a field no
 * rule filled. Stdout keeps only the JSON lines, so {@code parse --explain x.html > out.jsonl}
 * shows the explanation on the terminal.
 */
final class Explanation implements Provenance {
  /** Values longer than this are cut: the JSON line has them whole. */
  private static final int SHOWN = 100;

  private static final List<String> FIELDS =
      List.of(
          "charset", "url", "title", "lead", "published", "category", "author", "captions", "body");

  private static final java.util.regex.Pattern SUMMARY =
      java.util.regex.Pattern.compile("\\d+ (?:paragraphs?|captions?)");

  private record Entry(String value, String from, String rule) {}

  private final Map<String, List<Entry>> entries = new LinkedHashMap<>();

  @Override
  public void record(String field, String value, String from, String rule) {
    entries.computeIfAbsent(field, f -> new ArrayList<>()).add(new Entry(value, from, rule));
  }

  void print(PrintWriter err, Origin origin, Article article) {
    err.println(origin + ": explain " + article.id());
    for (String field : FIELDS) {
      List<Entry> found = entries.get(field);
      if (found == null) {
        if (!field.equals("charset") && !field.equals("captions") && isEmpty(article, field)) {
          err.println(TallyReport.format("  %-10s (none)", field));
        }
        continue;
      }
      // A later report of a field overrides an earlier one (the markup over the text rules):
      // only the value that stands is shown, except for captions, which add up.
      List<Entry> shownEntries =
          field.equals("captions") ? found : found.subList(found.size() - 1, found.size());
      for (Entry e : shownEntries) {
        if (found.size() > 1 && e.value() != null && e.value().startsWith("0 ")) {
          continue; // "0 captions" from the text rules, beside captions the markup marks
        }
        err.println(TallyReport.format("  %-10s %s", field, shown(field, e.value())));
        err.println(TallyReport.format("  %-10s from %s; rule: %s", "", e.from(), e.rule()));
      }
    }
    for (Map.Entry<String, List<Entry>> other : entries.entrySet()) {
      if (!FIELDS.contains(other.getKey())) {
        for (Entry e : other.getValue()) {
          err.println(TallyReport.format("  %-10s %s", other.getKey(), shown("", e.value())));
          err.println(TallyReport.format("  %-10s from %s; rule: %s", "", e.from(), e.rule()));
        }
      }
    }
  }

  private static boolean isEmpty(Article a, String field) {
    return switch (field) {
      case "url" -> a.url() == null;
      case "title" -> a.title() == null;
      case "lead" -> a.lead() == null;
      case "published" -> a.published() == null;
      case "category" -> a.category() == null;
      case "author" -> a.author() == null;
      case "body" -> a.body() == null;
      default -> false;
    };
  }

  /** A value on one line, cut to {@link #SHOWN} characters; a body as its paragraph count. */
  private static String shown(String field, String value) {
    if (value == null) {
      return "(none)";
    }
    if (SUMMARY.matcher(value).matches()) {
      return value; // "9 paragraphs": the text rules' own summary
    }
    if (field.equals("body")) {
      // Where the body starts and where it ends: what goes wrong on a site that comes out wrong.
      List<String> paragraphs = value.lines().toList();
      String first = cut(paragraphs.getFirst(), SHOWN / 2);
      return paragraphs.size() == 1
          ? "1 paragraph: \"" + first + "\""
          : paragraphs.size()
              + " paragraphs: \""
              + first
              + "\" … \""
              + cut(paragraphs.getLast(), SHOWN / 2)
              + "\"";
    }
    return "\"" + cut(value.replace("\n", " ⏎ "), SHOWN) + "\"";
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) + "…" : s;
  }
}
