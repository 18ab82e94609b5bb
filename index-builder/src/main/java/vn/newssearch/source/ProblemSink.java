package vn.newssearch.source;

/** Receives problems as they are found; implementations must be thread-safe. */
@FunctionalInterface
public interface ProblemSink {
  void report(Problem problem);
}
