package vn.newssearch.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads one web archive ({@code .warc} or {@code .warc.gz}, as Heritrix, Browsertrix and {@code
 * wget --warc-file} write them) with jwarc: every successful HTML response is a page whose URL is
 * the record's target URI. Every other record is skipped and counted by reason; a record that
 * cannot be read is a failure at its byte offset, and a file that ends inside a record stops there.
 */
final class WarcFile {
  private final ProblemSink problems;
  private final int maxBytes;
  private final AtomicLong textBytes;

  WarcFile(ProblemSink problems, int maxBytes, AtomicLong textBytes) {
    this.problems = problems;
    this.maxBytes = maxBytes;
    this.textBytes = textBytes;
  }

  void read(Path path, InputStream raw, SourceReader.RecordSink sink)
      throws IOException, InterruptedException {
    boolean any = false;
    long offset = 0;
    try (WarcReader reader = new WarcReader(raw)) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next = reader.next();
        offset = reader.position();
        if (next.isEmpty()) {
          break;
        }
        any = true;
        page(path, offset, next.get(), sink);
      }
    } catch (EOFException e) {
      fail(path, offset, "WARC record truncated: the file ends inside it");
      return;
    } catch (ZipException e) {
      fail(path, offset, "corrupt gzip data in the WARC file: " + e.getMessage());
      return;
    } catch (ParsingException e) {
      fail(path, offset, "not a WARC record: " + firstLine(e.getMessage()));
      return;
    }
    if (!any) {
      problems.report(Problem.failed(new Origin(path, 1), "empty file"));
    }
  }

  /** Hands over the record when it is an HTML page, else reports why not. */
  private void page(Path path, long offset, WarcRecord record, SourceReader.RecordSink sink)
      throws IOException, InterruptedException {
    Origin origin = Origin.record(path, offset);
    if (record instanceof WarcRevisit revisit) {
      skip(origin, revisitReason(revisit)); // deduplicated: the page is in an earlier record
      return;
    }
    if (!(record instanceof WarcResponse response)) {
      skip(origin, "WARC " + record.type() + " record");
      return;
    }
    String block = response.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (!block.equals("application/http")) {
      skip(origin, "WARC response not HTTP (" + block + ")"); // Heritrix's DNS lookups: text/dns
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      problems.report(Problem.failed(origin, "WARC response without a readable HTTP header"));
      return;
    }
    if (http.status() != 200) {
      skip(origin, "WARC response with HTTP status " + http.status());
      return;
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      skip(origin, "WARC response not HTML (" + base + ")");
      return;
    }
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = body.readNBytes(maxBytes + 1);
    }
    if (bytes.length > maxBytes) {
      problems.report(
          Problem.failed(
              origin, "page is over the " + SourceReader.limitText(maxBytes) + " limit"));
      return;
    }
    textBytes.addAndGet(bytes.length);
    sink.accept(
        new SourceRecord.HtmlPage(
            origin, bytes, type.parameters().get("charset"), response.target()));
  }

  /** Why a revisit record gives no page: what it repeats, by its profile. */
  private static String revisitReason(WarcRevisit revisit) {
    String profile = revisit.profile() == null ? "" : revisit.profile().toString();
    if (profile.contains("identical-payload-digest")) {
      return "WARC revisit record (the same page as an earlier capture, not stored again)";
    }
    if (profile.contains("server-not-modified")) {
      return "WARC revisit record (the server said not modified, no page stored)";
    }
    return "WARC revisit record (no page stored)";
  }

  private void skip(Origin origin, String reason) {
    problems.report(Problem.skipped(origin, reason));
  }

  private void fail(Path path, long offset, String reason) {
    problems.report(Problem.failed(Origin.record(path, offset), reason));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable header";
    }
    return message.lines().findFirst().orElse(message);
  }
}
