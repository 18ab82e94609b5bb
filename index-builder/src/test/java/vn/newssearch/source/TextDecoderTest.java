package vn.newssearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void jdkHasTheWindows1258Charset() {
    assertThat(TextDecoder.WINDOWS_1258.name()).isEqualTo("windows-1258");
  }

  @Test
  void utf8SeedDecodesUnchanged() throws Exception {
    String seed = TestFiles.read(TestFiles.seed000());
    assertThat(TextDecoder.decode(Files.readAllBytes(TestFiles.seed000()))).isEqualTo(seed);
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    byte[] seed = Files.readAllBytes(TestFiles.seed004());
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seed);
    assertThat(TextDecoder.decode(withBom)).isEqualTo(TestFiles.read(TestFiles.seed004()));
  }

  @Test
  void utf16LittleAndBigEndianWithByteOrderMarkDecode() throws Exception {
    String seed = TestFiles.read(TestFiles.seed000());
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, seed.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, seed.getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode(le)).isEqualTo(seed);
    assertThat(TextDecoder.decode(be)).isEqualTo(seed);
  }

  @Test
  void windows1258SeedWithCombiningToneMarksDecodesToTheSameNfcText() throws Exception {
    String seed = TestFiles.read(TestFiles.seed000());
    byte[] cp1258 = TestFiles.windows1258(seed);
    // The tone marks really are separate bytes: "Bộ" is B, ô (0xF4), combining dot below (0xF2).
    assertThat(indexOf(cp1258, new byte[] {'B', (byte) 0xF4, (byte) 0xF2}))
        .isGreaterThanOrEqualTo(0);
    String decoded = TextDecoder.decode(cp1258);
    assertThat(decoded).isEqualTo(seed);
    assertThat(decoded).contains("Bộ Lao động, Thương binh và Xã hội");
  }

  @Test
  void decomposedInputIsComposed() throws Exception {
    String seed = TestFiles.read(TestFiles.seed004());
    String nfd = Normalizer.normalize(seed, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(seed);
    assertThat(TextDecoder.decode(nfd.getBytes(StandardCharsets.UTF_8))).isEqualTo(seed);
  }

  @Test
  void invalidUtf8IsRefusedWithTheLineOfTheFirstBadByte() {
    byte[] bytes = "dòng một\ndòng hai\nlỗi \u00ff ở đây\n".getBytes(StandardCharsets.UTF_8);
    // Replace the two-byte "ÿ" with a lone continuation byte and a stray 0xFF.
    int at = indexOf(bytes, "\u00ff".getBytes(StandardCharsets.UTF_8));
    bytes[at] = (byte) 0xFF;
    bytes[at + 1] = (byte) 0x80;
    assertThatThrownBy(() -> TextDecoder.decode(bytes))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("invalid UTF-8: byte 0xFF at offset " + at)
        .satisfies(e -> assertThat(((BadInputException) e).line()).isEqualTo(3));
  }

  @Test
  void latin1TextIsNotMistakenForWindows1258() {
    byte[] latin1 = "Le café est très bon, à Paris.\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextDecoder.decode(latin1))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void binaryAndEmptyInputsAreRefused() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
    assertThatThrownBy(() -> TextDecoder.decode(" \n\n\t".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("empty file");
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThatThrownBy(() -> TextDecoder.decode(png))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("binary file (NUL byte at offset 8)");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
