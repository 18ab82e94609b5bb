package vn.newssearch.schema;

/**
 * The keys of the user data each index commit carries: written by the indexer, read by the server
 * (when the index was built) and by tools (how many articles a commit holds).
 */
public final class CommitData {
  private CommitData() {}

  /** When the commit was made, ISO-8601 UTC ("2026-11-23T20:32:12.5Z"). */
  public static final String BUILT_AT = "built_at";

  /** "true" when the build that made the commit had read all of its input, else "false". */
  public static final String COMPLETE = "complete";

  /** Articles new to the index, as of that very commit. */
  public static final String ARTICLES_INDEXED = "articles_indexed";

  /** Articles that replaced one with the same id, as of that very commit. */
  public static final String ARTICLES_UPDATED = "articles_updated";

  /**
   * The {@link AbbreviationConcepts#fingerprint()} of the concept terms every document of the index
   * holds; empty when documents indexed with another table (or none) remain. The server searches a
   * concept's term only when this equals its own table's.
   */
  public static final String ABBREVIATIONS = "abbreviation_concepts";
}
