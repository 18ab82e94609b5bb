package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;

/**
 * Loads {@code names-mined.tsv}: trade names the corpus writes after a body's head and bare
 * ("Samsung", "Hòa Phát", "Vietjet"), written by {@link NameMiner}, and finds them where an article
 * writes them bare, with their capitals. They are the article's organisations (facets, chips), and
 * party candidates only in a signing clause its known bodies leave short of a side ({@link
 * #inClause}): they stay out of the gazetteer's trie, so no signing or other name reads them. A
 * name the hand-kept tables or the mined aliases already know whole is left out: they win, and name
 * the body.
 */
final class MinedNames {
  static final String FILE = "names-mined.tsv";

  /** No mined names: the hand-kept gazetteer's. */
  static final MinedNames NONE = new MinedNames(Map.of(), new Phrases(), Map.of());

  /**
   * The kinds of heads (heads.tsv) whose name may be a trade name's fuller one: "Công ty Samsung
   * Electronics Việt Nam", not "Trung tâm R&D Samsung", a centre of the company.
   */
  private static final Set<String> COMPANY_HEADS = Set.of("company", "finance");

  /**
   * One mined name: as written, its folded words, which words start with a capital, which follow a
   * comma or a break in the name itself, and the name a mention of it shows (its body's most
   * written form: "Vietjet" for "Vietjet Air").
   */
  private record Name(String name, String[] keys, boolean[] upper, boolean[] apart, String shown) {}

  /** A bare mention of a mined name at syllables [from, to). */
  record Found(int from, int to, String name) {}

  /** Folded first word → the names it opens, longest first. */
  private final Map<String, List<Name>> byFirst;

  /**
   * The words of name-contexts.tsv that a place's or a person's name follows ("phà", "cảng",
   * "ông"): a mined name after one is that place or person ("phà Tuần Châu"), as the miner counts
   * it.
   */
  private final Phrases placeOrPerson;

  /** A mined name as written → the name of its body's most written form, where they differ. */
  private final Map<String, String> shownAs;

  private MinedNames(
      Map<String, List<Name>> byFirst, Phrases placeOrPerson, Map<String, String> shownAs) {
    this.byFirst = byFirst;
    this.placeOrPerson = placeOrPerson;
    this.shownAs = shownAs;
  }

  /** The names of {@code rows} that no table names whole yet. */
  static MinedNames of(NameTrie trie, Map<String, List<String>> aliases, List<String[]> rows) {
    int known =
        Kind.NATIONAL.bit()
            | Kind.PROVINCE.bit()
            | Kind.LOCAL.bit()
            | Kind.COUNTRY.bit()
            | Kind.NAMED.bit();
    Map<String, List<Name>> byFirst = new HashMap<>();
    Map<String, String> shownAs = new HashMap<>();
    for (String[] row : rows) {
      String name = row[0].strip();
      if (aliases.containsKey(name) || whole(trie, name, known)) {
        continue;
      }
      Syllables w = Syllables.of(name, Vocabulary.EMPTY);
      String[] keys = Syllables.keys(name).toArray(String[]::new);
      boolean[] upper = new boolean[w.size];
      boolean[] apart = new boolean[w.size];
      for (int i = 0; i < w.size; i++) {
        upper[i] = w.has(i, Syllables.UPPER);
        apart[i] = i > 0 && apart(w, i);
      }
      if (keys.length == 0 || keys.length != w.size || !upper[0]) {
        continue;
      }
      String body = Gazetteer.cell(row, 4).strip();
      String shown = body.isEmpty() ? name : known(trie, aliases, body, known);
      if (!shown.equals(name)) {
        shownAs.put(name, shown);
      }
      byFirst
          .computeIfAbsent(keys[0], k -> new ArrayList<>())
          .add(new Name(name, keys, upper, apart, shown));
    }
    for (List<Name> names : byFirst.values()) {
      names.sort((a, b) -> b.keys().length - a.keys().length);
    }
    Phrases placeOrPerson = new Phrases();
    for (String[] row : Gazetteer.rows(NameMiner.CONTEXTS)) {
      if (row[0].equals("place") || row[0].equals("person")) {
        placeOrPerson.add(row[1].strip(), row[0]);
      }
    }
    return new MinedNames(Map.copyOf(byFirst), placeOrPerson, Map.copyOf(shownAs));
  }

  /**
   * The name a party or an organisation written as a mined name's other form is shown under ("Delta
   * Air Lines" → "Delta", as the corpus writes the airline most), else {@code name}.
   */
  String shown(String name) {
    return shownAs.getOrDefault(name, name);
  }

  boolean isEmpty() {
    return byFirst.isEmpty();
  }

  /**
   * The mined names the article writes bare ({@link #find}), each under the shortest found name its
   * words start with ({@link #shortest}): found once per article, for {@link #organisations} and
   * for each signing clause ({@link #inClause}).
   */
  List<Found> mentions(Syllables s, OrganisationMatcher.Scan scan, NameTrie trie) {
    return byFirst.isEmpty() ? List.of() : shortest(find(s, scan, trie));
  }

  /**
   * The article's organisations, first mention first: the scan's names and the mined names it
   * writes bare ({@link #mentions}), outside every name the scan read ("Tập đoàn Samsung" is the
   * scan's), neither going on in capitals nor ending a capitalised run ("FLC Biscom", "... Việt Nam
   * Maritime Bank"), and not a body the article names more fully after a company's head or defines
   * ("Công ty CP Tasco", "Tập đoàn Hoàng Anh Gia Lai (HAGL)").
   */
  static List<String> organisations(OrganisationMatcher.Scan scan, List<Found> found) {
    List<String> names = scan.names();
    if (found.isEmpty()) {
      return names;
    }
    List<String> out = new ArrayList<>();
    int f = 0;
    for (OrganisationMatcher.Mention m : scan.mentions()) {
      for (; f < found.size() && found.get(f).from() < m.from(); f++) {
        add(out, found.get(f).name());
      }
      if (m.name() != null) {
        add(out, m.name());
      }
    }
    for (; f < found.size(); f++) {
      add(out, found.get(f).name());
    }
    return List.copyOf(out);
  }

  /**
   * Each found name under the shortest found name its words start with: "Vietjet Air" and
   * "Vietjet", "Garuda Indonesia" and "Garuda" in one article are one airline, by its trade name.
   */
  private static List<Found> shortest(List<Found> found) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found x : found) {
      String name = x.name();
      for (Found y : found) {
        if (name.startsWith(y.name() + " ")) {
          name = y.name();
        }
      }
      out.add(name.equals(x.name()) ? x : new Found(x.from(), x.to(), name));
    }
    return out;
  }

  private static void add(List<String> out, String name) {
    if (!out.contains(name)) {
      out.add(name);
    }
  }

  /**
   * {@code read}, a signing sentence's candidates [from, to), with the article's mined names
   * ({@code found}, {@link #mentions}) that stand in the sentence among them, in text order: names
   * {@link ClauseParties} reads only in a party's place of a clause the known bodies leave short of
   * a side ("Vietjet ký hợp đồng với ...").
   */
  static List<ClauseParties.Candidate> inClause(
      List<Found> found, List<ClauseParties.Candidate> read, int from, int to) {
    List<ClauseParties.Candidate> out = null;
    for (Found f : found) {
      if (f.from() < from || f.to() > to || overlaps(read, f)) {
        continue;
      }
      out = out == null ? new ArrayList<>(read) : out;
      out.add(new ClauseParties.Candidate(f.from(), f.to(), f.name(), true));
    }
    if (out == null) {
      return read;
    }
    out.sort(Comparator.comparingInt(ClauseParties.Candidate::from));
    return out;
  }

  private static boolean overlaps(List<ClauseParties.Candidate> read, Found f) {
    for (ClauseParties.Candidate c : read) {
      if (c.from() < f.to() && f.from() < c.to()) {
        return true;
      }
    }
    return false;
  }

  /** The bare mentions of mined names in {@code s}, in the text's order. */
  List<Found> find(Syllables s, OrganisationMatcher.Scan scan, NameTrie trie) {
    boolean[] taken = new boolean[s.size];
    for (OrganisationMatcher.Mention m : scan.mentions()) {
      for (int k = Math.max(0, m.from()); k < Math.min(s.size, m.to()); k++) {
        taken[k] = true;
      }
    }
    for (OrganisationMatcher.Mention m : scan.places()) {
      for (int k = Math.max(0, m.from()); k < Math.min(s.size, m.to()); k++) {
        taken[k] = true;
      }
    }
    List<Found> out = new ArrayList<>();
    Map<String, Boolean> named = new HashMap<>();
    for (int k = 0; k < s.size; k++) {
      if (taken[k] || !s.has(k, Syllables.UPPER)) {
        continue;
      }
      Name n = longest(s, k, taken);
      if (n == null) {
        continue;
      }
      int to = k + n.keys().length;
      if (!goesOn(s, k, to)
          && !joined(s, k, to)
          && placeOrPerson.endingAt(s, k, 4) == 0
          && !named.computeIfAbsent(n.name(), x -> namedFully(s, scan, trie, x))) {
        out.add(new Found(k, to, n.shown()));
      }
      k = to - 1;
    }
    return out;
  }

  /** The longest mined name at k, its words free and capitalised as listed. */
  private Name longest(Syllables s, int k, boolean[] taken) {
    List<Name> names = byFirst.get(new String(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]));
    if (names == null) {
      return null;
    }
    for (Name n : names) {
      int len = n.keys().length;
      boolean fits = k + len <= s.size;
      for (int i = 0; fits && i < len; i++) {
        fits =
            !taken[k + i]
                && s.is(k + i, n.keys()[i])
                && (!n.upper()[i] || s.has(k + i, Syllables.UPPER))
                // "Bắc, Trung, Nam" holds no "Trung Nam"
                && (i == 0
                    || s.sentence[k + i] == s.sentence[k] && apart(s, k + i) == n.apart()[i]);
      }
      if (fits && !chained(s, k, k + len)) {
        return n;
      }
    }
    return null;
  }

  /** Whether a comma or a break comes before syllable k: a name holds one only as written. */
  private static boolean apart(Syllables s, int k) {
    return s.has(k, Syllables.BREAK | Syllables.COMMA);
  }

  /**
   * Whether the mention at [k, to) has a dash inside and is a link of a chain of dashes: "giọng Bắc
   * - Trung - Nam" holds no "Trung Nam", though the corpus writes "Rolls - Royce" and "Lockheed -
   * Martin" for the names mined without their dash.
   */
  private static boolean chained(Syllables s, int k, int to) {
    boolean inner = false;
    for (int i = k + 1; i < to; i++) {
      inner |= s.has(i, Syllables.DASH);
    }
    return inner && (s.has(k, Syllables.DASH) || to < s.size && s.has(to, Syllables.DASH));
  }

  /**
   * Whether the name at [f, to) goes on in capitals in the same run, or ends one: the first words
   * of a longer name ("FLC Biscom", "CAE Oxford Aviation Academy") or the brand that ends a longer
   * name ("Ngân hàng TMCP Hàng Hải Việt Nam Maritime Bank"), no mention of its own.
   */
  private static boolean goesOn(Syllables s, int f, int to) {
    return inRun(s, to) && s.has(to, Syllables.UPPER)
        || inRun(s, f)
            && s.has(f - 1, Syllables.UPPER)
            && f >= 2
            && s.sentence[f - 2] == s.sentence[f - 1]; // not "Theo Samsung", a sentence's first
  }

  /**
   * Whether the name at [f, to) is joined to a code by a slash or a dash with no space ("số
   * 312/2007/DS-GĐT"): a part of a reference, not a body.
   */
  private static boolean joined(Syllables s, int f, int to) {
    int a = s.start[f];
    int b = s.end[to - 1];
    return a > 0 && (s.text[a - 1] == '/' || s.text[a - 1] == '-')
        || b + 1 < s.length
            && (s.text[b] == '/' || s.text[b] == '-')
            && Character.isLetterOrDigit(s.text[b + 1]);
  }

  /** Whether syllable k follows the one before it in the same sentence, no punctuation between. */
  private static boolean inRun(Syllables s, int k) {
    return k > 0
        && k < s.size
        && s.sentence[k] == s.sentence[k - 1]
        && !s.has(k, Syllables.BREAK | Syllables.PAREN | Syllables.COMMA | Syllables.DASH);
  }

  /**
   * Whether the article names the body of {@code name} more fully: defines it ("Tập đoàn Hoàng Anh
   * Gia Lai (HAGL)") or names it after a company's or a bank's head ("Công ty CP Tasco").
   */
  private static boolean namedFully(
      Syllables s, OrganisationMatcher.Scan scan, NameTrie trie, String name) {
    for (OrganisationMatcher.Alias a : scan.aliases()) {
      if (a.abbreviation().equals(name)) {
        return true;
      }
    }
    for (OrganisationMatcher.Mention m : scan.mentions()) {
      if (m.name() == null || m.name().equals(name)) {
        continue;
      }
      if (definedAfter(s, m, name)) {
        return true;
      }
      if ((" " + m.name() + " ").contains(" " + name + " ") && companyHead(trie, m.name())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the brackets right after mention {@code m} hold {@code name}. */
  private static boolean definedAfter(Syllables s, OrganisationMatcher.Mention m, String name) {
    if (m.to() >= s.size || !s.has(m.to(), Syllables.PAREN)) {
      return false;
    }
    int to = m.to();
    while (to < s.size
        && s.has(to, Syllables.PAREN)
        && (to == m.to() || !s.has(to, Syllables.BREAK))) {
      to++;
    }
    return s.original(m.to(), to).equals(name);
  }

  /** Whether {@code name} opens with a company's or a bank's head. */
  private static boolean companyHead(NameTrie trie, String name) {
    Syllables w = Syllables.of(name, trie.vocabulary());
    NameTrie.Match head = w.size == 0 ? null : trie.longest(w, 0, Kind.NAMED.bit(), true);
    return head != null
        && head.entry().head() != null
        && COMPANY_HEADS.contains(head.entry().head().kind());
  }

  /**
   * The canonical name of the body a table knows {@code name} whole as ("Sabeco" → the brewer's
   * name), else {@code name}: a mined name's other form shows what the mention of that name would.
   */
  private static String known(
      NameTrie trie, Map<String, List<String>> aliases, String name, int kinds) {
    if (aliases.containsKey(name)) {
      return name;
    }
    Syllables s = Syllables.of(name, trie.vocabulary());
    NameTrie.Match m = s.size == 0 ? null : trie.longest(s, 0, kinds, true);
    return m != null && m.to() == s.size ? m.entry().value() : name;
  }

  /** Whether one name of {@code kinds} spans all of {@code name}. */
  private static boolean whole(NameTrie trie, String name, int kinds) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    NameTrie.Match m = s.size == 0 ? null : trie.longest(s, 0, kinds, true);
    return m != null && m.to() == s.size;
  }
}
