package vn.newssearch.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal {@code --name value} argument parsing for the benchmark mains. */
final class Args {
  private final Map<String, String> values = new HashMap<>();

  Args(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
      }
      values.put(args[i].substring(2), args[++i]);
    }
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  long getLong(String name, long fallback) {
    return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
  }

  int getInt(String name, int fallback) {
    return (int) getLong(name, fallback);
  }

  List<Integer> getInts(String name, String fallback) {
    return Arrays.stream(get(name, fallback).split(",")).map(Integer::parseInt).toList();
  }

  Path path(String name, String fallback) {
    return Path.of(get(name, fallback));
  }

  /** The default corpus: ../shared/corpus/vietnews.jsonl.gz, or -Dshared.dir. */
  Path corpus() {
    String shared = System.getProperty("shared.dir", "../shared");
    return path("corpus", shared + "/corpus/vietnews.jsonl.gz");
  }
}
