package vn.newssearch.extract;

import java.util.HashMap;
import java.util.Map;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The word lists that read a signing clause (gazetteer/signing-words.tsv and party-words.tsv, by
 * category) and the states that may sign a treaty (gazetteer/states.tsv, and their capitals in
 * capitals.tsv). Loaded once; immutable after.
 */
final class ClauseWords {
  static final ClauseWords INSTANCE = new ClauseWords();

  private final Map<String, Phrases> categories = new HashMap<>();
  private final Map<String, java.util.Set<String>> written = new HashMap<>();
  private final Phrases countries = new Phrases();
  private final java.util.Set<String> states = new java.util.HashSet<>();

  /** Each state's names, folded, to the name a party list gives it: "hoa ky" → "Mỹ". */
  private final Map<String, String> stateByName = new HashMap<>();

  /**
   * A state's name that is also a common word ("Anh", {@code listed-state}), folded, to the state.
   */
  private final Map<String, String> listedByName = new HashMap<>();

  private ClauseWords() {
    for (String file : java.util.List.of("signing-words.tsv", "party-words.tsv")) {
      for (String[] row : Gazetteer.rows(file)) {
        if (row.length < 2) {
          throw new IllegalStateException(file + ": no phrase in " + String.join(" ", row));
        }
        // the value: what the phrase stands for (party-words' third column), else its category
        String value = row.length > 2 && !row[2].isBlank() ? row[2].strip() : row[0];
        categories.computeIfAbsent(row[0], c -> new Phrases()).add(row[1].strip(), value);
        written.computeIfAbsent(row[0], c -> new java.util.HashSet<>()).add(row[1].strip());
        if (row[0].equals("listed-state")) {
          listedByName.put(VietnameseAnalysis.foldKey(row[1].strip().replace("=", "")), value);
        }
      }
    }
    for (String[] row : Gazetteer.rows("states.tsv")) {
      countries.add(row[0], row[0]);
      states.add(row[0]);
      stateByName.put(VietnameseAnalysis.foldKey(row[0]), row[0]);
      if (row.length > 1) {
        for (String alias : row[1].split("\\|")) {
          if (!alias.isBlank()) {
            countries.add(alias.strip(), row[0]);
            stateByName.putIfAbsent(VietnameseAnalysis.foldKey(alias.strip()), row[0]);
          }
        }
      }
    }
    // "Warsaw" for Ba Lan: a capital names its state wherever the state could stand
    for (String[] row : Gazetteer.rows("capitals.tsv")) {
      if (!states.contains(row[0]) || row.length < 2) {
        throw new IllegalStateException("capitals.tsv: no state or capital in " + row[0]);
      }
      for (String capital : row[1].split("\\|")) {
        countries.add(capital.strip(), row[0]);
        stateByName.putIfAbsent(VietnameseAnalysis.foldKey(capital.strip()), row[0]);
      }
    }
  }

  /** The phrases of one category of signing-words.tsv ("irrealis", "link", ...). */
  Phrases get(String category) {
    Phrases p = categories.get(category);
    if (p == null) {
      throw new IllegalArgumentException("no category " + category + " in signing-words.tsv");
    }
    return p;
  }

  /** The count at syllable k, in digits or a numeral ("11", "hai"), else -1. */
  int count(Syllables s, int k) {
    int n = s.number(k);
    if (n >= 0) {
      return n;
    }
    Phrases.Phrase numeral = get("numeral").at(s, k);
    return numeral != null && numeral.length() == 1 ? Integer.parseInt(numeral.value()) : -1;
  }

  /** The phrases of one category as written ("chính quyền" of "local-government"). */
  java.util.Set<String> words(String category) {
    return java.util.Set.copyOf(written.getOrDefault(category, java.util.Set.of()));
  }

  /** Whether {@code text} is, as written, a phrase of one category ("brand-head"). */
  boolean lists(String category, String text) {
    return written.getOrDefault(category, java.util.Set.of()).contains(text);
  }

  /** Whether {@code name} is a state's canonical name ("Việt Nam", "Nhật Bản"). */
  boolean isState(String name) {
    return states.contains(name);
  }

  /** The name a party list gives the state called {@code name} ("Hoa Kỳ" → "Mỹ"), or null. */
  String stateNamed(String name) {
    return stateByName.get(VietnameseAnalysis.foldKey(name));
  }

  /**
   * The state a list of states names by a word that is also a common one: "Anh" (countries.tsv's
   * canonical name for the United Kingdom) is "Vương quốc Anh" in "Mỹ, Anh, Pháp và Đức đã ký";
   * else null. Never used to read a name's tail: "Công ty Tuấn Anh" is no British body.
   */
  String listedStateNamed(String name) {
    return listedByName.get(VietnameseAnalysis.foldKey(name));
  }

  /** A state named at syllable {@code k}, starting with a capital, not inside a person's name. */
  Phrases.Phrase country(Syllables s, int k) {
    if (k >= s.size || !s.has(k, Syllables.UPPER)) {
      return null;
    }
    boolean afterCapital =
        k > 0
            && s.has(k - 1, Syllables.UPPER)
            && !s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
    Phrases.Phrase p = afterCapital ? null : wordless(s, k, countries.at(s, k));
    if (p == null && !afterCapital) {
      Phrases.Phrase listed = get("listed-state").at(s, k);
      return listed != null && inStateList(s, k, k + listed.length()) ? listed : null;
    }
    // a one-syllable name spelled the foreign way is a capital ("Moskva", "Washington", "Tokyo")
    if (p != null
        && p.length() == 1
        && !p.value().equals(s.original(k))
        && !listed(s, k)
        && !(itemEnds(s, k + 1) && inStateList(s, k, k + 1))
        && !BrandNames.shaped(s, k)) {
      return null; // "Trung" of "Trung tâm", "Việt" of "Việt kiều": only in "Nhật - Trung", "Việt,
      // Lào", "Pháp, Đức, Úc và Canada"
    }
    return p;
  }

  /** A state named at syllable {@code k} whatever comes before it ("Santiago de Chile"). */
  Phrases.Phrase countryAnywhere(Syllables s, int k) {
    return s.has(k, Syllables.UPPER) ? wordless(s, k, countries.at(s, k)) : null;
  }

  /**
   * The state read at syllable {@code k}, unless its short name opens a longer word there ({@code
   * state-word}: "Trung ương", "Việt kiều"): "Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Lào" names
   * no Chinese body.
   */
  private Phrases.Phrase wordless(Syllables s, int k, Phrases.Phrase state) {
    if (state == null) {
      return null;
    }
    Phrases.Phrase word = get("state-word").at(s, k);
    return word != null && word.length() > state.length() ? null : state;
  }

  /**
   * Whether the name at [from, to) is an item of a list of states: a state right before it, parted
   * by a comma or "và", or right after it, parted the same way ("Mỹ, Anh, Pháp và Đức", "Anh và
   * Pháp").
   */
  private boolean inStateList(Syllables s, int from, int to) {
    if (to < s.size
        && s.has(to, Syllables.UPPER)
        && !s.has(to, Syllables.COMMA | Syllables.BREAK)) {
      return false; // "Anh Tuấn": a longer name
    }
    boolean comma = s.has(from, Syllables.COMMA);
    boolean and = from > 0 && s.is(from - 1, "va") && !s.has(from, Syllables.COMMA);
    boolean before = comma && stateEndingAt(s, from) || and && stateEndingAt(s, from - 1);
    boolean after =
        to < s.size
            && (s.has(to, Syllables.COMMA) && stateAt(s, to)
                || s.is(to, "va") && !s.has(to, Syllables.COMMA) && stateAt(s, to + 1));
    return before || after;
  }

  private boolean stateAt(Syllables s, int k) {
    return k < s.size && countryAnywhere(s, k) != null;
  }

  /** Whether a list's item ends before syllable k: a separator, "và" or the text's end. */
  private static boolean itemEnds(Syllables s, int k) {
    return k >= s.size
        || s.has(k, Syllables.COMMA | Syllables.BREAK | Syllables.DASH)
        || s.is(k, "va");
  }

  /** Whether a state's name of up to three syllables ends right before syllable {@code end}. */
  private boolean stateEndingAt(Syllables s, int end) {
    for (int len = 1; len <= 3 && end - len >= 0; len++) {
      Phrases.Phrase p = countryAnywhere(s, end - len);
      if (p != null && p.length() == len) {
        return true;
      }
    }
    return false;
  }

  /** Whether syllable k stands in a list of states: a dash or comma before or after it. */
  private static boolean listed(Syllables s, int k) {
    int sep = Syllables.DASH | Syllables.COMMA | Syllables.BREAK;
    return s.has(k, Syllables.DASH) || (k + 1 < s.size && s.has(k + 1, sep)) || k + 1 == s.size;
  }
}
