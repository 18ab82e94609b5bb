package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestIndexes;

/**
 * The adjacency bonus applied to a window of top hits, on the sample index: inside the window the
 * ranking is the one-pass ranking, and paging across the window's edge neither repeats nor skips.
 */
class AdjacencyRescorerTest {
  /** Queries of several words typed together, so that each carries a bonus. */
  private static final List<String> QUERIES =
      List.of(
          "lao dong",
          "người lao động",
          "bảo hiểm xã hội",
          "viec lam",
          "tiền lương tối thiểu",
          "xuất khẩu lao động Nhật Bản");

  @Test
  void aWindowHoldingEveryHitGivesTheOnePassRanking() throws Exception {
    try (SearchService onePass = open(0);
        SearchService windowed = open(10_000)) {
      for (String q : QUERIES) {
        List<String> expected = allIds(onePass, q);
        assertThat(expected).as(q).hasSizeGreaterThan(10);
        assertThat(allIds(windowed, q)).as(q).isEqualTo(expected);
      }
    }
  }

  @Test
  void theTopOfASmallWindowIsTheOnePassTop() throws Exception {
    try (SearchService onePass = open(0);
        SearchService windowed = open(40)) {
      for (String q : QUERIES) {
        assertThat(ids(windowed.search(request(q, 1, 10, null))))
            .as(q)
            .isEqualTo(ids(onePass.search(request(q, 1, 10, null))));
      }
    }
  }

  /**
   * A sentence of common words: beyond six plain words, so its window is the long query's, and with
   * hits enough on the sample to page past it.
   */
  private static final String LONG = "người lao động của các doanh nghiệp có việc làm và thu nhập";

  @Test
  void aLongQueryGetsTheSmallerWindowWithTheOnePassTop() throws Exception {
    try (SearchService onePass = open(0);
        SearchService windowed = open(AdjacencyRescorer.WINDOW)) {
      assertThat(windowed.search(request(LONG, 1, 10, null)).total())
          .isGreaterThan(2L * AdjacencyRescorer.LONG_QUERY_WINDOW);
      assertThat(ids(windowed.search(request(LONG, 1, 10, null))))
          .isEqualTo(ids(onePass.search(request(LONG, 1, 10, null))));
      assertWalkEqualsPages(windowed, LONG);
    }
  }

  @Test
  void cursorsAndPagesCrossTheWindowEdgeWithoutRepeatsOrGaps() throws Exception {
    int window = 15;
    try (SearchService service = open(window)) {
      for (String q : QUERIES) {
        assertThat(service.search(request(q, 1, 7, null)).total()).as(q).isGreaterThan(2L * window);
        assertWalkEqualsPages(service, q);
      }
    }
  }

  /**
   * Walking by cursor and by page number give every hit once, in the same order, with scores that
   * never rise.
   */
  private static void assertWalkEqualsPages(SearchService service, String q) {
    SearchResponse first = service.search(request(q, 1, 7, null));
    long total = first.total();
    List<String> walked = new ArrayList<>(ids(first));
    List<Float> scores = new ArrayList<>(scores(first));
    SearchResponse r = first;
    while (r.nextCursor() != null) {
      r = service.search(request(q, 1, 7, r.nextCursor()));
      walked.addAll(ids(r));
      scores.addAll(scores(r));
    }
    assertThat(walked).as(q).hasSize((int) total);
    assertThat(new HashSet<>(walked)).as(q).hasSameSizeAs(walked);
    // Rescored hits only gain, so the scores shown never rise from one hit to the next.
    for (int i = 1; i < scores.size(); i++) {
      assertThat(scores.get(i)).as(q + " at " + i).isLessThanOrEqualTo(scores.get(i - 1));
    }
    List<String> paged = new ArrayList<>();
    for (int page = 1; (page - 1) * 7L < total; page++) {
      paged.addAll(ids(service.search(request(q, page, 7, null))));
    }
    assertThat(paged).as(q).isEqualTo(walked);
  }

  private static List<String> allIds(SearchService service, String q) {
    List<String> out = new ArrayList<>();
    SearchResponse r = service.search(request(q, 1, SearchRequest.MAX_SIZE, null));
    out.addAll(ids(r));
    while (r.nextCursor() != null) {
      r = service.search(request(q, 1, SearchRequest.MAX_SIZE, r.nextCursor()));
      out.addAll(ids(r));
    }
    return out;
  }

  private static SearchRequest request(String q, int page, int size, String cursor) {
    return new SearchRequest(
        q, List.of(), List.of(), null, null, null, null, SortOrder.RELEVANCE, page, size, cursor);
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  private static List<Float> scores(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::score).toList();
  }

  private static SearchService open(int rescoreWindow) throws IOException {
    return SearchService.open(
        TestIndexes.sample(), SearchConfig.defaults().withRescoreWindow(rescoreWindow));
  }
}
