package vn.newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.newssearch.index.ArticleIndexer;
import vn.newssearch.index.BuildOptions;
import vn.newssearch.index.ClusterIndexer;
import vn.newssearch.index.IndexBuildException;
import vn.newssearch.index.Progress;
import vn.newssearch.index.Tally;
import vn.newssearch.opensearch.Cluster;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.opensearch.ClusterIndex;

/** {@code build}: index files and folders, show progress on a terminal, end with the tally. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Index news articles into a Lucene index folder, or into an OpenSearch cluster with"
          + " --opensearch. Re-running updates articles by id (never duplicates them); --rebuild"
          + " starts from an empty index folder.",
      "Inputs: .jsonl and .jsonl.gz (JSON Lines, one article per line), .txt or extension-less"
          + " raw pages (UTF-8, UTF-16 with BOM, Windows-1258), .html and .htm (also .gz) saved"
          + " pages, .warc and .warc.gz web archives (each HTML response is a page). Folders are"
          + " walked recursively."
    },
    footer = {
      "",
      "Example: bin/index-builder build --index data/index data/sample",
      "         bin/index-builder build --opensearch http://127.0.0.1:9200 data/sample",
      "Exit codes: 0 done, 1 nothing could be indexed, 2 bad command line, 3 fatal error."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder; created when missing. Either this or --opensearch.")
  Path index;

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description =
          "Index into an OpenSearch cluster instead: one or more node URLs, comma-separated"
              + " (e.g. http://127.0.0.1:9200).")
  String opensearch;

  @Option(
      names = "--opensearch-index",
      paramLabel = "NAME",
      description = "The cluster index (default ${DEFAULT-VALUE}).")
  String opensearchIndex = ClusterFields.DEFAULT_INDEX;

  @Option(
      names = "--shards",
      paramLabel = "N",
      description = "Primary shards of a new cluster index (default ${DEFAULT-VALUE}).")
  int shards = 2;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "Replicas of each shard of a new cluster index (default ${DEFAULT-VALUE}).")
  int replicas = 1;

  @Option(names = "--rebuild", description = "Start from an empty index instead of updating.")
  boolean rebuild;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: one per processor, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--merge",
      description =
          "Merge the index into one segment at the end: searches are faster and the build takes"
              + " longer (docs/performance.md has the figures). For an index built once and then"
              + " served.")
  boolean merge;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to index.")
  List<Path> inputs;

  private final boolean terminal;

  BuildCommand(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    if ((index == null) == (opensearch == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either --index DIR or --opensearch URL");
    }
    if (opensearch != null && (rebuild || merge)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--rebuild and --merge are for an index folder, not a cluster");
    }
    if (shards < 1 || replicas < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--shards must be 1 or more and --replicas 0 or more");
    }
    BuildOptions options =
        BuildOptions.defaults().withRebuild(rebuild).withThreads(threads).withMerge(merge);
    if (terminal) {
      options = options.withProgress(p -> showProgress(err, p), Duration.ofSeconds(1));
    }
    Tally tally;
    try {
      if (opensearch != null) {
        return toCluster(options, out, err);
      }
      tally = ArticleIndexer.build(index, inputs, options);
    } catch (IndexBuildException e) {
      endProgress(err);
      err.println("error: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    endProgress(err);
    TallyReport.print(out, tally, index);
    if (tally.articles() == 0) {
      out.flush();
      err.println("error: nothing could be indexed (see the failures above)");
      return ExitCodes.NOTHING_DONE;
    }
    return ExitCodes.OK;
  }

  private int toCluster(BuildOptions options, PrintWriter out, PrintWriter err)
      throws IndexBuildException {
    Cluster cluster;
    try {
      cluster = Cluster.connect(opensearch, CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--opensearch: " + e.getMessage());
    }
    try (cluster) {
      Tally tally =
          ClusterIndexer.build(cluster, opensearchIndex, shards, replicas, inputs, options);
      endProgress(err);
      long bytes = new ClusterIndex(cluster, opensearchIndex).storeBytes();
      TallyReport.print(out, tally, opensearch + " index " + opensearchIndex, bytes);
      if (tally.articles() == 0) {
        out.flush();
        err.println("error: nothing could be indexed (see the failures above)");
        return ExitCodes.NOTHING_DONE;
      }
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new IndexBuildException(e.getMessage(), e);
    }
  }

  /** A cluster that does not accept a connection in this time is taken as unreachable. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** A bulk request or a refresh may take this long before it is retried. */
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

  private void showProgress(PrintWriter err, Progress p) {
    StringBuilder line = new StringBuilder();
    line.append(
        TallyReport.format(
            "\r%,d articles  %,.0f/s  %.1f MB/s",
            p.articles(), p.articlesPerSecond(), p.megabytesPerSecond()));
    if (p.bytesTotal() > 0) {
      line.append(TallyReport.format("  %.0f%%", p.fraction() * 100));
    }
    p.eta().ifPresent(eta -> line.append("  ETA ").append(TallyReport.clock(eta)));
    if (p.failed() > 0) {
      line.append(TallyReport.format("  %,d failed", p.failed()));
    }
    line.append("    ");
    err.print(line);
    err.flush();
  }

  private void endProgress(PrintWriter err) {
    if (terminal) {
      err.println();
      err.flush();
    }
  }
}
