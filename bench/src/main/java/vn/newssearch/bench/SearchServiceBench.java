package vn.newssearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchService;
import vn.newssearch.server.search.SortOrder;

/**
 * In-process latency of a fixed query mix on {@link SearchService} (snippets and facets included,
 * no HTTP): {@code java -cp bench/target/bench.jar vn.newssearch.bench.SearchServiceBench INDEX
 * [ROUNDS]}. Prints p50/p90/p99 in milliseconds after a warm-up of the same mix.
 */
public final class SearchServiceBench {
  private SearchServiceBench() {}

  /** Keyword queries journalists type, with and without diacritics and syntax. */
  public static final List<String> QUERIES =
      List.of(
          "lao động",
          "lao dong",
          "bảo hiểm xã hội",
          "bao hiem xa hoi",
          "tiền lương tối thiểu",
          "người lao động",
          "\"lao động\" -Lào",
          "công đoàn OR phụ nữ",
          "trẻ em",
          "việc làm thanh niên",
          "ký kết chương trình phối hợp",
          "Bộ LĐ-TB&XH",
          "tai nạn giao thông",
          "hưu trí",
          "doanh nghiệp nợ bảo hiểm",
          "xuất khẩu lao động Nhật Bản");

  /** The mix: each query as is, sorted newest, and with a date filter; plus browsing. */
  public static List<SearchRequest> mix() {
    List<SearchRequest> out = new ArrayList<>();
    for (String q : QUERIES) {
      out.add(SearchRequest.of(q));
      out.add(request(q, SortOrder.NEWEST, null, null, 1));
      out.add(request(q, null, LocalDate.of(2015, 1, 1), LocalDate.of(2021, 12, 31), 2));
    }
    out.add(request(null, null, null, null, 1));
    out.add(request(null, null, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30), 1));
    return out;
  }

  private static SearchRequest request(
      String q, SortOrder sort, LocalDate from, LocalDate to, int page) {
    return new SearchRequest(
        q,
        List.of(),
        List.of(),
        from,
        to,
        null,
        null,
        sort,
        page,
        SearchRequest.DEFAULT_SIZE,
        null);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SearchServiceBench INDEX [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    List<SearchRequest> mix = mix();
    try (SearchService service = SearchService.open(Path.of(args[0]))) {
      for (int i = 0; i < 5; i++) {
        mix.forEach(service::search);
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] nanos = new long[mix.size() * rounds];
      long[] cpu = new long[nanos.length];
      int n = 0;
      long hits = 0;
      for (int r = 0; r < rounds; r++) {
        for (SearchRequest req : mix) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          hits += service.search(req).total();
          nanos[n] = System.nanoTime() - t0;
          cpu[n++] = threads.getCurrentThreadCpuTime() - c0;
        }
      }
      Arrays.sort(nanos);
      Arrays.sort(cpu);
      System.out.printf(
          Locale.ROOT,
          "%d documents, %d searches (%d queries x %d rounds), mean total %d hits%n"
              + "in-process latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n"
              + "CPU time per search ms: p50 %.2f  p90 %.2f  p99 %.2f (unaffected by other load)%n",
          service.status().documents(),
          n,
          mix.size(),
          rounds,
          hits / n,
          ms(nanos, 0.50),
          ms(nanos, 0.90),
          ms(nanos, 0.99),
          nanos[n - 1] / 1e6,
          ms(cpu, 0.50),
          ms(cpu, 0.90),
          ms(cpu, 0.99));
    }
  }

  /** The {@code q} quantile of sorted nanoseconds, in milliseconds. */
  static double ms(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
