package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.SearchApp;
import vn.newssearch.server.TestIndexes;
import vn.newssearch.server.TestServer;

/**
 * A search that outlasts its budget is stopped with a clear error. The clock is the test's own:
 * every look at it is a second later, so the budget runs out whatever the machine's speed.
 */
class TimeBudgetTest {
  private static SearchService slowClockService() throws Exception {
    AtomicLong now = new AtomicLong();
    RequestLimits limits =
        RequestLimits.defaults()
            .withTimeBudget(Duration.ofMillis(500))
            .withClock(() -> now.addAndGet(1_000_000_000L));
    return SearchService.open(
        TestIndexes.sample(), SearchConfig.defaults().withLimits(limits).withThreads(1));
  }

  @Test
  void aSearchPastItsBudgetEndsWithSearchTimeout() throws Exception {
    try (SearchService service = slowClockService()) {
      assertThatThrownBy(() -> service.search(SearchRequest.of("lao động")))
          .isInstanceOf(SearchTimeoutException.class)
          .hasMessageContaining("500 ms budget");
    }
  }

  @Test
  void overHttpItIsA503WithItsOwnCodeAndNoStackTrace() throws Exception {
    try (SearchService service = slowClockService()) {
      Javalin app = SearchApp.create(service, List.of()).start("127.0.0.1", 0);
      try {
        TestServer.Reply r =
            TestServer.on(new vn.newssearch.server.SearchServer.Running(app, service))
                .get("/api/search", "q", "lao động");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().path("error").asText()).isEqualTo("search_timeout");
        assertThat(r.header("Retry-After")).isEqualTo("1");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void theDefaultBudgetLeavesOrdinarySearchesAlone() throws Exception {
    try (SearchService service = SearchService.open(TestIndexes.sample())) {
      assertThat(service.search(SearchRequest.of("lao động")).total()).isPositive();
    }
  }
}
