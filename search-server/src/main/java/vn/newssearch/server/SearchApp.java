package vn.newssearch.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.server.api.ApiError;
import vn.newssearch.server.api.ArticleController;
import vn.newssearch.server.api.Echo;
import vn.newssearch.server.api.HttpLimits;
import vn.newssearch.server.api.JsonErrorHandler;
import vn.newssearch.server.api.OriginGate;
import vn.newssearch.server.api.RequestReadGuard;
import vn.newssearch.server.api.SearchController;
import vn.newssearch.server.api.SecurityHeaders;
import vn.newssearch.server.backend.BackendUnavailableException;
import vn.newssearch.server.backend.LuceneBackend;
import vn.newssearch.server.backend.SearchBackend;
import vn.newssearch.server.search.BadRequestException;
import vn.newssearch.server.search.SearchService;
import vn.newssearch.server.search.SearchTimeoutException;

/** The route table and the one place that turns exceptions into JSON errors. */
public final class SearchApp {
  private static final Logger LOG = LoggerFactory.getLogger(SearchApp.class);

  private SearchApp() {}

  /** A server over {@code service}, not yet started. CORS is off unless origins are given. */
  public static Javalin create(SearchService service, List<String> corsOrigins) {
    return create(service, corsOrigins, HttpLimits.defaults());
  }

  /** The same with the connection limits and timeouts of {@code limits}. */
  public static Javalin create(SearchService service, List<String> corsOrigins, HttpLimits limits) {
    return create(new LuceneBackend(service), corsOrigins, limits);
  }

  /** A server over any backend: the embedded index or a cluster; the API is the same. */
  public static Javalin create(SearchBackend backend, List<String> corsOrigins, HttpLimits limits) {
    SearchController search = new SearchController(backend);
    ArticleController articles = new ArticleController(backend);
    byte[] openApi = resource("/openapi.json");
    return Javalin.create(
        cfg -> {
          cfg.jsonMapper(new JavalinJackson(ArticleJson.MAPPER, false));
          cfg.http.prefer405over404 = true;
          cfg.jetty.modifyHttpConfiguration(
              http -> {
                http.setRequestHeaderSize(HttpLimits.MAX_HEADER_BYTES);
                minRequestDataRate(http);
                http.setIdleTimeout(limits.idleTimeout().toMillis());
                http.setSendServerVersion(false);
                http.addCustomizer(new SecurityHeaders());
              });
          cfg.jetty.modifyServer(
              server -> {
                server.setErrorHandler(new JsonErrorHandler());
                server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
                server.addBean(new RequestReadGuard(server, limits.requestReadTimeout()));
              });
          cfg.startup.showJavalinBanner = false;
          cfg.requestLogger.http(
              (ctx, ms) ->
                  LOG.info(
                      "{} {} {} {}",
                      ctx.method(),
                      Echo.cut(ctx.path(), 200),
                      ctx.status().getCode(),
                      String.format(Locale.ROOT, "%.1fms", ms)));
          if (!corsOrigins.isEmpty()) {
            cfg.routes.before(new OriginGate(corsOrigins));
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
              OriginGate.Refused.class,
              (e, ctx) ->
                  ctx.status(403).json(new ApiError(OriginGate.CODE, e.getMessage(), "Origin")));
          cfg.routes.exception(
              SearchTimeoutException.class,
              (e, ctx) -> {
                LOG.warn("{} {}: {}", ctx.method(), request(ctx), e.getMessage());
                ctx.status(503)
                    .header("Retry-After", "1")
                    .json(new ApiError(ApiError.code(503), e.getMessage(), null));
              });
          cfg.routes.exception(
              BackendUnavailableException.class,
              (e, ctx) -> {
                LOG.warn("{} {}: {}", ctx.method(), request(ctx), e.getMessage());
                ctx.status(503)
                    .header("Retry-After", "5")
                    .json(new ApiError(BackendUnavailableException.CODE, e.getMessage(), null));
              });
          cfg.routes.exception(
              HttpResponseException.class,
              (e, ctx) ->
                  ctx.status(e.getStatus())
                      .json(new ApiError(ApiError.code(e.getStatus()), e.getMessage(), null)));
          cfg.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), request(ctx), e);
                ctx.status(500)
                    .json(
                        new ApiError(
                            "internal_error", "the server failed; the error is logged", null));
              });
        });
  }

  /**
   * Jetty 12.1 deprecates this setting in favour of its MinimumDataRateHandler, but the servlet
   * layer Javalin runs on (ee10's AsyncContentProducer) still enforces it, and nothing else here
   * does.
   */
  @SuppressWarnings("removal")
  private static void minRequestDataRate(HttpConfiguration http) {
    http.setMinRequestDataRate(HttpLimits.MIN_REQUEST_DATA_RATE);
  }

  /** The path and query for a log line, cut short: a URL may be 64 KB. */
  private static String request(Context ctx) {
    String query = ctx.queryString();
    return Echo.cut(ctx.path() + (query == null ? "" : "?" + query), 300);
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
