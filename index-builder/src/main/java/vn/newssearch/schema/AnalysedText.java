package vn.newssearch.schema;

import com.ibm.icu.text.Normalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One text analysed once, for both its exact and its folded field. ICU segmentation is the costly
 * part of indexing and the folded analysis segments exactly like the exact one, then folds each
 * term; so the text is run through {@link VietnameseAnalysis#exact()} once and each token is kept
 * with its folded form. {@link #exactTokens()} and {@link #foldedTokens()} then give the same
 * tokens (terms, offsets, position increments) as the exact and folded analyzers would.
 */
final class AnalysedText {
  private static final Analyzer EXACT = VietnameseAnalysis.exact();

  /** A syllable vocabulary is small; past this many distinct terms a thread starts afresh. */
  private static final int MAX_CACHED_TERMS = 1 << 16;

  /** Per thread: exact term → its two forms, so each distinct term is folded once. */
  private static final ThreadLocal<CharArrayMap<Forms>> FORMS =
      ThreadLocal.withInitial(() -> new CharArrayMap<>(4096, false));

  /** A term's exact and folded characters; shared by documents, so never modified. */
  record Forms(char[] exact, char[] folded) {}

  private Forms[] terms = new Forms[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] increments = new int[64];
  private int count;
  private int finalOffset;
  private int finalIncrement;

  private AnalysedText() {}

  /** Runs the exact analysis over {@code text} once. */
  static AnalysedText of(String text) {
    AnalysedText out = new AnalysedText();
    CharArrayMap<Forms> cache = FORMS.get();
    if (cache.size() >= MAX_CACHED_TERMS) {
      cache.clear();
    }
    try (TokenStream ts = EXACT.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        Forms forms = cache.get(term.buffer(), 0, term.length());
        if (forms == null) {
          forms = forms(term);
          cache.put(forms.exact(), forms);
        }
        out.add(forms, offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
      }
      ts.end();
      out.finalOffset = offset.endOffset();
      out.finalIncrement = increment.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return out;
  }

  /** Folds like {@link ICUFoldingFilter}: only terms the quick check doesn't pass are rewritten. */
  private static Forms forms(CharTermAttribute term) {
    char[] exact = Arrays.copyOf(term.buffer(), term.length());
    if (ICUFoldingFilter.NORMALIZER.quickCheck(term) == Normalizer.YES) {
      return new Forms(exact, exact);
    }
    StringBuilder folded = new StringBuilder(exact.length);
    ICUFoldingFilter.NORMALIZER.normalize(term, folded);
    char[] chars = new char[folded.length()];
    folded.getChars(0, chars.length, chars, 0);
    return new Forms(exact, chars);
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

  /** Plays the kept tokens back; reset() rewinds, so it can be consumed more than once. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
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
      char[] chars = folded ? forms.folded() : forms.exact();
      term.copyBuffer(chars, 0, chars.length);
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
