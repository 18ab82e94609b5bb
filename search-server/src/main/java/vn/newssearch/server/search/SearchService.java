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
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import vn.newssearch.extract.Article;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;
import vn.newssearch.server.search.SearchResponse.FacetValue;
import vn.newssearch.server.search.SearchResponse.Hit;

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
  private final Snippets snippets = new Snippets();
  private final FacetCounts facets = new FacetCounts();

  private SearchService(Searchers searchers, Gazetteer gazetteer) {
    this.searchers = searchers;
    this.filters = new Filters(gazetteer);
  }

  /** Opens the index folder; throws {@link IndexMissingException} if it holds no index. */
  public static SearchService open(Path indexDir) throws IOException {
    return new SearchService(new Searchers(indexDir, REFRESH_EVERY), Gazetteer.load());
  }

  public SearchResponse search(SearchRequest r) {
    long start = System.nanoTime();
    SortOrder sort = r.effectiveSort();
    FieldDoc after = r.cursor() == null ? null : Cursor.decode(r.cursor(), sort);
    List<String> warnings = new ArrayList<>();
    Query textQuery = r.q() == null ? null : text.build(UserQuery.parse(r.q()));
    if (r.q() != null && textQuery == null) {
      warnings.add("The query has no searchable words; showing every article.");
    }
    return io(
        () ->
            searchers.with(
                searcher -> {
                  BooleanQuery.Builder b = new BooleanQuery.Builder();
                  b.add(textQuery == null ? MatchAllDocsQuery.INSTANCE : textQuery, Occur.MUST);
                  filters.add(b, r, searcher.getIndexReader(), searcher.parties, warnings);
                  Query query = b.build();
                  int offset = after == null ? (r.page() - 1) * r.size() : 0;
                  // One extra hit tells whether there is a next page.
                  int n = offset + r.size() + 1;
                  FacetsCollectorManager.FacetsResult result =
                      FacetsCollectorManager.searchAfter(
                          searcher,
                          after == null || searcher.getIndexReader().maxDoc() == 0
                              ? null
                              : Cursor.after(after, searcher.getIndexReader().maxDoc()),
                          query,
                          n,
                          Sorts.of(sort),
                          textQuery != null,
                          new FacetsCollectorManager());
                  TopDocs all = result.topDocs();
                  int end = Math.min(all.scoreDocs.length, offset + r.size());
                  ScoreDoc[] pageDocs =
                      Arrays.copyOfRange(all.scoreDocs, Math.min(offset, end), end);
                  TopDocs page = new TopDocs(all.totalHits, pageDocs);
                  String[] snips =
                      snippets.of(
                          searcher,
                          textQuery == null ? MatchAllDocsQuery.INSTANCE : textQuery,
                          page);
                  List<Hit> hits = new ArrayList<>(pageDocs.length);
                  StoredFields stored = searcher.storedFields();
                  for (int i = 0; i < pageDocs.length; i++) {
                    hits.add(hit(stored, pageDocs[i], snips[i]));
                  }
                  String next =
                      all.scoreDocs.length > end && end > 0
                          ? Cursor.encode(sort, (FieldDoc) pageDocs[pageDocs.length - 1])
                          : null;
                  double tookMs = Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
                  return new SearchResponse(
                      all.totalHits.value(),
                      tookMs,
                      hits,
                      facets.of(searcher, result.facetsCollector()),
                      next,
                      List.copyOf(warnings));
                }));
  }

  private static Hit hit(StoredFields stored, ScoreDoc sd, String snippet) throws IOException {
    IndexableField json =
        stored.document(sd.doc, Set.of(Fields.ARTICLE_JSON)).getField(Fields.ARTICLE_JSON);
    Article a = ArticleDocuments.fromStored(bytes(json.binaryValue()), null);
    Float score = Float.isNaN(sd.score) ? null : sd.score;
    return new Hit(
        a.id(),
        a.title(),
        a.published(),
        a.url(),
        a.source(),
        a.category(),
        a.author(),
        a.parties(),
        snippet,
        score);
  }

  private static byte[] bytes(BytesRef ref) {
    return Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
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
                  byte[] json = bytes(doc.getBinaryValue(Fields.ARTICLE_JSON));
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
    searchers.close();
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
