package vn.newssearch.server.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import vn.newssearch.model.Article;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.SearchResponse.FacetValue;
import vn.newssearch.server.search.StageTimer.Stage;
import vn.newssearch.server.search.typing.IndexTypingStats;
import vn.newssearch.server.search.typing.QueryReader;

/**
 * The search core, without HTTP: request records in, response records out. Thread-safe; one per
 * process, over one index folder. It wires the steps of a search: {@link QueryPlan} reads the
 * request, {@link Ranker} orders the hits, {@link PageAssembler} makes the page.
 */
public final class SearchService implements Closeable {
  /** How often the searcher looks for a newer commit. */
  public static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

  private final Searchers searchers;
  private final Slicing slicing;
  private final SearchConfig config;
  private final Turns turns = new Turns();
  private final QueryPlan.Planner planner;
  private final Ranker ranker;
  private final PageAssembler pages;

  private final IndexTypingStats typing;

  private SearchService(
      Searchers searchers, Slicing slicing, Supplier<PartyNames> gazetteer, SearchConfig config)
      throws IOException {
    this.searchers = searchers;
    this.slicing = slicing;
    this.config = config;
    this.typing = new IndexTypingStats(searchers.indexDir());
    searchers.with(
        searcher -> {
          typing.start(searcher.getIndexReader());
          return null;
        });
    Cursor cursors = new Cursor(config.limits().cursorKey());
    this.planner = new QueryPlan.Planner(gazetteer, typing, cursors, config.rescoreWindow());
    // The abbreviations are built once the gazetteer is loaded, not in the first query.
    planner.prepareReading();
    this.ranker = new Ranker(config.stages());
    this.pages = new PageAssembler(cursors, config.stages());
  }

  /** Opens the index folder; throws {@link IndexMissingException} if it holds no index. */
  public static SearchService open(Path indexDir) throws IOException {
    return open(indexDir, SearchConfig.defaults());
  }

  /** The same, configured. */
  public static SearchService open(Path indexDir, SearchConfig config) throws IOException {
    // The gazetteer loads while the index opens and the HTTP server starts: a faster start.
    CompletableFuture<PartyNames> gazetteer = CompletableFuture.supplyAsync(PartyNames::load);
    Slicing slicing = Slicing.of(config.threads(), config.minDocsPerSlice());
    try {
      Searchers searchers = new Searchers(indexDir, REFRESH_EVERY, slicing);
      try {
        return new SearchService(searchers, slicing, gazetteer::join, config);
      } catch (IOException | RuntimeException e) {
        searchers.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      slicing.close();
      throw e;
    }
  }

  /**
   * Runs one search within the time budget; throws {@link BadRequestException} for a request the
   * user can fix and {@link SearchTimeoutException} when the budget runs out.
   */
  public SearchResponse search(SearchRequest r) {
    return turns.inTurn(() -> io(() -> searchers.with(shared -> searchInTurn(shared, r))));
  }

  private SearchResponse searchInTurn(FacetSearcher shared, SearchRequest r) throws IOException {
    long start = System.nanoTime(); // tookMs counts reading the query, which the budget does not
    QueryReader.Reading reading = planner.read(r, shared.getIndexReader());
    RequestLimits limits = config.limits();
    Deadline deadline = new Deadline(limits.timeBudget(), limits.nanoClock());
    FacetSearcher searcher = shared.withTimeout(deadline);
    QueryPlan plan = planner.plan(r, reading, searcher, deadline);
    config.stages().took(Stage.PLAN, System.nanoTime() - start);
    Ranker.Ranked ranked = ranker.rank(searcher, plan, r);
    // Lucene stops collecting at the deadline and returns what it has: not an answer to give as
    // if it were whole.
    if (searcher.timedOut()) {
      throw new SearchTimeoutException(deadline.budget());
    }
    deadline.check();
    PageAssembler.Page page = pages.assemble(searcher, plan, ranked, r.size());
    double tookMs = Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
    return new SearchResponse(
        ranked.total(),
        tookMs,
        page.hits(),
        page.facets(),
        page.nextCursor(),
        plan.warnings(),
        plan.interpretedAs());
  }

  /** The full article, body included, or empty. */
  public Optional<Article> article(String id) {
    return io(() -> searchers.with(searcher -> ArticleLookup.find(searcher, id)));
  }

  /** Known parties whose name starts with {@code prefix} (diacritics ignored), by article count. */
  public List<FacetValue> parties(String prefix, int limit) {
    return io(() -> searchers.with(searcher -> searcher.parties.withPrefix(prefix, limit)));
  }

  /** Document count, index version, last commit time and the typing layer's state. */
  public IndexStatus status() {
    return io(
        () ->
            searchers.with(
                searcher -> IndexStatus.of(searcher, searchers.indexDir(), typing.status())));
  }

  /** Picks up a newer commit now instead of at the next tick; for tests and tools. */
  public void refresh() {
    io(
        () -> {
          searchers.refresh();
          return null;
        });
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      slicing.close();
    }
  }

  private interface IoCall<T> {
    T call() throws IOException;
  }

  private static <T> T io(IoCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
