package vn.newssearch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.newssearch.model.Article;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The query path in-process on IndexSearcher, timed stage by stage: search (top 10), facets (counts
 * over all hits, three dimensions), snippets (UnifiedHighlighter on the folded body with stored
 * offsets) and stored fields + JSON. It mirrors what a request to the server does, so the HTTP
 * figures can be set against it and the slowest stage named.
 */
final class InProcessSearch {
  static final String[] STAGES = {"search", "facets", "snippets", "json"};
  private static final List<String> DIMS =
      List.of(Fields.FACET_PARTY, Fields.FACET_CATEGORY, Fields.FACET_MONTH);
  private static final Sort NEWEST =
      new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true));

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final UnifiedHighlighter highlighter;
  private final Analyzer folded = VietnameseAnalysis.folded();
  private final Analyzer exact = VietnameseAnalysis.exact();

  InProcessSearch(DirectoryReader reader) throws IOException {
    this.searcher = new IndexSearcher(reader);
    this.facetState =
        new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
    this.highlighter = UnifiedHighlighter.builder(searcher, folded).withMaxLength(20_000).build();
  }

  record Hit(String id, String title, String published, String snippet, float score) {}

  record Response(long total, List<Hit> hits, Map<String, List<Map<String, Object>>> facets) {}

  /** Runs one query; returns the nanoseconds spent in each of {@link #STAGES}. */
  long[] run(BenchQuery bq) throws IOException {
    long[] t = new long[STAGES.length];
    Query query = build(bq);
    boolean browse = bq.q().isBlank();
    long t0 = System.nanoTime();
    TopDocs top = browse ? searcher.search(query, 10, NEWEST) : searcher.search(query, 10);
    long t1 = System.nanoTime();
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, fc);
    Map<String, List<Map<String, Object>>> facetJson = new LinkedHashMap<>();
    for (String dim : DIMS) {
      facetJson.put(dim, counts(facets, dim));
    }
    long t2 = System.nanoTime();
    String[] snippets =
        browse
            ? new String[top.scoreDocs.length]
            : highlighter.highlight(Fields.BODY_FOLDED, textOnly(bq), top, 1);
    long t3 = System.nanoTime();
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      byte[] json =
          stored
              .document(sd.doc, Set.of(Fields.ARTICLE_JSON))
              .getBinaryValue(Fields.ARTICLE_JSON)
              .bytes;
      Article a = ArticleDocuments.fromStored(json, null);
      hits.add(
          new Hit(
              a.id(),
              a.title(),
              String.valueOf(a.published()),
              snippets[i],
              Float.isNaN(sd.score) ? 0 : sd.score));
    }
    try {
      ArticleJson.MAPPER.writeValueAsBytes(new Response(top.totalHits.value(), hits, facetJson));
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    long t4 = System.nanoTime();
    t[0] = t1 - t0;
    t[1] = t2 - t1;
    t[2] = t3 - t2;
    t[3] = t4 - t3;
    return t;
  }

  private static List<Map<String, Object>> counts(Facets facets, String dim) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    FacetResult r;
    try {
      r = facets.getTopChildren(dim.equals(Fields.FACET_MONTH) ? 100 : 10, dim);
    } catch (IllegalArgumentException notIndexed) {
      return out; // no document carries this dimension (e.g. no parties extracted)
    }
    if (r != null) {
      for (var lv : r.labelValues) {
        out.add(Map.of("value", lv.label, "count", lv.value));
      }
    }
    return out;
  }

  /** The text part alone: filters have no terms to mark, and would slow the highlighter. */
  private Query textOnly(BenchQuery bq) throws IOException {
    return build(new BenchQuery(bq.kind(), bq.q(), null, null, null));
  }

  /** All words must match (folded); exact-accent and adjacent-syllable matches score higher. */
  Query build(BenchQuery bq) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String q = bq.q().trim();
    if (q.isEmpty()) {
      b.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    } else if (q.startsWith("\"") && q.endsWith("\"") && q.length() > 2) {
      List<String> terms = VietnameseAnalysis.terms(folded, q.substring(1, q.length() - 1));
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(new BoostQuery(phrase(Fields.TITLE_FOLDED, terms), 2f), Occur.SHOULD);
      either.add(phrase(Fields.BODY_FOLDED, terms), Occur.SHOULD);
      b.add(either.build(), Occur.MUST);
    } else {
      List<String> terms = VietnameseAnalysis.terms(folded, q);
      for (String term : terms) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(
            new BoostQuery(new TermQuery(new Term(Fields.TITLE_FOLDED, term)), 2f), Occur.SHOULD);
        either.add(new TermQuery(new Term(Fields.BODY_FOLDED, term)), Occur.SHOULD);
        b.add(either.build(), Occur.MUST);
      }
      for (String term : VietnameseAnalysis.terms(exact, q)) {
        b.add(new TermQuery(new Term(Fields.BODY_EXACT, term)), Occur.SHOULD);
      }
      if (terms.size() > 1) {
        b.add(phrase(Fields.BODY_FOLDED, terms), Occur.SHOULD);
      }
    }
    if (bq.party() != null) {
      b.add(new TermQuery(new Term(Fields.PARTY, bq.party())), Occur.FILTER);
    }
    if (bq.from() != null) {
      long from =
          LocalDate.parse(bq.from()).atStartOfDay().toInstant(Article.VIETNAM).toEpochMilli();
      long to =
          LocalDate.parse(bq.to())
                  .plusDays(1)
                  .atStartOfDay()
                  .toInstant(Article.VIETNAM)
                  .toEpochMilli()
              - 1;
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), Occur.FILTER);
    }
    return b.build();
  }

  private static Query phrase(String field, List<String> terms) {
    return new PhraseQuery(field, terms.toArray(String[]::new));
  }
}
