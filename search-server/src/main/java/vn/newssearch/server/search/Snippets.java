package vn.newssearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
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
  private final boolean weightPerSegment;

  Snippets() {
    this(true);
  }

  /** {@code weightPerSegment} false: Lucene's own offsets strategy, for comparison in tests. */
  Snippets(boolean weightPerSegment) {
    this.weightPerSegment = weightPerSegment;
  }

  /**
   * One snippet per hit, in the order of {@code page}; null where the body is empty. {@code bodies}
   * holds the stored folded body of each hit by doc id: the caller has read it with the rest of the
   * hit, and reading a document's stored fields twice would decompress its block twice.
   */
  String[] of(
      IndexSearcher searcher, Query query, Query apart, TopDocs page, Map<Integer, String> bodies)
      throws IOException {
    String[] out = of(searcher, query, page, bodies);
    if (apart == query) {
      return out;
    }
    // Hits where the words never stand together: mark them one by one.
    List<ScoreDoc> unmarked = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null || !out[i].contains("<mark>")) {
        unmarked.add(page.scoreDocs[i]);
        at.add(i);
      }
    }
    if (!unmarked.isEmpty()) {
      TopDocs rest =
          new TopDocs(
              new TotalHits(unmarked.size(), TotalHits.Relation.EQUAL_TO),
              unmarked.toArray(ScoreDoc[]::new));
      String[] again = of(searcher, apart, rest, bodies);
      for (int i = 0; i < again.length; i++) {
        out[at.get(i)] = again[i];
      }
    }
    return out;
  }

  private String[] of(
      IndexSearcher searcher, Query query, TopDocs page, Map<Integer, String> bodies)
      throws IOException {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, folded)
            .withFormatter(formatter)
            .withScorer(scorer)
            .withMaxNoHighlightPassages(1)
            .withBreakIterator(SentenceBreaks::new);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(builder) {
          /** Lucene's offsets from the postings, with one weight per segment, not per hit. */
          @Override
          protected FieldOffsetStrategy getOffsetStrategy(
              OffsetSource source, UHComponents components) {
            FieldOffsetStrategy stock = super.getOffsetStrategy(source, components);
            return weightPerSegment && stock.getClass() == PostingsOffsetStrategy.class
                ? new LeafWeightOffsets(components)
                : stock;
          }

          /** The stock loop, reading {@code bodies} instead of the stored fields. */
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            int chars = 0;
            do {
              int doc = docs.nextDoc();
              if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
              }
              CharSequence[] values = new CharSequence[fields.length];
              for (int i = 0; i < fields.length; i++) {
                String body = Fields.BODY_FOLDED.equals(fields[i]) ? bodies.get(doc) : null;
                values[i] =
                    body == null
                        ? null
                        : body.substring(0, Math.min(getMaxLength(), body.length()));
                chars += values[i] == null ? 0 : values[i].length();
              }
              out.add(values);
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return out;
          }
        };
    return highlighter.highlight(Fields.BODY_FOLDED, query, page, PASSAGES);
  }
}
