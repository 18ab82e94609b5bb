package vn.newssearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import vn.newssearch.extract.AgreementExtractor;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Where indexing time goes, per article, on one thread: JSON parsing, extraction (parties,
 * organisations, agreements), Article → Document, and the analysis of the indexed fields (ICU
 * tokenization + folding, the dual fields), against StandardAnalyzer on the baseline's one field.
 *
 * <p>{@code java -cp bench/target/bench.jar vn.newssearch.bench.PipelineBreakdown [--limit 5000]}
 */
public final class PipelineBreakdown {
  private PipelineBreakdown() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    List<String> lines = new ArrayList<>();
    CorpusReader.forEachLine(args.corpus(), args.getLong("limit", 5000), lines::add);
    AgreementExtractor extractor = new AgreementExtractor(Gazetteer.load());
    Analyzer ours = VietnameseAnalysis.forIndexing();
    Analyzer baseline = Pipeline.baseline().analyzer();
    long[] t = new long[5];
    for (int round = 0; round < 2; round++) { // round 0 warms up
      java.util.Arrays.fill(t, 0);
      for (String line : lines) {
        long t0 = System.nanoTime();
        Article a = CorpusReader.parse(line, 0);
        long t1 = System.nanoTime();
        Article enriched = extractor.enrich(a);
        long t2 = System.nanoTime();
        Document doc = ArticleDocuments.toDocument(enriched);
        long t3 = System.nanoTime();
        analyse(ours, doc);
        long t4 = System.nanoTime();
        analyse(baseline, Pipeline.baseline().document(a));
        long t5 = System.nanoTime();
        t[0] += t1 - t0;
        t[1] += t2 - t1;
        t[2] += t3 - t2;
        t[3] += t4 - t3;
        t[4] += t5 - t4;
      }
    }
    double n = lines.size();
    System.out.println(Machine.describe());
    System.out.println(Stats.f("per article, mean over %d articles, 1 thread (µs):", lines.size()));
    String[] names = {
      "JSON parse",
      "extraction (AgreementExtractor.enrich)",
      "Article -> Document (+facets, JSON)",
      "analysis of our fields (dual ICU)",
      "analysis of the baseline field (StandardAnalyzer)"
    };
    for (int i = 0; i < names.length; i++) {
      System.out.println(Stats.f("  %-50s %8.1f", names[i], t[i] / n / 1e3));
    }
  }

  /** Runs every tokenized field of the document through the analyzer, as IndexWriter would. */
  private static void analyse(Analyzer analyzer, Iterable<? extends IndexableField> doc)
      throws IOException {
    for (IndexableField f : doc) {
      if (!f.fieldType().tokenized() || f.stringValue() == null) {
        continue;
      }
      try (TokenStream ts = analyzer.tokenStream(f.name(), f.stringValue())) {
        ts.reset();
        while (ts.incrementToken()) {
          // consume
        }
        ts.end();
      }
    }
  }
}
