package vn.newssearch.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import vn.newssearch.model.Article;

/**
 * What a search returns; serialised as is by the HTTP layer. {@code interpretedAs} is the query as
 * searched when the server read it otherwise than typed (diacritics restored, Telex or VNI
 * keystrokes read, abbreviations expanded), in the query's own syntax; null when taken as typed.
 */
public record SearchResponse(
    long total,
    double tookMs,
    List<Hit> hits,
    Facets facets,
    String nextCursor,
    List<Warning> warnings,
    String interpretedAs) {

  /** A response for a query taken as typed. */
  public SearchResponse(
      long total,
      double tookMs,
      List<Hit> hits,
      Facets facets,
      String nextCursor,
      List<Warning> warnings) {
    this(total, tookMs, hits, facets, nextCursor, warnings, null);
  }

  /**
   * Something the user should know about the answer: a stable {@code code} for programs and a
   * {@code message} for people. Codes: {@code unknown-name}, {@code name-without-articles}, {@code
   * name-at-places}, {@code place-government}, {@code no-searchable-words}, {@code dangling-or},
   * {@code lone-minus}, {@code unclosed-quote}, {@code empty-quotes}, {@code typing-unavailable}. A
   * name's warning also gives the {@code name} as typed and the {@code names} it concerns (the
   * suggestions, the canonical name, the places matched), so that a page can word it in its own
   * language; both are left out of the JSON for the other codes.
   */
  public record Warning(
      String code,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) String name,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> names) {

    /** A warning about the query, with no name. */
    public Warning(String code, String message) {
      this(code, message, null, null);
    }
  }

  /**
   * One hit. {@code snippet} is HTML: matched words in {@code <mark>}, the rest escaped. {@code
   * score} is null when the query has no words to score.
   */
  public record Hit(
      String id,
      String title,
      OffsetDateTime published,
      String url,
      String source,
      String category,
      String author,
      List<String> parties,
      String snippet,
      Float score) {

    /** The hit of a stored article, with its snippet and score (null when not ranked). */
    public static Hit of(Article a, String snippet, Float score) {
      return new Hit(
          a.id(),
          a.title(),
          a.published(),
          a.url(),
          a.source(),
          a.category(),
          a.author(),
          a.parties(),
          snippet,
          score);
    }
  }

  /** Counts over all hits, not just the page. */
  public record Facets(
      List<FacetValue> parties, List<FacetValue> categories, List<FacetValue> months) {
    public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of());
  }

  public record FacetValue(String value, long count) {}
}
