package vn.newssearch.server.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.newssearch.extract.Article;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;
import vn.newssearch.server.search.SearchResponse.FacetValue;
import vn.newssearch.server.search.SearchResponse.Hit;
import vn.newssearch.server.search.typing.QueryReader;

/**
 * The search core, without HTTP: request records in, response records out. Thread-safe; one per
 * process, over one index folder. Benchmarks and tests use it directly.
 */
public final class SearchService implements Closeable {
  /** How often the searcher looks for a newer commit. */
  public static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

  private final Searchers searchers;
  private final TextQueries text = new TextQueries();
  private final Filters filters;
  private final QueryReader reader;
  private final PageHits pages = new PageHits();
  private final FacetCounts facets = new FacetCounts();
  private final int rescoreWindow;
  private final ExecutorService slicePool;
  private final RequestLimits limits;
  private final Cursor cursors;

  /**
   * Searches that may run at once; the others wait their turn before their budget starts. With
   * every request running at once, 64 clients on 2 cores each got 1/32 of a core and ran past the
   * budget; in turn, each runs at full speed and the budget measures its work, not the crowd.
   */
  private final Semaphore running = new Semaphore(RUNNING_SEARCHES, true);

  static final int RUNNING_SEARCHES = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  /** How long a search may wait for its turn before it gives up with a 503. */
  static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private SearchService(
      Searchers searchers,
      Supplier<Gazetteer> gazetteer,
      int rescoreWindow,
      ExecutorService slicePool,
      RequestLimits limits) {
    this.searchers = searchers;
    this.filters = new Filters(gazetteer);
    this.reader = new QueryReader(gazetteer);
    this.rescoreWindow = rescoreWindow;
    this.slicePool = slicePool;
    this.limits = limits;
    this.cursors = new Cursor(limits.cursorKey());
  }

  /** How many top hits get the adjacency bonus, unless told otherwise. */
  public static final int RESCORE_WINDOW = AdjacencyRescorer.WINDOW;

  /** Opens the index folder; throws {@link IndexMissingException} if it holds no index. */
  public static SearchService open(Path indexDir) throws IOException {
    return open(indexDir, RESCORE_WINDOW);
  }

  /**
   * The same with another number of top hits that get the adjacency bonus; 0 puts the bonus into
   * the query itself, on every hit, in one pass (for measurements).
   */
  public static SearchService open(Path indexDir, int rescoreWindow) throws IOException {
    return open(indexDir, rescoreWindow, THREADS, MIN_DOCS_PER_SLICE);
  }

  /** Threads one search may use: one per core. */
  public static final int THREADS = Runtime.getRuntime().availableProcessors();

  /**
   * The smallest part of the index given a thread of its own in the first pass. Not tuned finely:
   * it keeps small indexes (the bundled sample, a few thousand articles, answers in about a
   * millisecond) on one thread, where a second one would mostly add hand-over costs, and splits the
   * 145k-article corpus in two. The facets and the page use the second thread only when the first
   * pass does.
   */
  public static final int MIN_DOCS_PER_SLICE = 30_000;

  /**
   * The same, with up to {@code threads} threads for one search over slices of at least {@code
   * minDocsPerSlice} articles (for measurements and tests).
   */
  public static SearchService open(
      Path indexDir, int rescoreWindow, int threads, int minDocsPerSlice) throws IOException {
    return open(indexDir, rescoreWindow, threads, minDocsPerSlice, RequestLimits.defaults());
  }

  /** The same, with a time budget per search and a cursor key of the caller's choosing. */
  public static SearchService open(
      Path indexDir, int rescoreWindow, int threads, int minDocsPerSlice, RequestLimits limits)
      throws IOException {
    if (rescoreWindow < 0) {
      throw new IllegalArgumentException("rescoreWindow must be 0 or more: " + rescoreWindow);
    }
    if (threads < 1 || minDocsPerSlice < 1) {
      throw new IllegalArgumentException(
          "threads and minDocsPerSlice must be 1 or more: " + threads + ", " + minDocsPerSlice);
    }
    // The gazetteer loads while the index opens and the HTTP server starts: a faster start.
    CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::load);
    ExecutorService pool = threads == 1 ? null : slicePool(threads - 1);
    try {
      Slicing slicing = pool == null ? Slicing.NONE : new Slicing(pool, threads, minDocsPerSlice);
      return new SearchService(
          new Searchers(indexDir, REFRESH_EVERY, slicing),
          gazetteer::join,
          rescoreWindow,
          pool,
          limits);
    } catch (IOException | RuntimeException e) {
      if (pool != null) {
        pool.shutdownNow();
      }
      throw e;
    }
  }

  /**
   * The threads that search the slices after the first: one fewer than the threads a search may
   * use, because the requesting thread searches one slice itself, and takes the others too when
   * these are busy. One more would only compete with it for the cores.
   */
  private static ExecutorService slicePool(int size) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        size,
        r -> {
          Thread t = new Thread(r, "search-slice-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Runs one search within the time budget; throws {@link BadRequestException} for a request the
   * user can fix and {@link SearchTimeoutException} when the budget runs out.
   */
  public SearchResponse search(SearchRequest r) {
    try {
      if (!running.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SearchTimeoutException(MAX_WAIT, "waiting for its turn");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchTimeoutException(MAX_WAIT, "waiting for its turn");
    }
    try {
      return searchInTurn(r);
    } finally {
      running.release();
    }
  }

  private SearchResponse searchInTurn(SearchRequest r) {
    long start = System.nanoTime();
    UserQuery typed = r.q() == null ? null : UserQuery.parse(r.q());
    // Before the budget starts: over a small index, the first query reads its statistics.
    QueryReader.Reading reading =
        typed == null || r.literal()
            ? new QueryReader.Reading(typed, null)
            : io(() -> searchers.with(s -> reader.read(typed, s.getIndexReader())));
    Deadline deadline = new Deadline(limits.timeBudget(), limits.nanoClock());
    SortOrder sort = r.effectiveSort();
    Cursor.Position cursor = r.cursor() == null ? null : cursors.decode(r.cursor(), sort);
    List<SearchResponse.Warning> warnings = new ArrayList<>();
    UserQuery parsed = reading.query();
    if (parsed != null) {
      warnings.addAll(parsed.warnings());
    }
    TextQueries.Built built = parsed == null ? null : text.build(parsed);
    Query highlightQuery = built == null ? MatchAllDocsQuery.INSTANCE : built.highlight();
    Query highlightApart = built == null ? MatchAllDocsQuery.INSTANCE : built.highlightApart();
    // The adjacency bonus only orders hits, so only the relevance order needs it.
    Query bonus = built == null || sort != SortOrder.RELEVANCE ? null : built.bonus();
    Query textQuery =
        built == null
            ? null
            : bonus != null && rescoreWindow == 0 ? withBonus(built.query(), bonus) : built.query();
    Query secondPass = rescoreWindow == 0 ? null : bonus;
    if (r.q() != null && textQuery == null) {
      warnings.add(
          new SearchResponse.Warning(
              "no-searchable-words", "The query has no searchable words; showing every article."));
    }
    return io(
        () ->
            searchers.with(
                shared -> {
                  FacetSearcher searcher = shared.withTimeout(deadline);
                  BooleanQuery.Builder b = new BooleanQuery.Builder();
                  b.add(textQuery == null ? MatchAllDocsQuery.INSTANCE : textQuery, Occur.MUST);
                  filters.add(
                      b, r, searcher.getIndexReader(), searcher.parties, warnings, deadline);
                  Query query = b.build();
                  Ranked ranked =
                      secondPass != null && (cursor == null || cursor.rescored())
                          ? twoPass(searcher, query, secondPass, sort, r, cursor)
                          : onePass(searcher, query, sort, r, cursor, textQuery != null);
                  // Lucene stops collecting at the deadline and returns what it has: not an
                  // answer to give as if it were whole.
                  if (searcher.timedOut()) {
                    throw new SearchTimeoutException(deadline.budget());
                  }
                  deadline.check();
                  FieldDoc[] all = ranked.hits();
                  int from = Math.min(ranked.from(), all.length);
                  int end = Math.min(all.length, from + r.size());
                  ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, end);
                  Hit[] hits = new Hit[pageDocs.length];
                  SearchResponse.Facets[] counts = new SearchResponse.Facets[1];
                  // The facet counts and each half of the page are independent; over an index
                  // large enough to be searched in slices, they run side by side too. Over a
                  // smaller one that measured no faster (50k articles, docs/performance.md), so
                  // they run in turn.
                  int half = (pageDocs.length + 1) / 2;
                  List<Callable<Void>> work =
                      List.of(
                          () -> {
                            counts[0] = facets.of(searcher, ranked.facets());
                            return null;
                          },
                          () -> {
                            pages.load(
                                searcher, highlightQuery, highlightApart, pageDocs, 0, half, hits);
                            return null;
                          },
                          () -> {
                            pages.load(
                                searcher,
                                highlightQuery,
                                highlightApart,
                                pageDocs,
                                half,
                                pageDocs.length,
                                hits);
                            return null;
                          });
                  (searcher.getSlices().length > 1 ? searcher.getTaskExecutor() : IN_TURN)
                      .invokeAll(work);
                  String next =
                      all.length > end && end > from
                          ? cursors.encode(sort, all[end - 1], end - 1 < ranked.rescored())
                          : null;
                  double tookMs = Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
                  return new SearchResponse(
                      ranked.total(),
                      tookMs,
                      List.of(hits),
                      counts[0],
                      next,
                      List.copyOf(warnings),
                      reading.interpretedAs());
                }));
  }

  private static final TaskExecutor IN_TURN = new TaskExecutor(Runnable::run);

  /** The one-pass query: every hit gets the bonus. */
  private static Query withBonus(Query query, Query bonus) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(bonus, Occur.SHOULD).build();
  }

  /**
   * Hits in order, where the page starts among them, and how many leading hits carry the adjacency
   * bonus (0 for one pass).
   */
  private record Ranked(
      FacetsCollector facets, long total, FieldDoc[] hits, int from, int rescored) {}

  /** One pass: searchAfter the cursor, or the page's offset; facets over every hit. */
  private static Ranked onePass(
      FacetSearcher searcher,
      Query query,
      SortOrder sort,
      SearchRequest r,
      Cursor.Position cursor,
      boolean scores)
      throws IOException {
    int maxDoc = searcher.getIndexReader().maxDoc();
    int offset = cursor == null ? (r.page() - 1) * r.size() : 0;
    return collect(
        searcher,
        cursor == null || maxDoc == 0 ? null : Cursor.after(cursor.last(), maxDoc),
        query,
        offset + r.size() + 1, // one extra hit tells whether there is a next page
        sort,
        scores,
        offset);
  }

  /**
   * Relevance with the adjacency bonus: the first pass collects at least the rescoring window (and
   * the page after it), the window is rescored and re-sorted, and the page is cut from that order.
   */
  private Ranked twoPass(
      FacetSearcher searcher,
      Query query,
      Query bonus,
      SortOrder sort,
      SearchRequest r,
      Cursor.Position cursor)
      throws IOException {
    int offset = cursor == null ? (r.page() - 1) * r.size() : 0;
    int limit = Math.min(rescoreWindow, Math.max(1, searcher.getIndexReader().maxDoc()));
    int n = cursor == null ? Math.max(limit, offset + r.size() + 1) : limit + r.size() + 1;
    Ranked ranked = collect(searcher, null, query, n, sort, true, offset);
    FieldDoc[] hits = ranked.hits();
    int window = Math.min(limit, hits.length);
    AdjacencyRescorer.rescore(searcher, bonus, hits, window);
    int from = cursor == null ? offset : AdjacencyRescorer.startAfter(hits, window, cursor.last());
    return new Ranked(ranked.facets(), ranked.total(), hits, from, window);
  }

  /**
   * The top {@code n} hits after {@code after}, and the facets over every hit, in one pass over
   * every hit. (Two passes, the top hits with Lucene skipping what cannot compete and then the
   * facets without scores, measured slower: over common syllables little can be skipped.)
   */
  private static Ranked collect(
      FacetSearcher searcher,
      FieldDoc after,
      Query query,
      int n,
      SortOrder sort,
      boolean scores,
      int from)
      throws IOException {
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.searchAfter(
            searcher,
            after,
            query,
            n,
            Sorts.of(sort),
            scores && sort != SortOrder.RELEVANCE, // relevance hits carry it as their sort value
            new FacetsCollectorManager());
    FieldDoc[] hits = fieldDocs(result.topDocs());
    if (sort == SortOrder.RELEVANCE && scores) {
      for (FieldDoc hit : hits) {
        hit.score = (Float) hit.fields[0];
      }
    }
    return new Ranked(result.facetsCollector(), result.topDocs().totalHits.value(), hits, from, 0);
  }

  private static FieldDoc[] fieldDocs(TopDocs td) {
    return Arrays.copyOf(td.scoreDocs, td.scoreDocs.length, FieldDoc[].class);
  }

  /** The full article, body included, or empty. */
  public Optional<Article> article(String id) {
    return io(
        () ->
            searchers.with(
                searcher -> {
                  TopDocs td = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 1);
                  if (td.scoreDocs.length == 0) {
                    return Optional.<Article>empty();
                  }
                  var doc =
                      searcher
                          .storedFields()
                          .document(
                              td.scoreDocs[0].doc, Set.of(Fields.ARTICLE_JSON, Fields.BODY_FOLDED));
                  byte[] json = PageHits.bytes(doc.getBinaryValue(Fields.ARTICLE_JSON));
                  return Optional.of(
                      ArticleDocuments.fromStored(json, doc.get(Fields.BODY_FOLDED)));
                }));
  }

  /** Known parties whose name starts with {@code prefix} (diacritics ignored), by article count. */
  public List<FacetValue> parties(String prefix, int limit) {
    return io(() -> searchers.with(searcher -> searcher.parties.withPrefix(prefix, limit)));
  }

  /** Document count, index version and last commit time. */
  public IndexStatus status() {
    return io(() -> searchers.with(searcher -> IndexStatus.of(searcher, searchers.indexDir())));
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
      if (slicePool != null) {
        slicePool.shutdownNow();
      }
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
