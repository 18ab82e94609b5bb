package vn.newssearch.server.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;

/**
 * The opaque {@code cursor}: the sort values of the last hit of a page (the score or the
 * publication time, then the id's key), so the next page starts right after it with searchAfter. A
 * relevance cursor also says whether that hit was in the rescored window ({@link
 * AdjacencyRescorer}); its score is then the rescored one, and the next page starts after it within
 * the window.
 */
final class Cursor {
  private Cursor() {}

  private static final char SEP = '~';
  private static final String RESCORED = "w";

  /** Where the next page starts: after {@code last}, within the rescored window or not. */
  record Position(FieldDoc last, boolean rescored) {}

  static String encode(SortOrder sort, FieldDoc last, boolean rescored) {
    Object primary = last.fields[0];
    String value =
        primary instanceof Float f
            ? (rescored ? RESCORED : "") + Integer.toHexString(Float.floatToIntBits(f))
            : Long.toString((Long) primary);
    String raw = sort.label() + SEP + value + SEP + Long.toHexString((Long) last.fields[1]);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The search-after position for a reader. Id keys are unique, so the doc number only decides for
   * the last hit itself; the highest doc number skips it even if a refresh renumbered documents.
   */
  static FieldDoc after(FieldDoc decoded, int maxDoc) {
    return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, decoded.fields);
  }

  /** The position to search after; a cursor from another sort order or a garbled one is a 400. */
  static Position decode(String cursor, SortOrder sort) {
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
    String value = raw.substring(a + 1, b);
    boolean rescored = sort == SortOrder.RELEVANCE && value.startsWith(RESCORED);
    try {
      // Not a ?: expression: that would promote the long to a float.
      if (sort == SortOrder.RELEVANCE) {
        String bits = rescored ? value.substring(RESCORED.length()) : value;
        primary = Float.valueOf(Float.intBitsToFloat(Integer.parseUnsignedInt(bits, 16)));
      } else {
        primary = Long.valueOf(value);
      }
    } catch (NumberFormatException e) {
      throw bad();
    }
    Long key;
    try {
      key = Long.parseUnsignedLong(raw.substring(b + 1), 16);
    } catch (NumberFormatException e) {
      throw bad();
    }
    return new Position(new FieldDoc(0, Float.NaN, new Object[] {primary, key}), rescored);
  }

  private static BadRequestException bad() {
    return new BadRequestException(
        "cursor", "cursor is not one this server issued; use the nextCursor of a response");
  }
}
