package vn.newssearch.extract;

import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * Bodies named after a head word, never listed anywhere: "Công ty Cổ phần LILAMA 10", "Tập đoàn Dầu
 * khí Việt Nam", "Trường Đại học Tôn Đức Thắng". The name is the run of capitalised syllables after
 * the head; a run that would stop half-way through a word gives no body at all.
 */
final class NamedBodies {
  private static final int NAME_ENDS = Kind.NATIONAL.bit() | Kind.LOCAL.bit() | Kind.ROLE.bit();
  private static final int NAME_MAX = 8;

  private final NameTrie trie;
  private final Set<String> stopWords;
  private final Set<String> forms;

  NamedBodies(NameTrie trie, Set<String> stopWords, Set<String> forms) {
    this.trie = trie;
    this.stopWords = stopWords;
    this.forms = forms;
  }

  /**
   * Whether a named body's head is one: spelled as listed, with its diacritics ("Quỹ", not the
   * "Quy" of Quy Nhơn), and not inside a run of capitals such as a person's name ("Nguyễn Trường").
   */
  static boolean isHead(Syllables s, Match m) {
    String alias = (String) m.entry().data();
    if (!s.original(m.from(), m.to()).equalsIgnoreCase(alias)) {
      return false;
    }
    int before = m.from() - 1;
    return before < 0
        || s.has(m.from(), Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || !s.has(before, Syllables.UPPER);
  }

  /**
   * The end of a capitalised name after a head ("Công ty Cổ phần LILAMA 10"): capitalised syllables
   * and numbers, each optionally followed by one lower-case syllable of the same word ("Cổ phần",
   * "Dầu khí"); it starts with a capital and stops at punctuation, a stop word or another body.
   */
  int nameEnd(Syllables s, int from, boolean ignoreCase) {
    int end = from;
    int k = from;
    while (k < s.size && k - from < NAME_MAX) {
      if (s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
        break;
      }
      if (k > from && s.id[k] >= 0 && trie.longest(s, k, NAME_ENDS, ignoreCase) != null) {
        break;
      }
      if (s.has(k, Syllables.UPPER) || s.number(k) >= 0) {
        end = ++k;
        continue;
      }
      if (k == from || !s.has(k - 1, Syllables.UPPER) || isStop(s, k)) {
        break;
      }
      int next = k + 1;
      boolean closes =
          next >= s.size
              || s.has(next, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
              || isStop(s, next);
      boolean continues = !closes && (s.has(next, Syllables.UPPER) || s.number(next) >= 0);
      if (closes) {
        end = next;
        break;
      }
      if (!continues) {
        break;
      }
      k++;
    }
    return dangles(s, from, end) ? from : end;
  }

  /**
   * Whether the name stops half-way through a word: its last syllable is a Vietnamese one (with
   * diacritics) or a legal form, and a lower-case syllable follows ("Công ty Cổ | phần chăn nuôi",
   * "Tổng công ty Vận | tải"). Such a name would be wrong, so there is none.
   */
  private boolean dangles(Syllables s, int from, int end) {
    if (end == from || end >= s.size) {
      return false;
    }
    if (s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || s.has(end, Syllables.UPPER)
        || s.number(end) >= 0
        || isStop(s, end)) {
      return false;
    }
    String last = s.original(end - 1);
    return forms.contains(last) || !last.chars().allMatch(c -> c < 128);
  }

  private boolean isStop(Syllables s, int k) {
    return stopWords.contains(s.original(k).toLowerCase(java.util.Locale.ROOT));
  }
}
