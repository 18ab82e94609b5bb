package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newssearch.bench.eval.Halves;

/** One judged query of {@code eval/queries.jsonl} (format in eval/README.md). */
record EvalQuery(
    String id,
    String group,
    String typed,
    String q,
    List<String> party,
    String from,
    String to,
    String category,
    Map<String, Integer> relevant) {
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern PARTY = Pattern.compile("\"party\"\\s*:\\s*\\[([^\\]]*)\\]");
  private static final Pattern RELEVANT = Pattern.compile("\"relevant\"\\s*:\\s*\\{([^}]*)\\}");
  private static final Pattern GRADE =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*(-?\\d+)");

  static List<EvalQuery> read(Path file) throws IOException {
    List<EvalQuery> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      List<String> party = new ArrayList<>();
      Matcher p = PARTY.matcher(line);
      if (p.find()) {
        for (Matcher s = STRING.matcher(p.group(1)); s.find(); ) {
          party.add(Json.unescape(s.group(1)));
        }
      }
      Map<String, Integer> relevant = new LinkedHashMap<>();
      Matcher r = RELEVANT.matcher(line);
      if (r.find()) {
        for (Matcher g = GRADE.matcher(r.group(1)); g.find(); ) {
          relevant.merge(Json.unescape(g.group(1)), Integer.parseInt(g.group(2)), Math::max);
        }
      }
      String id = Json.string(line, "id");
      if (id == null || relevant.isEmpty()) {
        throw new IOException(file + ":" + lineNo + ": needs an id and judged documents");
      }
      out.add(
          new EvalQuery(
              id,
              Json.string(line, "group"),
              Json.string(line, "typed"),
              Json.string(line, "q"),
              List.copyOf(party),
              Json.string(line, "from"),
              Json.string(line, "to"),
              Json.string(line, "category"),
              relevant));
    }
    return out;
  }

  /** The groups the query counts in: all, its group, by how typed, and each over its half. */
  List<String> groups() {
    List<String> out = new ArrayList<>(List.of("all", group));
    if (typed != null) {
      out.add(group + ", " + typed);
    }
    String half = Halves.of(id);
    List.copyOf(out).forEach(g -> out.add(Halves.group(g, half)));
    return out;
  }
}
