package vn.newssearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The second pass of relevance ranking. The phrase clauses that reward syllables typed next to each
 * other read positions, and over common syllables that was most of a search's time when they ran on
 * every hit (facets need every hit). They never decide what matches, only add score, so they run
 * here over the first {@link #WINDOW} hits of the first pass instead (fewer for a long query). A
 * hit in the window gets the score the one-pass query gave it: its first-pass score plus the bonus.
 *
 * <p>The order this gives is total and stable across pages: the window, re-sorted, then the rest in
 * first-pass order. The bonus is never negative, so every hit in the window scores at least as high
 * as any hit after it. The window's size depends only on the query, so every page of one query cuts
 * the same order.
 */
final class AdjacencyRescorer {
  private AdjacencyRescorer() {}

  /**
   * How many first-pass hits get the bonus: ten pages of 20. What a window costs in ranking against
   * the one-pass order, and saves in time, is measured by {@code RescoreWindowBench}
   * (docs/performance.md).
   */
  static final int WINDOW = 200;

  /**
   * The window of a long query (beyond {@link
   * vn.newssearch.server.search.typing.MinimumShouldMatch#ALL_UP_TO} plain words: a pasted headline
   * or sentence). Its bonus is hundreds of clauses over a few dozen syllables, so each hit of the
   * window costs far more than a short query's, and the article it was pasted from is at the top of
   * the first pass already: its rare syllables decide the candidates.
   */
  static final int LONG_QUERY_WINDOW = 50;

  /** The window for a query: {@code configured}, or less for a long query; 0 stays 0 (one pass). */
  static int window(int configured, boolean longQuery) {
    return longQuery ? Math.min(configured, LONG_QUERY_WINDOW) : configured;
  }

  /** Relevance order: the score sort value, then the id's key (the tie-break of {@link Sorts}). */
  static final Comparator<FieldDoc> ORDER =
      Comparator.<FieldDoc>comparingDouble(h -> -((Float) h.fields[0]))
          .thenComparingLong(h -> (Long) h.fields[1]);

  /**
   * Adds the bonus to the first {@code n} hits (score and the score sort value) and re-sorts them
   * in {@link #ORDER}. The hits are FieldDocs of the relevance sort: score, then id.
   */
  static void rescore(IndexSearcher searcher, Query bonus, FieldDoc[] hits, int n)
      throws IOException {
    // Without the query cache: it would fill a bit set over the whole index for each of the
    // bonus's constant-score clauses it has seen before (a long query's run pairs), to read it for
    // n documents. That was most of a pasted headline's time once its clauses repeated, and the
    // cache, shared and limited, keeps evicting them. The scores are the same without it.
    IndexSearcher uncached = new IndexSearcher(searcher.getIndexReader());
    uncached.setQueryCache(null);
    uncached.setSimilarity(searcher.getSimilarity());
    BonusTree tree = new BonusTree(uncached, bonus);
    FieldDoc[] byDoc = Arrays.copyOf(hits, n);
    Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    int leafEnd = 0;
    int docBase = 0;
    BonusNodes.Node scorer = null;
    for (FieldDoc hit : byDoc) {
      while (hit.doc >= leafEnd) {
        LeafReaderContext context = leaves.get(++leaf);
        docBase = context.docBase;
        leafEnd = docBase + context.reader().maxDoc();
        scorer = tree.leaf(context);
      }
      float bonusScore = scorer.score(hit.doc - docBase);
      if (!Float.isNaN(bonusScore)) {
        hit.score += bonusScore;
        hit.fields[0] = hit.score;
      }
    }
    Arrays.sort(hits, 0, n, ORDER);
  }

  /** Where a page after {@code last} starts among the first {@code n} rescored hits. */
  static int startAfter(FieldDoc[] hits, int n, FieldDoc last) {
    int i = 0;
    while (i < n && ORDER.compare(hits[i], last) <= 0) {
      i++;
    }
    return i;
  }
}
