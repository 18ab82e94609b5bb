package vn.newssearch.extract;

import java.util.HashSet;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * What sets one definition of an abbreviation apart from another of the same body kind: the
 * province a name ends with that the abbreviation's letters do not spell ("Kho bạc Nhà nước (KBNN)
 * Hà Nội": KBNN is "Kho bạc Nhà nước", the treasury of any province), or the body or place written
 * right after the bracket ("Uỷ ban Kiểm tra (UBKT) Tỉnh uỷ Gia Lai", "... (UBKT) Trung ương"). An
 * abbreviation defined in several such scopes is a kind of body found at every level, not one body.
 */
final class AliasScope {
  private static final int AFTER =
      Kind.PROVINCE.bit() | Kind.COUNTRY.bit() | Kind.LOCAL.bit() | Kind.NATIONAL.bit();

  private final NameTrie trie;

  AliasScope(NameTrie trie) {
    this.trie = trie;
  }

  /**
   * The province a name ends with when the abbreviation's letters do not reach it, else null: "Kho
   * bạc Nhà nước Hà Nội" for KBNN (letters of "Kho bạc Nhà nước" only) → Hà Nội; but "Sở GTVT Hà
   * Nội" for "SGTVTHN" spells it, and a brand's letters ("Tổng công ty Thương mại Sài Gòn", SATRA)
   * are no initials to test.
   */
  String placeNotSpelled(String name, String abbreviation) {
    Syllables s = Syllables.of(name, trie.vocabulary());
    for (int k = 1; k < s.size; k++) {
      Match place = trie.longest(s, k, Kind.PROVINCE.bit(), false);
      if (place == null || place.to() != s.size) {
        continue;
      }
      Match type = trie.longest(s, k - 1, Kind.TYPE.bit(), true); // "tỉnh", "TP."
      int from = type != null && type.to() == k && k > 1 ? k - 1 : k;
      return AliasMiner.initialsMatch(name.substring(0, s.start[from]), abbreviation)
          ? valueOf(s, place)
          : null;
    }
    return null;
  }

  /**
   * The bodies and places written right after "(ABBREVIATION)" in one text, in the same sentence
   * and without a comma or dash between: a listed body ("Bộ GTVT"), a provincial body with its
   * province ("Tỉnh uỷ Gia Lai"), a province, a country, or capitalised words that belong to names
   * ("Trung ương", name-words.tsv). A person's name does not count.
   */
  Set<String> after(Syllables s, String abbreviation) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k < s.size; k++) {
      if (!s.has(k, Syllables.PAREN) || !s.has(k, Syllables.BREAK)) {
        continue;
      }
      int q = k + 1;
      while (q < s.size && s.has(q, Syllables.PAREN) && !s.has(q, Syllables.BREAK)) {
        q++;
      }
      if (q >= s.size
          || s.sentence[q] != s.sentence[k]
          || s.has(q, Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
          || !s.original(k, q).equals(abbreviation)) {
        continue;
      }
      Match m = trie.longest(s, q, AFTER, false);
      if (m == null && s.has(q, Syllables.UPPER)) {
        m = trie.longest(s, q, Kind.KEEP.bit(), true); // "(UBKT) Trung ương": a name's words
      }
      if (m == null) {
        continue;
      }
      String scope = valueOf(s, m);
      if (m.entry().kind() == Kind.LOCAL) { // "Tỉnh uỷ" + its province
        Match p = trie.longest(s, m.to(), Kind.PROVINCE.bit(), false);
        scope = scope + (p == null ? "" : " " + valueOf(s, p));
      }
      out.add(scope);
    }
    return out;
  }

  private static String valueOf(Syllables s, Match m) {
    String v = m.entry().value();
    return v != null ? v : VietnameseAnalysis.foldKey(s.original(m.from(), m.to()));
  }
}
