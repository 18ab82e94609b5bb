package vn.newssearch.server.search;

import java.util.Locale;

/** How hits are ordered; every order ends with the article id so that paging is stable. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** Parses the {@code sort} parameter; null or blank means "the default for this query". */
  public static SortOrder parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> RELEVANCE;
      case "newest" -> NEWEST;
      case "oldest" -> OLDEST;
      default ->
          throw new BadRequestException(
              "sort", "sort must be one of relevance, newest, oldest; got \"" + value + "\"");
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
