package vn.newssearch.extract;

import java.util.List;
import java.util.Optional;

/**
 * Known organisations and provinces, loaded from data files on the classpath: canonical names and
 * their aliases and abbreviations. Immutable and thread-safe.
 *
 * <p>PLACEHOLDER: the real implementation replaces this body.
 */
public final class Gazetteer {
  private Gazetteer() {}

  /** Loads the bundled data files. */
  public static Gazetteer load() {
    return new Gazetteer();
  }

  /**
   * The canonical name for a name as a user or an article writes it: canonical, alias or
   * abbreviation, any case, with or without diacritics. "Bộ LĐ-TB&XH" → "Bộ Lao động - Thương binh
   * và Xã hội".
   */
  public Optional<String> resolve(String name) {
    return Optional.empty();
  }

  /** Up to {@code limit} canonical names closest to {@code name}, best first, for suggestions. */
  public List<String> suggest(String name, int limit) {
    return List.of();
  }
}
