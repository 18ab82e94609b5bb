package vn.newssearch.server.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query that only adds score beside required clauses, scored by a {@link BonusTree} on the
 * documents the required clauses match: the same score as the query itself, each term's postings
 * read once per document. A long query's optional clauses (a term per word on the exact fields, the
 * commoner half of its words, a title phrase per pair) are a hundred scorers over a few dozen
 * syllables; Lucene advances each of them to every hit through a heap.
 *
 * <p>It matches every document it is asked about where the inner query matches, and is meant as a
 * SHOULD clause beside required ones: alone it would visit every document.
 */
final class SharedPostingsQuery extends Query {
  private final Query inner;

  SharedPostingsQuery(Query inner) {
    this.inner = inner;
  }

  /** The query it scores. */
  Query inner() {
    return inner;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()) {
      return searcher.createWeight(searcher.rewrite(inner), scoreMode, boost);
    }
    BonusTree tree = new BonusTree(searcher, boost == 1f ? inner : new BoostQuery(inner, boost));
    return new Weight(this) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        return new DefaultScorerSupplier(
            SharedPostingsQuery.scorer(tree.leaf(context), context.reader().maxDoc()));
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        return searcher
            .createWeight(searcher.rewrite(inner), scoreMode, boost)
            .explain(context, doc);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  private static Scorer scorer(BonusNodes.Node node, int maxDoc) {
    DocIdSetIterator all = DocIdSetIterator.all(maxDoc);
    float[] score = {0f};
    TwoPhaseIterator matches =
        new TwoPhaseIterator(all) {
          @Override
          public boolean matches() throws IOException {
            score[0] = node.score(all.docID());
            return !Float.isNaN(score[0]);
          }

          @Override
          public float matchCost() {
            return 1000f; // dozens of postings per document: check it last
          }
        };
    return new Scorer() {
      @Override
      public int docID() {
        return all.docID();
      }

      @Override
      public DocIdSetIterator iterator() {
        return TwoPhaseIterator.asDocIdSetIterator(matches);
      }

      @Override
      public TwoPhaseIterator twoPhaseIterator() {
        return matches;
      }

      @Override
      public float getMaxScore(int upTo) {
        return Float.POSITIVE_INFINITY;
      }

      @Override
      public float score() {
        return score[0];
      }
    };
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = inner.rewrite(searcher);
    return rewritten == inner ? this : new SharedPostingsQuery(rewritten);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
  }

  @Override
  public String toString(String field) {
    return "shared(" + inner.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && inner.equals(((SharedPostingsQuery) other).inner);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + inner.hashCode();
  }
}
