package vn.newssearch.server.search;

import java.util.Collection;
import java.util.List;

/**
 * The warnings a party or organisation filter leaves, and when an unknown name gets suggestions:
 * one wording and one bound for the embedded index and the cluster alike.
 */
public final class NameWarnings {
  private NameWarnings() {}

  /** Suggestions per unknown name. */
  public static final int SUGGESTIONS = 3;

  /**
   * Names up to this long get "did you mean" suggestions; the suggester compares the whole value
   * with every known name, so its work grows with the length. The longest official name is about 90
   * characters, and a value far longer is not a misspelt name.
   */
  public static final int MAX_SUGGESTED_CHARS = 120;

  /**
   * Unknown names per request that get suggestions (each scans the gazetteer); the rest only a
   * warning.
   */
  public static final int MAX_SUGGESTED_NAMES = 3;

  /** Whether {@code typed} gets suggestions, given the warnings the request has so far. */
  public static boolean suggestFor(String typed, List<SearchResponse.Warning> warnings) {
    long unknownSoFar = warnings.stream().filter(w -> w.code().equals("unknown-name")).count();
    return typed.length() <= MAX_SUGGESTED_CHARS && unknownSoFar < MAX_SUGGESTED_NAMES;
  }

  /** A name nobody knows: no hits, with the closest known names if there are any. */
  public static SearchResponse.Warning unknown(
      String what, String typed, Collection<String> suggestions) {
    StringBuilder w = new StringBuilder();
    w.append("Unknown ").append(what).append(" \"").append(typed).append("\": no hits.");
    if (typed.length() > MAX_SUGGESTED_CHARS) {
      w.append(" (Too long for suggestions.)");
    }
    if (!suggestions.isEmpty()) {
      w.append(" Did you mean: ").append(String.join("; ", suggestions)).append('?');
    }
    return new SearchResponse.Warning(
        "unknown-name", w.toString(), typed, List.copyOf(suggestions));
  }

  /** Bodies listed by name in an {@link #atPlaces} warning's message; the rest are counted. */
  public static final int LISTED_PLACES = 5;

  /**
   * Bodies an {@link #atPlaces} warning gives in its {@code names}, the most frequent first: a name
   * typed without its place may stand for hundreds, which the message counts.
   */
  public static final int GIVEN_PLACES = 100;

  /**
   * A name typed without its place ("Công an tỉnh", "Sở Y tế") that the filter matched as the body
   * of each place the party list names with it.
   */
  public static SearchResponse.Warning atPlaces(String what, String typed, List<String> names) {
    String message =
        "\""
            + typed
            + "\" has no place; the "
            + what
            + " filter matched it at "
            + names.size()
            + (names.size() == 1 ? " place: " : " places: ");
    return bodies("name-at-places", message, typed, names);
  }

  /**
   * A place typed as a party ("Nghệ An") that the filter matched as the body that governs it too
   * ("Ủy ban nhân dân tỉnh Nghệ An"), which signs for it.
   */
  public static SearchResponse.Warning placeGovernment(
      String what, String typed, List<String> names) {
    String message =
        "\""
            + typed
            + "\" is a place; the "
            + what
            + " filter also matched the body that governs it: ";
    return bodies("place-government", message, typed, names);
  }

  /**
   * A warning about the bodies a typed name matched: the message's {@code opening}, the first
   * {@link #LISTED_PLACES} of them and "…" for more; the first {@link #GIVEN_PLACES} as {@code
   * names}.
   */
  private static SearchResponse.Warning bodies(
      String code, String opening, String typed, List<String> names) {
    String listed = String.join("; ", names.subList(0, Math.min(LISTED_PLACES, names.size())));
    String more = names.size() > LISTED_PLACES ? "; …" : "";
    return new SearchResponse.Warning(
        code,
        opening + listed + more + ".",
        typed,
        List.copyOf(names.subList(0, Math.min(GIVEN_PLACES, names.size()))));
  }

  /** A known name that no article has yet. */
  public static SearchResponse.Warning withoutArticles(
      String what, String canonical, String typed) {
    return new SearchResponse.Warning(
        "name-without-articles",
        "No article has the " + what + " \"" + canonical + "\" (from \"" + typed + "\") yet.",
        typed,
        List.of(canonical));
  }
}
