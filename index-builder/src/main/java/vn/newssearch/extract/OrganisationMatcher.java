package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * Finds the organisations an article names, with canonical names: national bodies from the
 * gazetteer, provincial bodies by head + province ("Sở LĐ-TB&XH Long An", "LĐLĐ tỉnh", "Liên đoàn
 * Lao động và Sở ... Long An" sharing one province), named bodies ("Công ty ..."); and, in the same
 * walk, trigger phrases and signers' titles.
 */
final class OrganisationMatcher {
  private static final int MAIN =
      Kind.NATIONAL.bit()
          | Kind.PROVINCE.bit()
          | Kind.LOCAL.bit()
          | Kind.NAMED.bit()
          | Kind.TRIGGER.bit()
          | Kind.ROLE.bit();
  private static final int NAME_ENDS = Kind.NATIONAL.bit() | Kind.LOCAL.bit() | Kind.ROLE.bit();
  private static final int NAME_MAX = 8;

  /** How a provincial body's province was found. */
  enum Where {
    /** Not a provincial body. */
    NA,
    /** Named right after the head: "Sở Y tế Long An". */
    EXPLICIT,
    /** "tỉnh" alone: the province the article is about. */
    BARE,
    /** "các tỉnh", "cấp tỉnh": a kind of body, not one body. */
    GENERIC,
    /** No province at all, or a district-level one. */
    NONE
  }

  /** A name at syllables [from, to); {@code name} is canonical, or null when not one body. */
  record Mention(int from, int to, Kind kind, String name) {}

  /** A trigger phrase or a title at syllables [from, to). */
  record Hit(int from, int to, String value, int rank) {}

  /** Everything one walk found. */
  record Scan(
      List<Mention> mentions, List<Hit> triggers, List<Hit> roles, Gazetteer.Province province) {
    /** The canonical names of all mentions that are one body, first mention first, no repeats. */
    List<String> names() {
      List<String> out = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.name() != null && !out.contains(m.name())) {
          out.add(m.name());
        }
      }
      return out;
    }
  }

  private final NameTrie trie;
  private final java.util.Set<String> stopWords;
  private final java.util.Set<String> forms;

  OrganisationMatcher(NameTrie trie, java.util.Set<String> stopWords, java.util.Set<String> forms) {
    this.trie = trie;
    this.stopWords = stopWords;
    this.forms = forms;
  }

  private static final class Draft {
    final int from;
    int to;
    final Match head;
    Where where;
    Gazetteer.Province province;
    String name;

    Draft(int from, int to, Match head, Where where) {
      this.from = from;
      this.to = to;
      this.head = head;
      this.where = where;
    }
  }

  Scan scan(Syllables s, boolean ignoreCase) {
    List<Draft> drafts = new ArrayList<>();
    List<Hit> triggers = new ArrayList<>();
    List<Hit> roles = new ArrayList<>();
    int k = 0;
    while (k < s.size) {
      Match m = s.id[k] < 0 ? null : trie.longest(s, k, MAIN, ignoreCase);
      if (m == null) {
        k++;
        continue;
      }
      NameTrie.Entry e = m.entry();
      switch (e.kind()) {
        case NATIONAL -> {
          Draft d = new Draft(m.from(), m.to(), m, Where.NA);
          d.name = e.value();
          drafts.add(d);
        }
        case LOCAL -> drafts.add(provincial(s, m, ignoreCase));
        case NAMED -> {
          int end = namedHead(s, m) ? nameEnd(s, m.to(), ignoreCase) : m.to();
          if (end > m.to()) {
            Draft d = new Draft(m.from(), end, m, Where.NA);
            d.name = e.value() + " " + s.original(m.to(), end);
            drafts.add(d);
            m = new Match(e, m.from(), end);
          }
        }
        case TRIGGER -> {
          if (!"-".equals(e.value())) {
            triggers.add(new Hit(m.from(), m.to(), e.value(), (Integer) e.data()));
          }
        }
        case ROLE -> roles.add(new Hit(m.from(), m.to(), e.value(), 0));
        default -> {}
      }
      k = m.to();
    }
    shareProvinces(s, drafts);
    Gazetteer.Province main = mainProvince(drafts);
    List<Mention> mentions = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Gazetteer.Province p = d.where == Where.BARE ? main : d.province;
      if (d.where == Where.EXPLICIT || (d.where == Where.BARE && p != null)) {
        d.name = d.head.entry().value() + " " + p.qualified();
      }
      mentions.add(new Mention(d.from, d.to, d.head.entry().kind(), d.name));
    }
    return new Scan(mentions, triggers, roles, main);
  }

  /** Head of a provincial body, then: a province, "tỉnh" (+ province), "các"/"cấp", or nothing. */
  private Draft provincial(Syllables s, Match head, boolean ignoreCase) {
    Draft d = new Draft(head.from(), head.to(), head, Where.NONE);
    int p = head.to();
    if (p >= s.size || s.has(p, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return d;
    }
    Match prov = trie.longest(s, p, Kind.PROVINCE.bit(), ignoreCase);
    if (prov == null) {
      Match type = trie.longest(s, p, Kind.TYPE.bit(), ignoreCase);
      if (type == null) {
        if (trie.longest(s, p, Kind.GENERIC.bit(), true) != null) {
          d.where = Where.GENERIC;
        }
        return d;
      }
      int q = type.to();
      boolean attached = q < s.size && !s.has(q, Syllables.BREAK | Syllables.COMMA);
      prov = attached ? trie.longest(s, q, Kind.PROVINCE.bit(), ignoreCase) : null;
      if (prov == null) {
        // "Sở ... tỉnh - Nguyễn Đại Tánh", "UBND tỉnh tổ chức": the article's province;
        // "UBND TP Móng Cái": a lower-level unit, not a provincial body.
        boolean bare = !attached || s.has(q, Syllables.DASH) || !s.has(q, Syllables.UPPER);
        d.where = bare ? Where.BARE : Where.NONE;
        d.to = bare ? q : d.to;
        return d;
      }
    }
    d.where = Where.EXPLICIT;
    d.province = (Gazetteer.Province) prov.entry().data();
    d.to = prov.to();
    return d;
  }

  /** "Liên đoàn Lao động và Sở ... Long An": a head with no province takes the next one's. */
  private static void shareProvinces(Syllables s, List<Draft> drafts) {
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft a = drafts.get(i);
      Draft b = drafts.get(i + 1);
      if (a.where != Where.NONE || b.where == Where.NA || b.where == Where.NONE) {
        continue;
      }
      boolean joined =
          (b.from == a.to + 1 && s.is(a.to, "va") && !s.has(a.to, Syllables.BREAK))
              || (b.from == a.to && s.has(b.from, Syllables.COMMA));
      if (joined && !s.has(b.from, Syllables.BREAK)) {
        a.where = b.where;
        a.province = b.province;
      }
    }
  }

  /** The province most named with provincial bodies; the first one on a tie. */
  private static Gazetteer.Province mainProvince(List<Draft> drafts) {
    Map<Gazetteer.Province, Integer> counts = new HashMap<>();
    Gazetteer.Province best = null;
    int bestCount = 0;
    for (Draft d : drafts) {
      if (d.where == Where.EXPLICIT) {
        int c = counts.merge(d.province, 1, Integer::sum);
        if (c > bestCount) {
          best = d.province;
          bestCount = c;
        }
      }
    }
    return best;
  }

  /**
   * Whether a named body's head is one: spelled as listed, with its diacritics ("Quỹ", not the
   * "Quy" of Quy Nhơn), and not inside a run of capitals such as a person's name ("Nguyễn Trường").
   */
  private static boolean namedHead(Syllables s, Match m) {
    String alias = (String) m.entry().data();
    if (!s.original(m.from(), m.to()).equalsIgnoreCase(alias)) {
      return false;
    }
    int before = m.from() - 1;
    return before < 0
        || s.has(m.from(), Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || !s.has(before, Syllables.UPPER);
  }

  /**
   * The end of a capitalised name after a head ("Công ty Cổ phần LILAMA 10"): capitalised syllables
   * and numbers, each optionally followed by one lower-case syllable of the same word ("Cổ phần",
   * "Dầu khí"); it starts with a capital and stops at punctuation, a stop word or another body.
   */
  private int nameEnd(Syllables s, int from, boolean ignoreCase) {
    int end = from;
    int k = from;
    while (k < s.size && k - from < NAME_MAX) {
      if (s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
        break;
      }
      if (k > from && s.id[k] >= 0 && trie.longest(s, k, NAME_ENDS, ignoreCase) != null) {
        break;
      }
      if (s.has(k, Syllables.UPPER) || s.number(k) >= 0) {
        end = ++k;
        continue;
      }
      if (k == from || !s.has(k - 1, Syllables.UPPER) || isStop(s, k)) {
        break;
      }
      int next = k + 1;
      boolean closes =
          next >= s.size
              || s.has(next, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
              || isStop(s, next);
      boolean continues = !closes && (s.has(next, Syllables.UPPER) || s.number(next) >= 0);
      if (closes) {
        end = next;
        break;
      }
      if (!continues) {
        break;
      }
      k++;
    }
    return dangles(s, from, end) ? from : end;
  }

  /**
   * Whether the name stops half-way through a word: its last syllable is a Vietnamese one (with
   * diacritics) or a legal form, and a lower-case syllable follows ("Công ty Cổ | phần chăn nuôi",
   * "Tổng công ty Vận | tải"). Such a name would be wrong, so there is none.
   */
  private boolean dangles(Syllables s, int from, int end) {
    if (end == from || end >= s.size) {
      return false;
    }
    if (s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || s.has(end, Syllables.UPPER)
        || s.number(end) >= 0
        || isStop(s, end)) {
      return false;
    }
    String last = s.original(end - 1);
    return forms.contains(last) || !last.chars().allMatch(c -> c < 128);
  }

  private boolean isStop(Syllables s, int k) {
    return stopWords.contains(s.original(k).toLowerCase(java.util.Locale.ROOT));
  }
}
