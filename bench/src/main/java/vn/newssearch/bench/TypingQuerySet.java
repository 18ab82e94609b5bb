package vn.newssearch.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.server.search.typing.Abbreviations;

/**
 * The query set of the speed-per-kind benchmark (issue 17), drawn from the corpus with a fixed
 * seed, never by hand. Five kinds, one after the other in the list so that a closed loop alternates
 * them request by request:
 *
 * <ul>
 *   <li>{@code plain}: the plain keyword queries of {@link QuerySetGenerator} (seed 42, 25 per
 *       kind): 1, 2 and 3 syllables of random titles as written;
 *   <li>{@code abbreviation}: a word of a title or lead that is an abbreviation the gazetteer knows
 *       ({@code UBND}, {@code TP.HCM}, {@code BHXH} ...), occurrences sampled uniformly so frequent
 *       ones come often, alone, with the word before it, or with up to three words after it as
 *       written or without diacritics;
 *   <li>{@code unaccented}: 2–5 consecutive syllables of a random title without diacritics;
 *   <li>{@code telex}: 2–4 consecutive syllables of a random title, at least one accented, typed as
 *       Telex keystrokes ({@code lao ddoongj}), every fourth query as VNI ({@code lao d9o6ng5});
 *   <li>{@code pasted}: a whole title of 10–40 syllables, as written (punctuation included) and,
 *       every other query, without diacritics.
 * </ul>
 */
final class TypingQuerySet {
  static final long SEED = 17;
  static final List<String> KINDS =
      List.of("plain", "abbreviation", "unaccented", "telex", "pasted");

  private TypingQuerySet() {}

  /** A title and lead, read without parsing the body. */
  private record Text(String title, String lead) {}

  /** An abbreviation at word {@code at} of a text's words. */
  private record Occurrence(List<String> words, int at) {}

  /**
   * {@code perKind} queries of each new kind, and the 75 plain ones, interleaved kind by kind: the
   * plain list, then the others, each cycling through its own queries.
   */
  static List<BenchQuery> generate(Path corpus, int perKind, Abbreviations abbreviations)
      throws IOException {
    List<BenchQuery> plain = new ArrayList<>();
    for (BenchQuery q : QuerySetGenerator.generate(corpus, 0, 25, List.of())) {
      if (q.kind().matches("word[123]")) {
        plain.add(new BenchQuery("plain", q.q(), null, null, null));
      }
    }
    Set<String> forms = new HashSet<>();
    abbreviations
        .concepts()
        .forEach(
            c ->
                c.forms().stream()
                    .filter(f -> f.abbreviation() && !f.text().contains(" "))
                    .forEach(f -> forms.add(f.text())));
    Random random = new Random(SEED);
    Reservoir<Text> articles = new Reservoir<>(perKind * 4, random);
    Reservoir<String> titles = new Reservoir<>(perKind, random);
    Reservoir<Occurrence> occurrences = new Reservoir<>(perKind, random);
    CorpusReader.forEachLine(
        corpus,
        0,
        line -> {
          Text t = titleAndLead(line);
          if (t.title() == null) {
            return;
          }
          articles.offer(t);
          long n = syllables(t.title()).stream().filter(Objects::nonNull).count();
          if (n >= 10 && n <= 40) {
            titles.offer(t.title());
          }
          for (String text : new String[] {t.title(), t.lead()}) {
            if (text == null) {
              continue;
            }
            List<String> words = List.of(text.strip().split("\\s+"));
            for (int i = 0; i < words.size(); i++) {
              if (forms.contains(strip(words.get(i)))) {
                occurrences.offer(new Occurrence(words, i));
              }
            }
          }
        });
    List<BenchQuery> abbreviated = new ArrayList<>();
    for (Occurrence o : occurrences.items()) {
      abbreviated.add(
          new BenchQuery("abbreviation", abbreviationQuery(o, random), null, null, null));
    }
    List<BenchQuery> unaccented = new ArrayList<>();
    List<BenchQuery> telex = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      List<String> words = run(articles.items(), random, 2 + random.nextInt(4), w -> true);
      unaccented.add(
          new BenchQuery(
              "unaccented", QuerySetGenerator.fold(String.join(" ", words)), null, null, null));
      boolean vni = i % 4 == 3;
      List<String> typed =
          run(
                  articles.items(),
                  random,
                  2 + random.nextInt(3),
                  w -> w.chars().anyMatch(c -> c > 127))
              .stream()
              .map(vni ? KeystrokeTyping::vni : KeystrokeTyping::telex)
              .toList();
      telex.add(new BenchQuery("telex", String.join(" ", typed), null, null, null));
    }
    List<BenchQuery> pasted = new ArrayList<>();
    List<String> drawn = titles.items();
    for (int i = 0; i < drawn.size(); i++) {
      String title = drawn.get(i).strip();
      pasted.add(
          new BenchQuery(
              "pasted", i % 2 == 1 ? QuerySetGenerator.fold(title) : title, null, null, null));
    }
    return interleave(List.of(plain, abbreviated, unaccented, telex, pasted));
  }

  /** One of each list in turn until every list has been used up. */
  static List<BenchQuery> interleave(List<List<BenchQuery>> lists) {
    List<BenchQuery> out = new ArrayList<>();
    int longest = lists.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<BenchQuery> list : lists) {
        if (!list.isEmpty()) {
          out.add(list.get(i % list.size()));
        }
      }
    }
    return out;
  }

  /**
   * The abbreviation alone, with the word before it, or with up to three words after it (as
   * written, or without diacritics), stopping at a word that ends a clause.
   */
  private static String abbreviationQuery(Occurrence o, Random random) {
    String abbreviation = strip(o.words().get(o.at()));
    int how = random.nextInt(4);
    if (how == 0 || how == 1 && o.at() == 0) {
      return abbreviation;
    }
    if (how == 1) {
      String before = strip(o.words().get(o.at() - 1));
      return before.isEmpty() ? abbreviation : before + " " + abbreviation;
    }
    StringBuilder after = new StringBuilder();
    int want = 1 + random.nextInt(3);
    for (int i = o.at() + 1; i < o.words().size() && want > 0; i++, want--) {
      String w = o.words().get(i);
      String s = strip(w);
      if (s.isEmpty()) {
        break;
      }
      after.append(' ').append(s);
      if (!w.equals(s)) {
        break; // "UBND tỉnh Nghệ An," ends at the comma
      }
    }
    return abbreviation + (how == 2 ? after : QuerySetGenerator.fold(after.toString()));
  }

  /** {@code n} consecutive syllables of a random title, one of them passing {@code some}. */
  private static List<String> run(
      List<Text> articles, Random random, int n, java.util.function.Predicate<String> some) {
    while (true) {
      List<String> tokens = syllables(articles.get(random.nextInt(articles.size())).title());
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        List<String> run = tokens.subList(i, i + n);
        if (run.stream().allMatch(w -> w != null) && run.stream().anyMatch(some)) {
          starts.add(i);
        }
      }
      if (!starts.isEmpty()) {
        int s = starts.get(random.nextInt(starts.size()));
        return tokens.subList(s, s + n);
      }
    }
  }

  /** The words of a text, lower case; null for a word that is not letters only. */
  private static List<String> syllables(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.split("\\s+")) {
      String w = t.replaceAll("^\\P{L}+|\\P{L}+$", "").toLowerCase(Locale.ROOT);
      if (!w.isEmpty() || !t.isEmpty()) {
        out.add(!w.isEmpty() && w.chars().allMatch(Character::isLetter) ? w : null);
      }
    }
    return out;
  }

  /** A word without the punctuation around it ("(UBND)," → "UBND"); inner marks stay. */
  private static String strip(String w) {
    return w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  private static Text titleAndLead(String line) {
    try (JsonParser p = ArticleJson.MAPPER.getFactory().createParser(line)) {
      String title = null;
      String lead = null;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Text(null, null);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME && (title == null || lead == null)) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("title")) {
          title = p.getValueAsString();
        } else if (name.equals("lead")) {
          lead = p.getValueAsString();
        } else {
          p.skipChildren();
        }
      }
      return new Text(title, lead);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A seeded uniform sample of fixed size from a stream (Algorithm R). */
  private static final class Reservoir<T> {
    private final List<T> items = new ArrayList<>();
    private final int size;
    private final Random random;
    private long seen;

    Reservoir(int size, Random random) {
      this.size = size;
      this.random = random;
    }

    void offer(T item) {
      seen++;
      if (items.size() < size) {
        items.add(item);
      } else {
        long j = (long) (random.nextDouble() * seen);
        if (j < size) {
          items.set((int) j, item);
        }
      }
    }

    List<T> items() {
      return items;
    }
  }
}
