package vn.newssearch.server.search;

import java.util.Locale;

/** How hits are ordered; every order ends with the article id so that paging is stable. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
