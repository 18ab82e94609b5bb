package vn.newssearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopDocs;
import vn.newssearch.server.search.StageTimer.Stage;

/**
 * Ranks the hits of a plan: one pass, or for relevance with an adjacency bonus two, the first over
 * every hit and the second over the top of it ({@link AdjacencyRescorer}). Either way the facets
 * are collected over every hit in the first pass.
 */
final class Ranker {
  private final StageTimer stages;

  Ranker(StageTimer stages) {
    this.stages = stages;
  }

  /**
   * Hits in order, where the page starts among them, and how many leading hits carry the adjacency
   * bonus (0 for one pass).
   */
  record Ranked(FacetsCollector facets, long total, FieldDoc[] hits, int from, int rescored) {}

  Ranked rank(FacetSearcher searcher, QueryPlan plan, SearchRequest r) throws IOException {
    Cursor.Position cursor = plan.cursor();
    return plan.bonus() != null && (cursor == null || cursor.rescored())
        ? twoPass(searcher, plan, r)
        : onePass(searcher, plan, r);
  }

  /** One pass: searchAfter the cursor, or the page's offset; facets over every hit. */
  private Ranked onePass(FacetSearcher searcher, QueryPlan plan, SearchRequest r)
      throws IOException {
    Cursor.Position cursor = plan.cursor();
    int maxDoc = searcher.getIndexReader().maxDoc();
    int offset = cursor == null ? (r.page() - 1) * r.size() : 0;
    return collect(
        searcher,
        cursor == null || maxDoc == 0 ? null : Cursor.after(cursor.last(), maxDoc),
        plan,
        offset + r.size() + 1, // one extra hit tells whether there is a next page
        plan.scores(),
        offset);
  }

  /**
   * Relevance with the adjacency bonus: the first pass collects at least the plan's rescoring
   * window (and the page after it), the window is rescored and re-sorted, and the page is cut from
   * that order.
   */
  private Ranked twoPass(FacetSearcher searcher, QueryPlan plan, SearchRequest r)
      throws IOException {
    Cursor.Position cursor = plan.cursor();
    int offset = cursor == null ? (r.page() - 1) * r.size() : 0;
    int limit = Math.min(plan.window(), Math.max(1, searcher.getIndexReader().maxDoc()));
    int n = cursor == null ? Math.max(limit, offset + r.size() + 1) : limit + r.size() + 1;
    Ranked ranked = collect(searcher, null, plan, n, true, offset);
    long t0 = System.nanoTime();
    FieldDoc[] hits = ranked.hits();
    int window = Math.min(limit, hits.length);
    AdjacencyRescorer.rescore(searcher, plan.bonus(), hits, window);
    int from = cursor == null ? offset : AdjacencyRescorer.startAfter(hits, window, cursor.last());
    stages.took(Stage.RESCORE, System.nanoTime() - t0);
    return new Ranked(ranked.facets(), ranked.total(), hits, from, window);
  }

  /**
   * The top {@code n} hits after {@code after}, and the facets over every hit, in one pass over
   * every hit. (Two passes, the top hits with Lucene skipping what cannot compete and then the
   * facets without scores, measured slower: over common syllables little can be skipped.)
   */
  private Ranked collect(
      FacetSearcher searcher, FieldDoc after, QueryPlan plan, int n, boolean scores, int from)
      throws IOException {
    long t0 = System.nanoTime();
    SortOrder sort = plan.sort();
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.searchAfter(
            searcher,
            after,
            plan.query(),
            n,
            Sorts.of(sort),
            scores && sort != SortOrder.RELEVANCE, // relevance hits carry it as their sort value
            new FacetsCollectorManager());
    FieldDoc[] hits = fieldDocs(result.topDocs());
    if (sort == SortOrder.RELEVANCE && scores) {
      for (FieldDoc hit : hits) {
        hit.score = (Float) hit.fields[0];
      }
    }
    stages.took(Stage.RANK, System.nanoTime() - t0);
    return new Ranked(result.facetsCollector(), result.topDocs().totalHits.value(), hits, from, 0);
  }

  private static FieldDoc[] fieldDocs(TopDocs td) {
    return Arrays.copyOf(td.scoreDocs, td.scoreDocs.length, FieldDoc[].class);
  }
}
