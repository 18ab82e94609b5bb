package vn.newssearch.server.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/** The clauses of a {@link BonusTree}, each scoring one hit at a time, hits in ascending order. */
final class BonusNodes {
  private BonusNodes() {}

  /** A clause's score for a document, or NaN where it does not match. */
  abstract static class Node {
    abstract float score(int doc) throws IOException;
  }

  /** Matches nothing: a term no segment holds. */
  static final Node NEVER =
      new Node() {
        @Override
        float score(int doc) {
          return Float.NaN;
        }
      };

  /**
   * A Boolean query (no minimum of optional clauses), summed as Lucene's scorers sum it: the
   * required clauses in double to a float, the optional ones likewise, then the two as floats.
   */
  static final class Bool extends Node {
    private final Node[] must;
    private final Node[] filter;
    private final Node[] should;
    private final Node[] mustNot;

    Bool(Node[] must, Node[] filter, Node[] should, Node[] mustNot) {
      this.must = must;
      this.filter = filter;
      this.should = should;
      this.mustNot = mustNot;
    }

    @Override
    float score(int doc) throws IOException {
      double required = 0;
      for (Node n : must) {
        float s = n.score(doc);
        if (Float.isNaN(s)) {
          return Float.NaN;
        }
        required += s;
      }
      for (Node n : filter) {
        if (Float.isNaN(n.score(doc))) {
          return Float.NaN;
        }
      }
      for (Node n : mustNot) {
        if (!Float.isNaN(n.score(doc))) {
          return Float.NaN;
        }
      }
      double optional = 0;
      boolean any = false;
      for (Node n : should) {
        float s = n.score(doc);
        if (!Float.isNaN(s)) {
          optional += s;
          any = true;
        }
      }
      if (must.length + filter.length == 0) {
        return any ? (float) optional : Float.NaN;
      }
      float req = (float) required;
      return any ? req + (float) optional : req;
    }
  }

  /** A constant score where the inner query matches. */
  static final class Constant extends Node {
    private final Node inner;
    private final float score;

    Constant(Node inner, float score) {
      this.inner = inner;
      this.score = score;
    }

    @Override
    float score(int doc) throws IOException {
      return Float.isNaN(inner.score(doc)) ? Float.NaN : score;
    }
  }

  /** A term: its frequency and the field's norm through the similarity (no scorer: 0). */
  static final class TermNode extends Node {
    private final HitPostings.Postings postings;
    private final SimScorer scorer;
    private final HitPostings.Norms norms;

    TermNode(HitPostings.Postings postings, SimScorer scorer, HitPostings.Norms norms) {
      this.postings = postings;
      this.scorer = scorer;
      this.norms = norms;
    }

    @Override
    float score(int doc) throws IOException {
      if (!postings.in(doc)) {
        return Float.NaN;
      }
      return scorer == null ? 0f : scorer.score(postings.freq(), norms.of(doc));
    }
  }

  /** An exact phrase: its frequency in the hit through the similarity (no scorer: 0). */
  static final class Phrase extends Node {
    private final HitPostings.Phrase phrase;
    private final SimScorer scorer;
    private final HitPostings.Norms norms;

    Phrase(HitPostings.Phrase phrase, SimScorer scorer, HitPostings.Norms norms) {
      this.phrase = phrase;
      this.scorer = scorer;
      this.norms = norms;
    }

    @Override
    float score(int doc) throws IOException {
      int freq = phrase.freq(doc);
      if (freq == 0) {
        return Float.NaN;
      }
      return scorer == null ? 0f : scorer.score((float) freq, norms.of(doc));
    }
  }

  /** Any other query, through its Lucene weight, checked for the hit only. */
  static final class Lucene extends Node {
    private final Scorer scorer;

    Lucene(Weight weight, LeafReaderContext leaf) throws IOException {
      this.scorer = weight.scorer(leaf);
    }

    @Override
    float score(int doc) throws IOException {
      if (scorer == null) {
        return Float.NaN;
      }
      // Advancing the scorer's own iterator would verify positions document after document up to
      // the next match, far beyond the hit.
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      int at = candidates.docID() < doc ? candidates.advance(doc) : candidates.docID();
      return at == doc && (twoPhase == null || twoPhase.matches()) ? scorer.score() : Float.NaN;
    }
  }
}
