package vn.newssearch.server.api;

import io.javalin.http.Context;
import vn.newssearch.server.search.DateParam;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchService;
import vn.newssearch.server.search.SortOrder;

/** {@code GET /api/search}: query parameters into a {@link SearchRequest}, the response as JSON. */
public final class SearchController {
  private final SearchService service;

  public SearchController(SearchService service) {
    this.service = service;
  }

  public void search(Context ctx) {
    SearchRequest request =
        new SearchRequest(
            ctx.queryParam("q"),
            ctx.queryParams("party"),
            ctx.queryParams("org"),
            DateParam.start(ctx.queryParam("from"), "from"),
            DateParam.end(ctx.queryParam("to"), "to"),
            ctx.queryParam("category"),
            ctx.queryParam("source"),
            SortOrder.parse(ctx.queryParam("sort")),
            Params.integer(ctx, "page", 1),
            Params.integer(ctx, "size", SearchRequest.DEFAULT_SIZE),
            ctx.queryParam("cursor"));
    ctx.json(service.search(request));
  }
}
