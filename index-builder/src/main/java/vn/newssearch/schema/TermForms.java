package vn.newssearch.schema;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.util.BytesRef;

/**
 * What the two Vietnamese analyzers share on a thread: each distinct term's two forms, and the last
 * text the exact analyzer cut, with each token's forms, so that the folded analyzer, given the same
 * text next (as the IndexWriter does, field after field), replays it instead of cutting and looking
 * up every term again. With the remembered bytes ({@link FormTermAttributeImpl}) this keeps the
 * build as fast as the one-pass analysis it replaced (docs/index-builder-speed.md).
 */
final class TermForms {
  private TermForms() {}

  /** A term's two forms, as characters and as the bytes the index stores; never modified. */
  record Forms(char[] exact, BytesRef exactBytes, char[] folded, BytesRef foldedBytes) {}

  /** Past this many distinct terms the memory starts afresh, so odd texts cannot grow it. */
  private static final int MAX_REMEMBERED = 1 << 16;

  private static final ThreadLocal<Memory> MEMORY = ThreadLocal.withInitial(Memory::new);

  static Memory memory() {
    return MEMORY.get();
  }

  /** One thread's memory. */
  static final class Memory {
    private final CharArrayMap<Forms> forms = new CharArrayMap<>(256, false);

    /** The recording under way or finished, and which tokenizer owns it. */
    private Cut recorded = new Cut();

    private Object recorder;
    private boolean complete;

    /** The forms of {@code term[0, length)}, computed with {@code compute} when new. */
    Forms of(char[] term, int length, Function<CharSequence, Forms> compute) {
      Forms f = forms.get(term, 0, length);
      if (f == null) {
        f = compute.apply(CharBuffer.wrap(term, 0, length));
        if (forms.size() >= MAX_REMEMBERED) {
          forms.clear();
        }
        forms.put(Arrays.copyOf(term, length), f);
      }
      return f;
    }

    /** {@code owner} starts recording its cut of {@code text[0, length)}; any other one stops. */
    void startRecording(Object owner, char[] text, int length) {
      recorder = owner;
      complete = false;
      recorded.reset(text, length);
    }

    void record(Object owner, Forms f, int start, int end, int increment) {
      if (recorder == owner) {
        recorded.add(f, start, end, increment);
      }
    }

    /** The owner's cut is whole: every token was taken, and {@code finalIncrement} ends it. */
    void finishRecording(Object owner, int finalIncrement) {
      if (recorder == owner) {
        recorded.finalIncrement = finalIncrement;
        complete = true;
        recorder = null;
      }
    }

    /**
     * The finished recording of exactly {@code text[0, length)}, handed over in exchange for {@code
     * spare} (which the next recording reuses), or null.
     */
    Cut take(char[] text, int length, Cut spare) {
      if (!complete || !recorded.is(text, length)) {
        return null;
      }
      Cut out = recorded;
      recorded = spare;
      complete = false;
      return out;
    }
  }

  /** A text and its tokens: forms, offsets, position increments, and the increment at the end. */
  static final class Cut {
    char[] text = new char[256];
    int length;
    Forms[] forms = new Forms[64];
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] increments = new int[64];
    int count;
    int finalIncrement;

    void reset(char[] from, int n) {
      if (text.length < n) {
        text = new char[Math.max(n, text.length * 2)];
      }
      System.arraycopy(from, 0, text, 0, n);
      length = n;
      count = 0;
    }

    boolean is(char[] other, int n) {
      return n == length && Arrays.equals(text, 0, n, other, 0, n);
    }

    void add(Forms f, int start, int end, int increment) {
      if (count == forms.length) {
        int size = count * 2;
        forms = Arrays.copyOf(forms, size);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        increments = Arrays.copyOf(increments, size);
      }
      forms[count] = f;
      starts[count] = start;
      ends[count] = end;
      increments[count] = increment;
      count++;
    }
  }
}
