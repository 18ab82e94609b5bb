package vn.newssearch.server.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The highlighter's offsets from the postings through {@code Weight.matches}, as Lucene's {@link
 * PostingsOffsetStrategy} reads them, but with one weight per segment instead of one per hit.
 * Lucene rewrites the query and builds its weight again for every document it highlights, and each
 * new weight looks up every term of the query in the segment's term dictionary again: a pasted
 * headline's snippet query is a phrase per pair of its syllables, so that was dozens of lookups per
 * hit of the page. The matches, and so the snippets, are the same: the same weight of the same
 * rewritten query over the same segment, asked about the same document.
 */
final class LeafWeightOffsets extends PostingsOffsetStrategy {
  private LeafReader leaf;
  private LeafReader remapped;
  private Weight weight;

  LeafWeightOffsets(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(
      LeafReader leafReader, int docId, List<OffsetsEnum> results) throws IOException {
    if (leafReader != leaf) {
      // As Lucene does for each document: the fields the field matcher accepts read as the
      // highlighted field, and a searcher of this segment alone without the query cache.
      remapped = remap(leafReader);
      IndexSearcher searcher = new IndexSearcher(remapped);
      searcher.setQueryCache(null);
      weight =
          searcher
              .rewrite(components.query())
              .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      leaf = leafReader;
    }
    Matches matches = weight.matches(remapped.getContext(), docId);
    if (matches == null) {
      return;
    }
    for (String field : matches) {
      if (components.fieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
  }

  private LeafReader remap(LeafReader in) {
    return new FilterLeafReader(in) {
      @Override
      public Terms terms(String field) throws IOException {
        return super.terms(components.fieldMatcher().test(field) ? components.field() : field);
      }

      @Override
      public CacheHelper getCoreCacheHelper() {
        return null;
      }

      @Override
      public CacheHelper getReaderCacheHelper() {
        return null;
      }
    };
  }
}
