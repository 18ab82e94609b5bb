package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;

/**
 * One body given twice as a party, once cut short and once in full, keeps only the full form: the
 * signing clause and the title or a later sentence write the same body two ways, and each way
 * resolves to a name of its own (docs/agreements.md, "One body given twice").
 */
final class FullerForms {
  /** heads.tsv's kinds whose bodies with "Việt Nam" added are another firm, the local branch. */
  private static final Set<String> FIRMS = Set.of("company", "finance");

  /** Words and spaces only. */
  private static final java.util.regex.Pattern WORDS =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N} ]+");

  private FullerForms() {}

  /** {@code parties} without each name another of them gives in a fuller form. */
  static List<String> of(List<String> parties, NameTrie trie) {
    if (parties.size() < 2) {
      return parties;
    }
    List<String> out = new ArrayList<>(parties);
    for (String shorter : parties) {
      for (String longer : parties) {
        if (!shorter.equals(longer) && fuller(shorter, longer, trie)) {
          out.remove(shorter);
          break;
        }
      }
    }
    return out.size() == parties.size() ? parties : List.copyOf(out);
  }

  /**
   * {@code parties} with each one that names no place given as the one organisation of the article
   * that is the same name and its province or district after it: "Cục Hải quan và Hội Doanh nhân
   * trẻ tỉnh Cà Mau ký kết" in an article that names "Cục Hải quan tỉnh Cà Mau" elsewhere. Not a
   * body of the national tables ("Tập đoàn Viettel" beside its branch "Viettel Hà Nội"), and none
   * when the article places the name in two units.
   */
  static List<String> placed(List<String> parties, List<String> organisations, NameTrie trie) {
    List<String> out = null;
    for (int i = 0; i < parties.size(); i++) {
      String party = parties.get(i);
      String[] a = words(party);
      Syllables s = Syllables.of(party, trie.vocabulary());
      NameTrie.Match listed = trie.longest(s, 0, Kind.NATIONAL.bit(), true);
      if (listed != null && listed.to() == s.size || cutPlace(s, trie)) {
        continue;
      }
      String only = null;
      for (String o : organisations) {
        String[] b = words(o);
        if (b.length > a.length
            && startsWith(b, a)
            && placeOnly(o.substring(o.length() - tailLength(o, b.length - a.length)), trie)) {
          only = only == null || only.equalsIgnoreCase(o) ? o : "";
        }
      }
      if (only != null && !only.isEmpty() && !parties.contains(only)) {
        out = out == null ? new ArrayList<>(parties) : out;
        out.set(i, only);
      }
    }
    return out == null ? parties : List.copyOf(out);
  }

  /**
   * {@code parties} with each one that the article also names with its legal form given in that
   * form: "Công ty Nafoods Group" in the signing clause, "Công ty Cổ phần Nafoods Group" in the
   * lead. The same words but the legal form ({@link Gazetteer#strictBodyKey}) are one body, and the
   * form the article gives in full is its name; none when it gives two fuller forms.
   */
  static List<String> withForm(List<String> parties, List<String> organisations, NameTrie trie) {
    List<String> out = null;
    for (int i = 0; i < parties.size(); i++) {
      String party = parties.get(i);
      String key = Gazetteer.strictBodyKey(trie, party);
      // the words of a name, a hyphen parting them too ("Rolls-Royce" is "Rolls Royce")
      int length = Gazetteer.NOT_WORD.split(party.strip()).length;
      int form = formSyllables(party, trie);
      String only = null;
      for (String o : organisations) {
        int more = Gazetteer.NOT_WORD.split(o.strip()).length - length;
        if (more > 0
            && formSyllables(o, trie) - form == more
            && Gazetteer.strictBodyKey(trie, o).equals(key)) {
          only = only == null || only.equalsIgnoreCase(o) ? o : "";
        }
      }
      if (only != null && !only.isEmpty() && !parties.contains(only)) {
        out = out == null ? new ArrayList<>(parties) : out;
        out.set(i, only);
      }
    }
    return out == null ? parties : List.copyOf(out);
  }

  /** The syllables of legal-form words after the head of {@code name} ("Cổ phần", "TNHH"). */
  private static int formSyllables(String name, NameTrie trie) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    int n = 0;
    for (int k = 1; k < s.size; k++) {
      NameTrie.Match form = trie.longest(s, k, Kind.FORM.bit(), true);
      if (form != null) {
        n += form.to() - k;
        k = form.to() - 1;
      }
    }
    return n;
  }

  /** Whether {@code rest} is a place of ours alone: a unit and its name, or a province. */
  private static boolean placeOnly(String rest, NameTrie trie) {
    if (!WORDS.matcher(rest).matches()) {
      return false;
    }
    Syllables t = Syllables.of(rest, trie.vocabulary());
    NameTrie.Match unit = trie.longest(t, 0, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true);
    if (unit != null && unit.to() < t.size && capitalised(t, unit.to())) {
      return true;
    }
    NameTrie.Match province = trie.longest(t, 0, Kind.PROVINCE.bit(), false);
    return province != null && province.to() == t.size && !province.entry().province().abroad();
  }

  /** Whether {@code longer} names the body {@code shorter} names, in more words. */
  static boolean fuller(String shorter, String longer, NameTrie trie) {
    String[] a = words(shorter);
    String[] b = words(longer);
    if (governs(a, b, longer, trie)) {
      return true;
    }
    if (a.length >= b.length || !startsWith(b, a)) {
      return false;
    }
    Syllables s = Syllables.of(shorter, trie.vocabulary());
    String rest = longer.substring(longer.length() - tailLength(longer, b.length - a.length));
    return ownState(s, rest, trie) || cutPlace(s, trie) && placeGoesOn(rest, trie);
  }

  /**
   * "vùng Occitanie" beside "Chính quyền vùng Occitanie": a place abroad a signer's title names and
   * its government the clause names are one side (PartyCandidates.foreignUnit).
   */
  private static boolean governs(String[] a, String[] b, String longer, NameTrie trie) {
    if (a.length >= b.length
        || !java.util.Arrays.equals(a, 0, a.length, b, b.length - a.length, b.length)) {
      return false;
    }
    Syllables s = Syllables.of(longer, trie.vocabulary());
    Phrases.Phrase government = ClauseWords.INSTANCE.get("local-government").at(s, 0);
    return government != null && government.length() == b.length - a.length;
  }

  /**
   * "Trường Đại học Hàng hải" and "Trường Đại học Hàng hải Việt Nam": a Vietnamese body written
   * once with its state; not a firm, where "Công ty X Việt Nam" is X's Vietnamese company.
   */
  private static boolean ownState(Syllables s, String rest, NameTrie trie) {
    Syllables t = Syllables.of(rest, trie.vocabulary());
    NameTrie.Match state = trie.longest(t, 0, Kind.COUNTRY.bit(), true);
    if (state == null || state.to() != t.size || !"Việt Nam".equals(state.entry().value())) {
      return false;
    }
    NameTrie.Match head = trie.longest(s, 0, Kind.NAMED.bit(), true);
    return head != null
        && head.entry().data() instanceof NamedBodies.Head h
        && head.to() < s.size
        && !FIRMS.contains(h.kind());
  }

  /**
   * "Liên đoàn Lao động huyện Ngọc" beside "Liên đoàn Lao động huyện Ngọc Lặc": the shorter name
   * ends with a place after its unit ("huyện", "tỉnh", "xã"), which the longer one goes on with,
   * the place's other syllables or the province it lies in; one body either way.
   */
  private static boolean cutPlace(Syllables s, NameTrie trie) {
    for (int k = 1; k < s.size - 1; k++) {
      NameTrie.Match unit = trie.longest(s, k, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true);
      if (unit != null && unit.to() < s.size && capitalised(s, unit.to())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code rest} only goes on with the place: its other syllables ("Lặc") or the unit it
   * lies in ("tỉnh Thanh Hóa"); not another body ("- Trường Đại học Bách khoa", a member school).
   */
  private static boolean placeGoesOn(String rest, NameTrie trie) {
    if (!WORDS.matcher(rest).matches()) {
      return false; // a dash, a bracket or a comma opens something else
    }
    Syllables t = Syllables.of(rest, trie.vocabulary());
    NameTrie.Match unit = trie.longest(t, 0, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true);
    if (unit != null && unit.to() < t.size && capitalised(t, unit.to())) {
      return true;
    }
    for (int k = 0; k < t.size; k++) {
      if (trie.longest(t, k, Kind.NAMED.bit(), true) != null) {
        return false;
      }
    }
    return capitalised(t, 0);
  }

  /** Whether every word from {@code from} on starts with a capital: a place's name ("Cư M'gar"). */
  private static boolean capitalised(Syllables s, int from) {
    for (int k = from; k < s.size; k++) {
      if (!s.has(k, Syllables.UPPER)) {
        return false;
      }
    }
    return true;
  }

  private static String[] words(String name) {
    return name.toLowerCase(Locale.ROOT).strip().split("\\s+");
  }

  private static boolean startsWith(String[] longer, String[] shorter) {
    for (int i = 0; i < shorter.length; i++) {
      if (!longer[i].equals(shorter[i])) {
        return false;
      }
    }
    return true;
  }

  /** The length of the last {@code n} words of {@code name}, with the spaces between them. */
  private static int tailLength(String name, int n) {
    int at = name.length();
    for (int seen = 0; seen < n; seen++) {
      at = name.lastIndexOf(' ', at - 1);
    }
    return name.length() - at - 1;
  }
}
