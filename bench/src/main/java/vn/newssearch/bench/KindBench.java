package vn.newssearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.HdrHistogram.Histogram;
import vn.newssearch.bench.http.ClosedLoop;
import vn.newssearch.bench.http.HttpConnection;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.typing.Abbreviations;

/**
 * Speed per kind of typing (issue 17): plain keywords against abbreviations, unaccented words,
 * Telex and VNI, and pasted headlines ({@link TypingQuerySet}), in one run, the kinds alternating
 * request by request. First what {@code QueryReader} costs per query in-process ({@link
 * ReadingCost}), then the server as a child process over loopback HTTP, with each kind's p50 and
 * p99 against plain keywords'.
 *
 * <p>{@code KindBench --index DIR --work DIR --server-jar JAR [--heap 256m] [--per-kind 75]
 * [--requests 6000] [--seconds 120] [--concurrency 1] [--reader-rounds 40] [--stage-rounds 2]
 * [--slowest 15] [--queries-out bench/target/kind-queries.jsonl] [--summary
 * bench/target/kinds.properties]}
 */
public final class KindBench {
  private KindBench() {}

  /** The throw-away query that tells when the statistics are ready: read as "lao động" then. */
  static final String PROBE = "lao dong";

  static final Properties SUMMARY = new Properties();

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path index = args.path("index", "bench/target/bench-index/query");
    Path work = args.path("work", "bench/target/bench-index");
    System.out.println(Machine.describe());
    System.out.println("load average (1, 5, 15 min) at the start: " + loadAverage());
    CorpusReader.Prepared prepared = CorpusReader.prepare(args.corpus(), 0, 0, work);
    if (!QueryBench.current(index, prepared.articles())) {
      System.out.println("building the index (ArticleIndexer, 2 threads, as build --merge) ...");
      System.out.println(IndexBench.line(IndexRun.ours(prepared, 2, index, true)));
    }
    List<BenchQuery> queries =
        TypingQuerySet.generate(
            prepared.file(), args.getInt("per-kind", 75), Abbreviations.from(PartyNames.load()));
    write(queries, args.path("queries-out", "bench/target/kind-queries.jsonl"));

    ReadingCost.Result reading =
        ReadingCost.measure(index, queries, 20, args.getInt("reader-rounds", 40));
    ReadingCost.print(reading);
    int stageRounds = args.getInt("stage-rounds", 2);
    if (stageRounds > 0) {
      KindStages.run(index, queries, stageRounds, args.getInt("slowest", 15));
    }

    Path jar = args.path("server-jar", "search-server/target/search-server.jar");
    String heap = args.get("heap", "256m");
    Path log = Files.createTempFile("bench-kinds-server", ".log");
    try (ServerProcess server =
        new ServerProcess(jar, index, heap, args.getInt("port", 7173), log)) {
      server.awaitHealthy(Duration.ofSeconds(120));
      System.out.println(Stats.f("%nserver pid %d at -Xmx%s, log %s", server.pid(), heap, log));
      awaitReadings(server.base, Duration.ofMinutes(5));
      LoadClient client = new LoadClient(server.base);
      LoadClient.Result warm =
          client.run(
              queries, 2, queries.size() * (long) ClosedLoop.WARM_UP_ROUNDS, Duration.ofMinutes(4));
      System.out.println(
          Stats.f("warm-up: %d requests, %d errors", warm.requests(), warm.errors()));
      for (int c : args.getInts("concurrency", "1")) {
        LoadClient.Result r =
            client.run(
                queries,
                c,
                args.getLong("requests", 6000),
                Duration.ofSeconds(args.getLong("seconds", 120)));
        report(r, c);
      }
    }
    System.out.println("load average (1, 5, 15 min) at the end: " + loadAverage());
    Summary.write(args.get("summary", null), SUMMARY, "KindBench");
  }

  /**
   * The server reads queries as typed until its statistics are ready (built in the background for a
   * large index): one throw-away query every half second until it comes back read.
   */
  private static void awaitReadings(URI base, Duration timeout)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    int probes = 0;
    try (HttpConnection http = HttpConnection.to(base)) {
      String path = "/api/search?q=" + URLEncoder.encode(PROBE, StandardCharsets.UTF_8);
      while (true) {
        probes++;
        String body = http.get(path).text();
        if (body.contains("\"interpretedAs\":\"")) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("the server never read '" + PROBE + "' otherwise: " + body);
        }
        Thread.sleep(500);
      }
    }
    System.out.println(
        Stats.f(
            "the server read '%s' otherwise after %.1f s (%d probe(s)): statistics ready",
            PROBE, (System.nanoTime() - start) / 1e9, probes));
  }

  private static void report(LoadClient.Result r, int concurrency) {
    System.out.println();
    System.out.println(
        Stats.f(
            "### HTTP, concurrency %d: %d requests, %.0f requests/s, %d errors%s",
            concurrency,
            r.requests(),
            r.throughput(),
            r.errors(),
            r.firstError() == null ? "" : " (first: " + r.firstError() + ")"));
    System.out.println();
    System.out.println(
        "| kind | requests | p50 ms | p90 ms | p99 ms | p50 : plain | p99 : plain |");
    System.out.println("|---|---|---|---|---|---|---|");
    Histogram plain = r.byKind().get("plain");
    Map<String, Histogram> ordered = new LinkedHashMap<>();
    TypingQuerySet.KINDS.forEach(k -> ordered.put(k, r.byKind().get(k)));
    ordered.forEach(
        (kind, h) -> {
          if (h == null) {
            return;
          }
          double p50 = QueryBench.ms(h, 50);
          double p99 = QueryBench.ms(h, 99);
          System.out.println(
              Stats.f(
                  "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |",
                  kind,
                  h.getTotalCount(),
                  p50,
                  QueryBench.ms(h, 90),
                  p99,
                  p50 / QueryBench.ms(plain, 50),
                  p99 / QueryBench.ms(plain, 99)));
          String key = "http.c" + concurrency + "." + kind;
          SUMMARY.setProperty(key + ".p50", Double.toString(p50));
          SUMMARY.setProperty(key + ".p99", Double.toString(p99));
        });
  }

  private static void write(List<BenchQuery> queries, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    StringBuilder sb = new StringBuilder();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (BenchQuery q : queries) {
      sb.append(ArticleJson.MAPPER.writeValueAsString(q)).append('\n');
      counts.merge(q.kind(), 1, Integer::sum);
    }
    Files.writeString(out, sb, StandardCharsets.UTF_8);
    System.out.println(
        Stats.f(
            "%d queries (seeds %d and %d) written to %s: %s",
            queries.size(), QuerySetGenerator.SEED, TypingQuerySet.SEED, out, counts));
    for (int i = 0; i < Math.min(10, queries.size()); i++) {
      System.out.println(Stats.f("  %-12s %s", queries.get(i).kind(), queries.get(i).q()));
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "?";
    }
  }
}
