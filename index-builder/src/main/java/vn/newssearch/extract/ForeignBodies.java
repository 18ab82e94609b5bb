package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.extract.OrganisationMatcher.Draft;
import vn.newssearch.extract.OrganisationMatcher.Where;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * A national body named with the states whose bodies it means: "Bộ quốc phòng hai nước Singapore và
 * Australia" is the defence ministry of each state, never ours; "Bộ Quốc phòng Việt Nam và Hàn
 * Quốc" is ours and Korea's, as "Liên đoàn Lao động và Sở ... Long An" share a province. The words
 * that may stand between the body and the states ("hai nước", "các nước") are {@code states-of} in
 * party-words.tsv.
 */
final class ForeignBodies {
  /** At most this many states in one list. */
  private static final int MAX_STATES = 8;

  private static final int SEPARATORS = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;

  private final NameTrie trie;
  private final NamedBodies named;

  ForeignBodies(NameTrie trie, NamedBodies named) {
    this.trie = trie;
    this.named = named;
  }

  /** The body of each state listed after {@code m}, or null when no two states follow so. */
  List<Draft> ofStates(Syllables s, Match m) {
    int p = m.to();
    if (p >= s.size || s.has(p, SEPARATORS)) {
      return null;
    }
    Phrases.Phrase of = ClauseWords.INSTANCE.get("states-of").at(s, p);
    List<Draft> out = new ArrayList<>();
    List<Match> states = new ArrayList<>();
    boolean closed =
        CommaLists.walk(
            s,
            of == null ? p : p + of.length(),
            MAX_STATES,
            q -> {
              Match c = named.country(s, q, false);
              if (c == null) {
                return -1;
              }
              Draft d =
                  c.entry().value().equals(VIET_NAM)
                      ? ownDraft(m, c.to())
                      : foreignDraft(s, m, "", c);
              out.add(out.isEmpty() ? d : d.startingAt(c.from()));
              states.add(c);
              return c.to();
            });
    return closed && out.size() >= 2 && named.closes(s, states.getLast()) ? out : null;
  }

  /**
   * "Bộ Y tế Lào", "Bộ Lao động Nhật Bản", "Chính phủ Nhật Bản": a body of ours followed by another
   * country is that country's body, named with the country's canonical name; never folded into
   * ours.
   */
  Draft of(Syllables s, Match m) {
    int k = state(s, m.to());
    if (k >= s.size
        || s.id[k] < 0
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return null;
    }
    // "Phòng Thương mại và Công nghiệp Quốc gia Malaysia": the state's national chamber, whose
    // "Quốc gia" (national) stands between our listed name and the state
    int national = nationalWord(s, k);
    String between = "";
    if (national > k && named.country(s, national, false) != null) {
      between = " " + s.original(k, national);
      k = national;
    }
    Match c = named.country(s, k, false);
    if (c == null
        || c.entry().value().equals(VIET_NAM)
        || !named.closes(s, c) && !foreignNameAfter(s, c.to())) {
      return null;
    }
    Match p = trie.longest(s, k, Kind.PROVINCE.bit(), false);
    if (Province.ours(p) && p.to() >= c.to()) {
      return null; // "Sở Y tế Lào Cai"
    }
    Draft d = foreignDraft(s, m, between, c);
    // not a government: "Ủy ban liên Chính phủ Nga - Ấn Độ" is the committee's name, not theirs
    Match second = m.entry().value().equals(CandidateNames.GOVERNMENT) ? null : pairedState(s, c);
    if (second != null) {
      // "Phòng Thương mại và Công nghiệp Nhật Bản - Việt Nam": a body of two states, one name
      d.to = second.to();
      d.name = d.name + " - " + second.entry().value();
    }
    return d;
  }

  /** The end of a capitalised "Quốc gia" (national) at k, or k: "... Quốc gia Malaysia". */
  private static int nationalWord(Syllables s, int k) {
    return k + 1 < s.size
            && s.is(k, "quoc")
            && s.is(k + 1, "gia")
            && s.has(k, Syllables.UPPER)
            && !s.has(k + 1, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        ? k + 2
        : k;
  }

  /**
   * The second state of a pair that a dash joins to state {@code c} at the end of a body's name,
   * which closes it: "Nhật Bản - Việt Nam", "Brazil-Việt Nam" (a chamber, a friendship association,
   * a joint committee of the two); else null.
   */
  private Match pairedState(Syllables s, Match c) {
    int q = c.to();
    if (q >= s.size
        || !s.has(q, Syllables.DASH)
        || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
        || s.sentence[q] != s.sentence[c.from()]) {
      return null;
    }
    Match second = named.country(s, q, false);
    return second != null
            && !second.entry().value().equals(c.entry().value())
            && named.closes(s, second)
        ? second
        : null;
  }

  /**
   * "Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào", "Trung ương Đoàn TNCS Cuba": a listed name
   * that ends on a head noun ("Trung ương Đoàn" names our youth union) and goes on, with no break,
   * into capitalised words of a name that a foreign state closes is that state's body, read from
   * the head by the name grammar ("Đoàn Thanh niên Nhân dân Cách mạng Lào"); null otherwise.
   */
  Draft headAfter(Syllables s, Match m) {
    int q = m.to();
    if (q >= s.size || s.has(q, SEPARATORS | Syllables.PAREN) || !s.has(q, Syllables.UPPER)) {
      return null;
    }
    Match head = null;
    for (int h = m.from() + 1; h < q && head == null; h++) {
      Match hd = trie.longest(s, h, Kind.NAMED.bit(), false);
      head = hd != null && hd.to() == q && named.isHead(s, hd) ? hd : null;
    }
    NamedBodies.Name name = head == null ? null : named.read(s, head, false, false);
    if (name == null) {
      return null;
    }
    for (int p = q; p < name.to(); p++) {
      Match c = named.country(s, p, false);
      if (c != null && c.to() == name.to() && !c.entry().value().equals(VIET_NAM)) {
        Draft d = new Draft(m.from(), c.to(), head, Where.NA);
        d.name = head.entry().head().canonical() + " " + name.text();
        d.kind = Kind.NAMED;
        d.state = c.entry().value();
        return d;
      }
    }
    return null;
  }

  /**
   * Whether a foreign person's name starts at k, right after a state that follows a body of ours:
   * "Bộ trưởng Bộ Nội vụ Lào Khamman Sounvileuth", "Bộ Quốc phòng Campuchia Tea Banh" (a capital
   * and a word no Vietnamese syllable spells), also with a foreign name's accents ("Bộ trưởng Bộ
   * Nội vụ Hungary Sándor Pintér"), so the state closes the body's name.
   */
  static boolean foreignNameAfter(Syllables s, int k) {
    return k < s.size
        && s.has(k, Syllables.UPPER)
        && !s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
        && (BrandWords.shaped(s, k) || BrandWords.foreignSpelled(s, k));
  }

  /**
   * The body {@code m} of the country {@code c}: "Bộ ngoại giao Nga" → "Bộ Ngoại giao Nga", the
   * national name as listed when written so (an initialism in it spelled out), else as written ("Bộ
   * Lao động Mỹ"); {@code between}, the words written between them (" Quốc gia"), kept.
   */
  private Draft foreignDraft(Syllables s, Match m, String between, Match c) {
    Draft d = new Draft(m.from(), c.to(), m, Where.NA);
    // an initialism inside it spelled out ("Viện KSND tối cao Lào" → "Viện kiểm sát nhân dân tối
    // cao Lào"), as the listed name it is read as writes it
    String written = Initialisms.INSTANCE.spelledOut(s.original(m.from(), m.to()));
    String listed = m.entry().value();
    boolean asListed =
        m.entry().kind() == Kind.NATIONAL
            && VietnameseAnalysis.foldKey(written).equals(VietnameseAnalysis.foldKey(listed));
    d.name = (asListed ? listed : written) + between + " " + c.entry().value();
    d.kind = Kind.NAMED;
    d.state = c.entry().value();
    return d;
  }

  /** A national body of ours at the end of a draft for it: a country's own body. */
  private Draft ownDraft(Match m, int to) {
    Draft d = new Draft(m.from(), to, m, Where.NA);
    d.name = m.entry().value();
    return d;
  }

  /**
   * "Bộ Quốc phòng Việt Nam": our own country after a body of ours belongs to the mention (it is
   * not a state of its own); the end of the mention.
   */
  int ours(Syllables s, int from) {
    int k = state(s, from);
    if (k >= s.size
        || s.id[k] < 0
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return from;
    }
    Match c = named.country(s, k, false);
    return c != null && c.entry().value().equals(VIET_NAM) && named.closes(s, c) ? c.to() : from;
  }

  /**
   * Where the state after a body starts: past a lower-case "nước" (country) after "Chính phủ", as
   * treaties write a government ("Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"), or after any body
   * before a state's formal name ({@code state-form} of party-words.tsv), as a visit's list of
   * documents writes each side ("Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam"); else {@code k}.
   * Not before a short name: "theo quy định của EU nước Anh phải ra khỏi" opens a clause.
   */
  private static int state(Syllables s, int k) {
    if (k + 1 >= s.size
        || !s.is(k, "nuoc")
        || s.has(k, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || !s.has(k + 1, Syllables.UPPER)) {
      return k;
    }
    boolean government = k >= 2 && s.is(k - 2, "chinh") && s.is(k - 1, "phu");
    return government || ClauseWords.INSTANCE.get("state-form").at(s, k + 1) != null ? k + 1 : k;
  }

  /**
   * Where the words of a body's name that starts at {@code from} end before the state at {@code
   * state}: before a lower-case "nước" (country) that opens the state's formal name ("Ủy ban Y tế
   * Quốc gia nước Cộng hòa Nhân dân Trung Hoa" is "Ủy ban Y tế Quốc gia Trung Quốc"), else at the
   * state; "nước" before a short name stays a word of the name ("Công ty Tài nguyên nước Hàn Quốc",
   * water), and so does that of "Nhà nước" ("Hội đồng Nhà nước Cộng hòa Cuba").
   */
  static int ownWordsEnd(Syllables s, int from, int state) {
    int k = state - 1;
    return k > from
            && s.is(k, "nuoc")
            && !s.has(k, Syllables.UPPER)
            && !s.is(k - 1, "nha")
            && ClauseWords.INSTANCE.get("state-form").at(s, state) != null
        ? k
        : state;
  }

  /**
   * "Bộ Tư pháp, Bộ Ngoại giao và Bộ Nội vụ Nhật Bản": a state that closes the last of a list of
   * public bodies written bare (no state, province or place of their own), listed with a comma at
   * least, is the state of each of them, never our ministries of the same names. The list is whole:
   * no comma and another body before its first item, only commas between its items and a comma or
   * "và" before the last; a body with its own state ("bộ Giáo dục và Đào tạo Việt Nam và Cơ quan
   * ..., bộ Tư pháp ... Nhật Bản") stands outside the list and keeps it. Two bodies joined by "và"
   * alone are left as read: "giữa Cục Sở hữu trí tuệ và Cơ quan Sáng chế Nhật Bản" is ours and
   * Japan's.
   */
  void shareState(Syllables s, List<Draft> drafts) {
    for (int i = 2; i < drafts.size(); i++) {
      String state = stateOf(s, drafts.get(i));
      if (state == null || i + 1 < drafts.size() && !closesList(s, drafts, i, state)) {
        continue;
      }
      int first = i;
      boolean comma = false;
      while (first > 0 && bare(s, drafts.get(first - 1))) {
        int joint = joint(s, drafts.get(first - 1), drafts.get(first));
        if (joint == NONE || joint == AND && first != i) {
          break;
        }
        comma |= joint == LISTED;
        first--;
      }
      if (!comma
          || i - first < 2
          || first > 0 && joint(s, drafts.get(first - 1), drafts.get(first)) == LISTED) {
        continue;
      }
      for (int k = first; k < i; k++) {
        ofState(s, drafts.get(k), state);
      }
    }
  }

  /**
   * The foreign state that closes {@code d}: one read with it ("Bộ Nội vụ Nhật Bản"), or a public
   * body's head whose own name ends with it ("Uỷ ban Điều tra Nga"); else null.
   */
  private String stateOf(Syllables s, Draft d) {
    if (d.state != null) {
      return d.state.equals(VIET_NAM) ? null : d.state;
    }
    if (!publicHead(d)) {
      return null;
    }
    for (int k = Math.max(d.from + 1, d.to - 3); k < d.to; k++) {
      Match c = named.country(s, k, false);
      if (c != null
          && c.to() == d.to
          && !c.entry().value().equals(VIET_NAM)
          && named.closes(s, c)) {
        return c.entry().value();
      }
    }
    return null;
  }

  /**
   * Whether the body at {@code i} ends its list, or the bodies listed after it name the same state
   * ("Bộ Nông nghiệp Mỹ và Cơ quan Hàng không và Vũ trụ Mỹ"): "Cục Tài năng UAE và Cục Mua sắm
   * Chính phủ" lists a bare body after it, and the state is a word of one name.
   */
  private boolean closesList(Syllables s, List<Draft> drafts, int i, String state) {
    for (int k = i + 1; k < drafts.size(); k++) {
      if (joint(s, drafts.get(k - 1), drafts.get(k)) == NONE) {
        return true;
      }
      if (!state.equals(stateOf(s, drafts.get(k)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean publicHead(Draft d) {
    NamedBodies.Head h = d.head.entry().head();
    return d.kind == Kind.NAMED && h != null && PUBLIC_HEADS.contains(h.kind());
  }

  private static final int NONE = 0;
  private static final int LISTED = 1;
  private static final int AND = 2;

  /** How two bodies next to each other are joined: a comma, "và", or neither. */
  private static int joint(Syllables s, Draft a, Draft b) {
    if (b.from == a.to && s.has(b.from, Syllables.COMMA) && !s.has(b.from, NOT_LISTED)) {
      return LISTED;
    }
    boolean and =
        b.from == a.to + 1
            && s.is(a.to, "va")
            && "và".equals(s.original(a.to))
            && !s.has(a.to, SEPARATORS | Syllables.PAREN)
            && !s.has(b.from, SEPARATORS | Syllables.PAREN);
    return and ? AND : NONE;
  }

  private static final int NOT_LISTED = Syllables.BREAK | Syllables.DASH | Syllables.PAREN;

  /**
   * A public body written bare: a listed national body of ours as listed, or a body read from a
   * ministry's, committee's or office's head ("Cơ quan Cảnh sát quốc gia"), with no state, province
   * or place after it.
   */
  private boolean bare(Syllables s, Draft d) {
    if (d.state != null || d.where != Where.NA || d.name == null || d.to - d.from < 2) {
      return false;
    }
    boolean ours =
        d.kind == Kind.NATIONAL && d.to == d.head.to() && d.name.equals(d.head.entry().value());
    if (!ours && !publicHead(d)) {
      return false;
    }
    for (int k = Math.max(d.from + 1, d.to - 3); k < d.to; k++) {
      Match c = named.country(s, k, false);
      Match p = trie.longest(s, k, Kind.PROVINCE.bit(), false);
      if (c != null && c.to() == d.to || p != null && p.to() == d.to) {
        return false; // "Cơ quan Khí tượng Nhật Bản": a state of its own
      }
    }
    return true;
  }

  private static final Set<String> PUBLIC_HEADS = Set.of("ministry", "committee", "office");

  /** The bare body {@code d} named as the body of {@code state}. */
  private static void ofState(Syllables s, Draft d, String state) {
    String written = s.original(d.from, d.to);
    boolean asListed =
        d.kind == Kind.NATIONAL
            && VietnameseAnalysis.foldKey(written).equals(VietnameseAnalysis.foldKey(d.name));
    String name = d.kind == Kind.NAMED || asListed ? d.name : written;
    d.name = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + " " + state;
    d.kind = Kind.NAMED;
    d.state = state;
  }

  private static final String VIET_NAM = "Việt Nam";
}
