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

  private Boilerplate(
      List<String> navigation, List<String> clock, List<String> caption, List<String> honorific) {
    this.navigation = List.copyOf(navigation);
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
              default -> throw new IOException("line " + number + ": unknown section " + line + "");
            };
        continue;
      }
      if (current == null) {
        throw new IOException("line " + number + ": phrase before any [section]: " + line);
      }
      current.add(key(current == cap ? line : withoutColon(line)));
    }
    return new Boilerplate(nav, clk, cap, hon);
  }

  /** Navigation: the phrase itself, or the phrase followed by ':' or '|' ("Tags: ..."). */
  public boolean isNavigation(String line) {
    String l = key(withoutColon(line));
    for (String p : navigation) {
      if (l.startsWith(p)
          && (l.length() == p.length() || isListMark(l.charAt(p.length()), l, p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A timestamp line that carries a clock marker ("Cập nhật", "GMT") is the site's clock. */
  public boolean isClock(String timestampLine) {
    String l = key(timestampLine);
    for (String p : clock) {
      if (l.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** A line opening with a caption phrase, the phrase followed by a non-letter or the end. */
  public boolean opensCaption(String line) {
    String l = key(line);
    for (String p : caption) {
      if (l.startsWith(p)
          && (l.length() == p.length() || !Character.isLetter(l.charAt(p.length())))) {
        return true;
      }
    }
    return false;
  }

  /** The first word is a form of address ("Ông", "Bà"): a person in a caption, not a byline. */
  public boolean startsWithHonorific(String line) {
    String l = key(line);
    for (String p : honorific) {
      if (l.startsWith(p) && l.length() > p.length() && l.charAt(p.length()) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean isListMark(char c, String l, int at) {
    if (c == ':' || c == '|') {
      return true;
    }
    return c == ' ' && at + 1 < l.length() && (l.charAt(at + 1) == ':' || l.charAt(at + 1) == '|');
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
