package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * States named through the title of the leader who signs for them (issue 12: "a person who signs
 * for a body makes that body a party"): "Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên Kim
 * Jong-un hôm nay ký thoả thuận" → Mỹ, Triều Tiên. They are candidates like any body: only the
 * clause makes them sign, and a leader who watches ("chứng kiến") is none. A minister's title is
 * left alone: whether the ministry or the state signs is the reader's call (docs/agreements.md).
 */
final class TitledParties {
  /** Syllables of an official's name between the title's state and "và" ("Khalid bin ..."). */
  private static final int NAME_REACH = 8;

  /** Our state, as the tables name it. */
  private static final String VIET_NAM = "Việt Nam";

  /** The longest state name, in syllables ("Cộng hoà Dominica"). */
  private static final int STATE_REACH = 4;

  private TitledParties() {}

  /**
   * {@code read} with the leaders' states of syllables [first, end) added, in text order (a known
   * leader's bare name read as a body gives way to his state).
   */
  static List<Candidate> add(Syllables s, List<Candidate> read, int first, int end) {
    return add(s, read, first, end, w -> false);
  }

  /**
   * {@link #add(Syllables, List, int, int)}, and a leader of ours written by his title and a
   * Vietnamese name with no state ({@code surname}: a Vietnamese family name) signs for "Việt Nam"
   * when a leader of another state signs beside him: "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật
   * Bản Shinzo Abe đã ký tuyên bố chung" → Việt Nam, Nhật Bản. Alone, such a title may be a
   * province's or a firm's chairman's ("Chủ tịch Nguyễn Văn A ký").
   */
  static List<Candidate> add(
      Syllables s,
      List<Candidate> read,
      int first,
      int end,
      java.util.function.Predicate<String> surname) {
    List<Candidate> found = read;
    List<Candidate> titled = null;
    Candidate ours = null;
    ClauseWords words = ClauseWords.INSTANCE;
    for (int k = first; k < end; k++) {
      Phrases.Phrase peer = words.get("counterpart").at(s, k);
      if (peer != null && !SignerClause.watches(s, k)) {
        // "Ngoại trưởng Trung Quốc Vương Nghị và người đồng cấp Cộng hoà Dominica ... ký": a
        // counterpart's state, and the state of the official it is the counterpart of
        int q = k + peer.length() + (s.is(k + peer.length(), "cua") ? 1 : 0);
        Phrases.Phrase state = q < end ? words.countryAnywhere(s, q) : null;
        Candidate own = state == null || !beforeVerb(s, k, first, end) ? null : peerOf(s, k, first);
        if (own != null) {
          titled = add(titled, found, own);
          titled = add(titled, found, new Candidate(k, q + state.length(), state.value()));
          k = q + state.length() - 1;
          continue;
        }
      }
      Phrases.Phrase title = s.has(k, Syllables.PAREN) ? null : words.get("state-title").at(s, k);
      int q = title == null ? k : k + title.length();
      Phrases.Phrase state = q > k && q < end ? words.countryAnywhere(s, q) : null;
      if (state != null && !SignerClause.watches(s, k)) {
        Candidate t = new Candidate(k, q + state.length(), state.value()); // "Tổng thống Mỹ"
        titled = add(titled, found, t);
        k = t.to() - 1;
        continue;
      }
      // "Tổng thống Trump và lãnh đạo Triều Tiên Kim Jong-un bắt đầu ký", "giữa Trump và Kim":
      // a leader named without his state, which the article writes once with the title
      int name = q > k ? q : bareName(s, k, first) ? k : -1;
      String own = name < 0 || SignerClause.watches(s, k) ? null : stateOfName(s, name);
      if (own == null
          && ours == null
          && q > k
          && q < end
          && s.has(q, Syllables.UPPER)
          && !s.has(q, Syllables.COMMA | Syllables.BREAK | Syllables.PAREN)
          && surname.test(s.original(q))
          && !SignerClause.watches(s, k)) {
        ours = new Candidate(k, q + 1, VIET_NAM); // "Thủ tướng Nguyễn Xuân Phúc"
        k = q;
        continue;
      }
      if (own == null && name == k && !SignerClause.watches(s, k)) {
        // "Trump và Kim ký tuyên bố chung", "với ông Kim": a well-known leader as a bare side, whom
        // the article never writes with his state (after a title the clause may be another verb's:
        // "Thủ tướng Malcolm Turnbull đánh giá cao ... CPTPP ..., ký kết vừa qua tại Chile")
        own = knownLeader(s, name, true);
        if (own != null) {
          found = withoutName(found, k); // "Trump" read as a brand's or a body's bare name
        }
      }
      if (own != null) {
        titled = add(titled, found, new Candidate(k, name + 1, own));
        k = name;
      }
    }
    if (ours != null
        && titled != null
        && titled.stream().anyMatch(t -> !t.name().equals(VIET_NAM))
        && titled.stream().noneMatch(t -> t.name().equals(VIET_NAM))) {
      titled = add(titled, found, ours);
    }
    if (titled == null) {
      return found;
    }
    List<Candidate> out = new ArrayList<>(found);
    out.addAll(titled);
    out.sort(Comparator.comparingInt(Candidate::from));
    return out;
  }

  /**
   * Whether syllable k, in a capital, stands alone as a side of a pair of leaders: "và" or "giữa"
   * before it, or "và" after it, and no capital right before it ("Trump và Kim ký").
   */
  private static boolean bareName(Syllables s, int k, int first) {
    // "giữa ông Trump và ông Kim", "Ông Trump ... ký kết thoả thuận ... với ông Kim": "ông" or
    // "bà" before the name; the side then starts there, and opens the clause or follows "với"
    int p = k > first && (s.is(k - 1, "ong") || s.is(k - 1, "ba")) ? k - 1 : k;
    if (!s.has(k, Syllables.UPPER) || p == k && k > first && s.has(k - 1, Syllables.UPPER)) {
      return false;
    }
    if (p < k && (p == first || s.is(p - 1, "voi"))) {
      return true;
    }
    boolean before = p > first && (s.is(p - 1, "va") || s.is(p - 1, "giua"));
    boolean after = k + 1 < s.size && s.is(k + 1, "va") && s.sentence[k + 1] == s.sentence[k];
    return before || after;
  }

  /**
   * The state of the leader whose name holds syllable {@code k}, as the article writes it once with
   * the title and the state ("Tổng thống Mỹ Donald Trump" for "Trump", "nhà lãnh đạo Triều Tiên Kim
   * Jong-un" for "Kim"): the first or last syllable of the name after the state; null when no such
   * mention names it, or two states do.
   */
  static String stateOfName(Syllables s, int k) {
    if (!s.has(k, Syllables.UPPER) || s.fend[k] - s.fstart[k] < 2) {
      return null;
    }
    ClauseWords words = ClauseWords.INSTANCE;
    String found = null;
    for (int i = 0; i < s.size; i++) {
      Phrases.Phrase title = s.has(i, Syllables.PAREN) ? null : words.get("state-title").at(s, i);
      int q = title == null ? -1 : i + title.length();
      Phrases.Phrase state = q < 0 || q >= s.size ? null : words.countryAnywhere(s, q);
      if (state == null) {
        continue;
      }
      int from = q + state.length();
      int to = from;
      while (to < s.size
          && to - from < NAME_REACH
          && s.sentence[to] == s.sentence[from]
          && s.has(to, Syllables.UPPER)
          && (to == from || !s.has(to, Syllables.COMMA | Syllables.BREAK))) {
        to++;
      }
      if (to > from
          && to - from <= STATE_REACH
          && !(from <= k && k < to)
          && (s.same(from, k, 1) || s.same(to - 1, k, 1))) {
        if (found != null && !found.equals(state.value())) {
          return null;
        }
        found = state.value();
      }
      i = Math.max(i, to - 1);
    }
    return found;
  }

  /**
   * The state of the well-known leader ("known-leader" in party-words.tsv) whose name starts at k
   * ("Trump", "Hun Sen", "Kim Jong Un"); when {@code surname}, also one whose name the article
   * writes elsewhere in full, with syllable k its first or last ("ông Kim" after "Kim Jong-un");
   * null when none, or two states, fit.
   */
  static String knownLeader(Syllables s, int k, boolean surname) {
    Phrases known = ClauseWords.INSTANCE.get("known-leader");
    Phrases.Phrase at = s.has(k, Syllables.UPPER) ? known.at(s, k) : null;
    if (at != null || !surname || !s.has(k, Syllables.UPPER)) {
      return at == null ? null : at.value();
    }
    String found = null;
    for (int i = 0; i < s.size; i++) {
      Phrases.Phrase p = s.has(i, Syllables.UPPER) ? known.at(s, i) : null;
      if (p == null) {
        continue;
      }
      int last = i + p.length() - 1;
      if (p.length() > 1 && (s.same(i, k, 1) || s.same(last, k, 1))) {
        if (found != null && !found.equals(p.value())) {
          return null;
        }
        found = p.value();
      }
      i = last;
    }
    return found;
  }

  /**
   * The state of the official whose counterpart ("người đồng cấp") starts at {@code k}: a state
   * right after a title ("Ngoại trưởng Trung Quốc", "Bộ trưởng Quốc phòng Nga"), then maybe the
   * official's name, then "và", "cùng" or "với" right before {@code k}; null when the words before
   * are anything else.
   */
  private static Candidate peerOf(Syllables s, int k, int first) {
    int p = k - 1;
    if (p < first || !(s.is(p, "va") || s.is(p, "cung") || s.is(p, "voi"))) {
      return null;
    }
    ClauseWords words = ClauseWords.INSTANCE;
    // back over the official's name ("Vương Nghị", "Khalid bin Mohammed al - Attiyah")
    for (int q = p - 1, named = 0; q >= first && named <= NAME_REACH; q--, named++) {
      if (s.sentence[q] != s.sentence[k] || s.has(q + 1, Syllables.BREAK | Syllables.COMMA)) {
        return null;
      }
      for (int len = 1; len <= STATE_REACH && q - len + 1 >= first; len++) {
        Phrases.Phrase state = words.countryAnywhere(s, q - len + 1);
        if (state != null && q - len + 1 + state.length() == q + 1) {
          return new Candidate(q - len + 1, q + 1, state.value());
        }
      }
      if (!s.has(q, Syllables.UPPER) && s.end[q] - s.start[q] > 3) {
        return null; // a lower-case word of the clause, not of a foreign name
      }
    }
    return null;
  }

  /**
   * Whether syllable k stands in the subject: "ký" follows it in [first, end) and none comes before
   * it ("Thoả thuận Sochi được ký ngày 17/9 giữa Tổng thống Thổ Nhĩ Kỳ Erdogan và người đồng cấp
   * Nga Putin" recalls a document; "Bộ trưởng Quốc phòng Nga và người đồng cấp Thổ Nhĩ Kỳ hôm qua
   * ký" tells the signing).
   */
  private static boolean beforeVerb(Syllables s, int k, int first, int end) {
    for (int q = first; q < k; q++) {
      if (SignerClause.sign(s, q)) {
        return false;
      }
    }
    for (int q = k; q < end; q++) {
      if (SignerClause.sign(s, q)) {
        return true;
      }
    }
    return false;
  }

  /** {@code found} without a candidate that is the one capitalised syllable k. */
  private static List<Candidate> withoutName(List<Candidate> found, int k) {
    if (found.stream().noneMatch(c -> c.from() == k && c.to() == k + 1)) {
      return found;
    }
    return found.stream().filter(c -> c.from() != k || c.to() != k + 1).toList();
  }

  private static List<Candidate> add(List<Candidate> titled, List<Candidate> found, Candidate t) {
    if (found.stream().anyMatch(c -> c.from() < t.to() && t.from() < c.to())
        || titled != null
            && titled.stream().anyMatch(c -> c.from() < t.to() && t.from() < c.to())) {
      return titled;
    }
    List<Candidate> out = titled == null ? new ArrayList<>() : titled;
    out.add(t);
    return out;
  }
}
