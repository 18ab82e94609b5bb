package vn.newssearch.server.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque {@code cursor}: the sort values of the last hit of a page (the score or the
 * publication time, then the id), so the next page starts right after it with searchAfter.
 */
final class Cursor {
  private Cursor() {}

  private static final char SEP = '~';

  static String encode(SortOrder sort, FieldDoc last) {
    Object primary = last.fields[0];
    String value =
        primary instanceof Float f
            ? Integer.toHexString(Float.floatToIntBits(f))
            : Long.toString((Long) primary);
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String raw = sort.label() + SEP + value + SEP + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position to search after; a cursor from another sort order or a garbled one is a 400. */
  /**
   * The search-after position for a reader. Ids are unique, so the doc number only decides for the
   * last hit itself; the highest doc number skips it even if a refresh renumbered documents.
   */
  static FieldDoc after(FieldDoc decoded, int maxDoc) {
    return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, decoded.fields);
  }

  static FieldDoc decode(String cursor, SortOrder sort) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad();
    }
    int a = raw.indexOf(SEP);
    int b = a < 0 ? -1 : raw.indexOf(SEP, a + 1);
    if (b < 0) {
      throw bad();
    }
    if (!raw.substring(0, a).equals(sort.label())) {
      throw new BadRequestException(
          "cursor", "this cursor belongs to another sort order; start again without cursor");
    }
    Object primary;
    try {
      String value = raw.substring(a + 1, b);
      // Not a ?: expression: that would promote the long to a float.
      if (sort == SortOrder.RELEVANCE) {
        primary = Float.valueOf(Float.intBitsToFloat(Integer.parseUnsignedInt(value, 16)));
      } else {
        primary = Long.valueOf(value);
      }
    } catch (NumberFormatException e) {
      throw bad();
    }
    BytesRef id = new BytesRef(raw.substring(b + 1));
    return new FieldDoc(0, Float.NaN, new Object[] {primary, id});
  }

  private static BadRequestException bad() {
    return new BadRequestException(
        "cursor", "cursor is not one this server issued; use the nextCursor of a response");
  }
}
