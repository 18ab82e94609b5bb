package vn.newssearch.server.search.typing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import vn.newssearch.schema.AbbreviationConcepts;
import vn.newssearch.schema.AbbreviationConcepts.Concept;
import vn.newssearch.schema.AbbreviationConcepts.Form;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Abbreviations in a query: which words spell a concept of the gazetteer's table ({@link
 * AbbreviationConcepts}: "BHXH", "bảo hiểm xã hội", "TP.HCM" ...), so that the query searches every
 * form of it.
 */
public final class Abbreviations {
  /** Expansions are matched in the query (the reverse way) only for this many letters or more. */
  static final int REVERSE_MIN_LETTERS = AbbreviationConcepts.REVERSE_MIN_LETTERS;

  private final AbbreviationConcepts table;
  private final Map<String, List<Form>> byFirstToken = new HashMap<>();

  private Abbreviations(AbbreviationConcepts table) {
    this.table = table;
    for (Concept c : table.concepts()) {
      for (Form f : c.forms()) {
        byFirstToken.computeIfAbsent(f.tokens().getFirst(), k -> new ArrayList<>()).add(f);
      }
    }
  }

  public static Abbreviations from(PartyNames g) {
    return new Abbreviations(AbbreviationConcepts.from(g));
  }

  /** The table the concepts come from (and its fingerprint, to compare with an index's). */
  public AbbreviationConcepts table() {
    return table;
  }

  /** Every concept, for tests and tools. */
  public List<Concept> concepts() {
    return table.concepts();
  }

  /** The concept with these folded letters ("bhxh"), or null. */
  public Concept concept(String letters) {
    return table.concept(letters);
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
      Concept c = table.concept(f.letters());
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
}
