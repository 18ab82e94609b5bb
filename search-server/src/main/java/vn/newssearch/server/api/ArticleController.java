package vn.newssearch.server.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import vn.newssearch.server.backend.SearchBackend;
import vn.newssearch.server.search.BadRequestException;
import vn.newssearch.server.search.SearchRequest;

/** The article, party and health endpoints. */
public final class ArticleController {
  static final int DEFAULT_PARTIES = 20;
  static final int MAX_PARTIES = 1_000;

  /** How much of an unknown id the 404 repeats: enough to recognise it, never the whole of it. */
  static final int ECHOED_ID_CHARS = 80;

  private final SearchBackend service;

  public ArticleController(SearchBackend service) {
    this.service = service;
  }

  /** {@code GET /api/articles/{id}}. */
  public void article(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        service
            .article(id)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "no article with id \"" + Echo.cut(id, ECHOED_ID_CHARS) + "\"")));
  }

  /** {@code GET /api/parties?prefix=&limit=}. */
  public void parties(Context ctx) {
    QueryParams p = QueryParams.parse(ctx.queryString());
    int limit = p.integer("limit", DEFAULT_PARTIES);
    if (limit < 1 || limit > MAX_PARTIES) {
      throw new BadRequestException(
          "limit", "limit must be between 1 and " + MAX_PARTIES + "; got " + limit);
    }
    String prefix = p.one("prefix", SearchRequest.MAX_NAME_CHARS);
    ctx.json(Map.of("parties", service.parties(prefix == null ? "" : prefix, limit)));
  }

  /** {@code GET /health}: 200 while searches can be answered, 503 (same body shape) when not. */
  public void health(Context ctx) {
    SearchBackend.Health health = service.health();
    ctx.status(health.serving() ? 200 : 503).json(health.body());
  }
}
