package vn.newssearch.extract;

import java.util.Locale;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.extract.OrganisationMatcher.Draft;
import vn.newssearch.extract.OrganisationMatcher.Where;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * A body of ours whose field goes on after "và" with a second field that starts no body: "Bộ Ngoại
 * giao và Thương mại Australia", "Bộ Ngoại giao và Hợp tác quốc tế" are one ministry, not "Bộ Ngoại
 * giao" and a stray "Thương mại". The field after "và" is capitalised and is no head, state,
 * province or person, a word capitalised on its first syllable only ("Thương mại", not "GE" or "Nhà
 * Trắng"), and a foreign state closes the name. Without the state, "Bộ Xây dựng và Tài chính" is as
 * often our two ministries, the head written once, and "Bộ Tài chính và Nhà tài trợ" a ministry and
 * its donors: "và" lists two bodies there.
 */
final class FieldJoins {
  private static final int SEPARATORS = NamedBodies.SEPARATORS;
  private static final int STARTS =
      NamedBodies.BODY_STARTS | Kind.NAMED.bit() | Kind.PROVINCE.bit() | Kind.TYPE.bit();

  /** At most this many syllables in the field after "và". */
  private static final int FIELD_MAX = 6;

  private final NameTrie trie;
  private final NamedBodies named;

  FieldJoins(NameTrie trie, NamedBodies named) {
    this.trie = trie;
    this.named = named;
  }

  /**
   * The one body "{@code m} và Field Country" or "{@code m}, Field và Field Country", or null when
   * "và" lists a second body.
   */
  Draft of(Syllables s, Match m) {
    int va = listedFields(s, m.to());
    int q = va + 1;
    if (!isVa(s, va)
        || s.has(va, SEPARATORS)
        || !spaceBefore(s, va)
        || trie.longest(s, m.from(), Kind.NAMED.bit(), false) == null
        || !new NameWords(named, trie, s, false).companion(q, q + 1)) {
      return null; // "Bộ Công Thương và GE", "(Bộ Quốc phòng) và ...": a second body
    }
    for (; q < s.size && q - va <= FIELD_MAX; q++) {
      if (s.has(q, SEPARATORS) || s.number(q) >= 0) {
        return null;
      }
      if (!s.has(q, Syllables.UPPER)) {
        if (named.isStop(s, q)) {
          return null;
        }
        continue;
      }
      Match c = named.country(s, q, false);
      if (c != null && !(c.to() == q + 1 && FieldWords.isWord(trie, s, q))) {
        boolean ours = c.entry().value().equals("Việt Nam");
        return q > va + 1 && !ours && named.closes(s, c) ? draft(s, m, va, c) : null;
      }
      if (s.id[q] >= 0 && named.bodyAt(s, q, STARTS, false) != null
          || named.isPerson(s, q)
          || trie.longest(s, q, Kind.PROVINCE.bit(), false) != null) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Bộ Y tế, Lao động và Phúc lợi Nhật Bản": after a comma, fields of a foreign ministry listed
   * before the last one's "và", each a capitalised word that starts no body, state, province or
   * person ("Lao động"); the syllable of that "và", else {@code at} (no such list; the state that
   * must close the name is checked after "và").
   */
  private int listedFields(Syllables s, int at) {
    int q = at;
    int fields = 0;
    while (q < s.size && s.has(q, Syllables.COMMA) && fields < FIELDS_MAX) {
      if (!s.has(q, Syllables.UPPER)
          || s.has(q, Syllables.BREAK | Syllables.DASH)
          || s.id[q] >= 0 && named.bodyAt(s, q, STARTS, false) != null
          || named.country(s, q, false) != null
          || named.isPerson(s, q)
          || !new NameWords(named, trie, s, false).companion(q, q + 1)) {
        return at;
      }
      int end = q + 1;
      while (end < s.size && end - q < FIELD_MAX && !s.has(end, SEPARATORS) && !isVa(s, end)) {
        if (named.isStop(s, end) || s.number(end) >= 0) {
          return at;
        }
        end++;
      }
      fields++;
      if (isVa(s, end) && !s.has(end, SEPARATORS)) {
        return end;
      }
      q = end;
    }
    return at;
  }

  /** At most this many fields listed with commas before "và". */
  private static final int FIELDS_MAX = 3;

  /** Whether only spaces stand between "và" and the word before it (no bracket, no quote). */
  private static boolean spaceBefore(Syllables s, int at) {
    for (int i = s.end[at - 1]; i < s.start[at]; i++) {
      if (!Character.isWhitespace(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  private static Draft draft(Syllables s, Match m, int va, Match country) {
    Draft d = new Draft(m.from(), country.to(), m, Where.NA);
    // "Bộ ngoại giao và thương mại Australia" → "Bộ Ngoại giao và Thương mại Australia"
    String field = s.original(va + 1, country.from());
    String listed = va > m.to() ? ", " + s.original(m.to(), va) : ""; // ", Lao động"
    String capital = field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    String written = s.original(m.from(), m.to());
    String ours = m.entry().value(); // "Bộ Giáo dục" is listed as ours, "... và Đào tạo"
    boolean asListed = VietnameseAnalysis.foldKey(written).equals(VietnameseAnalysis.foldKey(ours));
    d.name =
        (asListed ? ours : written) + listed + " và " + capital + " " + country.entry().value();
    d.kind = Kind.NAMED;
    return d;
  }

  private static boolean isVa(Syllables s, int at) {
    return at < s.size && s.is(at, "va") && "và".equals(s.original(at));
  }
}
