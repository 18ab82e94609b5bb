package vn.newssearch.server.search;

/**
 * Told how long each stage of a search took, so that a benchmark can time the stages of the real
 * query path rather than a copy of it. Called on the thread that ran the stage; the facets and the
 * two halves of the page may run on different threads at once over a sliced index.
 */
@FunctionalInterface
public interface StageTimer {
  /** The stages of one search, in the order they run. */
  enum Stage {
    /** Parsing the query, building it, resolving the names of the filters. */
    PLAN,
    /** The first pass: the top hits and the facet collector over every hit. */
    RANK,
    /** The adjacency bonus over the top hits (relevance order only). */
    RESCORE,
    /** The facet counts. */
    FACETS,
    /** Stored fields and snippets of the page's hits (once per half of the page). */
    HITS
  }

  void took(Stage stage, long nanos);

  /** Times nothing: the server's timer. */
  StageTimer NONE = (stage, nanos) -> {};
}
