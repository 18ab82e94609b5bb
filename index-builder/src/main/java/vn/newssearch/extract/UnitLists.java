package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.NameTrie.Kind;

/**
 * A plural of units abroad and their names: "hai tỉnh Ibaraki và Fukushima (Nhật Bản)", "các thành
 * phố Busan, Daegu và Incheon". Where a party stands each unit signs, named with the type word
 * written once ({@link PartyCandidates}); {@link PlaceLists} reads a list of provinces of ours. The
 * names are abroad when no Vietnamese syllable spells them or a foreign state closes the list; a
 * count must count them all.
 */
final class UnitLists {
  /** At most this many units in one list, and syllables in one name. */
  private static final int MAX_LIST = 8;

  private static final int NAME_MAX = 4;

  private UnitLists() {}

  /** The units listed from the plural marker at p, each to its name's end; empty when none. */
  static List<ClauseParties.Candidate> at(Syllables s, NameTrie trie, int p) {
    if (p + 2 >= s.size || s.has(p + 1, Syllables.BREAK | Syllables.COMMA)) {
      return List.of();
    }
    boolean plural = s.is(p, "cac");
    int n = plural ? -1 : ClauseWords.INSTANCE.count(s, p);
    if (!plural && (n < 2 || n > MAX_LIST)) {
      return List.of();
    }
    Phrases.Phrase type = ClauseWords.INSTANCE.get("foreign-unit").at(s, p + 1);
    int from = type == null ? s.size : p + 1 + type.length();
    if (from >= s.size) {
      return List.of();
    }
    List<ClauseParties.Candidate> out = new ArrayList<>();
    boolean[] latin = {true};
    CommaLists.walk(
        s,
        from,
        MAX_LIST,
        q -> {
          int end = q;
          while (end < s.size
              && end - q < NAME_MAX
              && s.sentence[end] == s.sentence[q]
              && s.has(end, Syllables.UPPER)
              && !(end > q && s.has(end, NamedBodies.SEPARATORS | Syllables.PAREN))
              && s.number(end) < 0
              && ClauseWords.INSTANCE.countryAnywhere(s, end) == null) {
            end++;
          }
          if (end == q || trie.longest(s, q, Kind.PROVINCE.bit(), false) != null) {
            return -1; // "hai tỉnh Lào Cai và Yên Bái": ours, read as places
          }
          latin[0] &= PartyCandidates.latinName(s, q, end);
          out.add(new ClauseParties.Candidate(q, end, type.value() + " " + s.original(q, end)));
          return end;
        });
    if (out.size() < 2 || !plural && out.size() != n) {
      return List.of();
    }
    int last = out.get(out.size() - 1).to();
    Phrases.Phrase country =
        last < s.size && s.has(last, Syllables.COMMA | Syllables.PAREN)
            ? ClauseWords.INSTANCE.countryAnywhere(s, last)
            : null;
    boolean abroad = country != null && !country.value().equals("Việt Nam");
    if (!latin[0] && !abroad) {
      return List.of();
    }
    if (abroad) {
      // the country belongs to the last unit's mention, no party of its own
      ClauseParties.Candidate c = out.remove(out.size() - 1);
      out.add(new ClauseParties.Candidate(c.from(), last + country.length(), c.name()));
    }
    return out;
  }
}
