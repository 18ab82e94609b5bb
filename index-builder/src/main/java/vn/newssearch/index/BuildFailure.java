package vn.newssearch.index;

import java.util.concurrent.atomic.AtomicReference;

/** The first error that ends a build, shared by the reader, the workers and the coordinator. */
final class BuildFailure {
  private final AtomicReference<Throwable> first = new AtomicReference<>();

  /** Records {@code t} unless an earlier error was recorded; the build stops either way. */
  void report(Throwable t) {
    first.compareAndSet(null, t);
  }

  /** True once an error has ended the build: no more records are read or indexed. */
  boolean stopped() {
    return first.get() != null;
  }

  /** The first error, or null. */
  Throwable cause() {
    return first.get();
  }
}
