package vn.newssearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
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
  private List<Object> clauses; // null: ask the weight

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
      Query rewritten = searcher.rewrite(components.query());
      weight = rewritten.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      clauses = disjunction(rewritten, searcher);
      leaf = leafReader;
    }
    Matches matches =
        clauses == null ? weight.matches(remapped.getContext(), docId) : disjunction(docId);
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

  /**
   * A disjunction's clauses (a pasted headline's snippet query: a phrase per pair), each exact
   * phrase read by a {@link PhraseMatches} that keeps its postings from hit to hit, any other
   * clause by its weight; null for any other query.
   */
  private List<Object> disjunction(Query q, IndexSearcher searcher) throws IOException {
    if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      if (c.occur() != BooleanClause.Occur.SHOULD) {
        return null;
      }
      Query inner = c.query() instanceof BoostQuery boost ? boost.getQuery() : c.query();
      out.add(
          inner instanceof PhraseQuery p && p.getSlop() == 0 && p.getTerms().length > 1
              ? new PhraseMatches(p, remapped)
              : searcher.createWeight(c.query(), ScoreMode.COMPLETE_NO_SCORES, 1.0f));
    }
    return out;
  }

  /** What the disjunction's weight matches in {@code doc}: its matching clauses' matches. */
  private Matches disjunction(int doc) throws IOException {
    List<Matches> each = new ArrayList<>();
    for (Object clause : clauses) {
      Matches m =
          clause instanceof PhraseMatches p
              ? p.in(doc)
              : ((Weight) clause).matches(remapped.getContext(), doc);
      if (m != null) {
        each.add(m);
      }
    }
    return MatchesUtils.fromSubMatches(each);
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
