package vn.newssearch.extract;

import java.util.List;
import java.util.Locale;
import vn.newssearch.extract.NameTrie.Kind;

/** Puts the grammar's words into the trie: heads (heads.tsv), countries, and name-words.tsv. */
final class NameHeads {
  private NameHeads() {}

  static void add(
      NameTrie trie, List<String[]> heads, List<String[]> countries, List<String[]> words) {
    for (String[] row : heads) {
      String flags = Gazetteer.cell(row, 3);
      if (row[0].equals("word")) {
        NameTrie.CommonWord word = new NameTrie.CommonWord(flags.contains("always"));
        // a proper name keeps its capitals: "Vụ Bản" (a district), not "thường vụ, Ban ..."
        boolean name = flags.contains("name");
        Gazetteer.names(row, 1, 2).forEach(n -> trie.add(n, Kind.WORD, row[1], word, name));
        continue;
      }
      boolean lower = flags.contains("lower");
      boolean place = flags.contains("place");
      boolean state = flags.contains("state");
      boolean number = flags.contains("number");
      boolean members = flags.contains("members");
      boolean province = flags.contains("province");
      boolean field = flags.contains("field");
      boolean own = flags.contains("own");
      boolean brand = flags.contains("brand");
      boolean seat = flags.contains("seat");
      boolean initials = flags.contains("initials");
      boolean within = flags.contains("within");
      boolean city = flags.contains("city");
      boolean eponym = flags.contains("eponym");
      boolean district = flags.contains("district");
      List<String> spellings = new java.util.ArrayList<>(Gazetteer.names(row, 1, 2));
      for (String n : Gazetteer.names(row, 1, 2)) {
        // "BTL Vùng Cảnh sát biển 1": the head with an initialism for its words (initialisms.tsv)
        Initialisms.INSTANCE.abbreviated(n).stream()
            .filter(v -> !spellings.contains(v))
            .forEach(spellings::add);
      }
      for (String n : spellings) {
        if (initials && n.equals(row[1])) {
          continue; // "Công ty cổ phần X" as written; only "CTCP X" is spelled out
        }
        // A head keeps its spelling: "Quỹ" is a head, "Quy" (Nhơn) is not.
        NamedBodies.Head h =
            new NamedBodies.Head(
                row[1], row[0], n, lower, place, state, number, members, province, field, own,
                brand, seat, within, city, eponym, district);
        trie.add(n, Kind.NAMED, row[1], h, true);
        if (lower) {
          trie.add(n, Kind.NAMED, row[1], h, false);
        }
      }
    }
    for (String[] row : countries) {
      // Spelled: "Bí" (Uông Bí) is not "Bỉ" (Belgium).
      Gazetteer.names(row, 0, 1)
          .forEach(n -> trie.add(n, Kind.COUNTRY, row[0], new NameTrie.Spelling(n), true));
    }
    java.util.Map<String, java.util.Set<String>> spellings = new java.util.HashMap<>();
    for (String[] row : words) {
      Kind kind =
          switch (row[0]) {
            case "stop" -> Kind.STOP;
            case "keep" -> Kind.KEEP;
            case "form" -> Kind.FORM;
            case "district" -> Kind.DISTRICT;
            case "unit" -> Kind.UNIT;
            default -> throw new IllegalStateException("unknown name-words kind " + row[0]);
          };
      // Compared as spelled: "khí" (Dầu khí) is not "khi" (when); "bà" and "ba" share a node.
      String key = kind + " " + String.join(" ", Syllables.keys(row[1]));
      java.util.Set<String> set = spellings.computeIfAbsent(key, x -> new java.util.HashSet<>());
      set.add(row[1].toLowerCase(Locale.ROOT));
      trie.add(row[1], kind, key, new NameTrie.Spellings(set), false);
    }
  }
}
