package vn.newssearch.server.api;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Headers every response carries, the page, the API and the errors alike: no content sniffing, no
 * framing, no referrer leaving the site, and a Content-Security-Policy that lets the page run only
 * its own scripts and styles (it has no inline ones), so a snippet that slipped through escaping
 * still could not run script.
 */
public final class SecurityHeaders implements HttpConfiguration.Customizer {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @Override
  public Request customize(Request request, HttpFields.Mutable headers) {
    add(headers);
    return request;
  }

  /** Also used for the errors Jetty answers before any customizer runs. */
  public static void add(HttpFields.Mutable headers) {
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Security-Policy", CSP);
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
  }
}
