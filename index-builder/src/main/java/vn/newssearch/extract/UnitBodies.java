package vn.newssearch.extract;

import java.util.Locale;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.extract.OrganisationMatcher.Draft;
import vn.newssearch.extract.OrganisationMatcher.Where;

/**
 * A body of a province, state or city abroad whose name starts as one of ours: "Bộ Khoa học và Nghệ
 * thuật bang Hessen (Đức)" is the German state's ministry, not our "Bộ Khoa học và Công nghệ"; "Sở
 * Giáo dục và Thể thao tỉnh Bolikhamxay" the Lao province's department, not a stray "Sở Giáo dục"
 * of ours. A listed national body or a provincial head, then nothing or "và" and a second field,
 * then a unit abroad as {@link PartyCandidates#foreignUnit} reads one (its type word and name,
 * followed by its country, or written with the country elsewhere in the article, or a name no
 * Vietnamese syllable spells), is the unit's body, named as written with the unit. A province of
 * ours after the type word is never abroad, and a head at the field's start opens a second body.
 */
final class UnitBodies {
  private static final int SEPARATORS = NamedBodies.SEPARATORS;
  private static final int STARTS =
      NamedBodies.BODY_STARTS | Kind.NAMED.bit() | Kind.PROVINCE.bit() | Kind.TYPE.bit();

  /** At most this many syllables in the field after "và". */
  private static final int FIELD_MAX = 5;

  private final NameTrie trie;
  private final NamedBodies named;

  UnitBodies(NameTrie trie, NamedBodies named) {
    this.trie = trie;
    this.named = named;
  }

  /** The body {@code m} (and its field after "và") of the unit abroad that follows it, or null. */
  Draft of(Syllables s, Match m) {
    int u = m.to();
    if (u >= s.size
        || s.has(u, SEPARATORS | Syllables.PAREN)
        || !s.has(m.from(), Syllables.UPPER)) {
      return null;
    }
    if (FieldJoins.isVa(s, u)) {
      u = fieldEnd(s, u + 1);
      if (u < 0) {
        return null;
      }
    } else if (m.entry().kind() != Kind.NATIONAL) {
      return null; // "Sở Y tế tỉnh Savannakhet": the provincial head reads it already
    }
    ClauseParties.Candidate unit = unit(s, u);
    if (unit == null) {
      return null;
    }
    String written = s.original(m.from(), u);
    Draft d = new Draft(m.from(), unit.to(), m, Where.NA);
    d.name =
        written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1) + " " + unit.name();
    d.kind = Kind.NAMED;
    return d;
  }

  /**
   * The end of a second field that starts at q ("Thể thao", "Nghệ thuật"): capitalised at its
   * start, then words that are no stop word, number, head, state, province or person, up to a
   * foreign unit's type word; -1 when none, and for a place's government or a unit right after
   * "và".
   */
  private int fieldEnd(Syllables s, int q) {
    ClauseWords words = ClauseWords.INSTANCE;
    if (q >= s.size
        || !s.has(q, Syllables.UPPER)
        || words.get("local-government").at(s, q) != null
        || words.get("foreign-unit").at(s, q) != null) {
      return -1; // "Bộ Công an và chính quyền tỉnh Savannakhet": a second party
    }
    for (int k = q; k < s.size && k - q <= FIELD_MAX; k++) {
      if (s.has(k, SEPARATORS | Syllables.PAREN) || s.number(k) >= 0 || s.id[k] < 0) {
        return -1;
      }
      if (k > q && words.get("foreign-unit").at(s, k) != null) {
        return k;
      }
      if (named.isStop(s, k)
          || named.isPerson(s, k)
          || named.bodyAt(s, k, STARTS, false) != null
          || named.country(s, k, false) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether syllable k may open a people's government ({@link #government}): "Chính" written with
   * its capital. The scan asks at every syllable: a small method, so that its loop costs no call
   * for most.
   */
  static boolean mayGovern(Syllables s, int k) {
    return s.has(k, Syllables.UPPER) && s.is(k, "chinh");
  }

  /**
   * "Chính quyền Nhân dân Khu tự trị Quảng Tây", "Chính phủ Nhân dân tỉnh Vân Nam (Trung Quốc)": a
   * people's government ({@code people-government} of party-words.tsv) and the unit it governs at
   * k, a body named as written with the unit's type word and name (its bracketed country part of
   * the mention); null otherwise, and for a province of ours after the type word.
   */
  Draft government(Syllables s, int k) {
    if (!mayGovern(s, k)) {
      return null;
    }
    Phrases.Phrase government = ClauseWords.INSTANCE.get("people-government").at(s, k);
    int u = government == null ? s.size : k + government.length();
    if (u >= s.size || s.has(u, SEPARATORS | Syllables.PAREN)) {
      return null;
    }
    Phrases.Phrase type = ClauseWords.INSTANCE.get("foreign-unit").at(s, u);
    int name = type == null ? s.size : u + type.length();
    if (name >= s.size || Province.ours(trie.longest(s, name, Kind.PROVINCE.bit(), false))) {
      return null;
    }
    int end = name;
    while (end < s.size
        && end - name < RUN_MAX
        && s.sentence[end] == s.sentence[u]
        && s.has(end, Syllables.UPPER)
        && !s.has(end, SEPARATORS | Syllables.PAREN)
        && s.number(end) < 0
        && !(end > name && named.country(s, end, false) != null)) {
      end++;
    }
    if (end == name || end - name == RUN_MAX) {
      return null;
    }
    // "Phó Chủ tịch Chính quyền Nhân dân Khu tự trị Quảng Tây Vi Triều Tư": past three syllables,
    // the holder's name follows the unit's two
    int to = end - name > UNIT_SYLLABLES + 1 ? name + UNIT_SYLLABLES : end;
    Phrases.Phrase country =
        to == end && to < s.size && s.has(to, Syllables.PAREN)
            ? ClauseWords.INSTANCE.countryAnywhere(s, to)
            : null;
    if (country != null && country.value().equals("Việt Nam")) {
      return null;
    }
    Match head = new Match(new NameTrie.Entry(Kind.NAMED, "", null, 0, 0L, 0L), k, u);
    Draft d = new Draft(k, country == null ? to : to + country.length(), head, Where.NA);
    d.name = s.original(k, u) + " " + type.value() + " " + s.original(name, to);
    d.kind = Kind.NAMED;
    return d;
  }

  /** More capitalised syllables than a unit's and a person's names together: no unit. */
  private static final int RUN_MAX = 7;

  /** The syllables of a Chinese unit's name ("Quảng Tây", "Vân Nam") before its holder's name. */
  private static final int UNIT_SYLLABLES = 2;

  /** The unit abroad whose type word starts at u, or null (none, or a province of ours). */
  private ClauseParties.Candidate unit(Syllables s, int u) {
    Phrases.Phrase type = ClauseWords.INSTANCE.get("foreign-unit").at(s, u);
    if (type == null) {
      return null;
    }
    int name = u + type.length();
    if (name >= s.size || Province.ours(trie.longest(s, name, Kind.PROVINCE.bit(), false))) {
      return null; // "Sở Giáo dục tỉnh Quảng Nam"
    }
    ClauseParties.Candidate abroad = PartyCandidates.foreignUnit(s, u, u, false);
    return abroad != null ? abroad : PartyCandidates.latinUnit(s, u);
  }
}
