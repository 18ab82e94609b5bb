package vn.newssearch.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.newssearch.model.Article;

/**
 * The two seed pages as articles, built by hand for the agreement tests (the page extractor is
 * tested on its own): title = the given line, body = the lines after it up to the byline, minus the
 * timestamp line.
 */
final class SeedArticles {
  private SeedArticles() {}

  static Path seeds() {
    return Path.of(System.getProperty("shared.dir", "../../shared"), "seeds");
  }

  static Article seed000() {
    return build(
        "000_500632ae6ba68493.txt", "Thái Bình", OffsetDateTime.parse("2019-10-17T21:50+07:00"));
  }

  static Article seed004() {
    return build(
        "004_c53f1c4dec8d04f7.txt", "Song Hồng", OffsetDateTime.parse("2019-11-12T18:08+07:00"));
  }

  /** The title is the first line with "giai đoạn" in it; the body runs to the byline. */
  private static Article build(String file, String byline, OffsetDateTime published) {
    List<String> lines;
    try {
      lines = Files.readAllLines(seeds().resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int t = 0;
    while (!lines.get(t).contains("giai đoạn")) {
      t++;
    }
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(t + 1, lines.indexOf(byline))) {
      if (!line.isBlank() && !line.matches("[\\d:/| -]+")) {
        body.add(line.strip());
      }
    }
    return article(lines.get(t).strip(), String.join("\n", body), published);
  }

  static Article article(String title, String body, OffsetDateTime published) {
    return article(title, null, body, published);
  }

  /** An undated article with a lead and its photos' captions. */
  static Article captioned(String title, String lead, String body, String... captions) {
    return new Article(
        "t",
        null,
        null,
        title,
        lead,
        body,
        List.of(captions),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * A signing told in the lead, as the news writes it, enriched by {@code extractor}: titled "Ký
   * kết", the lead's sentence also the body.
   */
  static Article leadProbe(AgreementExtractor extractor, String lead) {
    return extractor.enrich(article("Ký kết", lead, lead, null));
  }

  /** The parties {@code extractor} gives an undated article whose lead is the signing. */
  static List<String> leadParties(AgreementExtractor extractor, String title, String lead) {
    return extractor.enrich(article(title, lead, "", null)).parties();
  }

  /** A national site's page, whose address names no province. */
  static final String NATIONAL_SITE = "https://www.vietnamplus.vn/a.html";

  /**
   * The undated page at {@code url} whose lead is {@code lead} and whose body one neutral sentence,
   * enriched by {@code extractor}.
   */
  static Article leadAt(AgreementExtractor extractor, String url, String lead) {
    return extractor.enrich(fromPage(url, "", lead, "Hai bên thống nhất các nội dung phối hợp."));
  }

  /** As {@link #leadAt}, on a national site ({@link #NATIONAL_SITE}). */
  static Article nationalLead(AgreementExtractor extractor, String lead) {
    return leadAt(extractor, NATIONAL_SITE, lead);
  }

  /** An undated article from the page at {@code url}, as a crawl of that site gives one. */
  static Article fromPage(String url, String title, String lead, String body) {
    return new Article(
        "t", url, null, title, lead, body, List.of(), null, null, null, null, null, null, null);
  }

  /** An article with a lead, as a news page or the corpus gives one. */
  static Article article(String title, String lead, String body, OffsetDateTime published) {
    return new Article(
        "t", null, null, title, lead, body, List.of(), published, null, null, null, null, null,
        null);
  }
}
