package vn.newssearch.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Hostile requests, generated from a seed: long and malformed values, Lucene syntax, huge and
 * negative numbers, repeated and array parameters, impossible dates, path traversal in ids, forged
 * cursors, every HTTP method, huge headers and bodies. Each is the raw bytes of one request.
 */
final class HostileRequests {
  private HostileRequests() {}

  /** One request: a label for the report and its bytes. */
  record Hostile(String kind, byte[] bytes) {}

  private static final String[] PARAMS = {
    "q", "party", "org", "from", "to", "category", "source", "sort", "page", "size", "cursor",
  };

  private static final String[] VALUES = {
    "%Z",
    "%",
    "%FF",
    "%ED%A0%80",
    "%C0%AF",
    "%00",
    "%E1%BA",
    "%%%",
    "%2",
    "%uD83D",
    "+%2B+",
    "title:lao",
    "*:*",
    "lao~2",
    "/la.*/",
    "[a TO z]",
    "lao^100",
    "((((((",
    "\"unclosed",
    "-",
    "AND OR NOT",
    "\\",
    "lao&&dong||x",
    "{!lucene}x",
    "-1",
    "0",
    "2147483648",
    "9223372036854775808",
    "1e10",
    "NaN",
    "-Infinity",
    "0x10",
    "１２",
    "2019-02-30",
    "0000-00-00",
    "9999-99-99",
    "31/02/2020",
    "2019-13",
    "10000-01-01",
    "-2019",
    "2019-1-1T00:00",
    "'; DROP TABLE x;--",
    "<script>alert(1)</script>",
    "%3Cscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
    "%0D%0ASet-Cookie:x=1",
  };

  private static final String[] METHODS = {
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "OPTIONS",
    "TRACE",
    "CONNECT",
    "PROPFIND",
    "FOO",
    "get",
  };

  private static final String[] PATHS = {
    "/api/search",
    "/api/articles/x",
    "/api/parties",
    "/health",
    "/openapi.json",
    "/",
    "/app.js",
    "/nope",
  };

  static List<Hostile> generate(long seed, int atLeast) {
    Random r = new Random(seed);
    List<Hostile> out = new ArrayList<>();
    // Every parameter with every bad value.
    for (String p : PARAMS) {
      for (String v : VALUES) {
        out.add(get("value", "/api/search?" + p + "=" + v));
      }
    }
    // Long values: at, just over and far over each limit.
    for (String p : PARAMS) {
      for (int n : new int[] {40, 41, 200, 201, 1000, 1001, 5000, 30000}) {
        out.add(get("long", "/api/search?" + p + "=" + "%C4%91".repeat(n / 2) + "a".repeat(n % 2)));
      }
    }
    out.add(get("long", "/api/parties?prefix=" + "a".repeat(30000)));
    // Repeated and array parameters.
    for (String p : PARAMS) {
      for (int n : new int[] {2, 20, 21, 1024, 3000}) {
        StringBuilder q = new StringBuilder("/api/search?");
        for (int i = 0; i < n; i++) {
          q.append(i == 0 ? "" : "&").append(p).append('=').append("v").append(i);
        }
        out.add(get("repeated", q.toString()));
      }
      out.add(get("array", "/api/search?" + p + "[]=a&" + p + "[]=b"));
      out.add(get("array", "/api/search?" + p + "[0]=a&" + p + "[x][y]=b"));
    }
    // Path traversal and odd ids.
    for (String id :
        new String[] {
          "../../etc/passwd",
          "..%2F..%2Fetc%2Fpasswd",
          "%2e%2e%2f%2e%2e%2f",
          "..%5c..%5c",
          "%00",
          "%FF",
          "a%2Fb",
          "x".repeat(5000),
          "%C0%AE%C0%AE/",
          "....//....//",
          ";jsessionid=1",
          "a?b=c",
          "%20",
          "\u0000".replace("\u0000", "%25"),
        }) {
      out.add(get("traversal", "/api/articles/" + id));
      out.add(get("traversal", "/" + id));
    }
    // Forged cursors.
    for (String raw :
        new String[] {
          "relevance~7fc00000~1",
          "relevance~w7f800000~ffffffffffffffff",
          "newest~１２３~1",
          "newest~-9223372036854775808~0",
          "oldest~~",
          "~~~~",
          "relevance",
          "",
        }) {
      String b64 =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
      for (String sort : new String[] {"relevance", "newest", "oldest"}) {
        out.add(get("cursor", "/api/search?q=lao&sort=" + sort + "&cursor=" + b64));
      }
    }
    // Every method on every path, with and without a body.
    for (String m : METHODS) {
      for (String p : PATHS) {
        out.add(raw("method", m + " " + p + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        out.add(
            raw(
                "method",
                m
                    + " "
                    + p
                    + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello"));
      }
    }
    // Huge headers and bodies, and broken framing.
    out.add(raw("headers", head("X-Big: " + "a".repeat(60_000))));
    out.add(raw("headers", head("X-Big: " + "a".repeat(70_000))));
    out.add(raw("headers", head("X-Many: 1\r\n".repeat(2_000).strip())));
    out.add(raw("headers", head("Cookie: " + "c=1; ".repeat(10_000))));
    out.add(post("/api/search", 5 << 20));
    out.add(post("/api/search?q=lao", 1 << 20));
    out.add(bodyOnGet(2 << 20));
    out.add(
        raw(
            "framing",
            "GET /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\nabc"));
    out.add(
        raw(
            "framing",
            "GET /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n"));
    out.add(
        raw(
            "framing",
            "GET /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n"));
    out.add(
        raw(
            "framing",
            "GET /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\nConnection: close\r\n\r\n0\r\n\r\n"));
    out.add(raw("framing", "GET /api/search HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n"));
    out.add(raw("framing", "GET /api/search HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n"));
    out.add(raw("framing", "GET /api/search\r\n\r\n"));
    out.add(raw("framing", "\r\n\r\n\r\n"));
    out.add(raw("framing", "GARBAGE\r\n\r\n"));
    out.add(
        raw(
            "framing",
            "GET http://evil.example/api/search HTTP/1.1\r\nHost: evil\r\nConnection: close\r\n\r\n"));
    out.add(raw("framing", "GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    out.add(raw("framing", "GET /api/search HTTP/1.1\r\nConnection: close\r\n\r\n"));
    out.add(
        raw(
            "framing",
            "GET /api/search HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n"));
    // Random combinations up to the count asked for.
    while (out.size() < atLeast) {
      StringBuilder q = new StringBuilder("/api/search?");
      int n = 1 + r.nextInt(6);
      for (int i = 0; i < n; i++) {
        String p = PARAMS[r.nextInt(PARAMS.length)];
        String v = VALUES[r.nextInt(VALUES.length)];
        if (r.nextInt(5) == 0) {
          v = v.repeat(1 + r.nextInt(300));
        }
        q.append(i == 0 ? "" : "&").append(p).append('=').append(v);
      }
      out.add(get("mixed", q.toString()));
    }
    return out;
  }

  private static Hostile get(String kind, String target) {
    return raw(kind, "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  }

  private static String head(String header) {
    return "GET /api/search?q=lao HTTP/1.1\r\nHost: x\r\n"
        + header
        + "\r\nConnection: close\r\n\r\n";
  }

  private static Hostile post(String path, int bytes) {
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes
            + "\r\nConnection: close\r\n\r\n";
    return new Hostile("body", concat(head.getBytes(StandardCharsets.ISO_8859_1), new byte[bytes]));
  }

  private static Hostile bodyOnGet(int bytes) {
    String head =
        "GET /api/search?q=lao HTTP/1.1\r\nHost: x\r\nContent-Length: "
            + bytes
            + "\r\nConnection: close\r\n\r\n";
    return new Hostile("body", concat(head.getBytes(StandardCharsets.ISO_8859_1), new byte[bytes]));
  }

  private static Hostile raw(String kind, String request) {
    return new Hostile(kind, request.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
