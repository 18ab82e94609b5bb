package vn.newssearch.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * With CORS on, a browser request from an origin that {@code --cors-origin} does not name is
 * refused before any route runs, as a 403 {@code origin_not_allowed} that names the {@code Origin}
 * header. Javalin's CORS plugin only sets a 400 and lets the route answer as usual, so a front-end
 * developer saw a search result with an error status, and a 400 that blames the request for the
 * server's configuration. Requests without an {@code Origin} (servers, curl, the page's own
 * same-origin GETs) are not affected.
 */
public final class OriginGate implements Handler {
  public static final String CODE = "origin_not_allowed";

  private final Set<String> allowed;

  /**
   * {@code origins} as the CLI takes them; without a scheme, https is meant, as the plugin does.
   */
  public OriginGate(List<String> origins) {
    this.allowed = origins.stream().map(OriginGate::normalise).collect(Collectors.toSet());
  }

  @Override
  public void handle(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !allowed.contains(normalise(origin))) {
      throw new Refused(origin);
    }
  }

  private static String normalise(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    while (o.endsWith("/")) {
      o = o.substring(0, o.length() - 1);
    }
    return o.contains("://") ? o : "https://" + o;
  }

  /** The refusal, rendered by the app as a 403 JSON error. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String origin) {
      super(
          "the origin "
              + Echo.cut(origin, 100)
              + " may not call this API from a browser; the server allows only the origins given"
              + " with --cors-origin",
          null,
          false,
          false);
    }
  }
}
