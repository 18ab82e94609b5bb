package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * A ministry named only inside its minister's title: "Thứ trưởng Tài chính Trần Xuân Hà" is the
 * deputy minister of "Bộ Tài chính", written without the ministry's own "Bộ" (the title's words are
 * in roles.txt, with the head they stand for). Only a Vietnamese official's title, a family name
 * right after the field: "Bộ trưởng Quốc phòng Nga Sergei Shoigu" is Russia's ministry and "Bộ
 * trưởng Quốc phòng James Mattis" America's, neither of them "Bộ Quốc phòng".
 */
final class TitledBodies {
  /** At most this many syllables in a ministry's field ("Lao động - Thương binh và Xã hội"). */
  private static final int FIELD_MAX = 8;

  private final NameTrie trie;
  private final NamedBodies named;

  TitledBodies(NameTrie trie, NamedBodies named) {
    this.trie = trie;
    this.named = named;
  }

  /**
   * The body that the title {@code role} names with the field after it, as a national body spanning
   * the field, or null.
   */
  OrganisationMatcher.Draft after(Syllables s, Match role) {
    if (!(role.entry().data() instanceof NameTrie.TitleOf of)) {
      return null;
    }
    int from = role.to();
    if (from >= s.size
        || s.sentence[from] != s.sentence[role.from()]
        || !s.has(from, Syllables.UPPER)) {
      return null; // "Bộ trưởng Bộ Tài chính" reads its ministry as any name; "Bộ trưởng cho biết"
    }
    int end = from;
    while (end < s.size && end - from < FIELD_MAX && s.sentence[end] == s.sentence[from]) {
      end++;
    }
    Syllables named = Syllables.of(of.head() + " " + s.original(from, end), trie.vocabulary());
    Match body = trie.longest(named, 0, Kind.NATIONAL.bit(), false);
    if (body == null || body.to() < 2 || !body.entry().value().startsWith(of.head() + " ")) {
      return null;
    }
    int to = from + body.to() - 1;
    if (to >= s.size || !this.named.isPerson(s, to)) {
      return null;
    }
    OrganisationMatcher.Draft d =
        new OrganisationMatcher.Draft(
            from, to, new Match(body.entry(), from, to), OrganisationMatcher.Where.NA);
    d.name = body.entry().value();
    return d;
  }
}
