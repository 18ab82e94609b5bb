package vn.newssearch.schema;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Cuts text into the words {@link ICUTokenizer} cuts, the fast way where it can: text that {@link
 * LatinSegments} takes (nearly every Vietnamese article) is cut by its table, and any other text is
 * handed to an ICUTokenizer as a whole. Terms, offsets, position increments and the state after
 * {@link #end()} are ICU's (VietnameseTokenizerTest compares them); token types and scripts are not
 * set, as nothing downstream reads them.
 */
public final class VietnameseTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  /** Where the table gives up; built on first need, then kept with this tokenizer. */
  private ICUTokenizer icu;

  private CharTermAttribute icuTerm;
  private OffsetAttribute icuOffset;
  private PositionIncrementAttribute icuIncrement;
  private boolean icuOpen;

  private final LatinSegments.Words words = new LatinSegments.Words(256);
  private char[] text = new char[4096];
  private int length;
  private int next;

  @Override
  public void reset() throws IOException {
    super.reset();
    readAll();
    next = 0;
    if (!LatinSegments.cut(text, length, words)) {
      words.count = 0;
      openIcu();
    }
  }

  /** The whole input: the table needs to see all of it before it may answer for ICU. */
  private void readAll() throws IOException {
    length = 0;
    for (int n; (n = input.read(text, length, text.length - length)) != -1; ) {
      length += n;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
  }

  private void openIcu() throws IOException {
    if (icu == null) {
      icu = new ICUTokenizer();
      icuTerm = icu.getAttribute(CharTermAttribute.class);
      icuOffset = icu.getAttribute(OffsetAttribute.class);
      icuIncrement = icu.getAttribute(PositionIncrementAttribute.class);
    }
    icu.setReader(new CharArrayReader(text, 0, length));
    icu.reset();
    icuOpen = true;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (icuOpen) {
      if (!icu.incrementToken()) {
        return false;
      }
      term.copyBuffer(icuTerm.buffer(), 0, icuTerm.length());
      offset.setOffset(
          correctOffset(icuOffset.startOffset()), correctOffset(icuOffset.endOffset()));
      increment.setPositionIncrement(icuIncrement.getPositionIncrement());
      return true;
    }
    if (next >= words.count) {
      return false;
    }
    int start = words.starts[next];
    int end = words.ends[next];
    next++;
    term.copyBuffer(text, start, end - start);
    offset.setOffset(correctOffset(start), correctOffset(end));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(length);
    offset.setOffset(last, last);
    if (icuOpen) {
      icu.end();
      increment.setPositionIncrement(icuIncrement.getPositionIncrement());
    }
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (icuOpen) {
      icu.close();
      icuOpen = false;
    }
    if (text.length > 1 << 16) {
      text = new char[4096]; // one huge text should not pin its buffer to this thread
    }
  }
}
