package vn.newssearch.extract.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newssearch.source.BadInputException;
import vn.newssearch.source.TextDecoder;

/**
 * A saved page's bytes → text, as a browser would pick the charset: a byte order mark first, then
 * what the HTTP response or the page's {@code <meta>} declares (a declared {@code windows-1258}
 * included), then the bytes themselves ({@link TextDecoder}: UTF-8, else Windows-1258 Vietnamese,
 * else refused). Bytes that are valid UTF-8 are read as UTF-8 even when a single-byte charset is
 * declared: such a mislabel is common, while Vietnamese in a legacy code page that happens to be
 * valid UTF-8 does not occur.
 */
public final class HtmlDecoder {
  private HtmlDecoder() {}

  /** How far into the page a {@code <meta charset>} is looked for (the spec says 1024). */
  private static final int PRESCAN = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\s[^>]{0,300}?charset\\s{0,3}=\\s{0,3}[\"']?\\s{0,3}([a-z0-9_.:-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  /**
   * The decoded page and where its charset came from, for {@code parse --explain}. The text is not
   * normalised here: every value taken from it is made NFC on its own (a whole page is 20 times
   * more text than its article).
   */
  public record Decoded(String html, String charset, String from) {}

  public static Decoded decode(byte[] bytes, String httpCharset) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(1, "empty file");
    }
    if (hasBom(bytes)) {
      return new Decoded(TextDecoder.decode(bytes), "UTF (BOM)", "byte order mark");
    }
    String declared = clean(httpCharset);
    String from = "HTTP Content-Type";
    if (declared == null) {
      declared = metaCharset(bytes);
      from = "<meta> charset";
    }
    Charset charset = lookup(declared);
    String utf8 = utf8(bytes);
    if (charset != null
        && utf8 == null
        && !charset.equals(StandardCharsets.UTF_8)
        && !charset.name().startsWith("UTF-")) {
      rejectNul(bytes);
      String text = new String(bytes, charset);
      if (text.isBlank()) {
        throw new BadInputException(1, "empty file (only white space)");
      }
      return new Decoded(text, charset.name(), from);
    }
    if (utf8 != null) {
      if (utf8.isBlank()) {
        throw new BadInputException(1, "empty file (only white space)");
      }
      return new Decoded(utf8, "UTF-8", declared == null ? "the bytes (no declaration)" : from);
    }
    // Not UTF-8 and nothing usable declared: Windows-1258 by its bytes, or a clear refusal.
    return new Decoded(TextDecoder.decode(bytes), "windows-1258", "the bytes");
  }

  /**
   * The bytes as UTF-8, or null when they are not valid UTF-8 or hold a NUL. The JDK's own decoder
   * is the fast one; a replacement character in its output sends the page to the strict check (a
   * page may hold a real U+FFFD, which the strict path then accepts).
   */
  private static String utf8(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (s.indexOf('\u0000') >= 0) {
      return null;
    }
    if (s.indexOf('\uFFFD') >= 0 && TextDecoder.firstInvalidUtf8(bytes, 0, bytes.length) >= 0) {
      return null;
    }
    return s;
  }

  /** The charset a {@code <meta charset>} or {@code http-equiv} tag near the top declares. */
  static String metaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? clean(m.group(1)) : null;
  }

  private static Charset lookup(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String clean(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.isEmpty() ? null : n;
  }

  private static boolean hasBom(byte[] b) {
    int b0 = b[0] & 0xFF;
    int b1 = b.length > 1 ? b[1] & 0xFF : -1;
    return b0 == 0xEF && b1 == 0xBB || b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
  }

  private static void rejectNul(byte[] bytes) throws BadInputException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException(1, "binary file (NUL byte at offset " + i + "), not HTML");
      }
    }
  }
}
