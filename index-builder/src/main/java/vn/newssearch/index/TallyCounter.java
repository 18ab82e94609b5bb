package vn.newssearch.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import vn.newssearch.source.Problem;
import vn.newssearch.source.ProblemSink;

/** The live, thread-safe counters behind a {@link Tally}; also where every problem lands. */
final class TallyCounter implements ProblemSink {
  /** How many failures and warnings are kept word for word; the rest are only counted. */
  static final int KEEP = 100;

  private final LongAdder indexed = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder undated = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder warned = new LongAdder();
  private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();
  private final List<Problem> failures = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  /** Kept problems are listed by file and line, whatever thread found them first. */
  private static final Comparator<Problem> BY_ORIGIN =
      Comparator.comparing((Problem p) -> p.origin().file().toString())
          .thenComparingLong(p -> p.origin().line())
          .thenComparingLong(p -> p.origin().offset());

  @Override
  public void report(Problem problem) {
    switch (problem.kind()) {
      case FAILED -> {
        failed.increment();
        keep(failures, problem);
      }
      case WARNING -> {
        warned.increment();
        keep(warnings, problem);
      }
      case SKIPPED -> skipped.computeIfAbsent(problem.reason(), r -> new LongAdder()).increment();
    }
  }

  private static void keep(List<Problem> list, Problem problem) {
    synchronized (list) {
      if (list.size() < KEEP) {
        list.add(problem);
      }
    }
  }

  private static List<String> sorted(List<Problem> list) {
    synchronized (list) {
      return list.stream().sorted(BY_ORIGIN).map(Problem::toString).toList();
    }
  }

  /** Counts an article written to the index: new or an update, with or without a date. */
  void written(boolean update, boolean undatedArticle) {
    (update ? updated : indexed).increment();
    if (undatedArticle) {
      undated.increment();
    }
  }

  /** Articles new to the index so far. */
  long indexed() {
    return indexed.sum();
  }

  /** Articles that replaced one with the same id so far. */
  long updated() {
    return updated.sum();
  }

  long articles() {
    return indexed.sum() + updated.sum();
  }

  long failed() {
    return failed.sum();
  }

  Tally snapshot(
      int filesRead, long textBytes, Duration elapsed, long documents, Duration merging) {
    Map<String, Long> skips = new TreeMap<>();
    skipped.forEach((reason, n) -> skips.put(reason, n.sum()));
    List<String> f = sorted(failures);
    List<String> w = sorted(warnings);
    return new Tally(
        filesRead,
        indexed.sum(),
        updated.sum(),
        undated.sum(),
        skips,
        failed.sum(),
        f,
        warned.sum(),
        w,
        textBytes,
        elapsed,
        documents,
        merging);
  }
}
