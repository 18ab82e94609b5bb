package vn.newssearch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.server.search.SearchConfig;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.SearchService;
import vn.newssearch.server.search.SearchTimeoutException;
import vn.newssearch.server.search.StageTimer;

/**
 * The server's own {@link SearchService}, timed stage by stage through its {@link StageTimer}, and
 * the response written as the server writes it. Each search runs on the caller's thread alone, so
 * that the stages add up to the whole.
 */
final class StagedSearch implements Closeable {
  /** The service's stages, then writing the JSON. */
  static final String[] STAGES = {"plan", "rank", "rescore", "facets", "hits", "json"};

  private static final int JSON = STAGES.length - 1;

  private final long[] nanos = new long[STAGES.length];
  private final SearchService service;

  StagedSearch(Path index) throws IOException {
    StageTimer timer = (stage, took) -> nanos[stage.ordinal()] += took;
    this.service =
        SearchService.open(index, SearchConfig.defaults().withThreads(1).withStages(timer));
  }

  /** Runs one query; returns the nanoseconds spent in each of {@link #STAGES}. */
  long[] run(BenchQuery q) {
    return run(q, false);
  }

  /** The same, {@code literal}: as typed, without reading the query. */
  long[] run(BenchQuery q, boolean literal) {
    Arrays.fill(nanos, 0);
    SearchResponse response = service.search(QueryBench.request(q, literal));
    long t0 = System.nanoTime();
    try {
      ArticleJson.MAPPER.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    nanos[JSON] = System.nanoTime() - t0;
    return nanos.clone();
  }

  /**
   * Waits until the service reads an unaccented query otherwise than typed: over a large index the
   * syllable statistics are built in the background, and queries are read as typed until then.
   */
  void awaitReadings() throws InterruptedException {
    BenchQuery probe = new BenchQuery("probe", KindBench.PROBE, null, null, null);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!readsOtherwise(probe)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the statistics were not ready after 5 minutes");
      }
      Thread.sleep(100);
    }
  }

  private boolean readsOtherwise(BenchQuery probe) {
    try {
      return service.search(QueryBench.request(probe)).interpretedAs() != null;
    } catch (SearchTimeoutException busy) {
      return false; // a loaded machine: try again
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
