package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.extract.OrganisationMatcher.Draft;
import vn.newssearch.extract.OrganisationMatcher.Mention;
import vn.newssearch.extract.OrganisationMatcher.Where;

/**
 * Provincial bodies: a head of local-patterns.tsv and its province ("Sở Y tế Long An", "UBND
 * tỉnh"), a list of provinces under one head, a district's or a town's body, and provinces shared
 * along "Liên đoàn Lao động và Sở ... Long An".
 */
final class ProvincialBodies {
  private final NameTrie trie;
  private final NamedBodies named;

  ProvincialBodies(NameTrie trie, NamedBodies named) {
    this.trie = trie;
    this.named = named;
  }

  /**
   * "Uỷ ban nhân dân các tỉnh Hoà Bình, Nghệ An, ... và Thừa Thiên Huế", "UBND hai tỉnh Vĩnh Long
   * và Trà Vinh": a provincial head and a list of places ({@link PlaceLists}) is that body of each
   * place; an empty list when the head is not followed so.
   */
  List<Draft> list(Syllables s, Match head, boolean ignoreCase) {
    int p = head.to();
    if (p >= s.size || s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    List<PlaceLists.Place> places = PlaceLists.at(s, trie, p, ignoreCase);
    if (places.isEmpty()) {
      return bareList(s, head, ignoreCase);
    }
    boolean referring = PlaceLists.referring(places); // "UBND 3 tỉnh vừa nêu": one span for all
    for (PlaceLists.Place place : places) {
      int from = out.isEmpty() || referring ? head.from() : place.from();
      Draft d = new Draft(from, place.to(), head, Where.EXPLICIT);
      d.province = place.province();
      out.add(d);
    }
    return out;
  }

  /** At most this many places under one head written once. */
  private static final int MAX_BARE = 8;

  /**
   * "Sở Tài chính Cần Thơ, Hậu Giang và Sóc Trăng": a provincial head written once before its first
   * province, then more provinces ({@link #morePlaces}), is that body of each province. Empty when
   * the head is not followed so.
   */
  private List<Draft> bareList(Syllables s, Match head, boolean ignoreCase) {
    Draft first = read(s, head, ignoreCase);
    if (first.where != Where.EXPLICIT || first.province == null) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    for (PlaceLists.Place place : morePlaces(s, trie, first.to, first.province, ignoreCase)) {
      if (out.isEmpty()) {
        out.add(first);
      }
      Draft d = new Draft(place.from(), place.to(), head, Where.EXPLICIT);
      d.province = place.province();
      out.add(d);
    }
    return out;
  }

  /**
   * The provinces of ours that go on a body's name ending with a province at q: joined by commas
   * and maybe a last "và", each maybe with its type ("Cảng vụ hàng hải Đà Nẵng, Quảng Ngãi, Bình
   * Định và Bộ Tư lệnh ..." → Quảng Ngãi, Bình Định). The list ends at the first item that is no
   * province ("và Bộ Tư lệnh ..."); a capitalised name after a comma that is no province and starts
   * no body ("Lạng Sơn, Cao Bằng, Quảng Tây"), a province named twice ("Bệnh viện Đa khoa Bắc Kạn,
   * tỉnh Bắc Kạn": the body's seat), or more than {@link #MAX_BARE} places with the first, make
   * none. Empty when none follows.
   */
  static List<PlaceLists.Place> morePlaces(
      Syllables s, NameTrie trie, int q, Province first, boolean ignoreCase) {
    // the first province written with its type: "Công an tỉnh Long An, tỉnh Bến Tre"
    boolean typed = false;
    for (int j = Math.max(0, q - 5); j < q && !typed; j++) {
      Match type = trie.longest(s, j, Kind.TYPE.bit(), true);
      Match after = type == null ? null : trie.longest(s, type.to(), Kind.PROVINCE.bit(), true);
      typed = after != null && after.to() == q;
    }
    boolean firstTyped = typed;
    List<PlaceLists.Place> out = new ArrayList<>();
    Set<Province> seen = new HashSet<>();
    seen.add(first);
    boolean[] none = {false};
    CommaLists.walkOn(
        s,
        q,
        MAX_BARE + 1,
        at -> {
          // after a comma, or after "và" (no comma), in the same sentence
          boolean comma = s.has(at, Syllables.COMMA);
          if (!comma && (s.sentence[at] != s.sentence[at - 1] || s.has(at, Syllables.BREAK))) {
            return -1;
          }
          Match own = trie.longest(s, at, Kind.TYPE.bit(), true);
          int name =
              own != null
                      && own.to() < s.size
                      && !s.has(own.to(), Syllables.COMMA | Syllables.BREAK)
                  ? own.to()
                  : at;
          Match prov = trie.longest(s, name, Kind.PROVINCE.bit(), ignoreCase);
          // "Trường Đại học Bách khoa Hà Nội, tỉnh Thanh Hóa có ...": another clause's place
          if (comma && name > at && !firstTyped && s.is(at, "tinh")) {
            return -1;
          }
          if (prov == null || !s.has(name, Syllables.UPPER)) {
            // "các tỉnh Lạng Sơn, Cao Bằng, Quảng Tây": a name of no province
            none[0] =
                comma
                    && s.has(name, Syllables.UPPER)
                    && trie.longest(s, name, PlaceLists.BODIES, true) == null;
            return -1;
          }
          // "UBND tỉnh Gia Lai và tỉnh Attapeu": a province abroad with its own type word after a
          // body of ours is a side of its own; its state has no such body
          if (name > at && prov.entry().province().abroad() && !first.abroad()) {
            return -1;
          }
          // "Bệnh viện Đa khoa Bắc Kạn, tỉnh Bắc Kạn": the seat, not a list
          none[0] = !seen.add(prov.entry().province());
          if (none[0]) {
            return -1;
          }
          out.add(new PlaceLists.Place(at, prov.to(), prov.entry().province()));
          return prov.to();
        });
    // with the first, more than MAX_BARE places: a list cut short, none
    return none[0] || out.size() >= MAX_BARE ? List.of() : out;
  }

  /**
   * The provincial head that a national body's name at {@code national} starts with, when the rest
   * of that name is "Việt Nam" and a province follows: "Ủy ban MTTQ Việt Nam TP.HCM", "UBMTTQ Việt
   * Nam thành phố Hà Nội" name the city's committee of the Front, as the provincial committees are
   * officially named, not the national "Ủy ban MTTQ Việt Nam"; else null.
   */
  Match branch(Syllables s, Match national, boolean ignoreCase) {
    Match local = trie.longest(s, national.from(), Kind.LOCAL.bit(), ignoreCase);
    if (local == null || local.to() > national.to()) {
      return null;
    }
    if (local.to() < national.to()) {
      return pastState(s, local.to(), ignoreCase, false) == national.to() ? local : null;
    }
    return localLevel(s, local, ignoreCase) ? local : null;
  }

  /**
   * Whether a local level closes the national body's name that a provincial head spells in full
   * ({@code local}, local-patterns.tsv): "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Quảng Trị",
   * "Đoàn TNCS Hồ Chí Minh huyện Tây Giang", "Hội LHTN Việt Nam TP. HCM" name the province's or the
   * district's union, as the unions name their local committees; "tỉnh" alone is the article's
   * province. A place after a break, a comma, "tại" or "với" is no level of the name, and a level
   * word the head reads no place from ("Đoàn TNCS Hồ Chí Minh xã Tả Ngảo Háng A", a secretary's
   * name) leaves the national body.
   */
  private boolean localLevel(Syllables s, Match local, boolean ignoreCase) {
    int p = local.to();
    if (p >= s.size || s.has(p, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return false;
    }
    int place = Kind.PROVINCE.bit() | Kind.TYPE.bit() | Kind.DISTRICT.bit();
    if (trie.longest(s, p, place, ignoreCase) == null) {
      return false;
    }
    if (!list(s, local, ignoreCase).isEmpty()) {
      return true;
    }
    Draft d = read(s, local, ignoreCase);
    return d.to > p && (d.where == Where.EXPLICIT || d.where == Where.BARE || d.district != null);
  }

  /**
   * Past "Việt Nam" at p when a province, or a province's or district's type word, follows it ("Ủy
   * ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"); else p. {@code bracketed}: the head's
   * abbreviation in brackets ends at p, whose closing bracket is no break ("Uỷ ban Mặt trận Tổ quốc
   * (MTTQ) Việt Nam TP. HCM").
   */
  private int pastState(Syllables s, int p, boolean ignoreCase, boolean bracketed) {
    int stops = (bracketed ? 0 : Syllables.BREAK) | Syllables.COMMA | Syllables.DASH;
    if (p >= s.size || s.has(p, stops)) {
      return p;
    }
    Match state = trie.longest(s, p, Kind.COUNTRY.bit(), true);
    int q = state == null ? -1 : state.to();
    if (q < 0
        || q >= s.size
        || !VIET_NAM.equals(state.entry().value())
        || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      return p;
    }
    int place = Kind.PROVINCE.bit() | Kind.TYPE.bit() | Kind.DISTRICT.bit();
    return trie.longest(s, q, place, ignoreCase) != null ? q : p;
  }

  private static final String VIET_NAM = "Việt Nam";

  /** Head of a provincial body, then: a province, "tỉnh" (+ province), "các"/"cấp", or nothing. */
  Draft read(Syllables s, Match head, boolean ignoreCase) {
    Draft d = new Draft(head.from(), head.to(), head, Where.NONE);
    int p = pastState(s, head.to(), ignoreCase, false);
    // "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã ký kết": the "Việt Nam" of the head's name,
    // a level word after it, is no state of its own, whatever place the level reads
    d.to = p;
    int after = pastAbbreviation(s, head, p, ignoreCase);
    if (after == p
        && (p >= s.size || s.has(p, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))) {
      return d;
    }
    p = after;
    Match prov = trie.longest(s, p, Kind.PROVINCE.bit(), ignoreCase);
    if (prov == null) {
      Match type = trie.longest(s, p, Kind.TYPE.bit(), ignoreCase);
      Match district = trie.longest(s, p, Kind.DISTRICT.bit() | Kind.TYPE.bit(), true);
      int unit = district == null ? -1 : named.unitName(s, district.to(), !s.is(p, "tinh"));
      if (unit > 0) {
        // "UBND huyện Củ Chi", "Công an quận 1", "UBND TP Móng Cái": a body of a district or
        // town, named as written after the head
        // spelled as listed: "TP. Uông Bí" → "thành phố Uông Bí", the typo "huyên" → "huyện"
        String word = s.original(p, district.to()).toLowerCase(java.util.Locale.ROOT);
        Set<String> listed = district.entry().spellings();
        String level =
            district.entry().kind() == Kind.TYPE
                ? district.entry().value()
                : listed.contains(word) || listed.size() != 1 ? word : listed.iterator().next();
        // a department ("Sở") is a province's only: after a unit that is no province it is a body
        // abroad, named as written ("Sở Giáo dục tỉnh Osaka" is no "Sở Giáo dục và Đào tạo")
        String written =
            head.entry().value().startsWith("Sở ")
                ? s.original(head.from(), head.to())
                : head.entry().value();
        d.district = level + " " + s.original(district.to(), unit);
        d.name = written + " " + d.district;
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
        // "UBND tỉnh, thành phố", "Phòng CSGT công an tỉnh, thành phố": every province's; not
        // "HĐND TP, thành phố sẽ ...", the city's council and the next clause's subject
        boolean every = bare && s.is(q - 1, "tinh") && named.bothLevels(s, q);
        d.where = every ? Where.GENERIC : bare ? Where.BARE : Where.NONE;
        d.to = bare ? q : d.to;
        return d;
      }
      if (cityOfProvince(s, p, prov)) {
        // "UBND thành phố Lạng Sơn": the city that bears the province's name, below it
        d.district = "thành phố " + s.original(prov.from(), prov.to());
        d.name = head.entry().value() + " " + d.district;
        d.where = Where.NA;
        d.to = prov.to();
        return d;
      }
    }
    d.where = Where.EXPLICIT;
    d.province = prov.entry().province();
    d.to = prov.to();
    return d;
  }

  /**
   * Whether a city's type word at p ("thành phố", "TP") stands before a province that is no city
   * ("tỉnh" in provinces.tsv), written by the province's own name: "UBND thành phố Lạng Sơn", "Công
   * an TP Hà Tĩnh" are the provincial capital's bodies, which bears the province's name. Not a name
   * the province is also known by ("thành phố Huế").
   */
  private static boolean cityOfProvince(Syllables s, int p, Match prov) {
    Province province = prov.entry().province();
    String type = s.original(p, prov.from()).strip().toLowerCase(java.util.Locale.ROOT);
    boolean city = type.equals("thành phố") || type.equals("tp") || type.equals("tp.");
    return city
        && province != null
        && !province.abroad()
        && province.type().equals("tỉnh")
        && s.original(prov.from(), prov.to()).equals(province.name());
  }

  /**
   * Past the head's abbreviation that the article defines between the head and its place: "Liên
   * đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh", "Ủy ban nhân dân (UBND) TP Hà Nội", "Hội Liên hiệp Phụ nữ
   * (LHPN) huyện Đông Anh", "Uỷ ban Mặt trận Tổ quốc (MTTQ) Việt Nam TP. HCM" are the province's or
   * the district's body, as they are without the brackets; else p. Later mentions by the
   * abbreviation alone ("LĐLĐ tỉnh") are the gazetteer's.
   */
  private int pastAbbreviation(Syllables s, Match head, int p, boolean ignoreCase) {
    int close = named.abbreviationOf(s, p, s.original(head.from(), head.to()), head.entry());
    if (close == p) {
      return p;
    }
    int q = pastState(s, close, ignoreCase, true);
    boolean place =
        trie.longest(s, q, Kind.PROVINCE.bit(), ignoreCase) != null
            || trie.longest(s, q, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true) != null;
    return place ? q : p;
  }

  /**
   * "Liên đoàn Lao động và Sở ... Long An": a head with no province takes the next one's. The
   * province that closes a list of bodies is each item's that names none or "tỉnh" alone, and a
   * named body that ends in a province with its type closes a list as a provincial head does: "Sở
   * Lao động - Thương binh và Xã hội, LĐLĐ tỉnh, BHXH tỉnh và Cục Thuế tỉnh Thái Nguyên" → the four
   * bodies of Thái Nguyên.
   */
  void shareProvinces(Syllables s, List<Draft> drafts) {
    Province reach = null; // the province that closes the list from drafts[i + 1] on
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft a = drafts.get(i);
      Draft b = drafts.get(i + 1);
      Province own = b.where == Where.EXPLICIT ? b.province : closingProvince(s, b);
      boolean passes = b.kind == Kind.NAMED && b.where == Where.NA && i + 2 < drafts.size();
      reach = own != null ? own : passes && joined(s, b, drafts.get(i + 2)) ? reach : null;
      boolean bare = a.where == Where.BARE;
      if (shareDistrict(s, a, b) || provinceOnly(s, a) && ofDistricts(s, b)) {
        continue;
      }
      if (a.where != Where.NONE && !bare
          || b.where == Where.NONE
          || !joined(s, a, b)
          || (reach == null && (bare || b.where == Where.NA))
          || bare && !sameType(s, a, reach)) {
        continue;
      }
      if (bare && a.kind == Kind.NAMED) {
        a.name = a.name + " " + reach.qualified(); // "Bệnh viện Đa khoa tỉnh, ... tỉnh X"
        a.where = Where.NA;
      } else {
        a.where = reach != null ? Where.EXPLICIT : b.where;
        a.province = reach != null ? reach : b.province;
      }
    }
    for (int i = 1; i < drafts.size(); i++) {
      referDistrict(s, drafts.subList(0, i), drafts.get(i));
    }
    storyDistrict(s, drafts);
    for (int i = drafts.size() - 2; i >= 0; i--) {
      // "Hội đồng nhân dân, Ủy ban nhân dân huyện": the district the last took from the story
      shareDistrict(s, drafts.get(i), drafts.get(i + 1));
    }
  }

  /**
   * Whether a local body's name ends with its head, or past the "Việt Nam" of the head's name that
   * a level word follows ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", {@link #pastState}).
   */
  private static boolean endsAtHead(Syllables s, Draft a) {
    int h = a.head.to();
    return a.to == h || a.to == h + 2 && s.is(h, "viet") && s.is(h + 1, "nam");
  }

  /**
   * "Viện kiểm sát nhân dân thị xã, ... Công an thị xã Bình Minh đã ký": a local head with a bare
   * district word that no body of its sentence names before it ({@link #referDistrict}) is the body
   * of the one district of that level the article names, as "<head> tỉnh" alone is the article's
   * province; Vietnamese local news names its district once and then writes its bodies bare. None
   * when the article names two districts of that level, or none.
   */
  private void storyDistrict(Syllables s, List<Draft> drafts) {
    Map<String, String> only = null;
    for (Draft a : drafts) {
      if (a.kind == Kind.NAMED && a.name != null && a.district == null) {
        if (a.to - 1 > a.head.to() && levelWord(s, a.to - 1)) {
          only = only == null ? districtsNamed(s) : only;
          namedAtLevel(s, a, only);
        }
        continue;
      }
      if (a.district != null
          || a.where != Where.NONE
          || a.kind != Kind.LOCAL
          || !endsAtHead(s, a)
          || ClauseWords.INSTANCE.get("province-level").at(s, a.from) != null) {
        continue;
      }
      for (String level : STORY_LEVELS) {
        int end = bareLevel(s, a.to, level + " ", STORY_LEVELS);
        if (end < 0 || end < s.size && named.unitName(s, end, true) > 0) {
          continue;
        }
        if (!List.of(DISTRICT_LEVELS).contains(level) && !levelEnds(s, a.from, end)) {
          break; // "Hội Bảo trợ xã hội": "xã" opens a word of the name, no commune
        }
        if (only == null) {
          only = districtsNamed(s);
        }
        String district = only.get(level);
        if (district != null && !district.isEmpty()) {
          a.district = district;
          a.name = a.head.entry().value() + " " + district;
          a.where = Where.NA;
          a.to = end;
        }
        break;
      }
    }
  }

  /**
   * "Hội Người cao tuổi phường và ... đã ký": a named body whose name ends in a bare level word is
   * that body of the story's one unit of the level ({@code only}, {@link #districtsNamed}), as a
   * local head's is ({@link #storyDistrict}).
   */
  private void namedAtLevel(Syllables s, Draft a, Map<String, String> only) {
    for (String level : STORY_LEVELS) {
      int n = level.indexOf(' ') < 0 ? 1 : 2;
      int at = a.to - n;
      String district = only.get(level);
      // the level word and the word before it in lower case: "Cảng Lạch Huyện", "Đức Quốc xã" are
      // names
      if (at > a.head.to()
          && !s.has(at, Syllables.UPPER)
          && !s.has(at - 1, Syllables.UPPER)
          && district != null
          && !district.isEmpty()
          && bareLevel(s, at, level + " ", STORY_LEVELS) == a.to
          && a.name.toLowerCase(java.util.Locale.ROOT).endsWith(" " + level)
          && !inHead(s, Math.max(a.head.to(), at - HEAD_WORDS), at)
          && levelEnds(s, a.from, a.to)) {
        a.name = a.name.substring(0, a.name.length() - level.length()) + district;
        a.district = district;
        return;
      }
    }
  }

  /** The most syllables of a head a level word may end ("hợp tác xã"). */
  private static final int HEAD_WORDS = 3;

  /**
   * Whether a head that starts in [from, at) runs past syllable {@code at}: the "xã" of "Liên minh
   * Hợp tác xã" ends the cooperative's head, no commune's level word.
   */
  private boolean inHead(Syllables s, int from, int at) {
    for (int j = from; j < at; j++) {
      Match m = trie.longest(s, j, Kind.NAMED.bit() | Kind.LOCAL.bit(), true);
      if (m != null && m.to() > at) {
        return true;
      }
    }
    return false;
  }

  /**
   * The district the article names for each level word of {@link #DISTRICT_LEVELS} ("thị xã" → "thị
   * xã Bình Minh"); an empty name for a level the article names two districts of.
   */
  private Map<String, String> districtsNamed(Syllables s) {
    Map<String, String> out = new HashMap<>();
    for (int k = 0; k < s.size; k++) {
      if (!levelWord(s, k) && !s.is(k, "thi")) {
        continue;
      }
      for (String level : STORY_LEVELS) {
        int end = bareLevel(s, k, level + " ", STORY_LEVELS);
        int name = end < 0 || end >= s.size ? -1 : named.unitName(s, end, true);
        if (name > 0 && s.sentence[name - 1] == s.sentence[k]) {
          String district = level + " " + s.original(end, name);
          out.merge(level, district, (x, y) -> x.equals(y) ? x : "");
          k = name - 1; // "thị xã Bình Minh" names no commune "xã Bình Minh"
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether syllable k may be the last of a level word of {@link #STORY_LEVELS}, as folded: a cheap
   * test before the spelled one ({@link #bareLevel}), which every syllable of an article may ask.
   */
  private static boolean levelWord(Syllables s, int k) {
    return s.is(k, "huyen")
        || s.is(k, "quan")
        || s.is(k, "xa")
        || s.is(k, "tran")
        || s.is(k, "phuong");
  }

  /**
   * Whether a bare commune's or ward's level word ending at {@code end} ends the body's name that
   * starts at {@code from}: the sentence ends or a mark or a word that closes names follows ("Hội
   * Cựu chiến binh xã tổ chức", "Công an xã, ..."); not "xã hội" inside a name.
   */
  private boolean levelEnds(Syllables s, int from, int end) {
    return end >= s.size
        || s.sentence[end] != s.sentence[from]
        || s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
        || named.isStop(s, end);
  }

  /**
   * "Sở Y tế và UBND các huyện, thành phố": a body of every district ("các huyện", "các xã"), which
   * a head that only a province has before it does not share; the department stays the province's
   * ({@link #ofSentence}). "Sở Y tế và UBND các tỉnh" shares.
   */
  private boolean ofDistricts(Syllables s, Draft b) {
    if (b.where != Where.GENERIC) {
      return false;
    }
    Match every = trie.longest(s, b.head.to(), Kind.GENERIC.bit(), true);
    int q = every == null ? -1 : every.to();
    return q >= 0
        && q < s.size
        && trie.longest(s, q, Kind.DISTRICT.bit(), true) != null
        && trie.longest(s, q, Kind.TYPE.bit(), true) == null;
  }

  /**
   * "Liên đoàn Lao động huyện Châu Thành và Bảo hiểm xã hội huyện ký kết", "Hội Nông dân huyện Tân
   * Phước, Hội Liên hiệp Phụ nữ huyện và ...": a local head with a bare district word ("huyện",
   * "quận", "thị xã") and no name after it is the body of the district its sentence named last with
   * that word, as "<head> tỉnh" alone is the article's province. Not a head only a province has
   * ({@link #shareDistrict}), and a district named after it claims it first.
   */
  private static void referDistrict(Syllables s, List<Draft> before, Draft a) {
    if (a.district != null
        || a.where != Where.NONE
        || a.kind != Kind.LOCAL
        || !endsAtHead(s, a)
        || ClauseWords.INSTANCE.get("province-level").at(s, a.from) != null) {
      return;
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      Draft b = before.get(i);
      if (s.sentence[b.from] != s.sentence[a.from]) {
        return;
      }
      int level = b.district == null ? -1 : bareLevel(s, a.to, b.district);
      if (level > 0) {
        boolean named =
            level < s.size
                && s.sentence[level] == s.sentence[a.from]
                && !s.has(level, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
                && (s.has(level, Syllables.UPPER) || s.number(level) >= 0);
        if (!named) {
          a.district = b.district;
          a.name = a.head.entry().value() + " " + b.district;
          a.where = Where.NA;
          a.to = level;
        }
        return;
      }
    }
  }

  /**
   * "Hội Nông dân và Công an huyện Hương Sơn", "Công an và VKSND huyện Long Thành": a head with no
   * place of its own before a district's or a town's body in one list is that district's body too,
   * as a province closes such a list; not a head only a province has ("Sở Y tế và UBND huyện ...",
   * "Tỉnh đoàn và ...", party-words.tsv {@code province-level}). Whether {@code a} took it.
   */
  private static boolean shareDistrict(Syllables s, Draft a, Draft b) {
    if (b.district == null
        || a.where != Where.NONE
        || a.kind != Kind.LOCAL
        || !endsAtHead(s, a)
        || ClauseWords.INSTANCE.get("province-level").at(s, a.from) != null) {
      return false;
    }
    int level = bareLevel(s, a.to, b.district);
    if (!joined(s, a, b)) {
      int to = a.to;
      a.to = level;
      if (level < 0 || !joined(s, a, b)) {
        a.to = to;
        return false;
      }
    }
    a.district = b.district;
    a.name = a.head.entry().value() + " " + b.district;
    a.where = Where.NA;
    return true;
  }

  /**
   * The end of the district's own level word written bare at p ("UBND huyện và Liên đoàn Lao động
   * huyện Ngọc Lặc", "UBND quận, Công an quận Cầu Giấy"): the word {@code district} opens with,
   * "huyện", "quận" or "thị xã"; else -1. A bare "thành phố" or "TP" before a district's body is
   * the city's ("Công an TP, UBND quận Bình Tân"), so a city's level word takes no district.
   */
  private static int bareLevel(Syllables s, int p, String district) {
    return bareLevel(s, p, district, DISTRICT_LEVELS);
  }

  /** {@link #bareLevel(Syllables, int, String)} over the level words {@code levels}. */
  private static int bareLevel(Syllables s, int p, String district, String[] levels) {
    for (String level : levels) {
      int n = level.indexOf(' ') < 0 ? 1 : 2;
      if (district.startsWith(level + " ")
          && p + n <= s.size
          && s.original(p, p + n).toLowerCase(java.util.Locale.ROOT).equals(level)
          && (n == 1 || !s.has(p + 1, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))) {
        return p + n;
      }
    }
    return -1;
  }

  private static final String[] DISTRICT_LEVELS = {"huyện", "quận", "thị xã"};

  /**
   * The levels whose bare word names the story's one unit ({@link #storyDistrict}): a district's,
   * and below it a commune's, a ward's and a township's ("Hội Cựu Công an nhân dân xã").
   */
  private static final String[] STORY_LEVELS = {
    "huyện", "quận", "thị xã", "thị trấn", "xã", "phường"
  };

  /**
   * Whether b follows a in one list: after "và", or after a comma; past a's own abbreviation in
   * brackets ("Hội Cựu chiến binh (CCB) và Hội Nông dân tỉnh Kon Tum").
   */
  private static boolean joined(Syllables s, Draft a, Draft b) {
    int and = a.to;
    while (!s.has(a.from, Syllables.PAREN) && and < b.from && s.has(and, Syllables.PAREN)) {
      and++; // not inside brackets of its own: "(văn phòng HĐND và UBND huyện Sóc Sơn)"
    }
    boolean bracket = and > a.to && and < s.size && !s.has(and, Syllables.PAREN);
    // "HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh": a standing organ before the next
    // body is that body's, and the list goes on through it
    boolean next =
        (b.from == and + 1 + organ(s, and + 1, b.from)
                && (s.is(and, "va") || s.is(and, "voi") && between(s, a))
                && (bracket || !s.has(and, Syllables.BREAK)))
            || (b.from == and + organ(s, and, b.from) && s.has(and, Syllables.COMMA));
    return next && !s.has(b.from, Syllables.BREAK);
  }

  /**
   * The syllables of a standing organ ({@code standing-organ} of party-words.tsv: "Ban Thường
   * trực", "Ban Thường vụ") that start at k and end right at {@code body}, with no mark before the
   * body; else 0.
   */
  private static int organ(Syllables s, int k, int body) {
    if (k >= body || k >= s.size) {
      return 0;
    }
    Phrases.Phrase organ = ClauseWords.INSTANCE.get("standing-organ").at(s, k);
    return organ != null
            && k + organ.length() == body
            && !s.has(body, Syllables.BREAK | Syllables.COMMA)
        ? organ.length()
        : 0;
  }

  /**
   * Whether "giữa" opens a's pair, where "với" joins the sides as "và" does: "quy chế phối hợp giữa
   * Hội Nông dân với Sở Tài nguyên và Môi trường tỉnh Kon Tum" is the two bodies of the province.
   */
  private static boolean between(Syllables s, Draft a) {
    return a.from > 0
        && s.sentence[a.from - 1] == s.sentence[a.from]
        && s.is(a.from - 1, "giua")
        && !s.has(a.from, Syllables.BREAK | Syllables.COMMA);
  }

  /**
   * "Hiệp hội Doanh nghiệp các tỉnh: Vĩnh Phúc, Tuyên Quang, Bắc Giang": a named body with no place
   * of its own, then a plural of places ({@link PlaceLists}), is that body of each place, as a
   * provincial head is ({@link #list}); empty when it is not followed so.
   */
  List<Draft> namedList(Syllables s, Draft d, boolean ignoreCase) {
    if (d.kind != Kind.NAMED
        || d.where != Where.NA
        || d.to >= s.size
        || s.has(d.to, Syllables.BREAK | Syllables.COMMA)) {
      return List.of(); // "Đài khí tượng ... Nam Bộ, các tỉnh A, B": the places of another clause
    }
    List<PlaceLists.Place> places = PlaceLists.at(s, trie, d.to, ignoreCase);
    if (places.isEmpty() || PlaceLists.referring(places)) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    for (PlaceLists.Place place : places) {
      Draft each = d.startingAt(out.isEmpty() ? d.from : place.from());
      each.to = place.to();
      each.name = d.name + " " + place.province().qualified();
      out.add(each);
    }
    return out;
  }

  /**
   * The one province of ours that named bodies' names end with ({@link #closingProvince}), for an
   * article that names no provincial body with its province; null when none or more than one ("các
   * tỉnh A, B, C" names no province of the article's own).
   */
  Province closingOnly(Syllables s, List<Draft> drafts) {
    return only(drafts, d -> closingProvince(s, d));
  }

  /** Most syllables a province's name and its type take at the end of a named body's name. */
  private static final int PLACE_SYLLABLES = 6;

  /**
   * The province that ends a named or a listed body's name with its type ("Cục Thuế tỉnh Thái
   * Nguyên", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Bình"); else null.
   */
  private Province closingProvince(Syllables s, Draft d) {
    if (d.kind != Kind.NAMED && d.kind != Kind.NATIONAL || d.where != Where.NA) {
      return null;
    }
    for (int q = Math.max(d.from + 1, d.to - PLACE_SYLLABLES); q < d.to - 1; q++) {
      Match type = trie.longest(s, q, Kind.TYPE.bit(), true);
      Match prov =
          type == null || type.to() >= d.to
              ? null
              : trie.longest(s, type.to(), Kind.PROVINCE.bit(), false);
      if (prov != null && prov.to() == d.to) {
        return prov.entry().province();
      }
    }
    return null;
  }

  /** Whether the bare level word ending {@code a} ("tỉnh", "thành phố", "TP") is the province's. */
  static boolean sameType(Syllables s, Draft a, Province p) {
    boolean province = s.is(a.to - 1, "tinh");
    return p.type().equals("tỉnh") == province;
  }

  /**
   * "Nghệ An: LĐLĐ tỉnh và Sở LĐ-TB&XH ký kết ...": a province and a colon that open a sentence are
   * its dateline (how provincial pages title local news), and a provincial head in that sentence
   * with "tỉnh" alone is that province's body, and so is one with no province at all that only a
   * province has ("Sở"; not "Công an", which "Hà Nội: Công an làm rõ ..." writes for a district's).
   */
  void datelined(Syllables s, List<Draft> drafts) {
    int sentence = -1;
    Match dateline = null;
    for (Draft d : drafts) {
      if (d.where != Where.BARE && d.where != Where.NONE
          || d.where == Where.NONE
              && ClauseWords.INSTANCE.get("province-level").at(s, d.from) == null) {
        continue;
      }
      if (s.sentence[d.from] != sentence) {
        sentence = s.sentence[d.from];
        int p = d.from;
        while (p > 0 && s.sentence[p - 1] == sentence) {
          p--;
        }
        dateline = trie.longest(s, p, Kind.PROVINCE.bit(), false);
        int end = dateline == null ? -1 : dateline.to();
        if (end < 0 || end > d.from || !s.has(end, Syllables.BREAK) || !s.charBefore(end, ':')) {
          dateline = null;
        }
      }
      if (dateline != null) {
        d.where = Where.EXPLICIT;
        d.province = dateline.entry().province();
      }
    }
  }

  /**
   * "Công an tỉnh Hà Nam và Sở Công Thương đã ký kết", "... phối hợp với Sở Công Thương, Ban quản
   * lý các khu công nghiệp ...": a head that only a province has ({@code province-level}), written
   * alone with no place, in a sentence whose provincial bodies name one province of ours with it
   * (and none the same head with a place), is that province's body, as under a dateline ({@link
   * #datelined}). Read after the article's province is chosen, which it does not sway.
   */
  static void ofSentence(Syllables s, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (!provinceOnly(s, d) || d.to != d.head.to()) {
        continue;
      }
      int sentence = s.sentence[d.from];
      // "Sở Ngoại vụ lập hồ sơ, báo cáo ... Sở Ngoại vụ TP HCM": the same head with a place is
      // another province's
      boolean placed =
          drafts.stream()
              .anyMatch(
                  o ->
                      o.where == Where.EXPLICIT
                          && s.sentence[o.from] == sentence
                          && !o.province.abroad()
                          && o.head.entry().value().equals(d.head.entry().value()));
      Province named =
          placed
              ? null
              : only(
                  drafts,
                  o ->
                      o.where == Where.EXPLICIT && s.sentence[o.from] == sentence
                          ? o.province
                          : null);
      if (named != null) {
        d.where = Where.EXPLICIT;
        d.province = named;
      }
    }
  }

  /**
   * "Sáng 5/6, tại tỉnh Thái Bình, Hội Nông dân tỉnh và Sở Tư pháp ký kết": in a story whose one
   * province of ours is {@code story}, a head that only a province has, written alone, is that
   * province's, as in a provincial outlet's ({@link #ofOutlet}); not after a count ("các Sở Y tế",
   * "hai Sở": the departments of every province, or of several), and not in a sentence that names
   * another province of ours as a place ({@code places}: "tỉnh Hà Giang sáp nhập Sở GTVT với Sở Xây
   * dựng" in a story on another province).
   */
  static void ofStory(Syllables s, List<Draft> drafts, Province story, List<Mention> places) {
    ClauseWords words = ClauseWords.INSTANCE;
    for (Draft d : drafts) {
      if (provinceOnly(s, d)
          && d.to == d.head.to()
          && !DocumentLists.countedBefore(s, d.from, words)
          && places.stream()
              .noneMatch(
                  p ->
                      s.sentence[p.from()] == s.sentence[d.from]
                          && !p.name().equals(story.canonical()))) {
        d.where = Where.EXPLICIT;
        d.province = story;
      }
    }
  }

  /**
   * "Công an tỉnh và Sở Giáo dục - Đào tạo ký kết" in a provincial paper: a head that only a
   * province has, written with no place ("Sở"; not "Công an", which a district has too), is the
   * outlet's province's, as under a dateline ({@link #datelined}). The level heads ("Tỉnh đoàn")
   * keep their own guards ({@link #bareLevelHead}).
   */
  static void ofOutlet(Syllables s, List<Draft> drafts, Province outlet) {
    for (Draft d : drafts) {
      if (provinceOnly(s, d)) {
        d.where = Where.EXPLICIT;
        d.province = outlet;
      }
    }
  }

  /**
   * Whether d is a head that only a province has ({@code province-level}: "Sở", the boards of its
   * zones), read with no place. Not the level heads ("Tỉnh đoàn", "Thành ủy"), which keep their own
   * guards ({@link #bareLevelHead}): "Thành ủy" beside a province's bodies is its city's.
   */
  private static boolean provinceOnly(Syllables s, Draft d) {
    String head = d.head.entry().value();
    return d.where == Where.NONE
        && d.kind == Kind.LOCAL
        && ClauseWords.INSTANCE.get("province-level").at(s, d.from) != null
        && !head.startsWith("Tỉnh ")
        && !head.startsWith("Thành ");
  }

  /**
   * The province of ours most named with provincial bodies; the first one on a tie. A province
   * abroad is never the article's ("Tỉnh đoàn Salavan" beside "Tỉnh đoàn" alone, ours).
   */
  static Province mainProvince(List<Draft> drafts) {
    Map<Province, Integer> counts = new HashMap<>();
    Province best = null;
    int bestCount = 0;
    for (Draft d : drafts) {
      if (d.where == Where.EXPLICIT && !d.province.abroad()) {
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
   * The one province the article's provincial bodies name ("Liên đoàn Lao động tỉnh Bình Dương");
   * null when none or more than one.
   */
  static Province onlyProvince(List<Draft> drafts) {
    return only(drafts, d -> d.where == Where.EXPLICIT ? d.province : null);
  }

  /** The one province of ours that {@code of} gives the drafts; null when none or more than one. */
  private static Province only(List<Draft> drafts, Function<Draft, Province> of) {
    return onlyOurs(drafts.stream().map(of).toList());
  }

  /** The one province of ours among {@code provinces} (nulls skipped); null when none or more. */
  static Province onlyOurs(List<Province> provinces) {
    Province only = null;
    for (Province p : provinces) {
      if (p != null && !p.abroad()) {
        if (only != null && !only.equals(p)) {
          return null;
        }
        only = p;
      }
    }
    return only;
  }

  /**
   * Whether d is a head that names the level itself ("Tỉnh Đoàn", "Tỉnh ủy", "Thành đoàn"),
   * capitalised and written with no place after it ("Ban Thường vụ Tỉnh Đoàn và ...", "Bí thư Tỉnh
   * ủy,"): Vietnamese news names the province once and then writes the level head bare. Its level
   * must be the province's ("Thành ủy" in an article on Nghệ An is its city Vinh's), and it is not
   * one followed by a capitalised name ("Thành ủy Đà Lạt", a city below the province) nor a
   * member's title ("Tỉnh uỷ viên").
   */
  static boolean bareLevelHead(Syllables s, Draft d, Province p) {
    String head = d.head.entry().value();
    boolean level = p.type().equals("tỉnh") ? head.startsWith("Tỉnh ") : head.startsWith("Thành ");
    if (d.where != Where.NONE
        || d.to != d.head.to()
        || !level
        || !s.has(d.from, Syllables.UPPER)
        || d.to < s.size && s.is(d.to, "vien") && !s.has(d.to, Syllables.BREAK)) {
      return false; // "Tỉnh uỷ viên": a member's title, not the body
    }
    return d.to >= s.size
        || s.sentence[d.to] != s.sentence[d.from]
        || s.has(d.to, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
        || !s.has(d.to, Syllables.UPPER);
  }

  /** The words that join two bodies of one list of sides ("A, B và C", "A phối hợp với B"). */
  private static final List<List<String>> LINKS =
      List.of(
          List.of("va"),
          List.of("voi"),
          List.of("cung"),
          List.of("cung", "voi"),
          List.of("phoi", "hop", "voi"),
          List.of("phoi", "hop", "cung"));

  /**
   * The provincial heads written with no place at all that stand in one list with a body of the
   * story's one province p, which are that province's bodies: "Sở Tư pháp tỉnh Yên Bái cùng Tòa án
   * nhân dân, Viện Kiểm sát nhân dân ký quy chế". Vietnamese local news names the province once and
   * then writes the other bodies of the list bare; a bare head alone, or beside no body of the
   * province, is left as it was (a kind of body, "Tòa án nhân dân có thẩm quyền"), and so is a list
   * that holds a district's body, or a head before a level word. The list is read through commas
   * and the words of {@link #LINKS}, in one sentence.
   */
  void ofListedProvince(Syllables s, List<Draft> drafts, Province p) {
    if (p == null || p.abroad()) {
      return;
    }
    int start = 0;
    for (int i = 1; i <= drafts.size(); i++) {
      if (i < drafts.size() && listed(s, drafts.get(i - 1), drafts.get(i))) {
        continue;
      }
      List<Draft> run = drafts.subList(start, i);
      // a district's body in the list ("Sở GD-ĐT Nam Định, UBND và Phòng GD-ĐT huyện Trực Ninh")
      // may be what the bare heads share
      boolean ofP =
          run.size() > 1
              && run.stream().anyMatch(d -> d.where == Where.EXPLICIT && p.equals(d.province))
              && run.stream().noneMatch(d -> d.district != null || belowProvince(s, d));
      for (Draft d : ofP ? run : List.<Draft>of()) {
        if (placeless(s, d)) {
          d.where = Where.EXPLICIT;
          d.province = p;
        }
      }
      start = i;
    }
  }

  /**
   * Whether d is a provincial head written alone and capitalised, with no place, no name and no
   * level word after it: not "Công an huyện Quảng Ninh", the district's.
   */
  private boolean placeless(Syllables s, Draft d) {
    if (d.kind != Kind.LOCAL
        || d.where != Where.NONE
        || d.to != d.head.to()
        || !s.has(d.from, Syllables.UPPER)) {
      return false;
    }
    // a comma ends the head; else a lower-case word that is no level word, or a break before one
    return d.to >= s.size
        || s.has(d.to, Syllables.COMMA)
        || !s.has(d.to, Syllables.UPPER)
            && (s.has(d.to, Syllables.BREAK)
                || trie.longest(s, d.to, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true) == null);
  }

  /**
   * Whether d's name holds a level word below the province: a district's ("Phòng GD-ĐT huyện Trực
   * Ninh"), or a city's type word before no province ("Phòng Nội vụ thành phố Uông Bí").
   */
  private boolean belowProvince(Syllables s, Draft d) {
    for (int k = d.head.to(); k < d.to; k++) {
      Match level = trie.longest(s, k, Kind.DISTRICT.bit() | Kind.TYPE.bit(), true);
      // the unit's name after its level word, capitalised: not "Chính sách xã hội"
      if (level != null
          && level.to() < d.to
          && s.has(level.to(), Syllables.UPPER)
          && (level.entry().kind() == Kind.DISTRICT
              || trie.longest(s, level.to(), Kind.PROVINCE.bit(), true) == null)) {
        return true;
      }
    }
    return false;
  }

  /** Whether b follows a in one list: after a comma, or one of {@link #LINKS}, in one sentence. */
  private static boolean listed(Syllables s, Draft a, Draft b) {
    if (b.from < a.to
        || s.sentence[a.from] != s.sentence[b.from]
        || s.has(b.from, Syllables.BREAK)) {
      return false;
    }
    int gap = b.from - a.to;
    if (gap == 0) {
      return s.has(b.from, Syllables.COMMA);
    }
    for (List<String> link : LINKS) {
      if (link.size() == gap) {
        boolean same = true;
        for (int k = 0; k < gap && same; k++) {
          same = s.is(a.to + k, link.get(k)) && (k == 0 || !s.has(a.to + k, Syllables.COMMA));
        }
        if (same && !s.has(b.from, Syllables.COMMA)) {
          return true;
        }
      }
    }
    return false;
  }
}
