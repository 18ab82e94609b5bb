package vn.newssearch.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cross-check of our load client by {@code wrk}, a C load generator: one connection rotating
 * through the same query paths. If its latencies agree with ours, the client is not what we
 * measure.
 */
final class WrkCheck {
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|90|99)%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
  private static final Pattern REQUESTS =
      Pattern.compile("^\\s*(\\d+) requests in ", Pattern.MULTILINE);
  private static final Pattern NON_2XX =
      Pattern.compile("^\\s*Non-2xx or 3xx responses: (\\d+)", Pattern.MULTILINE);

  /** Latency percentiles in milliseconds, requests sent, and non-2xx/3xx answers among them. */
  record Result(double p50Ms, double p90Ms, double p99Ms, long requests, long non2xx) {}

  private WrkCheck() {}

  /**
   * Runs {@code wrk -t1 -c1} for {@code seconds} against {@code base}, with its Lua script written
   * to {@code workDir}; empty when {@code wrk} is not on the PATH.
   */
  static Optional<Result> run(URI base, List<BenchQuery> queries, int seconds, Path workDir)
      throws IOException, InterruptedException {
    if (!onPath("wrk")) {
      return Optional.empty();
    }
    Files.createDirectories(workDir);
    Path script = workDir.resolve("wrk-queries.lua");
    Files.writeString(script, script(queries), StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(
                "wrk",
                "-t1",
                "-c1",
                "-d" + seconds + "s",
                "--latency",
                "-s",
                script.toString(),
                base.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("wrk failed:\n" + output);
    }
    return Optional.of(parse(output));
  }

  /** A Lua script whose request() returns the queries' requests in turn. */
  static String script(List<BenchQuery> queries) {
    StringBuilder sb = new StringBuilder("local paths = {\n");
    for (BenchQuery q : queries) {
      String path = q.searchPath();
      sb.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
    }
    sb.append("}\n")
        .append("local requests = {}\n")
        .append("local n = 0\n")
        .append("init = function(args)\n")
        .append("  for i, p in ipairs(paths) do requests[i] = wrk.format(\"GET\", p) end\n")
        .append("end\n")
        .append("request = function()\n")
        .append("  n = n % #requests + 1\n")
        .append("  return requests[n]\n")
        .append("end\n");
    return sb.toString();
  }

  static Result parse(String output) throws IOException {
    double[] ms = new double[3];
    boolean[] seen = new boolean[3];
    int from = output.indexOf("Latency Distribution");
    if (from < 0) {
      throw new IOException("no latency distribution in wrk output:\n" + output);
    }
    Matcher m = PERCENTILE.matcher(output);
    m.region(from, output.length());
    while (m.find()) {
      int slot =
          switch (m.group(1)) {
            case "50" -> 0;
            case "90" -> 1;
            default -> 2;
          };
      ms[slot] = Double.parseDouble(m.group(2)) * toMillis(m.group(3));
      seen[slot] = true;
    }
    Matcher r = REQUESTS.matcher(output);
    if (!seen[0] || !seen[1] || !seen[2] || !r.find()) {
      throw new IOException("unexpected wrk output:\n" + output);
    }
    Matcher bad = NON_2XX.matcher(output);
    long non2xx = bad.find() ? Long.parseLong(bad.group(1)) : 0;
    return new Result(ms[0], ms[1], ms[2], Long.parseLong(r.group(1)), non2xx);
  }

  private static double toMillis(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "us" -> 0.001;
      case "ms" -> 1;
      case "s" -> 1_000;
      case "m" -> 60_000;
      default -> 3_600_000; // h
    };
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
