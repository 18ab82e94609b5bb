package vn.newssearch.extract;

import java.util.List;
import java.util.Map;
import vn.newssearch.extract.NameTrie.Kind;

/**
 * Loads {@code aliases-mined.tsv}: organisations and the abbreviations the corpus defines for them
 * ("Tổng công ty ... Sài Gòn (Sabeco)"), written by {@link AliasMiner}. A row whose name or
 * abbreviation the hand-kept tables already know is left out: the hand-kept tables win.
 */
final class MinedAliases {
  static final String FILE = "aliases-mined.tsv";

  private MinedAliases() {}

  /** Adds the rows the hand-kept tables do not know; returns the canonical names it added. */
  static java.util.Set<String> add(
      NameTrie trie, Map<String, List<String>> aliases, List<String[]> rows) {
    int known = Kind.NATIONAL.bit() | Kind.PROVINCE.bit() | Kind.LOCAL.bit() | Kind.COUNTRY.bit();
    java.util.Set<String> mined = new java.util.HashSet<>();
    for (String[] row : rows) {
      String written = row[0];
      // "Hiệp hội Bất động sản TP. HCM" is named "... thành phố Hồ Chí Minh", as the walk names it
      String canonical = NameBounds.spelledOut(trie, written);
      String abbreviation = row[1];
      boolean again = mined.contains(canonical); // "EVN CPC" and "EVNCPC"
      if (!again && aliases.containsKey(canonical)
          || !again && whole(trie, written, known)
          || whole(trie, abbreviation, known)) {
        continue;
      }
      mined.add(canonical);
      List<String> list = new java.util.ArrayList<>(aliases.getOrDefault(canonical, List.of()));
      if (!written.equals(canonical) && !list.contains(written)) {
        list.add(written);
      }
      list.add(abbreviation);
      aliases.put(canonical, List.copyOf(list));
      trie.add(canonical, Kind.NATIONAL, canonical, null, true);
      trie.add(written, Kind.NATIONAL, canonical, null, true);
      trie.add(abbreviation, Kind.NATIONAL, canonical, null, true);
    }
    return mined;
  }

  /** Whether one name of {@code kinds} spans all of {@code name}. */
  private static boolean whole(NameTrie trie, String name, int kinds) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    NameTrie.Match m = s.size == 0 ? null : trie.longest(s, 0, kinds, true);
    return m != null && m.to() == s.size;
  }
}
