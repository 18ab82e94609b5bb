package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;

class TextQueriesTest {
  private final TextQueries text = new TextQueries();

  @Test
  void aLongerFormOfTheSameConceptOnlyAddsScoreInTheWindow() {
    TextQueries.Built b =
        text.build(UserQuery.parse("TP.HCM OR \"Hồ Chí Minh\" OR \"Thành phố Hồ Chí Minh\""));
    // It matches nothing "Hồ Chí Minh" does not: reading its positions on every hit only cost.
    assertThat(b.query().toString()).contains("\"ho chi minh\"").doesNotContain("thanh pho");
    assertThat(b.bonus().toString()).contains("\"thanh pho ho chi minh\"");
  }

  @Test
  void theRarerHalfOfALongQueryDecidesTheCandidates() throws IOException {
    String headline = "công nhân của công ty được thưởng vàng mã";
    try (ByteBuffersDirectory dir = commonAndRareWords();
        DirectoryReader reader = DirectoryReader.open(dir)) {
      BooleanQuery q = (BooleanQuery) text.build(UserQuery.parse(headline), reader).query();
      BooleanQuery most =
          q.clauses().stream()
              .filter(c -> c.occur() == Occur.MUST)
              .map(BooleanClause::query)
              .filter(x -> x instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() > 0)
              .map(BooleanQuery.class::cast)
              .findFirst()
              .orElseThrow();
      // Nine words: the five rarest decide, four of them required; "của", "được" ..., which
      // every article holds, only add score.
      assertThat(most.clauses()).hasSize(5);
      assertThat(most.getMinimumNumberShouldMatch()).isEqualTo(4);
      String deciding = most.toString();
      for (String rare : List.of("thuong", "vang", "ma")) {
        assertThat(deciding).contains(rare);
      }
      assertThat(deciding).doesNotContain("cua").doesNotContain("duoc");
      // The commoner half adds its score in the window's bonus, not on every candidate.
      TextQueries.Built built = text.build(UserQuery.parse(headline), reader);
      assertThat(termQueries(built.query())).doesNotContain(Fields.BODY_FOLDED + ":cua");
      assertThat(termQueries(built.bonus())).contains(Fields.BODY_FOLDED + ":cua");
    }
  }

  /** The single-term clauses of a query, as field:text. */
  private static List<String> termQueries(Query q) {
    List<String> out = new ArrayList<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            if (query instanceof TermQuery t) {
              out.add(t.getTerm().field() + ":" + t.getTerm().text());
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return out;
  }

  @Test
  void aLongQuerysAccentExactTermsAreLeftOut() throws IOException {
    String headline = "công nhân của công ty được thưởng vàng mã";
    try (ByteBuffersDirectory dir = commonAndRareWords();
        DirectoryReader reader = DirectoryReader.open(dir)) {
      TextQueries.Built long_ = text.build(UserQuery.parse(headline), reader);
      assertThat(long_.longQuery()).isTrue();
      // Its folded pairs and exact title pairs tell the words apart; no exact term is read.
      assertThat(long_.query().toString() + long_.bonus())
          .doesNotContain(Fields.BODY_EXACT + ":")
          .contains(Fields.TITLE_EXACT + ":\"vàng mã\"");
      // A short query keeps every exact term in the first pass.
      TextQueries.Built short_ = text.build(UserQuery.parse("của công ty"), reader);
      assertThat(short_.query().toString()).contains(Fields.BODY_EXACT + ":của");
    }
  }

  @Test
  void aLongQueryScoresItsPairsWithDiacriticsInTheTitleOnly() throws IOException {
    try (ByteBuffersDirectory dir = commonAndRareWords();
        DirectoryReader reader = DirectoryReader.open(dir)) {
      TextQueries.Built long_ =
          text.build(UserQuery.parse("công nhân của công ty được thưởng vàng mã"), reader);
      assertThat(long_.longQuery()).isTrue();
      // The folded pair still scores in the body; the accent-exact one only in the title.
      assertThat(long_.bonus().toString())
          .contains(Fields.BODY_FOLDED + ":\"vang ma\"")
          .doesNotContain(Fields.BODY_EXACT + ":\"vàng mã\"");
      assertThat(long_.query().toString()).contains(Fields.TITLE_EXACT + ":\"vàng mã\"");
      TextQueries.Built short_ = text.build(UserQuery.parse("vàng mã"), reader);
      assertThat(short_.bonus().toString()).contains(Fields.BODY_EXACT + ":\"vàng mã\"");
    }
  }

  /** Twenty articles of common words and one with the rare words of the test headline. */
  private static ByteBuffersDirectory commonAndRareWords() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(VietnameseAnalysis.folded()))) {
      for (int i = 0; i < 20; i++) {
        w.addDocument(body("công nhân của công ty được nghỉ tết " + i));
      }
      w.addDocument(body("ông chủ được thưởng vàng mã"));
    }
    return dir;
  }

  private static Document body(String text) {
    Document d = new Document();
    d.add(new TextField(Fields.BODY_FOLDED, text, Field.Store.NO));
    return d;
  }
}
