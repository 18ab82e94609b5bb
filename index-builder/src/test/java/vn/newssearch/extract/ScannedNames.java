package vn.newssearch.extract;

import java.util.List;

/** The organisation names a gazetteer's scan reads in a text, for the tests of the name grammar. */
final class ScannedNames {
  private ScannedNames() {}

  /** The names {@code g}'s matcher reads in {@code text}, case as written ("ignoreCase" off). */
  static List<String> of(Gazetteer g, String text) {
    Syllables s = Syllables.of(text, g.trie().vocabulary());
    return g.matcher().scan(s, false).names();
  }
}
