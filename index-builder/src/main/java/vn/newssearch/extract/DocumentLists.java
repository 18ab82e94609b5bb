package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * Several documents signed under one verb, each with its own sides: "ký kết hàng loạt văn bản hợp
 * tác, như bản ghi nhớ hợp tác y tế quân sự; thoả thuận giữa hai bộ quốc phòng về ...; bản ghi nhớ
 * hợp tác giáo dục quân sự giữa Học viện Quốc phòng Việt Nam và Đại học Quốc phòng Trung Quốc;
 * ...". The object is several documents ("hàng loạt", "nhiều", "các", a count) and an example word
 * or a colon opens their list; the list runs on over semicolons, which cut sentences. The bodies
 * after each "giữa" of the list signed at the same event as the verb's own signers. Without such an
 * opening, the verb's clause may still go on to further documents, each named at the head of its
 * item with its own sides ("... giữa Ngân hàng Nhà nước Việt Nam với ... và Thoả thuận khung hợp
 * tác giữa Tập đoàn Dầu khí Việt Nam và Ngân hàng Xuất nhập khẩu Hàn Quốc"), or a second pair after
 * a comma ("Biên bản hợp tác giữa NCB và Hiệp hội Doanh nghiệp tỉnh Quảng Nam, giữa NCB và ...").
 */
final class DocumentLists {
  /** How far after the verb the example word may come ("ký kết hàng loạt văn bản hợp tác, như"). */
  private static final int OPEN_REACH = 10;

  /**
   * How far after the verb a "list-far" word may come when the verb's object counts its documents
   * ("ký 9 văn kiện hợp tác về thương mại, đầu tư, vận tải đường biển, ..., trong đó có").
   */
  private static final int FAR_REACH = 40;

  /** How far the list may run on over semicolons, in syllables. */
  private static final int LIST_REACH = 160;

  /** How far a list in lines, one document a line, may run on, in syllables. */
  private static final int LINES_REACH = 400;

  /** How far before its "giữa" a further document's noun may end ("về hợp tác giữa"). */
  private static final int NOUN_REACH = 6;

  private DocumentLists() {}

  /**
   * Where the list of documents signed at g starts (after its example word), else -1. Near the verb
   * any example word opens it; farther on, where the verb's object counts its documents (a count or
   * a plural right before a document noun: "ký 9 văn kiện hợp tác về thương mại, đầu tư, ..."),
   * only a "list-far" word after a comma does ("..., trong đó có Biên bản ghi nhớ về hợp tác giữa
   * Bộ Kế hoạch đầu tư Việt Nam và Cơ quan quản lý kênh đào Suez của Ai Cập",
   * vietnews-train-038939).
   */
  static int listed(
      Syllables s, Signings.Signing g, ClauseWords words, List<OrganisationMatcher.Hit> nouns) {
    boolean many = false;
    boolean counted = false;
    int k = g.verb() + 1;
    for (; k < s.size && k < g.verb() + OPEN_REACH; k++) {
      if (s.sentence[k] != g.sentence() || s.has(k, Syllables.BREAK) && !colonBefore(s, k)) {
        return -1;
      }
      if (many && s.has(k, Syllables.BREAK)) {
        return k; // "ký kết các văn bản: ..."
      }
      Phrases.Phrase example = words.get("example").at(s, k);
      if (many && example != null) {
        return k + example.length();
      }
      int end = pluralEnd(s, k, words);
      many |= end > k; // "ký hai văn kiện, gồm ..."
      counted |= end > k && document(s, end, words, nouns);
    }
    for (; counted && k < s.size && k < g.verb() + FAR_REACH; k++) {
      if (s.sentence[k] != g.sentence() || s.has(k, Syllables.BREAK)) {
        return -1;
      }
      Phrases.Phrase opens = words.get("list-far").at(s, k);
      // after a comma, or closed by a colon ("... và một số lĩnh vực khác bao gồm: thỏa thuận ...")
      if (opens != null
          && (s.has(k, Syllables.COMMA)
              || k + opens.length() < s.size && colonBefore(s, k + opens.length()))) {
        return k + opens.length();
      }
    }
    return -1;
  }

  /** Whether a document noun starts at k: one of triggers.tsv, or "văn kiện", "văn bản". */
  private static boolean document(
      Syllables s, int k, ClauseWords words, List<OrganisationMatcher.Hit> nouns) {
    if (words.get("document").at(s, k) != null) {
      return true;
    }
    for (OrganisationMatcher.Hit noun : nouns) {
      if (noun.from() == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the list of documents signed at g starts when the next sentence opens it (after its
   * "list-next" words), else -1: g's sentence counts the documents, a count or a plural right
   * before a document noun ("43 thỏa thuận hợp tác đã được ký kết.", "chứng kiến lễ ký kết 5 văn
   * kiện hợp tác."), and the next sentence says which ("Trong đó có Hiệp định vay ưu đãi ... giữa
   * Chính phủ Việt Nam và Ngân hàng xuất nhập khẩu Trung Quốc (Eximbank).", vietnews-train-097283).
   */
  static int listedNext(
      Syllables s, Signings.Signing g, ClauseWords words, List<OrganisationMatcher.Hit> nouns) {
    int[] range = Signings.sentence(s, g.verb());
    int next = range[1];
    if (next >= s.size || s.sentence[next] != g.sentence() + 1) {
      return -1;
    }
    Phrases.Phrase opens = words.get("list-next").at(s, next);
    if (opens == null) {
      return -1;
    }
    for (OrganisationMatcher.Hit noun : nouns) {
      int k = noun.from() - 1;
      if (k >= range[0] && noun.to() <= range[1] && plural(s, k, words)) {
        return next + opens.length();
      }
    }
    for (int k = range[0]; k + 1 < range[1]; k++) {
      int end = pluralEnd(s, k, words);
      if (end > k && end < range[1] && words.get("document").at(s, end) != null) {
        return next + opens.length(); // "chứng kiến lễ ký kết các văn kiện" (vietnews-train-036373)
      }
    }
    return -1;
  }

  /**
   * Whether g's sentence counts several documents: a count or a plural right before a document noun
   * ("chứng kiến lễ ký kết các văn kiện hợp tác giữa hai nước", "5 văn kiện đã được ký", "hai bên
   * đã ký kết nhiều văn kiện hợp tác"): the event of a visit's or a forum's signing session.
   */
  static boolean several(
      Syllables s, Signings.Signing g, ClauseWords words, List<OrganisationMatcher.Hit> nouns) {
    int[] range = Signings.sentence(s, g.verb());
    for (int k = range[0]; k + 1 < range[1]; k++) {
      int end = pluralEnd(s, k, words);
      if (end > k && end < range[1] && document(s, end, words, nouns)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb of g is followed by a count of documents ("hai bên ký nhiều văn bản, trong đó
   * có ...", vietnews-val-008665; "ký 5 văn kiện"): "văn bản" and "văn kiện" alone name no document
   * of two sides (a person signs "văn bản"), but counted they are the documents of a visit.
   */
  static boolean countedAfter(Syllables s, Signings.Signing g, ClauseWords words) {
    int k = g.after();
    int end = k < s.size && s.sentence[k] == g.sentence() ? pluralEnd(s, k, words) : -1;
    return end > k && end < s.size && words.get("document").at(s, end) != null;
  }

  /**
   * The bodies named after each "giữa" of the documents listed at g, in text order, or, when g
   * opens no list, after each "giữa" of a further document of its clause ({@link #opensDocument});
   * empty when there are none.
   *
   * @param nouns the article's document nouns (triggers.tsv)
   * @param lists the lists of bodies of syllables [from, to)
   */
  static List<String> signers(
      Syllables s,
      Signings.Signing g,
      ClauseWords words,
      List<OrganisationMatcher.Hit> nouns,
      BiFunction<Integer, Integer, PartyLists> lists) {
    int from = listed(s, g, words, nouns);
    from = from < 0 ? listedNext(s, g, words, nouns) : from;
    boolean further = from < 0; // no list opened: only documents that open an item count
    from = further ? g.after() : from;
    int to = from;
    // a numbered list is one of documents when its first item names one ("1. Bản ghi nhớ ..."), not
    // "gồm các nội dung:\n1. Trao đổi sinh viên giữa hai trường"
    boolean lines =
        !further
            && to < s.size
            && bullet(s, to)
            && (!numbered(s, to) || to + 1 < s.size && document(s, to + 1, words, nouns));
    while (to < s.size
        && to < from + (lines ? LINES_REACH : LIST_REACH)
        && (s.sentence[to] == s.sentence[to - 1]
            || semicolonBefore(s, to)
            || lines && (bullet(s, to) || numbered(s, to - 1)))) {
      to++;
    }
    PartyLists bodies = null;
    List<Candidate> out = new ArrayList<>();
    boolean between = false;
    for (int p = from; p < to; p++) {
      boolean at = s.is(p, "giua");
      boolean of = !further && s.is(p, "cua") && afterDocument(s, nouns, p);
      boolean opens = at && (!further || opensDocument(s, nouns, p, between));
      between |= at;
      if (opens || of) {
        bodies = bodies == null ? lists.apply(from, to) : bodies;
        List<Candidate> sides = new ArrayList<>();
        bodies.forward(p + 1, sides);
        if (of && sides.size() < 2) {
          continue; // "bản ghi nhớ của Bộ X": one body's paper, not the two sides
        }
        if (!(sides.size() == 1 && counted(s, sides.get(0).to()))) {
          out.addAll(sides); // not "giữa Học viện Ngoại giao hai nước": one name, two bodies
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (Candidate c : out) {
      if (!names.contains(c.name())) {
        names.add(c.name());
      }
    }
    return names;
  }

  /**
   * Whether the "giữa" at p names the sides of a further document of the verb: after a comma that
   * follows an earlier "giữa" ("..., giữa NCB và Tập đoàn VN Đà Thành Group"), or a few words after
   * a document noun that heads an item of a list (after "và", a comma, a colon or a semicolon: "và
   * Thoả thuận khung hợp tác giữa", "; Bản ghi nhớ về hợp tác giữa"), with no comma between; not
   * "quan hệ hợp tác giữa hai nước", which describes, nor a bare "hợp tác".
   */
  private static boolean opensDocument(
      Syllables s, List<OrganisationMatcher.Hit> nouns, int p, boolean between) {
    if (between && s.has(p, Syllables.COMMA)) {
      return true;
    }
    for (OrganisationMatcher.Hit noun : nouns) {
      boolean cooperation =
          noun.to() == noun.from() + 2 && s.is(noun.from(), "hop") && s.is(noun.from() + 1, "tac");
      if (noun.to() > p || noun.to() < p - NOUN_REACH || cooperation) {
        continue;
      }
      boolean plain = true;
      for (int k = noun.from() + 1; k <= p; k++) {
        plain &= !s.has(k, Syllables.COMMA | Syllables.BREAK) && s.sentence[k] == s.sentence[p];
      }
      int f = noun.from();
      boolean heads =
          f > 0
              && (s.has(f, Syllables.COMMA | Syllables.BREAK)
                  || s.sentence[f - 1] != s.sentence[f]
                  || s.is(f - 1, "va"));
      if (plain && heads) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the "của" at p follows a document noun of the list by a few words, with no comma
   * between: "trong đó có hợp tác của Phòng thương mại Công nghiệp Việt Nam (VCCI) và Liên đoàn
   * Công nghiệp Ấn Độ" (vietnews-train-058275) names the two sides as "giữa" would.
   */
  private static boolean afterDocument(Syllables s, List<OrganisationMatcher.Hit> nouns, int p) {
    for (OrganisationMatcher.Hit noun : nouns) {
      if (noun.to() > p || noun.to() < p - NOUN_REACH) {
        continue;
      }
      boolean plain = true;
      for (int k = noun.from() + 1; k <= p; k++) {
        plain &= !s.has(k, Syllables.COMMA | Syllables.BREAK) && s.sentence[k] == s.sentence[p];
      }
      if (plain) {
        return true;
      }
    }
    return false;
  }

  /** Whether a count of several ("các", "hai", "5") ends right before syllable k. */
  static boolean countedBefore(Syllables s, int k, ClauseWords words) {
    return k >= 1 && pluralEnd(s, k - 1, words) == k || k >= 2 && pluralEnd(s, k - 2, words) == k;
  }

  /** Whether syllable k counts several: "hàng loạt", "các", "5", "hai". */
  private static boolean plural(Syllables s, int k, ClauseWords words) {
    return pluralEnd(s, k, words) > k;
  }

  /** Where the count of several that starts at k ends ("hàng loạt", "các", "5", "hai"), else -1. */
  private static int pluralEnd(Syllables s, int k, ClauseWords words) {
    Phrases.Phrase many = words.get("many").at(s, k);
    if (many != null) {
      return k + many.length();
    }
    Phrases.Phrase numeral = words.get("numeral").at(s, k);
    if (numeral != null) {
      return k + numeral.length();
    }
    return s.number(k) >= 2 ? k + 1 : -1;
  }

  /** Whether a count of the states or sides follows at k ("hai nước", "2 bên"). */
  private static boolean counted(Syllables s, int k) {
    ClauseWords words = ClauseWords.INSTANCE;
    return k + 1 < s.size
        && (s.number(k) >= 2 || words.get("numeral").at(s, k) != null)
        && (s.is(k + 1, "nuoc") || s.is(k + 1, "ben"));
  }

  /**
   * Whether syllable k opens a line that a dash or a plus marks as an item of a list ("bao gồm:\n-
   * Bản ghi nhớ ... giữa ...\n- Thoả thuận hợp tác giữa ...", vietnews-train-072418), or that is
   * the item's number ("bao gồm:\n1. Bản ghi nhớ hợp tác giữa ...\n2. Bản ghi nhớ ...").
   */
  private static boolean bullet(Syllables s, int k) {
    return s.charBefore(k, '\n')
        && (s.charBefore(k, '-') || s.charBefore(k, '+') || numbered(s, k));
  }

  /**
   * Whether syllable k is the number of an item that opens its line, a dot or a bracket right after
   * it ("1. Bản ghi nhớ", "2) Thoả thuận"): the dot cuts a sentence, which the item runs on past.
   */
  private static boolean numbered(Syllables s, int k) {
    return k >= 0
        && s.charBefore(k, '\n')
        && s.number(k) > 0
        && s.end[k] < s.length
        && (s.text[s.end[k]] == '.' || s.text[s.end[k]] == ')');
  }

  private static boolean colonBefore(Syllables s, int k) {
    return s.charBefore(k, ':');
  }

  /** Whether a semicolon, not a full stop, opens the sentence of syllable k. */
  static boolean semicolonBefore(Syllables s, int k) {
    return k > 0 && s.sentence[k] != s.sentence[k - 1] && s.charBefore(k, ';');
  }
}
