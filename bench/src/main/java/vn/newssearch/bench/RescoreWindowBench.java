package vn.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.newssearch.server.search.SearchConfig;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.SearchService;

/**
 * What the rescoring window costs in ranking and saves in time: each keyword query of a set is
 * ranked by relevance with the adjacency bonus on every hit (the one-pass ranking) and with the
 * bonus on the top W hits only, and the top 10 and top 20 are compared.
 *
 * <p>{@code java -cp bench/target/bench.jar vn.newssearch.bench.RescoreWindowBench INDEX
 * [QUERIES.jsonl] [W,W,...]}. The queries file is {@code bench/target/queries.jsonl} (fields q,
 * party, from, to); without it, the keyword queries of {@link SearchServiceBench}.
 */
public final class RescoreWindowBench {
  private RescoreWindowBench() {}

  private static final int ROUNDS = 3;

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RescoreWindowBench INDEX [QUERIES.jsonl] [W,W,...]");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    List<SearchRequest> requests = args.length > 1 ? read(Path.of(args[1])) : builtIn();
    int[] windows =
        Arrays.stream((args.length > 2 ? args[2] : "50,100,200,400").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    List<List<String>> exact;
    long[] exactCpu;
    try (SearchService oneByOne =
        SearchService.open(index, SearchConfig.defaults().withRescoreWindow(0))) {
      exact = rank(oneByOne, requests);
      exactCpu = cpu(oneByOne, requests);
    }
    System.out.printf(
        Locale.ROOT,
        "%d keyword queries sorted by relevance; reference: the bonus on every hit%n"
            + "| window | same top 10 | same top-10 set | top-10 overlap | top-20 overlap |"
            + " CPU p50 ms | p90 | p99 |%n|---|---|---|---|---|---|---|---|%n"
            + "| every hit | | | | | %.2f | %.2f | %.2f |%n",
        requests.size(),
        SearchServiceBench.ms(exactCpu, 0.5),
        SearchServiceBench.ms(exactCpu, 0.9),
        SearchServiceBench.ms(exactCpu, 0.99));
    for (int w : windows) {
      try (SearchService service =
          SearchService.open(index, SearchConfig.defaults().withRescoreWindow(w))) {
        List<List<String>> ranked = rank(service, requests);
        long[] c = cpu(service, requests);
        int sameOrder = 0;
        int sameSet = 0;
        double overlap10 = 0;
        double overlap20 = 0;
        for (int i = 0; i < requests.size(); i++) {
          List<String> a = exact.get(i);
          List<String> b = ranked.get(i);
          List<String> a10 = a.subList(0, Math.min(10, a.size()));
          List<String> b10 = b.subList(0, Math.min(10, b.size()));
          sameOrder += a10.equals(b10) ? 1 : 0;
          sameSet += new HashSet<>(a10).equals(new HashSet<>(b10)) ? 1 : 0;
          overlap10 += overlap(a10, b10);
          overlap20 += overlap(a, b);
        }
        int n = requests.size();
        System.out.printf(
            Locale.ROOT,
            "| %d | %d of %d | %d of %d | %.3f | %.3f | %.2f | %.2f | %.2f |%n",
            w,
            sameOrder,
            n,
            sameSet,
            n,
            overlap10 / n,
            overlap20 / n,
            SearchServiceBench.ms(c, 0.5),
            SearchServiceBench.ms(c, 0.9),
            SearchServiceBench.ms(c, 0.99));
      }
    }
  }

  /** The ids of the first 20 hits of each request. */
  private static List<List<String>> rank(SearchService service, List<SearchRequest> requests) {
    List<List<String>> out = new ArrayList<>();
    for (SearchRequest r : requests) {
      SearchResponse res = service.search(r);
      out.add(res.hits().stream().map(SearchResponse.Hit::id).toList());
    }
    return out;
  }

  /** CPU time per search after a warm-up round, sorted. */
  private static long[] cpu(SearchService service, List<SearchRequest> requests) {
    requests.forEach(service::search);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] out = new long[requests.size() * ROUNDS];
    int n = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (SearchRequest r : requests) {
        long c0 = threads.getCurrentThreadCpuTime();
        service.search(r);
        out[n++] = threads.getCurrentThreadCpuTime() - c0;
      }
    }
    Arrays.sort(out);
    return out;
  }

  private static double overlap(List<String> a, List<String> b) {
    if (a.isEmpty()) {
      return b.isEmpty() ? 1 : 0;
    }
    Set<String> set = new HashSet<>(a);
    return b.stream().filter(set::contains).count() / (double) a.size();
  }

  private static List<SearchRequest> builtIn() {
    return SearchServiceBench.QUERIES.stream().map(q -> request(q, null, null, null)).toList();
  }

  /** The keyword queries of a bench query file; browsing (an empty q) has no ranking to compare. */
  private static List<SearchRequest> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<SearchRequest> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode q = json.readTree(line);
      String text = q.path("q").asText("");
      if (!text.isBlank()) {
        out.add(
            request(
                text,
                q.path("party").isTextual() ? q.path("party").asText() : null,
                q.path("from").isTextual() ? LocalDate.parse(q.path("from").asText()) : null,
                q.path("to").isTextual() ? LocalDate.parse(q.path("to").asText()) : null));
      }
    }
    return out;
  }

  private static SearchRequest request(String q, String party, LocalDate from, LocalDate to) {
    return new SearchRequest(
        q,
        party == null ? List.of() : List.of(party),
        List.of(),
        from,
        to,
        null,
        null,
        null,
        1,
        20,
        null);
  }
}
