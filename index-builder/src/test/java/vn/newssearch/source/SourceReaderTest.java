package vn.newssearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path dir;

  private final List<SourceRecord> records = new ArrayList<>();
  private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

  private SourceReader read(Path... inputs) throws InterruptedException {
    SourceReader reader = new SourceReader(List.of(inputs), problems::add);
    reader.readAll(records::add);
    return reader;
  }

  private List<String> problemLines() {
    return problems.stream().map(Problem::toString).toList();
  }

  @Test
  void bundledSampleFolderIsWalkedInPathOrderWithEachFormatByName() throws Exception {
    SourceReader reader = read(TestFiles.sample());
    assertThat(reader.files())
        .extracting(f -> TestFiles.sample().relativize(f.path()).toString(), InputFile::format)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dantri-sample.jsonl", InputFile.Format.JSON_LINES),
            org.assertj.core.groups.Tuple.tuple(
                "pages/000_500632ae6ba68493.txt", InputFile.Format.PAGE),
            org.assertj.core.groups.Tuple.tuple(
                "pages/004_c53f1c4dec8d04f7.txt", InputFile.Format.PAGE),
            org.assertj.core.groups.Tuple.tuple(
                "vietnews-labour-sample.jsonl", InputFile.Format.JSON_LINES));
    assertThat(records).hasSize(452);
    assertThat(records.stream().filter(r -> r instanceof SourceRecord.PageText)).hasSize(2);
    assertThat(problems)
        .extracting(Problem::kind, Problem::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.SKIPPED, "not an input format (.md)"),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.SKIPPED, "not an input format (.py)"));
    assertThat(reader.filesRead()).isEqualTo(4);
    assertThat(reader.textBytes()).isGreaterThan(1_900_000);
  }

  @Test
  void jsonLinesRecordsKeepTheirFieldsAndLineNumbers() throws Exception {
    read(TestFiles.sample().resolve("dantri-sample.jsonl"));
    SourceRecord.JsonArticle first = (SourceRecord.JsonArticle) records.getFirst();
    assertThat(first.origin().line()).isEqualTo(1);
    assertThat(first.id()).isEqualTo("dantri-news_business_046");
    assertThat(first.url()).startsWith("https://dantri.com.vn/kinh-doanh/");
    assertThat(first.published()).isEqualTo("2021-04-22");
    assertThat(first.source()).isEqualTo("dantri.com.vn");
    assertThat(first.body()).startsWith("Họp đại hội cổ đông của Hòa Phát");
    assertThat(records.getLast().origin().line()).isEqualTo(200);
  }

  @Test
  void gzippedJsonLinesReadLikePlainOnes() throws Exception {
    Path plain = TestFiles.sample().resolve("vietnews-labour-sample.jsonl");
    Path gz = dir.resolve("labour.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain, out);
    }
    read(plain);
    List<SourceRecord> fromPlain = List.copyOf(records);
    records.clear();
    SourceReader reader = read(gz);
    assertThat(records).hasSize(250);
    assertThat(records)
        .extracting(r -> ((SourceRecord.JsonArticle) r).body())
        .containsExactlyElementsOf(
            fromPlain.stream().map(r -> ((SourceRecord.JsonArticle) r).body()).toList());
    assertThat(reader.bytesConsumed()).isEqualTo(Files.size(gz));
    assertThat(reader.textBytes()).isEqualTo(Files.size(plain));
  }

  @Test
  void badJsonLinesAreReportedByLineAndTheRestIsRead() throws Exception {
    Path file =
        write(
            "mixed.jsonl",
            """
            {"id": "a", "body": "Thân bài một."}
            [1, 2, 3]
            {"id": "b", "body": "Thiếu ngoặc"
            "just a string"

            {"id": "c", "title": {"nested": true}, "body": "x"}
            {"id": "d", "body": "Thân bài bốn.", "captions": ["Ảnh 1", "Ảnh 2"], "extra": [1]}
            """);
    read(file);
    assertThat(records)
        .extracting(r -> ((SourceRecord.JsonArticle) r).id())
        .containsExactly("a", "d");
    assertThat(((SourceRecord.JsonArticle) records.get(1)).captions())
        .containsExactly("Ảnh 1", "Ảnh 2");
    assertThat(problemLines())
        .containsExactly(
            file + ":2: line is not a JSON object (it starts with an array)",
            file
                + ":3: malformed JSON at byte 38: Unexpected end-of-input: expected close marker"
                + " for Object",
            file + ":4: line is not a JSON object (it starts with a string)",
            file + ":6: field \"title\" is an object, not a string");
  }

  @Test
  void invalidUtf8InAJsonLineIsReportedAndNotRead() throws Exception {
    Path file = dir.resolve("bad-utf8.jsonl");
    byte[] good = "{\"id\": \"ok\", \"body\": \"Lao động\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        "{\"id\": \"bad\", \"body\": \"Lao \u0111\u00f4ng\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, concat(good, bad, good));
    read(file);
    assertThat(records).hasSize(2);
    assertThat(problemLines())
        .containsExactly(
            file + ":2: invalid UTF-8: byte 0xF4 at column 29 (JSON Lines must be UTF-8)");
  }

  @Test
  void aTwentyMegabyteLineIsRefusedWhileStreamingAndTheNextLinesAreRead() throws Exception {
    Path file = dir.resolve("huge.jsonl");
    int huge = 20 * 1024 * 1024;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\": \"before\", \"body\": \"Trước.\"}\n".getBytes(StandardCharsets.UTF_8));
      byte[] head = "{\"id\": \"huge\", \"body\": \"".getBytes(StandardCharsets.UTF_8);
      out.write(head);
      byte[] chunk = new byte[1 << 16];
      java.util.Arrays.fill(chunk, (byte) 'a');
      long left = huge - head.length - 2;
      while (left > 0) {
        int n = (int) Math.min(chunk.length, left);
        out.write(chunk, 0, n);
        left -= n;
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8), 0, 3);
      out.write("{\"id\": \"after\", \"body\": \"Sau.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    read(file);
    assertThat(records)
        .extracting(r -> ((SourceRecord.JsonArticle) r).id())
        .containsExactly("before", "after");
    assertThat(problemLines())
        .containsExactly(file + ":2: line is " + huge + " bytes, over the 8 MiB limit");
  }

  @Test
  void aLongLineNeverGrowsTheBufferBeyondTheLimit() throws Exception {
    byte[] input = ("short\n" + "x".repeat(10_000) + "\nlast").getBytes(StandardCharsets.UTF_8);
    LineReader lines = new LineReader(new java.io.ByteArrayInputStream(input), 1000);
    assertThat(lines.next()).isTrue();
    assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8))
        .isEqualTo("short");
    assertThat(lines.next()).isTrue();
    assertThat(lines.tooLong()).isTrue();
    assertThat(lines.lineLength()).isEqualTo(10_000);
    assertThat(lines.bytes().length).isLessThanOrEqualTo(1000);
    assertThat(lines.next()).isTrue();
    assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8))
        .isEqualTo("last");
    assertThat(lines.lineNumber()).isEqualTo(3);
    assertThat(lines.next()).isFalse();
  }

  @Test
  void emptyBinaryAndUtf16JsonLinesFilesAreReportedOnce() throws Exception {
    Path empty = write("empty.jsonl", "");
    Path blank = write("blank.jsonl", "\n\n  \n");
    Path binary = dir.resolve("binary.jsonl");
    Files.write(binary, new byte[] {'{', 0, 1, 2, 3, '\n', 0, 0, '\n'});
    Path utf16 = dir.resolve("utf16.jsonl");
    Files.write(
        utf16,
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "{\"body\":\"x\"}\n".getBytes(StandardCharsets.UTF_16LE)));
    Path notGzip = write("fake.jsonl.gz", "{\"body\": \"not compressed\"}\n");
    read(empty, blank, binary, utf16, notGzip);
    assertThat(records).isEmpty();
    assertThat(problemLines())
        .containsExactly(
            empty + ":1: empty file",
            blank + ":1: empty file",
            binary + ":1: binary file (NUL byte at offset 1), not JSON Lines",
            utf16 + ":1: JSON Lines must be UTF-8; this file is UTF-16",
            notGzip + ": not a gzip file, although its name ends in .gz");
  }

  @Test
  void pagesInEveryEncodingBecomeTheSameNfcText() throws Exception {
    String seed = TestFiles.read(TestFiles.seed000());
    Files.write(dir.resolve("a-utf8.txt"), seed.getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("b-cp1258.txt"), TestFiles.windows1258(seed));
    Files.write(
        dir.resolve("c-utf16le.txt"),
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, seed.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(
        dir.resolve("d-nfd"),
        java.text.Normalizer.normalize(seed, java.text.Normalizer.Form.NFD)
            .getBytes(StandardCharsets.UTF_8));
    read(dir);
    assertThat(problems).isEmpty();
    assertThat(records).hasSize(4);
    assertThat(records)
        .allSatisfy(r -> assertThat(((SourceRecord.PageText) r).text()).isEqualTo(seed));
    assertThat(records).allSatisfy(r -> assertThat(r.origin().line()).isEqualTo(1));
  }

  @Test
  void badPagesAreReportedWithFileLineAndReason() throws Exception {
    Path empty = write("empty.txt", "");
    Path binary = dir.resolve("image.txt");
    Files.write(binary, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 0, 1});
    Path invalid = dir.resolve("invalid.txt");
    Files.write(
        invalid,
        concat(
            "Dòng một\nDòng hai ".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, 0x28}));
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[9 << 20]);
    read(empty, binary, invalid, big);
    assertThat(records).isEmpty();
    assertThat(problemLines())
        .containsExactly(
            empty + ":1: empty file",
            binary + ":1: binary file (NUL byte at offset 6), not text",
            invalid
                + ":2: invalid UTF-8: byte 0xC3 at offset 22 (and not Windows-1258 Vietnamese either)",
            big + ":1: page is 9437184 bytes, over the 8 MiB limit");
  }

  @Test
  void foldersSkipUnknownAndHiddenFilesButNamedFilesAreAlwaysRead() throws Exception {
    Files.createDirectories(dir.resolve("b/.git"));
    write("b/.git/config", "[core]");
    write("b/notes.md", "# notes");
    write("b/page", "Một trang không có phần mở rộng.");
    write("a.txt", "Trang A.");
    Path named = write("named.html", "Trang đặt tên rõ ràng.");
    SourceReader reader =
        read(dir.resolve("b"), dir.resolve("a.txt"), named, dir.resolve("missing.jsonl"));
    assertThat(reader.files())
        .extracting(InputFile::path)
        .containsExactly(dir.resolve("b/page"), dir.resolve("a.txt"), named);
    assertThat(problemLines())
        .containsExactlyInAnyOrder(
            dir.resolve("b/.git/config") + ": hidden file",
            dir.resolve("b/notes.md") + ": not an input format (.md)",
            dir.resolve("missing.jsonl") + ": no such file or folder");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
