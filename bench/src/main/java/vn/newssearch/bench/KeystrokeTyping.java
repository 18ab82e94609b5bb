package vn.newssearch.bench;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Types an accented syllable as its keystrokes with the input method off, as the benchmark's Telex
 * and VNI queries need them: "động" → {@code ddoongj} (Telex) or {@code d9o6ng5} (VNI). Marks of
 * letters follow their letter; the tone key ends the word, the commonest way to type it.
 */
final class KeystrokeTyping {
  private KeystrokeTyping() {}

  /** Combining tone marks in the order of both schemes: sắc, huyền, hỏi, ngã, nặng. */
  private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";

  private static final String TELEX_TONES = "sfrxj";

  /** {@code syllable} (lower case) as Telex keystrokes. */
  static String telex(String syllable) {
    return type(syllable, true);
  }

  /** {@code syllable} (lower case) as VNI keystrokes. */
  static String vni(String syllable) {
    return type(syllable, false);
  }

  private static String type(String syllable, boolean telex) {
    String d = Normalizer.normalize(syllable.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    int tone = -1;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int t = TONES.indexOf(c);
      if (t >= 0) {
        tone = t;
      } else if (c == 'đ') {
        out.append(telex ? "dd" : "d9");
      } else if (c == '\u0302') { // circumflex: â ê ô
        out.append(telex ? out.charAt(out.length() - 1) : '6');
      } else if (c == '\u031B') { // horn: ơ ư
        out.append(telex ? 'w' : '7');
      } else if (c == '\u0306') { // breve: ă
        out.append(telex ? 'w' : '8');
      } else {
        out.append(c);
      }
    }
    if (tone >= 0) {
      out.append(telex ? TELEX_TONES.charAt(tone) : (char) ('1' + tone));
    }
    return out.toString();
  }
}
