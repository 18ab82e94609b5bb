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
 * set, as nothing downstream reads them. In {@link VietnameseAnalysis}, the exact analyzer's
 * tokenizer records its cut ({@link TermForms}) and the folded one's replays it for the same text.
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

  /** What the tokenizer does with the thread's {@link TermForms} memory. */
  enum Role {
    NONE,
    RECORD,
    REPLAY
  }

  private final Role role;
  private final FormTermAttributeImpl formTerm = term instanceof FormTermAttributeImpl f ? f : null;
  private TermForms.Memory memory;

  /** The cut being replayed, or the spare one handed over for the next recording. */
  private TermForms.Cut cut = new TermForms.Cut();

  private boolean replaying;
  private boolean exhausted;

  private final LatinSegments.Words words = new LatinSegments.Words(256);
  private char[] text = new char[4096];
  private int length;
  private int next;

  /** A tokenizer with Lucene's default attributes. */
  public VietnameseTokenizer() {
    this.role = Role.NONE;
  }

  /** A tokenizer with the analyzers' term attribute that records or replays its cuts. */
  VietnameseTokenizer(Role role) {
    super(FormTermAttributeImpl.FACTORY);
    this.role = role;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    readAll();
    next = 0;
    exhausted = false;
    replaying = false;
    if (role != Role.NONE) {
      memory = TermForms.memory();
      if (role == Role.RECORD) {
        memory.startRecording(this, text, length);
      } else if (formTerm != null) {
        TermForms.Cut recorded = memory.take(text, length, cut);
        if (recorded != null) {
          cut = recorded;
          replaying = true;
          words.count = 0;
          return;
        }
      }
    }
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

  /** Whether the exact analyzer's filter should record its forms here. */
  boolean records() {
    return role == Role.RECORD;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (replaying) {
      if (next >= cut.count) {
        exhausted = true;
        return false;
      }
      // The forms go to TermFormFilter, which sets the term; offsets were corrected when recorded.
      formTerm.setPending(cut.forms[next]);
      offset.setOffset(cut.starts[next], cut.ends[next]);
      increment.setPositionIncrement(cut.increments[next]);
      next++;
      return true;
    }
    if (icuOpen) {
      if (!icu.incrementToken()) {
        exhausted = true;
        return false;
      }
      term.copyBuffer(icuTerm.buffer(), 0, icuTerm.length());
      offset.setOffset(
          correctOffset(icuOffset.startOffset()), correctOffset(icuOffset.endOffset()));
      increment.setPositionIncrement(icuIncrement.getPositionIncrement());
      return true;
    }
    if (next >= words.count) {
      exhausted = true;
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
    if (replaying) {
      increment.setPositionIncrement(cut.finalIncrement);
    } else if (icuOpen) {
      icu.end();
      increment.setPositionIncrement(icuIncrement.getPositionIncrement());
    }
    if (role == Role.RECORD && exhausted) {
      memory.finishRecording(this, increment.getPositionIncrement());
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
