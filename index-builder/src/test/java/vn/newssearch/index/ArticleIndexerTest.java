package vn.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;
import vn.newssearch.source.TestFiles;

class ArticleIndexerTest {
  private static final Path DANTRI = TestFiles.sample().resolve("dantri-sample.jsonl");
  private static final Path LABOUR = TestFiles.sample().resolve("vietnews-labour-sample.jsonl");
  private static final BuildOptions OPTIONS = BuildOptions.defaults().withThreads(2);

  @TempDir Path tmp;

  @Test
  void indexingTheSampleTwiceUpdatesTheSameArticlesInsteadOfDuplicatingThem() throws Exception {
    Path index = tmp.resolve("index");
    Tally first = ArticleIndexer.build(index, List.of(TestFiles.sample()), OPTIONS);
    assertThat(first.filesRead()).isEqualTo(4);
    assertThat(first.articles()).isEqualTo(452);
    assertThat(first.failed()).isZero();
    assertThat(first.indexed()).isEqualTo(first.articles());
    assertThat(first.updated()).isZero();
    assertThat(first.documents()).isEqualTo(first.articles());
    assertThat(first.skipped())
        .containsExactly(
            Map.entry("not an input format (.md)", 1L), Map.entry("not an input format (.py)", 1L));

    Tally second = ArticleIndexer.build(index, List.of(TestFiles.sample()), OPTIONS);
    assertThat(second.indexed()).isZero();
    assertThat(second.updated()).isEqualTo(first.articles());
    assertThat(second.documents()).isEqualTo(first.documents());
    assertThat(countId(index, "dantri-news_business_046")).isEqualTo(1);
    assertThat(countId(index, "vietnews-test-000679")).isEqualTo(1);
  }

  @Test
  void theSameArticleInTwoFilesIsOneDocument() throws Exception {
    Path copy = Files.copy(DANTRI, tmp.resolve("again.jsonl"));
    Tally t = ArticleIndexer.build(tmp.resolve("index"), List.of(DANTRI, copy), OPTIONS);
    assertThat(t.indexed()).isEqualTo(200);
    assertThat(t.updated()).isEqualTo(200);
    assertThat(t.documents()).isEqualTo(200);
  }

  @Test
  void rebuildStartsFromAnEmptyIndex() throws Exception {
    Path index = tmp.resolve("index");
    ArticleIndexer.build(index, List.of(DANTRI, LABOUR), OPTIONS);
    Tally rebuilt = ArticleIndexer.build(index, List.of(LABOUR), OPTIONS.withRebuild(true));
    assertThat(rebuilt.indexed()).isEqualTo(250);
    assertThat(rebuilt.updated()).isZero();
    assertThat(rebuilt.documents()).isEqualTo(250);
    assertThat(countId(index, "dantri-news_business_046")).isZero();
  }

  @Test
  void undatedArticlesAreIndexedAndCounted() throws Exception {
    Tally t = ArticleIndexer.build(tmp.resolve("index"), List.of(DANTRI, LABOUR), OPTIONS);
    assertThat(t.articles()).isEqualTo(450);
    assertThat(t.undated()).isEqualTo(250);
    assertThat(t.failed()).isZero();
    assertThat(t.warned()).isZero();
    assertThat(t.textBytes()).isEqualTo(Files.size(DANTRI) + Files.size(LABOUR));
    assertThat(t.articlesPerSecond()).isPositive();
  }

  @Test
  void aPageWithoutARecognisableDateIsIndexedAsUndatedAndReported() throws Exception {
    Path page =
        Files.writeString(
            tmp.resolve("no-date.txt"),
            "Người lao động được tăng lương tối thiểu vùng\n\n"
                + "Mức lương tối thiểu vùng tăng từ tháng sau theo nghị định mới của Chính phủ.\n"
                + "Người lao động ở cả bốn vùng đều được hưởng mức tăng này.\n",
            StandardCharsets.UTF_8);
    Tally t = ArticleIndexer.build(tmp.resolve("index"), List.of(page), OPTIONS);
    assertThat(t.articles()).isEqualTo(1);
    assertThat(t.undated()).isEqualTo(1);
    assertThat(t.warnings())
        .containsExactly(page + ":1: no recognisable publication date; indexed as undated");
  }

  @Test
  void badRecordsAreCountedWithTheirLinesAndNeverStopTheRest() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(DANTRI, StandardCharsets.UTF_8));
    for (int i = 9; i < lines.size(); i += 10) {
      lines.set(i, i % 20 == 9 ? "{\"id\": \"no-body-" + i + "\", \"title\": \"x\"}" : "not json");
    }
    Path mixed = tmp.resolve("mixed.jsonl");
    Files.write(mixed, lines, StandardCharsets.UTF_8);
    Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
    Tally t = ArticleIndexer.build(tmp.resolve("index"), List.of(mixed, empty), OPTIONS);
    assertThat(t.articles()).isEqualTo(180);
    assertThat(t.failed()).isEqualTo(21);
    assertThat(t.failures())
        .contains(
            mixed + ":10: JSON object has no \"body\"",
            mixed
                + ":20: malformed JSON at byte 1: Unrecognized token 'not': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false')",
            empty + ":1: empty file");
    assertThat(t.documents()).isEqualTo(180);
  }

  @Test
  void aRunThatIndexesNothingLeavesTheIndexAsItWas() throws Exception {
    Path index = tmp.resolve("index");
    Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
    Tally nothing = ArticleIndexer.build(index, List.of(empty), OPTIONS);
    assertThat(nothing.articles()).isZero();
    assertThat(nothing.failures()).containsExactly(empty + ":1: empty file");
    try (FSDirectory dir = FSDirectory.open(index)) {
      assertThat(DirectoryReader.indexExists(dir)).as("no empty index is committed").isFalse();
    }
    ArticleIndexer.build(index, List.of(DANTRI), OPTIONS);
    Tally rebuildFromNothing =
        ArticleIndexer.build(index, List.of(empty), OPTIONS.withRebuild(true));
    assertThat(rebuildFromNothing.documents()).isEqualTo(200);
    assertThat(countId(index, "dantri-news_business_046")).isEqualTo(1);
  }

  /**
   * An interrupt on the building thread at its first progress tick stops the reader and every
   * worker (a worker left waiting for records would hang the build) and leaves the last commit
   * alone.
   */
  @Test
  void anInterruptedBuildStopsItsThreadsAndKeepsTheLastCommit() throws Exception {
    Path index = tmp.resolve("index");
    long committed = ArticleIndexer.build(index, List.of(DANTRI), OPTIONS).documents();
    Path corpus =
        Path.of(System.getProperty("shared.dir", "../../shared"), "corpus", "vietnews.jsonl.gz");
    BuildOptions interrupting =
        OPTIONS.withProgress(p -> Thread.currentThread().interrupt(), Duration.ofMillis(10));

    assertThatThrownBy(() -> ArticleIndexer.build(index, List.of(corpus), interrupting))
        .isInstanceOf(IndexBuildException.class)
        .hasMessageStartingWith("indexing stopped: ")
        .hasMessageEndingWith("; the index is left at its last commit");

    Thread.interrupted(); // clears what is left of the interrupt for the next test
    assertThat(Thread.getAllStackTraces().keySet())
        .extracting(Thread::getName)
        .noneMatch(name -> name.startsWith("index-worker-") || name.equals("index-reader"));
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(reader.numDocs()).isEqualTo(committed);
    }
  }

  @Test
  void progressIsReportedUpToTheEnd() throws Exception {
    List<Progress> seen = new CopyOnWriteArrayList<>();
    Tally t =
        ArticleIndexer.build(
            tmp.resolve("index"),
            List.of(DANTRI),
            OPTIONS.withProgress(seen::add, Duration.ofMillis(10)));
    assertThat(seen).isNotEmpty();
    Progress last = seen.getLast();
    assertThat(last.articles()).isEqualTo(t.articles());
    assertThat(last.fraction()).isEqualTo(1.0);
    assertThat(last.bytesTotal()).isEqualTo(Files.size(DANTRI));
  }

  @Test
  void theCommitRecordsWhenTheIndexWasBuilt() throws Exception {
    Path index = tmp.resolve("index");
    Instant before = Instant.now();
    ArticleIndexer.build(index, List.of(DANTRI), OPTIONS);
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Map<String, String> data = reader.getIndexCommit().getUserData();
      assertThat(Instant.parse(data.get(CommitData.BUILT_AT))).isAfterOrEqualTo(before);
      assertThat(data).containsEntry(CommitData.COMPLETE, "true");
      assertThat(data).containsEntry("articles_indexed", "200");
    }
  }

  /**
   * --merge: the commits every 100 articles leave several segments; merging leaves one, with the
   * same articles, and the time it took is reported apart.
   */
  @Test
  void aMergedBuildIsOneSegmentWithTheSameArticles() throws Exception {
    BuildOptions often = OPTIONS.withCommitEvery(100, Duration.ofMinutes(1));
    Path plain = tmp.resolve("plain");
    Tally unmerged = ArticleIndexer.build(plain, List.of(DANTRI, LABOUR), often);
    Path merged = tmp.resolve("merged");
    Tally t = ArticleIndexer.build(merged, List.of(DANTRI, LABOUR), often.withMerge(true));

    assertThat(unmerged.merging()).isZero();
    assertThat(segments(plain)).isGreaterThan(1);
    assertThat(t.merging()).isPositive().isLessThanOrEqualTo(t.elapsed());
    assertThat(segments(merged)).isEqualTo(1);
    assertThat(t.documents()).isEqualTo(unmerged.documents()).isEqualTo(450);
    assertThat(countId(merged, "dantri-news_business_046")).isEqualTo(1);
    assertThat(countId(merged, "vietnews-test-000679")).isEqualTo(1);
    try (FSDirectory dir = FSDirectory.open(merged)) {
      assertThat(new CheckIndex(dir).checkIndex().clean).isTrue();
    }
  }

  private static int segments(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }

  /**
   * A build killed after its last commit: the disk then holds flushed but uncommitted segments.
   * That state is a copy of the folder taken while a writer holds them; the copy must open at the
   * last commit, pass CheckIndex, and a rerun must complete the work.
   */
  @Test
  void aCrashAfterTheLastCommitLeavesThatCommitAndARerunCompletesTheWork() throws Exception {
    Path index = tmp.resolve("index");
    ArticleIndexer.build(index, List.of(DANTRI), OPTIONS);
    Path crashed = tmp.resolve("crashed");
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig(VietnameseAnalysis.forIndexing()))) {
      ArticleExtractor extractor = ArticleExtractor.create();
      List<SourceRecord> records = new ArrayList<>();
      new SourceReader(List.of(LABOUR), p -> {}).readAll(records::add);
      for (SourceRecord r : records) {
        writer.updateDocument(
            ArticleDocuments.idTerm(extractor.extract(r, p -> {}).id()),
            ArticleDocuments.toDocument(extractor.extract(r, p -> {})));
      }
      writer.flush();
      copyFolder(index, crashed);
      writer.rollback();
    }
    assertThat(Files.list(crashed).map(p -> p.getFileName().toString()))
        .as("flushed, uncommitted segment files are on disk")
        .anyMatch(name -> name.startsWith("_1"));
    try (FSDirectory dir = FSDirectory.open(crashed)) {
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.numDocs()).isEqualTo(200);
      }
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setInfoStream(null);
        assertThat(check.checkIndex().clean).isTrue();
      }
    }
    Tally rerun = ArticleIndexer.build(crashed, List.of(DANTRI, LABOUR), OPTIONS);
    assertThat(rerun.updated()).isEqualTo(200);
    assertThat(rerun.indexed()).isEqualTo(250);
    assertThat(rerun.documents()).isEqualTo(450);
  }

  @Test
  void anIndexPathThatIsAFileIsAFatalErrorWithAClearMessage() throws IOException {
    Path file = Files.writeString(tmp.resolve("index"), "not a folder");
    assertThatThrownBy(() -> ArticleIndexer.build(file, List.of(DANTRI), OPTIONS))
        .isInstanceOf(IndexBuildException.class)
        .hasMessage("the index path " + file + " is a file, not a folder");
  }

  @Test
  void anIndexLockedByAnotherWriterIsAFatalErrorAndStaysUntouched() throws Exception {
    Path index = tmp.resolve("index");
    ArticleIndexer.build(index, List.of(DANTRI), OPTIONS);
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig())) {
      assertThat(other.isOpen()).as("the other writer holds the lock").isTrue();
      assertThatThrownBy(() -> ArticleIndexer.build(index, List.of(LABOUR), OPTIONS))
          .isInstanceOf(IndexBuildException.class)
          .hasMessage(
              "the index "
                  + index
                  + " is being written by another process (its write.lock is held)");
    }
    assertThat(countId(index, "dantri-news_business_046")).isEqualTo(1);
  }

  private static int countId(Path index, String id) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(ArticleDocuments.idTerm(id)));
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
