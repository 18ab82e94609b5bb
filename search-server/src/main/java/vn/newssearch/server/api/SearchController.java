package vn.newssearch.server.api;

import io.javalin.http.Context;
import vn.newssearch.server.backend.SearchBackend;
import vn.newssearch.server.search.BadRequestException;
import vn.newssearch.server.search.SearchRequest;

/** {@code GET /api/search}: query parameters into a {@link SearchRequest}, the response as JSON. */
public final class SearchController {
  private final SearchBackend service;

  public SearchController(SearchBackend service) {
    this.service = service;
  }

  public void search(Context ctx) {
    QueryParams p = QueryParams.parse(ctx.queryString());
    // Each value is bounded here, before any of it is parsed; SearchRequest checks the rest.
    int names = SearchRequest.MAX_NAMES;
    int chars = SearchRequest.MAX_NAME_CHARS;
    SearchRequest request =
        new SearchRequest(
            p.one("q", SearchRequest.MAX_QUERY_CHARS),
            p.all("party", names, chars),
            p.all("org", names, chars),
            DateParam.start(p.one("from", QueryParams.MAX_WORD_CHARS), "from"),
            DateParam.end(p.one("to", QueryParams.MAX_WORD_CHARS), "to"),
            p.one("category", chars),
            p.one("source", chars),
            SortParam.parse(p.one("sort", QueryParams.MAX_WORD_CHARS)),
            p.integer("page", 1),
            p.integer("size", SearchRequest.DEFAULT_SIZE),
            p.one("cursor", SearchRequest.MAX_CURSOR_CHARS),
            literal(p.one("literal", QueryParams.MAX_WORD_CHARS)));
    ctx.json(service.search(request));
  }

  private static boolean literal(String value) {
    if (value == null || value.isBlank() || value.equals("false") || value.equals("0")) {
      return false;
    }
    if (value.equals("true") || value.equals("1")) {
      return true;
    }
    throw new BadRequestException("literal", "literal must be true or false; got " + value);
  }
}
