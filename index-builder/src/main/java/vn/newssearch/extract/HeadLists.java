package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.OrganisationMatcher.Draft;
import vn.newssearch.extract.OrganisationMatcher.Where;

/**
 * One head over a list of names or numbers after a plural: "các Đồn Biên phòng A, B và C", "hai
 * Trường THPT A và B", "các Lữ đoàn 434, 550 và 71" are one body per name, each with the head, as
 * {@link PlaceLists} reads a provincial head over a list of provinces. The first body is read as
 * any named body; the items after it are the same kind of name (a number after a number, a
 * capitalised name after a name) and the list ends where one is not (a verb, "thuộc", a bracket, a
 * clause end). A count must count them all.
 */
final class HeadLists {
  /** At most this many bodies in one list. */
  private static final int MAX_LIST = 8;

  /** At most this many syllables in a name of the list. */
  private static final int NAME_MAX = 4;

  /** Words that start another body, a person's title or a place: no name of the list. */
  private static final int OTHERS =
      PlaceLists.BODIES
          | Kind.ROLE.bit()
          | Kind.TRIGGER.bit()
          | Kind.COUNTRY.bit()
          | Kind.PROVINCE.bit()
          | Kind.TYPE.bit();

  private final NameTrie trie;

  HeadLists(NameTrie trie) {
    this.trie = trie;
  }

  /**
   * The bodies of the list that the body {@code d}, right after a plural, opens, added to the
   * drafts after it; the last draft ({@code d} when there is no list).
   */
  Draft spread(Syllables s, Draft d, List<Draft> drafts) {
    int p = d.from - 1;
    if (p < 0
        || d.name == null
        || d.to >= s.size
        || s.has(d.from, SEPARATED)
        || !s.has(d.from, Syllables.UPPER)) {
      return d; // "các hãng Airbus, Boeing": a class noun before brands, no head (BrandNames)
    }
    boolean plural = s.is(p, "cac") && "các".equals(s.original(p));
    // a count written alone: "ngày 9/2, Tổng công ty A và B" counts nothing
    boolean alone = p == 0 || s.has(p, SEPARATED) || s.joiner(p) == ' ';
    int n = plural || !alone ? -1 : ClauseWords.INSTANCE.count(s, p);
    if (!plural && (n < 2 || n > MAX_LIST)) {
      return d;
    }
    boolean numbers = s.number(d.to - 1) >= 0;
    int first = numbers ? d.to - 1 : nameStart(s, d);
    String written = first < 0 ? null : s.original(first, d.to);
    if (written == null || !d.name.endsWith(" " + written)) {
      return d;
    }
    String stem = d.name.substring(0, d.name.length() - written.length());
    List<Draft> out = new ArrayList<>();
    CommaLists.walkOn(
        s,
        d.to,
        MAX_LIST,
        q -> {
          int end = numbers ? numberEnd(s, q) : nameEnd(s, q);
          if (end > q) {
            Draft item = new Draft(q, end, d.head, Where.NA);
            item.name = stem + s.original(q, end);
            out.add(item);
          }
          return end;
        });
    if (out.isEmpty() || n > 0 && out.size() + 1 != n) {
      return d;
    }
    // the first body starts at the plural, which counts the list and makes no kind of body of it
    // ("các Công ty ..." alone names none: CandidateContext.counted)
    drafts.set(drafts.lastIndexOf(d), d.startingAt(p));
    drafts.addAll(out);
    return out.get(out.size() - 1);
  }

  /**
   * Where the capitalised name that ends the body's words starts, after its head ("Đồn Biên phòng
   * |Ga Ry", "Trường THPT |Nguyễn Huệ"), or -1 when the body ends in no such name.
   */
  private static int nameStart(Syllables s, Draft d) {
    int k = d.to;
    while (k - 1 >= d.head.to()
        && d.to - k < NAME_MAX
        && written(s, k - 1)
        && (k == d.to || !s.has(k, SEPARATED))) {
      k--;
    }
    return k < d.to ? k : -1;
  }

  /** Whether syllable k is written as a word of a name: a capital, then lower case. */
  private static boolean written(Syllables s, int k) {
    String word = s.original(k);
    return s.has(k, Syllables.UPPER)
        && s.number(k) < 0
        && (word.length() == 1 || !word.equals(word.toUpperCase(java.util.Locale.ROOT)));
  }

  /** The end of a number of the list that starts at q ("550"), else -1. */
  private static int numberEnd(Syllables s, int q) {
    return s.number(q) >= 0 && !s.has(q, Syllables.PAREN) ? q + 1 : -1;
  }

  /**
   * The end of a capitalised name of the list that starts at q ("Tr'Hy", "A Nông"), else -1. Not an
   * abbreviation ("THCS Sơn Tinh": another kind of school), nor one syllable before a lower-case
   * word ("Công nghệ", "Y tế": a field's first word, not a name).
   */
  private int nameEnd(Syllables s, int q) {
    if (!written(s, q) || s.has(q, Syllables.PAREN) || trie.longest(s, q, OTHERS, false) != null) {
      return -1;
    }
    int k = q + 1;
    while (k < s.size && k - q < NAME_MAX && written(s, k) && !s.has(k, SEPARATED)) {
      k++;
    }
    boolean goesOn = k < s.size && !s.has(k, SEPARATED) && !s.is(k, "va");
    return goesOn && (s.has(k, Syllables.UPPER) || k == q + 1) ? -1 : k;
  }

  /** What ends a name of the list before a capitalised word that goes on. */
  private static final int SEPARATED =
      Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN;
}
