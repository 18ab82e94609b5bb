package vn.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.schema.AbbreviationConcepts;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.source.TestFiles;

/** A build records which abbreviation table its concept terms come from, and only if all do. */
class ConceptFingerprintTest {
  private static final Path LABOUR = TestFiles.sample().resolve("vietnews-labour-sample.jsonl");
  private static final Path DANTRI = TestFiles.sample().resolve("dantri-sample.jsonl");
  private static final BuildOptions OPTIONS = BuildOptions.defaults().withThreads(1);
  private static final String OURS = AbbreviationConcepts.bundled().fingerprint();

  @TempDir Path tmp;

  private static Map<String, String> lastCommit(Path index) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getUserData();
    }
  }

  @Test
  void aNewIndexRecordsItsTableAndHoldsItsConceptTerms() throws Exception {
    Path index = tmp.resolve("index");
    ArticleIndexer.build(index, List.of(LABOUR), OPTIONS);
    assertThat(lastCommit(index)).containsEntry(CommitData.ABBREVIATIONS, OURS);
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Term bhxh = new Term(Fields.BODY_FOLDED, AbbreviationConcepts.term("bhxh"));
      assertThat(new IndexSearcher(reader).count(new TermQuery(bhxh))).isPositive();
    }
    // An update with the same table keeps it.
    ArticleIndexer.build(index, List.of(DANTRI), OPTIONS);
    assertThat(lastCommit(index)).containsEntry(CommitData.ABBREVIATIONS, OURS);
  }

  @Test
  void anUpdateOfAnIndexBuiltWithAnotherTableRecordsNoneUntilARebuild() throws Exception {
    Path index = tmp.resolve("index");
    ArticleIndexer.build(index, List.of(LABOUR), OPTIONS);
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter w =
            new IndexWriter(dir, new IndexWriterConfig(VietnameseAnalysis.forIndexing()))) {
      w.setLiveCommitData(Map.of(CommitData.ABBREVIATIONS, "an-older-table").entrySet());
      w.commit();
    }
    ArticleIndexer.build(index, List.of(DANTRI), OPTIONS);
    assertThat(lastCommit(index)).containsEntry(CommitData.ABBREVIATIONS, "");
    ArticleIndexer.build(index, List.of(DANTRI, LABOUR), OPTIONS.withRebuild(true));
    assertThat(lastCommit(index)).containsEntry(CommitData.ABBREVIATIONS, OURS);
  }
}
