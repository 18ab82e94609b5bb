package vn.newssearch.source;

import java.util.List;

/** One article as an input format yields it, before extraction. */
public sealed interface SourceRecord {
  Origin origin();

  /** A scraped page: the whole decoded (NFC) text of one file, noise included. */
  record PageText(Origin origin, String text) implements SourceRecord {}

  /**
   * One JSON Lines object with the corpus schema (see ../shared/corpus/README.md). Every field but
   * body may be null; {@code published} is the raw string as given.
   */
  record JsonArticle(
      Origin origin,
      String id,
      String url,
      String source,
      String title,
      String lead,
      String body,
      List<String> captions,
      String published,
      String category,
      String author)
      implements SourceRecord {}
}
