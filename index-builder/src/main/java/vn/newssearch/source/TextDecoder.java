package vn.newssearch.source;

import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a text file's bytes into NFC text. Accepts UTF-8 (with or without a BOM), UTF-16 with a BOM
 * and Windows-1258, the old Vietnamese code page that writes tones as combining marks. Anything
 * else is refused with the line of the first bad byte, so mojibake never reaches the index.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** Bytes 0x80–0xFF that Vietnamese text in Windows-1258 uses: vowels, Đ, tone marks, quotes. */
  private static final boolean[] CP1258_VIETNAMESE = new boolean[256];

  /** Bytes that only Windows-1258 Vietnamese has: the five tone marks and Ă Đ Ơ Ư (both cases). */
  private static final boolean[] CP1258_SIGNATURE = new boolean[256];

  static {
    for (int b :
        new int[] {
          0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCC, 0xCD, 0xD0, 0xD2, 0xD3, 0xD4, 0xD5, 0xD9,
          0xDA, 0xDD, 0xDE, 0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF0, 0xF2, 0xF3,
          0xF4, 0xF5, 0xF9, 0xFA, 0xFD, 0xFE, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xA0,
          0xA9, 0xAB, 0xB0, 0xBB
        }) {
      CP1258_VIETNAMESE[b] = true;
    }
    for (int b :
        new int[] {0xCC, 0xEC, 0xD2, 0xDE, 0xF2, 0xC3, 0xE3, 0xD0, 0xF0, 0xD5, 0xF5, 0xDD}) {
      CP1258_SIGNATURE[b] = true;
    }
    CP1258_SIGNATURE[0xFD] = true;
  }

  /** Decodes a whole file. */
  public static String decode(byte[] bytes) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(1, "empty file");
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(StandardCharsets.UTF_8, bytes, 3, "UTF-8");
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(StandardCharsets.UTF_16LE, bytes, 2, "UTF-16LE");
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(StandardCharsets.UTF_16BE, bytes, 2, "UTF-16BE");
    } else {
      rejectBinary(bytes);
      text = utf8OrWindows1258(bytes);
    }
    if (text.isBlank()) {
      throw new BadInputException(1, "empty file (only white space)");
    }
    return nfc(text);
  }

  /** NFC, without copying text that already is (almost all of it). */
  public static String nfc(String s) {
    if (s == null || NFC.isNormalized(s)) {
      return s;
    }
    return NFC.normalize(s);
  }

  /** The offset of the first byte that is not valid UTF-8 in the range, or -1 when all are. */
  public static int firstInvalidUtf8(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder = reportingDecoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(Math.max(16, length));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    return -1;
  }

  private static String utf8OrWindows1258(byte[] bytes) throws BadInputException {
    CharsetDecoder decoder = reportingDecoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return out.flip().toString();
    }
    if (looksLikeWindows1258(bytes)) {
      return new String(bytes, WINDOWS_1258);
    }
    int at = in.position();
    throw new BadInputException(
        lineAt(bytes, at),
        String.format(
            Locale.ROOT,
            "invalid UTF-8: byte 0x%02X at offset %d (and not Windows-1258 Vietnamese either)",
            bytes[at] & 0xFF,
            at));
  }

  /**
   * True when every high byte is one Windows-1258 Vietnamese uses and some are its signature bytes
   * (tone marks, Ă Đ Ơ Ư), so Latin-1 or random binary is not mistaken for it.
   */
  static boolean looksLikeWindows1258(byte[] bytes) {
    int high = 0;
    int vietnamese = 0;
    int signature = 0;
    for (byte value : bytes) {
      int b = value & 0xFF;
      if (b >= 0x80) {
        high++;
        if (CP1258_VIETNAMESE[b]) {
          vietnamese++;
        }
        if (CP1258_SIGNATURE[b]) {
          signature++;
        }
      }
    }
    return signature > 0 && vietnamese >= high * 0.95;
  }

  private static void rejectBinary(byte[] bytes) throws BadInputException {
    int controls = 0;
    int scanned = Math.min(bytes.length, 1 << 16);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new BadInputException(
            lineAt(bytes, i), "binary file (NUL byte at offset " + i + "), not text");
      }
      if (i < scanned
          && b < 0x20
          && b != '\t'
          && b != '\n'
          && b != '\r'
          && b != '\f'
          && b != 0x1B) {
        controls++;
      }
    }
    if (controls > scanned / 100) {
      throw new BadInputException(
          1, "binary file (" + controls + " control bytes in the first " + scanned + "), not text");
    }
  }

  private static String strict(Charset charset, byte[] bytes, int skip, String name)
      throws BadInputException {
    try {
      String text =
          reportingDecoder(charset)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString();
      return text;
    } catch (CharacterCodingException e) {
      CharsetDecoder decoder = reportingDecoder(charset);
      ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      decoder.decode(in, out, true);
      out.flip();
      long line = 1 + out.chars().filter(c -> c == '\n').count();
      throw new BadInputException(
          line,
          "invalid "
              + name
              + " at offset "
              + in.position()
              + " (the file has a "
              + name
              + " byte order mark)");
    }
  }

  private static CharsetDecoder reportingDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The 1-based line holding byte {@code offset}. */
  static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
