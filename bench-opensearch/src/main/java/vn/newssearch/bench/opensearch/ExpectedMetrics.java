package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recorded figures of {@code eval/expected-metrics.json} (systems → group → metric →
 * value), read as a flat map keyed by path: a key path scanner is all this nesting needs.
 */
final class ExpectedMetrics {
  private static final Pattern TOKEN =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:|[{}]|(-?[0-9][0-9.eE+-]*)");

  private ExpectedMetrics() {}

  static Map<String, Double> read(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Map<String, Double> out = new HashMap<>();
    ArrayDeque<String> path = new ArrayDeque<>();
    String key = null;
    for (Matcher m = TOKEN.matcher(json); m.find(); ) {
      if (m.group(1) != null) {
        key = Json.unescape(m.group(1));
      } else if (m.group(2) != null) {
        out.put(String.join("/", path.reversed()) + "/" + key, Double.parseDouble(m.group(2)));
      } else if (m.group().equals("{")) {
        path.push(key == null ? "" : key);
      } else {
        path.pop();
      }
    }
    return out;
  }

  /** The value for one system, group and metric, or NaN when not recorded. */
  static double get(Map<String, Double> all, String system, String group, String metric) {
    return all.getOrDefault("/systems/" + system + "/" + group + "/" + metric, Double.NaN);
  }
}
