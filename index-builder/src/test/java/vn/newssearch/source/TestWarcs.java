package vn.newssearch.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A small crawl as {@code wget --warc-file} or Heritrix would write it, made with jwarc's writer:
 * two article pages among the records a crawl also holds (warcinfo, requests, an image, a script, a
 * redirect, a 404, metadata).
 */
public final class TestWarcs {
  private TestWarcs() {}

  public static final String DANTRI_URI =
      "https://dantri.com.vn/giao-duc-huong-nghiep/96-sinh-vien-truong-cao-dang-nghe-da-nang-tot"
          + "-nghiep-co-viec-lam-ngay-20210417162717248.htm";

  /** The VOV page without its og:url: its URL must come from the record's target URI. */
  public static final String VOV_URI = "https://vov.vn/xa-hoi/bhtn-812345.vov";

  public static String fixture(String name) throws IOException {
    try (InputStream in =
        TestWarcs.class.getResourceAsStream("/vn/newssearch/extract/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Writes the crawl; {@code gzip} as a .warc.gz (one gzip member per record). */
  public static Path write(Path file, boolean gzip) throws IOException {
    byte[] dantri = fixture("dantri-jsonld.html").getBytes(StandardCharsets.UTF_8);
    byte[] vov =
        fixture("vov-opengraph.html")
            .replaceAll("<meta property=\"og:url\"[^>]*>", "")
            .getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w =
            new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      w.write(
          new Warcinfo.Builder()
              .fields(Map.of("software", List.of("Wget/1.21.3"), "format", List.of("WARC/1.1")))
              .build());
      w.write( // Heritrix records its DNS lookups as response records too
          new WarcResponse.Builder(URI.create("dns:dantri.com.vn"))
              .body(
                  MediaType.parse("text/dns"),
                  "20210417162717\ndantri.com.vn.\t300\tIN\tA\t42.113.206.26\n"
                      .getBytes(StandardCharsets.UTF_8))
              .build());
      w.write(request(DANTRI_URI));
      w.write(response(DANTRI_URI, 200, "text/html; charset=UTF-8", dantri, false));
      w.write(
          response(
              "https://icdn.dantri.com.vn/ky-ket.jpg",
              200,
              "image/jpeg",
              new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2},
              false));
      w.write(
          response(
              "https://dantri.com.vn/js/app.js",
              200,
              "application/javascript",
              "var a = 1;".getBytes(StandardCharsets.UTF_8),
              false));
      w.write(
          response(
              "http://vov.vn/",
              301,
              "text/html",
              "<html>Moved</html>".getBytes(StandardCharsets.UTF_8),
              false));
      w.write(
          response(
              "https://vov.vn/khong-co.vov",
              404,
              "text/html; charset=utf-8",
              "<html><body><h1>Không tìm thấy trang</h1></body></html>"
                  .getBytes(StandardCharsets.UTF_8),
              false));
      w.write(request(VOV_URI));
      w.write(response(VOV_URI, 200, "text/html; charset=utf-8", vov, true));
      w.write(
          new WarcMetadata.Builder()
              .targetURI(VOV_URI)
              .fields(Map.of("outlink", List.of("https://vov.vn/x.vov")))
              .build());
    }
    return file;
  }

  /**
   * A crawl that met one page twice, as Heritrix and Browsertrix write it with deduplication: the
   * first capture as a response, the second as a revisit record that refers to it.
   */
  public static Path writeWithRevisit(Path file) throws IOException {
    byte[] dantri = fixture("dantri-jsonld.html").getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(channel, WarcCompression.NONE)) {
      WarcResponse first = response(DANTRI_URI, 200, "text/html; charset=UTF-8", dantri, false);
      w.write(first);
      w.write(
          new WarcRevisit.Builder(URI.create(DANTRI_URI), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
              .refersTo(first.id(), URI.create(DANTRI_URI), first.date())
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .addHeader("Content-Type", "text/html; charset=UTF-8")
                      .build())
              .build());
      w.write(
          new WarcRevisit.Builder(URI.create(DANTRI_URI), WarcRevisit.SERVER_NOT_MODIFIED_1_1)
              .body(new HttpResponse.Builder(304, "Not Modified").build())
              .build());
    }
    return file;
  }

  /** A one-record archive: a 200 response of the given type and bytes. */
  public static Path writeOne(Path file, String uri, String type, byte[] body) throws IOException {
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(channel, WarcCompression.NONE)) {
      w.write(response(uri, 200, type, body, false));
    }
    return file;
  }

  private static WarcRequest request(String uri) throws IOException {
    return new WarcRequest.Builder(URI.create(uri))
        .body(
            new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
                .addHeader("Host", URI.create(uri).getHost())
                .build())
        .build();
  }

  /**
   * A response record; {@code gzipped} sends the body with Content-Encoding: gzip, as servers do.
   */
  private static WarcResponse response(
      String uri, int status, String type, byte[] body, boolean gzipped) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    byte[] sent = body;
    if (gzipped) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(body);
      }
      sent = out.toByteArray();
      http.addHeader("Content-Encoding", "gzip");
    }
    if (status == 301) {
      http.addHeader("Location", "https://vov.vn/");
    }
    return new WarcResponse.Builder(URI.create(uri))
        .body(http.body(MediaType.parse(type), sent).build())
        .build();
  }
}
