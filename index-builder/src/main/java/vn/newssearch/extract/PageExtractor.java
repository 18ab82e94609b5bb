package vn.newssearch.extract;

import vn.newssearch.source.SourceRecord;

/**
 * A scraped page's text → an {@link Article} with title, publication time, category, author, lead,
 * body and captions (agreement fields are left empty for {@link AgreementExtractor}).
 *
 * <p>PLACEHOLDER: the real implementation replaces this body.
 */
public final class PageExtractor {
  public PageExtractor() {}

  public Article extract(SourceRecord.PageText page) throws InvalidArticleException {
    throw new InvalidArticleException("page extraction is not implemented yet");
  }
}
