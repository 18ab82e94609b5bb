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
    Arrays.fill(nanos, 0);
    SearchResponse response = service.search(QueryBench.request(q));
    long t0 = System.nanoTime();
    try {
      ArticleJson.MAPPER.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    nanos[JSON] = System.nanoTime() - t0;
    return nanos.clone();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
