package vn.newssearch.schema;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalisation the embedded analysis does inside its token filters, done on a whole string for
 * an engine whose analysis has no such filter (OpenSearch without the ICU plugin): NFC, one
 * tone-placement convention ({@link ToneMarkFilter}: "hoà" → "hòa") and the eth typed for "đ". Case
 * is kept, so the text still reads as written in a snippet.
 */
public final class TextNormaliser {
  private TextNormaliser() {}

  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char[] out = Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray();
    int i = 0;
    while (i < out.length) {
      if (!Character.isLetter(out[i])) {
        i++;
        continue;
      }
      int end = i;
      while (end < out.length && Character.isLetter(out[end])) {
        end++;
      }
      syllable(out, i, end);
      i = end;
    }
    return new String(out);
  }

  /** Normalises the lower-cased syllable, then writes back each changed letter in its own case. */
  private static void syllable(char[] text, int from, int to) {
    int len = to - from;
    char[] lower = new char[len];
    for (int k = 0; k < len; k++) {
      lower[k] = Character.toLowerCase(text[from + k]);
    }
    char[] changed = lower.clone();
    ToneMarkFilter.normalize(changed, len);
    for (int k = 0; k < len; k++) {
      if (changed[k] != lower[k]) {
        char c = text[from + k];
        text[from + k] =
            Character.isUpperCase(c)
                ? String.valueOf(changed[k]).toUpperCase(Locale.ROOT).charAt(0)
                : changed[k];
      }
    }
  }
}
