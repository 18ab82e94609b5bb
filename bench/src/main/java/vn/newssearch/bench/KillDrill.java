package vn.newssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * kill -9 of index-builder at random points, while it adds to a committed index and while it
 * merges: after each kill the index must open at a commit, hold no duplicate id, and a rerun of the
 * same command must end with exactly the distinct articles of the inputs.
 *
 * <p>{@code bin/drill kill [--kills 10] [--seed 1]}
 */
public final class KillDrill {
  private KillDrill() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int kills = args.getInt("kills", 10);
    Random random = new Random(args.getLong("seed", 1));
    Path jar = args.path("builder-jar", "index-builder/target/index-builder.jar");
    Path work = args.path("work", "bench/target/drill-kill");
    String shared = System.getProperty("shared.dir", "../shared");
    Path base = Path.of(shared, "corpus/dantri-unc.jsonl.gz");
    Path added = Path.of(shared, "corpus/vietnews-labour.jsonl.gz");
    deleteTree(work);
    Files.createDirectories(work);
    Builder builder = new Builder(jar, work);

    // The expected end state, from one uninterrupted build of both files.
    Path reference = work.resolve("reference");
    builder.run(reference, List.of("--rebuild", base.toString(), added.toString()));
    IndexCheck expected = IndexCheck.of(reference, false);
    System.out.printf(Locale.ROOT, "reference: %,d distinct articles%n", expected.distinctIds());
    Path committed = work.resolve("committed");
    builder.run(committed, List.of("--rebuild", base.toString()));
    long durationAdd =
        builder.timed(copy(committed, work.resolve("timing")), List.of(added.toString()));
    long durationMerge =
        builder.timed(
            copy(committed, work.resolve("timing")), List.of("--merge", added.toString()));
    System.out.printf(
        Locale.ROOT,
        "an uninterrupted add takes %.1f s, an add with --merge %.1f s%n",
        durationAdd / 1e3,
        durationMerge / 1e3);

    int failures = 0;
    int landed = 0;
    List<String> modes = List.of(args.get("modes", "add,merge").split(","));
    for (String mode : modes) {
      long duration = mode.equals("add") ? durationAdd : durationMerge;
      for (int k = 1; k <= kills; k++) {
        Path index = copy(committed, work.resolve(mode + "-" + k));
        List<String> command =
            mode.equals("add") ? List.of(added.toString()) : List.of("--merge", added.toString());
        // Uniform over the run; a merge drill waits for the build's last commit before merging,
        // then kills at a random point of the merge (an add with --merge minus a plain add).
        long at =
            mode.equals("add")
                ? 300 + (long) (random.nextDouble() * duration)
                : (long) (random.nextDouble() * Math.max(500, durationMerge - durationAdd));
        boolean killed =
            mode.equals("add")
                ? builder.killAfter(index, command, at)
                : builder.killWhileMerging(index, command, at);
        landed += killed ? 1 : 0;
        String verdict;
        try {
          IndexCheck after = IndexCheck.of(index, true);
          builder.run(index, command);
          IndexCheck rerun = IndexCheck.of(index, false);
          boolean ok =
              after.clean()
                  && after.duplicates() == 0
                  && rerun.duplicates() == 0
                  && rerun.distinctIds() == expected.distinctIds()
                  && rerun.documents() == expected.documents();
          failures += ok ? 0 : 1;
          verdict =
              String.format(
                  Locale.ROOT,
                  "%s: opened at a commit of %,d docs (dups %d, clean %s); rerun %,d docs, %,d"
                      + " distinct, dups %d",
                  ok ? "ok" : "FAIL",
                  after.documents(),
                  after.duplicates(),
                  after.clean(),
                  rerun.documents(),
                  rerun.distinctIds(),
                  rerun.duplicates());
        } catch (IOException e) {
          failures++;
          verdict = "FAIL: " + e;
        }
        System.out.printf(
            Locale.ROOT,
            "%-5s kill %2d at %5d ms (%s): %s%n",
            mode,
            k,
            at,
            killed ? "killed" : "had ended",
            verdict);
        deleteTree(index);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "VERDICT: %s — %d runs, %d killed mid-build, %d failures%n",
        failures == 0 ? "PASS" : "FAIL",
        modes.size() * kills,
        landed,
        failures);
    System.exit(failures == 0 ? 0 : 1);
  }

  /** index-builder as a child process, as a deployment runs it. */
  private record Builder(Path jar, Path work) {
    private ProcessBuilder command(Path index, List<String> args) {
      return BuilderProcess.command(jar, index, work, args);
    }

    void run(Path index, List<String> args) throws IOException, InterruptedException {
      int code = command(index, args).start().waitFor();
      if (code != 0) {
        throw new IOException("build exited with " + code + "; see " + work.resolve("builds.log"));
      }
    }

    long timed(Path index, List<String> args) throws IOException, InterruptedException {
      long t0 = System.nanoTime();
      run(index, args);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      deleteTree(index);
      return ms;
    }

    /**
     * Starts the build, waits for the commit it makes before merging ({@code complete=true}), then
     * kills it {@code millis} later: a kill that lands in the merge. True when it was still
     * running.
     */
    boolean killWhileMerging(Path index, List<String> args, long millis)
        throws IOException, InterruptedException {
      long before = generation(index);
      Process p = command(index, args).start();
      while (p.isAlive()) {
        if (generation(index) > before) {
          break; // the build's last commit before the merge
        }
        Thread.sleep(10);
      }
      if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
        return false;
      }
      p.destroyForcibly();
      p.waitFor();
      return true;
    }

    private static long generation(Path index) {
      try (org.apache.lucene.store.FSDirectory dir =
          org.apache.lucene.store.FSDirectory.open(index)) {
        return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(dir);
      } catch (IOException e) {
        return -1;
      }
    }

    /** True when the build was still running and was killed. */
    boolean killAfter(Path index, List<String> args, long millis)
        throws IOException, InterruptedException {
      Process p = command(index, args).start();
      if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
        return false;
      }
      p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally
      p.waitFor();
      return true;
    }
  }

  static Path copy(Path from, Path to) throws IOException {
    deleteTree(to);
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
