package vn.newssearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.newssearch.extract.CorpusArticles;
import vn.newssearch.model.Article;

class ConceptFilterTest {
  private static final AbbreviationConcepts CONCEPTS = AbbreviationConcepts.bundled();
  private static final Analyzer INDEXING = VietnameseAnalysis.forIndexing(CONCEPTS);

  /** "term@position" for each token of the folded body as the IndexWriter sees it. */
  private static List<String> indexed(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = INDEXING.tokenStream(Fields.BODY_FOLDED, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(term + "@" + position);
      }
      ts.end();
    }
    return out;
  }

  @Test
  void theWrittenFormAndTheExpansionGiveTheSameConceptTerm() throws IOException {
    assertThat(indexed("Bảo hiểm xã hội và BHXH"))
        .containsExactly(
            "bao@0", "hiem@1", "xa@2", "hoi@3", "⟨bhxh⟩@3", "va@4", "bhxh@5", "⟨bhxh⟩@5");
    assertThat(indexed("UBND tỉnh")).containsExactly("ubnd@0", "⟨ubnd⟩@0", "tinh@1");
    assertThat(indexed("Ủy ban nhân dân tỉnh")).contains("⟨ubnd⟩@3");
  }

  @Test
  void aTextDoesNotContinueAFormThatThePreviousTextBegan() throws IOException {
    // vietnews-labour: the title "Nam công nhân bị cuốn vào máy trộn bêtông tử vong" (a male
    // worker), indexed after a text whose syllables were "việt", got ⟨vn⟩
    indexed("Việt ".repeat(20));
    assertThat(indexed("Nam công nhân bị cuốn vào máy trộn bêtông tử vong"))
        .noneMatch(t -> t.startsWith("⟨vn⟩"));
  }

  @Test
  void aFormNeedsItsSyllablesInARow() throws IOException {
    assertThat(indexed("bảo hiểm y tế, xã hội")).noneMatch(t -> t.startsWith("⟨bhxh"));
    assertThat(indexed("xã hội bảo hiểm")).noneMatch(t -> t.startsWith("⟨bhxh"));
  }

  @Test
  void everyConceptOfAFormIsAdded() throws IOException {
    // "Hồ Chí Minh" is a form of HCM and of TP.HCM; "Thành phố Hồ Chí Minh" holds TP's too.
    assertThat(indexed("Thành phố Hồ Chí Minh"))
        .contains("⟨tp⟩@1", "⟨hcm⟩@4", "⟨tphcm⟩@4")
        .filteredOn(t -> t.endsWith("@4") && t.startsWith("⟨"))
        .hasSize(2);
  }

  @Test
  void formsThatOverlapWithoutNestingEachGiveTheirConcept() throws IOException {
    // UBMTTQ's expansion and MTTQVN's share "mặt trận tổ quốc": a longest-match filter (Lucene's
    // SynonymGraphFilter) takes the first and loses the second.
    assertThat(indexed("Ủy ban Mặt trận Tổ quốc Việt Nam"))
        .contains("⟨ubmttq⟩@5", "⟨mttq⟩@5", "⟨vn⟩@7", "⟨mttqvn⟩@7");
  }

  @Test
  void queriesAndSnippetsAnalyseWithoutConceptTerms() {
    assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "BHXH"))
        .containsExactly("bhxh");
  }

  /**
   * On real articles, a concept's term is in exactly the articles where the OR of its forms (terms
   * and phrases on the folded text) matches: the server may search one for the other.
   */
  @Test
  void onLabourArticlesAConceptTermMatchesWhatItsFormsMatch() throws IOException {
    Path corpus = Path.of(System.getProperty("shared.dir", "../../shared"), "corpus");
    List<Article> articles = CorpusArticles.read(corpus.resolve("vietnews-labour.jsonl.gz"));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(INDEXING))) {
        // The first thousand: every common concept occurs in them, at a fraction of the time.
        for (Article a : articles.subList(0, Math.min(1_000, articles.size()))) {
          w.addDocument(ArticleDocuments.toDocument(a));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int found = 0;
        for (AbbreviationConcepts.Concept c : CONCEPTS.concepts()) {
          for (String field : List.of(Fields.TITLE_FOLDED, Fields.BODY_FOLDED)) {
            BooleanQuery.Builder forms = new BooleanQuery.Builder();
            c.forms().forEach(f -> forms.add(match(field, f.tokens()), Occur.SHOULD));
            Query term = new TermQuery(new Term(field, AbbreviationConcepts.term(c.letters())));
            int byForms = searcher.count(forms.build());
            assertThat(searcher.count(term)).as(c.letters() + " in " + field).isEqualTo(byForms);
            BooleanQuery both =
                new BooleanQuery.Builder()
                    .add(forms.build(), Occur.FILTER)
                    .add(term, Occur.FILTER)
                    .build();
            assertThat(searcher.count(both)).isEqualTo(byForms);
            found += byForms;
          }
        }
        assertThat(found).as("articles with a concept, over all concepts").isGreaterThan(1_000);
      }
    }
  }

  private static Query match(String field, List<String> tokens) {
    return tokens.size() == 1
        ? new TermQuery(new Term(field, tokens.getFirst()))
        : new PhraseQuery(field, tokens.toArray(String[]::new));
  }
}
