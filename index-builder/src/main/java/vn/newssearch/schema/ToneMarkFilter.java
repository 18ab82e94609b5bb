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

  /** Rewrites {@code buf[0..len)} in place; the length never changes. */
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
    char last = buf[len - 1];
    int tone = toneOf(last);
    if (tone == 0) {
      return;
    }
    char lastBase = VOWELS_BY_TONE[0].charAt(VOWELS_BY_TONE[tone].indexOf(last));
    boolean open =
        (first == 'o' && (lastBase == 'a' || lastBase == 'e'))
            || (first == 'u' && lastBase == 'y' && !(len >= 3 && buf[len - 3] == 'q'));
    if (!open) {
      return;
    }
    buf[len - 2] = VOWELS_BY_TONE[tone].charAt(VOWELS_BY_TONE[0].indexOf(first));
    buf[len - 1] = lastBase;
  }

  // Row 0 holds the unmarked vowels; rows 1..5 the same vowels with huyền, sắc, hỏi, ngã, nặng.
  private static final String[] VOWELS_BY_TONE = {
    "aeouy", "àèòùỳ", "áéóúý", "ảẻỏủỷ", "ãẽõũỹ", "ạẹọụỵ",
  };

  private static int toneOf(char c) {
    for (int t = 1; t < VOWELS_BY_TONE.length; t++) {
      if (VOWELS_BY_TONE[t].indexOf(c) >= 0) {
        return t;
      }
    }
    return 0;
  }
}
