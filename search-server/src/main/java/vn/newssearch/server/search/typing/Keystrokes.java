package vn.newssearch.server.search.typing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Words typed with the input method off: Telex ({@code ddoongj} → "động", {@code nguwowif} →
 * "người") and VNI ({@code tre3} → "trẻ", {@code d9o6ng5} → "động"). A word is decoded only when
 * its keystrokes cannot be a word as they stand: VNI digits after two letters or more, or at least
 * two Telex keys (a doubled vowel or "dd", a "w", a tone letter at the end or before the final
 * consonants; "dd" at the start counts twice), three for a capitalised word; never a word with two
 * capitals; and only when what it spells is one Vietnamese syllable. {@link QueryReader} also
 * checks that the corpus writes the result and not the word as typed.
 */
public final class Keystrokes {
  private Keystrokes() {}

  private static final String TONE_MARKS =
      "\u0301\u0300\u0309\u0303\u0323"; // sắc huyền hỏi ngã nặng
  private static final String TELEX_TONES = "sfrxj";
  private static final java.util.regex.Pattern CODA =
      java.util.regex.Pattern.compile("|ng|nh|ch|[cmnpt]");

  /** The syllable the keystrokes spell, lower case, or null when they are not keystrokes. */
  public static String decode(String word) {
    return decode(word, false);
  }

  /**
   * The same; {@code sure} when another word of the query was keystrokes, so that the input method
   * was off: then one Telex key is enough ("vungf" beside "luwowng").
   */
  public static String decode(String word, boolean sure) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 2 || w.length() > 12) {
      return null;
    }
    int letters = 0;
    boolean digits = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 128 || !Character.isLetterOrDigit(c)) {
        return null;
      }
      letters += Character.isLetter(c) ? 1 : 0;
      digits |= Character.isDigit(c);
    }
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      capitals += Character.isUpperCase(word.charAt(i)) ? 1 : 0;
    }
    // Codes and acronyms ("CO2", "DDOS", "U17") are typed in capitals; keystrokes are not.
    if (capitals > 1 || letters < 2) {
      return null;
    }
    // A capitalised word is often a name or an English word ("Boost", "Moor"): it needs one key
    // more to be read as Telex.
    int keys = sure ? 1 : Character.isUpperCase(word.charAt(0)) ? 3 : 2;
    String out = digits ? vni(w) : telex(w, keys);
    if (out == null) {
      return null;
    }
    String folded = fold(out);
    return SyllableShape.couldBeSyllable(folded) && !out.equals(w) ? out : null;
  }

  private static String vni(String w) {
    if (!Character.isLetter(w.charAt(0))) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    int tone = -1;
    for (char c : w.toCharArray()) {
      if (!Character.isDigit(c)) {
        s.append(c);
        continue;
      }
      switch (c) {
        case '1', '2', '3', '4', '5' -> {
          if (tone >= 0) {
            return null;
          }
          tone = c - '1';
        }
        case '6' -> {
          if (!modifyLast(s, "aeo", "âêô")) {
            return null;
          }
        }
        case '7' -> {
          int i = lastOf(s, "ou");
          if (i < 0) {
            return null;
          }
          s.setCharAt(i, s.charAt(i) == 'o' ? 'ơ' : 'ư');
          if (s.charAt(i) == 'ơ' && i > 0 && s.charAt(i - 1) == 'u') {
            s.setCharAt(i - 1, 'ư'); // "uo7" is "ươ"
          }
        }
        case '8' -> {
          if (!modifyLast(s, "a", "ă")) {
            return null;
          }
        }
        case '9' -> {
          if (!modifyLast(s, "d", "đ")) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    return withTone(s.toString(), tone);
  }

  private static String telex(String w, int minKeys) {
    int keys = 0;
    StringBuilder s = new StringBuilder();
    int tone = -1;
    // The tone key ends the word, or comes right before the final consonants ("vieejt").
    int p = -1;
    for (int i = w.length() - 1; i > 1 && i >= w.length() - 3 && p < 0; i--) {
      if (TELEX_TONES.indexOf(w.charAt(i)) >= 0
          && CODA.matcher(w.substring(i + 1)).matches()
          && (i == w.length() - 1 || "aeiouyw".indexOf(w.charAt(i - 1)) >= 0)) {
        p = i;
      }
    }
    if (p > 0) {
      tone = TELEX_TONES.indexOf(w.charAt(p));
      w = w.substring(0, p) + w.substring(p + 1);
      keys++;
    }
    int end = w.length();
    for (int i = 0; i < end; i++) {
      char c = w.charAt(i);
      char next = i + 1 < end ? w.charAt(i + 1) : 0;
      if ((c == 'd' || c == 'a' || c == 'e' || c == 'o') && next == c) {
        s.append(
            switch (c) {
              case 'd' -> 'đ';
              case 'a' -> 'â';
              case 'e' -> 'ê';
              default -> 'ô';
            });
        i++;
        keys += c == 'd' && i == 1 ? 2 : 1; // "dd" at the start is never a word
      } else if (c == 'w') {
        // The horn or breve goes on the vowels just typed ("nguoiw" is "ngươi"); after a
        // consonant, "w" is "ư" ("nhw"); after "e" or "i" alone it is no key.
        int last = s.length() - 1;
        int first = last;
        while (first >= 0 && isVowel(s.charAt(first))) {
          first--;
        }
        if (first == last) {
          s.append('ư');
        } else {
          int at = -1;
          for (int j = last; j > first; j--) {
            if ("aou".indexOf(s.charAt(j)) >= 0) {
              at = j;
              break;
            }
          }
          if (at < 0) {
            return null;
          }
          char v = s.charAt(at);
          s.setCharAt(at, v == 'a' ? 'ă' : v == 'o' ? 'ơ' : 'ư');
          if (v == 'o' && at > first + 1 && s.charAt(at - 1) == 'u') {
            s.setCharAt(at - 1, 'ư');
          }
        }
        keys++;
      } else {
        s.append(c);
      }
    }
    return keys >= minKeys ? withTone(s.toString(), tone) : null;
  }

  private static boolean modifyLast(StringBuilder s, String from, String to) {
    int i = lastOf(s, from);
    if (i < 0) {
      return false;
    }
    s.setCharAt(i, to.charAt(from.indexOf(s.charAt(i))));
    return true;
  }

  private static int lastOf(StringBuilder s, String chars) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The syllable with its tone on the vowel that carries it, or as is for no tone. */
  private static String withTone(String s, int tone) {
    if (tone < 0) {
      return s;
    }
    int start =
        s.startsWith("qu")
            ? 2
            : s.startsWith("gi") && s.length() > 2 && isVowel(s.charAt(2)) ? 2 : 0;
    while (start < s.length() && !isVowel(s.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < s.length() && isVowel(s.charAt(end))) {
      end++;
    }
    if (start == end) {
      return null;
    }
    int at = -1;
    for (int i = start; i < end; i++) {
      if ("âêôơăư".indexOf(s.charAt(i)) >= 0) {
        at = i; // the last marked vowel: "ươ" takes it on "ơ"
      }
    }
    if (at < 0) {
      int n = end - start;
      boolean coda = end < s.length();
      at = n == 1 ? start : coda ? end - 1 : n == 3 ? start + 1 : start;
    }
    String marked = s.charAt(at) + TONE_MARKS.substring(tone, tone + 1);
    return s.substring(0, at)
        + Normalizer.normalize(marked, Normalizer.Form.NFC)
        + s.substring(at + 1);
  }

  private static boolean isVowel(char c) {
    return "aeiouyâêôơăư".indexOf(c) >= 0;
  }

  private static String fold(String s) {
    return vn.newssearch.schema.VietnameseAnalysis.foldKey(s);
  }
}
