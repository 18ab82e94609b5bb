package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.schema.AbbreviationConcepts;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.search.typing.Abbreviations;

/** An abbreviation's OR group is searched as its concept term only over an index that holds it. */
class IndexedConceptsTest {
  private static final Abbreviations ABBREVIATIONS = Abbreviations.from(PartyNames.load());
  private final TextQueries text = new TextQueries(new IndexedConcepts(() -> ABBREVIATIONS));

  /** The reading of "BHXH": one group of every form of the concept. */
  private static UserQuery bhxh() {
    List<UserQuery.Unit> forms =
        ABBREVIATIONS.concept("bhxh").forms().stream()
            .map(f -> new UserQuery.Unit(f.text(), f.tokens().size() > 1))
            .toList();
    return new UserQuery(List.of(forms), List.of(), List.of());
  }

  private static ByteBuffersDirectory index(String fingerprint) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w =
        new IndexWriter(dir, new IndexWriterConfig(VietnameseAnalysis.forIndexing()))) {
      for (String body :
          List.of(
              "Người lao động đóng BHXH tự nguyện",
              "Quỹ bảo hiểm xã hội tăng thu",
              "Bảo hiểm y tế cho học sinh, xã hội hóa")) {
        w.addDocument(ArticleDocuments.toDocument(article(body)));
      }
      w.setLiveCommitData(Map.of(CommitData.ABBREVIATIONS, fingerprint).entrySet());
      w.commit();
    }
    return dir;
  }

  private static Article article(String body) {
    String id = "concept-" + Integer.toHexString(body.hashCode());
    return new Article(
        id,
        "https://example.test/" + id,
        "fixture.test",
        "Tin",
        null,
        body,
        List.of(),
        null,
        "Fixture",
        null,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  @Test
  void anIndexBuiltWithTheSameTableIsSearchedByTheConceptTerm() throws IOException {
    String fingerprint = ABBREVIATIONS.table().fingerprint();
    assertThat(fingerprint).isEqualTo(AbbreviationConcepts.bundled().fingerprint());
    try (ByteBuffersDirectory dir = index(fingerprint);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Query q = text.build(bhxh(), reader).query();
      assertThat(q.toString()).contains("⟨bhxh⟩").doesNotContain("\"bao hiem xa hoi\"");
      assertThat(new IndexSearcher(reader).count(q)).isEqualTo(2);
    }
  }

  @Test
  void anIndexBuiltWithAnotherTableOrNoneKeepsTheOrGroupWithTheSameHits() throws IOException {
    for (String other : List.of("", "0123456789abcdef01234567")) {
      try (ByteBuffersDirectory dir = index(other);
          DirectoryReader reader = DirectoryReader.open(dir)) {
        Query q = text.build(bhxh(), reader).query();
        assertThat(q.toString()).doesNotContain("⟨bhxh⟩").contains("\"bao hiem xa hoi\"");
        assertThat(new IndexSearcher(reader).count(q)).isEqualTo(2);
      }
    }
  }

  @Test
  void aGroupWithOnlySomeFormsOfTheConceptSearchesThoseForms() throws IOException {
    try (ByteBuffersDirectory dir = index(ABBREVIATIONS.table().fingerprint());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Query q = text.build(UserQuery.parse("BHXH OR \"bảo hiểm y tế\""), reader).query();
      assertThat(q.toString()).doesNotContain("⟨bhxh⟩");
    }
  }
}
