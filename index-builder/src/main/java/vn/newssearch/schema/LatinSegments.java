package vn.newssearch.schema;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Arrays;

/**
 * The words {@link org.apache.lucene.analysis.icu.segmentation.ICUTokenizer} cuts from text that
 * holds only Latin letters, ASCII digits, spaces and common punctuation, which is nearly every
 * Vietnamese article, found with a table per character instead of ICU's rule-based iterator, which
 * was the costliest step of analysis. The rules are those of Lucene's Default.rbbi (UAX #29) that
 * such text can meet: letters and digits join; "." and "'" join letters to letters and digits to
 * digits ("U.S", "2.000"); ":" joins letters ("thư:giaoduc"); "," and ";" join digits ("7,3"). Any
 * other character (combining marks, other scripts, emoji, "_", format characters) makes {@link
 * #cut} give up, and the caller asks ICU. LatinSegmentsTest compares both, character by character
 * and over the labour corpus.
 */
final class LatinSegments {
  private LatinSegments() {}

  /**
   * Where the words are: {@code starts[i]} to {@code ends[i]} for {@code i < count}. Kept apart
   * from what is done with them, so that the loop stays small for the JIT.
   */
  static final class Words {
    int[] starts;
    int[] ends;
    int count;

    Words(int expected) {
      starts = new int[Math.max(16, expected)];
      ends = new int[starts.length];
    }

    private void add(int start, int end) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
    }
  }

  private static final byte SEPARATOR = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte MID_LETTER = 3;
  private static final byte MID_NUM = 4;
  private static final byte MID_NUM_LET = 5;
  private static final byte UNSUPPORTED = 6;
  private static final byte CLASS = 0x7;

  /** ICU's whitespace, where ICUTokenizer may cut its 4,096-character buffer. */
  private static final byte SPACE = 0x8;

  /**
   * A run this long without whitespace could be cut by ICUTokenizer's buffer in the middle of a
   * word; such text goes to ICU.
   */
  static final int MAX_RUN = 4096;

  /** Classes of U+0000 to U+206F: Latin, Latin Extended Additional and General Punctuation. */
  private static final byte[] TABLE = table(0x2070);

  /**
   * Puts the words of {@code text[0, length)} into {@code words} and returns true, or returns false
   * as soon as the text holds a character this class does not handle.
   */
  static boolean cut(char[] text, int length, Words words) {
    words.count = 0;
    int start = -1;
    int run = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      byte k = c < TABLE.length ? TABLE[c] : UNSUPPORTED;
      if ((k & SPACE) != 0) {
        run = 0;
      } else if (++run >= MAX_RUN) {
        return false;
      }
      switch (k & CLASS) {
        case LETTER, DIGIT -> {
          if (start < 0) {
            start = i;
          }
        }
        case MID_LETTER, MID_NUM, MID_NUM_LET -> {
          if (start < 0 || i + 1 == length || !joins(k & CLASS, text[i - 1], text[i + 1])) {
            if (start >= 0) {
              words.add(start, i);
              start = -1;
            }
          }
        }
        case SEPARATOR -> {
          if (start >= 0) {
            words.add(start, i);
            start = -1;
          }
        }
        default -> {
          return false;
        }
      }
    }
    if (start >= 0) {
      words.add(start, length);
    }
    return true;
  }

  /** Whether a middle character between {@code before} (a letter or digit) and after joins. */
  private static boolean joins(int mid, char before, char after) {
    int b = classOf(before);
    int a = classOf(after);
    return switch (mid) {
      case MID_LETTER -> b == LETTER && a == LETTER;
      case MID_NUM -> b == DIGIT && a == DIGIT;
      default -> (b == LETTER && a == LETTER) || (b == DIGIT && a == DIGIT);
    };
  }

  private static int classOf(char c) {
    return c < TABLE.length ? TABLE[c] & CLASS : UNSUPPORTED;
  }

  private static byte[] table(int size) {
    byte[] table = new byte[size];
    for (int c = 0; c < size; c++) {
      byte k = classify(c);
      table[c] = (byte) (k | (UCharacter.isWhitespace(c) ? SPACE : 0));
    }
    return table;
  }

  private static byte classify(int c) {
    boolean covered = c <= 0x02FF || (c >= 0x1E00 && c <= 0x1EFF) || c >= 0x2000;
    int script = UScript.getScript(c);
    boolean latin =
        script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED;
    // ICUTokenizer keeps emoji as words; "*", "#" and digits only before an emoji selector.
    boolean emoji =
        (UCharacter.hasBinaryProperty(c, UProperty.EMOJI)
                || UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC))
            && !(c == '*' || c == '#' || (c >= '0' && c <= '9'));
    if (!covered || !latin || emoji) {
      return UNSUPPORTED;
    }
    return switch (UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK)) {
      case UCharacter.WordBreak.ALETTER -> LETTER;
      case UCharacter.WordBreak.NUMERIC -> c >= '0' && c <= '9' ? DIGIT : UNSUPPORTED;
      case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
      case UCharacter.WordBreak.MIDNUM -> MID_NUM;
      case UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE -> MID_NUM_LET;
      case UCharacter.WordBreak.OTHER,
          UCharacter.WordBreak.CR,
          UCharacter.WordBreak.LF,
          UCharacter.WordBreak.NEWLINE,
          UCharacter.WordBreak.WSEGSPACE,
          UCharacter.WordBreak.DOUBLE_QUOTE ->
          SEPARATOR;
      default -> UNSUPPORTED;
    };
  }
}
