package vn.newssearch.server.backend;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import vn.newssearch.model.Article;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.SearchResponse.FacetValue;

/**
 * What the HTTP layer asks of an index, wherever it lives: the embedded Lucene index ({@link
 * LuceneBackend}, the default) or an OpenSearch cluster. Requests and responses are the same
 * records either way, so the API, the JSON and the page are identical.
 *
 * <p>Every method may throw {@link vn.newssearch.server.search.BadRequestException} (a 400), {@link
 * vn.newssearch.server.search.SearchTimeoutException} or {@link BackendUnavailableException} (both
 * 503).
 */
public interface SearchBackend extends Closeable {
  SearchResponse search(SearchRequest request);

  /** The full article, body included, or empty. */
  Optional<Article> article(String id);

  /** Known parties whose name starts with {@code prefix} (diacritics ignored), by article count. */
  List<FacetValue> parties(String prefix, int limit);

  /** What {@code /health} shows, and whether the backend can serve searches now. */
  Health health();

  /** Document count, as {@code /health} reports it; for the start-up log line. */
  long documents();

  /**
   * A health report.
   *
   * @param body the JSON body
   * @param serving false when searches cannot be answered now ({@code /health} is then a 503)
   */
  record Health(Object body, boolean serving) {}
}
