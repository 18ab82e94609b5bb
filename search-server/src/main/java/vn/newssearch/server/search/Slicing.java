package vn.newssearch.server.search;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How one search is spread over threads: the executor that runs the slices after the first (the
 * requesting thread runs one itself), how many slices at most, and the smallest slice worth a
 * thread of its own.
 */
record Slicing(Executor executor, int threads, int minDocsPerSlice) {
  /** Every search on its requesting thread alone. */
  static final Slicing NONE = new Slicing(null, 1, Integer.MAX_VALUE);

  /**
   * Up to {@code threads} threads per search. The pool has one fewer, because the requesting thread
   * searches one slice itself, and takes the others too when these are busy; one more would only
   * compete with it for the cores.
   */
  static Slicing of(int threads, int minDocsPerSlice) {
    if (threads == 1) {
      return NONE;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads - 1,
            r -> {
              Thread t = new Thread(r, "search-slice-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    return new Slicing(pool, threads, minDocsPerSlice);
  }

  /** Stops the pool's threads, if there is a pool. */
  void close() {
    if (executor instanceof ExecutorService pool) {
      pool.shutdownNow();
    }
  }
}
