package vn.newssearch.server.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.extract.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.SearchService;

/**
 * Our ranking, end to end but in-process: the extracted sample written through the index contract
 * ({@link ArticleDocuments}) into a temporary folder, searched with the server's {@link
 * SearchService} exactly as {@code GET /api/search} would with {@code q}, {@code party}, {@code
 * from} and {@code to}.
 */
final class ProductSearch implements AutoCloseable {
  private final Path dir;
  private final SearchService service;

  ProductSearch(List<Article> articles) {
    try {
      dir = Files.createTempDirectory("vnnews-eval-index");
      IndexWriterConfig cfg = new IndexWriterConfig(VietnameseAnalysis.forIndexing());
      try (FSDirectory d = FSDirectory.open(dir);
          IndexWriter w = new IndexWriter(d, cfg)) {
        for (Article a : articles) {
          w.updateDocument(ArticleDocuments.idTerm(a.id()), ArticleDocuments.toDocument(a));
        }
        w.commit();
      }
      service = SearchService.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of the first {@code k} hits, in the order the API returns them. */
  List<String> search(EvalQuery q, int k) {
    SearchResponse r =
        service.search(
            new SearchRequest(
                q.q(), q.party(), List.of(), q.from(), q.to(), null, null, null, 1, k, null));
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
