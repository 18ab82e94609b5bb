package vn.newssearch.server.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.newssearch.index.ArticleIndexer;
import vn.newssearch.index.BuildOptions;
import vn.newssearch.index.IndexBuildException;
import vn.newssearch.index.Tally;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.SearchService;

/**
 * Our ranking, end to end but in-process: the sample indexed by the real pipeline ({@link
 * ArticleIndexer}: reading, extraction, parties) into a temporary folder, searched with the
 * server's {@link SearchService} exactly as {@code GET /api/search} would with {@code q}, {@code
 * party}, {@code from}, {@code to} and {@code category}.
 */
final class ProductSearch implements AutoCloseable {
  private final Path dir;
  private final Tally tally;
  private final SearchService service;

  ProductSearch(List<Path> inputs) {
    try {
      dir = Files.createTempDirectory("vnnews-eval-index");
      // One thread: the document order, and so BM25 tie-breaks, must not vary between runs.
      tally = ArticleIndexer.build(dir, inputs, BuildOptions.defaults().withThreads(1));
      service = SearchService.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IndexBuildException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the indexer counted: articles indexed and skipped. */
  Tally tally() {
    return tally;
  }

  /** The ids of the first {@code k} hits, in the order the API returns them. */
  List<String> search(EvalQuery q, int k) {
    SearchResponse r =
        service.search(
            new SearchRequest(
                q.q(),
                q.party(),
                List.of(),
                q.from(),
                q.to(),
                q.category(),
                null,
                null,
                1,
                k,
                null));
    return r.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  @Override
  public void close() throws IOException {
    service.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
