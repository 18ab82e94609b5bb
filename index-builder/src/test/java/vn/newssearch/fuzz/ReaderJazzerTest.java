package vn.newssearch.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.source.Problem;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * Coverage-guided fuzzing (Jazzer) of the JSON Lines and page readers and the extractors after
 * them. Runs only when asked ({@code bin/drill jazzer} sets {@code JAZZER_FUZZ=1} and fuzzes one
 * target for five minutes); the test suite has {@link ReaderFuzzTest}, which needs no agent.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = "1")
class ReaderJazzerTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();

  @FuzzTest(maxDuration = "5m")
  void jsonLines(byte[] data) throws Exception {
    read(data, ".jsonl");
  }

  @FuzzTest(maxDuration = "5m")
  void pages(byte[] data) throws Exception {
    read(data, ".txt");
  }

  /** No exception may escape, and a file with any text is either read or reported. */
  private static void read(byte[] data, String suffix) throws Exception {
    Path file = Files.createTempFile("fuzz", suffix);
    try {
      Files.write(file, data);
      List<Problem> problems = new ArrayList<>();
      List<SourceRecord> records = new ArrayList<>();
      new SourceReader(List.of(file), problems::add).readAll(records::add);
      for (SourceRecord r : records) {
        try {
          EXTRACTOR.extract(r, problems::add);
        } catch (InvalidArticleException e) {
          problems.add(Problem.failed(r.origin(), e.getMessage()));
        }
      }
      if (records.isEmpty() && problems.isEmpty() && hasText(data)) {
        throw new AssertionError("input neither read nor reported");
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static boolean hasText(byte[] data) {
    for (byte b : data) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return true;
      }
    }
    return false;
  }
}
