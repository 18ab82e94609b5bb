package vn.newssearch.server.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import vn.newssearch.schema.Fields;

/** The Lucene sort for each order; the id's key breaks ties so that cursors are exact. */
final class Sorts {
  private Sorts() {}

  private static final SortField BY_ID = new SortField(Fields.ID_KEY, SortField.Type.LONG);
  private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_ID);
  private static final Sort NEWEST = new Sort(published(true), BY_ID);
  private static final Sort OLDEST = new Sort(published(false), BY_ID);

  static Sort of(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> RELEVANCE;
      case NEWEST -> NEWEST;
      case OLDEST -> OLDEST;
    };
  }

  /** Undated articles come last in either direction. */
  private static SortField published(boolean newestFirst) {
    return new SortField(
        Fields.PUBLISHED,
        SortField.Type.LONG,
        newestFirst,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }
}
