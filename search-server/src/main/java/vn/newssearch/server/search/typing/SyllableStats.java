package vn.newssearch.server.search.typing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.apache.lucene.util.BytesRef;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The corpus's own syllable statistics, read from the index: how often each accented syllable
 * occurs (the accent-exact body field's terms, over the whole index) and how often two follow each
 * other (the stored bodies of up to {@link #SAMPLE_CHARS} characters of articles spread over the
 * index; the index has no field of syllable pairs). Immutable once built.
 */
public final class SyllableStats {
  /** Characters of article text read for the pair counts: about half a second of analysis. */
  static final int SAMPLE_CHARS = 4_000_000;

  /** Accented readings kept per folded syllable, most frequent first. */
  static final int READINGS = 6;

  private static final Analyzer EXACT = VietnameseAnalysis.exact();

  private final Map<String, List<String>> readings;
  private final Map<String, Long> counts;
  private final long total;
  private final Map<String, Integer> ids;
  private final LongIntHashMap pairs;
  private final int[] sampleCounts;
  private final int docs;

  private SyllableStats(
      Map<String, List<String>> readings,
      Map<String, Long> counts,
      long total,
      Map<String, Integer> ids,
      LongIntHashMap pairs,
      int[] sampleCounts,
      int docs) {
    this.readings = readings;
    this.counts = counts;
    this.total = total;
    this.ids = ids;
    this.pairs = pairs;
    this.sampleCounts = sampleCounts;
    this.docs = docs;
  }

  /** Reads the statistics of {@code reader}. */
  public static SyllableStats of(IndexReader reader) throws IOException {
    Map<String, List<String>> readings = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    long total = 0;
    Terms terms = MultiTerms.getTerms(reader, Fields.BODY_EXACT);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String term = t.utf8ToString();
        if (!term.chars().allMatch(Character::isLetter)) {
          continue;
        }
        long n = te.totalTermFreq();
        counts.put(term, n);
        total += n;
        readings
            .computeIfAbsent(VietnameseAnalysis.foldKey(term), k -> new ArrayList<>())
            .add(term);
      }
    }
    Comparator<String> byCount = Comparator.comparingLong(counts::get);
    readings.replaceAll(
        (k, list) -> list.stream().sorted(byCount.reversed()).limit(READINGS).toList());
    Map<String, Integer> ids = new HashMap<>();
    readings.values().forEach(list -> list.forEach(w -> ids.putIfAbsent(w, ids.size())));
    int[] sampleCounts = new int[ids.size()];
    LongIntHashMap pairs = new LongIntHashMap();
    int maxDoc = reader.maxDoc();
    StoredFields stored = reader.storedFields();
    long chars = 0;
    Map<String, String> normalized = new HashMap<>();
    int step = Math.max(1, maxDoc / 20_000);
    for (int doc = 0; doc < maxDoc && chars < SAMPLE_CHARS; doc += step) {
      String body = stored.document(doc, Set.of(Fields.BODY_FOLDED)).get(Fields.BODY_FOLDED);
      if (body == null) {
        continue;
      }
      chars += body.length();
      int previous = -1;
      for (String w : syllables(body, normalized)) {
        Integer id = ids.get(w);
        int current = id == null ? -1 : id;
        if (current >= 0) {
          sampleCounts[current]++;
          if (previous >= 0) {
            pairs.addTo(((long) previous << 32) | current, 1);
          }
        }
        previous = current;
      }
    }
    return new SyllableStats(
        readings, counts, Math.max(1, total), ids, pairs, sampleCounts, reader.numDocs());
  }

  /**
   * The syllables of a text as the accent-exact field indexes them. Splitting on what is not a
   * letter and normalising each distinct word once is many times faster than the full analysis, and
   * gives the same syllables for Vietnamese words.
   */
  private static List<String> syllables(String text, Map<String, String> normalized) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n
          && (Character.isLetter(text.charAt(i))
              || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
        i++;
      }
      if (i > start) {
        out.add(
            normalized.computeIfAbsent(
                text.substring(start, i),
                w -> EXACT.normalize(Fields.BODY_EXACT, w).utf8ToString()));
      }
    }
    return out;
  }

  /** How often the accent-exact body field holds {@code term} (lower case, as indexed). */
  public long count(String term) {
    return counts.getOrDefault(EXACT.normalize(Fields.BODY_EXACT, term).utf8ToString(), 0L);
  }

  /** The articles the statistics were read from. */
  public int docs() {
    return docs;
  }

  /** Accented syllables that fold to {@code folded}, most frequent first; empty if none. */
  public List<String> readings(String folded) {
    return readings.getOrDefault(folded, List.of());
  }

  /** How likely {@code b} is, on its own, among all syllables. */
  double probability(String b) {
    return (counts.getOrDefault(b, 0L) + 0.5) / total;
  }

  /**
   * How likely {@code b} is right after {@code a}: the pair's share of {@code a}'s occurrences in
   * the sample, mixed with {@code b}'s own probability so that an unseen pair is unlikely, not
   * impossible.
   */
  double probability(String a, String b) {
    Integer ia = ids.get(a);
    Integer ib = ids.get(b);
    if (ia == null || ib == null || sampleCounts[ia] == 0) {
      return probability(b);
    }
    int pair = pairs.getOrDefault(((long) ia << 32) | ib, 0);
    return 0.8 * pair / sampleCounts[ia] + 0.2 * probability(b);
  }
}
