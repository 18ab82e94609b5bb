package vn.newssearch.server.search;

import java.util.Collections;
import java.util.List;

/**
 * Which alternatives of an OR group only add score (for {@link TextQueries}, and for the cluster's
 * query, which mirrors it): one that holds another one's syllables in a row ("Thành phố Hồ Chí
 * Minh" beside "Hồ Chí Minh", "TP HCM" beside "HCM") matches no article the shorter one does not.
 */
public final class Alternatives {
  private Alternatives() {}

  /** Whether {@code form} (folded syllables) holds another of the group's {@code forms}. */
  public static boolean onlyAddsScore(List<String> form, List<List<String>> forms) {
    return forms.size() > 1 && forms.stream().anyMatch(other -> holds(form, other));
  }

  /** Whether {@code longer} holds every syllable of the shorter {@code part}, in a row. */
  public static boolean holds(List<String> longer, List<String> part) {
    return part.size() < longer.size() && Collections.indexOfSubList(longer, part) >= 0;
  }
}
