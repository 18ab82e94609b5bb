package vn.newssearch.source;

import java.util.List;

/** One article as an input format yields it, before extraction. */
public sealed interface SourceRecord {
  Origin origin();

  /** A scraped page: the whole decoded (NFC) text of one file, noise included. */
  record PageText(Origin origin, String text) implements SourceRecord {}

  /**
   * A saved web page, still bytes: decoding it (BOM, declared charset, meta tag) is part of its
   * extraction, done on an indexing thread rather than the reader's.
   *
   * @param charset the charset the HTTP response declared (a WARC record's Content-Type), or null
   * @param url where the page was fetched from (a WARC record's target URI), or null
   */
  record HtmlPage(Origin origin, byte[] bytes, String charset, String url)
      implements SourceRecord {}

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
