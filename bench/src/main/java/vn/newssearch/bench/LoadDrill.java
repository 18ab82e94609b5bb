package vn.newssearch.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.bench.http.HttpConnection;

/**
 * Load while indexing: 64 connections over a rotating query mix for 60 s against a server limited
 * to -Xmx256m, while index-builder adds articles to the index it serves. Passes with 0 errors,
 * every commit visible within 5 s, and the server alive at the end.
 *
 * <p>{@code bin/drill load [--seconds 60] [--connections 64]}
 */
public final class LoadDrill {
  private LoadDrill() {}

  private static final Pattern DOCUMENTS = Pattern.compile("\"documents\":(\\d+)");

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int seconds = args.getInt("seconds", 60);
    int connections = args.getInt("connections", 64);
    Path work = args.path("work", "bench/target/drill-load");
    Path serverJar = args.path("server-jar", "search-server/target/search-server.jar");
    Path builderJar = args.path("builder-jar", "index-builder/target/index-builder.jar");
    String shared = System.getProperty("shared.dir", "../shared");
    KillDrill.deleteTree(work);
    Path index = work.resolve("index");
    Files.createDirectories(work);
    List<Path> slices = slices(Path.of(shared, "corpus/vietnews.jsonl.gz"), work, 8, 8_000);
    run(builderJar, index, work, List.of("--rebuild", shared + "/corpus/dantri-unc.jsonl.gz"))
        .waitFor();

    int port = args.getInt("port", 7381);
    boolean pass;
    try (ServerProcess server =
        new ServerProcess(serverJar, index, "256m", port, work.resolve("server.log"))) {
      server.awaitHealthy(Duration.ofSeconds(60));
      List<String> mix = queryMix(port);
      Map<Long, Long> commits = new ConcurrentSkipListMap<>(); // documents -> when committed
      Map<Long, Long> visible = new ConcurrentHashMap<>(); // documents -> when /health showed them
      AtomicLong requests = new AtomicLong();
      AtomicLong errors = new AtomicLong();
      List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < connections; t++) {
        int offset = t * 7;
        threads.add(
            Thread.ofPlatform()
                .name("load-" + t)
                .start(
                    () -> {
                      try (HttpConnection http =
                          new HttpConnection("127.0.0.1", port, Duration.ofSeconds(30))) {
                        for (int i = offset; System.nanoTime() < end; i++) {
                          String path = mix.get(i % mix.size());
                          requests.incrementAndGet();
                          try {
                            HttpConnection.Response r = http.get(path);
                            if (r.status() != 200) {
                              error(errors, firstErrors, r.status() + " " + path);
                            }
                          } catch (IOException e) {
                            error(errors, firstErrors, e.toString());
                          }
                        }
                      }
                    }));
      }
      threads.add(
          Thread.ofPlatform().name("commits").start(() -> watchCommits(index, commits, end)));
      threads.add(Thread.ofPlatform().name("health").start(() -> watchHealth(port, visible, end)));
      Thread builds =
          Thread.ofPlatform()
              .name("builds")
              .start(
                  () -> {
                    for (Path slice : slices) {
                      if (System.nanoTime() > end - 5_000_000_000L) {
                        return;
                      }
                      try {
                        run(builderJar, index, work, List.of(slice.toString())).waitFor();
                      } catch (IOException | InterruptedException e) {
                        return;
                      }
                    }
                  });
      for (Thread t : threads) {
        t.join();
      }
      builds.join();
      Thread.sleep(5_000); // the last commit gets its 5 s, too
      watchHealth(port, visible, System.nanoTime() + 200_000_000L);
      long worstLag = 0;
      int late = 0;
      for (Map.Entry<Long, Long> c : commits.entrySet()) {
        long seen =
            visible.entrySet().stream()
                .filter(v -> v.getKey() >= c.getKey())
                .mapToLong(Map.Entry::getValue)
                .min()
                .orElse(Long.MAX_VALUE);
        long lag = seen == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, seen - c.getValue());
        worstLag = Math.max(worstLag, lag);
        late += lag > 5_000_000_000L ? 1 : 0;
      }
      boolean alive = server.alive();
      String heap = alive ? server.heapAfterGc() : "server died";
      System.out.printf(
          Locale.ROOT,
          "%,d requests over %d connections in %d s (%,.0f/s), %d errors%s%n",
          requests.get(),
          connections,
          seconds,
          requests.get() / (double) seconds,
          errors.get(),
          firstErrors.isEmpty() ? "" : " e.g. " + firstErrors);
      System.out.printf(
          Locale.ROOT,
          "%d commits while serving; worst commit-to-visible %.1f s; %d later than 5 s%n",
          commits.size(),
          worstLag == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : worstLag / 1e9,
          late);
      System.out.println("server heap after GC (-Xmx256m):");
      heap.lines()
          .filter(l -> l.contains("used") || l.contains("heap"))
          .forEach(System.out::println);
      pass = errors.get() == 0 && late == 0 && alive && commits.size() > 1;
    }
    System.out.println("VERDICT: " + (pass ? "PASS" : "FAIL"));
    System.exit(pass ? 0 : 1);
  }

  private static void error(AtomicLong errors, List<String> first, String what) {
    errors.incrementAndGet();
    if (first.size() < 5) {
      first.add(what);
    }
  }

  /** Every commit of the index folder, by its document count, with when it appeared. */
  private static void watchCommits(Path index, Map<Long, Long> commits, long end) {
    long lastGeneration = -1;
    try (FSDirectory dir = FSDirectory.open(index)) {
      while (System.nanoTime() < end) {
        try {
          long generation = SegmentInfos.getLastCommitGeneration(dir);
          if (generation != lastGeneration) {
            long now = System.nanoTime();
            SegmentInfos infos =
                SegmentInfos.readCommit(dir, SegmentInfos.getLastCommitSegmentsFileName(dir));
            long docs = 0;
            for (SegmentCommitInfo si : infos) {
              docs += si.info.maxDoc() - si.getDelCount() - si.getSoftDelCount();
            }
            if (lastGeneration >= 0) {
              commits.putIfAbsent(docs, now);
            }
            lastGeneration = generation;
          }
        } catch (IOException e) {
          // a commit being written: look again
        }
        Thread.sleep(20);
      }
    } catch (IOException | InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void watchHealth(int port, Map<Long, Long> visible, long end) {
    try (HttpConnection http = new HttpConnection("127.0.0.1", port, Duration.ofSeconds(10))) {
      while (System.nanoTime() < end) {
        try {
          Matcher m = DOCUMENTS.matcher(http.get("/health").text());
          if (m.find()) {
            visible.putIfAbsent(Long.parseLong(m.group(1)), System.nanoTime());
          }
        } catch (IOException e) {
          // counted by the load threads if the server is really down
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A rotating mix: keywords, phrases, parties, dates, sorts, deep pages, articles, prefixes. */
  private static List<String> queryMix(int port) throws IOException {
    List<String> mix = new ArrayList<>();
    String[] keywords = {
      "lao dong", "lao động", "\"bảo hiểm xã hội\"", "tiền lương -Nhật", "việc làm OR thất nghiệp",
      "công đoàn", "an toàn lao động", "xuất khẩu lao động", "hưu trí", "doanh nghiệp",
    };
    for (String k : keywords) {
      mix.add("/api/search?q=" + enc(k));
      mix.add("/api/search?q=" + enc(k) + "&sort=newest&size=20");
      mix.add("/api/search?q=" + enc(k) + "&from=2019&to=2021-06&page=2");
    }
    mix.add("/api/search");
    mix.add("/api/search?party=" + enc("Bộ LĐ-TB&XH"));
    mix.add("/api/search?org=" + enc("Tổng Liên đoàn Lao động Việt Nam") + "&size=50");
    mix.add("/api/search?party=" + enc("so lao dong long an"));
    mix.add("/api/parties?prefix=bo&limit=10");
    mix.add("/health");
    try (HttpConnection http = new HttpConnection("127.0.0.1", port, Duration.ofSeconds(30))) {
      String first = http.get("/api/search?q=lao+dong&size=5").text();
      Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(first);
      if (id.find()) {
        mix.add("/api/articles/" + enc(id.group(1)));
      }
      Matcher cursor = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(first);
      if (cursor.find()) {
        mix.add("/api/search?q=lao+dong&size=5&cursor=" + cursor.group(1));
      }
    }
    return mix;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The first {@code count} × {@code size} articles of the corpus, in files of {@code size}. */
  private static List<Path> slices(Path corpus, Path work, int count, int size) throws IOException {
    List<Path> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus), 1 << 16),
                StandardCharsets.UTF_8))) {
      for (int s = 0; s < count; s++) {
        Path slice = work.resolve("slice-" + s + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(slice, StandardCharsets.UTF_8)) {
          for (int i = 0; i < size; i++) {
            String line = in.readLine();
            if (line == null) {
              break;
            }
            w.write(line);
            w.newLine();
          }
        }
        out.add(slice);
      }
    }
    return out;
  }

  static Process run(Path jar, Path index, Path work, List<String> args) throws IOException {
    List<String> oneThread = new ArrayList<>(List.of("--threads", "1"));
    oneThread.addAll(args);
    return BuilderProcess.command(jar, index, work, oneThread).start();
  }
}
