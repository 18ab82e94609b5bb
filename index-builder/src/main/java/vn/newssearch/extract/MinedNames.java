package vn.newssearch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;

/**
 * Loads {@code names-mined.tsv}: trade names the corpus writes after a body's head and bare
 * ("Samsung", "Hòa Phát", "Vietjet"), written by {@link NameMiner}. Each is a body named as
 * written, found wherever the text writes it with its capital. A name the hand-kept tables or the
 * mined aliases already know whole is left out: they win, and name the body.
 */
final class MinedNames {
  static final String FILE = "names-mined.tsv";

  /**
   * The kinds of heads (heads.tsv) whose name may be a trade name's fuller one: "Công ty Samsung
   * Electronics Việt Nam", not "Trung tâm R&D Samsung", a centre of the company.
   */
  private static final Set<String> COMPANY_HEADS = Set.of("company", "finance");

  private MinedNames() {}

  /** Adds the names no table knows yet; returns them. */
  static Set<String> add(NameTrie trie, Map<String, List<String>> aliases, List<String[]> rows) {
    int known =
        Kind.NATIONAL.bit()
            | Kind.PROVINCE.bit()
            | Kind.LOCAL.bit()
            | Kind.COUNTRY.bit()
            | Kind.NAMED.bit();
    Set<String> added = new HashSet<>();
    for (String[] row : rows) {
      String name = row[0].strip();
      if (aliases.containsKey(name) || whole(trie, name, known)) {
        continue;
      }
      added.add(name);
      aliases.put(name, List.of());
      trie.add(name, Kind.NATIONAL, name, new NameTrie.MinedName(), true);
    }
    return added;
  }

  /** The name of body {@code e} when the brackets right after it hold {@code name}, else null. */
  private static String definedBefore(Syllables s, OrganisationMatcher.Draft e, String name) {
    if (e.name == null || e.name.equals(name) || e.to >= s.size || !s.has(e.to, Syllables.PAREN)) {
      return null;
    }
    int to = e.to;
    while (to < s.size
        && s.has(to, Syllables.PAREN)
        && (to == e.to || !s.has(to, Syllables.BREAK))) {
      to++;
    }
    return s.original(e.to, to).equals(name) ? e.name : null;
  }

  /**
   * Whether the mined name {@code m} goes on in capitals in the same run, or ends one: the first
   * words of a longer name ("FLC Biscom", "CAE Oxford Aviation Academy") or the brand that ends a
   * listed body's ("Ngân hàng TMCP Hàng Hải Việt Nam Maritime Bank"), no mention of its own.
   */
  static boolean goesOn(NameTrie trie, Syllables s, NameTrie.Match m) {
    if (!(m.entry().data() instanceof NameTrie.MinedName)) {
      return false;
    }
    int k = m.to();
    int f = m.from();
    return inRun(s, k) && s.has(k, Syllables.UPPER)
        || f > 0
            && inRun(s, f)
            && s.has(f - 1, Syllables.UPPER)
            && f >= 2
            && s.sentence[f - 2]
                == s.sentence[f - 1]; // not "Theo Samsung", a sentence's first word
  }

  /** Whether syllable k follows the one before it in the same sentence, no punctuation between. */
  private static boolean inRun(Syllables s, int k) {
    return k > 0
        && k < s.size
        && s.sentence[k] == s.sentence[k - 1]
        && !s.has(k, Syllables.BREAK | Syllables.PAREN | Syllables.COMMA | Syllables.DASH);
  }

  /** Whether a mined trade name starts at syllable k. */
  static boolean at(Syllables s, NameTrie trie, int k) {
    NameTrie.Match m = s.id[k] < 0 ? null : trie.longest(s, k, Kind.NATIONAL.bit(), false);
    return m != null && m.entry().data() instanceof NameTrie.MinedName;
  }

  /** Whether one name of {@code kinds} spans all of {@code name}. */
  private static boolean whole(NameTrie trie, String name, int kinds) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    NameTrie.Match m = s.size == 0 ? null : trie.longest(s, 0, kinds, true);
    return m != null && m.to() == s.size;
  }

  /**
   * A mined trade name that the article also writes after a head ("Tập đoàn Samsung", "Công ty cổ
   * phần thực phẩm dinh dưỡng NutiFood") or defines ("Tập đoàn Hoàng Anh Gia Lai (HAGL)") is the
   * body by that fuller name, as the article gives it: the guide's full name.
   */
  static void fullerNames(
      Syllables s,
      List<OrganisationMatcher.Draft> drafts,
      List<OrganisationMatcher.Alias> aliases,
      Set<String> mined) {
    for (OrganisationMatcher.Draft d : drafts) {
      if (d.name == null || !mined.contains(d.name) || d.head.entry().kind() != Kind.NATIONAL) {
        continue;
      }
      String fuller = null;
      for (OrganisationMatcher.Alias a : aliases) {
        if (a.abbreviation().equals(d.name)) {
          fuller = a.name();
          break;
        }
      }
      for (int i = 0; fuller == null && i < drafts.size(); i++) {
        fuller = definedBefore(s, drafts.get(i), d.name); // "... Hoàng Anh Gia Lai (HAGL)"
      }
      for (int i = 0; fuller == null && i < drafts.size(); i++) {
        OrganisationMatcher.Draft e = drafts.get(i);
        if (e.name != null
            && e.kind == Kind.NAMED
            && e.head.entry().head() != null
            && COMPANY_HEADS.contains(e.head.entry().head().kind())
            && !e.name.equals(d.name)
            && (" " + e.name + " ").contains(" " + d.name + " ")) {
          fuller = e.name;
        }
      }
      d.name = fuller == null ? d.name : fuller;
    }
  }
}
