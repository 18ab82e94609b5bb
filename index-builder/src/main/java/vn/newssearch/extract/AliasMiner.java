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

/**
 * Collects the "Tên đầy đủ (VIẾT TẮT)" definitions a corpus makes for organisations and keeps the
 * reliable ones, for {@code aliases-mined.tsv}. The names are read by the same grammar as every
 * article's (a head noun and its modifiers, {@link NamedBodies}), with only the hand-kept tables,
 * so the output does not depend on the previous output. Not thread-safe: one miner per thread.
 *
 * <p>A pair is kept when it is seen at least {@link #MIN_SEEN} times, the abbreviation names that
 * body in at least {@link #MIN_SHARE} of its definitions, and the abbreviation is made of the
 * name's initials (VIETNAMESE.md: "LĐLĐ" = Liên đoàn Lao động, Đ stays Đ); an abbreviation that is
 * not (a brand: "Sabeco", "EVN"), or is two letters only ("TT"), needs {@link #MIN_SEEN_BRAND}
 * definitions and {@link #MIN_SHARE_BRAND}.
 *
 * <p>A body's definitions count together whatever the spelling of its legal form ("Ngân hàng TMCP
 * Đầu tư và Phát triển Việt Nam", "Ngân hàng Thương mại cổ phần ...", "Ngân hàng Đầu tư và Phát
 * triển Việt Nam": {@link #bodyKey}), and the share counts with them the names that are one another
 * with words left out ("Tập đoàn Dầu khí (Quốc gia) Việt Nam": {@link #sameBody}). A common noun's
 * abbreviation is told from a body's by its lower-case expansion in running text ("thẻ bảo hiểm y
 * tế (BHYT)"), and a kind of body from one body by its name written in lower case ("viện kiểm
 * sát"), which needs a second reading ({@link #startRecount}).
 */
public final class AliasMiner {
  static final int MIN_SEEN = 2;
  static final double MIN_SHARE = 0.75;
  static final int MIN_SEEN_BRAND = 3;
  static final double MIN_SHARE_BRAND = 0.9;
  static final int COMMON_PER_DEFINITION = 3;

  /** One kept pair: the name as most often written, its abbreviation, counts. */
  public record Row(String name, String abbreviation, int seen, double share) {}

  private final Gazetteer gazetteer;

  /** abbreviation → folded name → [count, and the spellings by count]. */
  private final Map<String, Map<String, Map<String, Integer>>> pairs = new HashMap<>();

  /** abbreviation → the scopes its definitions gave it ({@link AliasScope}). */
  private final Map<String, Set<String>> scopes = new HashMap<>();

  /** abbreviation → how often it stands in a bracket of its own after a lower-case word. */
  private final Map<String, Integer> afterLower = new HashMap<>();

  /**
   * abbreviation → the capitalised word a bracket of its own follows, in lower case → how often.
   */
  private final Map<String, Map<String, Integer>> afterUpper = new HashMap<>();

  /** abbreviation → how many of its definitions name a body whose last word is lower case. */
  private final Map<String, Integer> bodyAfterLower = new HashMap<>();

  /** Kept name in lower case → how often running text writes it so; null before the recount. */
  private Map<String, Integer> lowerNames;

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

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
      if (Character.isLowerCase(a.name().charAt(a.name().lastIndexOf(' ') + 1))) {
        bodyAfterLower.merge(a.abbreviation(), 1, Integer::sum);
      }
      pairs
          .computeIfAbsent(a.abbreviation(), x -> new HashMap<>())
          .computeIfAbsent(bodyKey(a.name()), x -> new HashMap<>())
          .merge(a.name(), 1, Integer::sum);
    }
    for (int k : bracketed(s, false)) {
      afterLower.merge(s.original(k), 1, Integer::sum);
    }
    for (int k : bracketed(s, true)) {
      afterUpper
          .computeIfAbsent(s.original(k), x -> new HashMap<>())
          .merge(s.original(k - 1).toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
  }

  /**
   * Where abbreviations are written in a bracket of their own right after a lower-case word or,
   * with {@code afterCapital}, after a capitalised one. After lower case: a common noun's expansion
   * ("người có thẻ bảo hiểm y tế (BHYT)", "theo hình thức đối tác công tư (PPP)") or a body's name
   * that ends in one ("Công ty TNHH Thu phí tự động (VETC)"); after capitals: a body's definition
   * or another name's ("Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)").
   */
  static List<Integer> bracketed(Syllables s, boolean afterCapital) {
    List<Integer> out = new ArrayList<>();
    for (int k = 1; k < s.size; k++) {
      if (s.has(k, Syllables.PAREN)
          && !s.has(k - 1, Syllables.PAREN)
          && s.has(k - 1, Syllables.UPPER) == afterCapital
          && s.sentence[k - 1] == s.sentence[k]
          && capitals(s, k) >= 2
          && !(k + 1 < s.size
              && s.has(k + 1, Syllables.PAREN)
              && s.sentence[k + 1] == s.sentence[k])) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * A body's name without its legal form and its spelling of "và" and "Việt Nam", folded: one key
   * for "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "Ngân hàng Thương mại cổ phần Đầu tư và
   * phát triển Việt Nam", "Ngân hàng Đầu tư & Phát triển Việt Nam"; "Công ty CP Sữa VN" and "Công
   * ty cổ phần Sữa Việt Nam".
   */
  String bodyKey(String name) {
    return Gazetteer.bodyKey(gazetteer.trie(), name);
  }

  /** How many definitions were read, repeats included. */
  public long definitions() {
    return definitions;
  }

  /** How many distinct (abbreviation, name) pairs were read. */
  public int distinctPairs() {
    return pairs.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * Starts the second reading of the corpus: {@link #recount} then counts how often running text
   * writes each kept name, or its abbreviation, all in lower case, a common noun's ("viện kiểm
   * sát", "ban kiểm soát"; "da"), which {@link #rows} then drops where that outnumbers the name's
   * definitions.
   */
  public void startRecount() {
    lowerNames = new HashMap<>();
    for (Row r : candidates()) {
      for (String written : List.of(r.name(), r.abbreviation())) {
        String[] words = lowerWords(written);
        if (lowerNames.put(String.join(" ", words), 0) == null) {
          byFirstWord.computeIfAbsent(words[0], x -> new ArrayList<>()).add(words);
        }
      }
    }
  }

  /** Reads one article again after {@link #startRecount}. */
  public void recount(String... parts) {
    StringBuilder text = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        text.append(p).append('\n');
      }
    }
    Syllables s = Syllables.of(text.toString(), gazetteer.trie().vocabulary());
    for (int k = 0; k < s.size; k++) {
      if (s.has(k, Syllables.UPPER)) {
        continue;
      }
      List<String[]> names = byFirstWord.get(s.original(k));
      if (names == null) {
        continue;
      }
      for (String[] words : names) {
        int j = 1;
        while (j < words.length
            && k + j < s.size
            && !s.has(k + j, Syllables.UPPER)
            && s.original(k + j).equals(words[j])) {
          j++;
        }
        if (j == words.length) {
          lowerNames.merge(String.join(" ", words), 1, Integer::sum);
        }
      }
    }
  }

  /** The reliable pairs, by abbreviation. */
  public List<Row> rows() {
    return oneSpelling(candidates());
  }

  /** The reliable pairs, each under the name its own definitions give most. */
  private List<Row> candidates() {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Map<String, Integer>>> e : pairs.entrySet()) {
      int total = placed.getOrDefault(e.getKey(), 0);
      String bestKey = null;
      int bestCount = 0;
      for (Map.Entry<String, Map<String, Integer>> body : e.getValue().entrySet()) {
        int n = count(body.getValue());
        total += n;
        if (n > bestCount || n == bestCount && body.getKey().compareTo(bestKey) < 0) {
          bestKey = body.getKey();
          bestCount = n;
        }
      }
      int support = 0;
      for (Map.Entry<String, Map<String, Integer>> body : e.getValue().entrySet()) {
        if (sameBody(bestKey, body.getKey())) {
          support += count(body.getValue());
        }
      }
      String name =
          e.getValue().get(bestKey).entrySet().stream()
              .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
              .orElseThrow()
              .getKey();
      String abbreviation = e.getKey();
      double share = (double) support / total;
      // "TT" (Tổ chức hướng tới minh bạch): two letters are the initials of countless names, and
      // need a brand's attestation
      boolean initials = initialsMatch(name, abbreviation) && abbreviation.length() > 2;
      boolean kept =
          initials
              ? bestCount >= MIN_SEEN && share >= MIN_SHARE
              : bestCount >= MIN_SEEN_BRAND && share >= MIN_SHARE_BRAND;
      // "thẻ bảo hiểm y tế (BHYT)": an abbreviation that running text defines after lower-case
      // words, not a body's name, far more often than it names a body is a common noun's, not
      // the body's of "Quỹ Bảo hiểm y tế (BHYT)"
      int common =
          afterLower.getOrDefault(abbreviation, 0) - bodyAfterLower.getOrDefault(abbreviation, 0);
      kept &= common < COMMON_PER_DEFINITION * total;
      // "Viện kiểm sát (VKS)": a name that running text writes in lower case more often than it
      // is defined ("viện kiểm sát hai cấp") is a kind of body at every level, not one body
      kept &=
          lowerNames == null
              || lowerNames.getOrDefault(String.join(" ", lowerWords(name)), 0) < total;
      // "Liên minh Dân chủ (DA)": capitals that running text writes as a lower-case word ("da",
      // skin) would read a word of every text as the body, in any case ("Đống Đa"); not a brand
      // ("Vietinbank"), lower case only in addresses
      kept &=
          lowerNames == null
              || !abbreviation.equals(abbreviation.toUpperCase(Locale.ROOT))
              || lowerNames.getOrDefault(String.join(" ", lowerWords(abbreviation)), 0) < total;
      // "Uỷ ban Kiểm tra (UBKT) Trung ương", "... (UBKT) Tỉnh uỷ Gia Lai": defined in two scopes,
      // the abbreviation is a kind of body at every level, not one body
      kept &= scopes.getOrDefault(abbreviation, Set.of()).size() < 2;
      // "Hội đồng Tham mưu trưởng Liên quân (JSC)": a misspelt JCS; "JSC" is a legal form that
      // follows every company's name in English ("KnAAPO, JSC"), never one body's name
      kept &= !ClauseWords.INSTANCE.lists("legal-form", abbreviation);
      // "Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)", "Lực lượng Dân chủ Syria (SDF)": an
      // abbreviation that brackets after capitalised words give far more often to another name
      // (one that does not end as the body's: not "tờ Wall Street Journal (WSJ)") is that other
      // thing's name, and would put the body in every article on it (the share of a common
      // noun's, above)
      kept &= otherNames(abbreviation, name) < COMMON_PER_DEFINITION * total;
      if (kept) {
        out.add(new Row(name, abbreviation, bestCount, share));
      }
    }
    return out;
  }

  /** How often brackets of {@code abbreviation} follow a capitalised word not ending its name. */
  private int otherNames(String abbreviation, String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    int n = 0;
    for (Map.Entry<String, Integer> e :
        afterUpper.getOrDefault(abbreviation, Map.of()).entrySet()) {
      n += e.getKey().equals(last) ? 0 : e.getValue();
    }
    return n;
  }

  /** "Viện kiểm sát" → viện, kiểm, sát. */
  private static String[] lowerWords(String name) {
    return name.toLowerCase(Locale.ROOT).split("[\\s\\-–,&()]+");
  }

  private static int count(Map<String, Integer> spellings) {
    return spellings.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Whether two body keys name one body: one is the other with words left out, the shorter of three
   * words at least: "tập đoàn dầu khí việt nam" and "tập đoàn dầu khí quốc gia việt nam"; "tập đoàn
   * viễn thông quân đội" and "tập đoàn công nghiệp viễn thông quân đội".
   */
  static boolean sameBody(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    String[] shorter = x.length <= y.length ? x : y;
    String[] longer = x.length <= y.length ? y : x;
    if (shorter.length < 3 && shorter.length != longer.length) {
      return false;
    }
    int i = 0;
    for (String w : longer) {
      if (i < shorter.length && shorter[i].equals(w)) {
        i++;
      }
    }
    return i == shorter.length;
  }

  /**
   * One canonical spelling per body, the most defined one: "Ủy ban Kiểm tra Trung ương" (UBKTTW, 7)
   * and "Ủy ban Kiểm tra trung ương" (UBKTTƯ, 2) are one body for the party filter; so are "Tổng
   * công ty cổ phần Bia rượu nước giải khát Sài Gòn" (Sabeco, 52) and "Tổng công ty Bia - rượu -
   * nước giải khát Sài Gòn" (SABECO, 4), one name without its legal form ({@link #bodyKey}).
   */
  private List<Row> oneSpelling(List<Row> rows) {
    Map<String, Row> most = new HashMap<>();
    for (Row r : rows) {
      most.merge(bodyKey(r.name()), r, (a, b) -> b.seen() > a.seen() ? b : a);
    }
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      String name = most.get(bodyKey(r.name())).name();
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
