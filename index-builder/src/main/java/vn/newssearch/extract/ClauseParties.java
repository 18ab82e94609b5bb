package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The parties of one signing, read from its clause: the subject before the verb ("X và Y ký", "X, Y
 * và Z đã ký", "đại diện X và đại diện Y ký", "Bộ trưởng Bộ X Nguyễn Văn A và ... ký"), the bodies
 * after "với" ("X ký với Y") and after "giữa" ("lễ ký kết giữa X và Y"). A body is a known
 * organisation, a province or city, or a state. Bodies that attend, witness, host or fund, and
 * bodies that only describe another ("X thuộc Y", "tại Hà Nội"), are not parties.
 */
final class ClauseParties {
  /** Unknown lower-case words allowed between the subject and the verb ("đã tổ chức lễ"). */
  private static final int SUBJECT_GAP = 5;

  /** Unknown lower-case words allowed between two bodies of one list ("và Liên danh Nhà thầu"). */
  private static final int LINK_GAP = 2;

  /** Words allowed between a document noun and "của" ("quy chế phối hợp công tác của"). */
  private static final int NOUN_GAP = 2;

  /** How far after the verb "với" or "giữa" may come ("ký thỏa thuận hợp tác toàn diện với"). */
  private static final int OBJECT_REACH = 14;

  /** More bodies in one list than any agreement has parties: a list of guests, not of parties. */
  private static final int MAX_CHAIN = 8;

  /**
   * A body that may sign, at syllables [from, to); {@code named}: an organisation's name, which
   * another body's name right before it takes as its parent ("Ban cán sự đảng | Chính phủ").
   */
  record Candidate(int from, int to, String name, boolean named) {
    Candidate(int from, int to, String name) {
      this(from, to, name, false);
    }

    /** "Ban cán sự đảng" + "Chính phủ": a body of the parent that follows it, named with it. */
    Candidate joined(Candidate parent) {
      return new Candidate(from, parent.to, parent.named ? name + " " + parent.name : name, named);
    }
  }

  private final Syllables s;
  private final ClauseWords words;
  private final List<Candidate> candidates;
  private final boolean[] role;
  private final boolean[] nounEnd;

  /** Whether the last signing read by {@link #of} has a body as its subject. */
  private boolean subjectSigns;

  /**
   * Reads the clauses of one sentence: its candidate bodies, and per syllable whether it is part of
   * a signer's title ({@code role}) or the first after a document noun ({@code nounEnd}).
   */
  ClauseParties(
      Syllables s,
      List<Candidate> candidates,
      boolean[] role,
      boolean[] nounEnd,
      ClauseWords words) {
    this.s = s;
    this.candidates = candidates;
    this.role = role;
    this.nounEnd = nounEnd;
    this.words = words;
  }

  /**
   * The parties of the signing at {@code signing}: subject first, then "với" and "giữa"; null when
   * one body alone signs with no other side in the sentence (a decree, a memo, a pledge).
   */
  List<String> of(Signings.Signing signing) {
    List<Candidate> out = new ArrayList<>();
    subject(signing, out);
    subjectSigns = !out.isEmpty();
    if (out.isEmpty() && signing.passive()) {
      // "Theo văn bản được hai bên ký kết ..., X và Y thỏa thuận ...": "hai bên" are X and Y
      int[] range = Signings.sentence(s, signing.verb());
      if (words.get("two-sided").find(s, Math.max(range[0], signing.verb() - 3), signing.verb())
          >= 0) {
        pair(range, out);
      }
    }
    int end = Math.min(s.size, signing.after() + 2 * OBJECT_REACH);
    boolean comma = false;
    for (int p = signing.after(); p < end && s.sentence[p] == signing.sentence(); p++) {
      comma |= p > signing.after() && s.has(p, Syllables.COMMA);
      boolean with = s.is(p, "voi") && !(p + 1 < s.size && s.is(p + 1, "su"));
      // "Quy chế phối hợp công tác của X và Y": the parties of the document
      boolean of = s.is(p, "cua") && nounEnds(p);
      // "giữa X và Y" may follow a comma when no subject signs: "lễ kí ..., giữa Phó thủ tướng A"
      boolean between = s.is(p, "giua") && (!comma || out.isEmpty());
      if (between || ((with || of) && !comma && p < signing.after() + OBJECT_REACH)) {
        forward(p + 1, out);
        break;
      }
    }
    // "cục Phát triển đô thị, bộ Xây dựng, Việt Nam": a state after a body and a comma is its
    // country
    for (int j = out.size() - 1; j > 0; j--) {
      Candidate c = out.get(j);
      Candidate before = out.get(j - 1);
      boolean state = ClauseWords.INSTANCE.isState(c.name());
      if (state
          && !ClauseWords.INSTANCE.isState(before.name())
          && c.from() == before.to()
          && s.has(c.from(), Syllables.COMMA)) {
        out.remove(j);
      }
    }
    List<String> names = new ArrayList<>();
    for (Candidate c : out) {
      if (!names.contains(c.name())) {
        names.add(c.name());
      }
    }
    boolean alone = names.size() == 1 || (names.isEmpty() && !signing.nominal());
    boolean headline = signing.verb() == 0 || s.sentence[signing.verb() - 1] != signing.sentence();
    if (alone && !headline && !twoSided(signing)) {
      return null; // "Tổng thống Mỹ ... đã ký bản ghi nhớ": one side alone signs no agreement
    }
    return names;
  }

  /** Whether the signing last read by {@link #of} has a body before the verb that signs. */
  boolean subjectSigns() {
    return subjectSigns;
  }

  /** Whether the sentence says the signing has another side: "và", "với", "giữa", "hai bên". */
  private boolean twoSided(Signings.Signing signing) {
    int[] range = Signings.sentence(s, signing.verb());
    Phrases sides = words.get("two-sided");
    if (sides.find(s, range[0], signing.verb()) >= 0) {
      return true; // "X và Y ký", "X cùng Y ký", "hai bên ký"
    }
    for (int p = signing.verb(); p < range[1]; p++) {
      if (s.is(p, "voi") || s.is(p, "giua") || s.is(p, "doi") && s.is(p + 1, "tac")) {
        return true;
      }
    }
    return false;
  }

  private void subject(Signings.Signing signing, List<Candidate> out) {
    int limit = signing.verb();
    if (signing.nominal()) {
      // "X tổ chức lễ ký kết": only the host of the ceremony signs; "tham dự lễ ký" does not.
      int noun = limit - words.get("nominal").endingAt(s, limit, 2);
      int host = words.get("host").endingAt(s, noun, 2);
      if (host == 0) {
        return;
      }
      limit = noun - host;
    }
    List<Candidate> chain = new ArrayList<>();
    int i = lastBefore(limit);
    if (i < 0 || !gapOk(candidates.get(i).to(), limit, SUBJECT_GAP, signing.sentence())) {
      return;
    }
    int by = -1;
    if (signing.passive()) {
      // "thỏa thuận được X và Y ký": the agents sit between "được" and the verb
      for (int p = limit - 1; p >= 0 && p >= limit - 5 && by < 0; p--) {
        by = s.is(p, "duoc") ? p + 1 : -1;
      }
      if (candidates.get(i).from() < by) {
        return;
      }
    }
    chain.add(candidates.get(i));
    for (int j = i - 1; j >= 0 && chain.size() <= MAX_CHAIN; j--) {
      Candidate c = candidates.get(j);
      Candidate next = chain.get(chain.size() - 1);
      if (c.to() == next.from() && !s.has(next.from(), Syllables.DASH | Syllables.COMMA)) {
        // "Bộ Quốc phòng | Qatar", "Ban cán sự đảng | Chính phủ": one name read as two, the body
        // and its state or parent body
        chain.set(chain.size() - 1, c.joined(next));
        continue;
      }
      if (s.sentence[c.from()] != signing.sentence()
          || c.from() < by
          || !gapOk(c.to(), next.from(), LINK_GAP, signing.sentence())) {
        break;
      }
      chain.add(c);
    }
    // "X thuộc Y", "đại diện của Y": Y only describes X.
    for (int j = chain.size() - 1; j >= 0; j--) {
      Candidate c = chain.get(j);
      if (words.get("modifier").endingAt(s, c.from(), 2) > 0) {
        chain.remove(j);
      }
    }
    for (int j = chain.size() - 1; j >= 0; j--) {
      out.add(chain.get(j));
    }
  }

  /** The first two bodies of the sentence joined as one list ("X và Y"), if any. */
  private void pair(int[] range, List<Candidate> out) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      Candidate a = candidates.get(i);
      Candidate b = candidates.get(i + 1);
      if (a.from() >= range[0]
          && b.to() <= range[1]
          && b.from() > a.to()
          && s.is(a.to(), "va")
          && gapOk(a.to(), b.from(), LINK_GAP, s.sentence[a.from()])) {
        out.add(a);
        out.add(b);
        return;
      }
    }
  }

  /** The bodies listed from syllable p on: "giữa X và Y", "với X, Y". */
  private void forward(int p, List<Candidate> out) {
    int i = 0;
    while (i < candidates.size() && candidates.get(i).from() < p) {
      i++;
    }
    if (i == candidates.size() || !gapOk(p, candidates.get(i).from(), LINK_GAP, s.sentence[p])) {
      return;
    }
    Candidate prev = candidates.get(i);
    out.add(prev);
    int added = 1;
    for (int j = i + 1; j < candidates.size() && added <= MAX_CHAIN; j++) {
      Candidate c = candidates.get(j);
      if (c.from() == prev.to() && !s.has(c.from(), Syllables.DASH | Syllables.COMMA)) {
        // the tail of the name before: "Ban cán sự đảng | Chính phủ"
        Candidate whole = prev.joined(c);
        if (!out.isEmpty() && out.get(out.size() - 1) == prev) {
          out.set(out.size() - 1, whole);
        }
        prev = whole;
        continue;
      }
      if (!gapOk(prev.to(), c.from(), LINK_GAP, s.sentence[p])) {
        break;
      }
      added++;
      if (words.get("modifier").endingAt(s, c.from(), 2) == 0) {
        out.add(c);
      }
      prev = c;
    }
  }

  /** Whether a document noun ends at most two words before syllable p ("... công tác của"). */
  private boolean nounEnds(int p) {
    for (int q = Math.max(0, p - NOUN_GAP); q <= p; q++) {
      if (nounEnd[q]) {
        return true;
      }
    }
    return false;
  }

  private int lastBefore(int limit) {
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (candidates.get(i).to() <= limit) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether syllables [from, to) may stand between two parts of one clause: links ("và", "đại
   * diện"), titles and names of people, brackets, numbers and dates, and at most {@code maxWords}
   * other lower-case words, none of which ends the body's part ("tham dự", "cho biết", "khi").
   */
  private boolean gapOk(int from, int to, int maxWords, int sentence) {
    int unknown = 0;
    for (int k = from; k < to; ) {
      if (s.sentence[k] != sentence) {
        return false;
      }
      if (words.get("break").at(s, k) != null) {
        return false;
      }
      Phrases.Phrase link = words.get("link").at(s, k);
      if (link != null) {
        k += link.length();
        continue;
      }
      if (!(role[k] || s.has(k, Syllables.PAREN | Syllables.UPPER) || s.number(k) >= 0)) {
        unknown++;
        if (unknown > maxWords) {
          return false;
        }
      }
      k++;
    }
    return true;
  }
}
