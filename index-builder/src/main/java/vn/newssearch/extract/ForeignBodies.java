package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
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
                  c.entry().value().equals(VIET_NAM) ? ownDraft(m, c.to()) : foreignDraft(s, m, c);
              out.add(out.isEmpty() ? d : moved(d, c.from()));
              states.add(c);
              return c.to();
            });
    return closed && out.size() >= 2 && named.closes(s, states.getLast()) ? out : null;
  }

  /** The same body, its mention starting at {@code from} (the state's name in the list). */
  private static Draft moved(Draft d, int from) {
    Draft out = new Draft(from, d.to, d.head, d.where);
    out.kind = d.kind;
    out.name = d.name;
    return out;
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
    Match c = named.country(s, k, false);
    if (c == null
        || c.entry().value().equals(VIET_NAM)
        || !named.closes(s, c) && !foreignNameAfter(s, c.to())) {
      return null;
    }
    Match p = trie.longest(s, k, Kind.PROVINCE.bit(), false);
    if (p != null && p.to() >= c.to()) {
      return null; // "Sở Y tế Lào Cai"
    }
    return foreignDraft(s, m, c);
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
   * national name as listed when written so, else as written ("Bộ Lao động Mỹ").
   */
  private Draft foreignDraft(Syllables s, Match m, Match c) {
    Draft d = new Draft(m.from(), c.to(), m, Where.NA);
    String written = s.original(m.from(), m.to());
    String listed = m.entry().value();
    boolean asListed =
        m.entry().kind() == Kind.NATIONAL
            && VietnameseAnalysis.foldKey(written).equals(VietnameseAnalysis.foldKey(listed));
    d.name = (asListed ? listed : written) + " " + c.entry().value();
    d.kind = Kind.NAMED;
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
   * treaties write a government ("Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"); else {@code k}.
   * Not after other bodies: "theo quy định của EU nước Anh phải ra khỏi" opens a clause.
   */
  private static int state(Syllables s, int k) {
    return k >= 2
            && k + 1 < s.size
            && s.is(k - 2, "chinh")
            && s.is(k - 1, "phu")
            && s.is(k, "nuoc")
            && !s.has(k, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
            && s.has(k + 1, Syllables.UPPER)
        ? k + 1
        : k;
  }

  private static final String VIET_NAM = "Việt Nam";
}
