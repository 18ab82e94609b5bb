package vn.newssearch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.TextNormaliser;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Known organisations and provinces, loaded from data files on the classpath: canonical names and
 * their aliases and abbreviations, the 63 provinces (with their 2025 units), the patterns of
 * provincial bodies, agreement triggers and signers' titles. Immutable and thread-safe.
 */
public final class Gazetteer {
  private static final String DIR = "gazetteer/";

  private final Map<String, List<String>> aliases;
  private final Map<String, Province> provinces;
  private final List<String> localHeads;
  private final Map<String, List<String>> localAliases;
  private final NameTrie trie;
  private final Set<String> surnames;
  private final List<String> countries;
  private final OrganisationMatcher matcher;
  private final OutletProvinces outlets;

  /** The mined trade names: organisations, kept out of the trie. */
  private final MinedNames minedNames;

  private final RenamedBodies renamed;

  /** A mined body's name without its legal form ({@link #bodyKey}) → its canonical name. */
  private final Map<String, String> bodies;

  /**
   * A spelling of a province of Laos or Cambodia → every spelling of it (neighbour-provinces.tsv).
   */
  private final Map<String, List<String>> neighbours;

  /**
   * A school's head with "Trường" ↔ the same head without it, folded ("truong dai hoc" ↔ "dai
   * hoc"), from heads.tsv's school heads, as news writes one school both ways.
   */
  private final Map<String, String> schoolHeads;

  /** Bodies named with their places, and the level words of places ({@link PlacedBodies}). */
  private final PlacedBodies placed;

  private Gazetteer(
      Map<String, List<String>> aliases,
      Map<String, Province> provinces,
      List<String> localHeads,
      Map<String, List<String>> localAliases,
      NameTrie trie,
      Set<String> surnames,
      Set<String> personOnly,
      List<String> countries,
      Map<String, String> bodies,
      RenamedBodies renamed,
      MinedNames minedNames,
      Map<String, List<String>> neighbours,
      Map<String, String> schoolHeads,
      PlacedBodies placed) {
    this.bodies = bodies;
    this.placed = placed;
    this.neighbours = neighbours;
    this.schoolHeads = schoolHeads;
    this.renamed = renamed;
    this.localAliases = localAliases;
    this.surnames = surnames;
    this.countries = countries;
    this.aliases = aliases;
    this.provinces = provinces;
    this.localHeads = localHeads;
    this.trie = trie;
    // a rare family name that also opens places and brands ("Ma Lù Thàng", "Mao Đài") starts a
    // signer's name, never ends a body's
    Set<String> breaking = new java.util.HashSet<>(surnames);
    breaking.removeAll(personOnly);
    this.matcher = new OrganisationMatcher(trie, Set.copyOf(breaking));
    this.outlets = new OutletProvinces(provinces, rows(OutletProvinces.FILE));
    this.minedNames = minedNames;
  }

  /**
   * Where the first field of a head with more than one ends ("Sở Nông nghiệp| và Phát triển nông
   * thôn", "Sở Lao động| - Thương binh và Xã hội"): at its first "và" or dash; -1 for one field.
   */
  private static int firstField(String head) {
    int va = head.indexOf(" và ");
    int dash = head.indexOf(" - ");
    int end = va < 0 ? dash : dash < 0 ? va : Math.min(va, dash);
    return end > 0 ? end + 1 : -1;
  }

  /** Loads the bundled data files, the mined aliases included. */
  public static Gazetteer load() {
    return load(true);
  }

  /**
   * Loads the bundled data files; without {@code mined}, only the hand-kept tables (what the alias
   * miner reads the corpus with, so that its output does not depend on its previous output).
   */
  public static Gazetteer load(boolean mined) {
    List<String[]> national = rows("national.tsv");
    List<String[]> provinceRows = rows("provinces.tsv");
    List<String[]> neighbourRows = rows("neighbour-provinces.tsv");
    List<String[]> local = rows("local-patterns.tsv");
    List<String[]> heads = rows("heads.tsv");
    List<String[]> countryRows = rows("countries.tsv");
    List<String[]> words = rows("name-words.tsv");
    List<String[]> minedRows = mined ? rows(MinedAliases.FILE) : List.of();
    List<String[]> nameRows = mined ? rows(MinedNames.FILE) : List.of();
    List<String[]> triggers = rows("triggers.tsv");
    List<String[]> roles = rows("roles.txt");
    List<String[]> initialisms = rows(Initialisms.FILE);
    Set<String> surnames = new java.util.HashSet<>();
    Set<String> personOnly = new java.util.HashSet<>();
    for (String[] r : rows("surnames.txt")) {
      surnames.add(r[0].strip());
      if (personOnly(r)) {
        personOnly.add(r[0].strip());
      }
    }

    // "HND tỉnh A", "Hội NDVN tỉnh A": a provincial head by the initials of its words, and the
    // national union's initials before a province (Initialisms.ofHeads; found on real news from
    // other sites); their syllables join the vocabulary below
    Map<String, List<String>> headInitials =
        Initialisms.ofHeads(
            local, national.stream().flatMap(r -> names(r, 0, 1).stream()).toList());
    Set<String> syllables = new LinkedHashSet<>();
    headInitials.values().forEach(l -> l.forEach(n -> syllables.addAll(Syllables.keys(n))));
    List<List<String[]>> tables =
        List.of(
            national,
            provinceRows,
            neighbourRows,
            local,
            heads,
            countryRows,
            words,
            minedRows,
            triggers,
            roles,
            initialisms);
    for (List<String[]> table : tables) {
      for (String[] row : table) {
        for (String cell : row) {
          for (String name : cell.split("\\|")) {
            syllables.addAll(Syllables.keys(name));
          }
        }
      }
    }
    syllables.addAll(Syllables.keys(VN));
    NameTrie trie = new NameTrie(new Vocabulary(syllables));
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (String[] row : national) {
      List<String> names = names(row, 0, 1);
      aliases.put(row[0], List.copyOf(names.subList(1, names.size())));
      // the name with an initialism in place of its words, where a level word follows it that
      // the walk from the head does not read ("Viện KSND tối cao", "Liên minh HTX Việt Nam");
      // found on real news from other sites. Not the initialism alone, which other names hold.
      List<String> spelled = new ArrayList<>(names);
      Initialisms.INSTANCE.abbreviated(row[0]).stream()
          .filter(v -> v.indexOf(' ') > 0 && !spelled.contains(v))
          .forEach(spelled::add);
      // "Trung ương Hội NDVN": the national union by its provincial head's initials and "VN"
      if (row[0].endsWith(" Việt Nam")) {
        headInitials
            .getOrDefault(row[0].substring(0, row[0].length() - " Việt Nam".length()), List.of())
            .stream()
            .filter(v -> v.endsWith("VN") && !spelled.contains(v))
            .forEach(spelled::add);
      }
      // "Ủy ban MTTQ VN", "Hội LHTN VN": news writes the country's name as "VN" after a body's name
      List.copyOf(spelled).stream()
          .filter(n -> n.endsWith(" " + VIET_NAM) && n.length() > VIET_NAM.length() + 1)
          .map(n -> n.substring(0, n.length() - VIET_NAM.length()) + VN)
          .filter(v -> !spelled.contains(v))
          .forEach(spelled::add);
      spelled.forEach(n -> trie.add(n, Kind.NATIONAL, row[0], new NameTrie.Spelling(n), true));
    }
    Map<String, Province> provinces = new LinkedHashMap<>();
    for (String[] row : provinceRows) {
      Province p = new Province(row[0], row[1], row[2], cell(row, 4));
      provinces.put(p.canonical(), p);
      List<String> names = names(row, 0, 2, 3);
      aliases.put(p.canonical(), List.copyOf(names.subList(1, names.size())));
      names.forEach(n -> trie.add(n, Kind.PROVINCE, p.canonical(), p, true));
    }
    // a province of Laos or Cambodia, read where one of ours is and named as the article spells it
    // ("Tỉnh đoàn Salavan", "Công an các tỉnh Savannakhet và Khăm Muộn"); not among provinces()
    Map<String, List<String>> neighbours = new HashMap<>();
    for (String[] row : neighbourRows) {
      if (row[1].equals("tỉnh")) {
        List<String> spellings = names(row, 3);
        for (String n : spellings) {
          trie.add(n, Kind.PROVINCE, n, new Province(n, "tỉnh", n, "", row[0]), true);
          neighbours.put(n, spellings);
        }
      }
    }
    List<String> localHeads = new ArrayList<>();
    Map<String, List<String>> localAliases = new LinkedHashMap<>();
    for (String[] row : local) {
      Kind kind =
          switch (row[0]) {
            case "province" -> Kind.LOCAL;
            case "type" -> Kind.TYPE;
            case "generic" -> Kind.GENERIC;
            default -> throw new IllegalStateException("unknown pattern kind " + row[0]);
          };
      // the head as the register names the body, when the articles leave words out ("Ủy ban Mặt
      // trận Tổ quốc Việt Nam tỉnh Đắk Lắk"); the head and aliases as written stay the analysis's
      String head = cell(row, 3).isBlank() ? row[1] : row[3].strip();
      if (kind == Kind.LOCAL) {
        localHeads.add(row[1]);
        List<String> names = names(row, 1, 2);
        localAliases.put(row[1], List.copyOf(names.subList(1, names.size())));
      }
      List<String> spellings = new ArrayList<>(names(row, 1, 2));
      if (kind == Kind.LOCAL) {
        // "Ủy ban MTTQVN tỉnh X": the register's head with one initialism for all the words it
        // adds ("Ủy ban MTTQ Việt Nam" alone is the national body, national.tsv). Not the head as
        // the articles write it: "Viện KSND" would end "Viện KSND Tối cao", which the walk from
        // "Viện" reads and spells out as the table's "Viện kiểm sát nhân dân tỉnh X" reads it
        String added = head.startsWith(row[1] + " ") ? head.substring(row[1].length() + 1) : "";
        Initialisms.INSTANCE.abbreviated(head).stream()
            .filter(v -> !added.isEmpty() && !v.contains(added) && !spellings.contains(v))
            .forEach(spellings::add);
        headInitials.getOrDefault(row[1], List.of()).stream()
            .filter(v -> !spellings.contains(v))
            .forEach(spellings::add);
        // "Sở Nông nghiệp và PTNT tỉnh X", "Sở Lao động - TB&XH": the head's first field written
        // out, its last by the initialism (initialisms.tsv)
        int field = firstField(row[1]);
        Initialisms.INSTANCE.abbreviated(row[1]).stream()
            .filter(v -> field > 0 && v.startsWith(row[1].substring(0, field)))
            .filter(v -> !spellings.contains(v))
            .forEach(spellings::add);
      }
      // a level word is matched as spelled: the "Tĩnh" of "Cảng Nghệ Tĩnh" is no "tỉnh"
      spellings.forEach(
          n ->
              trie.add(
                  n,
                  kind,
                  head,
                  kind == Kind.TYPE ? new NameTrie.Spelling(n) : null,
                  kind == Kind.LOCAL));
    }
    NameHeads.add(trie, heads, countryRows, words);
    List<String> countries = countryRows.stream().map(r -> r[0]).toList();
    Map<String, String> bodies = new HashMap<>();
    for (String canonical : MinedAliases.add(trie, aliases, minedRows)) {
      bodies.putIfAbsent(strictBodyKey(trie, canonical), canonical);
    }
    // after the aliases, which name a body they know; kept out of the trie and its vocabulary
    MinedNames minedNames =
        nameRows.isEmpty() ? MinedNames.NONE : MinedNames.of(trie, aliases, nameRows);
    for (int i = 0; i < triggers.size(); i++) {
      String[] row = triggers.get(i);
      trie.add(row[0], Kind.TRIGGER, row[1], new NameTrie.Trigger(i), false);
    }
    for (String[] row : roles) {
      trie.add(row[0], Kind.ROLE, row[0], null, false);
    }
    return new Gazetteer(
        aliases,
        provinces,
        List.copyOf(localHeads),
        Map.copyOf(localAliases),
        trie,
        Set.copyOf(surnames),
        Set.copyOf(personOnly),
        countries,
        Map.copyOf(bodies),
        RenamedBodies.of(rows("renamed.tsv"), aliases.keySet()),
        minedNames,
        Map.copyOf(neighbours),
        schoolHeads(heads),
        PlacedBodies.of(local, words));
  }

  /**
   * The canonical name for a name as a user or an article writes it: canonical, alias or
   * abbreviation, any case, with or without diacritics. "Bộ LĐ-TB&XH" → "Bộ Lao động - Thương binh
   * và Xã hội"; "Sở LĐ-TB&XH Long An" → "Sở Lao động - Thương binh và Xã hội tỉnh Long An";
   * "TP.HCM" → "Thành phố Hồ Chí Minh".
   */
  public Optional<String> resolve(String name) {
    Optional<String> abroad = abroadInBrackets(name);
    if (abroad.isPresent()) {
      return abroad;
    }
    Optional<String> before = beforeShortName(name);
    if (before.isPresent()) {
      return before;
    }
    Optional<String> named = resolveName(name);
    if (named.isPresent()) {
      // "Tập đoàn Samsung" names the body the parses show as "Samsung" (MinedNames.shown)
      return named.map(this::sameBody).map(minedNames::shown);
    }
    if (name == null || name.isBlank()) {
      return named;
    }
    // "Trường Đại học Sư phạm Kỹ thuật TP HCM" is the body the walk names "... Thành phố Hồ Chí
    // Minh"
    String spelled = NameBounds.spelledOut(trie, name.strip());
    String body = sameBody(spelled);
    if (!body.equals(name.strip())) {
      return Optional.of(body);
    }
    // "Vietjet Air", a mined name's other form: the body "Vietjet"
    String shown = minedNames.shown(body);
    return shown.equals(body) ? named : Optional.of(shown);
  }

  /**
   * The name of the mined body that {@code name} names with another legal form or spelling of "và"
   * and "Việt Nam" ("Ngân hàng Bưu điện Liên Việt", "Ngân hàng Thương mại cổ phần Bưu điện Liên
   * Việt" → "Ngân hàng TMCP Bưu điện Liên Việt", as the corpus defines it most often, the grouping
   * {@link AliasMiner} counts its definitions by); else {@code name}.
   */
  public String sameBody(String name) {
    if (bodies.isEmpty() || name.indexOf(' ') < 0) {
      return name;
    }
    String known = sameBodyCache.get(name);
    if (known != null) {
      return known;
    }
    String body = bodies.getOrDefault(strictBodyKey(trie, name), name);
    body = body.equals(name) ? headAndBrand(name) : body;
    if (sameBodyCache.size() < SAME_BODY_CACHE) {
      sameBodyCache.put(
          name, body); // names repeat across a corpus: "Bộ Công Thương" thousands of times
    }
    return body;
  }

  /** heads.tsv's kind of heads that join unlike bodies: no short name stands for them. */
  private static final String OTHER_HEADS = "other";

  /**
   * A head and a body's short name, as "Ngân hàng BIDV", "Tập đoàn Viettel", "Công ty Vinamilk"
   * write them: the body the short name alone names, when its own name opens with a head of the
   * same kind ("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "Tập đoàn Công nghiệp Viễn thông
   * Quân đội", "Công ty cổ phần Sữa Việt Nam"); else {@code name}. Not "Đại sứ quán Nhật Bản" (a
   * state is no body), "Ngân hàng Vietcombank chi nhánh Hà Nội" (the rest names more), nor a head
   * of heads.tsv's kind "other", which joins unlike bodies (a paper, a post office, an embassy),
   * unless the body's own name opens with that very head ("Tổ chức UN Women" → "Tổ chức Phụ nữ Liên
   * Hợp Quốc", "Tổ chức ILO" → "Tổ chức Lao động Quốc tế").
   */
  private String headAndBrand(String name) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    NameTrie.Match head = trie.longest(s, 0, Kind.NAMED.bit(), true);
    if (head == null || head.entry().head() == null || head.to() >= s.size) {
      return name;
    }
    // "Báo Bưu Điện Hoa Nam Buổi Sáng" is a paper, not the post office
    boolean other = OTHER_HEADS.equals(head.entry().head().kind());
    NameTrie.Match inner = trie.longest(s, head.to(), Kind.NAMED.bit(), true);
    if (inner != null && inner.entry().head() != null) {
      return name; // "Hội | Liên hiệp Thanh niên Việt Nam", "Bộ Tư lệnh | Quân chủng ...": one name
    }
    String rest = s.original(head.to(), s.size);
    Optional<String> known = resolveName(rest);
    if (known.isEmpty() || known.get().equals(rest)) {
      return name;
    }
    Syllables b = Syllables.of(known.get(), trie.vocabulary());
    NameTrie.Match own = trie.longest(b, 0, Kind.NAMED.bit(), true);
    boolean sameKind =
        own != null
            && own.entry().head() != null
            && own.to() < b.size
            && own.entry().head().kind().equals(head.entry().head().kind())
            && (!other || own.entry().head().canonical().equals(head.entry().head().canonical()));
    return sameKind ? known.get() : name;
  }

  /** How many names {@link #sameBody} remembers (about 10 MB at most); later names are computed. */
  private static final int SAME_BODY_CACHE = 1 << 16;

  private final Map<String, String> sameBodyCache = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A body's name without its legal form and its spelling of "và" and "Việt Nam", folded: one key
   * for "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "Ngân hàng Thương mại cổ phần Đầu tư và
   * phát triển Việt Nam", "Ngân hàng Đầu tư & Phát triển Việt Nam"; "Công ty CP Sữa VN" and "Công
   * ty cổ phần Sữa Việt Nam".
   */
  static String bodyKey(NameTrie trie, String name) {
    return VietnameseAnalysis.foldKey(bodyWords(trie, name));
  }

  /**
   * {@link #bodyKey} with the diacritics kept (one tone placement, lower case): the key by which an
   * article's name is taken for a mined body, where "Giấy Sài Gòn" (paper) is not "giày Sài Gòn"
   * (shoes).
   */
  static String strictBodyKey(NameTrie trie, String name) {
    String words = TextNormaliser.normalise(bodyWords(trie, name)).toLowerCase(Locale.ROOT);
    return String.join(" ", NOT_WORD.split(words)).strip();
  }

  /** What separates the words of a name: compiled once, as every name not yet cached comes here. */
  static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * "Công đoàn Tập đoàn Dầu khí Việt Nam (PVN)": a short name in brackets at the end names a body
   * ("PVN", the group) whose head differs from the head the words before it open with ("Công
   * đoàn"), so those words name another body, the group's union; resolved alone. Empty for any
   * other name: "Tập đoàn Điện lực Việt Nam (EVN)" opens with the head of the body "EVN" names, and
   * a place in brackets ("Bộ Y tế (Lào)") is no short name.
   */
  private Optional<String> beforeShortName(String name) {
    java.util.regex.Matcher tail = name == null ? null : SHORT_TAIL.matcher(name);
    if (tail == null || !tail.find() || tail.start() == 0 || place(tail.group(1))) {
      return Optional.empty();
    }
    String words = name.substring(0, tail.start());
    Optional<String> body = resolveName(tail.group(1));
    String head = openingHead(words);
    if (body.isEmpty() || head == null || head.equals(openingHead(body.get()))) {
      return Optional.empty();
    }
    return resolve(words);
  }

  /**
   * "Bộ Y tế (Lào)": a body of ours by name, then a state or a province abroad in brackets, is that
   * place's body, named with it as the extractor names one ("Bộ Y tế Lào"), never ours. Empty for
   * any other name.
   */
  private Optional<String> abroadInBrackets(String name) {
    java.util.regex.Matcher tail = name == null ? null : LAST_BRACKETS.matcher(name);
    if (tail == null || !tail.find() || tail.start() == 0 || !abroad(tail.group(1))) {
      return Optional.empty();
    }
    String words = name.substring(0, tail.start()).strip();
    Optional<String> ours = resolveName(words).filter(aliases::containsKey);
    if (ours.isEmpty() || provinces.containsKey(ours.get())) {
      return Optional.empty();
    }
    String abroad = words + " " + tail.group(1).strip();
    return resolve(abroad).or(() -> Optional.of(abroad));
  }

  /**
   * Whether {@code words} name a state other than ours, or a province abroad ("Lào", "Salavan").
   */
  private boolean abroad(String words) {
    NameTrie.Match m = wholePlace(words);
    if (m == null) {
      return false;
    }
    Province p = m.entry().province();
    return p == null ? !m.entry().value().equals(VIET_NAM) : p.abroad();
  }

  /** Our state's canonical name in countries.tsv. */
  private static final String VIET_NAM = "Việt Nam";

  /** How news writes "Việt Nam" at the end of a body's name: "Ủy ban MTTQ VN". */
  private static final String VN = "VN";

  /** Brackets that end a name: " (Lào)", " (Hàn Quốc)". */
  private static final java.util.regex.Pattern LAST_BRACKETS =
      java.util.regex.Pattern.compile("\\s*\\(([^()]+)\\)\\s*$");

  /** The head a name opens with, folded ("cong doan"); null when it opens with none. */
  private String openingHead(String name) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    NameTrie.Match head = s.size == 0 ? null : trie.longest(s, 0, Kind.NAMED.bit(), true);
    return head == null || head.entry().head() == null
        ? null
        : VietnameseAnalysis.foldKey(s.original(0, head.to()));
  }

  /** A short name in brackets that ends a name: " (PVN)", " (EVN)". */
  private static final java.util.regex.Pattern SHORT_TAIL =
      java.util.regex.Pattern.compile("\\s*\\(([^()\\s]+)\\)\\s*$");

  /** Whether {@code word} names a country or a province, ours or abroad ("Lào", "Salavan"). */
  private boolean place(String word) {
    return wholePlace(word) != null;
  }

  /** The country or province, ours or abroad, that all of {@code words} names; else null. */
  private NameTrie.Match wholePlace(String words) {
    Syllables s = Syllables.of(words, trie.vocabulary());
    NameTrie.Match m =
        s.size == 0 ? null : trie.longest(s, 0, Kind.COUNTRY.bit() | Kind.PROVINCE.bit(), true);
    return m != null && m.to() == s.size ? m : null;
  }

  /** A bracketed part of a name: "(EVN)", "(ĐH)". */
  private static final java.util.regex.Pattern BRACKETED =
      java.util.regex.Pattern.compile("\\([^()]*\\)");

  private static String bodyWords(NameTrie trie, String name) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    StringBuilder key = new StringBuilder();
    for (int k = 0; k < s.size; k++) {
      NameTrie.Match form = trie.longest(s, k, Kind.FORM.bit(), true);
      if (form != null && k > 0) {
        k = form.to() - 1;
        continue;
      }
      String word = s.original(k);
      if (word.equalsIgnoreCase("và")) {
        continue;
      }
      key.append(word.equals("VN") ? "Việt Nam" : word).append(' ');
    }
    return key.toString();
  }

  private Optional<String> resolveName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Syllables s = Syllables.of(name.strip(), trie.vocabulary());
    if (s.size == 0) {
      return Optional.empty();
    }
    OrganisationMatcher.Scan scan = matcher.scan(s, true);
    List<OrganisationMatcher.Mention> ms = scan.mentions();
    if (ms.size() == 1 && ms.get(0).from() == 0 && ms.get(0).to() == s.size) {
      return Optional.ofNullable(ms.get(0).name());
    }
    if (ms.isEmpty() && scan.places().size() == 1) {
      OrganisationMatcher.Mention p = scan.places().get(0);
      if (p.kind() == Kind.COUNTRY && p.from() == 0 && p.to() == s.size) {
        return Optional.of(p.name()); // "Mỹ" → "Hoa Kỳ"
      }
    }
    String bare = BRACKETED.matcher(name).replaceAll(" ").strip();
    if (!bare.equals(name.strip()) && !bare.isEmpty()) {
      return resolveName(bare); // "Tập đoàn Điện lực Việt Nam (EVN)", "Đại học (ĐH) Duy Tân"
    }
    NameTrie.Match p = wholeProvince(trie, s);
    return p == null ? Optional.empty() : Optional.of(p.entry().value());
  }

  /**
   * The province or centrally-run city that all of {@code s} names, with or without its type ("tỉnh
   * Nghệ An", "TP.HCM", "Hà Nội"); else null.
   */
  static NameTrie.Match wholeProvince(NameTrie trie, Syllables s) {
    NameTrie.Match type = s.size == 0 ? null : trie.longest(s, 0, Kind.TYPE.bit(), true);
    for (int start : type == null ? new int[] {0} : new int[] {0, type.to()}) {
      NameTrie.Match p = start < s.size ? trie.longest(s, start, Kind.PROVINCE.bit(), true) : null;
      if (p != null && p.to() == s.size) {
        return p;
      }
    }
    return null;
  }

  /**
   * Every form an article's party list may give the body or place whose canonical name is {@code
   * canonical}, that one first: a province signs as "tỉnh Nghệ An" though it resolves to "Nghệ An",
   * a state as the name the signing clause gives it ("Mỹ") though it resolves to "Hoa Kỳ", and a
   * body as its alias that adds words to its name ("Chính phủ Việt Nam" for "Chính phủ"). The party
   * filter matches any of them.
   */
  public List<String> partyForms(String canonical) {
    List<String> out = new ArrayList<>(List.of(canonical));
    Province p = provinces.get(canonical);
    if (p != null && p.type().equals("tỉnh")) {
      out.add(p.qualified());
    }
    String state = ClauseWords.INSTANCE.stateNamed(canonical);
    if (state != null && !out.contains(state)) {
      out.add(state);
    }
    String listed = ClauseWords.INSTANCE.listedStateNamed(canonical);
    if (listed != null && !out.contains(listed)) {
      out.add(listed); // "Anh" resolves from "Vương quốc Anh", the name a list of states gives it
    }
    for (String alias : aliasesOf(canonical)) {
      if (alias.startsWith(canonical + " ") && !out.contains(alias)) {
        out.add(alias); // the body named with its state: "Chính phủ Việt Nam" signs for Việt Nam
      }
    }
    // one body under its name before and after a renaming: "VCCI" finds the articles of 2025 too
    renamed.partners(canonical).stream().filter(n -> !out.contains(n)).forEach(out::add);
    // a province of Laos or Cambodia, which a party list names as its article spells it: "Attapeu"
    // finds "tỉnh Attapu" and "tỉnh Át-tạ-pư"
    for (String spelling : neighbours.getOrDefault(canonical, List.of())) {
      for (String form : List.of(spelling, "tỉnh " + spelling)) {
        if (!out.contains(form)) {
          out.add(form);
        }
      }
    }
    out.addAll(schoolTwin(canonical));
    return List.copyOf(out);
  }

  /**
   * The same school with or without "Trường", folded: "Đại học Duy Tân" → "truong dai hoc duy tan",
   * "Cao đẳng Phương Đông" → "truong cao dang phuong dong"; empty for any other name.
   */
  public List<String> schoolTwin(String name) {
    String key = VietnameseAnalysis.foldKey(name);
    for (Map.Entry<String, String> e : schoolHeads.entrySet()) {
      if (key.startsWith(e.getKey() + " ")) {
        return List.of(e.getValue() + key.substring(e.getKey().length()));
      }
    }
    return List.of();
  }

  /**
   * What a name no table knows stands for in a party filter: the name as typed, the same school
   * with or without "Trường" ({@link #schoolTwin}), and the same place with or without its level
   * word ({@link PlacedBodies#provinceLevels}) and its government ({@link #governments()}): "Viêng
   * Chăn" finds "thủ đô Viêng Chăn", "thành phố Gimje" finds "Gimje" and "Chính quyền thành phố
   * Gimje". All folded but the name as typed.
   */
  public List<String> typedForms(String typed) {
    List<String> forms = new ArrayList<>(schoolTwin(typed));
    List<String> governments = governments();
    List<String> levels = placed.provinceLevels();
    String key = strip(strip(VietnameseAnalysis.foldKey(typed), governments), levels);
    if (!key.isEmpty()) {
      List<String> places = new ArrayList<>(List.of(key));
      levels.forEach(level -> places.add(level + " " + key));
      forms.addAll(places);
      // "Chính quyền thành phố Busan", a government abroad capitalised as a name, is the city too
      governments.forEach(g -> places.forEach(place -> forms.add(g + " " + place)));
    }
    return PartyNames.withTyped(forms, typed);
  }

  /**
   * The names, folded, that a party named with its place goes by without it, with and without the
   * place's level word ({@link PlacedBodies}): "Công an tỉnh Thái Bình" → "cong an tinh", "cong
   * an"; "Tỉnh Đoàn Nghệ An" → "tinh doan"; empty for "Bộ Y tế Lào", a state's ministry.
   */
  public List<String> withoutPlace(String party) {
    return placed.withoutPlace(party, this::wholeProvince);
  }

  /**
   * The place, folded, that {@code party} governs and signs for, as party-words.tsv's {@code
   * place-government} heads name it with the place: "Ủy ban nhân dân tỉnh Nghệ An" → "tinh nghe
   * an", "nghe an"; empty for any other body ("Công an tỉnh Nghệ An").
   */
  public List<String> governedPlace(String party) {
    PlacedBodies.Split split = placed.split(party, this::wholeProvince);
    boolean governs =
        split != null
            && ClauseWords.INSTANCE.words("place-government").stream()
                .anyMatch(w -> VietnameseAnalysis.foldKey(w).equals(split.body()));
    return governs ? split.place() : List.of();
  }

  /** The province, ours or abroad, that all of {@code words} names; null for a state or none. */
  private Province wholeProvince(String words) {
    NameTrie.Match m = wholePlace(words);
    return m == null ? null : m.entry().province();
  }

  /** {@code key} without the first of {@code words} it opens with. */
  private static String strip(String key, List<String> words) {
    for (String word : words) {
      if (key.startsWith(word + " ")) {
        return key.substring(word.length() + 1);
      }
    }
    return key;
  }

  /**
   * A place's government, folded, as party-words.tsv's {@code local-government} words write it (the
   * clause's reading of them, {@link ClauseWords}; asked at each call, since ClauseWords reads its
   * files through this class and a static field here would close the loop at class loading).
   */
  private static List<String> governments() {
    return ClauseWords.INSTANCE.words("local-government").stream()
        .map(VietnameseAnalysis::foldKey)
        .sorted()
        .toList();
  }

  /**
   * heads.tsv's school heads "Trường X" and "X" without it, both ways, folded: news drops "Trường"
   * before every kind of school ("Cao đẳng Phương Đông"), though only "Đại học" opens a name alone
   * in the text ("cao đẳng" is also a level of training).
   */
  private static Map<String, String> schoolHeads(List<String[]> heads) {
    Map<String, String> out = new HashMap<>();
    for (String[] r : heads) {
      String head = VietnameseAnalysis.foldKey(r[1]);
      if (r[0].equals("research") && head.startsWith(SCHOOL)) {
        String rest = head.substring(SCHOOL.length());
        out.put(head, rest);
        out.put(rest, head);
      }
    }
    return Map.copyOf(out);
  }

  /** The word that opens a school's name before its kind, folded: "Trường Đại học". */
  private static final String SCHOOL = "truong ";

  /** The bodies renamed, or merged under a new name (renamed.tsv). */
  RenamedBodies renamed() {
    return renamed;
  }

  /** Up to {@code limit} canonical names closest to {@code name}, best first, for suggestions. */
  public List<String> suggest(String name, int limit) {
    return Suggestions.rank(this, name, limit);
  }

  /** Every canonical national body and province name, in data-file order. */
  public List<String> canonicalNames() {
    return List.copyOf(aliases.keySet());
  }

  /** The aliases of a canonical national body or province name (empty when unknown). */
  public List<String> aliasesOf(String canonical) {
    return aliases.getOrDefault(canonical, List.of());
  }

  /** The 63 provincial units by canonical name. */
  public Map<String, Province> provinces() {
    return Collections.unmodifiableMap(provinces);
  }

  /** The heads of provincial bodies ("Sở Y tế", "Liên đoàn Lao động"), canonical spelling. */
  public List<String> localHeads() {
    return localHeads;
  }

  /** The aliases and abbreviations of a provincial body's head ("UBND" for "Ủy ban nhân dân"). */
  public List<String> localAliasesOf(String head) {
    return localAliases.getOrDefault(head, List.of());
  }

  /** The countries by canonical name ("Nhật Bản"), Việt Nam first. */
  public List<String> countries() {
    return countries;
  }

  /**
   * Whether a row of surnames.txt is marked {@code person}: a family name that opens a person's
   * name where one is expected (after a title, an honorific, a degree), but never ends a body's
   * name.
   */
  static boolean personOnly(String[] row) {
    return cell(row, 1).strip().equals("person");
  }

  /** Whether {@code word} is a Vietnamese family name as written ("Nguyễn"). */
  boolean isSurname(String word) {
    return surnames.contains(word);
  }

  NameTrie trie() {
    return trie;
  }

  /** The mined trade names ({@link MinedNames}), kept out of the trie. */
  MinedNames minedNames() {
    return minedNames;
  }

  OrganisationMatcher matcher() {
    return matcher;
  }

  /** The provinces provincial outlets write from ({@link OutletProvinces}). */
  OutletProvinces outlets() {
    return outlets;
  }

  static List<String> names(String[] row, int... columns) {
    List<String> out = new ArrayList<>();
    for (int c : columns) {
      for (String n : cell(row, c).split("\\|")) {
        String t = n.strip();
        if (!t.isEmpty() && !out.contains(t)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  static List<String[]> rows(String file) {
    String path = DIR + file;
    try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing gazetteer data file " + path);
      }
      List<String[]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer data file " + path, e);
    }
  }
}
