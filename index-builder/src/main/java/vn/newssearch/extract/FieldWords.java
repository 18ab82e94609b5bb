package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;

/** Whether a state's name is the first syllable of a word: "Pháp luật" (law) is not "Pháp". */
final class FieldWords {
  private static final int SEPARATORS = NamedBodies.SEPARATORS;

  private FieldWords() {}

  /**
   * A lower-case syllable that is no clause word follows the state's one syllable: "Đời sống và
   * Pháp luật", not "Mỹ ký kết" nor "Pháp đã".
   */
  static boolean isWord(NameTrie trie, Syllables s, int at) {
    int next = at + 1;
    return next < s.size
        && !s.has(next, SEPARATORS | Syllables.UPPER)
        && s.number(next) < 0
        && trie.longest(s, next, Kind.TRIGGER.bit() | Kind.KEEP.bit() | Kind.STOP.bit(), true)
            == null;
  }
}
