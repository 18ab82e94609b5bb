package vn.newssearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;
import vn.newssearch.server.search.SearchResponse.FacetValue;

/**
 * An IndexSearcher with what is worth computing once per reader rather than once per request: the
 * facet ordinal state, and the party names with their article counts.
 */
final class FacetSearcher extends IndexSearcher {
  /** Null when the index holds no facet values at all (e.g. empty). */
  final SortedSetDocValuesReaderState facetState;

  final KnownNames parties;

  private final Slicing slicing;

  private FacetSearcher(IndexReader reader, Slicing slicing) throws IOException {
    super(reader, slicing.executor());
    this.slicing = slicing;
    this.facetState = stateOrNull(reader);
    this.parties =
        facetState == null
            ? KnownNames.EMPTY
            : new KnownNames(
                allChildren(new SortedSetDocValuesFacetCounts(facetState), Fields.FACET_PARTY));
  }

  /** The same reader and per-reader state, for one request that must end by {@code timeout}. */
  private FacetSearcher(FacetSearcher shared, QueryTimeout timeout) {
    super(shared.getIndexReader(), shared.slicing.executor());
    this.slicing = shared.slicing;
    this.facetState = shared.facetState;
    this.parties = shared.parties;
    setTimeout(timeout);
  }

  /**
   * A searcher for one request, stopped by {@code timeout}: the shared one must not carry a
   * request's deadline, and a new IndexSearcher over an open reader costs next to nothing.
   */
  FacetSearcher withTimeout(QueryTimeout timeout) {
    return new FacetSearcher(this, timeout);
  }

  static SearcherFactory factory(Slicing slicing) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new FacetSearcher(reader, slicing);
      }
    };
  }

  /**
   * One slice per thread, of about equal size, a large segment split into doc-id ranges: a merged
   * index is one segment, and a search over it would otherwise run on one core. Small indexes stay
   * one slice, where a second thread costs more than it saves.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long docs = 0;
    for (LeafReaderContext leaf : leaves) {
      docs += leaf.reader().maxDoc();
    }
    int threads = slicing.threads();
    int minDocsPerSlice = slicing.minDocsPerSlice();
    if (threads <= 1 || docs < 2L * minDocsPerSlice) {
      return slices(leaves, Integer.MAX_VALUE, Integer.MAX_VALUE, false);
    }
    int perSlice = (int) Math.max(minDocsPerSlice, Math.ceilDiv(docs, threads));
    return slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }

  private static SortedSetDocValuesReaderState stateOrNull(IndexReader reader) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
    } catch (IllegalArgumentException e) {
      // No document carries facet values yet.
      return null;
    }
  }

  /** Every value of a dimension with its count; empty when the dimension has none. */
  static List<FacetValue> allChildren(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    FacetResult result;
    try {
      result = counts.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // the dimension was never indexed
    }
    return values(result);
  }

  static List<FacetValue> values(FacetResult result) {
    if (result == null) {
      return List.of();
    }
    List<FacetValue> out = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue lv : result.labelValues) {
      out.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    return out;
  }
}
