package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * An abbreviation that an article defines ("Tổng công ty ... Sài Gòn (Sabeco)") names that body
 * wherever the article writes it, before the definition too (titles use it first): "Sabeco và ...
 * ký kết". Matched as written, whole syllables, outside the bodies already found.
 */
final class AliasUses {
  /** More abbreviations than this in one article are not worth a pass each. */
  private static final int MAX = 8;

  private AliasUses() {}

  static <D> void add(
      Syllables s,
      List<D> drafts,
      List<OrganisationMatcher.Alias> aliases,
      java.util.function.ToIntFunction<D> from,
      java.util.function.ToIntFunction<D> to,
      Maker<D> make) {
    boolean[] covered = new boolean[s.size];
    for (D d : drafts) {
      for (int k = from.applyAsInt(d); k < to.applyAsInt(d) && k < s.size; k++) {
        covered[k] = true;
      }
    }
    List<D> found = new ArrayList<>();
    for (OrganisationMatcher.Alias a : aliases.subList(0, Math.min(MAX, aliases.size()))) {
      char first = a.abbreviation().charAt(0);
      int len = Syllables.keys(a.abbreviation()).size();
      for (int k = 0; k + len <= s.size; k++) {
        if (covered[k] || s.text[s.start[k]] != first || !s.has(k, Syllables.UPPER)) {
          continue;
        }
        if (s.original(k, k + len).equals(a.abbreviation())) {
          found.add(make.make(k, k + len, a.name()));
          for (int i = k; i < k + len; i++) {
            covered[i] = true;
          }
        }
      }
    }
    drafts.addAll(found);
    drafts.sort(java.util.Comparator.comparingInt(from));
  }

  /** Makes a body found at syllables [from, to). */
  interface Maker<D> {
    D make(int from, int to, String name);
  }
}
