package vn.newssearch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import vn.newssearch.bench.http.ClosedLoop;
import vn.newssearch.cli.IndexBuilderCli;
import vn.newssearch.model.ArticleJson;

/**
 * Issue 16's scale-out run: the same articles indexed by {@code build --index} and by {@code build
 * --opensearch} (a local 2-node cluster, 2 shards, 1 replica), then the same query set through our
 * server on each (child processes, same heap), at concurrency 1 and 16. Prints both and the
 * cluster:embedded ratios, the cost of the distributed path on one machine.
 *
 * <p>{@code bin/bench scaleout [--limit 20000] [--requests 2000] [--seconds 60] [--per-kind 25]
 * [--warm-up-rounds 8]} starts the cluster and runs this.
 */
public final class ScaleOutBench {
  private ScaleOutBench() {}

  private static final String INDEX = "scaleout";

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String cluster = args.get("cluster", null);
    if (cluster == null) {
      throw new IllegalArgumentException("--cluster URL is required (bin/bench scaleout sets it)");
    }
    Path work = args.path("work", "bench/target/bench-index");
    long limit = args.getLong("limit", 20_000);
    int threads = args.getInt("threads", 2);
    long requests = args.getLong("requests", 2_000);
    Duration seconds = Duration.ofSeconds(args.getLong("seconds", 60));
    Path jar = args.path("server-jar", "search-server/target/search-server.jar");
    String heap = args.get("heap", "512m");
    int warmUp = args.getInt("warm-up-rounds", ClosedLoop.WARM_UP_ROUNDS);
    System.out.println(Machine.describe());
    CorpusReader.Prepared prepared = CorpusReader.prepare(args.corpus(), limit, 0, work);
    Path embedded = work.resolve("scaleout-embedded");
    deleteTree(embedded);
    delete(cluster, "/" + INDEX);

    Properties summary = new Properties();
    double embRate =
        build(prepared, List.of("--index", embedded.toString()), threads, "embedded", summary);
    double osRate =
        build(
            prepared,
            List.of("--opensearch", cluster, "--opensearch-index", INDEX),
            threads,
            "opensearch",
            summary);

    Path log = work.resolve("scaleout-servers.log");
    List<BenchQuery> queries;
    try (ServerProcess lucene =
        new ServerProcess(jar, List.of("--index", embedded.toString()), heap, 7481, log)) {
      lucene.awaitHealthy(Duration.ofMinutes(2));
      queries =
          QuerySetGenerator.generate(
              prepared.file(), 0, args.getInt("per-kind", 25), parties(lucene.base));
      load(lucene.base, queries, requests, seconds, warmUp, "embedded", summary);
    }
    Path osLog = work.resolve("scaleout-servers-opensearch.log");
    try (ServerProcess os =
        new ServerProcess(
            jar,
            List.of("--opensearch", cluster, "--opensearch-index", INDEX),
            heap,
            7482,
            osLog)) {
      os.awaitHealthy(Duration.ofMinutes(2));
      load(os.base, queries, requests, seconds, warmUp, "opensearch", summary);
    }
    System.out.println(
        Stats.f(
            "%nscale-out ratios, cluster:embedded (%d articles, local 2-node cluster, 2 shards, 1"
                + " replica, one machine):",
            prepared.articles()));
    System.out.println(
        Stats.f(
            "  indexing rate: %.2f (%.0f / %.0f articles/s)", osRate / embRate, osRate, embRate));
    for (String c : List.of("c1", "c16")) {
      System.out.println(
          Stats.f(
              "  HTTP %s: p50 %.2f, p99 %.2f (p50 %.2f / %.2f ms, p99 %.2f / %.2f ms)",
              c,
              ratio(summary, c + ".p50"),
              ratio(summary, c + ".p99"),
              value(summary, "opensearch." + c + ".p50"),
              value(summary, "embedded." + c + ".p50"),
              value(summary, "opensearch." + c + ".p99"),
              value(summary, "embedded." + c + ".p99")));
    }
    Path out = args.path("summary", "bench/target/scaleout.properties");
    try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      summary.store(w, "bin/bench scaleout");
    }
    System.exit(0);
  }

  /** Runs {@code build} as a user would, in this JVM; returns articles per second, wall time. */
  private static double build(
      CorpusReader.Prepared prepared,
      List<String> target,
      int threads,
      String name,
      Properties summary) {
    List<String> cmd = new ArrayList<>(List.of("build", "--threads", Integer.toString(threads)));
    cmd.addAll(target);
    cmd.add(prepared.file().toString());
    StringWriter out = new StringWriter();
    long t0 = System.nanoTime();
    int code =
        IndexBuilderCli.run(
            cmd.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out), false);
    double secs = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("build failed: " + out);
    }
    double rate = prepared.articles() / secs;
    System.out.println(Stats.f("%s build: %.1f s, %.0f articles/s%n%s", name, secs, rate, out));
    summary.setProperty(name + ".index.rate", Double.toString(rate));
    return rate;
  }

  private static void load(
      URI base,
      List<BenchQuery> queries,
      long requests,
      Duration seconds,
      int warmUp,
      String name,
      Properties summary)
      throws InterruptedException {
    LoadClient client = new LoadClient(base);
    client.run(queries, 2, queries.size() * (long) warmUp, Duration.ofMinutes(3));
    for (int c : List.of(1, 16)) {
      LoadClient.Result r = client.run(queries, c, requests, seconds);
      double p50 = QueryBench.ms(r.all(), 50);
      double p99 = QueryBench.ms(r.all(), 99);
      System.out.println(
          Stats.f(
              "%s c=%d: %d requests, %d errors, p50 %.2f ms, p99 %.2f ms, %.0f req/s%s",
              name,
              c,
              r.requests(),
              r.errors(),
              p50,
              p99,
              r.throughput(),
              r.firstError() == null ? "" : " (first error: " + r.firstError() + ")"));
      summary.setProperty(name + ".c" + c + ".p50", Double.toString(p50));
      summary.setProperty(name + ".c" + c + ".p99", Double.toString(p99));
      summary.setProperty(name + ".c" + c + ".rps", Double.toString(r.throughput()));
    }
  }

  /** The top parties of the embedded index, for the party-filter queries. */
  private static List<String> parties(URI base) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/api/parties?limit=20")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    ArticleJson.MAPPER
        .readTree(r.body())
        .path("parties")
        .forEach(p -> out.add(p.path("value").asText()));
    return out;
  }

  private static void delete(String cluster, String path) throws IOException, InterruptedException {
    String first = cluster.split(",")[0].strip();
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(first + path)).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }

  private static double value(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key, "NaN"));
  }

  private static double ratio(Properties p, String key) {
    return value(p, "opensearch." + key) / value(p, "embedded." + key);
  }
}
