package vn.newssearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * At least 1,000 generated hostile requests ({@link HostileRequests}) against a server over the
 * bundled sample, one connection each: passes with no status of 500 or more other than the 503 of
 * the time budget, no stack trace in any body, and no request answered later than its budget.
 *
 * <p>{@code bin/drill hostile [--requests 1500] [--seed 14]}
 */
public final class HostileDrill {
  private HostileDrill() {}

  private static final long BUDGET_MS = 2_000;

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path work = args.path("work", "bench/target/drill-hostile");
    Path serverJar = args.path("server-jar", "search-server/target/search-server.jar");
    Path builderJar = args.path("builder-jar", "index-builder/target/index-builder.jar");
    KillDrill.deleteTree(work);
    Files.createDirectories(work);
    Path index = work.resolve("index");
    LoadDrill.run(builderJar, index, work, List.of("--rebuild", "data/sample")).waitFor();
    List<HostileRequests.Hostile> requests =
        HostileRequests.generate(args.getLong("seed", 14), args.getInt("requests", 1500));
    int port = args.getInt("port", 7382);
    Map<String, Integer> statuses = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    int serverErrors = 0;
    int stackTraces = 0;
    int overBudget = 0;
    int timeouts503 = 0;
    long slowest = 0;
    try (ServerProcess server =
        new ServerProcess(serverJar, index, "256m", port, work.resolve("server.log"))) {
      server.awaitHealthy(Duration.ofSeconds(60));
      for (HostileRequests.Hostile h : requests) {
        long t0 = System.nanoTime();
        Reply reply = send(port, h.bytes());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        slowest = Math.max(slowest, ms);
        statuses.merge(
            reply.status() == 0 ? "no reply" : Integer.toString(reply.status()), 1, Integer::sum);
        kinds.merge(h.kind(), 1, Integer::sum);
        if (reply.status() == 0) {
          report(work, "no reply (listed, not a failure)", h, reply);
        }
        boolean budget503 = reply.status() == 503 && reply.body().contains("search_timeout");
        timeouts503 += budget503 ? 1 : 0;
        if (reply.status() >= 500 && !budget503) {
          serverErrors++;
          report(work, "5xx", h, reply);
        }
        if (reply.body().contains("Exception")
            || reply.body().contains("\tat ")
            || reply.body().contains(".java:")) {
          stackTraces++;
          report(work, "trace", h, reply);
        }
        // Bodies of megabytes take their upload time; the budget is for the answer.
        if (ms > BUDGET_MS && h.bytes().length < 1 << 20) {
          overBudget++;
          report(work, "slow " + ms + " ms", h, reply);
        }
      }
      if (!server.alive()) {
        serverErrors++;
      }
    }
    System.out.printf(Locale.ROOT, "%,d hostile requests by kind: %s%n", requests.size(), kinds);
    System.out.println("statuses: " + statuses);
    System.out.printf(
        Locale.ROOT,
        "5xx other than the budget's 503: %d; budget 503s: %d; stack traces: %d; over the %d ms"
            + " budget: %d; slowest %d ms%n",
        serverErrors,
        timeouts503,
        stackTraces,
        BUDGET_MS,
        overBudget,
        slowest);
    boolean pass =
        serverErrors == 0 && stackTraces == 0 && overBudget == 0 && requests.size() >= 1000;
    System.out.println(
        "VERDICT: "
            + (pass ? "PASS" : "FAIL")
            + " (details: "
            + work.resolve("failures.txt")
            + ")");
    System.exit(pass ? 0 : 1);
  }

  record Reply(int status, String body) {}

  /** One request on its own connection; a reply cut short or absent is status 0. */
  static Reply send(int port, byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may answer (413, 431) and close before taking the whole request.
      }
      InputStream in = socket.getInputStream();
      byte[] bytes = in.readNBytes(1 << 20);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (!text.startsWith("HTTP/")) {
        return new Reply(0, text);
      }
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyAt = text.indexOf("\r\n\r\n");
      return new Reply(status, bodyAt < 0 ? "" : text.substring(bodyAt + 4));
    } catch (IOException | RuntimeException e) {
      return new Reply(0, e.toString());
    }
  }

  private static void report(Path work, String what, HostileRequests.Hostile h, Reply r)
      throws IOException {
    String request =
        new String(h.bytes(), 0, Math.min(300, h.bytes().length), StandardCharsets.ISO_8859_1);
    Files.writeString(
        work.resolve("failures.txt"),
        what
            + " | "
            + h.kind()
            + " | "
            + request.replace("\r\n", "\\r\\n")
            + " -> "
            + r.status()
            + " "
            + r.body().substring(0, Math.min(300, r.body().length()))
            + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }
}
