package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * The members of a class of bodies that signs, written by a count or a quantifier and a class noun
 * ("class-noun" in party-words.tsv: "doanh nghiệp", "đơn vị", "trường", "tỉnh"), as labour news
 * reports a union's signings: "LĐLĐ tỉnh Bắc Ninh tổ chức ký kết thỏa thuận hợp tác với 6 doanh
 * nghiệp trên địa bàn." They are the bodies listed
 *
 * <ul>
 *   <li>right after the class, by "gồm", "là", "bao gồm" or a colon: "với các doanh nghiệp: A, B và
 *       C"; all of a count ("với 3 doanh nghiệp: A, B và C"), any closed list of a quantifier;
 *   <li>after a count and "trong đó có", some of the counted: "với 10 doanh nghiệp, trong đó có
 *       Công ty TNHH Canon Việt Nam và Công ty TNHH LG Electronics Việt Nam Hải Phòng" (a
 *       quantifier's "các đơn vị, trong đó có X" tells no list of signers);
 *   <li>in a following sentence whose subject is that class signing ("member-verb"): "Các doanh
 *       nghiệp tham gia ký kết gồm: A, B, ... và F."
 * </ul>
 *
 * A member the article names by no body's name ("Siêu thị Co.opmart Bắc Ninh") is counted, not
 * named; a count must then be met by the list.
 */
final class ClassMembers {
  /** How far after the verb the class may come ("ký ... với 6 doanh nghiệp"). */
  private static final int OBJECT_REACH = 24;

  /** Syllables one member and its separator may take. */
  private static final int ITEM_WORDS = 16;

  /** More members than a list of a quantifier's class reads. */
  private static final int MAX_MEMBERS = 12;

  /** Sentences after the signing's in which its class may be listed. */
  private static final int FOLLOWING = 3;

  /** Words before a following sentence's class ("Cụ thể, các doanh nghiệp ..."). */
  private static final int OPENING_WORDS = 3;

  private final Syllables s;
  private final ClauseWords words;

  /** The head the class noun writes once for its members ("class-head"), or null. */
  private String head;

  /** The candidate bodies of syllables [from, to). */
  private final BiFunction<Integer, Integer, List<Candidate>> candidates;

  /** The province or city named at a syllable, where no party starts ("trong đó có Lào Cai"). */
  private final IntFunction<Candidate> province;

  ClassMembers(
      Syllables s,
      ClauseWords words,
      BiFunction<Integer, Integer, List<Candidate>> candidates,
      IntFunction<Candidate> province) {
    this.s = s;
    this.words = words;
    this.candidates = candidates;
    this.province = province;
  }

  /**
   * The members of the class at {@code at} (a count or a quantifier before its class noun), else of
   * the class after the signing's "với" or "cùng"; empty when none is listed.
   */
  List<String> of(Signings.Signing g, int at) {
    int side = at >= 0 ? at : after(g);
    Phrases.Phrase quantifier = side < 0 ? null : words.get("class-quantifier").at(s, side);
    int noun = side < 0 ? -1 : side + (quantifier != null ? quantifier.length() : 1);
    Phrases.Phrase cls = noun < 0 ? null : words.get("class-noun").at(s, noun);
    if (cls == null && noun >= 0 && at < 0) {
      // "giữa các bên tham dự: A, B, C": the sides that sign, listed
      cls = words.get("signer-class").at(s, noun);
    }
    if (cls == null || s.sentence[noun] != s.sentence[side] || named(noun, cls)) {
      return List.of();
    }
    int n = quantifier != null ? 0 : words.count(s, side);
    this.head = classHead(s, words, noun);
    List<String> own = listed(noun + cls.length(), n, n > 0);
    if (own.isEmpty()) {
      own = apposed(noun + cls.length(), n);
    }
    return own.isEmpty() ? following(g, cls, n) : own;
  }

  /**
   * The members named right after the class noun, with no word between: "ký thỏa thuận hợp tác với
   * các doanh nghiệp Công ty A, Công ty B và Công ty C" (a probe; as "các doanh nghiệp Coca-Cola,
   * Nestlé, ..."). The first must be a body's name, not a state's ("với các công ty Nga" names the
   * companies' state, no member), and the list must name at least two of them.
   */
  private List<String> apposed(int from, int n) {
    if (from >= s.size
        || s.sentence[from] != s.sentence[from - 1]
        || !s.has(from, Syllables.UPPER)
        || s.has(from, Syllables.COMMA | Syllables.BREAK | Syllables.DASH)
        || ClauseWords.INSTANCE.country(s, from) != null) {
      return List.of();
    }
    List<Candidate> first = candidates.apply(from, Math.min(s.size, from + ITEM_WORDS));
    if (first.isEmpty() || first.get(0).from() != from) {
      return List.of();
    }
    List<String> members = members(from, n, false);
    boolean bodies = members.stream().noneMatch(ClauseWords.INSTANCE::isState);
    return members.size() >= 2 && bodies ? members : List.of();
  }

  /**
   * Whether the class noun at {@code noun} starts a name, not a class: capitalised and followed by
   * a capital ("các Sở Tư pháp"); "các Ngân hàng hàng đầu của Lào" is the class, written as a
   * title.
   */
  private boolean named(int noun, Phrases.Phrase cls) {
    int end = noun + cls.length();
    return s.has(noun, Syllables.UPPER)
        && (end >= s.size || s.sentence[end] != s.sentence[noun] || s.has(end, Syllables.UPPER));
  }

  /**
   * The quantifier or count of a class right after "với", "giữa" or "cùng" following the verb, else
   * of a class joined to the subject right before the verb ("X đã cùng các ngân hàng của Lào ký
   * kết"), else -1.
   */
  private int after(Signings.Signing g) {
    for (int k = g.after(); k < s.size && k < g.after() + OBJECT_REACH; k++) {
      if (s.sentence[k] != g.sentence()) {
        break;
      }
      boolean with =
          s.is(k - 1, "voi")
              || s.is(k - 1, "giua")
              || words.get("class-link").endingAt(s, k, 2) > 0;
      if (with && side(k)) {
        return k;
      }
    }
    // the class signs with the subject: no comma between it and the verb ("Trước sự chứng kiến của
    // các doanh nghiệp, X ký" is no side)
    for (int k = g.verb() - 1; k > 0 && k > g.verb() - OBJECT_REACH; k--) {
      if (s.sentence[k] != g.sentence() || s.has(k + 1, Syllables.COMMA | Syllables.BREAK)) {
        break;
      }
      if (words.get("class-link").endingAt(s, k, 2) > 0 && side(k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a quantifier or a count of two or more opens a class side at k. */
  private boolean side(int k) {
    boolean side = words.get("class-quantifier").at(s, k) != null || words.count(s, k) >= 2;
    return side && !s.has(k, Syllables.COMMA | Syllables.BREAK);
  }

  /**
   * The members listed in the sentences right after the signing's, by one whose subject is the
   * class that signs: "Các doanh nghiệp tham gia ký kết gồm: ..." (the same class noun, or "đơn
   * vị", and as many as the signing counts).
   */
  private List<String> following(Signings.Signing g, Phrases.Phrase cls, int n) {
    int p = g.verb();
    while (p < s.size && s.sentence[p] == g.sentence()) {
      p++;
    }
    for (int read = 0; read < FOLLOWING && p < s.size; read++) {
      int start = p;
      for (int k = start; k < s.size && k <= start + OPENING_WORDS; k++) {
        if (s.sentence[k] != s.sentence[start]) {
          break;
        }
        if (k == start || s.has(k, Syllables.COMMA)) {
          List<String> members = subjectList(k, cls, n);
          if (!members.isEmpty()) {
            return members;
          }
        }
      }
      while (p < s.size && s.sentence[p] == s.sentence[start]) {
        p++;
      }
    }
    return List.of();
  }

  /** The list of a class subject that signs at k ("Các doanh nghiệp tham gia ký kết gồm"). */
  private List<String> subjectList(int k, Phrases.Phrase cls, int n) {
    Phrases.Phrase quantifier = words.get("class-quantifier").at(s, k);
    int count = words.count(s, k);
    int noun = quantifier != null ? k + quantifier.length() : count >= 2 ? k + 1 : k;
    // the same class noun, or one that stands for any signer ("Các bên ký kết gồm: ...")
    Phrases.Phrase any = words.get("signer-class").at(s, noun);
    Phrases.Phrase same = any != null ? any : words.get("class-noun").at(s, noun);
    if (same == null || (count >= 2 && n > 0 && count != n) || !(any != null || same.equals(cls))) {
      return List.of();
    }
    Phrases.Phrase verb = words.get("member-verb").at(s, noun + same.length());
    return verb == null ? List.of() : listed(noun + same.length() + verb.length(), n, false);
  }

  /**
   * The bodies of the list a class's description opens within a few words of {@code from}: after
   * "gồm", "là", "bao gồm" or a colon, exactly n members (any closed list when n is 0); after
   * "trong đó có" when {@code part}, some of them.
   */
  private List<String> listed(int from, int n, boolean part) {
    if (from >= s.size) {
      return List.of();
    }
    CountedParties.Opening open =
        CountedParties.opening(s, words, from, s.sentence[from], part, true);
    return open == null ? List.of() : members(open.at(), n, open.some());
  }

  /**
   * The members read from {@code open}: each a body's name, or a name the article gives no body
   * (capitalised words up to the next comma or "và"), counted and not kept. Exactly n and closed;
   * some of n: closed or one that ends its clause; n of 0: the same.
   */
  private List<String> members(int open, int n, boolean some) {
    int max = n > 0 && !some ? n : MAX_MEMBERS;
    int[] range = Signings.sentence(s, open);
    List<Candidate> listed = candidates.apply(open, Math.min(range[1], open + ITEM_WORDS * max));
    List<String> out = new ArrayList<>();
    int[] index = {0};
    int[] items = {0};
    int[] end = {open};
    boolean closed =
        CommaLists.walk(
            s,
            open,
            max,
            true,
            q -> {
              while (index[0] < listed.size() && listed.get(index[0]).from() < q) {
                index[0]++;
              }
              Candidate c =
                  index[0] < listed.size() && listed.get(index[0]).from() == q
                      ? listed.get(index[0])
                      : province.apply(q);
              c = c != null ? joined(listed, index[0], c) : null;
              int to = c != null ? c.to() : unnamed(q);
              int on = c != null && !c.place() ? dashedOn(c.to()) : to;
              if (on > to) {
                // "Công ty TNHH SAINT - GOBAIN Việt Nam,": the member's name goes on to its comma
                c = new Candidate(c.from(), on, s.original(c.from(), on), c.named());
                to = on;
              }
              c = c != null ? c : namedWithin(listed, q, to);
              if (c != null) {
                out.add(headed(s, words, head, c));
              } else if (head != null && to > q) {
                // "Cao đẳng Phương Đông" of "các trường"; "Trường Phú Nhuận" has its head already
                String named = s.original(q, to);
                boolean own = named.regionMatches(true, 0, head + " ", 0, head.length() + 1);
                out.add(own ? named : head + " " + named);
              }
              if (to < 0) {
                return -1;
              }
              items[0]++;
              while (to < s.size && s.has(to, Syllables.PAREN)) {
                to++; // "Ngân hàng Đầu tư Quốc tế (IIB) và ...": its short name
              }
              end[0] = to;
              return to;
            });
    boolean distinct = out.stream().distinct().count() == out.size();
    // one member alone ends its sentence, or its clause before lower-case words: "trong đó có Công
    // ty X, doanh nghiệp ..." ("gồm: Viettalent value (...), Wind media ..." reads no list)
    int e = end[0];
    boolean alone =
        items[0] == 1
            && (e >= s.size
                || s.sentence[e] != s.sentence[open]
                || s.has(e, Syllables.COMMA) && !s.has(e, Syllables.UPPER));
    // a list written with commas only that runs to its sentence's end is whole too: "ký kết phối
    // hợp với các đơn vị: A, B, C." (a list cut at an item it cannot read ends no sentence)
    boolean ends = items[0] >= 2 && (e >= s.size || s.sentence[e] != s.sentence[open]);
    boolean read = closed || ends;
    boolean whole = read || alone;
    boolean fits = some || n == 0 ? whole && (n == 0 || items[0] < n) : read && items[0] == n;
    return fits && distinct && !out.isEmpty() ? List.copyOf(out) : List.of();
  }

  /**
   * The member that the candidate at {@code i} of {@code listed} opens: a bare head and legal form
   * ("brand-head" of signing-words.tsv) with a named body right after it and no mark between are
   * one member ("với ba nhà đầu tư: Công ty Cổ phần Tập đoàn Hòa Phát, ...": the legal form "Công
   * ty Cổ phần", then the group's name), named by both; else the candidate itself.
   */
  private Candidate joined(List<Candidate> listed, int i, Candidate c) {
    int at = c.to();
    if (i >= listed.size()
        || listed.get(i) != c
        || !words.lists("brand-head", c.name())
        || at >= s.size
        || s.sentence[at] != s.sentence[c.from()]) {
      return c;
    }
    if (s.has(at, Syllables.COMMA | Syllables.BREAK | Syllables.DASH | Syllables.PAREN)
        || s.is(at, "va")) {
      return c;
    }
    for (int k = i + 1; k < listed.size() && listed.get(k).from() <= at; k++) {
      Candidate next = listed.get(k);
      if (next.from() == at && next.named() && !next.place()) {
        return new Candidate(c.from(), next.to(), c.name() + " " + next.name(), true);
      }
    }
    return c;
  }

  /**
   * The body whose name ends the member [from, to) that starts with other words: "Công ty cổ phần
   * Tập đoàn Xây dựng Hòa Bình" names "Tập đoàn Xây dựng Hòa Bình"; null when none does (a place in
   * the name, "Siêu thị Co.opmart Bắc Ninh", is none).
   */
  private static Candidate namedWithin(List<Candidate> listed, int from, int to) {
    if (to < 0) {
      return null;
    }
    for (Candidate c : listed) {
      if (c.from() > from && c.to() == to && c.named()) {
        return c;
      }
    }
    return null;
  }

  /**
   * The head the class noun at {@code noun} writes once for its members ("class-head": "trường" of
   * "với các trường: ...", "7 trường đại học gồm: ..."), else null.
   */
  static String classHead(Syllables s, ClauseWords words, int noun) {
    Phrases.Phrase cls = noun < s.size ? words.get("class-noun").at(s, noun) : null;
    Phrases.Phrase head = cls == null ? null : words.get("class-head").at(s, noun);
    return head != null && head.length() == cls.length() ? head.value() : null;
  }

  /**
   * A listed member's name with the class's head written once before the list ("các trường: Đại học
   * A" and "7 trường đại học (ĐH) gồm: ĐH A, ..." name "Trường Đại học A"), one reading for an
   * uncounted class and a counted one; as it is when the class has no head, the member opens with
   * that head or one of its own ("class-head-own": "Học viện Ngân hàng"), is a university itself
   * ("class-head-own" names: "Đại học Huế"), or is a school abroad, which keeps its name as written
   * ("hai trường là Đại học Texas và Đại học Princeton", "Đại học Quốc gia Úc").
   */
  static String headed(Syllables s, ClauseWords words, String head, Candidate c) {
    String name = c.name();
    int at = c.from();
    if (head == null
        || name.regionMatches(true, 0, head, 0, head.length())
        || words.get("class-head-own").at(s, at) != null
        || ownHead(words, name)
        || s.has(at, Syllables.UPPER) && words.get("class-head").at(s, at) != null
        || abroad(s, words, c.from(), c.to())) {
      return name;
    }
    return head + " " + name;
  }

  /**
   * Whether the name as the gazetteer gives it opens with a head of its own ("Đại học Quốc gia Hà
   * Nội" of "ĐHQG Hà Nội", "Đại học Huế" of "ĐH Huế"), which the written short form hides.
   */
  private static boolean ownHead(ClauseWords words, String name) {
    String[] w = name.toLowerCase(java.util.Locale.ROOT).split(" ");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < w.length && i < OWN_HEAD_WORDS; i++) {
      prefix.append(i == 0 ? "" : " ").append(w[i]);
      String p = prefix.toString();
      if (words.lists("class-head-own", p) || words.lists("class-head-own", "=" + p)) {
        return true;
      }
    }
    return false;
  }

  /** Syllables of the longest head of its own ("đại học thái nguyên"). */
  private static final int OWN_HEAD_WORDS = 4;

  /**
   * Whether the member [from, to) is named abroad: a word spelled as no Vietnamese syllable
   * ("Tokyo", "Nanyang"; not an acronym such as "FPT", which Vietnamese names use), or a state
   * other than ours ("Úc"); not a field after a dash, the second of a pair ("Tài chính -
   * Marketing", "Việt - Đức").
   */
  private static boolean abroad(Syllables s, ClauseWords words, int from, int to) {
    for (int k = from; k < to && k < s.size; k++) {
      if (k > from && s.has(k, Syllables.DASH)) {
        break;
      }
      String w = s.original(k);
      if (BrandWords.shaped(s, k) && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return true;
      }
      Phrases.Phrase state = words.country(s, k);
      if (state != null && !state.value().equals("Việt Nam")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code listed} is {@code name} going on past a dash ("Công ty TNHH SUN - DECOR Việt
   * Nam" of "Công ty TNHH SUN"): one body, which the clause's reading cut at the dash.
   */
  static boolean cutAtDash(String listed, String name) {
    int at = name.length() + 1;
    return listed.length() > at + 1
        && listed.startsWith(name + " ")
        && (listed.charAt(at) == '-' || listed.charAt(at) == '–')
        && listed.charAt(at + 1) == ' ';
  }

  /**
   * Whether {@code listed} is {@code name} with a class's head before it ("Trường Đại học A" of
   * "Đại học A"): one body, as the list and as the clause read it.
   */
  static boolean headed(String listed, String name) {
    int cut = listed.length() - name.length() - 1;
    if (cut <= 0 || !listed.endsWith(" " + name)) {
      return false;
    }
    String h = listed.substring(0, cut).toLowerCase(java.util.Locale.ROOT);
    return ClauseWords.INSTANCE.lists("class-head", h)
        || ClauseWords.INSTANCE.lists("class-head", "=" + h);
  }

  /**
   * Where a member's name goes on to after a dash at {@code at}: capitalised words in the same
   * sentence up to the next comma, "và" or break, as a firm's name joins its brand ("Công ty Cổ
   * phần Công nghệ Nhật – Japan Windown"); {@code at} itself when no dash follows or a word in
   * lower case comes before that end ("Công ty A – đơn vị ...", a description).
   */
  private int dashedOn(int at) {
    if (at >= s.size || !s.has(at, Syllables.DASH) || s.sentence[at] != s.sentence[at - 1]) {
      return at;
    }
    int to = at;
    while (to < s.size
        && to < at + ITEM_WORDS
        && s.sentence[to] == s.sentence[at]
        && (to == at || !s.has(to, Syllables.COMMA | Syllables.BREAK | Syllables.DASH))
        && !s.is(to, "va")) {
      if (!s.has(to, Syllables.UPPER)) {
        return at;
      }
      to++;
    }
    return to < at + ITEM_WORDS && to > at ? to : at;
  }

  /**
   * The end of a member the article names by no body's name at q: capitalised, up to the next
   * comma, "và" or break within a few words; else -1.
   */
  private int unnamed(int q) {
    if (!s.has(q, Syllables.UPPER)) {
      return -1;
    }
    int to = q + 1;
    while (to < s.size
        && to < q + ITEM_WORDS
        && s.sentence[to] == s.sentence[q]
        && !s.has(to, Syllables.COMMA | Syllables.BREAK)
        && !(s.has(to, Syllables.DASH) && (head == null || !s.has(to, Syllables.UPPER)))
        && !s.is(to, "va")) {
      to++; // a headed class's member may join two words by a dash: "Lương thực - Thực phẩm"
    }
    return to < q + ITEM_WORDS ? to : -1;
  }
}
