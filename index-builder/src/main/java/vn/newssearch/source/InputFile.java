package vn.newssearch.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One file to read and the format its name says it has. */
public record InputFile(Path path, Format format, long size) {

  /** The input formats, chosen per file by its name. */
  public enum Format {
    /** {@code .jsonl} / {@code .ndjson}: one article object per line. */
    JSON_LINES,
    /** {@code .jsonl.gz} / {@code .ndjson.gz}. */
    JSON_LINES_GZIP,
    /** {@code .txt}, or no extension: the text of one scraped page. */
    PAGE,
    /** {@code .html} / {@code .htm} / {@code .xhtml}: one saved web page. */
    HTML,
    /** {@code .html.gz} / {@code .htm.gz}. */
    HTML_GZIP,
    /** {@code .warc} / {@code .warc.gz}: a web archive; each HTML response in it is a page. */
    WARC
  }

  /**
   * Expands the inputs into files in a deterministic order: each argument in turn, folders walked
   * recursively in path order ({@link FolderWalk}: links followed, unreadable entries reported).
   * Files found in folders whose format is unknown (README.md, scripts, images) and hidden files
   * are reported as skipped; a file named on the command line is always read, as a page unless its
   * name says JSON Lines.
   */
  public static List<InputFile> expand(List<Path> inputs, ProblemSink problems) {
    List<InputFile> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = FolderWalk.files(input, problems);
        for (Path file : found) {
          Format format = formatOf(file);
          if (isHidden(input.relativize(file))) {
            problems.report(Problem.skipped(new Origin(file, 0), "hidden file"));
          } else if (format == null) {
            problems.report(
                Problem.skipped(
                    new Origin(file, 0), "not an input format (" + extension(file) + ")"));
          } else {
            add(files, file, format, problems);
          }
        }
      } else if (Files.isRegularFile(input)) {
        Format format = formatOf(input);
        add(files, input, format == null ? Format.PAGE : format, problems);
      } else if (Files.isSymbolicLink(input)) {
        problems.report(Problem.failed(new Origin(input, 0), "dangling link or link loop"));
      } else if (Files.exists(input)) {
        problems.report(Problem.failed(new Origin(input, 0), "not a regular file or folder"));
      } else {
        problems.report(Problem.failed(new Origin(input, 0), "no such file or folder"));
      }
    }
    return files;
  }

  private static void add(List<InputFile> files, Path file, Format format, ProblemSink problems) {
    try {
      files.add(new InputFile(file, format, Files.size(file)));
    } catch (IOException e) {
      problems.report(Problem.failed(new Origin(file, 0), "cannot read: " + reason(e)));
    }
  }

  /** The format a file name announces, or null when it announces none that we read. */
  static Format formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSON_LINES;
    }
    if (name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
      return Format.JSON_LINES_GZIP;
    }
    if (name.endsWith(".txt") || name.indexOf('.') < 0) {
      return Format.PAGE;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
      return Format.HTML_GZIP;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Format.WARC;
    }
    return null;
  }

  /** True when the file or a folder on its way (.git, .cache) is hidden. */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
  }

  /** A short reason for an I/O error, without the exception class. */
  static String reason(IOException e) {
    return FolderWalk.reason(e);
  }
}
