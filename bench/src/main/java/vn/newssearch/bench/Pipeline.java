package vn.newssearch.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;

/** What the baseline indexing run does with each parsed article (ours is ArticleIndexer). */
interface Pipeline {
  /** The baseline's only field; a benchmark-local name, not part of the index contract. */
  String BASELINE_FIELD = "text";

  String name();

  Analyzer analyzer();

  Iterable<? extends org.apache.lucene.index.IndexableField> document(Article a);

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
}
