package vn.newssearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders with entries that cannot be read: each is reported by name, the rest is read. */
class FolderWalkTest {
  @TempDir Path dir;

  private final List<Problem> problems = new ArrayList<>();

  private List<String> problemLines() {
    return problems.stream().map(Problem::toString).toList();
  }

  private Path write(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Trang " + name + ".", StandardCharsets.UTF_8);
    return file;
  }

  private List<Path> expand(Path... inputs) {
    return InputFile.expand(List.of(inputs), problems::add).stream().map(InputFile::path).toList();
  }

  @Test
  void anUnreadableSubFolderIsReportedAndTheRestIsRead() throws Exception {
    assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "running as root, which reads a chmod 000 folder anyway; the same path is tested"
            + " without the file system by folderThatCannotBeOpenedIsReportedAsPermissionDenied");
    Path readable = write("in/a.txt");
    Path locked = Files.createDirectories(dir.resolve("in/lockeddir"));
    write("in/lockeddir/b.txt");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assertThat(expand(dir.resolve("in"))).containsExactly(readable);
      assertThat(problemLines()).containsExactly(locked + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void folderThatCannotBeOpenedIsReportedAsPermissionDenied() throws Exception {
    // What Files.walkFileTree hands over when opening a folder fails, whoever runs the test.
    Path locked = dir.resolve("in/lockeddir");
    FileVisitResult next =
        new FolderWalk(problems::add)
            .visitFileFailed(locked, new AccessDeniedException(locked.toString()));
    assertThat(next).isEqualTo(FileVisitResult.CONTINUE);
    assertThat(problemLines()).containsExactly(locked + ": permission denied");
    assertThat(problems.getFirst().kind()).isEqualTo(Problem.Kind.FAILED);
  }

  @Test
  void linksToFoldersAreFollowedAndBrokenLinksReportedWithTheirReason() throws Exception {
    Path elsewhere = write("elsewhere/b.txt");
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = write("in/a.txt");
    Files.createSymbolicLink(in.resolve("linked"), dir.resolve("elsewhere"));
    Path dangling = Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Path self = Files.createSymbolicLink(in.resolve("self"), in.resolve("self"));
    Path loop = Files.createSymbolicLink(in.resolve("up"), in);

    assertThat(expand(in)).containsExactly(a, in.resolve("linked/b.txt"));
    assertThat(elsewhere).exists();
    assertThat(problemLines())
        .containsExactlyInAnyOrder(
            dangling
                + ": dangling link: its target "
                + dir.resolve("nowhere.txt")
                + " does not exist",
            self + ": link loop: " + self + " leads back to itself",
            loop + ": link to a folder that is already being read (a loop); not read twice");
    assertThat(problems)
        .extracting(Problem::kind)
        .containsExactlyInAnyOrder(Problem.Kind.FAILED, Problem.Kind.FAILED, Problem.Kind.WARNING);
  }

  @Test
  void aFolderHoldingOnlyALinkedFolderIsRead() throws Exception {
    Path b = write("elsewhere/b.jsonl");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(in.resolve("data"), b.getParent());
    assertThat(expand(in)).containsExactly(in.resolve("data/b.jsonl"));
    assertThat(problems).isEmpty();
  }

  @Test
  void aDanglingLinkNamedOnTheCommandLineIsReported() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("gone"), dir.resolve("nowhere"));
    assertThat(expand(dangling)).isEmpty();
    assertThat(problemLines()).containsExactly(dangling + ": dangling link or link loop");
  }
}
