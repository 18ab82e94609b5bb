package vn.newssearch.extract;

import vn.newssearch.model.Article;

/**
 * Where each extracted field came from, for {@code parse --explain}: the value, the place it was
 * read (a line of the page, an HTML element or a metadata key) and the rule that chose it.
 * Extractors report to it as they decide; {@link #NONE} ignores everything, at no cost.
 */
@FunctionalInterface
public interface Provenance {
  /** Ignores every report. */
  Provenance NONE = (field, value, from, rule) -> {};

  /**
   * Reports that {@code field} (an {@link Article} component name: "title", "published", ...) got
   * {@code value}, read from {@code from} ("line 7", "meta[property=og:title]", "JSON-LD
   * NewsArticle.headline") by {@code rule} (a short name of the rule, "title: longest heading next
   * to the date").
   */
  void record(String field, String value, String from, String rule);
}
