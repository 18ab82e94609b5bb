package vn.newssearch.source;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/** Real inputs for tests: the bundled seed pages and samples, and encodings made from them. */
public final class TestFiles {
  private TestFiles() {}

  /** The repository root (surefire sets repo.dir). */
  public static Path repo() {
    return Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
  }

  public static Path sample() {
    return repo().resolve("data/sample");
  }

  public static Path seed000() {
    return sample().resolve("pages/000_500632ae6ba68493.txt");
  }

  public static Path seed004() {
    return sample().resolve("pages/004_c53f1c4dec8d04f7.txt");
  }

  public static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The five tone marks that Windows-1258 writes as separate combining characters. */
  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

  /**
   * The text as an old Vietnamese Windows page stores it: from the NFD form, letters with
   * circumflex, breve or horn recomposed (cp1258 has them precomposed), tone marks left combining.
   */
  public static byte[] windows1258(String text) throws CharacterCodingException {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder cp1258Form = new StringBuilder();
    StringBuilder tones = new StringBuilder();
    StringBuilder letter = new StringBuilder();
    for (int i = 0; i <= nfd.length(); i++) {
      char c = i < nfd.length() ? nfd.charAt(i) : ' ';
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        (TONE_MARKS.indexOf(c) >= 0 ? tones : letter).append(c);
        continue;
      }
      cp1258Form.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
      letter.setLength(0);
      tones.setLength(0);
      if (i < nfd.length()) {
        letter.append(c);
      }
    }
    CharsetEncoder encoder =
        TextDecoder.WINDOWS_1258
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var bytes = encoder.encode(CharBuffer.wrap(cp1258Form));
    byte[] out = new byte[bytes.remaining()];
    bytes.get(out);
    return out;
  }
}
