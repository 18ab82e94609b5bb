package vn.newssearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TaskExecutor;
import vn.newssearch.server.search.SearchResponse.Facets;
import vn.newssearch.server.search.SearchResponse.Hit;
import vn.newssearch.server.search.StageTimer.Stage;

/**
 * Cuts the page from the ranked hits and makes what the response shows of it: the hits with their
 * snippets, the facet counts, and the cursor to the next page.
 */
final class PageAssembler {
  private static final TaskExecutor IN_TURN = new TaskExecutor(Runnable::run);

  private final PageHits pages = new PageHits();
  private final FacetCounts facets = new FacetCounts();
  private final Cursor cursors;
  private final StageTimer stages;

  PageAssembler(Cursor cursors, StageTimer stages) {
    this.cursors = cursors;
    this.stages = stages;
  }

  /** The page of a ranked search; {@code nextCursor} is null on the last page. */
  record Page(List<Hit> hits, Facets facets, String nextCursor) {}

  Page assemble(FacetSearcher searcher, QueryPlan plan, Ranker.Ranked ranked, int size)
      throws IOException {
    FieldDoc[] all = ranked.hits();
    int from = Math.min(ranked.from(), all.length);
    int end = Math.min(all.length, from + size);
    ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, end);
    Hit[] hits = new Hit[pageDocs.length];
    // The facet counts and each half of the page are independent; over an index large enough to
    // be searched in slices, they run side by side too. Over a smaller one that measured no faster
    // (docs/performance.md), so they run in turn.
    int half = (pageDocs.length + 1) / 2;
    List<Callable<Facets>> work =
        List.of(
            () -> timed(Stage.FACETS, () -> facets.of(searcher, ranked.facets())),
            () -> timed(Stage.HITS, () -> load(searcher, plan, pageDocs, 0, half, hits)),
            () -> timed(Stage.HITS, () -> load(searcher, plan, pageDocs, half, end - from, hits)));
    Facets counts =
        (searcher.getSlices().length > 1 ? searcher.getTaskExecutor() : IN_TURN)
            .invokeAll(work)
            .getFirst();
    String next =
        all.length > end && end > from
            ? cursors.encode(plan.sort(), all[end - 1], end - 1 < ranked.rescored())
            : null;
    return new Page(List.of(hits), counts, next);
  }

  /** Loads {@code hits[from, to)}; returns no facets. */
  private Facets load(
      FacetSearcher searcher, QueryPlan plan, ScoreDoc[] docs, int from, int to, Hit[] hits)
      throws IOException {
    pages.load(searcher, plan.highlight(), plan.highlightApart(), docs, from, to, hits);
    return null;
  }

  private <T> T timed(Stage stage, Callable<T> work) throws Exception {
    long t0 = System.nanoTime();
    try {
      return work.call();
    } finally {
      stages.took(stage, System.nanoTime() - t0);
    }
  }
}
