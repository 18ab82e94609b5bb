package vn.newssearch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.source.Problem;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;
import vn.newssearch.source.TestFiles;

/**
 * Feeds the JSON Lines and page readers, and the extractors after them, inputs mutated from real
 * ones by a seeded generator: no exception may escape, and every input must end up either as an
 * article or as a problem with its file (and line). The seed and the time are system properties:
 * {@code -Dfuzz.seconds=300 -Dfuzz.seed=7} is the long run of {@code bin/drill fuzz}; the test
 * suite runs a few seconds of it.
 */
class ReaderFuzzTest {
  private static final long SECONDS = Long.getLong("fuzz.seconds", 4);
  private static final long SEED = Long.getLong("fuzz.seed", 20261203);

  @TempDir Path dir;

  @Test
  void mutatedJsonLinesAndPagesAreReadOrReportedNeverThrown() throws Exception {
    Random random = new Random(SEED);
    List<byte[]> lines = sampleLines();
    byte[] page = Files.readAllBytes(TestFiles.seed000());
    ArticleExtractor extractor = ArticleExtractor.create();
    Mutator mutator = new Mutator(random);
    long end = System.nanoTime() + SECONDS * 1_000_000_000L;
    int rounds = 0;
    long inputs = 0;
    do {
      Path jsonl = dir.resolve("r" + rounds + (random.nextInt(4) == 0 ? ".jsonl.gz" : ".jsonl"));
      int lineCount = 1 + random.nextInt(8);
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      for (int i = 0; i < lineCount; i++) {
        byte[] line = lines.get(random.nextInt(lines.size()));
        text.writeBytes(random.nextInt(3) == 0 ? line : mutator.mutate(line));
        text.write('\n');
      }
      write(
          jsonl, random.nextInt(10) == 0 ? mutator.mutate(text.toByteArray()) : text.toByteArray());
      Path pageFile = dir.resolve("p" + rounds + ".txt");
      Files.write(pageFile, mutator.mutate(page));
      inputs += 2;

      List<Problem> problems = new ArrayList<>();
      List<SourceRecord> records = new ArrayList<>();
      new SourceReader(List.of(jsonl, pageFile), problems::add).readAll(records::add);
      for (SourceRecord record : records) {
        try {
          extractor.extract(record, problems::add);
        } catch (InvalidArticleException e) {
          problems.add(Problem.failed(record.origin(), e.getMessage()));
        }
      }
      for (Path input : List.of(jsonl, pageFile)) {
        boolean accounted =
            records.stream().anyMatch(r -> r.origin().file().equals(input))
                || problems.stream().anyMatch(p -> p.origin().file().equals(input));
        assertThat(accounted).as("%s (seed %d, round %d)", input, SEED, rounds).isTrue();
      }
      Files.delete(jsonl);
      Files.delete(pageFile);
      rounds++;
    } while (System.nanoTime() < end);
    assertThat(rounds).isPositive();
    System.err.printf(
        java.util.Locale.ROOT,
        "fuzz: %d inputs in %d s, seed %d, no exception escaped%n",
        inputs,
        SECONDS,
        SEED);
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    if (file.toString().endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(bytes);
      }
    } else {
      Files.write(file, bytes);
    }
  }

  private static List<byte[]> sampleLines() throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            TestFiles.sample().resolve("dantri-sample.jsonl"), StandardCharsets.UTF_8)) {
      if (out.size() < 60) {
        out.add(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
