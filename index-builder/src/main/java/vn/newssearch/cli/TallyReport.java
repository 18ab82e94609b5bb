package vn.newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.newssearch.index.Tally;

/** Renders a build's {@link Tally} for people: totals first, then what went wrong, by file:line. */
final class TallyReport {
  private TallyReport() {}

  static void print(PrintWriter out, Tally t, Path index) {
    print(out, t, index.toString(), size(index));
  }

  /** The same for any target: a folder, or a cluster's index; {@code bytes} is its size. */
  static void print(PrintWriter out, Tally t, String index, long bytes) {
    out.println(
        format(
            "Indexed %,d articles from %,d files into %s in %s (%,.0f articles/s, %.1f MB/s of"
                + " text)",
            t.articles(),
            t.filesRead(),
            index,
            seconds(t.elapsed()),
            t.articlesPerSecond(),
            t.megabytesPerSecond()));
    out.println(format("  new:       %,d", t.indexed()));
    out.println(format("  updated:   %,d", t.updated()));
    out.println(format("  undated:   %,d (indexed without a publication date)", t.undated()));
    out.println(format("  skipped:   %,d", t.skippedTotal()));
    for (Map.Entry<String, Long> skip : t.skipped().entrySet()) {
      out.println(format("    %,d × %s", skip.getValue(), skip.getKey()));
    }
    out.println(format("  failed:    %,d", t.failed()));
    list(out, t.failures(), t.failed());
    out.println(format("  warnings:  %,d", t.warned()));
    list(out, t.warnings(), t.warned());
    out.println(format("  index:     %,d documents, %s", t.documents(), megabytes(bytes)));
    if (!t.merging().isZero()) {
      out.println(
          format("  merged:    into one segment in %s (included above)", seconds(t.merging())));
    }
  }

  private static void list(PrintWriter out, List<String> shown, long total) {
    for (String line : shown) {
      out.println("    " + line);
    }
    if (total > shown.size()) {
      out.println(format("    ... and %,d more", total - shown.size()));
    }
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  static String seconds(Duration d) {
    return format("%.1f s", d.toMillis() / 1000.0);
  }

  /** m:ss or h:mm:ss. */
  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : format("%d:%02d", s / 60, s % 60);
  }

  private static String megabytes(long bytes) {
    return format("%.1f MB", bytes / 1e6);
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(TallyReport::sizeOf).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
