package vn.newssearch.server.backend;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.newssearch.model.Article;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.SearchResponse.FacetValue;
import vn.newssearch.server.search.SearchService;

/** The embedded Lucene index: every call goes to {@link SearchService}, unchanged. */
public final class LuceneBackend implements SearchBackend {
  private final SearchService service;

  public LuceneBackend(SearchService service) {
    this.service = service;
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    return service.search(request);
  }

  @Override
  public Optional<Article> article(String id) {
    return service.article(id);
  }

  @Override
  public List<FacetValue> parties(String prefix, int limit) {
    return service.parties(prefix, limit);
  }

  @Override
  public Health health() {
    return new Health(service.status(), true);
  }

  @Override
  public long documents() {
    return service.status().documents();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
