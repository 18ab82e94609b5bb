package vn.newssearch.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Walks one input folder: the files in it and below, in path order, following links to files and
 * folders. Every entry it cannot read is reported with its reason (a folder it may not open, a
 * dangling link, a link to itself, a link back to a folder being walked) and the walk goes on, so
 * one bad entry never costs the rest of the folder.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {
  private final ProblemSink problems;
  private final List<Path> files = new ArrayList<>();

  FolderWalk(ProblemSink problems) {
    this.problems = problems;
  }

  /** The regular files under {@code root}, sorted; what could not be read is reported. */
  static List<Path> files(Path root, ProblemSink problems) {
    FolderWalk walk = new FolderWalk(problems);
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    } catch (IOException e) {
      problems.report(Problem.failed(new Origin(root, 0), "cannot list folder: " + reason(e)));
    }
    return walk.files.stream().sorted().toList();
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (attrs.isRegularFile()) {
      files.add(file);
    } else if (attrs.isSymbolicLink()) {
      // The walk hands over a link's own attributes only when its target cannot be read.
      problems.report(Problem.failed(new Origin(file, 0), brokenLink(file)));
    } else {
      problems.report(
          Problem.skipped(new Origin(file, 0), "not a regular file (a device, socket or pipe)"));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException) {
      problems.report(
          Problem.warning(
              new Origin(file, 0),
              "link to a folder that is already being read (a loop); not read twice"));
    } else {
      problems.report(Problem.failed(new Origin(file, 0), reason(e)));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      problems.report(
          Problem.failed(new Origin(dir, 0), "could not list the whole folder: " + reason(e)));
    }
    return FileVisitResult.CONTINUE;
  }

  private static String brokenLink(Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      target = "?";
    }
    try {
      link.toRealPath();
      return "link to " + target + " cannot be read";
    } catch (NoSuchFileException e) {
      return "dangling link: its target " + target + " does not exist";
    } catch (IOException e) {
      String why = reason(e);
      // ELOOP: "Too many levels of symbolic links" on Linux and macOS.
      if (why.contains("levels of symbolic links") || why.contains("loop")) {
        return "link loop: " + target + " leads back to itself";
      }
      return "link to " + target + " cannot be read: " + reason(e);
    }
  }

  /** A short reason for an I/O error, without the exception class. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
