package vn.newssearch.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * A venue the article places inside the province its parties belong to, without naming the
 * province: a commune, ward or district ("Lễ ký diễn ra tại xã Ia Dom"), the seat of a body of "the
 * province" or "the city" ("tại trụ sở LĐLĐ thành phố", "tại Nhà Văn hóa Lao động tỉnh") or of a
 * provincial department ("tại trụ sở Sở Nội vụ"). Vietnamese news names the province once, in the
 * parties ("Ủy ban MTTQ Việt Nam tỉnh Gia Lai và Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), and then
 * speaks of "tỉnh" and "thành phố" alone; the venue is in that province. The words are data ({@code
 * unit} and {@code local} rows of gazetteer/signing-places.tsv).
 */
final class LocalVenues {
  /** How far the venue's name may reach after "tại". */
  private static final int REACH = 12;

  private LocalVenues() {}

  /**
   * The province of the parties when a "tại"/"ở" phrase of the signing whose verb is at {@code
   * verb}, in syllables [from, to), names a venue inside it; else null. Only when every party that
   * names a province names the same one.
   */
  static String place(
      Syllables s, NameTrie trie, int from, int to, int verb, List<String> parties) {
    for (int k = from; k + 1 < to; k++) {
      if (SigningPlaces.placeWord(s, k)
          && PlaceTies.ofTheSigning(s, verb, k)
          && !SigningPlaces.posted(s, k)
          && fronted(s, verb, k)
          && local(s, k + 1)) {
        String named = partiesProvince(trie, parties);
        named = named != null ? named : bracketed(s, trie, parties);
        return named != null ? named : unitProvince(s, k + 1);
      }
    }
    return null;
  }

  /**
   * The parties' province when the "tại"/"ở" at syllable k opens a venue inside it, in the sentence
   * of the signing's event rather than of its verb ("Chiều 9/10/2019, tại trụ sở UBND tỉnh, Chủ
   * tịch UBND tỉnh ... tiếp và làm việc với ...", "Hội nghị diễn ra tại Trung tâm Hội nghị thành
   * phố, phường Ninh Kiều"); else null.
   */
  static String venue(Syllables s, NameTrie trie, int k, List<String> parties) {
    if (!SigningPlaces.placeWord(s, k) || k + 1 >= s.size || !local(s, k + 1)) {
      return null;
    }
    String named = partiesProvince(trie, parties);
    named = named != null ? named : bracketed(s, trie, parties);
    return named != null ? named : unitProvince(s, k + 1);
  }

  /** The words of a district-level unit, whose name {@link #UNIT_PROVINCES} places. */
  private static final Phrases DISTRICT_WORDS = districtWords();

  /** The province of a district-level unit by its word and name ("huyện", "Mộc Châu" → Sơn La). */
  private static final Map<String, Phrases> UNIT_PROVINCES = unitProvinces();

  /**
   * The province of a district-level unit the venue phrase at syllable a names, where the phrase
   * puts a place (first, after a comma, a bracket or "ở"), when the parties name none: "tại huyện
   * Mộc Châu" → Sơn La, "tại xã Ma Ly Chải, huyện Phong Thổ" → Lai Châu, "tại thị xã Kỳ Anh" → Hà
   * Tĩnh; the unit's name must end there ("huyện Mường Tè" is not "huyện Mường"). Null when the
   * phrase names no unit the corpus places by that word and name (unit-provinces.tsv).
   */
  static String unitProvince(Syllables s, int a) {
    Phrases end = SigningPlaces.WORDS.get("end");
    for (int p = a; p < Math.min(s.size, a + REACH) && s.sentence[p] == s.sentence[a]; p++) {
      if (p > a
          && (s.has(p, Syllables.BREAK) && !s.has(p, Syllables.PAREN) || end.at(s, p) != null)) {
        return null;
      }
      boolean placed =
          p == a
              || s.has(p, Syllables.COMMA)
              || s.has(p, Syllables.PAREN)
              || SigningPlaces.placeWord(s, p - 1);
      Phrases.Phrase unit = placed ? DISTRICT_WORDS.at(s, p) : null;
      int name = unit == null ? -1 : p + unit.length();
      Phrases names = unit == null ? null : UNIT_PROVINCES.get(unit.value());
      Phrases.Phrase province = names == null ? null : names.at(s, name);
      int after = province == null ? -1 : name + province.length();
      if (province != null
          && s.has(name, Syllables.UPPER)
          && (after >= s.size
              || s.sentence[after] != s.sentence[name]
              || s.has(after, Syllables.BREAK | Syllables.COMMA)
              || !s.has(after, Syllables.UPPER))) {
        return province.value();
      }
    }
    return null;
  }

  private static Phrases districtWords() {
    Phrases out = new Phrases();
    for (String word : new String[] {"huyện", "thị xã", "thị trấn"}) {
      out.add("=" + word, word);
    }
    out.add("=huyện đảo", "huyện"); // an island district
    return out;
  }

  private static Map<String, Phrases> unitProvinces() {
    Map<String, Phrases> out = new HashMap<>();
    for (String[] row : Gazetteer.rows("unit-provinces.tsv")) {
      if (row.length < 3) {
        throw new IllegalStateException("unit-provinces.tsv: bad row " + String.join(" ", row));
      }
      // "thị trấn Vụ Bản" (Hòa Bình) is not "huyện Vụ Bản" (Nam Định): by the unit's own word
      out.computeIfAbsent(row[0], w -> new Phrases()).add("=" + row[1], row[2]);
    }
    return Map.copyOf(out);
  }

  /**
   * Whether "tại" at k, before the verb, opens the clause's own adverbial of place: first in the
   * sentence, after a comma or right after a day ("Ngày 14/9/2023, tại Khu công nghiệp Yên Phong,
   * Công đoàn ... tổ chức lễ ký"); after the verb it is the signing's as {@link PlaceTies} reads
   * it. "Công đoàn ... cùng 6 doanh nghiệp tại Khu chế xuất Tân Thuận đã ký" places the firms.
   */
  private static boolean fronted(Syllables s, int verb, int k) {
    return k > verb
        || k == 0
        || s.sentence[k - 1] != s.sentence[k]
        || s.has(k, Syllables.COMMA)
        || s.number(k - 1) >= 0;
  }

  /**
   * Whether the phrase at syllable a names a venue inside an unnamed province: a unit below the
   * province with its name ("xã Ia Dom", "phường Tân Ninh"), or a body of "tỉnh"/"thành phố" left
   * bare, or a provincial department ("Sở Nội vụ"), before the phrase ends.
   */
  static boolean local(Syllables s, int a) {
    if (SigningPlaces.WORDS.get("unit").at(s, a) != null) {
      return unit(s, a);
    }
    Phrases local = SigningPlaces.WORDS.get("local");
    boolean named = false; // "Nhà Văn hóa Lao động tỉnh": a body's name before the bare type word
    for (int p = a; p < Math.min(s.size, a + REACH) && s.sentence[p] == s.sentence[a]; p++) {
      // "tại hội trường nhà máy ở xã Thạnh Phú", "tại KCN Thăng Long (huyện Đông Anh)": the venue
      // placed in a unit after "ở", a comma or a bracket
      boolean placed =
          p > a
              && (s.has(p, Syllables.COMMA)
                  || s.has(p, Syllables.PAREN) && s.has(p, Syllables.BREAK)
                  || SigningPlaces.placeWord(s, p - 1) && !s.has(p, Syllables.BREAK));
      if (placed && SigningPlaces.WORDS.get("unit").at(s, p) != null) {
        return unit(s, p);
      }
      if (p > a && s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (p > a && SigningPlaces.WORDS.get("end").at(s, p) != null) {
        return false;
      }
      if (s.is(p, "so") && "Sở".equals(s.original(p)) && p + 1 < s.size) {
        // "trụ sở Sở LĐ-TB&XH": a department of the province, its name capitalised
        return s.has(p + 1, Syllables.UPPER) && !s.has(p + 1, Syllables.BREAK);
      }
      named |= s.has(p, Syllables.UPPER);
      Phrases.Phrase bare = p > a && named ? local.at(s, p) : null;
      if (bare != null) {
        // "LĐLĐ thành phố", "Lao động tỉnh": the province named nowhere after the type word
        int after = p + bare.length();
        return after >= s.size
            || s.sentence[after] != s.sentence[a]
            || s.has(after, Syllables.BREAK | Syllables.COMMA)
            || !s.has(after, Syllables.UPPER);
      }
    }
    return false;
  }

  /**
   * The one province a bracket right after a party's name in the article gives, alone or ending its
   * address: "Công ty TNHH Changshin Việt Nam (Đồng Nai) vừa ký hợp đồng", "Công ty TNHH Changshin
   * Việt Nam (xã Thạnh Phú, tỉnh Đồng Nai) và Công đoàn cơ sở công ty ký"; null when none or more
   * than one.
   */
  static String bracketed(Syllables s, NameTrie trie, List<String> parties) {
    String found = null;
    for (String party : parties) {
      List<String> name = Syllables.keys(party);
      for (int q = name.size(); q < s.size; q++) {
        if (!s.has(q, Syllables.PAREN) || !s.has(q, Syllables.BREAK) || !ends(s, q, name)) {
          continue;
        }
        String province = PlacePhrase.bracketed(s, trie, q, null);
        if (province != null && found != null && !found.equals(province)) {
          return null;
        }
        found = province != null ? province : found;
      }
    }
    return found;
  }

  /** Whether the syllables right before q are the name's. */
  private static boolean ends(Syllables s, int q, List<String> name) {
    for (int i = 0; i < name.size(); i++) {
      if (!s.is(q - name.size() + i, name.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a unit word at syllable k goes on to its capitalised name ("xã Ia Dom", "KCN Yên
   * Phong").
   */
  private static boolean unit(Syllables s, int k) {
    int name = k + SigningPlaces.WORDS.get("unit").at(s, k).length();
    return name < s.size && s.has(name, Syllables.UPPER) && !s.has(name, Syllables.BREAK);
  }

  /**
   * The one province the parties' names end with after a type word ("Liên đoàn Lao động thành phố
   * Hải Phòng", "Ủy ban nhân dân tỉnh Gia Lai") or are ("tỉnh Bình Dương"); null when none or more
   * than one.
   */
  static String partiesProvince(NameTrie trie, List<String> parties) {
    String found = null;
    for (String party : parties) {
      Syllables n = Syllables.of(party, trie.vocabulary());
      String province = null;
      for (int k = 0; k < n.size && province == null; k++) {
        Match type = trie.longest(n, k, Kind.TYPE.bit(), true);
        Match prov =
            type == null || type.to() >= n.size
                ? null
                : trie.longest(n, type.to(), Kind.PROVINCE.bit(), true);
        province = prov != null && prov.to() == n.size ? prov.entry().value() : null;
      }
      if (province == null) {
        Match whole = Gazetteer.wholeProvince(trie, n);
        province = whole == null ? null : whole.entry().value();
      }
      if (province != null && found != null && !found.equals(province)) {
        return null;
      }
      found = province != null ? province : found;
    }
    return found;
  }
}
