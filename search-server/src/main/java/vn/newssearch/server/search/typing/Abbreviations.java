package vn.newssearch.server.search.typing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Abbreviations and what they stand for, read from the gazetteer's names: an alias that differs
 * from its canonical name by one word in capitals whose letters are the initials of the canonical
 * name's words ("Bộ LĐ-TB&XH" for "Bộ Lao động - Thương binh và Xã hội", "UBND" for "Ủy ban nhân
 * dân", "TP.HCM" for "Thành phố Hồ Chí Minh", and "HCM" for its last three words) makes one pair.
 * Pairs with the same letters form one concept, with every spelling of either side. The initials
 * rule keeps mined aliases that are not abbreviations of their name ("ABBANK") out.
 */
public final class Abbreviations {
  /** One way to write a concept: the text as written and its folded syllables. */
  public record Form(String text, List<String> tokens, boolean abbreviation, String letters) {}

  /** Every form of one abbreviation and its expansions: abbreviations first, then expansions. */
  public record Concept(String letters, List<Form> forms) {}

  /** Expansions are matched in the query (the reverse way) only for this many letters or more. */
  static final int REVERSE_MIN_LETTERS = 3;

  private final Map<String, Concept> byLetters;
  private final Map<String, List<Form>> byFirstToken = new HashMap<>();

  private Abbreviations(Map<String, Concept> byLetters) {
    this.byLetters = byLetters;
    for (Concept c : byLetters.values()) {
      for (Form f : c.forms()) {
        byFirstToken.computeIfAbsent(f.tokens().getFirst(), k -> new ArrayList<>()).add(f);
      }
    }
  }

  public static Abbreviations from(PartyNames g) {
    Map<String, List<Form>> forms = new LinkedHashMap<>();
    BiConsumer<String, List<String>> pairs =
        (canonical, aliases) -> aliases.forEach(a -> pair(canonical, a, forms));
    g.aliases().forEach(pairs);
    Map<String, Concept> out = new LinkedHashMap<>();
    forms.forEach(
        (letters, list) -> {
          List<Form> all = new ArrayList<>(list);
          // "TPHCM" is also written "TP. HCM" and "TP Hồ Chí Minh": the forms of a shorter
          // abbreviation that ends it ("HCM") stand for it too.
          forms.forEach(
              (other, more) -> {
                if (other.length() >= REVERSE_MIN_LETTERS
                    && other.length() < letters.length()
                    && letters.endsWith(other)) {
                  more.stream()
                      .filter(
                          f -> all.stream().noneMatch(known -> known.tokens().equals(f.tokens())))
                      .forEach(all::add);
                }
              });
          List<Form> sorted = new ArrayList<>(all.stream().filter(Form::abbreviation).toList());
          sorted.addAll(all.stream().filter(f -> !f.abbreviation()).toList());
          out.put(letters, new Concept(letters, List.copyOf(sorted)));
        });
    return new Abbreviations(Map.copyOf(out));
  }

  /** Every concept, for tests and tools. */
  public List<Concept> concepts() {
    return List.copyOf(byLetters.values());
  }

  /** The concept with these folded letters ("bhxh"), or null. */
  public Concept concept(String letters) {
    return byLetters.get(letters);
  }

  /** A concept whose form starts at word {@code from} and ends at a word's end. */
  public record Match(Concept concept, int words) {}

  /**
   * The longest concept form that the words from {@code from} spell, or null. An abbreviation typed
   * in lower case counts only if none of its syllables could be a Vietnamese syllable ("bhxh" yes,
   * "au" no); an expansion counts for abbreviations of {@value #REVERSE_MIN_LETTERS} letters or
   * more, so "lao động" is never read as "LĐ".
   */
  public Match match(List<String> words, int from) {
    return match(words, words.stream().map(Abbreviations::tokens).toList(), from);
  }

  /** The folded syllables of a word, for {@link #match(List, List, int)}. */
  static List<String> tokens(String word) {
    return VietnameseAnalysis.terms(FOLDED, word);
  }

  /** The same, with each word's folded syllables analysed once by the caller. */
  Match match(List<String> words, List<List<String>> syllables, int from) {
    List<String> tokens = new ArrayList<>();
    List<Integer> ends = new ArrayList<>(); // token count after each word
    for (int i = from; i < words.size() && tokens.size() < MAX_FORM_TOKENS; i++) {
      tokens.addAll(syllables.get(i));
      ends.add(tokens.size());
    }
    Match best = null;
    for (Form f : byFirstToken.getOrDefault(tokens.isEmpty() ? "" : tokens.getFirst(), List.of())) {
      int n = f.tokens().size();
      int w = ends.indexOf(n);
      if (w < 0 || !tokens.subList(0, n).equals(f.tokens())) {
        continue;
      }
      Concept c = byLetters.get(f.letters());
      boolean typedInCapitals =
          words.subList(from, from + w + 1).stream()
              .anyMatch(t -> t.chars().anyMatch(Character::isUpperCase));
      boolean ok =
          f.abbreviation()
              ? typedInCapitals || f.tokens().stream().noneMatch(SyllableShape::couldBeSyllable)
              : c.letters().length() >= REVERSE_MIN_LETTERS;
      if (ok && (best == null || w + 1 > best.words())) {
        best = new Match(c, w + 1);
      }
    }
    return best;
  }

  private static final int MAX_FORM_TOKENS = 12;
  private static final Analyzer FOLDED = VietnameseAnalysis.folded();

  private static void pair(String canonical, String alias, Map<String, List<Form>> forms) {
    List<String> c = words(canonical);
    List<String> a = words(alias);
    int head = 0;
    while (head < c.size() && head < a.size() && same(c.get(head), a.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < c.size() - head
        && tail < a.size() - head
        && same(c.get(c.size() - 1 - tail), a.get(a.size() - 1 - tail))) {
      tail++;
    }
    if (a.size() - head - tail != 1) {
      return;
    }
    String abbreviation = a.get(head);
    String letters = letters(abbreviation);
    if (letters == null) {
      return;
    }
    List<String> rest = c.subList(head, c.size() - tail);
    // The letters are the initials of the whole rest, or of its last words ("HCM").
    for (int from = 0; from < rest.size(); from++) {
      List<String> expansion = rest.subList(from, rest.size());
      if (initials(expansion).equals(letters) && expansion.size() > 1) {
        add(forms, letters, abbreviation, true);
        // "TP.HCM" is one token, "TP. HCM" two and "TPHCM" one: every way to separate.
        add(forms, letters, abbreviation.replaceAll("[.&-]", " "), true);
        add(forms, letters, abbreviation.replaceAll("[.&-]", ""), true);
        add(forms, letters, String.join(" ", expansion), false);
        return;
      }
    }
  }

  private static void add(
      Map<String, List<Form>> forms, String letters, String text, boolean abbreviation) {
    List<String> tokens = VietnameseAnalysis.terms(FOLDED, text);
    List<Form> list = forms.computeIfAbsent(letters, k -> new ArrayList<>());
    if (!tokens.isEmpty() && list.stream().noneMatch(f -> f.tokens().equals(tokens))) {
      list.add(new Form(text, tokens, abbreviation, letters));
    }
  }

  /** The folded letters of a word written as an abbreviation ("LĐ-TB&XH" → "ldtbxh"), or null. */
  static String letters(String word) {
    long capitals = word.chars().filter(Character::isUpperCase).count();
    long lower = word.chars().filter(Character::isLowerCase).count();
    if (capitals < 2 || lower > 1 || word.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    return VietnameseAnalysis.foldKey(word).replace(" ", "");
  }

  /** The first folded letter of each word but "và". */
  private static String initials(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      String k = VietnameseAnalysis.foldKey(w);
      if (!k.isEmpty() && !k.equals("va")) {
        out.append(k.charAt(0));
      }
    }
    return out.toString();
  }

  /** Words of a name without the punctuation between them ("-", ",", "&"). */
  private static List<String> words(String name) {
    return Arrays.stream(name.split("\\s+"))
        .map(w -> w.replaceAll("^[,;]+|[,;]+$", ""))
        .filter(w -> !VietnameseAnalysis.foldKey(w).isEmpty())
        .toList();
  }

  private static boolean same(String x, String y) {
    return VietnameseAnalysis.foldKey(x).equals(VietnameseAnalysis.foldKey(y))
        && x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT));
  }
}
