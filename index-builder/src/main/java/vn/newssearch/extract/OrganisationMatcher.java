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

  OrganisationMatcher(NameTrie trie) {
    this.trie = trie;
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
          int end = nameEnd(s, m.to(), ignoreCase);
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
   * The end of a capitalised name after a head ("Công ty Cổ phần LILAMA 10"): capitalised syllables
   * and numbers, with at most two lower-case ones between them ("Lọc hoá dầu Bình Sơn"); it starts
   * with a capital and stops at punctuation, a stop word or another body.
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
      if (k == from || !capitalSoon(s, k, from)) {
        break;
      }
      k++;
    }
    return end;
  }

  private boolean capitalSoon(Syllables s, int k, int from) {
    for (int j = k; j < Math.min(s.size, k + 3) && j - from < NAME_MAX; j++) {
      if (s.has(j, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
          || (s.id[j] >= 0 && trie.longest(s, j, Kind.STOP.bit(), true) != null)) {
        return false;
      }
      if (s.has(j, Syllables.UPPER)) {
        return true;
      }
    }
    return false;
  }
}
