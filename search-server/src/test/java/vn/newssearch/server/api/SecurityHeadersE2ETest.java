package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestServer;

/** Every response forbids sniffing and framing; the page may run only its own files. */
class SecurityHeadersE2ETest {
  private final TestServer server = TestServer.sample();

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    List<TestServer.Reply> replies =
        List.of(
            server.get("/"),
            server.get("/app.js"),
            server.get("/app.css"),
            server.get("/api/search", "q", "lao"),
            server.get("/api/search", "size", "0"),
            server.get("/api/articles/nope"),
            server.get("/nope"),
            server.send("POST", "/api/search", Map.of()),
            server.raw("/api/articles/%FF"),
            server.get("/health"),
            server.get("/openapi.json"));
    for (TestServer.Reply r : replies) {
      assertThat(r.header("X-Content-Type-Options"))
          .as("%d %s", r.status(), r.body())
          .isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(r.header("Content-Security-Policy"))
          .contains("frame-ancestors 'none'")
          .contains("script-src 'self'")
          .contains("style-src 'self'")
          .doesNotContain("unsafe-inline");
    }
  }

  @Test
  void thePageHasNoInlineScriptOrStyleTheyWouldBlock() throws IOException {
    String html;
    try (InputStream in = getClass().getResourceAsStream("/web/index.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher scripts =
        Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
    int count = 0;
    while (scripts.find()) {
      count++;
      assertThat(scripts.group(1)).contains("src=");
      assertThat(scripts.group(2)).isBlank();
    }
    assertThat(count).isPositive();
    assertThat(html).doesNotContainPattern("(?i)<style").doesNotContainPattern("(?i)\\sstyle=");
    assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContain("javascript:");
  }
}
