package vn.newssearch.schema;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * One text analysed once, for both its exact and its folded field. Segmentation is the costly part
 * of analysis, and both analyzers segment alike and then only rewrite each term on its own
 * (nfkc_cf, tone placement, then folding for the folded form). So the text is segmented once
 * ({@link LatinSegments} for Latin text, ICU for the rest), and each distinct segment's two forms
 * are computed once per thread and cached: a syllable vocabulary is small. {@link #exactTokens()}
 * and {@link #foldedTokens()} give the same tokens (terms, offsets, position increments) as {@link
 * VietnameseAnalysis#exact()} and {@link VietnameseAnalysis#folded()}; AnalysedTextTest checks it.
 */
final class AnalysedText {
  /** The segmentation both analyzers start with; reused per thread by the Analyzer. */
  private static final Analyzer SEGMENTS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new ICUTokenizer());
        }
      };

  /** What {@link ICUNormalizer2Filter} applies by default. */
  private static final Normalizer2 NFKC_CF =
      Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

  /** A syllable vocabulary is small; past this many distinct terms a thread starts afresh. */
  private static final int MAX_CACHED_TERMS = 1 << 16;

  /** Per thread: segment as cut → its two forms, so each distinct segment is rewritten once. */
  private static final ThreadLocal<CharArrayMap<Forms>> FORMS =
      ThreadLocal.withInitial(() -> new CharArrayMap<>(4096, false));

  /**
   * A term's exact and folded forms as the UTF-8 bytes the index stores, encoded once per distinct
   * term rather than once per token and field; shared by documents, so never modified.
   */
  private record Forms(BytesRef exact, BytesRef folded) {}

  private Forms[] terms;
  private int[] starts;
  private int[] ends;
  private int[] increments;
  private int count;
  private int finalOffset;
  private int finalIncrement;

  /** Sized for {@code expected} tokens; a Vietnamese syllable and its space take ~5 chars. */
  private AnalysedText(int expected) {
    terms = new Forms[expected];
    starts = new int[expected];
    ends = new int[expected];
    increments = new int[expected];
  }

  /** Segments {@code text} once: Latin text by table, anything else by ICU. */
  static AnalysedText of(String text) {
    AnalysedText out = new AnalysedText(Math.max(16, text.length() / 5));
    CharArrayMap<Forms> cache = FORMS.get();
    if (cache.size() >= MAX_CACHED_TERMS) {
      cache.clear();
    }
    char[] chars = text.toCharArray();
    LatinSegments.Words words = new LatinSegments.Words(out.terms.length);
    if (LatinSegments.cut(chars, chars.length, words)) {
      for (int i = 0; i < words.count; i++) {
        int start = words.starts[i];
        int end = words.ends[i];
        out.add(cache, chars, start, end - start, start, end, 1);
      }
      // What ICUTokenizer's end() leaves: the text's length, no position increment.
      out.finalOffset = chars.length;
      out.finalIncrement = 0;
    } else {
      out.segmentWithIcu(cache, text);
    }
    return out;
  }

  private void segmentWithIcu(CharArrayMap<Forms> cache, String text) {
    try (TokenStream ts = SEGMENTS.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // Offsets are the text's own: no char filter.
        add(
            cache,
            term.buffer(),
            0,
            term.length(),
            offset.startOffset(),
            offset.endOffset(),
            increment.getPositionIncrement());
      }
      ts.end();
      finalOffset = offset.endOffset();
      finalIncrement = increment.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
  }

  private void add(
      CharArrayMap<Forms> cache,
      char[] buffer,
      int offset,
      int length,
      int start,
      int end,
      int increment) {
    Forms forms = cache.get(buffer, offset, length);
    if (forms == null) {
      forms = forms(CharBuffer.wrap(buffer, offset, length));
      cache.put(Arrays.copyOfRange(buffer, offset, offset + length), forms);
    }
    add(forms, start, end, increment);
  }

  /** A segment's exact form (as the exact analyzer's filters make it) and folded form. */
  private static Forms forms(CharSequence segment) {
    char[] exact = normalized(NFKC_CF, segment);
    ToneMarkFilter.normalize(exact, exact.length);
    char[] folded = normalized(ICUFoldingFilter.NORMALIZER, CharBuffer.wrap(exact));
    return new Forms(new BytesRef(CharBuffer.wrap(exact)), new BytesRef(CharBuffer.wrap(folded)));
  }

  /** As {@link ICUNormalizer2Filter} does it: text the quick check passes is left alone. */
  private static char[] normalized(Normalizer2 normalizer, CharSequence term) {
    if (normalizer.quickCheck(term) == Normalizer.YES) {
      return term.toString().toCharArray();
    }
    StringBuilder out = new StringBuilder(term.length());
    normalizer.normalize(term, out);
    return out.toString().toCharArray();
  }

  private void add(Forms forms, int start, int end, int increment) {
    if (count == terms.length) {
      int size = count * 2;
      terms = Arrays.copyOf(terms, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      increments = Arrays.copyOf(increments, size);
    }
    terms[count] = forms;
    starts[count] = start;
    ends[count] = end;
    increments[count] = increment;
    count++;
  }

  /** The tokens {@link VietnameseAnalysis#exact()} gives for this text. */
  TokenStream exactTokens() {
    return new Replay(false);
  }

  /** The tokens {@link VietnameseAnalysis#folded()} gives for this text. */
  TokenStream foldedTokens() {
    return new Replay(true);
  }

  /**
   * Plays the kept tokens back as term bytes (what the IndexWriter reads), so there are no
   * characters to encode again; reset() rewinds, so it can be consumed more than once.
   */
  private final class Replay extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final boolean folded;
    private int next;

    Replay(boolean folded) {
      this.folded = folded;
    }

    @Override
    public boolean incrementToken() {
      if (next >= count) {
        return false;
      }
      clearAttributes();
      Forms forms = terms[next];
      term.setBytesRef(folded ? forms.folded() : forms.exact());
      offset.setOffset(starts[next], ends[next]);
      increment.setPositionIncrement(increments[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      increment.setPositionIncrement(finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
