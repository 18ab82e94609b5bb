package vn.newssearch.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Collects the "Tên đầy đủ (VIẾT TẮT)" definitions a corpus makes for organisations and keeps the
 * reliable ones, for {@code aliases-mined.tsv}. The names are read by the same grammar as every
 * article's (a head noun and its modifiers, {@link NamedBodies}), with only the hand-kept tables,
 * so the output does not depend on the previous output. Not thread-safe: one miner per thread.
 *
 * <p>A pair is kept when it is seen at least {@link #MIN_SEEN} times, the abbreviation names that
 * body in at least {@link #MIN_SHARE} of its definitions, and the abbreviation is made of the
 * name's initials (VIETNAMESE.md: "LĐLĐ" = Liên đoàn Lao động, Đ stays Đ); an abbreviation that is
 * not (a brand: "Sabeco", "EVN") needs {@link #MIN_SEEN_BRAND} definitions and {@link
 * #MIN_SHARE_BRAND}.
 */
public final class AliasMiner {
  static final int MIN_SEEN = 2;
  static final double MIN_SHARE = 0.75;
  static final int MIN_SEEN_BRAND = 3;
  static final double MIN_SHARE_BRAND = 0.9;
  static final int MAX_USES_PER_DEFINITION = 30;

  /** One kept pair: the name as most often written, its abbreviation, counts. */
  public record Row(String name, String abbreviation, int seen, double share) {}

  private final Gazetteer gazetteer;

  /** abbreviation → folded name → [count, and the spellings by count]. */
  private final Map<String, Map<String, Map<String, Integer>>> pairs = new HashMap<>();

  /** How often each abbreviation-like word ("BHYT", "EVN") occurs at all. */
  private final Map<String, Integer> uses = new HashMap<>();

  /** abbreviation → the scopes its definitions gave it ({@link AliasScope}). */
  private final Map<String, Set<String>> scopes = new HashMap<>();

  /** abbreviation → how many definitions named a province it does not spell. */
  private final Map<String, Integer> placed = new HashMap<>();

  private final AliasScope scope;

  private long definitions;

  public AliasMiner(Gazetteer handKept) {
    this.gazetteer = handKept;
    this.scope = new AliasScope(handKept.trie());
  }

  /** Reads one article's text (title, lead, body: any parts, nulls skipped). */
  public void accept(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        text.append(p).append('\n');
      }
    }
    Syllables s = Syllables.of(text.toString(), gazetteer.trie().vocabulary());
    for (int k = 0; k < s.size; k++) {
      if (s.has(k, Syllables.UPPER) && capitals(s, k) >= 2) {
        uses.merge(s.original(k), 1, Integer::sum);
      }
    }
    for (OrganisationMatcher.Alias a : gazetteer.matcher().scan(s, false).aliases()) {
      definitions++;
      Set<String> seen = scopes.computeIfAbsent(a.abbreviation(), x -> new HashSet<>());
      seen.addAll(scope.after(s, a.abbreviation()));
      String place = scope.placeNotSpelled(a.name(), a.abbreviation());
      if (place != null) {
        // "Kho bạc Nhà nước (KBNN) Hà Nội": the abbreviation is the treasury's, of any province;
        // not a name for this one, and a definition that the other names must outnumber
        seen.add(place);
        placed.merge(a.abbreviation(), 1, Integer::sum);
        continue;
      }
      pairs
          .computeIfAbsent(a.abbreviation(), x -> new HashMap<>())
          .computeIfAbsent(VietnameseAnalysis.foldKey(a.name()), x -> new HashMap<>())
          .merge(a.name(), 1, Integer::sum);
    }
  }

  /** How many definitions were read, repeats included. */
  public long definitions() {
    return definitions;
  }

  /** How many distinct (abbreviation, name) pairs were read. */
  public int distinctPairs() {
    return pairs.values().stream().mapToInt(Map::size).sum();
  }

  /** The reliable pairs, by abbreviation. */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Map<String, Integer>>> e : pairs.entrySet()) {
      int total = placed.getOrDefault(e.getKey(), 0);
      Map<String, Integer> best = null;
      int bestCount = 0;
      for (Map<String, Integer> spellings : e.getValue().values()) {
        int n = spellings.values().stream().mapToInt(Integer::intValue).sum();
        total += n;
        if (n > bestCount) {
          best = spellings;
          bestCount = n;
        }
      }
      String name =
          best.entrySet().stream()
              .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
              .orElseThrow()
              .getKey();
      String abbreviation = e.getKey();
      double share = (double) bestCount / total;
      boolean initials = initialsMatch(name, abbreviation);
      boolean kept =
          initials
              ? bestCount >= MIN_SEEN && share >= MIN_SHARE
              : bestCount >= MIN_SEEN_BRAND && share >= MIN_SHARE_BRAND;
      // "Quỹ Bảo hiểm y tế (BHYT)": an abbreviation used far more often than defined is a common
      // noun's ("bảo hiểm y tế"), not this body's.
      kept &= uses.getOrDefault(abbreviation, 0) <= MAX_USES_PER_DEFINITION * total;
      // "Uỷ ban Kiểm tra (UBKT) Trung ương", "... (UBKT) Tỉnh uỷ Gia Lai": defined in two scopes,
      // the abbreviation is a kind of body at every level, not one body
      kept &= scopes.getOrDefault(abbreviation, Set.of()).size() < 2;
      if (kept) {
        out.add(new Row(name, abbreviation, bestCount, share));
      }
    }
    return oneSpelling(out);
  }

  /**
   * One canonical spelling per body, the most defined one: "Ủy ban Kiểm tra Trung ương" (UBKTTW, 7)
   * and "Ủy ban Kiểm tra trung ương" (UBKTTƯ, 2) are one body for the party filter.
   */
  private static List<Row> oneSpelling(List<Row> rows) {
    Map<String, Row> most = new HashMap<>();
    for (Row r : rows) {
      most.merge(VietnameseAnalysis.foldKey(r.name()), r, (a, b) -> b.seen() > a.seen() ? b : a);
    }
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      String name = most.get(VietnameseAnalysis.foldKey(r.name())).name();
      out.add(new Row(name, r.abbreviation(), r.seen(), r.share()));
    }
    out.sort(Comparator.comparing(Row::abbreviation).thenComparing(Row::name));
    return out;
  }

  /**
   * Whether the abbreviation's capitals are initials of the name's syllables, in order, at least
   * two, the first being the first initial after the head or the head's own: "EVN" is not made of
   * "Tập đoàn Điện lực Việt Nam"; "PVN" is not, "TKV" is of "Tập đoàn Công nghiệp Than - Khoáng sản
   * Việt Nam" only as T·K·V.
   */
  static boolean initialsMatch(String name, String abbreviation) {
    List<Character> initials = new ArrayList<>();
    for (String word : name.split("[\\s\\-–,&()]+")) {
      if (!word.isEmpty()) {
        initials.add(fold(word.charAt(0)));
      }
    }
    String letters = abbreviation.replaceAll("[^\\p{L}]", "");
    if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return false;
    }
    int i = 0;
    for (int j = 0; j < letters.length(); j++) {
      char c = fold(letters.charAt(j));
      while (i < initials.size() && initials.get(i) != c) {
        i++;
      }
      if (i == initials.size()) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static int capitals(Syllables s, int k) {
    int n = 0;
    for (int i = s.start[k]; i < s.end[k]; i++) {
      n += Character.isUpperCase(s.text[i]) ? 1 : 0;
    }
    return n;
  }

  /** Upper case without diacritics, except that Đ stays Đ. */
  private static char fold(char c) {
    char u = Character.toUpperCase(c);
    if (u == 'Đ') {
      return u;
    }
    return Normalizer.normalize(String.valueOf(u), Normalizer.Form.NFD).charAt(0);
  }
}
