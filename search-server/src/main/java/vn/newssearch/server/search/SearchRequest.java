package vn.newssearch.server.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search, already parsed from the user's parameters and checked: the constructor throws {@link
 * BadRequestException} naming the parameter at fault.
 *
 * @param q the keyword query as typed; null or blank means browse
 * @param parties party names as typed (canonical, alias or abbreviation); all must match
 * @param orgs organisation names as typed; all must be mentioned
 * @param from first day (Vietnam time), inclusive, or null
 * @param to last day (Vietnam time), inclusive, or null
 * @param sort null for the default: relevance with a query, newest without
 * @param page 1-based page; ignored when a cursor is given
 * @param cursor the {@code nextCursor} of the previous response, or null
 * @param literal search the words exactly as typed: no abbreviation expansion, no diacritics
 *     restored, no Telex or VNI keystrokes read (the link back from "Kết quả cho: ...")
 */
public record SearchRequest(
    String q,
    List<String> parties,
    List<String> orgs,
    LocalDate from,
    LocalDate to,
    String category,
    String source,
    SortOrder sort,
    int page,
    int size,
    String cursor,
    boolean literal) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;

  /** Page-based paging reaches this many hits; beyond it, the cursor. */
  public static final int MAX_WINDOW = 10_000;

  public static final int MAX_QUERY_CHARS = 1_000;

  /**
   * At most this many {@code party} and as many {@code org} values: each is a clause of the query
   * and a gazetteer lookup, as Solr's maxBooleanClauses bounds a query's clauses.
   */
  public static final int MAX_NAMES = 20;

  /** Longest party, organisation, category or source value; the longest real name is ~90. */
  public static final int MAX_NAME_CHARS = 200;

  /** Longest cursor; the server issues ~80 characters. */
  public static final int MAX_CURSOR_CHARS = 200;

  public SearchRequest {
    q = q == null || q.isBlank() ? null : q;
    parties = nonBlank(parties);
    orgs = nonBlank(orgs);
    category = category == null || category.isBlank() ? null : category.strip();
    source = source == null || source.isBlank() ? null : source.strip();
    cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    checkLength("q", q, MAX_QUERY_CHARS);
    checkNames("party", parties);
    checkNames("org", orgs);
    checkLength("category", category, MAX_NAME_CHARS);
    checkLength("source", source, MAX_NAME_CHARS);
    checkLength("cursor", cursor, MAX_CURSOR_CHARS);
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException(
          "size", "size must be between 1 and " + MAX_SIZE + "; got " + size);
    }
    if (page < 1) {
      throw new BadRequestException("page", "page must be 1 or more; got " + page);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new BadRequestException(
          "page",
          "page "
              + page
              + " of size "
              + size
              + " reaches beyond the first "
              + MAX_WINDOW
              + " results; follow nextCursor (the cursor parameter) to read further");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from", "from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A search that reads the query as journalists type it (not {@code literal}). */
  public SearchRequest(
      String q,
      List<String> parties,
      List<String> orgs,
      LocalDate from,
      LocalDate to,
      String category,
      String source,
      SortOrder sort,
      int page,
      int size,
      String cursor) {
    this(q, parties, orgs, from, to, category, source, sort, page, size, cursor, false);
  }

  /** A query with every other parameter at its default, for tools and benchmarks. */
  public static SearchRequest of(String q) {
    return new SearchRequest(
        q, List.of(), List.of(), null, null, null, null, null, 1, DEFAULT_SIZE, null);
  }

  /** The order actually used. */
  public SortOrder effectiveSort() {
    if (sort != null) {
      return sort;
    }
    return q == null ? SortOrder.NEWEST : SortOrder.RELEVANCE;
  }

  private static void checkNames(String param, List<String> names) {
    if (names.size() > MAX_NAMES) {
      throw new BadRequestException(
          param,
          param + " is given " + names.size() + " times; at most " + MAX_NAMES + " values allowed");
    }
    for (String name : names) {
      checkLength(param, name, MAX_NAME_CHARS);
    }
  }

  private static void checkLength(String param, String value, int max) {
    if (value != null && value.length() > max) {
      throw new BadRequestException(
          param, param + " is " + value.length() + " characters long; at most " + max + " allowed");
    }
  }

  private static List<String> nonBlank(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}
