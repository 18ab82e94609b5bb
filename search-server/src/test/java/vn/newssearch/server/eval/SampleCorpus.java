package vn.newssearch.server.eval;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.newssearch.extract.AgreementExtractor;
import vn.newssearch.extract.Article;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.extract.PageExtractor;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.ArticleJson;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * The bundled sample ({@code data/sample}) as extracted articles, through the product's extractors:
 * pages via {@link PageExtractor}, every article via {@link AgreementExtractor}. Also maps each
 * page's judgment key ({@code page:<file name>}) to the id its extraction gave it, so the judgments
 * never hard-code a derived id.
 */
record SampleCorpus(List<Article> articles, Map<String, String> pageIds, List<String> skipped) {

  static final String PAGE_KEY_PREFIX = "page:";

  static SampleCorpus load(Path sampleDir) {
    AgreementExtractor agreements = new AgreementExtractor(Gazetteer.load());
    List<Article> articles = new ArrayList<>();
    Map<String, String> pageIds = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (Path jsonl : files(sampleDir, ".jsonl")) {
      for (Article a : readJsonLines(jsonl)) {
        articles.add(agreements.enrich(a));
      }
    }
    PageExtractor pages = new PageExtractor();
    for (Path page : files(sampleDir.resolve("pages"), ".txt")) {
      try {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Article a = pages.extract(new SourceRecord.PageText(new Origin(page, 1), text));
        articles.add(agreements.enrich(a));
        pageIds.put(PAGE_KEY_PREFIX + page.getFileName(), a.id());
      } catch (InvalidArticleException e) {
        skipped.add(page.getFileName() + ": " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SampleCorpus(List.copyOf(articles), Map.copyOf(pageIds), List.copyOf(skipped));
  }

  /** The document id a judgment key stands for: a page key is resolved, an id is itself. */
  String resolve(String key) {
    return key.startsWith(PAGE_KEY_PREFIX) ? pageIds.getOrDefault(key, key) : key;
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON Lines with the corpus schema; a date-only {@code published} is midnight Vietnam time. */
  private static List<Article> readJsonLines(Path file) {
    List<Article> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = ArticleJson.MAPPER.readTree(line);
        String published = text(n, "published");
        OffsetDateTime time =
            published == null
                ? null
                : LocalDate.parse(published).atStartOfDay().atOffset(ArticleDocuments.VIETNAM);
        List<String> captions = new ArrayList<>();
        n.path("captions").forEach(c -> captions.add(c.asText()));
        out.add(
            new Article(
                text(n, "id"),
                text(n, "url"),
                text(n, "source"),
                text(n, "title"),
                text(n, "lead"),
                text(n, "body"),
                captions,
                time,
                text(n, "category"),
                text(n, "author"),
                List.of(),
                List.of(),
                List.of(),
                null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
