package vn.newssearch.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;

/**
 * Abbreviations and what they stand for, read from the gazetteer's names: an alias that differs
 * from its canonical name by one word in capitals whose letters are the initials of the canonical
 * name's words ("Bộ LĐ-TB&XH" for "Bộ Lao động - Thương binh và Xã hội", "UBND" for "Ủy ban nhân
 * dân", "TP.HCM" for "Thành phố Hồ Chí Minh", and "HCM" for its last three words) makes one pair.
 * Pairs with the same letters form one concept, with every spelling of either side. The initials
 * rule keeps mined aliases that are not abbreviations of their name ("ABBANK") out.
 *
 * <p>Part of the index contract: the indexer adds one {@link #term(String) concept term} wherever a
 * form occurs ({@link ConceptFilter}), and records the table's {@link #fingerprint()}; the server
 * searches the term only when its own table has the same fingerprint.
 */
public final class AbbreviationConcepts {
  /** One way to write a concept: the text as written and its folded syllables. */
  public record Form(String text, List<String> tokens, boolean abbreviation, String letters) {}

  /** Every form of one abbreviation and its expansions: abbreviations first, then expansions. */
  public record Concept(String letters, List<Form> forms) {}

  /** Expansions stand for abbreviations of this many letters or more, in a query. */
  public static final int REVERSE_MIN_LETTERS = 3;

  /**
   * The version of how concept terms are indexed, part of the fingerprint: change it with {@link
   * ConceptFilter}'s matching rule, so that the server stops trusting indexes built the old way.
   */
  private static final String INDEXING_RULE = "concept-terms/1";

  private static final Analyzer FOLDED = VietnameseAnalysis.folded();

  private final Map<String, Concept> byLetters;
  private final String fingerprint;

  private AbbreviationConcepts(Map<String, Concept> byLetters) {
    this.byLetters = byLetters;
    this.fingerprint = fingerprintOf(byLetters.values());
  }

  private static volatile AbbreviationConcepts bundled;

  /** The table of the gazetteer on the class path, built once. */
  public static AbbreviationConcepts bundled() {
    AbbreviationConcepts b = bundled;
    if (b == null) {
      synchronized (AbbreviationConcepts.class) {
        if (bundled == null) {
          bundled = from(PartyNames.load());
        }
        b = bundled;
      }
    }
    return b;
  }

  public static AbbreviationConcepts from(PartyNames g) {
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
    return new AbbreviationConcepts(Collections.unmodifiableMap(out));
  }

  /** Every concept, in the gazetteer's order. */
  public List<Concept> concepts() {
    return List.copyOf(byLetters.values());
  }

  /** The concept with these folded letters ("bhxh"), or null. */
  public Concept concept(String letters) {
    return byLetters.get(letters);
  }

  /**
   * The term the folded fields hold wherever one of the concept's forms occurs: "⟨bhxh⟩". The
   * brackets are punctuation, which the tokenizer never leaves in a term, so no text makes it.
   */
  public static String term(String letters) {
    return "⟨" + letters + "⟩";
  }

  /** A hash of every concept's forms and of how they are indexed: equal tables, equal prints. */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprintOf(Iterable<Concept> concepts) {
    StringBuilder text = new StringBuilder(INDEXING_RULE).append('\n');
    List<String> lines = new ArrayList<>();
    for (Concept c : concepts) {
      c.forms().forEach(f -> lines.add(c.letters() + '\t' + String.join(" ", f.tokens())));
    }
    lines.stream().sorted().forEach(l -> text.append(l).append('\n'));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

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
  public static String letters(String word) {
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
