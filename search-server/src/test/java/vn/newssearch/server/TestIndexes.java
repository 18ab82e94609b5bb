package vn.newssearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.extract.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.ArticleJson;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The one place tests get an index from: the bundled sample (data/sample/*.jsonl) plus a handful of
 * fixture articles that pin down edge cases the sample lacks (midnight in Vietnam time, "lao động"
 * against "Lào ... đông", accent-exact ranking, parties).
 */
public final class TestIndexes {
  private TestIndexes() {}

  private static Path sample;

  /** The shared read-only sample index, built once per test JVM. */
  public static synchronized Path sample() {
    if (sample == null) {
      try {
        Path dir = Files.createTempDirectory("vnnews-sample-index");
        write(dir, all());
        sample = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  /** Sample articles plus fixtures. */
  public static List<Article> all() throws IOException {
    List<Article> out = new ArrayList<>(jsonl());
    out.addAll(Fixtures.articles());
    return out;
  }

  /** Writes (or adds to) an index with one commit. */
  public static void write(Path dir, List<Article> articles) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(VietnameseAnalysis.forIndexing());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, cfg)) {
      for (Article a : articles) {
        w.updateDocument(ArticleDocuments.idTerm(a.id()), ArticleDocuments.toDocument(a));
      }
      w.commit();
    }
  }

  static Path repo() {
    return Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
  }

  /** The sample JSON Lines as articles; dates are days, read as midnight in Vietnam. */
  static List<Article> jsonl() throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(repo().resolve("data/sample"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
              out.add(fromJson(ArticleJson.MAPPER.readTree(line)));
            }
          }
        }
      }
    }
    return out;
  }

  private static Article fromJson(JsonNode n) {
    String published = text(n, "published");
    OffsetDateTime when =
        published == null
            ? null
            : LocalDate.parse(published).atStartOfDay().atOffset(ArticleDocuments.VIETNAM);
    List<String> captions = new ArrayList<>();
    n.path("captions").forEach(c -> captions.add(c.asText()));
    return new Article(
        text(n, "id"),
        text(n, "url"),
        text(n, "source"),
        text(n, "title"),
        text(n, "lead"),
        text(n, "body"),
        captions,
        when,
        text(n, "category"),
        text(n, "author"),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
