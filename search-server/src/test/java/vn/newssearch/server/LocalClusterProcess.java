package vn.newssearch.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch cluster for the tests: the opensearch-local module ({@code
 * bin/opensearch-local} runs the same class) started as a child process, with its own Lucene,
 * driven through its standard input ({@code stop-node}, {@code stop}). The module must be built
 * first ({@code mvn -f opensearch-local/pom.xml package}, which bin/test-cluster does).
 */
public final class LocalClusterProcess implements AutoCloseable {
  private static final long START_SECONDS = 240;

  private final Process process;
  private final Writer control;
  private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
  private final String url;

  private LocalClusterProcess(Process process, String url) {
    this.process = process;
    this.control = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.url = url;
  }

  /** Whether the module is built; the cluster tests need it. */
  public static boolean available() {
    return Files.isDirectory(module().resolve("target/lib"));
  }

  /** Starts {@code nodes} nodes and waits until the cluster is formed. */
  public static LocalClusterProcess start(int nodes) {
    Path module = module();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = module.resolve("target/classes") + ":" + module.resolve("target/lib/*");
    List<String> command =
        List.of(
            java,
            "-Xmx1g",
            "-cp",
            classpath,
            "vn.newssearch.opensearch.local.LocalCluster",
            "--nodes",
            Integer.toString(nodes),
            "--http-port",
            Integer.toString(freePortRange()),
            "--name",
            "vnnews-test-" + ProcessHandle.current().pid(),
            "--control");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      BlockingQueue<String> out = new ArrayBlockingQueue<>(100_000);
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.offer(line);
                  }
                } catch (IOException e) {
                  // the process ended
                }
              },
              "opensearch-local-output");
      reader.setDaemon(true);
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
      StringBuilder seen = new StringBuilder();
      while (System.nanoTime() < deadline) {
        String line = out.poll(1, TimeUnit.SECONDS);
        if (line == null) {
          if (!p.isAlive()) {
            break;
          }
          continue;
        }
        seen.append(line).append('\n');
        if (line.startsWith("URL ")) {
          LocalClusterProcess cluster = new LocalClusterProcess(p, line.substring(4).strip());
          Thread drain =
              new Thread(
                  () -> {
                    try {
                      while (true) {
                        String l = out.take();
                        cluster.lines.offer(l);
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  },
                  "opensearch-local-lines");
          drain.setDaemon(true);
          drain.start();
          Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
          return cluster;
        }
      }
      p.destroyForcibly();
      throw new IllegalStateException("the local cluster did not start:\n" + seen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every node's URL, comma-separated, as the builder and the server take them. */
  public String url() {
    return url;
  }

  /** Stops one node that is not the cluster manager; returns once it is stopped. */
  public void stopOneNode() {
    command("stop-node", "stopped node");
  }

  /** Stops every node and waits for the process to end. */
  @Override
  public void close() {
    try {
      control.write("stop\n");
      control.flush();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private void command(String command, String answer) {
    try {
      control.write(command + "\n");
      control.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line != null && line.startsWith(answer)) {
          return;
        }
      }
      throw new IllegalStateException("no answer to " + command);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Where the nodes start looking for free HTTP ports: outside the usual 9200 and the ephemeral
   * range, spread by process id so that two test runs at once rarely probe the same ports.
   */
  private static int freePortRange() {
    return 19_200 + (int) (ProcessHandle.current().pid() % 200) * 20;
  }

  private static Path module() {
    return TestIndexes.repo().resolve("opensearch-local");
  }
}
