package vn.newssearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import vn.newssearch.source.ProblemSink;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/** The JSON Lines articles a mining command reads, one pass of the corpus at a time. */
final class MinedCorpus {
  /** What a pass does with one article's text (any part may be null). */
  interface Reading {
    void accept(String title, String lead, String body);
  }

  /** What the first pass read: articles, and records skipped (each told with file and line). */
  record Read(long articles, long skipped) {}

  private MinedCorpus() {}

  /**
   * The first pass: every JSON Lines article of {@code inputs} into {@code reading}; each record
   * that cannot be read is told on {@code err} with its file and line, and counted.
   */
  static Read first(List<Path> inputs, PrintWriter err, Reading reading)
      throws InterruptedException {
    long[] skipped = new long[1];
    long articles =
        pass(
            inputs,
            p -> {
              skipped[0]++;
              err.println(p + " (skipped)");
            },
            reading);
    return new Read(articles, skipped[0]);
  }

  /** Another pass over the same inputs; their problems were told by the first. */
  static void again(List<Path> inputs, Reading reading) throws InterruptedException {
    pass(inputs, p -> {}, reading);
  }

  private static long pass(List<Path> inputs, ProblemSink problems, Reading reading)
      throws InterruptedException {
    long[] articles = new long[1];
    new SourceReader(inputs, problems)
        .readAll(
            record -> {
              if (record instanceof SourceRecord.JsonArticle a) {
                reading.accept(a.title(), a.lead(), a.body());
                articles[0]++;
              }
            });
    return articles[0];
  }
}
