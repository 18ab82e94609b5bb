package vn.newssearch.server.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.search.FieldDoc;

/**
 * The opaque {@code cursor}: the sort values of the last hit of a page (the score or the
 * publication time, then the id's key), so the next page starts right after it with searchAfter. A
 * relevance cursor also says whether that hit was in the rescored window ({@link
 * AdjacencyRescorer}); its score is then the rescored one, and the next page starts after it within
 * the window. The cluster backend issues the same cursors over its own sort values. Cursors are
 * signed (HMAC-SHA256, cut to 128 bits) with the server's key, so a client cannot make one up: a
 * NaN score or a position no page ended at never reaches Lucene.
 */
public final class Cursor {
  private static final char SEP = '~';
  private static final String RESCORED = "w";
  private static final String MAC = "HmacSHA256";
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;

  /** Signs with {@code key}; the same key must be given to every server that shares cursors. */
  public Cursor(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a cursor key needs at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), MAC);
  }

  /**
   * A key made once for this process: its cursors are refused after a restart, and every service of
   * the process issues the same cursor for the same page.
   */
  static byte[] processKey() {
    return PROCESS_KEY.clone();
  }

  private static final byte[] PROCESS_KEY = new byte[32];

  static {
    new SecureRandom().nextBytes(PROCESS_KEY);
  }

  /** Where the next page starts: after {@code last}, within the rescored window or not. */
  public record Position(FieldDoc last, boolean rescored) {}

  public String encode(SortOrder sort, FieldDoc last, boolean rescored) {
    Object primary = last.fields[0];
    String value =
        primary instanceof Float f
            ? (rescored ? RESCORED : "") + Integer.toHexString(Float.floatToIntBits(f))
            : Long.toString((Long) primary);
    String raw = sort.label() + SEP + value + SEP + Long.toHexString((Long) last.fields[1]);
    byte[] payload = raw.getBytes(StandardCharsets.UTF_8);
    byte[] signed =
        ByteBuffer.allocate(payload.length + MAC_BYTES).put(payload).put(mac(payload)).array();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
  }

  /**
   * The search-after position for a reader. Id keys are unique, so the doc number only decides for
   * the last hit itself; the highest doc number skips it even if a refresh renumbered documents.
   */
  static FieldDoc after(FieldDoc decoded, int maxDoc) {
    return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, decoded.fields);
  }

  /**
   * The position to search after; a cursor from another sort order, or not signed here, is a 400.
   */
  public Position decode(String cursor, SortOrder sort) {
    byte[] signed;
    try {
      signed = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw bad();
    }
    if (signed.length <= MAC_BYTES) {
      throw bad();
    }
    byte[] payload = Arrays.copyOf(signed, signed.length - MAC_BYTES);
    byte[] tag = Arrays.copyOfRange(signed, payload.length, signed.length);
    if (!MessageDigest.isEqual(tag, mac(payload))) {
      throw bad();
    }
    String raw = new String(payload, StandardCharsets.UTF_8);
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
        float score = Float.intBitsToFloat(Integer.parseUnsignedInt(bits, 16));
        if (!Float.isFinite(score)) {
          throw bad();
        }
        primary = Float.valueOf(score);
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

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static BadRequestException bad() {
    return new BadRequestException(
        "cursor", "cursor is not one this server issued; use the nextCursor of a response");
  }
}
