package vn.newssearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved HTML pages and web archives, from folders and from the command line. */
class WebInputsTest {
  @TempDir Path dir;

  private final List<SourceRecord> records = new ArrayList<>();
  private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

  private void read(Path... inputs) throws InterruptedException {
    new SourceReader(List.of(inputs), problems::add).readAll(records::add);
  }

  private List<String> problemLines() {
    return problems.stream().map(Problem::toString).toList();
  }

  @Test
  void htmlPagesAndArchivesInAFolderAreReadByTheirNames() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("crawl"));
    String page = TestWarcs.fixture("dantri-jsonld.html");
    Files.writeString(folder.resolve("a.html"), page, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b.HTM"), page, StandardCharsets.UTF_8);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(folder.resolve("c.html.gz")))) {
      out.write(page.getBytes(StandardCharsets.UTF_8));
    }
    TestWarcs.write(folder.resolve("d.warc.gz"), true);
    Files.writeString(folder.resolve("notes.md"), "# notes", StandardCharsets.UTF_8);

    read(folder);
    assertThat(records)
        .extracting(r -> r.origin().file().getFileName().toString())
        .containsExactly("a.html", "b.HTM", "c.html.gz", "d.warc.gz", "d.warc.gz");
    assertThat(records).allMatch(r -> r instanceof SourceRecord.HtmlPage);
    SourceRecord.HtmlPage unzipped = (SourceRecord.HtmlPage) records.get(2);
    assertThat(new String(unzipped.bytes(), StandardCharsets.UTF_8)).isEqualTo(page);
    assertThat(problemLines())
        .filteredOn(p -> !p.contains("d.warc.gz@"))
        .containsExactly(folder.resolve("notes.md") + ": not an input format (.md)");
  }

  @Test
  void everyHtmlResponseInAnArchiveIsAPageAndTheOtherRecordsAreCountedByReason() throws Exception {
    for (boolean gzip : new boolean[] {false, true}) {
      records.clear();
      problems.clear();
      Path warc = TestWarcs.write(dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), gzip);
      read(warc);
      assertThat(records)
          .extracting(
              r -> ((SourceRecord.HtmlPage) r).url(), r -> ((SourceRecord.HtmlPage) r).charset())
          .containsExactly(
              Tuple.tuple(TestWarcs.DANTRI_URI, "UTF-8"), Tuple.tuple(TestWarcs.VOV_URI, "utf-8"));
      // The second page was sent gzip-encoded: the record holds the decoded HTML.
      assertThat(
              new String(((SourceRecord.HtmlPage) records.get(1)).bytes(), StandardCharsets.UTF_8))
          .startsWith("<!DOCTYPE html>");
      assertThat(records)
          .allMatch(r -> r.origin().offset() >= 0 && r.origin().toString().contains("@"));
      assertThat(problems).allMatch(p -> p.kind() == Problem.Kind.SKIPPED);
      assertThat(problems)
          .extracting(Problem::reason)
          .containsExactlyInAnyOrder(
              "WARC warcinfo record",
              "WARC response not HTTP (text/dns)",
              "WARC request record",
              "WARC response not HTML (image/jpeg)",
              "WARC response not HTML (application/javascript)",
              "WARC response with HTTP status 301",
              "WARC response with HTTP status 404",
              "WARC request record",
              "WARC metadata record");
    }
  }

  @Test
  void aRevisitRecordIsCountedAsSkippedWithItsReason() throws Exception {
    Path warc = TestWarcs.writeWithRevisit(dir.resolve("dedup.warc"));
    read(warc);
    assertThat(records)
        .extracting(r -> ((SourceRecord.HtmlPage) r).url())
        .containsExactly(TestWarcs.DANTRI_URI);
    assertThat(problems).allMatch(p -> p.kind() == Problem.Kind.SKIPPED);
    assertThat(problems)
        .extracting(Problem::reason)
        .containsExactly(
            "WARC revisit record (the same page as an earlier capture, not stored again)",
            "WARC revisit record (the server said not modified, no page stored)");
    assertThat(problemLines()).allMatch(l -> l.startsWith(warc + "@"));
  }

  @Test
  void aTruncatedArchiveGivesItsWholeRecordsAndFailsAtTheCutOne() throws Exception {
    Path whole = TestWarcs.write(dir.resolve("whole.warc"), false);
    byte[] bytes = Files.readAllBytes(whole);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int vovHeader = text.indexOf("Content-Encoding: gzip"); // inside the VOV page's record
    int lastPage = text.lastIndexOf("WARC/1.", vovHeader);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(bytes, lastPage + 2000));

    read(cut);
    assertThat(records)
        .extracting(r -> ((SourceRecord.HtmlPage) r).url())
        .containsExactly(TestWarcs.DANTRI_URI);
    assertThat(problemLines())
        .contains(cut + "@" + lastPage + ": WARC record truncated: the file ends inside it");
    assertThat(problems).filteredOn(p -> p.kind() == Problem.Kind.FAILED).hasSize(1);
  }

  @Test
  void aTruncatedGzipArchiveAndOneThatIsNoArchiveFailWithAReason() throws Exception {
    Path whole = TestWarcs.write(dir.resolve("whole.warc.gz"), true);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 700));
    Path notWarc =
        Files.writeString(dir.resolve("page.warc"), "<html><body>Không phải WARC</body></html>");

    read(cut, notWarc);
    assertThat(records).hasSize(1);
    assertThat(problems)
        .filteredOn(p -> p.kind() == Problem.Kind.FAILED)
        .extracting(Problem::toString)
        .hasSize(2)
        .anyMatch(s -> s.startsWith(cut + "@") && s.contains("truncated"))
        .anyMatch(s -> s.startsWith(notWarc + "@0: not a WARC record"));
  }

  @Test
  void aFiftyMegabyteHtmlPageIsRefusedWithoutBeingRead() throws Exception {
    Path big = dir.resolve("big.html");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] chunk =
          "<p>Người lao động được nhận lương đúng hạn.</p>\n"
              .repeat(1000)
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += chunk.length) {
        out.write(chunk);
      }
    }
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) ' ');
      for (int i = 0; i < 50; i++) {
        out.write(zeros);
      }
    }
    read(big, bomb);
    assertThat(records).isEmpty();
    assertThat(problemLines())
        .containsExactly(
            big + ":1: page is " + Files.size(big) + " bytes, over the 8 MiB limit",
            bomb + ":1: page is over the 8 MiB limit once decompressed");
  }

  @Test
  void aSavedPageUnderAnotherNameIsReadAsHtmlAndATextPageStaysText() throws Exception {
    String html = TestWarcs.fixture("vov-opengraph.html");
    Path aspx =
        Files.writeString(dir.resolve("chitiet.aspx"), "\n  " + html); // named on the command line
    Path txt = Files.writeString(dir.resolve("saved.txt"), "<!-- saved -->\n" + html);
    Path text = Files.writeString(dir.resolve("page.txt"), "Lương <5 triệu đồng\nNgười lao động");
    read(aspx, txt, text);
    assertThat(records)
        .extracting(r -> r.getClass().getSimpleName())
        .containsExactly("HtmlPage", "HtmlPage", "PageText");
  }

  @Test
  void anHtmlFileNamedOnTheCommandLineIsReadAsHtml() throws Exception {
    Path page =
        Files.writeString(dir.resolve("trang.htm"), TestWarcs.fixture("vov-opengraph.html"));
    read(page);
    assertThat(records).singleElement().isInstanceOf(SourceRecord.HtmlPage.class);
  }
}
