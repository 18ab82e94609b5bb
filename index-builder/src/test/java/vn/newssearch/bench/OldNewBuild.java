package vn.newssearch.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two index-builder jars (an old and a new build) in one JVM, each in its own class loader, run in
 * turn: {@code build --rebuild --threads 2} over the same inputs, with the process CPU and wall
 * time of each build. Pairs alternate which jar goes first; two warm-up rounds are not counted.
 * Depends on nothing but the JDK, so it runs as a single source file (docs/index-builder-speed.md):
 *
 * <pre>
 * java $LUCENE_JVM_ARGS -Xmx2g index-builder/src/test/java/vn/newssearch/bench/OldNewBuild.java \
 *   OLD.jar NEW.jar ROUNDS WORK-DIR INPUT...
 * </pre>
 */
public final class OldNewBuild {
  private OldNewBuild() {}

  public static void main(String[] args) throws Exception {
    Method[] build = {builder(args[0]), builder(args[1])};
    String[] names = {"old", "new"};
    int rounds = Integer.parseInt(args[2]);
    Path work = Path.of(args[3]);
    List<String> inputs = Arrays.asList(args).subList(4, args.length);
    double[][] cpu = new double[2][rounds];
    double[] ratios = new double[rounds];
    for (int r = -2; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int v = (r & 1) == 0 ? k : 1 - k;
        List<String> argv =
            new ArrayList<>(
                List.of(
                    "build",
                    "--rebuild",
                    "--threads",
                    "2",
                    "--index",
                    work.resolve(names[v]) + ""));
        argv.addAll(inputs);
        System.gc();
        long c0 = processCpuNanos();
        long w0 = System.nanoTime();
        StringWriter out = new StringWriter();
        Object code =
            build[v].invoke(
                null,
                argv.toArray(String[]::new),
                new PrintWriter(out),
                new PrintWriter(out),
                false);
        double seconds = (processCpuNanos() - c0) / 1e9;
        double wall = (System.nanoTime() - w0) / 1e9;
        if (!Integer.valueOf(0).equals(code)) {
          throw new IllegalStateException(names[v] + " exited with " + code + ": " + out);
        }
        System.out.printf(
            Locale.ROOT, "round %d %s: CPU %.2f s, wall %.2f s%n", r, names[v], seconds, wall);
        if (r >= 0) {
          cpu[v][r] = seconds;
        }
      }
      if (r >= 0) {
        ratios[r] = cpu[0][r] / cpu[1][r];
      }
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "old:new CPU over %d pairs: median %.3f (range %.3f-%.3f); total %.3f%n",
        rounds,
        ratios[rounds / 2],
        ratios[0],
        ratios[rounds - 1],
        Arrays.stream(cpu[0]).sum() / Arrays.stream(cpu[1]).sum());
  }

  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  /** The jar's {@code IndexBuilderCli.run(args, out, err, terminal)}, in a loader of its own. */
  private static Method builder(String jar) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    return loader
        .loadClass("vn.newssearch.cli.IndexBuilderCli")
        .getMethod("run", String[].class, PrintWriter.class, PrintWriter.class, boolean.class);
  }
}
