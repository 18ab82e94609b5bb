package vn.newssearch.server.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Snippets from the folded body, which is indexed with offsets: the highlighter reads match
 * positions straight from the postings, and the offsets point into the original text, so an
 * unaccented query still marks the accented words.
 */
final class Snippets {
  private static final int PASSAGES = 2;

  private final HtmlPassageFormatter formatter = new HtmlPassageFormatter();
  private final LeanPassageScorer scorer = new LeanPassageScorer();
  private final Analyzer folded = VietnameseAnalysis.folded();

  /** One snippet per hit, in the order of {@code page}; null where the body is empty. */
  String[] of(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, folded)
            .withFormatter(formatter)
            .withScorer(scorer)
            .withMaxNoHighlightPassages(1)
            .withBreakIterator(SentenceBreaks::new)
            .build();
    return highlighter.highlight(Fields.BODY_FOLDED, query, page, PASSAGES);
  }
}
