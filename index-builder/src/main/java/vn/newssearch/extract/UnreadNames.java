package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.newssearch.extract.ClauseParties.Candidate;
import vn.newssearch.extract.NameTrie.Kind;

/**
 * Names the gazetteer and the name grammar do not read, standing where a party stands in a signing
 * clause: "giữa Tổng cục Chính trị Công an nhân dân và | Trường ĐH Hà Hoa Tiên |.", "Sở Văn hoá TP
 * Đà Nẵng vừa ký biên bản ghi nhớ với | Sở Văn hoá Thừa Thiên Huế | về ...". The name is taken as
 * written, bounded by the clause's own words: it starts where a party starts (after a link, a comma
 * or "giữa") and ends at a word of the clause (a link, the verb, "về", "nhằm", a day, a comma, a
 * bracket). It must look like a body's name: a capital first and last, a head of the name grammar
 * first or a Latin-script word in it, no number, no verb, no title, no person's name. {@link
 * ClauseParties} reads them only where the known bodies leave a signing with fewer than two sides.
 */
final class UnreadNames {
  /** Syllables of one unread name ("Tổ chức Hợp tác Quốc tế Kyushu Human Resources"). */
  private static final int MAX_WORDS = 8;

  /**
   * Words a capitalised name without a head takes at least: two are as often a person's given names
   * ("Công Phượng ký hợp đồng với ...", a footballer) as a company's ("Hoà Phát").
   */
  private static final int NAME_WORDS = 3;

  /**
   * Words a capitalised name without a head takes at least where the article writes it elsewhere
   * after a body's head ({@link #ownNames}): "Công ty CP Đầu tư Phúc Khang" ... "Phúc Khang ký".
   */
  private static final int OWN_NAME_WORDS = 2;

  /** The noun of a person, folded: a description it opens is a person's ("người đồng cấp"). */
  private static final String PERSON = "nguoi";

  /** The side noun, folded: it opens a side ("Phía Tây Ban Nha"), never a name. */
  private static final String SIDE = "phia";

  /** Places and states, which a capitalised run without a head may not start with. */
  private static final int PLACES =
      Kind.PROVINCE.bit() | Kind.COUNTRY.bit() | Kind.LOCAL.bit() | Kind.TYPE.bit();

  /** Marks that part a name from the words before it. */
  private static final int MARKS =
      Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN;

  private UnreadNames() {}

  /**
   * The names the article writes after a body's head, as written, two or three words all
   * capitalised that end a read body's name: "Công ty CP Đầu tư | Phúc Khang", "Tập đoàn | Hoà
   * Phát". The article names the body by them alone elsewhere ("Phúc Khang đã ký kết ...").
   */
  static Set<String> ownNames(Syllables s, List<OrganisationMatcher.Mention> mentions) {
    Set<String> out = new HashSet<>();
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.kind() != Kind.NAMED) {
        continue;
      }
      for (int n = OWN_NAME_WORDS; n <= NAME_WORDS && n < m.to() - m.from(); n++) {
        int from = m.to() - n;
        boolean capitals = !s.has(from, MARKS);
        for (int p = from; p < m.to() && capitals; p++) {
          capitals = s.id[p] >= 0 && s.has(p, Syllables.UPPER) && (p == from || !s.has(p, MARKS));
        }
        if (capitals) {
          out.add(s.original(from, m.to()));
        }
      }
    }
    return out;
  }

  /**
   * {@code candidates} of syllables [first, end) with the unread names among them added, in text
   * order; {@code candidates} itself when there are none.
   */
  static List<Candidate> add(
      Syllables s,
      List<Candidate> candidates,
      NameTrie trie,
      boolean[] role,
      BrandNames brands,
      java.util.function.Predicate<String> surname,
      Set<String> ownNames,
      int first,
      int end) {
    List<Candidate> out = null;
    int c = 0;
    for (int k = first; k < end; k++) {
      while (c < candidates.size() && candidates.get(c).to() <= k) {
        c++;
      }
      if (c < candidates.size() && candidates.get(c).from() <= k) {
        continue; // inside a read body
      }
      Candidate described = described(s, candidates, c, trie, role, brands, k, end);
      if (described != null) {
        // "ký hợp đồng với nhà máy đóng tàu Fincantieri": a brand its description opens
        if (out == null) {
          out = new ArrayList<>(candidates);
        }
        out.add(described);
        k = described.to() - 1;
        continue;
      }
      List<Candidate> inside = new ArrayList<>();
      int q =
          afterLink(s, out == null ? candidates : out, k)
              ? name(s, candidates, c, trie, role, brands, surname, ownNames, k, end, inside)
              : -1;
      if (q < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(candidates);
      }
      out.removeAll(inside);
      out.add(new Candidate(k, q, s.original(k, q), true));
      k = q - 1;
    }
    if (out == null) {
      return candidates;
    }
    out.sort(java.util.Comparator.comparingInt(Candidate::from));
    return out;
  }

  /**
   * The brand at k that a lower-case description opens in a party's place ({@link
   * DescribedBrands}), standing from the description's first word and named as written; else null.
   */
  private static Candidate described(
      Syllables s,
      List<Candidate> candidates,
      int c,
      NameTrie trie,
      boolean[] role,
      BrandNames brands,
      int k,
      int end) {
    int limit = c < candidates.size() ? Math.min(end, candidates.get(c).from()) : end;
    Candidate brand = brands.at(k, limit, trie);
    brand = brand == null ? brands.tailed(k, limit, trie) : brand;
    int from = brand == null || brand.from() != k ? -1 : DescribedBrands.from(s, k);
    if (from < 0 || c > 0 && candidates.get(c - 1).to() > from) {
      return null; // a read body inside the description: no description of the brand alone
    }
    for (int p = from; p < k; p++) {
      if (role[p]) {
        return null; // "và tổng thống Nga Putin": a title, the person's name after it
      }
    }
    // "và người đồng cấp Nga Putin" (vietnews-train-031520): "người" opens a person, no business
    return s.is(from, PERSON) || brands.person(k, brand.to())
        ? null
        : new Candidate(from, brand.to(), brand.name(), true);
  }

  /**
   * The end of the unread name that starts at k, else -1. A read place or state that ends it is its
   * own ("Tổng Cục Đường bộ | Việt Nam", "Sở Văn hoá | tỉnh Thừa Thiên Huế"), added to {@code
   * inside}; any other read body inside it makes it no name of its own.
   */
  private static int name(
      Syllables s,
      List<Candidate> candidates,
      int c,
      NameTrie trie,
      boolean[] role,
      BrandNames brands,
      java.util.function.Predicate<String> surname,
      Set<String> ownNames,
      int k,
      int end,
      List<Candidate> inside) {
    if (!s.has(k, Syllables.UPPER)
        || s.has(k, Syllables.PAREN | Syllables.DASH)
        || trie.longest(s, k, Kind.PROVINCE.bit(), false) != null
        || !(PartyCandidates.startsParty(s, k) || Sellers.sellerAt(s, k))
        || ClauseWords.INSTANCE.get("date-opener").at(s, k) != null
        || s.is(k, SIDE) // "Phía Tây Ban Nha và Việt Nam ký": the side noun, then the state
        || stop(s, trie, k, true)
        || brands.afterTitle(k)
        || brands.beforeName(k) // "GS.TS Nguyễn Văn Minh, Hiệu trưởng ... đã ký": a person
        || counted(s, k)) {
      return -1;
    }
    int q = k;
    inside.clear();
    while (q < end
        && q - k < MAX_WORDS
        && s.sentence[q] == s.sentence[k]
        && (q == k || !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN))
        && (!ends(s, q) || seat(s, k, q) > q)) {
      if (s.is(q, "tai") && seat(s, k, q) > q) {
        q = seat(s, k, q); // "Thương vụ Việt Nam tại Israel |": the seat, the name's last words
        for (; c < candidates.size() && candidates.get(c).from() < q; c++) {
          inside.add(candidates.get(c));
        }
        break;
      }
      Candidate read = c < candidates.size() ? candidates.get(c) : null;
      if (read != null && read.from() == q && q > k && !read.named()) {
        inside.add(read); // "Tổng Cục Đường bộ | Việt Nam": the name's own place
        q = read.to();
        c++;
        continue;
      }
      NameTrie.Match type = trie.longest(s, q, Kind.TYPE.bit(), false);
      if (type != null && q > k && type.to() < s.size && s.has(type.to(), Syllables.UPPER)) {
        q = type.to(); // "Sở Văn hoá tỉnh | Thừa Thiên Huế": the province's type word
        continue;
      }
      if (read != null && read.from() <= q
          || s.has(q, Syllables.DASH) && q > k
          || s.number(q) >= 0
          || role[q]
          || stop(s, trie, q, false)) {
        return -1; // a read body, a dash, a number, a title or a verb inside: no name of its own
      }
      q++;
    }
    boolean closed =
        q >= s.size
            || s.sentence[q] != s.sentence[k]
            || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
            || ends(s, q);
    if (q == k
        || !closed
        || !s.has(q - 1, Syllables.UPPER)
        || !(looksNamed(s, k, q)
            || inside.isEmpty() && capitalised(s, trie, k, q, surname, ownNames))) {
      return -1;
    }
    Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, k);
    if (state != null && k + state.length() < q) {
      return -1; // "Trung Quốc Tập Cận Bình": a state and its leader's name
    }
    // "Sở Văn hoá tỉnh Nghệ An" where the article names "ông Nguyễn Đức An": a body's head opens
    // it, so the words it shares with a person's name are its own (a head that is also a family
    // name, "Đoàn", may still open a person's name)
    Phrases.Phrase head = ClauseWords.INSTANCE.get("unread-head").at(s, k);
    boolean headed = head != null && k + head.length() < q && !surname.test(s.original(k));
    return !headed && brands.person(k, q) ? -1 : q;
  }

  /**
   * Whether a count stands right before k, or before the class noun right before k: "với 5 nước |
   * Tiểu vùng sông Mekong", "các | ...": members of a class, not one body.
   */
  private static boolean counted(Syllables s, int k) {
    if (CandidateContext.counted(s, k)) {
      return true;
    }
    int p = k - 2;
    return p >= 0
        && s.sentence[p] == s.sentence[k]
        && !s.has(k, MARKS) // "Ngày 12/10, Thế Giới Di Động đã ký": a date's comma, no class noun
        && !s.has(k - 1, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA)
        && (s.number(p) >= 0 || ClauseWords.INSTANCE.count(s, p) >= 2 || s.is(p, "cac"));
  }

  /**
   * The end of the seat, "tại" at q and a state right after it, of the unread name that starts at
   * k, written in its name, else -1: the name opens with a head of a body abroad ({@code
   * unread-seat}: "Thương vụ Việt Nam tại Israel", a trade office), the state ends the clause's
   * side (a link, the verb, a comma after it).
   */
  private static int seat(Syllables s, int k, int q) {
    Phrases.Phrase state =
        s.is(q, "tai") && q + 1 < s.size && s.sentence[q + 1] == s.sentence[q]
            ? ClauseWords.INSTANCE.countryAnywhere(s, q + 1)
            : null;
    return state == null || ClauseWords.INSTANCE.get("unread-seat").at(s, k) == null
        ? -1
        : q + 1 + state.length();
  }

  /** Whether syllable q is a word of the clause that ends an unread name ("và", "đã", "về"). */
  private static boolean ends(Syllables s, int q) {
    return !s.has(q, Syllables.UPPER) && ClauseWords.INSTANCE.get("unread-end").at(s, q) != null;
  }

  /**
   * Whether a "và" right before k follows a read body: "hai tỉnh Ibaraki và | Fukushima" lists
   * names of a class whose first is not a party's, "5 nước Tiểu vùng ..." no more.
   */
  private static boolean afterLink(Syllables s, List<Candidate> candidates, int k) {
    if (k < 2 || !s.is(k - 1, "va") || s.sentence[k - 1] != s.sentence[k]) {
      return true;
    }
    if (s.has(k - 2, Syllables.PAREN)) {
      return true; // "Công ty X (ABC) và Y"
    }
    for (Candidate c : candidates) {
      if (c.to() == k - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether [k, q) looks like a body's name: it opens with a body's head noun ({@code unread-head}:
   * "Sở", "Trung tâm", "Hợp tác xã") and goes on after it, or holds a word that cannot be a
   * Vietnamese syllable ("Sukhoi", "CNN", "Cooperative").
   */
  private static boolean looksNamed(Syllables s, int k, int q) {
    Phrases.Phrase head = ClauseWords.INSTANCE.get("unread-head").at(s, k);
    if (head != null && k + head.length() < q) {
      return true;
    }
    for (int p = k; p < q; p++) {
      if (BrandWords.shaped(s, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether [k, q) is a Vietnamese name written with no head, every word capitalised, three words
   * or more, each a capital and lower-case letters (no abbreviation), and not a person's (no family
   * name first) nor a place's: a company known by its trade name ("Thế Giới Di Động", "Dược Hậu
   * Giang"), in a party's place of a signing clause whose other side is read; never one that a read
   * place or state ends ("ĐT Việt Nam"). Two words do where the article writes them after a body's
   * head ({@code ownNames}: "Công ty ... Phúc Khang", then "Phúc Khang").
   */
  private static boolean capitalised(
      Syllables s,
      NameTrie trie,
      int k,
      int q,
      java.util.function.Predicate<String> surname,
      Set<String> ownNames) {
    int least = ownNames.contains(s.original(k, q)) ? OWN_NAME_WORDS : NAME_WORDS;
    if (q - k < least
        || surname.test(s.original(k))
        || ClauseWords.INSTANCE.countryAnywhere(s, k) != null
        || trie.longest(s, k, PLACES, false) != null) {
      return false; // "phái đoàn Nga, Thổ Nhĩ Kỳ và Iran": a state the list describes, no body
    }
    for (int p = k; p < q; p++) {
      String w = s.original(p);
      if (w.length() < 2 || !s.has(p, Syllables.UPPER) || !w.substring(1).equals(lower(w))) {
        return false; // "ĐT Việt Nam" (a national team): an abbreviation is no word of the name
      }
    }
    return true;
  }

  private static String lower(String w) {
    return w.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether syllable p is a word that ends a name (a verb, a link, a preposition: the name
   * grammar's stop words), written in lower case; {@code any}: in any case, for the name's first
   * word ("Theo", "Sau" opening a sentence).
   */
  private static boolean stop(Syllables s, NameTrie trie, int p, boolean any) {
    if (s.id[p] < 0 || !any && s.has(p, Syllables.UPPER)) {
      return false;
    }
    NameTrie.Match m = trie.longest(s, p, Kind.STOP.bit(), true);
    return m != null
        && m.entry().spellings().contains(s.original(p, m.to()).toLowerCase(Locale.ROOT));
  }

  /** Whether a day opens at k ("Ngày 21/3", "Sáng 12/11"): no body's name. */
  private static boolean opensWithDate(Syllables s, int k) {
    return ClauseWords.INSTANCE.get("date-opener").at(s, k) != null;
  }
}
