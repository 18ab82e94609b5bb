package vn.newssearch.bench.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parties per article id from our {@code parse} output (one Article JSON per line), so that
 * OpenSearch indexes the same extracted parties as we do: id → the raw JSON array.
 */
final class Parties {
  private static final Pattern PARTIES = Pattern.compile("\"parties\"\\s*:\\s*(\\[[^\\]]*\\])");

  private Parties() {}

  static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String id = Json.string(line, "id");
        Matcher m = PARTIES.matcher(line);
        if (id != null && m.find() && !m.group(1).replaceAll("\\s", "").equals("[]")) {
          out.put(id, m.group(1));
        }
      }
    }
    return out;
  }
}
