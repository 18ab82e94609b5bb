package vn.newssearch.bench.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Splits the judged queries in two, so that ranking is tuned on one half and reported on both: a
 * query is in the tune half when the first byte of the SHA-256 of its id is even, else in the test
 * half. The split depends on the id alone, so adding queries never moves an old one, and nobody
 * chooses which queries are held out.
 */
public final class Halves {
  public static final String TUNE = "tune";
  public static final String TEST = "test";

  private Halves() {}

  /** {@link #TUNE} or {@link #TEST} for a query id. */
  public static String of(String id) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (hash[0] & 1) == 0 ? TUNE : TEST;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The name of a group's figures over one half: {@code "filtered [tune]"}. */
  public static String group(String group, String half) {
    return group + " [" + half + "]";
  }
}
