package vn.newssearch.server.search;

import java.util.concurrent.Executor;

/**
 * How one search is spread over threads: the executor that runs the slices after the first (the
 * requesting thread runs one itself), how many slices at most, and the smallest slice worth a
 * thread of its own.
 */
record Slicing(Executor executor, int threads, int minDocsPerSlice) {
  /** Every search on its requesting thread alone. */
  static final Slicing NONE = new Slicing(null, 1, Integer.MAX_VALUE);
}
