package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.schema.VietnameseAnalysis;

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
          | Kind.ROLE.bit()
          | Kind.COUNTRY.bit()
          | Kind.WORD.bit();

  /** At most this many capitalised words name a district or a town ("huyện Cần Giờ"). */
  private static final int UNIT_WORDS = 3;

  /** Bodies that a child body names after a dash: "Công ty Điện lực Long An - Tổng công ty ...". */
  private static final java.util.Set<String> PARENT_HEADS =
      java.util.Set.of("Tổng công ty", "Tập đoàn", "Bộ", "Tổng cục", "Đại học", "Học viện", "Viện");

  /** Listed bodies whose units name them after a dash and are bodies of their own. */
  private static final List<String> NATIONAL_PARENTS = List.of("Bộ", "Tổng cục");

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

  /** "(Sabeco)" after a named body: the article's own abbreviation for it. */
  record Alias(String abbreviation, String name) {}

  /**
   * Everything one walk found. {@code places}: provinces and cities named on their own (not as part
   * of a body), kind PROVINCE, name the gazetteer's canonical name ("Thành phố Hồ Chí Minh", "Nghệ
   * An"), for a province that signs as a party; and countries, kind COUNTRY ("Nhật Bản", "Hoa Kỳ"
   * for "Mỹ"), for states that sign a treaty. {@code aliases}: abbreviations the article defines.
   */
  record Scan(
      List<Mention> mentions,
      List<Hit> triggers,
      List<Hit> roles,
      Province province,
      List<Mention> places,
      List<Alias> aliases) {
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
  private final NamedBodies named;

  OrganisationMatcher(NameTrie trie, java.util.Set<String> surnames) {
    this.trie = trie;
    this.named = new NamedBodies(trie, surnames);
  }

  static final class Draft {
    final int from;
    int to;
    final Match head;
    Kind kind;
    Where where;
    Province province;
    String name;

    Draft(int from, int to, Match head, Where where) {
      this.from = from;
      this.to = to;
      this.head = head;
      this.kind = head.entry().kind();
      this.where = where;
    }
  }

  /**
   * A national body's name that starts in lower case must be spelled as listed, tone marks
   * included: the folded trie would read "công bố thông tin" (publishes information) as "Bộ Thông
   * tin" and tag every such article with the ministry. Written with its capital, the name is
   * trusted as before, and so is a name typed without any marks ("bo lao dong", as a user types a
   * party to filter by).
   */
  private static boolean misspelledInLowerCase(Syllables s, Match m) {
    String spelled = m.entry().kind() == Kind.NATIONAL ? m.entry().spelled() : null;
    if (spelled == null || s.has(m.from(), Syllables.UPPER)) {
      return false;
    }
    String written = s.original(m.from(), m.to());
    return !unmarked(written) && !NameBounds.sameSpelling(written, spelled);
  }

  /** Whether no letter of {@code text} carries a diacritic ("đ" counts as one). */
  private static boolean unmarked(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && VietnameseAnalysis.fold(c) != Character.toLowerCase(c)) {
        return false;
      }
    }
    return true;
  }

  Scan scan(Syllables s, boolean ignoreCase) {
    List<Draft> drafts = new ArrayList<>();
    List<Hit> triggers = new ArrayList<>();
    List<Hit> roles = new ArrayList<>();
    List<Mention> places = new ArrayList<>();
    List<Alias> aliases = new ArrayList<>();
    int roleEnd = -1;
    int k = 0;
    while (k < s.size) {
      Match m = s.id[k] < 0 ? null : trie.longest(s, k, MAIN, ignoreCase);
      if (m != null && m.entry().kind() == Kind.WORD && !hasCapitalTail(s, m, ignoreCase)) {
        k = m.to(); // "Hội nghị", "Viện phí": no head
        continue;
      }
      if (m != null && m.entry().kind() == Kind.WORD) {
        m = trie.longest(s, k, MAIN & ~Kind.WORD.bit(), ignoreCase);
      }
      if (m == null || misspelledInLowerCase(s, m)) {
        k++;
        continue;
      }
      NameTrie.Entry e = m.entry();
      List<Draft> states = e.kind() == Kind.NATIONAL ? ForeignBodies.ofStates(this, s, m) : null;
      if (states != null) {
        drafts.addAll(states);
        k = states.get(states.size() - 1).to;
        continue;
      }
      Draft foreign = e.kind() == Kind.NATIONAL || e.kind() == Kind.LOCAL ? foreign(s, m) : null;
      if (foreign != null) {
        drafts.add(foreign);
        k = foreign.to;
        continue;
      }
      switch (e.kind()) {
        case NATIONAL -> {
          Draft d = new Draft(m.from(), ours(s, m.to()), m, Where.NA);
          d.name = e.value();
          drafts.add(d);
          m = new Match(e, m.from(), d.to);
        }
        case LOCAL -> {
          List<Draft> list = provinceList(s, m, ignoreCase);
          if (list.isEmpty()) {
            drafts.add(provincial(s, m, ignoreCase));
          } else {
            drafts.addAll(list);
            m = new Match(e, m.from(), list.get(list.size() - 1).to);
          }
        }
        case NAMED -> {
          // "Chủ tịch Tập đoàn Lê Mạnh Hùng": the title's body, then the person.
          boolean person = m.from() == roleEnd && named.isPerson(s, m.to());
          Draft d =
              named.isHead(s, m) && !person
                  ? named(s, m, ignoreCase, aliases, m.from() == roleEnd)
                  : null;
          if (d != null) {
            drafts.add(d);
            m = new Match(e, m.from(), d.to);
          }
        }
        case PROVINCE -> places.add(place(s, m));
        case COUNTRY -> {
          if (named.country(s, m.from(), ignoreCase) != null) {
            places.add(new Mention(m.from(), m.to(), Kind.COUNTRY, e.value()));
          }
        }
        case TRIGGER -> {
          if (!"-".equals(e.value())) {
            triggers.add(new Hit(m.from(), m.to(), e.value(), e.triggerRank()));
          }
        }
        case ROLE -> {
          roles.add(new Hit(m.from(), m.to(), e.value(), 0));
          roleEnd = m.to();
        }
        default -> {}
      }
      k = m.to();
    }
    if (!aliases.isEmpty()) {
      AliasUses.add(
          s,
          drafts,
          aliases,
          d -> d.from,
          d -> d.to,
          (from, to, name) -> {
            Draft d = new Draft(from, to, ALIAS_HEAD, Where.NA);
            d.name = name;
            return d;
          });
    }
    for (Draft d : drafts) {
      d.name = definedName(d, aliases);
    }
    shareProvinces(s, drafts);
    Province main = mainProvince(drafts);
    List<Mention> mentions = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Province p = d.where == Where.BARE ? main : d.province;
      if (d.where == Where.EXPLICIT || (d.where == Where.BARE && p != null)) {
        d.name = d.head.entry().value() + " " + p.qualified();
      }
      mentions.add(new Mention(d.from, d.to, d.kind, d.name));
    }
    return new Scan(mentions, triggers, roles, main, places, aliases);
  }

  /**
   * "ngân hàng SHB" in an article that defines "ngân hàng Sài Gòn – Hà Nội (SHB)": a head and the
   * abbreviation is the body the article defines with that head, by its full name.
   */
  private static String definedName(Draft d, List<Alias> aliases) {
    NamedBodies.Head head = d.kind == Kind.NAMED ? d.head.entry().head() : null;
    if (head == null || d.name == null) {
      return d.name;
    }
    for (Alias a : aliases) {
      if (d.name.equals(head.canonical() + " " + a.abbreviation())
          && a.name().startsWith(head.canonical() + " ")) {
        return a.name();
      }
    }
    return d.name;
  }

  /** Whether a common word's later syllables are capitalised: "Ban Quản lý ..." is a body. */
  private static boolean hasCapitalTail(Syllables s, Match m, boolean ignoreCase) {
    if (ignoreCase || m.entry().alwaysWord()) {
      return false;
    }
    for (int i = m.from() + 1; i < m.to(); i++) {
      if (s.has(i, Syllables.UPPER)) {
        return true;
      }
    }
    return false;
  }

  /** A named body, with the parent body a dash adds to it. */
  private Draft named(
      Syllables s, Match m, boolean ignoreCase, List<Alias> aliases, boolean afterRole) {
    NamedBodies.Name n = named.read(s, m, ignoreCase, afterRole);
    if (n == null) {
      return null;
    }
    NamedBodies.Head head = m.entry().head();
    Draft d = new Draft(m.from(), n.to(), m, Where.NA);
    d.name = n.canonical() != null ? n.canonical() : head.canonical() + " " + n.text();
    if (n.alias() != null) {
      aliases.add(new Alias(n.alias(), d.name));
    }
    int p = n.to();
    if (p < s.size && s.has(p, Syllables.DASH) && !s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      Match parent = trie.longest(s, p, Kind.NATIONAL.bit() | Kind.NAMED.bit(), ignoreCase);
      if (parent != null && parent.entry().kind() == Kind.NATIONAL) {
        // "Cục Khoa học quân sự - Bộ Quốc phòng Việt Nam": a ministry continues the mention, the
        // body is its unit; another listed body joins the name ("Hội đồng Kinh doanh Hoa Kỳ -
        // ASEAN", no parent of the council)
        if (!isParent(parent.entry().value())) {
          d.name = d.name + " - " + parent.entry().value();
        }
        d.to = ours(s, parent.to());
      } else if (parent != null
          && named.isHead(s, parent)
          && s.has(p, Syllables.UPPER)
          && PARENT_HEADS.contains(parent.entry().value())
          && !parent.entry().value().equals(head.canonical())) {
        NamedBodies.Name pn = named.read(s, parent, ignoreCase, false);
        if (pn != null && pn.alias() == null) {
          d.name = d.name + " - " + parent.entry().value() + " " + pn.text();
          d.to = pn.to();
        }
      }
      int end = d.to == n.to() && "company".equals(head.kind()) ? legalFormAfterDash(s, p) : p;
      if (end > p) {
        d.name = d.name + " - " + s.original(p, end);
        d.to = end;
      }
    }
    return d;
  }

  /** Whether a listed body contains units that name it after a dash: a ministry, a "Tổng cục". */
  private static boolean isParent(String national) {
    for (String head : NATIONAL_PARENTS) {
      if (national.startsWith(head + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Tổng công ty Xây dựng công trình giao thông 6 - công ty cổ phần", "Tổng công ty Sông Đà -
   * CTCP": the legal form of an equitized company after a dash belongs to its name (not when a name
   * follows it: "- Công ty CP Văn Phú" is another company). The end of the form, else p.
   */
  private static int legalFormAfterDash(Syllables s, int p) {
    Phrases.Phrase form = ClauseWords.INSTANCE.get("dash-form").at(s, p);
    if (form == null) {
      return p;
    }
    int end = p + form.length();
    boolean named =
        end < s.size
            && s.has(end, Syllables.UPPER)
            && !s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
    return named ? p : end;
  }

  /**
   * "Bộ Y tế Lào", "Bộ Lao động Nhật Bản", "Chính phủ Nhật Bản": a body of ours followed by another
   * country is that country's body, named with the country's canonical name; never folded into
   * ours.
   */
  private Draft foreign(Syllables s, Match m) {
    int k = m.to();
    if (k >= s.size
        || s.id[k] < 0
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return null;
    }
    Match c = named.country(s, k, false);
    if (c == null || c.entry().value().equals(VIET_NAM) || !named.closes(s, c)) {
      return null;
    }
    Match p = trie.longest(s, k, Kind.PROVINCE.bit(), false);
    if (p != null && p.to() >= c.to()) {
      return null; // "Sở Y tế Lào Cai"
    }
    return foreignDraft(s, m, c);
  }

  /**
   * The body {@code m} of the country {@code c}: "Bộ ngoại giao Nga" → "Bộ Ngoại giao Nga", the
   * national name as listed when written so, else as written ("Bộ Lao động Mỹ").
   */
  Draft foreignDraft(Syllables s, Match m, Match c) {
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
  Draft ownDraft(Match m, int to) {
    Draft d = new Draft(m.from(), to, m, Where.NA);
    d.name = m.entry().value();
    return d;
  }

  /**
   * "Bộ Quốc phòng Việt Nam": our own country after a body of ours belongs to the mention (it is
   * not a state of its own); the end of the mention.
   */
  int ours(Syllables s, int k) {
    if (k >= s.size
        || s.id[k] < 0
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return k;
    }
    Match c = named.country(s, k, false);
    return c != null && c.entry().value().equals(VIET_NAM) && named.closes(s, c) ? c.to() : k;
  }

  NamedBodies named() {
    return named;
  }

  private static final String VIET_NAM = "Việt Nam";

  /** The head of a body found by its article-defined abbreviation. */
  private static final Match ALIAS_HEAD =
      new Match(new NameTrie.Entry(Kind.NAMED, "", null, 0, 0L, 0L), 0, 0);

  /** A province on its own, with the "tỉnh"/"thành phố" before it. */
  private Mention place(Syllables s, Match m) {
    int from = m.from();
    if (from > 0 && !s.has(from, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      for (int back = 1; back <= 2 && from - back >= 0; back++) {
        Match type = trie.longest(s, from - back, Kind.TYPE.bit(), true);
        if (type != null && type.to() == from) {
          from -= back;
          break;
        }
      }
    }
    return new Mention(from, m.to(), Kind.PROVINCE, m.entry().value());
  }

  /**
   * "Uỷ ban nhân dân các tỉnh Hoà Bình, Nghệ An, ... và Thừa Thiên Huế": a provincial head, "các",
   * a type, then two or more provinces joined by commas and a last "và" is that body of each
   * province; an empty list when the head is not followed so.
   */
  private List<Draft> provinceList(Syllables s, Match head, boolean ignoreCase) {
    int p = head.to();
    Match generic = p < s.size ? trie.longest(s, p, Kind.GENERIC.bit(), true) : null;
    if (generic == null || !s.is(p, "cac") || s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      return List.of();
    }
    Match type = trie.longest(s, generic.to(), Kind.TYPE.bit(), true);
    if (type == null || s.has(generic.to(), Syllables.BREAK | Syllables.COMMA)) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    int q = type.to();
    boolean last = false;
    while (out.size() < MAX_LIST && q < s.size && !s.has(q, Syllables.BREAK | Syllables.DASH)) {
      if (!out.isEmpty() && s.is(q, "va") && !s.has(q, Syllables.COMMA)) {
        q++;
        last = true;
      } else if (!out.isEmpty() != s.has(q, Syllables.COMMA)) {
        break;
      }
      Match own = trie.longest(s, q, Kind.TYPE.bit(), true);
      int at = own != null && own.to() < s.size && !s.has(own.to(), Syllables.COMMA) ? own.to() : q;
      Match prov = at < s.size ? trie.longest(s, at, Kind.PROVINCE.bit(), ignoreCase) : null;
      if (prov == null || !s.has(at, Syllables.UPPER)) {
        break;
      }
      Draft d = new Draft(out.isEmpty() ? head.from() : q, prov.to(), head, Where.EXPLICIT);
      d.province = prov.entry().province();
      out.add(d);
      q = prov.to();
      if (last) {
        break;
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** At most this many provinces in one list under a head. */
  private static final int MAX_LIST = 8;

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
      Match district = trie.longest(s, p, Kind.DISTRICT.bit() | Kind.TYPE.bit(), true);
      int unit = district == null ? -1 : unitName(s, district.to());
      if (unit > 0) {
        // "UBND huyện Củ Chi", "Công an quận 1", "UBND TP Móng Cái": a body of a district or
        // town, named as written after the head
        String level =
            district.entry().kind() == Kind.TYPE
                ? district.entry().value() // "TP. Uông Bí" → "thành phố Uông Bí"
                : s.original(p, district.to()).toLowerCase(java.util.Locale.ROOT);
        d.name = head.entry().value() + " " + level + " " + s.original(district.to(), unit);
        d.where = Where.NA;
        d.to = unit;
        return d;
      }
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
    d.province = prov.entry().province();
    d.to = prov.to();
    return d;
  }

  /**
   * The end of a district's or town's name at q: a number ("quận 1") or up to three capitalised
   * words, not a person's name nor a province ("huyện Củ Chi"); else -1.
   */
  private int unitName(Syllables s, int q) {
    if (q >= s.size || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return -1;
    }
    if (s.number(q) >= 0) {
      return q + 1;
    }
    int end = q;
    while (end < s.size
        && end - q < UNIT_WORDS
        && s.has(end, Syllables.UPPER)
        && (end == q || !s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))) {
      end++;
    }
    boolean bad =
        end == q
            || named.isPerson(s, q)
            || trie.longest(s, q, Kind.PROVINCE.bit(), true) != null
            || end < s.size && s.has(end, Syllables.UPPER) && !s.has(end, Syllables.BREAK);
    return bad ? -1 : end;
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
  private static Province mainProvince(List<Draft> drafts) {
    Map<Province, Integer> counts = new HashMap<>();
    Province best = null;
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
}
