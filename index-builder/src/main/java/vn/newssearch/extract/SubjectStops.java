package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * Where the subject chain of {@link PartyLists} stops reading back: a body that is another verb's
 * object, one inside a watcher's title, states that describe a noun of a fronted phrase.
 */
final class SubjectStops {
  /**
   * Words between a word of witnessing and the list of watchers: "sự chứng kiến của lãnh đạo các
   * nước".
   */
  private static final int WATCHERS_WORDS = 8;

  private final Syllables s;
  private final List<Candidate> candidates;
  private final boolean[] role;
  private final ClauseWords words;

  SubjectStops(Syllables s, List<Candidate> candidates, boolean[] role, ClauseWords words) {
    this.s = s;
    this.candidates = candidates;
    this.role = role;
    this.words = words;
  }

  /**
   * Whether c, followed by a comma before the chain's next body, is the object of "với" after a
   * word that is no body: a complement of an earlier verb, not a subject ("Nga với Trung Quốc" is).
   */
  boolean objectBeforeComma(Candidate c, Candidate next, int j) {
    if (!s.has(next.from(), Syllables.COMMA)) {
      return false;
    }
    // "Để cạnh tranh trực tiếp với Netflix và Amazon, Apple vừa ký": the whole pair after "với"
    int first = j;
    while (first > 0
        && candidates.get(first - 1).to() + 1 == candidates.get(first).from()
        && s.is(candidates.get(first - 1).to(), "va")) {
      first--;
    }
    int p = candidates.get(first).from() - 1;
    return p > 0
        && s.is(p, "voi")
        && !s.has(p, Syllables.BREAK | Syllables.COMMA)
        && (first == 0 || candidates.get(first - 1).to() != p)
        && !coOrganised(first, p);
  }

  /**
   * Whether the "với" at p joins the body before it to the list after as one subject: "X phối hợp
   * với A, B và C tổ chức ký kết kế hoạch phối hợp" ("co-organise" of signing-words.tsv right
   * between X and "với"); "cạnh tranh với A, B" after no body is another verb's object.
   */
  private boolean coOrganised(int first, int p) {
    int verb = words.get("co-organise").endingAt(s, p, 2);
    return verb > 0 && first > 0 && candidates.get(first - 1).to() == p - verb;
  }

  /**
   * Whether candidate j is a state, or states joined by dashes, right after a lower-case noun that
   * is no link and no title: the states describe that noun ("hội nghị thượng đỉnh Mỹ - Triều"), and
   * sign nothing.
   */
  boolean describesNoun(int j) {
    if (!ClauseWords.INSTANCE.isState(candidates.get(j).name())) {
      return false;
    }
    int p = candidates.get(j).from();
    for (int n = 0; n < 3 && s.has(p, Syllables.DASH); n++) {
      int before = stateEndingAt(p); // "Mỹ - Triều": "Mỹ" is no candidate after "thượng đỉnh"
      if (before < 0) {
        return false;
      }
      p = before;
    }
    return p > 0
        && s.sentence[p - 1] == s.sentence[p]
        && !s.has(p, Syllables.COMMA | Syllables.BREAK | Syllables.DASH)
        && !s.has(p - 1, Syllables.UPPER)
        && !role[p - 1]
        && s.number(p - 1) < 0
        && words.get("link").endingAt(s, p, 2) == 0
        && words.get("before-party").endingAt(s, p, 1) == 0;
  }

  /** Whether a comma comes before a syllable of [from, to]. */
  boolean commaBetween(int from, int to) {
    for (int k = from; k <= to && k < s.size; k++) {
      if (s.has(k, Syllables.COMMA)) {
        return true;
      }
    }
    return false;
  }

  /** At most this many syllables of a source word between "theo" and the body ("một lãnh đạo"). */
  private static final int SOURCE_WORDS = 3;

  /**
   * Whether c is the source a clause opening "Theo" cites, before its comma: "Theo một lãnh đạo Bộ
   * Giao thông, Cục Hàng không vừa ký hợp đồng với ..." (vietnews-test-020757). The ministry tells
   * the news; the department signs. "theo" opens the sentence or follows a comma, with at most a
   * {@code source} word ("lãnh đạo", "đại diện", "người phát ngôn") between it and the body. A body
   * that tells its own signing stays: "Theo thông tin từ Tổng công ty Viễn thông MobiFone, ngày
   * 18-12, MobiFone và AVG đã ký" (vietnews-test-004406), where the subject {@code next} names it
   * again, shorter.
   */
  boolean attributed(Candidate c, Candidate next) {
    String source = c.name().toLowerCase(java.util.Locale.ROOT);
    String subject = next.name().toLowerCase(java.util.Locale.ROOT);
    if (source.contains(subject) || subject.contains(source)) {
      return false;
    }
    return cited(s, words, c.from());
  }

  /**
   * Whether the body starting at syllable {@code from} is the source a clause opening "Theo" cites:
   * "theo" opens the sentence or follows a comma, with at most a {@code source} word between it and
   * the body, and no comma before the body.
   */
  static boolean cited(Syllables s, ClauseWords words, int from) {
    int p = from - words.get("source").endingAt(s, from, SOURCE_WORDS) - 1;
    if (p < 0 || !s.is(p, "theo") || s.sentence[p] != s.sentence[from]) {
      return false;
    }
    for (int k = p + 1; k <= from; k++) {
      if (s.has(k, Syllables.COMMA | Syllables.BREAK)) {
        return false;
      }
    }
    return p == 0
        || s.has(p, Syllables.COMMA | Syllables.BREAK)
        || s.sentence[p - 1] != s.sentence[p];
  }

  /** The start of a state's name that ends right before syllable p, else -1. */
  private int stateEndingAt(int p) {
    for (int len = 1; len <= 3 && p - len >= 0; len++) {
      Phrases.Phrase state = words.country(s, p - len);
      if (state != null && state.length() == len) {
        return p - len;
      }
    }
    return -1;
  }

  /**
   * Whether c ends a list of watchers, parted by a comma from the signers after it: back from c
   * over the list's commas to where it starts, a word of witnessing or attending within {@link
   * #WATCHERS_WORDS} before it ("Trước sự chứng kiến của lãnh đạo các nước Mỹ, Anh, Pháp và Canada,
   * Việt Nam và Nhật Bản đã ký": the states that watch are no parties).
   */
  boolean inWatchersList(Candidate c) {
    int start = c.from();
    int sentence = s.sentence[start];
    int p = start;
    for (; p > 0 && p > c.from() - Signings.REACH && s.sentence[p - 1] == sentence; p--) {
      if (s.has(p, Syllables.BREAK)
          || s.has(p, Syllables.COMMA) && !PartyLists.listComma(candidates, p)) {
        break;
      }
      if (PartyLists.at(candidates, p) != null) {
        start = p;
      }
    }
    return SignerClause.watching(s, Math.max(p, start - WATCHERS_WORDS), start) >= 0;
  }

  /**
   * Whether c belongs to the phrase of occasion that opens its sentence ("occasion-opener" of
   * signing-words.tsv), as what the occasion is of or with, before the comma that closes the
   * phrase: "Trong buổi làm việc của Bộ trưởng A với Bộ trưởng B ngày 10/6, X và Y đã ký" (the
   * ministers meet, X and Y sign). Not a list after the occasion's comma ("Tại buổi lễ, A, B và C
   * đã ký"), which no "của", "với" or "giữa" ties to the occasion.
   */
  boolean inOccasion(Candidate c) {
    int first = c.from();
    while (first > 0 && s.sentence[first - 1] == s.sentence[c.from()]) {
      first--;
    }
    Phrases.Phrase opener = words.get("occasion-opener").at(s, first);
    if (opener == null) {
      return false;
    }
    // back from c to the word that ties it to the occasion, with no comma between ("trước sự
    // chứng kiến của lãnh đạo, Đoàn X và Y đã ký": X follows the comma, and signs)
    for (int k = c.from() - 1; k >= first + opener.length(); k--) {
      if (s.has(k + 1, Syllables.COMMA)) {
        return false;
      }
      if (s.is(k, "cua") || s.is(k, "voi") || s.is(k, "giua")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether c is named inside the title of a person who watches the signing ("chứng kiến", "tham
   * dự"): the body of a witness's title is no party, unless its person signs.
   */
  boolean inWatchersTitle(Candidate c) {
    int p = c.from();
    if (p == 0 || !role[p - 1] || s.sentence[p - 1] != s.sentence[p]) {
      return false;
    }
    while (p > 0 && role[p - 1] && s.sentence[p - 1] == s.sentence[p]) {
      p--;
    }
    return SignerClause.watches(s, p);
  }
}
