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
 * Trắng"), and a foreign state closes the name, the clause or a foreign person's name going on
 * after it ("Bộ Tư pháp và Nội vụ Mông Cổ Khishgee Nyambaatar", as {@link ForeignBodies#of} reads
 * it). Without the state, "Bộ Xây dựng và Tài chính" is as often our two ministries, the head
 * written once, and "Bộ Tài chính và Nhà tài trợ" a ministry and its donors: "và" lists two bodies
 * there.
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
    // "bộ Giáo dục, Văn hoá, ... Nhật Bản": a ministry's head "Bộ" written in lower case, its
    // field after "và" capitalised ("bộ Y tế và bộ Lao động Nhật Bản" lists two)
    boolean lower = !s.has(m.from(), Syllables.UPPER);
    Match head = trie.longest(s, m.from(), Kind.NAMED.bit(), lower);
    if (head == null || lower && !MINISTRY.equals(head.entry().value())) {
      return null;
    }
    String written = s.original(m.from(), m.to());
    String ours = m.entry().value(); // "Bộ Giáo dục" is listed as ours, "... và Đào tạo"
    boolean asListed = VietnameseAnalysis.foldKey(written).equals(VietnameseAnalysis.foldKey(ours));
    return joined(s, m, m.from(), m.to(), asListed ? ours : written, lower);
  }

  /**
   * "Bộ Giao thông Công chính Campuchia" (vietnews-train-095713, vietnews-train-038437): a foreign
   * ministry whose name starts as one of ours ("Bộ Giao thông") and goes on, with no "và", with one
   * more field word, capitalised on its first syllable only ("Công chính"), that a foreign state
   * closes; null otherwise. One word only: "Bộ Nội vụ Trần Anh" and "Bộ Công an Lê Hồng Anh" are a
   * minister's name, written all in capitals.
   */
  Draft adjoined(Syllables s, Match m) {
    int q = m.to();
    if (!s.has(m.from(), Syllables.UPPER)
        || q + 2 >= s.size
        || s.has(q, SEPARATORS)
        || s.id[q] >= 0 && named.bodyAt(s, q, STARTS, false) != null
        || named.isPerson(s, q)
        || named.country(s, q, false) != null
        || trie.longest(s, q, Kind.PROVINCE.bit(), false) != null
        || !new NameWords(named, trie, s, false).companion(q, q + 1)) {
      return null;
    }
    Match head = trie.longest(s, m.from(), Kind.NAMED.bit(), false);
    Match c = s.has(q + 2, SEPARATORS) ? null : named.country(s, q + 2, false);
    if (head == null
        || !MINISTRY.equals(head.entry().value())
        || c == null
        || c.entry().value().equals("Việt Nam")
        || !named.closes(s, c) && !NameBounds.foreignPerson(s, c.to())) {
      return null;
    }
    Draft d = new Draft(m.from(), c.to(), m, Where.NA);
    d.name = s.original(m.from(), q + 2) + " " + c.entry().value();
    d.kind = Kind.NAMED;
    d.state = c.entry().value();
    return d;
  }

  /**
   * "Bộ Năng lượng và Mỏ Lào", "Bộ Chiến lược và tài chính Hàn Quốc Dong Yeon Kim": a ministry no
   * list holds, read from its head "Bộ" and its capitalised field, goes on after "và" the same way;
   * null when no foreign state closes the second field.
   */
  Draft ofRead(Syllables s, Draft d) {
    if (d.name == null || d.to - d.from < 2 || !MINISTRY.equals(d.head.entry().value())) {
      return null;
    }
    for (int k = d.from + 1; k < d.to; k++) {
      if (s.has(k, SEPARATORS) || s.id[k] < 0) {
        return null; // "Bộ Công nghiệp, ...", a bracket: no plain field
      }
    }
    return joined(s, d.head, d.from, d.to, s.original(d.from, d.to), false);
  }

  private static final String MINISTRY = "Bộ";

  /**
   * A field's two-syllable word written with both capitals ("Bộ Ngoại giao và Thương Mại
   * Australia"): two Vietnamese syllables, neither a foreign word; the state must still close it.
   */
  private boolean capitalisedWord(Syllables s, int q) {
    return q + 2 < s.size
        && s.has(q, Syllables.UPPER)
        && s.has(q + 1, Syllables.UPPER)
        && !s.has(q + 1, SEPARATORS)
        && !BrandWords.shaped(s, q)
        && !BrandWords.shaped(s, q + 1)
        && !BrandWords.foreignSpelled(s, q)
        && !BrandWords.foreignSpelled(s, q + 1)
        && named.country(s, q + 2, false) != null;
  }

  /**
   * A field of one capitalised Vietnamese syllable right before a state ("Bộ Năng lượng và Mỏ
   * Lào"): a word of its own, not a foreign one ("Bộ Công Thương và GE").
   */
  private boolean oneSyllable(Syllables s, int q) {
    return q + 1 < s.size
        && s.has(q, Syllables.UPPER)
        && !s.has(q + 1, SEPARATORS)
        && !BrandWords.shaped(s, q)
        && !BrandWords.foreignSpelled(s, q)
        && named.country(s, q + 1, false) != null;
  }

  private Draft joined(Syllables s, Match m, int from, int to, String first, boolean capitalField) {
    int va = listedFields(s, to);
    int q = va + 1;
    if (!isVa(s, va)
        || capitalField && (q >= s.size || !s.has(q, Syllables.UPPER))
        || s.has(va, SEPARATORS)
        || !spaceBefore(s, va)
        || !new NameWords(named, trie, s, false).companion(q, q + 1)
            && !oneSyllable(s, q)
            && !capitalisedWord(s, q)) {
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
        boolean closed = named.closes(s, c) || NameBounds.foreignPerson(s, c.to());
        return q > va + 1 && !ours && closed
            ? draft(s, m, from, to, first, va, c, capitalisedWord(s, va + 1))
            : null;
      }
      Match body = s.id[q] >= 0 ? named.bodyAt(s, q, STARTS, false) : null;
      if (body != null && !innerField(s, va, body)
          || named.isPerson(s, q)
          || trie.longest(s, q, Kind.PROVINCE.bit(), false) != null) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a head inside the field after "và", not its first word, right before a state is a word
   * of the field: "Bộ Khoa học và Giáo dục Đại học Ba Lan" (higher education), not a university; at
   * the field's start it opens a second body ("Bộ Y tế và Bệnh viện ...").
   */
  private boolean innerField(Syllables s, int va, Match body) {
    return body.from() > va + 1 && named.country(s, body.to(), false) != null;
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

  private static Draft draft(
      Syllables s,
      Match m,
      int from,
      int to,
      String first,
      int va,
      Match country,
      boolean capitalised) {
    Draft d = new Draft(from, country.to(), m, Where.NA);
    // "Bộ ngoại giao và thương mại Australia" → "Bộ Ngoại giao và Thương mại Australia"
    String field = s.original(va + 1, ForeignBodies.ownWordsEnd(s, va + 1, country.from()));
    if (capitalised) {
      // "Thương Mại" → "Thương mại": a word's second syllable in lower case, as names write it
      field = s.original(va + 1) + " " + s.original(va + 2).toLowerCase(Locale.ROOT);
    }
    String listed = va > to ? ", " + s.original(to, va) : ""; // ", Lao động"
    String capital = field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    String head = first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
    d.name = head + listed + " và " + capital + " " + country.entry().value();
    d.kind = Kind.NAMED;
    d.state = country.entry().value();
    return d;
  }

  /** Whether syllable at is the word "và" as written (not "Va" of a name). */
  static boolean isVa(Syllables s, int at) {
    return at < s.size && s.is(at, "va") && "và".equals(s.original(at));
  }
}
