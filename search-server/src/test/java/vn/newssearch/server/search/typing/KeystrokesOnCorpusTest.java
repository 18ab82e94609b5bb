package vn.newssearch.server.search.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestIndexes;

/**
 * No word that real text writes is read as keystrokes: every word without diacritics in the two
 * labour and Dân trí corpora (some 5,700 articles: unaccented Vietnamese, English, names), read
 * against the statistics of the small sample index the way {@link QueryReader} reads a query.
 */
class KeystrokesOnCorpusTest {
  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z0-9]{2,12}\\b");

  @Test
  void noWordOfTheCorpusIsTakenForKeystrokes() throws IOException {
    SyllableStats stats;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(TestIndexes.sample()))) {
      stats = SyllableStats.of(reader);
    }
    Path corpus = Path.of(System.getProperty("repo.dir", "..")).resolve("../shared/corpus");
    Set<String> words = new TreeSet<>();
    for (String file : new String[] {"vietnews-labour.jsonl.gz", "dantri-unc.jsonl.gz"}) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(corpus.resolve(file))),
                  StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          Matcher m = WORD.matcher(line);
          while (m.find()) {
            words.add(m.group());
          }
        }
      }
    }
    assertThat(words).hasSizeGreaterThan(10_000);
    TreeMap<String, String> converted = new TreeMap<>();
    for (String w : words) {
      String d = QueryReader.keystroke(w, stats, false);
      // "ra4", "quan1": VNI keystrokes left in the text itself; reading them so is right.
      if (d != null && !w.matches("[a-z]+[1-9]")) {
        converted.put(w, d);
      }
    }
    assertThat(converted).isEmpty();
  }
}
