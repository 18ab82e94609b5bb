package vn.newssearch.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * A body's seat written one way, so one body has one name (gazetteer/seat-capitals.tsv): a country
 * by its canonical name ("tại Mỹ" → "tại Hoa Kỳ"), a province of ours by its canonical name ("tại
 * TP. HCM" → "tại Thành phố Hồ Chí Minh"), a foreign city without its type word ("tại thành phố
 * Istanbul" → "tại Istanbul"), and an embassy's capital by its state ("Đại sứ quán Hoa Kỳ tại Hà
 * Nội" → "... tại Việt Nam", "Đại sứ quán Nga tại London" → "... tại Anh"). Loaded once; immutable
 * after.
 */
final class SeatNames {
  static final SeatNames INSTANCE = new SeatNames();

  /** The heads whose seat in a capital is the capital's state (an embassy). */
  private final Set<String> capitalHeads = new HashSet<>();

  /**
   * A capital's spellings, folded, to its state as countries.tsv names it: "ha noi" → "Việt Nam".
   */
  private final Map<String, String> stateByCapital = new HashMap<>();

  private SeatNames() {
    Set<String> countries = new HashSet<>();
    for (String[] row : Gazetteer.rows("countries.tsv")) {
      countries.add(row[0]);
    }
    for (String[] row : Gazetteer.rows("seat-capitals.tsv")) {
      if (row[0].equals("head")) {
        capitalHeads.add(Gazetteer.cell(row, 1).strip());
        continue;
      }
      if (!countries.contains(row[0]) || row.length < 2) {
        throw new IllegalStateException("seat-capitals.tsv: no country or capital in " + row[0]);
      }
      for (String capital : Gazetteer.names(row, 1)) {
        stateByCapital.put(VietnameseAnalysis.foldKey(capital), row[0]);
      }
    }
  }

  /**
   * The seat at [from, to), right after "tại", as a body's name writes it. {@code head}: the
   * canonical head of the body's name ("Đại sứ quán"), null for a listed body.
   */
  String written(NamedBodies named, NameTrie trie, Syllables s, int from, int to, String head) {
    Match type = trie.longest(s, from, Kind.TYPE.bit(), true);
    Match p = named.place(s, from, true, false);
    String seat;
    if (p != null && p.to() == to && p.entry().kind() == Kind.COUNTRY) {
      seat = p.entry().value(); // "Mỹ" → "Hoa Kỳ", "LB Nga" → "Nga"
    } else if (p != null && p.to() == to && p.entry().province() != null) {
      Province province = p.entry().province();
      // "thành phố Thanh Hóa" is the city, not the province; "TP. HCM", "thủ đô Hà Nội" the city's
      boolean city = type != null && !type.entry().value().equals(province.type());
      seat = city ? type.entry().value() + " " + province.name() : province.canonical();
    } else {
      seat = named.spelledOut(s, from, to); // "TP.HCM", whatever breaks it
      if (seat.equals(s.original(from, to)) && type != null && type.to() < to) {
        seat = s.original(type.to(), to); // "thành phố Istanbul" → "Istanbul"
      }
    }
    String state = head == null ? null : capitalOf(head, seat);
    return state == null ? seat : state;
  }

  /** The state whose capital {@code seat} is, when {@code head} is an embassy's; else null. */
  String capitalOf(String head, String seat) {
    return capitalHeads.contains(head)
        ? stateByCapital.get(VietnameseAnalysis.foldKey(seat))
        : null;
  }
}
