package vn.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.ServingLock;
import vn.newssearch.source.TestFiles;

/** What a commit says it holds is what it holds, and a served index is committed often. */
class CommitCountsTest {
  private static final Path LABOUR = TestFiles.sample().resolve("vietnews-labour-sample.jsonl");

  /**
   * The whole labour corpus (3,103 articles) for the commit watch: the 250 of the sample build so
   * fast on an idle machine that a watcher polling every 5 ms saw only three commits.
   */
  private static final Path LABOUR_CORPUS =
      Path.of(
          System.getProperty("shared.dir", "../../shared"), "corpus", "vietnews-labour.jsonl.gz");

  @TempDir Path tmp;

  /** Every commit seen while a build runs: its documents and the count it recorded. */
  private record Seen(int documents, long recorded) {}

  private static List<Seen> watch(Path index, CompletableFuture<Tally> build) throws Exception {
    List<Seen> seen = new ArrayList<>();
    long lastGeneration = -1;
    while (true) {
      boolean done = build.isDone(); // then this look is after the last commit
      if (Files.exists(index) && DirectoryReader.indexExists(FSDirectory.open(index))) {
        try (FSDirectory dir = FSDirectory.open(index);
            DirectoryReader reader = DirectoryReader.open(dir)) {
          long generation = reader.getIndexCommit().getGeneration();
          if (generation != lastGeneration) {
            lastGeneration = generation;
            Map<String, String> data = reader.getIndexCommit().getUserData();
            seen.add(
                new Seen(
                    reader.numDocs(),
                    Long.parseLong(data.getOrDefault(CommitData.ARTICLES_INDEXED, "-1"))));
          }
        } catch (java.io.IOException e) {
          // A commit being written; the next look sees it whole.
        }
      }
      if (done && lastGeneration >= 0) {
        return seen;
      }
      Thread.sleep(5);
    }
  }

  @Test
  void everyCommitRecordsExactlyTheArticlesItHolds() throws Exception {
    Path index = tmp.resolve("index");
    BuildOptions options =
        BuildOptions.defaults()
            .withThreads(3)
            .withCommitEvery(200, Duration.ofMillis(1))
            .withProgress(p -> {}, Duration.ofMillis(10));
    CompletableFuture<Tally> build =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return ArticleIndexer.build(index, List.of(LABOUR_CORPUS), options);
              } catch (IndexBuildException e) {
                throw new IllegalStateException(e);
              }
            });
    List<Seen> seen = watch(index, build);
    assertThat(build.get().articles()).isGreaterThan(3_000);
    // Several commits while the build ran: the check below had something to compare.
    assertThat(seen.size()).isGreaterThan(3);
    assertThat(seen.getLast().documents()).isEqualTo(build.get().articles());
    assertThat(seen).allSatisfy(s -> assertThat(s.recorded()).isEqualTo(s.documents()));
  }

  @Test
  void aServingLockHeldElsewhereMarksTheIndexAsServed() throws Exception {
    Path index = tmp.resolve("index");
    ArticleIndexer.build(index, List.of(LABOUR), BuildOptions.defaults());
    try (FileChannel channel =
            FileChannel.open(
                index.resolve(ServingLock.FILE),
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock served = channel.lock(0, Long.MAX_VALUE, true)) {
      assertThat(IndexFolder.isServed(index)).isTrue();
      assertThat(served.isValid()).isTrue();
    }
    assertThat(IndexFolder.isServed(index)).isFalse();
  }

  @Test
  void aTruncatedGzipFileIsReportedAsEndedEarlyAndCountedAsFailed() throws Exception {
    Path gz = tmp.resolve("labour.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(LABOUR, out);
    }
    byte[] bytes = Files.readAllBytes(gz);
    Path cut = tmp.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    Tally tally = ArticleIndexer.build(tmp.resolve("index"), List.of(cut), BuildOptions.defaults());
    assertThat(tally.articles()).isBetween(1L, 249L);
    assertThat(tally.failed()).isEqualTo(1);
    assertThat(tally.failures())
        .singleElement()
        .asString()
        .startsWith(cut + ":")
        .endsWith(": file ends early (truncated gzip data)");
  }
}
