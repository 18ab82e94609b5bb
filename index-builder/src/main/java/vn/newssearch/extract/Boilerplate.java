package vn.newssearch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The site-specific phrases that page structure alone cannot tell apart (navigation, the site
 * clock's marker, caption openers, honorifics), loaded from a data file so that a new site needs no
 * code. The format is documented in the bundled {@code boilerplate.txt}.
 */
public final class Boilerplate {
  static final String BUNDLED = "boilerplate.txt";

  private final List<String> navigation;
  private final List<String> clock;
  private final List<String> caption;
  private final List<String> honorific;
  private final List<String> related;

  private Boilerplate(
      List<String> navigation,
      List<String> clock,
      List<String> caption,
      List<String> honorific,
      List<String> related) {
    this.related = List.copyOf(related);
    List<String> nav = new ArrayList<>(navigation);
    nav.addAll(related); // a related box's heading is navigation too
    this.navigation = List.copyOf(nav);
    this.clock = List.copyOf(clock);
    this.caption = List.copyOf(caption);
    this.honorific = List.copyOf(honorific);
  }

  /** The phrases bundled with the library. */
  public static Boilerplate bundled() {
    try (InputStream in = Boilerplate.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the file format; an unknown section or a phrase before any section is an error. */
  public static Boilerplate read(Reader reader) throws IOException {
    List<String> nav = new ArrayList<>();
    List<String> clk = new ArrayList<>();
    List<String> cap = new ArrayList<>();
    List<String> hon = new ArrayList<>();
    List<String> rel = new ArrayList<>();
    List<String> current = null;
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
      number++;
      String line = PageLines.trim(raw);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            switch (line) {
              case "[navigation]" -> nav;
              case "[clock]" -> clk;
              case "[caption]" -> cap;
              case "[honorific]" -> hon;
              case "[related]" -> rel;
              default -> throw new IOException("line " + number + ": unknown section " + line);
            };
        continue;
      }
      if (current == null) {
        throw new IOException("line " + number + ": phrase before any [section]: " + line);
      }
      String phrase = key(current == cap ? line : withoutColon(line));
      if (phrase.isEmpty()) {
        throw new IOException("line " + number + ": empty phrase");
      }
      current.add(phrase);
    }
    return new Boilerplate(nav, clk, cap, hon, rel);
  }

  // The matchers below run on every short line of every page: no allocation, no normalisation
  // (page text is NFC already); regionMatches(ignoreCase) handles Vietnamese capitals.

  /** Navigation: the phrase itself, or the phrase followed by ':' or '|' ("Tags: ..."). */
  public boolean isNavigation(String line) {
    return matchesListHead(navigation, line);
  }

  private static boolean matchesListHead(List<String> phrases, String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ':' || PageLines.isSpace(line.charAt(end - 1)))) {
      end--;
    }
    char first = end == 0 ? 0 : Character.toLowerCase(line.charAt(0));
    for (String p : phrases) {
      int n = p.length();
      if (n <= end
          && p.charAt(0) == first
          && line.regionMatches(true, 0, p, 0, n)
          && (n == end || isListMark(line, n, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The heading of a box of other stories ("Tin liên quan", "Xem thêm"): the story titles under it
   * are never body, wherever the box sits.
   */
  public boolean isRelated(String line) {
    return matchesListHead(related, line);
  }

  /** A timestamp line that carries a clock marker ("Cập nhật", "GMT") is the site's clock. */
  public boolean isClock(String timestampLine) {
    for (String p : clock) {
      for (int i = 0; i + p.length() <= timestampLine.length(); i++) {
        if (timestampLine.regionMatches(true, i, p, 0, p.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A line opening with a caption phrase, the phrase followed by a non-letter or the end. */
  public boolean opensCaption(String line) {
    char first = line.isEmpty() ? 0 : Character.toLowerCase(line.charAt(0));
    for (String p : caption) {
      int n = p.length();
      if (p.charAt(0) == first
          && line.regionMatches(true, 0, p, 0, n)
          && (line.length() == n || !Character.isLetter(line.charAt(n)))) {
        return true;
      }
    }
    return false;
  }

  /** The first word is a form of address ("Ông", "Bà"): a person in a caption, not a byline. */
  public boolean startsWithHonorific(String line) {
    for (String p : honorific) {
      int n = p.length();
      if (line.length() > n && line.regionMatches(true, 0, p, 0, n) && line.charAt(n) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean isListMark(String l, int at, int end) {
    char c = l.charAt(at);
    if (c == ':' || c == '|' || isCount(l, at, end)) {
      return true;
    }
    return c == ' ' && at + 1 < end && (l.charAt(at + 1) == ':' || l.charAt(at + 1) == '|');
  }

  /** A count in brackets closing the line: "Bình luận (12)", "Ý kiến bạn đọc (0)". */
  private static boolean isCount(String l, int at, int end) {
    int i = at;
    while (i < end && l.charAt(i) == ' ') {
      i++;
    }
    if (i >= end || l.charAt(i) != '(' || l.charAt(end - 1) != ')' || end - i < 3) {
      return false;
    }
    for (int j = i + 1; j < end - 1; j++) {
      if (!Character.isDigit(l.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Case and Unicode form do not matter when matching: NFC, lower case, trimmed. */
  private static String key(String s) {
    String t = PageLines.trim(s);
    if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
      t = Normalizer.normalize(t, Normalizer.Form.NFC);
    }
    return t.toLowerCase(Locale.ROOT);
  }

  private static String withoutColon(String s) {
    String t = PageLines.trim(s);
    return t.endsWith(":") ? PageLines.trim(t.substring(0, t.length() - 1)) : t;
  }
}
