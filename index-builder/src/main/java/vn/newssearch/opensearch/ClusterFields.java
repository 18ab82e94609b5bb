package vn.newssearch.opensearch;

/**
 * The cluster index contract, as {@link vn.newssearch.schema.Fields} is the embedded one: every
 * OpenSearch field name the builder and the server use. The text fields are multi-fields: the field
 * itself is folded (diacritics dropped, with offsets for snippets), {@code .exact} keeps the
 * diacritics, {@code .pairs} and {@code .exact_pairs} hold each two adjacent syllables as one term
 * (a shingle), so that words typed together score without reading positions.
 */
public final class ClusterFields {
  private ClusterFields() {}

  public static final String ID = "id";

  /** {@link vn.newssearch.schema.ArticleDocuments#idKey}: the tie-break of every sort. */
  public static final String ID_KEY = "id_key";

  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String CATEGORY = "category";

  /** Title, folded; sub-fields below. */
  public static final String TITLE = "title";

  /** Lead, a paragraph break, then the body: the embedded index's body fields; snippets. */
  public static final String TEXT = "text";

  public static final String EXACT = ".exact";
  public static final String PAIRS = ".pairs";
  public static final String EXACT_PAIRS = ".exact_pairs";

  /** Epoch milliseconds; months are counted in Vietnam time by the aggregation. */
  public static final String PUBLISHED = "published";

  /** Canonical party names, and their fold keys (the filter by name or alias). */
  public static final String PARTIES = "parties";

  public static final String PARTIES_FOLDED = "parties_folded";
  public static final String ORGS = "orgs";
  public static final String ORGS_FOLDED = "orgs_folded";

  /** The article as our JSON, without its body; kept in _source only, never indexed. */
  public static final String ARTICLE = "article";

  /** Mapping metadata: when the last build finished. */
  public static final String BUILT_AT = "built_at";

  /**
   * The small index beside {@code index} that holds its typing statistics ({@link
   * vn.newssearch.schema.SyllableCounts}, the embedded index's file) as one document: the server
   * loads them at start.
   */
  public static String typingIndex(String index) {
    return index + "-typing";
  }

  /** The id of that document. */
  public static final String TYPING_DOC = "syllable-stats";

  /** Its fields: the file's format version and its bytes (gzip, base64 in JSON). */
  public static final String TYPING_VERSION = "version";

  public static final String TYPING_BYTES = "bytes";

  /** The index name when none is given. */
  public static final String DEFAULT_INDEX = "vnnews";
}
