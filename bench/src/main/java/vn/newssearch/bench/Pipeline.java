package vn.newssearch.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import vn.newssearch.extract.AgreementExtractor;
import vn.newssearch.extract.Article;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.VietnameseAnalysis;

/** What an indexing run does with each parsed article: ours, or the raw-Lucene baseline. */
interface Pipeline {
  String name();

  Analyzer analyzer();

  Iterable<? extends org.apache.lucene.index.IndexableField> document(Article a);

  /**
   * Our pipeline: agreement/party extraction ({@link AgreementExtractor}), then the one
   * Article-to-Document conversion with dual ICU fields, stored JSON and facets.
   */
  static Pipeline ours() {
    AgreementExtractor extractor = new AgreementExtractor(Gazetteer.load());
    Analyzer analyzer = VietnameseAnalysis.forIndexing();
    return new Pipeline() {
      @Override
      public String name() {
        return "ours";
      }

      @Override
      public Analyzer analyzer() {
        return analyzer;
      }

      @Override
      public Document document(Article a) {
        return ArticleDocuments.toDocument(extractor.enrich(a));
      }
    };
  }

  /**
   * The baseline of issue 5: title and body into ONE field with StandardAnalyzer, no extraction.
   */
  static Pipeline baseline() {
    Analyzer analyzer = new StandardAnalyzer();
    return new Pipeline() {
      @Override
      public String name() {
        return "baseline";
      }

      @Override
      public Analyzer analyzer() {
        return analyzer;
      }

      @Override
      public Document document(Article a) {
        Document doc = new Document();
        String text = a.title() + "\n" + ArticleDocuments.indexedText(a);
        doc.add(new TextField(BASELINE_FIELD, text, Field.Store.NO));
        return doc;
      }
    };
  }

  /** The baseline's only field; a benchmark-local name, not part of the index contract. */
  String BASELINE_FIELD = "text";
}
