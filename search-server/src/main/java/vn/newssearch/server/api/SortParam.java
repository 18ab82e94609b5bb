package vn.newssearch.server.api;

import java.util.Locale;
import vn.newssearch.server.search.BadRequestException;
import vn.newssearch.server.search.SortOrder;

/** Parses the {@code sort} parameter. */
final class SortParam {
  private SortParam() {}

  /** The order named; null for null or blank, which means "the default for this query". */
  static SortOrder parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "newest" -> SortOrder.NEWEST;
      case "oldest" -> SortOrder.OLDEST;
      default ->
          throw new BadRequestException(
              "sort", "sort must be one of relevance, newest, oldest; got \"" + value + "\"");
    };
  }
}
