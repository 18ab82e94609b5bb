package vn.newssearch.extract;

import vn.newssearch.model.Article;
import vn.newssearch.source.Problem;
import vn.newssearch.source.ProblemSink;
import vn.newssearch.source.SourceRecord;

/**
 * Any source record → a finished {@link Article}: the format's own extraction (page text, HTML or
 * JSON fields), then the agreement fields that every article gets. Thread-safe; one instance serves
 * all indexing threads.
 */
public final class ArticleExtractor {
  private final PageExtractor pages;
  private final HtmlExtractor html;
  private final JsonArticleMapper json;
  private final AgreementExtractor agreements;
  private final AbbreviationBreaks breaks;

  public ArticleExtractor(
      PageExtractor pages, JsonArticleMapper json, AgreementExtractor agreements) {
    this(pages, json, agreements, AbbreviationBreaks.load(agreements.gazetteer()));
  }

  private ArticleExtractor(
      PageExtractor pages,
      JsonArticleMapper json,
      AgreementExtractor agreements,
      AbbreviationBreaks breaks) {
    this.pages = pages;
    this.html = new HtmlExtractor(pages);
    this.json = json;
    this.agreements = agreements;
    this.breaks = breaks;
  }

  /** The extractor with the bundled gazetteer. */
  public static ArticleExtractor create() {
    return new ArticleExtractor(
        new PageExtractor(), new JsonArticleMapper(), new AgreementExtractor(Gazetteer.load()));
  }

  /**
   * The same extractor, reading each text page with the furniture learned from its folder ({@link
   * FolderFurniture#learnFrom}).
   */
  public ArticleExtractor withFurniture(FolderFurniture folders) {
    return folders.folders() == 0
        ? this
        : new ArticleExtractor(pages.withFurniture(folders), json, agreements, breaks);
  }

  /**
   * Extracts one article. Warnings that keep the article (an undated page, a bad date) go to {@code
   * warnings}; a record that cannot become an article throws.
   */
  public Article extract(SourceRecord record, ProblemSink warnings) throws InvalidArticleException {
    return extract(record, warnings, Provenance.NONE);
  }

  /**
   * As {@link #extract(SourceRecord, ProblemSink)}, telling {@code why} where each field came from.
   */
  public Article extract(SourceRecord record, ProblemSink warnings, Provenance why)
      throws InvalidArticleException {
    Article article =
        switch (record) {
          case SourceRecord.JsonArticle line ->
              explained(joined(json.map(line, warnings)), why, "JSON field", "as given");
          case SourceRecord.PageText page ->
              undated(joined(pages.extract(page, why)), page, warnings);
          case SourceRecord.HtmlPage page ->
              undated(joined(html.extract(page, warnings, why)), page, warnings);
        };
    return agreements.enrich(article, why);
  }

  /**
   * The body with the line breaks after "TP.", "TS." and the like rejoined where a name follows
   * (the vietnews splitter's), before anything reads its sentences or indexes it.
   */
  private Article joined(Article a) {
    String body = breaks.join(a.body());
    return body == a.body() ? a : a.withBody(body);
  }

  /** Where the fields of a format without finer provenance came from. */
  private static Article explained(Article a, Provenance why, String from, String rule) {
    if (why == Provenance.NONE) {
      return a;
    }
    report(why, "url", a.url(), from, rule);
    report(why, "title", a.title(), from, rule);
    report(why, "lead", a.lead(), from, rule);
    report(why, "published", a.published() == null ? null : a.published().toString(), from, rule);
    report(why, "category", a.category(), from, rule);
    report(why, "author", a.author(), from, rule);
    a.captions().forEach(c -> why.record("captions", c, from, rule));
    report(why, "body", a.body(), from, rule);
    return a;
  }

  private static void report(Provenance why, String field, String value, String from, String rule) {
    if (value != null) {
      why.record(field, value, from, rule);
    }
  }

  private static Article undated(Article a, SourceRecord record, ProblemSink warnings) {
    if (a.published() == null) {
      warnings.report(
          Problem.warning(record.origin(), "no recognisable publication date; indexed as undated"));
    }
    return a;
  }
}
