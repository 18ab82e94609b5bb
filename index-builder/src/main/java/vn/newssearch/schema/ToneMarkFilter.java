package vn.newssearch.schema;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Unifies the two Vietnamese tone-placement conventions on lower-cased NFC syllables: a syllable
 * ending in "oa", "oe" or "uy" carries its mark on the first vowel ("hoà" → "hòa", "thuỷ" → "thủy",
 * "khoẻ" → "khỏe"), as underthesea's text_normalize does. Also reads "ð" (Latin eth, typed for "đ")
 * as "đ".
 */
public final class ToneMarkFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ToneMarkFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    normalize(term.buffer(), term.length());
    return true;
  }

  /** Rewrites {@code buf[0..len)} in place; the length never changes. Allocates nothing. */
  static void normalize(char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (buf[i] == 'ð') {
        buf[i] = 'đ';
      }
    }
    if (len < 2) {
      return;
    }
    char first = buf[len - 2];
    // Only "o" or "u" before a marked last vowel can need moving; most syllables stop here.
    if (first != 'o' && first != 'u') {
      return;
    }
    char last = buf[len - 1];
    int tone = toneOf(last);
    if (tone == 0) {
      return;
    }
    char lastBase = baseOf(last);
    boolean open =
        (first == 'o' && (lastBase == 'a' || lastBase == 'e'))
            || (first == 'u' && lastBase == 'y' && !(len >= 3 && buf[len - 3] == 'q'));
    if (!open) {
      return;
    }
    buf[len - 2] = first == 'o' ? O_BY_TONE[tone] : U_BY_TONE[tone];
    buf[len - 1] = lastBase;
  }

  // "o" and "u" with no mark, huyền, sắc, hỏi, ngã, nặng: the first vowel a mark moves onto.
  private static final char[] O_BY_TONE = {'o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'};
  private static final char[] U_BY_TONE = {'u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'};

  /** The tone (1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng) of a marked a/e/y, else 0. */
  static int toneOf(char c) {
    return switch (c) {
      case 'à', 'è', 'ỳ' -> 1;
      case 'á', 'é', 'ý' -> 2;
      case 'ả', 'ẻ', 'ỷ' -> 3;
      case 'ã', 'ẽ', 'ỹ' -> 4;
      case 'ạ', 'ẹ', 'ỵ' -> 5;
      default -> 0;
    };
  }

  /** The unmarked vowel under a marked a/e/y. */
  private static char baseOf(char c) {
    return switch (c) {
      case 'à', 'á', 'ả', 'ã', 'ạ' -> 'a';
      case 'è', 'é', 'ẻ', 'ẽ', 'ẹ' -> 'e';
      default -> 'y';
    };
  }
}
