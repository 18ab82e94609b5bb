package vn.newssearch.server.search.typing;

/**
 * How many of a query's plain words a hit must hold, as Elasticsearch's {@code
 * minimum_should_match} "6<75%": up to {@link #ALL_UP_TO} words, all of them; beyond, three
 * quarters, rounded up. A pasted headline or sentence with a word changed, or a word the article
 * never wrote, still finds its article; a short query keeps its every word required.
 */
public final class MinimumShouldMatch {
  private MinimumShouldMatch() {}

  /** Queries of up to this many words require every word. */
  public static final int ALL_UP_TO = 6;

  /** The words of {@code words} a hit must match. */
  public static int of(int words) {
    if (words <= ALL_UP_TO) {
      return words;
    }
    return Math.max(ALL_UP_TO, (words * 3 + 3) / 4);
  }
}
