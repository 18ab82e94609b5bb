package vn.newssearch.server.search;

/**
 * How a {@link SearchService} runs its searches: the request limits, the threads one search may
 * use, and the knobs that exist for measurements (the rescoring window, the smallest slice, a stage
 * timer). The server sets the limits and the threads; the rest keep their defaults outside
 * benchmarks and tests.
 *
 * @param limits time budget, cursor key and clock of each request
 * @param threads threads one search may use over a large index; 1 keeps it on the caller's thread
 * @param minDocsPerSlice the smallest part of the index given a thread of its own
 * @param rescoreWindow top hits that get the adjacency bonus; 0 puts the bonus into the query
 *     itself, on every hit, in one pass
 * @param stages told how long each stage of a search took
 */
public record SearchConfig(
    RequestLimits limits, int threads, int minDocsPerSlice, int rescoreWindow, StageTimer stages) {

  /** Threads one search may use: one per core. */
  public static final int THREADS = Runtime.getRuntime().availableProcessors();

  /**
   * The default smallest slice. Not tuned finely: it keeps small indexes (the bundled sample) on
   * one thread, where a second one would mostly add hand-over costs, and splits the full corpus in
   * two. The facets and the page use the second thread only when the first pass does.
   */
  public static final int MIN_DOCS_PER_SLICE = 30_000;

  /** How many top hits get the adjacency bonus, unless told otherwise. */
  public static final int RESCORE_WINDOW = AdjacencyRescorer.WINDOW;

  /** A title match weighs this many times a body match (the cluster's query uses the same). */
  public static final float TITLE_BOOST = TextQueries.TITLE_BOOST;

  /** The weight of a match on the accent-exact fields, on top of the folded match. */
  public static final float EXACT_BOOST = TextQueries.EXACT_BOOST;

  /** The weight of a phrase of two adjacent syllables of a run of words typed together. */
  public static final float PHRASE_BOOST = TextQueries.PHRASE_BOOST;

  public SearchConfig {
    if (rescoreWindow < 0) {
      throw new IllegalArgumentException("rescoreWindow must be 0 or more: " + rescoreWindow);
    }
    if (threads < 1 || minDocsPerSlice < 1) {
      throw new IllegalArgumentException(
          "threads and minDocsPerSlice must be 1 or more: " + threads + ", " + minDocsPerSlice);
    }
  }

  /** Default limits, a thread per core, the default window and slices, no timer. */
  public static SearchConfig defaults() {
    return new SearchConfig(
        RequestLimits.defaults(), THREADS, MIN_DOCS_PER_SLICE, RESCORE_WINDOW, StageTimer.NONE);
  }

  public SearchConfig withLimits(RequestLimits l) {
    return new SearchConfig(l, threads, minDocsPerSlice, rescoreWindow, stages);
  }

  public SearchConfig withThreads(int t) {
    return new SearchConfig(limits, t, minDocsPerSlice, rescoreWindow, stages);
  }

  public SearchConfig withMinDocsPerSlice(int m) {
    return new SearchConfig(limits, threads, m, rescoreWindow, stages);
  }

  public SearchConfig withRescoreWindow(int w) {
    return new SearchConfig(limits, threads, minDocsPerSlice, w, stages);
  }

  public SearchConfig withStages(StageTimer s) {
    return new SearchConfig(limits, threads, minDocsPerSlice, rescoreWindow, s);
  }
}
