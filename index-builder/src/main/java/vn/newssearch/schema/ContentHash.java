package vn.newssearch.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable ids: the first 16 hex digits of a SHA-256 over the given parts. */
public final class ContentHash {
  private ContentHash() {}

  /** Hashes the parts as UTF-8, separated by NUL; a null part counts as empty. */
  public static String of(String... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String p : parts) {
      sha.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }
}
