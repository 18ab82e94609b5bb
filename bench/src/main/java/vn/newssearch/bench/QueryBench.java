package vn.newssearch.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.bench.http.ClosedLoop;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.schema.AbbreviationConcepts;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.Fields;
import vn.newssearch.server.search.SearchConfig;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchService;

/**
 * Query benchmark: the fixed query set in-process (with a per-stage breakdown) and over HTTP at
 * concurrency 1 and 16, in one run; optionally starts the server itself at a given heap and reports
 * its heap after GC under the concurrency-16 load (the memory benchmark).
 *
 * <p>{@code java -cp bench/target/bench.jar vn.newssearch.bench.QueryBench --index DIR [--limit N]
 * [--per-kind 25] [--url http://127.0.0.1:7070 | --server-jar
 * search-server/target/search-server.jar --heap 256m] [--requests 3000] [--seconds 60]
 * [--queries-out bench/target/queries.jsonl] [--wrk-seconds 20, 0 to skip]}
 */
public final class QueryBench {
  private QueryBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path index = args.path("index", "bench/target/bench-index/query");
    Path work = args.path("work", "bench/target/bench-index");
    long limit = args.getLong("limit", 0);
    System.out.println(Machine.describe());
    CorpusReader.Prepared prepared =
        CorpusReader.prepare(args.corpus(), limit, args.getInt("replicas", 0), work);
    // An index left by a run over another --limit is rebuilt: the queries come from this corpus.
    if (!current(index, prepared.articles())) {
      System.out.println(
          "building the index with our pipeline (ArticleIndexer, 2 threads, as build --merge) ...");
      System.out.println(IndexBench.line(IndexRun.ours(prepared, 2, index, true)));
    }
    List<BenchQuery> queries;
    long docs;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      docs = reader.numDocs();
      System.out.println(
          Stats.f(
              "index %s: %d documents in %d segment(s), %s",
              index, reader.numDocs(), reader.leaves().size(), Stats.mb(IndexRun.sizeOf(index))));
      List<String> parties = topParties(reader);
      queries =
          QuerySetGenerator.generate(prepared.file(), 0, args.getInt("per-kind", 25), parties);
      if (parties.isEmpty()) {
        System.out.println("note: the index holds no parties, so the party-filter kind is absent");
      }
      writeQueries(queries, args.path("queries-out", "bench/target/queries.jsonl"));
    }
    int rounds = args.getInt("inproc-rounds", 3);
    staged(index, queries, rounds);
    if (SearchConfig.THREADS == 1) {
      servicesInProcess(index, queries, rounds, 1);
    } else {
      // The same-run baseline for searching on every core: each search on its caller's thread,
      // the two services taking turns round by round so that drift and warm-up hit both alike.
      List<Histogram> both = servicesInProcess(index, queries, rounds, SearchConfig.THREADS, 1);
      Histogram threads = both.get(0);
      Histogram one = both.get(1);
      System.out.println(
          Stats.f(
              "searches on %d threads / on 1: p50 %.2f, p99 %.2f",
              SearchConfig.THREADS, ms(threads, 50) / ms(one, 50), ms(threads, 99) / ms(one, 99)));
      SUMMARY.setProperty("ours.inprocess.t1.p50", Double.toString(ms(one, 50)));
      SUMMARY.setProperty("ours.inprocess.t1.p99", Double.toString(ms(one, 99)));
    }
    Path jar = args.get("server-jar", null) == null ? null : args.path("server-jar", null);
    String url = args.get("url", null);
    long requests = args.getLong("requests", 3000);
    Duration seconds = Duration.ofSeconds(args.getLong("seconds", 60));
    int wrkSeconds = args.getInt("wrk-seconds", 20);
    if (jar != null) {
      String heap = args.get("heap", "256m");
      Path log = Files.createTempFile("bench-server", ".log");
      try (ServerProcess server =
          new ServerProcess(jar, index, heap, args.getInt("port", 7171), log)) {
        server.awaitHealthy(Duration.ofSeconds(120));
        System.out.println(Stats.f("server pid %d at -Xmx%s, log %s", server.pid(), heap, log));
        http(server.base, queries, requests, seconds, work, wrkSeconds);
        System.out.println(
            Stats.f(
                "server alive after the load: %s; RSS %s",
                server.alive(), Stats.mb(ResourceSampler.rssOf(Long.toString(server.pid())))));
        System.out.println("heap after full GC (jcmd GC.heap_info):");
        String heapInfo = server.heapAfterGc().strip();
        System.out.println(heapInfo);
        SUMMARY.setProperty("ours.server.alive", Boolean.toString(server.alive()));
        SUMMARY.setProperty("ours.server.heapinfo", heapInfo.replace('\n', ' '));
      }
    } else if (url != null) {
      http(URI.create(url), queries, requests, seconds, work, wrkSeconds);
    } else {
      System.out.println("no --url or --server-jar: HTTP part skipped");
    }
    SUMMARY.setProperty("ours.index.docs", Long.toString(docs));
    Summary.write(args.get("summary", null), SUMMARY, "QueryBench");
  }

  /**
   * Whether the index holds these many articles and was built with the bundled abbreviation table:
   * an index of an older table would silently send abbreviations down the server's slower OR path
   * (its concept fingerprint no longer matches), so it is rebuilt instead.
   */
  static boolean current(Path index, long articles) throws IOException {
    if (!hasSegments(index) || documents(index) != articles) {
      return false;
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      String built = reader.getIndexCommit().getUserData().get(CommitData.ABBREVIATIONS);
      return AbbreviationConcepts.bundled().fingerprint().equals(built);
    }
  }

  static boolean hasSegments(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (var files = Files.list(index)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    }
  }

  static long documents(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.numDocs();
    }
  }

  /** The parties the index holds, most frequent first (from the parties facet). */
  static List<String> topParties(DirectoryReader reader) throws IOException {
    List<String> out = new ArrayList<>();
    try {
      var state = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
      FacetsCollector fc =
          new IndexSearcher(reader)
              .search(MatchAllDocsQuery.INSTANCE, new FacetsCollectorManager());
      FacetResult r =
          new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(20, Fields.FACET_PARTY);
      if (r != null) {
        for (var lv : r.labelValues) {
          out.add(lv.label);
        }
      }
    } catch (IllegalArgumentException noParties) {
      // the dimension was never indexed
    }
    return out;
  }

  private static void writeQueries(List<BenchQuery> queries, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    StringBuilder sb = new StringBuilder();
    for (BenchQuery q : queries) {
      sb.append(ArticleJson.MAPPER.writeValueAsString(q)).append('\n');
    }
    Files.writeString(out, sb, StandardCharsets.UTF_8);
    System.out.println(
        Stats.f("%d queries (seed %d) written to %s", queries.size(), QuerySetGenerator.SEED, out));
  }

  /** The stages of the same queries through {@link StagedSearch}, by kind. */
  static void staged(Path index, List<BenchQuery> queries, int rounds)
      throws IOException, InterruptedException {
    Histogram all = new Histogram(3);
    Map<String, Histogram> byKind = new TreeMap<>();
    Map<String, long[]> stageSums = new TreeMap<>();
    long start;
    try (StagedSearch search = new StagedSearch(index)) {
      search.awaitReadings();
      for (BenchQuery q : queries) {
        search.run(q); // warm-up pass
      }
      start = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        for (BenchQuery q : queries) {
          long[] stages = search.run(q);
          long total = 0;
          long[] sums = stageSums.computeIfAbsent(q.kind(), k -> new long[stages.length + 1]);
          for (int i = 0; i < stages.length; i++) {
            total += stages[i];
            sums[i] += stages[i];
          }
          sums[stages.length]++;
          all.recordValue(total);
          byKind.computeIfAbsent(q.kind(), k -> new Histogram(3)).recordValue(total);
        }
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.println();
    System.out.println(
        Stats.f(
            "### Breakdown: the stages of SearchService, each search on 1 thread, and writing the"
                + " JSON (%d rounds)",
            rounds));
    System.out.println(Stats.f("all: %s, %.0f queries/s", pct(all), all.getTotalCount() / secs));
    System.out.println();
    StringBuilder head = new StringBuilder("| kind | p50 ms | p99 ms |");
    StringBuilder rule = new StringBuilder("|---|---|---|");
    for (String stage : StagedSearch.STAGES) {
      head.append(" mean ").append(stage).append(" ms |");
      rule.append("---|");
    }
    System.out.println(head);
    System.out.println(rule);
    for (var e : byKind.entrySet()) {
      long[] s = stageSums.get(e.getKey());
      double n = s[s.length - 1];
      StringBuilder row =
          new StringBuilder(
              Stats.f(
                  "| %s | %.2f | %.2f |", e.getKey(), ms(e.getValue(), 50), ms(e.getValue(), 99)));
      for (int i = 0; i < s.length - 1; i++) {
        row.append(Stats.f(" %.2f |", s[i] / n / 1e6));
      }
      System.out.println(row);
    }
  }

  private static double inProcessP50 = Double.NaN;
  static final java.util.Properties SUMMARY = new java.util.Properties();

  /**
   * The same queries through the server's own {@link SearchService}, in this JVM: what a request
   * costs without HTTP and JSON. The HTTP overhead ratio is taken against this. One service per
   * thread count, taking turns: each round runs every query on each service in order, after two
   * warm-up rounds each.
   */
  static List<Histogram> servicesInProcess(
      Path index, List<BenchQuery> queries, int rounds, int... threads) throws IOException {
    List<SearchService> services = new ArrayList<>();
    try {
      for (int t : threads) {
        services.add(SearchService.open(index, SearchConfig.defaults().withThreads(t)));
      }
      for (int w = 0; w < 2; w++) {
        for (SearchService service : services) {
          for (BenchQuery q : queries) {
            service.search(request(q));
          }
        }
      }
      List<Histogram> all = new ArrayList<>();
      List<Map<String, Histogram>> byKind = new ArrayList<>();
      long[] nanos = new long[threads.length];
      for (int i = 0; i < threads.length; i++) {
        all.add(new Histogram(3));
        byKind.add(new TreeMap<>());
      }
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < threads.length; i++) {
          long start = System.nanoTime();
          for (BenchQuery q : queries) {
            long t0 = System.nanoTime();
            services.get(i).search(request(q));
            long took = System.nanoTime() - t0;
            all.get(i).recordValue(took);
            byKind.get(i).computeIfAbsent(q.kind(), k -> new Histogram(3)).recordValue(took);
          }
          nanos[i] += System.nanoTime() - start;
        }
      }
      for (int i = 0; i < threads.length; i++) {
        report(threads[i], rounds, all.get(i), byKind.get(i), nanos[i] / 1e9);
      }
      return all;
    } finally {
      for (SearchService service : services) {
        service.close();
      }
    }
  }

  private static void report(
      int threads, int rounds, Histogram all, Map<String, Histogram> byKind, double secs) {
    System.out.println();
    System.out.println(
        Stats.f(
            "### In-process SearchService (one caller, each search on up to %d thread(s), %d"
                + " rounds)",
            threads, rounds));
    System.out.println(Stats.f("all: %s, %.0f queries/s", pct(all), all.getTotalCount() / secs));
    System.out.println("| kind | p50 ms | p90 ms | p99 ms |");
    System.out.println("|---|---|---|---|");
    byKind.forEach(
        (k, h) ->
            System.out.println(
                Stats.f("| %s | %.2f | %.2f | %.2f |", k, ms(h, 50), ms(h, 90), ms(h, 99))));
    if (threads == SearchConfig.THREADS) {
      inProcessP50 = ms(all, 50);
      SUMMARY.setProperty("ours.inprocess.p50", Double.toString(ms(all, 50)));
      SUMMARY.setProperty("ours.inprocess.p99", Double.toString(ms(all, 99)));
    }
  }

  static SearchRequest request(BenchQuery q) {
    return request(q, false);
  }

  /** The same, {@code literal}: the words exactly as typed (no reading of the query). */
  static SearchRequest request(BenchQuery q, boolean literal) {
    return new SearchRequest(
        q.q(),
        q.party() == null ? List.of() : List.of(q.party()),
        List.of(),
        q.from() == null ? null : LocalDate.parse(q.from()),
        q.to() == null ? null : LocalDate.parse(q.to()),
        null,
        null,
        null,
        1,
        SearchRequest.DEFAULT_SIZE,
        null,
        literal);
  }

  private static void http(
      URI base, List<BenchQuery> queries, long requests, Duration time, Path work, int wrkSeconds)
      throws InterruptedException, IOException {
    LoadClient client = new LoadClient(base);
    LoadClient.Result warm =
        client.run(
            queries, 2, queries.size() * (long) ClosedLoop.WARM_UP_ROUNDS, Duration.ofMinutes(2));
    System.out.println(
        Stats.f(
            "%nwarm-up: %d requests, %d errors%s",
            warm.requests(),
            warm.errors(),
            warm.firstError() == null ? "" : " (first: " + warm.firstError() + ")"));
    for (int c : new int[] {1, 16}) {
      LoadClient.Result r = client.run(queries, c, requests, time);
      System.out.println();
      System.out.println(Stats.f("### HTTP %s, concurrency %d", base, c));
      System.out.println(
          Stats.f(
              "all: %s, %.0f requests/s, %d requests, %d errors%s",
              pct(r.all()),
              r.throughput(),
              r.requests(),
              r.errors(),
              r.firstError() == null ? "" : " (first: " + r.firstError() + ")"));
      String key = "ours.http.c" + c;
      SUMMARY.setProperty(key + ".p50", Double.toString(ms(r.all(), 50)));
      SUMMARY.setProperty(key + ".p90", Double.toString(ms(r.all(), 90)));
      SUMMARY.setProperty(key + ".p99", Double.toString(ms(r.all(), 99)));
      SUMMARY.setProperty(key + ".rps", Double.toString(r.throughput()));
      SUMMARY.setProperty(key + ".errors", Long.toString(r.errors()));
      if (c == 1) {
        System.out.println(
            Stats.f(
                "HTTP+JSON overhead: HTTP p50 / in-process SearchService p50 = %.2f",
                ms(r.all(), 50) / inProcessP50));
      }
      if (c == 1 && wrkSeconds > 0) {
        wrk(base, queries, wrkSeconds, work, ms(r.all(), 50));
      }
      System.out.println("| kind | p50 ms | p90 ms | p99 ms |");
      System.out.println("|---|---|---|---|");
      r.byKind()
          .forEach(
              (k, h) ->
                  System.out.println(
                      Stats.f("| %s | %.2f | %.2f | %.2f |", k, ms(h, 50), ms(h, 90), ms(h, 99))));
    }
  }

  /**
   * The same queries from wrk, a client in C, at one connection: a check that our Java client adds
   * little of its own to the figures above.
   */
  private static void wrk(URI base, List<BenchQuery> queries, int seconds, Path work, double ourP50)
      throws IOException, InterruptedException {
    Optional<WrkCheck.Result> wrk = WrkCheck.run(base, queries, seconds, work);
    if (wrk.isEmpty()) {
      System.out.println("wrk not installed (apt-get install wrk): cross-check skipped");
      return;
    }
    WrkCheck.Result w = wrk.get();
    System.out.println(
        Stats.f(
            "wrk cross-check (1 connection, %d s, %d requests, %d non-2xx): p50 %.2f ms, p90 %.2f"
                + " ms, p99 %.2f ms; our client's p50 / wrk's = %.2f",
            seconds,
            w.requests(),
            w.non2xx(),
            w.p50Ms(),
            w.p90Ms(),
            w.p99Ms(),
            ourP50 / w.p50Ms()));
    SUMMARY.setProperty("ours.http.c1.wrk.p50", Double.toString(w.p50Ms()));
    SUMMARY.setProperty("ours.http.c1.wrk.p99", Double.toString(w.p99Ms()));
  }

  static String pct(Histogram h) {
    return Stats.f("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms", ms(h, 50), ms(h, 90), ms(h, 99));
  }

  static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1e6;
  }
}
