package vn.newssearch.schema;

/**
 * The index contract: every Lucene field name used by the indexer and the server. No other class
 * spells a field name.
 */
public final class Fields {
  private Fields() {}

  /** Unique article id; the update key (StringField). */
  public static final String ID = "id";

  /**
   * A 64-bit hash of the id (numeric doc values): the tie-break of every sort, so that a cursor
   * points at one article. A number compares without decoding a term, which a string id would.
   */
  public static final String ID_KEY = "id_key";

  /** Source URL, for de-duplication and display (StringField). */
  public static final String URL = "url";

  /** Site the article came from, e.g. "dantri.com.vn" (StringField; facet dimension too). */
  public static final String SOURCE = "source";

  /** Category as displayed, e.g. "Xã hội" (StringField; facet dimension too). */
  public static final String CATEGORY = "category";

  /** Title, diacritics kept, case folded, tone placement unified (TextField). */
  public static final String TITLE_EXACT = "title_exact";

  /** Title with diacritics removed; stored and indexed with offsets for highlighting. */
  public static final String TITLE_FOLDED = "title_folded";

  /** Lead + body, diacritics kept (TextField). */
  public static final String BODY_EXACT = "body_exact";

  /** Lead + body, folded; stored and indexed with offsets, so snippets come from it. */
  public static final String BODY_FOLDED = "body_folded";

  /** Publication time in epoch milliseconds: LongPoint for ranges, doc values for sorting. */
  public static final String PUBLISHED = "published";

  /** Canonical party names (StringField, one value per party). */
  public static final String PARTY = "party";

  /** Folded, lower-cased canonical party names, for lookup without diacritics. */
  public static final String PARTY_FOLDED = "party_folded";

  /** Canonical names of every organisation mentioned (StringField). */
  public static final String ORG = "org";

  /** Folded organisation names. */
  public static final String ORG_FOLDED = "org_folded";

  /** The article as stored JSON, without its body (which lives in {@link #BODY_FOLDED}). */
  public static final String ARTICLE_JSON = "article_json";

  /** Facet dimensions (SortedSetDocValuesFacetField). */
  public static final String FACET_PARTY = "parties";

  public static final String FACET_CATEGORY = "categories";

  public static final String FACET_MONTH = "months";

  public static final String FACET_SOURCE = "sources";
}
