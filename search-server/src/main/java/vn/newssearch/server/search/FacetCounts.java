package vn.newssearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import vn.newssearch.schema.Fields;
import vn.newssearch.server.search.SearchResponse.FacetValue;
import vn.newssearch.server.search.SearchResponse.Facets;

/**
 * Facet counts over every hit of a search, from the per-reader ordinal state. Parties and
 * categories are the most frequent values; months are all of them, in calendar order, so that they
 * add up to the number of dated hits.
 */
final class FacetCounts {
  static final int TOP_VALUES = 20;

  Facets of(FacetSearcher searcher, FacetsCollector hits) throws IOException {
    if (searcher.facetState == null) {
      return Facets.EMPTY;
    }
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(searcher.facetState, hits);
    List<FacetValue> months =
        new ArrayList<>(FacetSearcher.allChildren(counts, Fields.FACET_MONTH));
    months.sort(Comparator.comparing(FacetValue::value));
    return new Facets(
        top(counts, Fields.FACET_PARTY), top(counts, Fields.FACET_CATEGORY), List.copyOf(months));
  }

  private static List<FacetValue> top(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    FacetResult result;
    try {
      result = counts.getTopChildren(TOP_VALUES, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // the dimension was never indexed
    }
    return FacetSearcher.values(result);
  }
}
