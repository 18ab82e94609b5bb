package vn.newssearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.util.IOSupplier;

/**
 * The postings of a bonus's terms in one segment, one enum per term, read on the hits being scored
 * in the order of their ids. A long query's pair phrases share their syllables (each syllable is in
 * two pairs, and again in the tiers and in the clauses that hold a word apart), so reading each
 * term's positions once per hit replaces several enums that each read them.
 */
final class HitPostings {
  private final LeafReaderContext leaf;
  private final Map<Term, TermStates> states;
  private final Map<Term, Postings> postings = new HashMap<>();
  private final Map<String, Norms> norms = new HashMap<>();
  private final Map<PhraseQuery, Phrase> phrases = new HashMap<>();

  /** {@code states}: the index-wide term states, shared by the segments of one query. */
  HitPostings(LeafReaderContext leaf, Map<Term, TermStates> states) {
    this.leaf = leaf;
    this.states = states;
  }

  /** The postings of {@code term} in this segment. */
  Postings of(Term term) throws IOException {
    Postings p = postings.get(term);
    if (p == null) {
      p = new Postings(open(term));
      postings.put(term, p);
    }
    return p;
  }

  /**
   * How often an exact phrase (slop 0) is in a hit, counted once per hit for all the clauses that
   * hold it: a pair's phrase is in its tier, its score and the clauses that hold a word apart.
   */
  Phrase phrase(PhraseQuery q) throws IOException {
    Phrase p = phrases.get(q);
    if (p == null) {
      Term[] terms = q.getTerms();
      Postings[] each = new Postings[terms.length];
      for (int i = 0; i < terms.length; i++) {
        each[i] = of(terms[i]);
      }
      p = new Phrase(each, q.getPositions());
      phrases.put(q, p);
    }
    return p;
  }

  /** The length norms of {@code field} in this segment. */
  Norms norms(String field) throws IOException {
    Norms n = norms.get(field);
    if (n == null) {
      n = new Norms(leaf.reader().getNormValues(field));
      norms.put(field, n);
    }
    return n;
  }

  private PostingsEnum open(Term term) throws IOException {
    IOSupplier<TermState> supplier = states.get(term).get(leaf);
    TermState state = supplier == null ? null : supplier.get();
    if (state == null) {
      return null;
    }
    TermsEnum terms = leaf.reader().terms(term.field()).iterator();
    terms.seekExact(term.bytes(), state);
    return terms.postings(null, PostingsEnum.POSITIONS);
  }

  /**
   * One term's postings, moved forward to each hit asked about, its positions read at most once.
   */
  static final class Postings {
    private final PostingsEnum postings; // null: the term is not in the segment
    private int[] positions = new int[16];
    private int read = -1; // the document whose positions are in `positions`

    private Postings(PostingsEnum postings) {
      this.postings = postings;
    }

    /** Whether the term is in {@code doc}; {@code doc} never goes back. */
    boolean in(int doc) throws IOException {
      if (postings == null) {
        return false;
      }
      int at = postings.docID();
      return (at < doc ? postings.advance(doc) : at) == doc;
    }

    /** How often the term is in the document it is {@link #in}. */
    int freq() throws IOException {
      return postings.freq();
    }

    /** Its positions in the document it is {@link #in}, ascending, the first {@link #freq()}. */
    int[] positions() throws IOException {
      int doc = postings.docID();
      if (read != doc) {
        int freq = postings.freq();
        if (positions.length < freq) {
          positions = new int[Math.max(freq, positions.length * 2)];
        }
        for (int i = 0; i < freq; i++) {
          positions[i] = postings.nextPosition();
        }
        read = doc;
      }
      return positions;
    }
  }

  /** An exact phrase's frequency per hit, from its terms' positions. */
  static final class Phrase {
    private final Postings[] terms;
    private final int[] offsets;
    private final int[] next;
    private int doc = -1;
    private int freq;

    private Phrase(Postings[] terms, int[] offsets) {
      this.terms = terms;
      this.offsets = offsets;
      this.next = new int[terms.length];
    }

    /**
     * How many times the terms stand at their offsets in {@code doc}: what Lucene's exact phrase
     * matcher counts. {@code doc} never goes back.
     */
    int freq(int doc) throws IOException {
      if (doc != this.doc) {
        this.doc = doc;
        freq = count(doc);
      }
      return freq;
    }

    private int count(int doc) throws IOException {
      for (Postings t : terms) {
        if (!t.in(doc)) {
          return 0;
        }
      }
      Arrays.fill(next, 0);
      int[] lead = terms[0].positions();
      int leadFreq = terms[0].freq();
      int count = 0;
      starts:
      for (int k = 0; k < leadFreq; k++) {
        int start = lead[k] - offsets[0];
        for (int i = 1; i < terms.length; i++) {
          int[] p = terms[i].positions();
          int freq = terms[i].freq();
          int want = start + offsets[i];
          int j = next[i];
          while (j < freq && p[j] < want) {
            j++;
          }
          next[i] = j;
          if (j == freq) {
            break starts; // later starts want later positions still
          }
          if (p[j] != want) {
            continue starts;
          }
        }
        count++;
      }
      return count;
    }
  }

  /** A field's length norm per document, read once however many clauses score on the field. */
  static final class Norms {
    private final NumericDocValues values; // null: the field has no norms
    private int doc = -1;
    private long norm = 1L;

    private Norms(NumericDocValues values) {
      this.values = values;
    }

    /** The norm of {@code doc} as Lucene's term and phrase scorers read it (1 when it has none). */
    long of(int doc) throws IOException {
      if (values != null && doc != this.doc) {
        this.doc = doc;
        norm = values.advanceExact(doc) ? values.longValue() : 1L;
      }
      return norm;
    }
  }
}
