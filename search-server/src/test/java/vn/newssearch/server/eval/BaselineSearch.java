package vn.newssearch.server.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The baseline the relevance figures are compared with: plain BM25 over ONE folded field holding
 * title, lead and body, every query word required. It has no exact-accent field, no phrase or
 * proximity boost, no title weight and no party field: party names are searched as words. It sees
 * the same extracted articles and applies the same date and category filters, so the difference is
 * the ranking.
 */
final class BaselineSearch implements AutoCloseable {
  /** This in-test index's own fields; they are not part of the product's index contract. */
  private static final String ID = "id";

  private static final String TEXT = "text";
  private static final String PUBLISHED = "published";
  private static final String CATEGORY = "category";

  private final Analyzer folded = VietnameseAnalysis.folded();
  private final Directory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  BaselineSearch(List<Article> articles) {
    try {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(folded))) {
        for (Article a : articles) {
          Document d = new Document();
          d.add(new StoredField(ID, a.id()));
          String text = String.join("\n\n", nz(a.title()), nz(a.lead()), nz(a.body()));
          d.add(new TextField(TEXT, text, Field.Store.NO));
          if (a.category() != null) {
            d.add(new StringField(CATEGORY, a.category(), Field.Store.NO));
          }
          if (a.published() != null) {
            d.add(new LongPoint(PUBLISHED, ArticleDocuments.millis(a.published())));
          }
          w.addDocument(d);
        }
      }
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of the top {@code k} hits, best first. */
  List<String> search(EvalQuery q, int k) {
    try {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      List<String> words = new ArrayList<>(VietnameseAnalysis.terms(folded, q.q()));
      q.party().forEach(p -> words.addAll(VietnameseAnalysis.terms(folded, p)));
      words.forEach(t -> b.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.MUST));
      if (words.isEmpty()) {
        b.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
      }
      if (q.from() != null || q.to() != null) {
        b.add(dateRange(q.from(), q.to()), BooleanClause.Occur.FILTER);
      }
      if (q.category() != null) {
        b.add(new TermQuery(new Term(CATEGORY, q.category())), BooleanClause.Occur.FILTER);
      }
      ScoreDoc[] hits = searcher.search(b.build(), k).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>(hits.length);
      for (ScoreDoc h : hits) {
        ids.add(stored.document(h.doc).get(ID));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Inclusive calendar days in Vietnam time, as the product reads {@code from} and {@code to}. */
  static Query dateRange(LocalDate from, LocalDate to) {
    long lo =
        from == null
            ? Long.MIN_VALUE
            : from.atStartOfDay().atOffset(Article.VIETNAM).toInstant().toEpochMilli();
    long hi =
        to == null
            ? Long.MAX_VALUE
            : to.plusDays(1).atStartOfDay().atOffset(Article.VIETNAM).toInstant().toEpochMilli()
                - 1;
    return LongPoint.newRangeQuery(PUBLISHED, lo, hi);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
    folded.close();
  }
}
