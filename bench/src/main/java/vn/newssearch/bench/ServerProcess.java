package vn.newssearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The search server as a child process (its own JVM and heap limit), so the memory benchmark sees
 * exactly what a deployment sees. Output goes to a log file next to the index.
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  final URI base;

  ServerProcess(Path jar, Path index, String heap, int port, Path log) throws IOException {
    this(jar, List.of("--index", index.toString()), heap, port, log);
  }

  /** The same over any backend: {@code --index DIR} or {@code --opensearch URL ...}. */
  ServerProcess(Path jar, List<String> backend, String heap, int port, Path log)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx" + heap,
                "-Xms" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toString(),
                "--port",
                Integer.toString(port),
                "--host",
                "127.0.0.1"));
    cmd.addAll(backend);
    process =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    base = URI.create("http://127.0.0.1:" + port);
  }

  /** Waits until /health answers 200, or fails after {@code timeout}. */
  void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("server exited with " + process.exitValue() + "; see its log");
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(base.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IOException("server did not become healthy in " + timeout);
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Forces a full GC in the server, then returns `jcmd GC.heap_info` output. */
  String heapAfterGc() throws IOException, InterruptedException {
    jcmd("GC.run");
    return jcmd("GC.heap_info");
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process p =
        new ProcessBuilder(jcmd, Long.toString(pid()), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  /** Stops the server; an interrupt while waiting for it to exit is passed on to the caller. */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
