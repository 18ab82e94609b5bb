package vn.newssearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One query of the fixed set: its kind (for per-kind latency), the keyword text (maybe empty), an
 * optional party and an optional inclusive date range (yyyy-MM-dd).
 */
public record BenchQuery(String kind, String q, String party, String from, String to) {

  /**
   * The query string for {@code GET /api/search}; the server always returns facets and snippets.
   */
  public String urlQuery() {
    StringBuilder sb = new StringBuilder("q=").append(enc(q));
    if (party != null) {
      sb.append("&party=").append(enc(party));
    }
    if (from != null) {
      sb.append("&from=").append(from).append("&to=").append(to);
    }
    return sb.toString();
  }

  /** The request target: {@code /api/search?} and {@link #urlQuery()}. */
  public String searchPath() {
    return "/api/search?" + urlQuery();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
