package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.schema.TextNormaliser;

/**
 * Collects the trade names a corpus writes after a body's head noun ("tập đoàn Samsung", "hãng hàng
 * không Vietjet", "Công ty Hòa Phát", "nhà mạng Viettel") and keeps those it also writes bare, for
 * {@code names-mined.tsv}: a body that an article names by its trade name alone ("Samsung ký thỏa
 * thuận với ...") is known from what the other articles say it is. Read with the hand-kept tables
 * only, so that the output does not depend on the previous output. Two readings: the first collects
 * the names after a head ({@link #accept}), the second counts where the corpus writes them without
 * one ({@link #recount}). Not thread-safe: one miner per thread.
 *
 * <p>A name is kept when seen after an opener ({@code name-contexts.tsv}) in at least {@link
 * #MIN_HEADED} articles and bare in at least {@link #MIN_BARE}; after openers of one kind in {@link
 * #MIN_KIND_SHARE} of the articles that write it after any head (a bank and a paper, "Ngân hàng Bản
 * Việt" and "Báo Bản Việt", is no one body); after a place's or a person's word ("xã Tân Long",
 * "ông Hòa Phát") in at most {@link #MAX_ELSE} of its uses; one word only when no Vietnamese
 * syllable is spelled so ("Samsung", not "Sao"); not a Vietnamese surname and one or two more
 * syllables (a person); nothing the hand-kept tables name whole or open (a province, a state, a
 * head); and not the first words of a longer kept name that openers write more often ("Hoàng Anh"
 * of "Hoàng Anh Gia Lai").
 */
public final class NameMiner {
  static final int MIN_HEADED = 3;
  static final int MIN_BARE = 2;

  /**
   * A name spelled in Vietnamese needs more: companies share their names with people ("Minh Thu",
   * "Linh Anh") and places.
   */
  static final int MIN_HEADED_VIETNAMESE = 10;

  /** So does one word: an English word is a brand's too ("United", "Total"). */
  static final int MIN_HEADED_ONE_WORD = 5;

  static final double MIN_KIND_SHARE = 0.8;

  /** The opener kinds of a business (name-contexts.tsv), one kind for {@link #MIN_KIND_SHARE}. */
  static final Set<String> BUSINESS_KINDS = Set.of("company", "airline", "carrier");

  static final double MAX_ELSE = 0.1;

  /**
   * A name the corpus writes bare more than this many times as often as after a head is a word of
   * its own (a region: "Cửu Long"); a Vietnamese one written bare less than {@link
   * #MIN_BARE_PER_HEADED} as often stands alone as a common word ("Á Châu", "Tiên Phong").
   */
  static final double MAX_BARE_PER_HEADED = 8;

  static final double MIN_BARE_PER_HEADED = 0.25;

  /**
   * A name quoted as a source ("theo Reuters") more than this share of its bare uses: an agency.
   */
  static final double MAX_SOURCE = 0.5;

  /** At most this many words in a trade name ("Samsung Electronics Việt Nam"). */
  static final int MAX_WORDS = 5;

  static final String CONTEXTS = "name-contexts.tsv";

  /**
   * A trade name written with a {@code tail} word of name-contexts.tsv after it names the same body
   * when the corpus writes the name alone after an opener of the tail's kind in at least this many
   * articles ("hãng hàng không Vietjet"; never "hãng hàng không Vinpearl", so "Vinpearl Air" is no
   * Vinpearl).
   */
  static final int MIN_TAIL_KIND = 2;

  /**
   * One kept name: as most often written, its body's kind, articles after an opener and bare, and
   * the kept name of the same body it is shown under ("Vietjet" for "Vietjet Air"), else empty.
   */
  public record Row(String name, String kind, int headed, int bare, String body) {
    public Row(String name, String kind, int headed, int bare) {
      this(name, kind, headed, bare, "");
    }
  }

  /** What the two readings learn of one name (by its lower-case key). */
  private static final class Stats {
    final Map<String, Integer> spellings = new HashMap<>();
    final Map<String, Integer> kinds = new HashMap<>();
    int otherHead;
    int bare;
    int place;
    int person;
    int source;
    int continued;
    int closed;
    int lower;
    boolean oneForeignWord;
  }

  private final NameTrie trie;
  private final Set<String> surnames;
  private final Map<String, Phrases> contexts = new HashMap<>();
  private final Map<String, Stats> names = new HashMap<>();

  /**
   * Words a trade name goes on with and stays one body (lower case) → the opener kind the name
   * alone must be written after, or "" for any: "Air" an airline's, "AG" any.
   */
  private final Map<String, String> tails = new HashMap<>();

  /** The kinds whose openers open a name only when written with a capital. */
  private final Set<String> capitalOnly = new HashSet<>();

  /** First word of a name (lower case) → the names' words, longest first; built for the recount. */
  private Map<String, List<String[]>> byFirstWord;

  private long headed;

  /** What a trade name may not start with: a listed body, a place, a head, a title, a unit. */
  private static final int KNOWN =
      Kind.NATIONAL.bit()
          | Kind.PROVINCE.bit()
          | Kind.LOCAL.bit()
          | Kind.NAMED.bit()
          | Kind.TYPE.bit()
          | Kind.GENERIC.bit()
          | Kind.STOP.bit()
          | Kind.DISTRICT.bit()
          | Kind.COUNTRY.bit()
          | Kind.WORD.bit()
          | Kind.ROLE.bit()
          | Kind.UNIT.bit();

  public NameMiner(Gazetteer handKept) {
    this.trie = handKept.trie();
    Set<String> folded = new HashSet<>();
    for (String[] row : Gazetteer.rows("surnames.txt")) {
      if (!Gazetteer.personOnly(row)) {
        folded.add(lower(row[0].strip()));
      }
    }
    this.surnames = folded;
    for (String[] row : Gazetteer.rows(CONTEXTS)) {
      String value = Gazetteer.cell(row, 2).isBlank() ? row[0] : row[2].strip();
      contexts.computeIfAbsent(row[0], c -> new Phrases()).add(row[1].strip(), value);
      if (Gazetteer.cell(row, 3).strip().equals("capital")) {
        capitalOnly.add(value);
      }
      if (row[0].equals("tail")) {
        tails.put(lower(row[1].strip()), Gazetteer.cell(row, 2).strip());
      }
    }
  }

  /** How many names after an opener the first reading saw. */
  public long headed() {
    return headed;
  }

  /** How many distinct names the first reading saw after an opener. */
  public int distinctNames() {
    return names.size();
  }

  /** First reading: one article's text (title, lead, body: any parts, nulls skipped). */
  public void accept(String... parts) {
    Syllables s = Syllables.of(join(parts), trie.vocabulary());
    Map<String, String> kinds = new HashMap<>(); // this article's names → kind, or "" (other head)
    Phrases openers = contexts.get("opener");
    Phrases others = contexts.get("other-head");
    Phrases products = contexts.get("product");
    for (int k = 0; k < s.size; k++) {
      Phrases.Phrase opener = openers.at(s, k);
      Phrases.Phrase other = others.at(s, k);
      Phrases.Phrase product = products.at(s, k);
      if (product != null
          && (opener == null || product.length() > opener.length())
          && (other == null || product.length() > other.length())) {
        int end = nameEnd(s, k + product.length());
        k = Math.max(k, end - 1); // "xe Grab", "máy bay Boeing": the maker's brand, no kind
        continue;
      }
      if (opener != null && other != null && other.length() > opener.length()) {
        opener = null; // "hãng tin Reuters", a news agency, not "hãng"
      } else if (opener != null) {
        other = null;
      }
      if (opener == null && other == null
          || opener != null && capitalOnly.contains(opener.value()) && !s.has(k, Syllables.UPPER)) {
        continue; // "tổ chức" in lower case is mostly the verb, to organise
      }
      String kind = opener == null ? "" : opener.value();
      int q = k + (opener == null ? other.length() : opener.length());
      q = afterForms(s, q);
      int end = nameEnd(s, q);
      if (end == q) {
        continue;
      }
      String key = key(s, q, end);
      Stats st = names.computeIfAbsent(key, x -> new Stats());
      if (!kind.isEmpty()) {
        headed++;
        st.spellings.merge(s.original(q, end), 1, Integer::sum);
        st.oneForeignWord = end == q + 1 && BrandWords.shaped(s, q);
        if (continued(s, end)) {
          st.continued++;
        } else {
          st.closed++;
        }
      }
      String before = kinds.get(key);
      if (before == null || before.isEmpty()) {
        kinds.put(key, kind);
      }
      k = end - 1;
    }
    kinds.forEach(
        (key, kind) -> {
          Stats st = names.get(key);
          if (kind.isEmpty()) {
            st.otherHead++;
          } else {
            st.kinds.merge(kind, 1, Integer::sum);
          }
        });
  }

  /** Starts the second reading: only names seen after an opener are looked for. */
  public void startRecount() {
    byFirstWord = new HashMap<>();
    for (Map.Entry<String, Stats> e : names.entrySet()) {
      if (e.getValue().kinds.isEmpty()) {
        continue;
      }
      String[] words = e.getKey().split(" ");
      byFirstWord.computeIfAbsent(words[0], x -> new ArrayList<>()).add(words);
    }
    byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
  }

  /** Second reading: where the article writes a collected name without an opener. */
  public void recount(String... parts) {
    Syllables s = Syllables.of(join(parts), trie.vocabulary());
    Set<String> bare = new HashSet<>();
    Phrases openers = contexts.get("opener");
    Phrases others = contexts.get("other-head");
    Set<String> lowerHere = new HashSet<>();
    for (int k = 0; k < s.size; k++) {
      if (!s.has(k, Syllables.UPPER)) {
        List<String[]> list = byFirstWord.get(s.original(k));
        String[] words = list == null ? null : matchingLower(s, k, list);
        if (words != null) {
          lowerHere.add(String.join(" ", words)); // "nhà nước", "toàn cầu": a common word
        }
        continue;
      }
      if (insideRun(s, k)) {
        continue;
      }
      List<String[]> list = byFirstWord.get(lower(s.original(k)));
      String[] words = list == null ? null : matching(s, k, list);
      if (words == null) {
        continue;
      }
      int end = k + words.length;
      if (end < s.size && insideRun(s, end)) {
        continue; // a longer name: "Samsung Electronics" is not "Samsung" bare
      }
      Stats st = names.get(String.join(" ", words));
      if (openers.endingAt(s, k, 4) > 0
          || others.endingAt(s, k, 4) > 0
          || contexts.get("product").endingAt(s, k, 3) > 0
          || afterForm(s, k)) {
        k = end - 1; // read by the first reading
      } else if (contexts.get("source").endingAt(s, k, 3) > 0) {
        st.source++;
      } else if (contexts.get("place").endingAt(s, k, 4) > 0) {
        st.place++;
      } else if (contexts.get("person").endingAt(s, k, 3) > 0 || afterTitle(s, k)) {
        st.person++;
      } else {
        bare.add(String.join(" ", words));
      }
      k = end - 1;
    }
    for (String key : bare) {
      names.get(key).bare++;
    }
    for (String key : lowerHere) {
      names.get(key).lower++;
    }
  }

  /** The kept names, most articles after an opener first. */
  public List<Row> rows() {
    Map<String, Row> kept = new HashMap<>();
    for (Map.Entry<String, Stats> e : names.entrySet()) {
      Row row = row(e.getKey(), e.getValue());
      if (row != null) {
        kept.put(e.getKey(), row);
      }
    }
    List<String> prefixes = new ArrayList<>();
    kept.forEach(
        (key, row) -> {
          if (prefixOfCommoner(key, row, kept)) {
            prefixes.add(key);
          }
        });
    kept.keySet().removeAll(prefixes);
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, Row> e : kept.entrySet()) {
      out.add(shownUnder(e.getKey(), e.getValue(), kept));
    }
    out.sort(
        Comparator.comparingInt(Row::headed)
            .reversed()
            .thenComparing(Row::name, Comparator.naturalOrder()));
    return out;
  }

  private Row row(String key, Stats st) {
    if (st.kinds.isEmpty()) {
      return null;
    }
    Map.Entry<String, Integer> kind =
        st.kinds.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow();
    int headedArticles = st.kinds.values().stream().mapToInt(Integer::intValue).sum();
    String[] words = key.split(" ");
    boolean person =
        words.length >= 2 && words.length <= 3 && surnames.contains(words[0]) && !st.oneForeignWord;
    if (headedArticles < MIN_HEADED
        || st.bare < MIN_BARE
        || (!latin(words) && st.bare > MAX_BARE_PER_HEADED * headedArticles)
        || (!latin(words) && st.bare < MIN_BARE_PER_HEADED * headedArticles)
        || st.source > MAX_SOURCE * st.bare
        || st.continued > st.closed
        || (!latin(words) && words.length > 1 && st.lower >= headedArticles)
        || (!latin(words) && headedArticles < MIN_HEADED_VIETNAMESE)
        || (words.length == 1 && headedArticles < MIN_HEADED_ONE_WORD)
        || kindShare(st, kind.getKey()) < MIN_KIND_SHARE * (headedArticles + st.otherHead)
        || st.place + st.person > MAX_ELSE * (headedArticles + st.bare)
        || (words.length == 1 && !st.oneForeignWord)
        || person) {
      return null;
    }
    String name =
        st.spellings.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow()
            .getKey();
    return new Row(name, kind.getKey(), headedArticles, st.bare);
  }

  /**
   * The articles that write the name after an opener of {@code kind}'s, a business's kinds counted
   * as one: an airline and a carrier are companies ("hãng hàng không Vietjet", "công ty Vietjet").
   */
  private static int kindShare(Stats st, String kind) {
    if (!BUSINESS_KINDS.contains(kind)) {
      return st.kinds.get(kind);
    }
    int n = 0;
    for (Map.Entry<String, Integer> e : st.kinds.entrySet()) {
      n += BUSINESS_KINDS.contains(e.getKey()) ? e.getValue() : 0;
    }
    return n;
  }

  /**
   * {@code row} with the name of its body's most written form ({@link #sameBody}) when that is
   * another kept name: "Vietjet Air" (293 articles) under "Vietjet" (366).
   */
  private Row shownUnder(String key, Row row, Map<String, Row> kept) {
    String base = sameBody(key, kept);
    String best = base;
    for (String other : kept.keySet()) {
      if (base.equals(sameBody(other, kept)) && uses(kept.get(other)) > uses(kept.get(best))) {
        best = other;
      }
    }
    if (best.equals(key)) {
      return row;
    }
    return new Row(row.name(), row.kind(), row.headed(), row.bare(), kept.get(best).name());
  }

  private static int uses(Row row) {
    return row.headed() + row.bare();
  }

  /**
   * The shortest kept name that {@code key} is followed by tail words of ({@code tail} rows of
   * name-contexts.tsv): "vietjet" for "vietjet air" when the corpus writes "Vietjet" alone after an
   * airline's opener, "bmw" for "bmw ag"; else {@code key}.
   */
  private String sameBody(String key, Map<String, Row> kept) {
    for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      String base = key.substring(0, i);
      String kind = tails.get(key.substring(i + 1));
      if (kind != null
          && kept.containsKey(base)
          && (kind.isEmpty() || names.get(base).kinds.getOrDefault(kind, 0) >= MIN_TAIL_KIND)) {
        return base;
      }
    }
    return key;
  }

  /** Whether a longer kept name starts with {@code key}'s words and openers write it more. */
  private static boolean prefixOfCommoner(String key, Row row, Map<String, Row> kept) {
    for (Map.Entry<String, Row> e : kept.entrySet()) {
      if (e.getKey().startsWith(key + " ") && e.getValue().headed() > row.headed()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case word that no stop word opens follows the run: "Cảng Hàng | không". */
  private boolean continued(Syllables s, int end) {
    return end < s.size
        && !s.has(end, Syllables.UPPER)
        && s.sentence[end] == s.sentence[end - 1]
        && !s.has(end, Syllables.BREAK | Syllables.PAREN | Syllables.COMMA | Syllables.DASH)
        && (s.id[end] < 0 || trie.longest(s, end, Kind.STOP.bit(), true) == null);
  }

  /**
   * Whether a word of the name spells no Vietnamese syllable ("Samsung", "Sony"): a name whose
   * every word is Vietnamese, marks or none ("Hòa Phát", "Minh Thu"), needs more attestation.
   */
  private static boolean latin(String[] words) {
    for (String w : words) {
      String folded = vn.newssearch.schema.VietnameseAnalysis.foldKey(w);
      if (!folded.isEmpty() && !BrandWords.vietnameseSyllable(folded)) {
        return true;
      }
    }
    return false;
  }

  /** Past the legal forms and further openers after an opener: "Công ty Cổ phần Tập đoàn ...". */
  private int afterForms(Syllables s, int q) {
    Phrases openers = contexts.get("opener");
    while (q < s.size && !s.has(q, Syllables.BREAK | Syllables.PAREN)) {
      NameTrie.Match form = s.id[q] < 0 ? null : trie.longest(s, q, Kind.FORM.bit(), true);
      Phrases.Phrase opener = openers.at(s, q);
      Phrases.Phrase trade = contexts.get("trade").at(s, q);
      if (form != null) {
        q = form.to();
      } else if (trade != null && s.has(q, Syllables.UPPER)) {
        q += trade.length(); // "Công ty TNHH TM DV Hòa Bình": trade and service

      } else if (opener != null && s.has(q, Syllables.UPPER)) {
        q += opener.length();
      } else {
        return q;
      }
    }
    return q;
  }

  /** Whether a legal form ends right before k ("Công ty cổ phần | Hòa Phát"). */
  private boolean afterForm(Syllables s, int k) {
    return trie.endsAt(s, k, 3, Kind.FORM.bit());
  }

  /** Whether a person's title ends right before k ("Tổng giám đốc | Nguyễn Văn A"). */
  private boolean afterTitle(Syllables s, int k) {
    return trie.endsAt(s, k, 5, Kind.ROLE.bit());
  }

  /**
   * The end of the capitalised run from q that may be a trade name: one sentence, no break, comma,
   * dash or bracket inside, at most {@link #MAX_WORDS}; q when there is none or when the hand-kept
   * tables name what starts it.
   */
  private int nameEnd(Syllables s, int q) {
    if (q >= s.size
        || !s.has(q, Syllables.UPPER)
        || s.has(q, Syllables.BREAK | Syllables.PAREN | Syllables.COMMA | Syllables.DASH)
        || (s.id[q] >= 0 && trie.longest(s, q, KNOWN, false) != null)) {
      return q;
    }
    int end = q + 1;
    while (end < s.size && end - q < MAX_WORDS && insideRun(s, end)) {
      end++;
    }
    return end < s.size && insideRun(s, end) ? q : end; // too long for a trade name
  }

  /** Whether capitalised syllable k goes on the run of capitals before it. */
  private static boolean insideRun(Syllables s, int k) {
    return k > 0
        && s.has(k, Syllables.UPPER)
        && s.sentence[k] == s.sentence[k - 1]
        && !s.has(k, Syllables.BREAK | Syllables.PAREN | Syllables.COMMA | Syllables.DASH);
  }

  private static String[] matching(Syllables s, int k, List<String[]> list) {
    for (String[] words : list) {
      if (k + words.length > s.size) {
        continue;
      }
      boolean all = true;
      for (int i = 1; i < words.length && all; i++) {
        all = s.has(k + i, Syllables.UPPER) && lower(s.original(k + i)).equals(words[i]);
      }
      if (all) {
        return words;
      }
    }
    return null;
  }

  /**
   * The name whose first word starts at k in lower case, the rest as written ("nhà nước", "toàn
   * cầu", a common word; "sông Hồng", "cảng Hải Phòng", a common noun and a name), or null.
   */
  private static String[] matchingLower(Syllables s, int k, List<String[]> list) {
    for (String[] words : list) {
      if (words.length < 2 || k + words.length > s.size) {
        continue;
      }
      boolean all = true;
      for (int i = 1; i < words.length && all; i++) {
        all = lower(s.original(k + i)).equals(words[i]);
      }
      if (all) {
        return words;
      }
    }
    return null;
  }

  private static String key(Syllables s, int from, int to) {
    return lower(s.original(from, to));
  }

  private static String lower(String text) {
    return TextNormaliser.normalise(text).toLowerCase(Locale.ROOT);
  }

  private static String join(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        text.append(p).append('\n');
      }
    }
    return text.toString();
  }
}
