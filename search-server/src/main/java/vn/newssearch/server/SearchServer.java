package vn.newssearch.server;

import io.javalin.Javalin;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.server.api.HttpLimits;
import vn.newssearch.server.backend.BackendUnavailableException;
import vn.newssearch.server.backend.LuceneBackend;
import vn.newssearch.server.backend.SearchBackend;
import vn.newssearch.server.opensearch.OpenSearchBackend;
import vn.newssearch.server.search.IndexMissingException;
import vn.newssearch.server.search.RequestLimits;
import vn.newssearch.server.search.SearchConfig;
import vn.newssearch.server.search.SearchService;

/** Main: options, then the search service over the index folder, then the HTTP app. */
@Command(
    name = "search-server",
    mixinStandardHelpOptions = true,
    description =
        "Serves keyword, party and date-range search over an index built by index-builder.")
public final class SearchServer implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);

  @Spec CommandSpec spec;

  @Option(names = "--index", description = "Index folder (the embedded index, the default).")
  Path index;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Serve from an OpenSearch cluster instead of an index folder: one or more node URLs,"
              + " comma-separated (e.g. http://127.0.0.1:9200,http://127.0.0.1:9201).")
  String opensearch;

  @Option(
      names = "--opensearch-index",
      paramLabel = "NAME",
      description = "The cluster index (default ${DEFAULT-VALUE}).")
  String opensearchIndex = ClusterFields.DEFAULT_INDEX;

  @Option(names = "--port", defaultValue = "7070", description = "Port (0: any free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on.")
  String host;

  @Option(
      names = "--cors-origin",
      description =
          "Origin allowed to call the API from a browser; repeatable. CORS is off without.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--search-threads",
      description =
          "Threads one search may use over a large index (default: one per core, here"
              + " ${DEFAULT-VALUE}); 1 keeps each search on its request's thread.")
  int searchThreads = SearchConfig.THREADS;

  @Option(
      names = "--time-budget-ms",
      description =
          "Time one search may take before it is stopped with a 503 (default ${DEFAULT-VALUE}).")
  long timeBudgetMs = RequestLimits.DEFAULT_TIME_BUDGET.toMillis();

  @Option(
      names = "--request-read-timeout-ms",
      description =
          "A connection whose request line and headers take longer to arrive is closed (default"
              + " ${DEFAULT-VALUE}).")
  long requestReadTimeoutMs = HttpLimits.defaults().requestReadTimeout().toMillis();

  @Option(
      names = "--idle-timeout-ms",
      description =
          "An idle keep-alive connection is closed after this (default ${DEFAULT-VALUE}).")
  long idleTimeoutMs = HttpLimits.defaults().idleTimeout().toMillis();

  @Option(
      names = "--max-connections",
      description =
          "Connections open at once; more wait to be accepted (default ${DEFAULT-VALUE}).")
  int maxConnections = HttpLimits.defaults().maxConnections();

  @Option(
      names = "--cursor-key-file",
      description =
          "File whose bytes (16 or more) sign the cursors, so that they survive a restart and are"
              + " shared by servers; without it a key is made at start-up.")
  Path cursorKeyFile;

  /** A started server; closing it stops HTTP and closes the index or the cluster client. */
  public record Running(Javalin app, Closeable backend) implements AutoCloseable {
    public int port() {
      return app.port();
    }

    @Override
    public void close() throws IOException {
      app.stop();
      backend.close();
    }
  }

  public static void main(String[] args) {
    int code = new CommandLine(new SearchServer()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Starts a server from command-line arguments and returns it running; for tests and tools. */
  public static Running start(String... args) throws IOException {
    return CommandLine.populateCommand(new SearchServer(), args).startServer();
  }

  @Override
  public Integer call() {
    try {
      Running running = startServer();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      running.close();
                    } catch (IOException | RuntimeException e) {
                      LOG.warn("shutdown: {}", e.toString());
                    }
                  },
                  "shutdown"));
      return 0;
    } catch (CommandLine.ParameterException e) {
      throw e; // picocli prints it with the usage
    } catch (IndexMissingException | BackendUnavailableException e) {
      LOG.error(e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      LOG.error("could not start: {}", e.toString());
      return 1;
    }
  }

  private Running startServer() throws IOException {
    long t0 = System.nanoTime();
    if (searchThreads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--search-threads must be 1 or more, not " + searchThreads);
    }
    if (timeBudgetMs < 1 || requestReadTimeoutMs < 1 || idleTimeoutMs < 1 || maxConnections < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "timeouts and --max-connections must be 1 or more");
    }
    RequestLimits limits = RequestLimits.defaults().withTimeBudget(Duration.ofMillis(timeBudgetMs));
    if (cursorKeyFile != null) {
      byte[] key = Files.readAllBytes(cursorKeyFile);
      if (key.length < 16) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--cursor-key-file must hold 16 bytes or more");
      }
      limits = limits.withCursorKey(key);
    }
    HttpLimits http =
        new HttpLimits(
            Duration.ofMillis(requestReadTimeoutMs),
            Duration.ofMillis(idleTimeoutMs),
            maxConnections);
    if ((index == null) == (opensearch == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either --index DIR or --opensearch URL");
    }
    SearchBackend backend;
    if (opensearch != null) {
      try {
        backend = OpenSearchBackend.open(opensearch, opensearchIndex, limits);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--opensearch: " + e.getMessage());
      }
    } else {
      backend =
          new LuceneBackend(
              SearchService.open(
                  index, SearchConfig.defaults().withLimits(limits).withThreads(searchThreads)));
    }
    try {
      Javalin app = SearchApp.create(backend, corsOrigins, http).start(host, port);
      LOG.info(
          "vnnews-search: {} articles{}, listening on http://{}:{}/ (started in {} ms)",
          backend.documents(),
          opensearch == null ? "" : " on OpenSearch " + opensearch + " index " + opensearchIndex,
          host,
          app.port(),
          (System.nanoTime() - t0) / 1_000_000);
      return new Running(app, backend);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
  }
}
