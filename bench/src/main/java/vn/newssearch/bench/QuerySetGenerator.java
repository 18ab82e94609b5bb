package vn.newssearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.newssearch.model.Article;

/**
 * Draws the fixed query set from the corpus with a fixed seed, never by hand: words of 1, 2 and 3
 * syllables from random titles (as written, and with diacritics removed), quoted phrases from
 * random leads, browsing by a party the index holds (20 most frequent), a date range, and browsing.
 */
final class QuerySetGenerator {
  static final long SEED = 42;
  static final List<String> KINDS =
      List.of(
          "word1",
          "word1-nodiacritics",
          "word2",
          "word2-nodiacritics",
          "word3",
          "word3-nodiacritics",
          "phrase",
          "party",
          "date-range",
          "browse");

  private QuerySetGenerator() {}

  /**
   * {@code perKind} queries of each kind from a seeded reservoir sample of the first {@code limit}
   * articles (0 = all). {@code parties} are the parties in the index, most frequent first; with
   * none, the party kind is left out (and the report says so).
   */
  static List<BenchQuery> generate(Path corpus, long limit, int perKind, List<String> parties)
      throws IOException {
    Random random = new Random(SEED);
    int sampleSize = perKind * 4;
    List<String> sample = new ArrayList<>();
    long[] seen = {0};
    CorpusReader.forEachLine(
        corpus,
        limit,
        line -> {
          seen[0]++;
          if (sample.size() < sampleSize) {
            sample.add(line);
          } else {
            long j = (long) (random.nextDouble() * seen[0]);
            if (j < sampleSize) {
              sample.set((int) j, line);
            }
          }
        });
    List<Article> articles = new ArrayList<>();
    for (String line : sample) {
      articles.add(CorpusReader.parse(line, 0));
    }
    List<BenchQuery> out = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i < perKind; i++) {
        String words = syllables(articles, random, n, true);
        out.add(new BenchQuery("word" + n, words, null, null, null));
        out.add(new BenchQuery("word" + n + "-nodiacritics", fold(words), null, null, null));
      }
    }
    for (int i = 0; i < perKind; i++) {
      out.add(
          new BenchQuery(
              "phrase", '"' + syllables(articles, random, 3, false) + '"', null, null, null));
    }
    for (int i = 0; !parties.isEmpty() && i < perKind; i++) {
      String party = parties.get(random.nextInt(Math.min(parties.size(), 20)));
      // Browsing by party: a random word would rarely co-occur with one of the few parties.
      out.add(new BenchQuery("party", "", party, null, null));
    }
    for (int i = 0; i < perKind; i++) {
      LocalDate from = LocalDate.of(2015 + random.nextInt(6), 1 + random.nextInt(12), 1);
      LocalDate to = from.plusMonths(3 + random.nextInt(10)).minusDays(1);
      out.add(
          new BenchQuery(
              "date-range",
              syllables(articles, random, 2, true),
              null,
              from.toString(),
              to.toString()));
    }
    for (int i = 0; i < perKind; i++) {
      LocalDate from = LocalDate.of(2015 + random.nextInt(6), 1 + random.nextInt(12), 1);
      out.add(
          new BenchQuery(
              "browse", "", null, from.toString(), from.plusYears(1).minusDays(1).toString()));
    }
    return out;
  }

  /** {@code n} consecutive letter-only syllables from a random title (or lead), lower-cased. */
  private static String syllables(List<Article> articles, Random random, int n, boolean title) {
    while (true) {
      Article a = articles.get(random.nextInt(articles.size()));
      String text = title ? a.title() : (a.lead() != null ? a.lead() : a.body());
      if (text == null) {
        continue;
      }
      List<String> tokens = new ArrayList<>();
      for (String t : text.split("\\s+")) {
        String w = t.replaceAll("^\\P{L}+|\\P{L}+$", "").toLowerCase(Locale.ROOT);
        tokens.add(w.chars().allMatch(Character::isLetter) && !w.isEmpty() ? w : null);
      }
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        if (tokens.subList(i, i + n).stream().allMatch(w -> w != null)) {
          starts.add(i);
        }
      }
      if (!starts.isEmpty()) {
        int s = starts.get(random.nextInt(starts.size()));
        return String.join(" ", tokens.subList(s, s + n));
      }
    }
  }

  /** Removes diacritics the way a user typing without them would: "lao động" → "lao dong". */
  static String fold(String s) {
    String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}+", "");
  }
}
