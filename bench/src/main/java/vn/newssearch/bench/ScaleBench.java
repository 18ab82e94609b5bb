package vn.newssearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.server.search.SearchConfig;

/**
 * Scale curve: for each size, build the index with ArticleIndexer (2 threads), then run a query set
 * drawn from that size in-process on SearchService; shows how latency and index size grow. {@code
 * --replicas 6} turns the whole corpus into ~1M articles (new ids, new synthetic dates).
 *
 * <p>{@code java -cp bench/target/bench.jar vn.newssearch.bench.ScaleBench [--points 10000,50000,0]
 * [--replicas 0] [--per-kind 20] [--work bench/target/bench-index]} (0 = all)
 */
public final class ScaleBench {
  private ScaleBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path work = args.path("work", "bench/target/bench-index");
    int replicas = args.getInt("replicas", 0);
    System.out.println(Machine.describe());
    List<String> rows = new ArrayList<>();
    for (int point : args.getInts("points", "10000,50000,0")) {
      CorpusReader.Prepared prepared = CorpusReader.prepare(args.corpus(), point, replicas, work);
      Path index = work.resolve("scale-" + prepared.articles());
      IndexRun.Result built = IndexRun.ours(prepared, 2, index, true);
      System.out.println(IndexBench.line(built));
      List<BenchQuery> queries;
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        queries =
            QuerySetGenerator.generate(
                prepared.file(), 0, args.getInt("per-kind", 20), QueryBench.topParties(reader));
      }
      // Each search on every core, and on one thread as the same-run baseline, taking turns.
      List<Histogram> h = QueryBench.servicesInProcess(index, queries, 2, SearchConfig.THREADS, 1);
      rows.add(
          Stats.f(
              "| %d | %s | %.0f | %.2f | %.2f | %.2f | %.2f / %.2f |",
              prepared.articles(),
              Stats.mb(built.indexBytes()),
              built.articlesPerSecond(),
              QueryBench.ms(h.get(0), 50),
              QueryBench.ms(h.get(0), 90),
              QueryBench.ms(h.get(0), 99),
              QueryBench.ms(h.get(1), 50),
              QueryBench.ms(h.get(1), 99)));
      IndexRun.deleteTree(index);
    }
    System.out.println();
    System.out.println(
        Stats.f(
            "| articles | index size | indexing art/s (2 threads) | p50 ms | p90 ms | p99 ms"
                + " (searches on %d threads) | p50 / p99 ms on 1 thread |",
            SearchConfig.THREADS));
    System.out.println("|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }
}
