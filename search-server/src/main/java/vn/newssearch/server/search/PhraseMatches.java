package vn.newssearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * An exact phrase's matches in the hits of one segment, for the highlighter: what Lucene's phrase
 * weight gives ({@code Weight.matches}: each occurrence, its first and last term's positions and
 * offsets, no sub-matches), from postings opened once per segment and moved forward from hit to
 * hit. Lucene opens the phrase's postings again for every hit and advances them from the start of
 * the segment; a pasted headline's snippets ask that of a phrase per pair of its syllables, for
 * every hit of the page.
 */
final class PhraseMatches {
  private final PhraseQuery query;
  private final LeafReader reader;
  private final int[] offsets;
  private PostingsEnum[] postings;
  private int last = -1;

  PhraseMatches(PhraseQuery query, LeafReader reader) {
    this.query = query;
    this.reader = reader;
    this.offsets = query.getPositions();
  }

  /** The phrase's matches in {@code doc}, or null; best asked in ascending document order. */
  Matches in(int doc) throws IOException {
    if (postings == null || doc <= last) {
      postings = open();
    }
    last = doc;
    for (PostingsEnum p : postings) {
      if (p == null) {
        return null;
      }
      int at = p.docID() < doc ? p.advance(doc) : p.docID();
      if (at != doc) {
        return null;
      }
    }
    int[][] found = occurrences();
    if (found[0].length == 0) {
      return null;
    }
    return MatchesUtils.forField(query.getField(), () -> iterator(found));
  }

  private PostingsEnum[] open() throws IOException {
    Term[] terms = query.getTerms();
    PostingsEnum[] out = new PostingsEnum[terms.length];
    Terms field = reader.terms(query.getField());
    if (field == null) {
      return out;
    }
    for (int i = 0; i < terms.length; i++) {
      TermsEnum te = field.iterator();
      if (te.seekExact(terms[i].bytes())) {
        out[i] = te.postings(null, PostingsEnum.OFFSETS);
      }
    }
    return out;
  }

  /**
   * Start and end positions and offsets of each occurrence, found as Lucene's exact phrase matcher
   * finds them: the lead term's positions in turn, the others moved up to where the phrase wants
   * them.
   */
  private int[][] occurrences() throws IOException {
    int n = postings.length;
    int[] freq = new int[n];
    int[] upTo = new int[n];
    int[] pos = new int[n];
    for (int i = 0; i < n; i++) {
      freq[i] = postings[i].freq();
      pos[i] = -1;
    }
    int[][] out = new int[4][8];
    int count = 0;
    while (upTo[0] < freq[0]) {
      pos[0] = postings[0].nextPosition();
      upTo[0]++;
      boolean matched = false;
      advanceHead:
      while (true) {
        int phrasePos = pos[0] - offsets[0];
        for (int j = 1; j < n; j++) {
          int expected = phrasePos + offsets[j];
          if (!advance(j, expected, freq, upTo, pos)) {
            break advanceHead;
          }
          if (pos[j] != expected) {
            if (advance(0, pos[j] - offsets[j] + offsets[0], freq, upTo, pos)) {
              continue advanceHead;
            }
            break advanceHead;
          }
        }
        matched = true;
        break;
      }
      if (!matched) {
        break;
      }
      if (count == out[0].length) {
        for (int k = 0; k < 4; k++) {
          out[k] = Arrays.copyOf(out[k], count * 2);
        }
      }
      out[0][count] = pos[0];
      out[1][count] = pos[n - 1];
      out[2][count] = postings[0].startOffset();
      out[3][count] = postings[n - 1].endOffset();
      count++;
    }
    for (int k = 0; k < 4; k++) {
      out[k] = Arrays.copyOf(out[k], count);
    }
    return out;
  }

  private boolean advance(int i, int target, int[] freq, int[] upTo, int[] pos) throws IOException {
    while (pos[i] < target) {
      if (upTo[i] == freq[i]) {
        return false;
      }
      pos[i] = postings[i].nextPosition();
      upTo[i]++;
    }
    return true;
  }

  private MatchesIterator iterator(int[][] found) {
    return new MatchesIterator() {
      private int at = -1;

      @Override
      public boolean next() {
        return ++at < found[0].length;
      }

      @Override
      public int startPosition() {
        return found[0][at];
      }

      @Override
      public int endPosition() {
        return found[1][at];
      }

      @Override
      public int startOffset() {
        return found[2][at];
      }

      @Override
      public int endOffset() {
        return found[3][at];
      }

      @Override
      public MatchesIterator getSubMatches() {
        return null;
      }

      @Override
      public Query getQuery() {
        return query;
      }
    };
  }
}
