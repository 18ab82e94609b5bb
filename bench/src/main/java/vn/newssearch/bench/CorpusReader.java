package vn.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import vn.newssearch.model.Article;
import vn.newssearch.model.ArticleJson;

/**
 * Reads the VietNews JSON Lines corpus. The corpus has no dates, so every article gets a
 * deterministic synthetic publication time over 2015–2020 derived from a hash of its id (the same
 * function the OpenSearch peer uses), and replicas for the scale curve get new ids and dates.
 */
public final class CorpusReader {
  private CorpusReader() {}

  private static final long FROM =
      LocalDate.of(2015, 1, 1).atStartOfDay().toEpochSecond(Article.VIETNAM);
  private static final long TO =
      LocalDate.of(2021, 1, 1).atStartOfDay().toEpochSecond(Article.VIETNAM);

  /** A synthetic publication time in [2015-01-01, 2021-01-01) +07:00, from an FNV-1a hash. */
  public static OffsetDateTime syntheticDate(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    long seconds = FROM + Math.floorMod(h, TO - FROM);
    return Instant.ofEpochSecond(seconds).atOffset(Article.VIETNAM);
  }

  /** Streams raw lines (no parsing) to {@code sink}, up to {@code limit} lines (0 = all). */
  public static long forEachLine(Path file, long limit, Consumer<String> sink) throws IOException {
    long n = 0;
    InputStream raw = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      raw = new GZIPInputStream(raw, 1 << 16);
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = in.readLine()) != null && (limit <= 0 || n < limit)) {
        if (!line.isBlank()) {
          sink.accept(line);
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Parses one line into an Article with a synthetic date. {@code replica} > 0 gives a copy with a
   * new id (suffix "-rN") and hence a new date, for the ~1M point of the scale curve.
   */
  public static Article parse(String line, int replica) throws IOException {
    JsonNode n = ArticleJson.MAPPER.readTree(line);
    String id = text(n, "id");
    if (replica > 0) {
      id = id + "-r" + replica;
    }
    List<String> captions = new ArrayList<>();
    JsonNode c = n.get("captions");
    if (c != null && c.isArray()) {
      c.forEach(x -> captions.add(x.asText()));
    }
    return new Article(
        id,
        text(n, "url"),
        text(n, "source"),
        text(n, "title"),
        text(n, "lead"),
        text(n, "body"),
        captions,
        n.hasNonNull("published")
            ? LocalDateTime.parse(n.get("published").asText()).atOffset(Article.VIETNAM)
            : syntheticDate(id),
        text(n, "category"),
        text(n, "author"),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** A corpus file ready for both pipelines: dated, maybe cut or replicated, uncompressed. */
  public record Prepared(Path file, long articles, long textBytes) {}

  private static final DateTimeFormatter LOCAL_ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  /**
   * Writes the first {@code limit} articles (0 = all), {@code 1 + replicas} times, with synthetic
   * dates ("published" as local Vietnam time) and, for replicas, new ids, into an uncompressed JSON
   * Lines file under {@code work}; reused when it already exists.
   */
  public static Prepared prepare(Path corpus, long limit, int replicas, Path work)
      throws IOException {
    Files.createDirectories(work);
    Path out =
        work.resolve(
            "corpus-"
                + (limit == 0 ? "all" : Long.toString(limit))
                + "-x"
                + (replicas + 1)
                + ".jsonl");
    long[] counts = {0, 0};
    boolean exists = Files.exists(out);
    try (OutputStream os =
        exists
            ? OutputStream.nullOutputStream()
            : new BufferedOutputStream(
                Files.newOutputStream(out.resolveSibling(out.getFileName() + ".tmp")), 1 << 16)) {
      for (int r = 0; r <= replicas; r++) {
        int replica = r;
        forEachLine(
            exists ? out : corpus,
            exists ? 0 : limit,
            line -> {
              try {
                if (exists) {
                  counts[0]++;
                  counts[1] += textBytes(parse(line, 0));
                  return;
                }
                ObjectNode n = (ObjectNode) ArticleJson.MAPPER.readTree(line);
                String id = n.get("id").asText() + (replica > 0 ? "-r" + replica : "");
                n.put("id", id);
                n.put("published", LOCAL_ISO.format(syntheticDate(id)));
                os.write(ArticleJson.MAPPER.writeValueAsBytes(n));
                os.write('\n');
                counts[0]++;
                counts[1] += textBytes(parse(line, 0));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
        if (exists) {
          break;
        }
      }
    }
    if (!exists) {
      Files.move(out.resolveSibling(out.getFileName() + ".tmp"), out);
    }
    return new Prepared(out, counts[0], counts[1]);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** UTF-8 bytes of the text an article contributes (title, lead, body): the MB/s basis. */
  public static long textBytes(Article a) {
    return utf8Length(a.title()) + utf8Length(a.lead()) + utf8Length(a.body());
  }

  private static long utf8Length(String s) {
    if (s == null) {
      return 0;
    }
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        n++;
      } else if (ch < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(ch)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
