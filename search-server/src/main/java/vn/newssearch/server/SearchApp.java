package vn.newssearch.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.newssearch.schema.ArticleJson;
import vn.newssearch.server.api.ApiError;
import vn.newssearch.server.api.ArticleController;
import vn.newssearch.server.api.SearchController;
import vn.newssearch.server.search.BadRequestException;
import vn.newssearch.server.search.SearchService;

/** The route table and the one place that turns exceptions into JSON errors. */
public final class SearchApp {
  private static final Logger LOG = LoggerFactory.getLogger(SearchApp.class);

  private SearchApp() {}

  /** A server over {@code service}, not yet started. CORS is off unless origins are given. */
  public static Javalin create(SearchService service, List<String> corsOrigins) {
    SearchController search = new SearchController(service);
    ArticleController articles = new ArticleController(service);
    byte[] openApi = resource("/openapi.json");
    return Javalin.create(
        cfg -> {
          cfg.jsonMapper(new JavalinJackson(ArticleJson.MAPPER, false));
          cfg.http.prefer405over404 = true;
          // A 1,000-character query percent-encodes to up to 12 KB; room for it and filters.
          cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
          cfg.startup.showJavalinBanner = false;
          cfg.requestLogger.http(
              (ctx, ms) ->
                  LOG.info(
                      "{} {} {} {}",
                      ctx.method(),
                      ctx.path(),
                      ctx.status().getCode(),
                      String.format(Locale.ROOT, "%.1fms", ms)));
          if (!corsOrigins.isEmpty()) {
            cfg.bundledPlugins.enableCors(
                cors ->
                    cors.addRule(
                        rule ->
                            rule.allowHost(
                                corsOrigins.getFirst(),
                                corsOrigins
                                    .subList(1, corsOrigins.size())
                                    .toArray(String[]::new))));
          }
          if (SearchApp.class.getResource("/web") != null) {
            cfg.staticFiles.add("/web", Location.CLASSPATH);
          }
          cfg.routes.get("/api/search", search::search);
          cfg.routes.get("/api/articles/{id}", articles::article);
          cfg.routes.get("/api/parties", articles::parties);
          cfg.routes.get("/health", articles::health);
          cfg.routes.get(
              "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));

          cfg.routes.exception(
              BadRequestException.class,
              (e, ctx) ->
                  ctx.status(400).json(new ApiError("bad_request", e.getMessage(), e.param())));
          cfg.routes.exception(
              HttpResponseException.class,
              (e, ctx) ->
                  ctx.status(e.getStatus())
                      .json(new ApiError(code(e.getStatus()), e.getMessage(), null)));
          cfg.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.fullUrl(), e);
                ctx.status(500)
                    .json(
                        new ApiError(
                            "internal_error", "the server failed; the error is logged", null));
              });
        });
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      default -> "http_" + status;
    };
  }

  private static byte[] resource(String path) {
    try (InputStream in = SearchApp.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
