package vn.newssearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** index-builder's {@code build} as a child process, as a deployment runs it, for the drills. */
final class BuilderProcess {
  private BuilderProcess() {}

  /**
   * {@code build --index INDEX ARGS...} with Lucene's flags; output appended to work/builds.log.
   */
  static ProcessBuilder command(Path jar, Path index, Path work, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of(
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx512m",
            "-jar",
            jar.toString(),
            "build",
            "--index",
            index.toString()));
    cmd.addAll(args);
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("builds.log").toFile()));
  }
}
