package vn.newssearch.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The page highlights an article's words the way the server folds them only if highlight.js, the
 * one JavaScript copy of {@link VietnameseAnalysis#fold(char)}, folds as the Java does: checked
 * with Node.js over every word of the labour corpus. Skipped where Node.js is not installed.
 */
class HighlightFoldTest {
  private static final Path HIGHLIGHT_JS =
      Path.of("src", "main", "resources", "web", "highlight.js");

  /** Loads highlight.js as the page does, then prints words(w).join(" ") for each input line. */
  private static final String RUNNER =
      """
      const fs = require("fs");
      global.window = {};
      eval(fs.readFileSync(process.argv[2], "utf8"));
      const words = fs.readFileSync(process.argv[3], "utf8").split("\\n");
      const out = words.map((w) => window.VnHighlight.words(w).join(" "));
      fs.writeFileSync(process.argv[4], out.join("\\n"));
      """;

  @Test
  void highlightJsFoldsEveryCorpusWordAsTheServerDoes(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(nodeRuns(), "Node.js is not installed");
    List<String> words = new ArrayList<>(corpusWords());
    assertThat(words).hasSizeGreaterThan(30_000);
    Path in = Files.writeString(tmp.resolve("words.txt"), String.join("\n", words));
    Path out = tmp.resolve("folded.txt");
    Path runner = Files.writeString(tmp.resolve("runner.js"), RUNNER);
    Process node =
        new ProcessBuilder(
                "node", runner.toString(), HIGHLIGHT_JS.toString(), in.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor()).as(log).isZero();
    List<String> js = List.of(Files.readString(out, StandardCharsets.UTF_8).split("\n", -1));
    assertThat(js).hasSameSizeAs(words);
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String java = VietnameseAnalysis.foldKey(words.get(i));
      if (!java.equals(js.get(i))) {
        differ.add(words.get(i) + " → Java \"" + java + "\", JavaScript \"" + js.get(i) + "\"");
      }
    }
    assertThat(differ).isEmpty();
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The distinct space-separated words of every title, lead and body of the labour corpus. */
  private static Set<String> corpusWords() throws IOException {
    Path corpus =
        Path.of(System.getProperty("shared.dir", "../../shared"), "corpus")
            .resolve("vietnews-labour.jsonl.gz");
    ObjectMapper json = new ObjectMapper();
    Set<String> words = new TreeSet<>();
    try (InputStream gz = new GZIPInputStream(Files.newInputStream(corpus));
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(gz, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode article = json.readTree(line);
        for (String field : List.of("title", "lead", "body")) {
          for (String word : article.path(field).asText("").split("\\s+")) {
            if (!word.isEmpty()) {
              words.add(word);
            }
          }
        }
      }
    }
    return words;
  }
}
