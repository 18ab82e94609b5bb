package vn.newssearch.server.search.typing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.SyllableCounter;
import vn.newssearch.schema.SyllableCounts;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The corpus's own syllable statistics, as the index builder counted them ({@link SyllableCounts},
 * {@link SyllableCounter}): how often each accented syllable occurs, and how often two follow each
 * other in a sample of the text. Loaded at start on either backend, never counted in a query.
 * Immutable.
 */
public final class SyllableStats {
  private static final Analyzer EXACT = VietnameseAnalysis.exact();

  private final Map<String, List<String>> readings = new HashMap<>();
  private final Map<String, Long> counts;
  private final long total;
  private final Map<String, Integer> ids;
  private final LongIntHashMap pairs;
  private final int[] sampleCounts;
  private final int docs;

  private SyllableStats(SyllableCounts c) {
    counts = HashMap.newHashMap(c.terms().length);
    long sum = 0;
    for (int i = 0; i < c.terms().length; i++) {
      counts.put(c.terms()[i], c.counts()[i]);
      sum += c.counts()[i];
    }
    total = Math.max(1, sum);
    ids = HashMap.newHashMap(c.readings().length);
    for (int id = 0; id < c.readings().length; id++) {
      String term = c.terms()[c.readings()[id]];
      ids.put(term, id);
      // The file lists each folded syllable's readings together, most frequent first.
      readings.computeIfAbsent(VietnameseAnalysis.foldKey(term), k -> new ArrayList<>()).add(term);
    }
    readings.replaceAll((k, list) -> List.copyOf(list));
    pairs = new LongIntHashMap(c.pairKeys().length);
    for (int i = 0; i < c.pairKeys().length; i++) {
      pairs.put(c.pairKeys()[i], c.pairCounts()[i]);
    }
    sampleCounts = c.sampleCounts();
    docs = c.docs();
  }

  /** The statistics the index builder counted. */
  public static SyllableStats of(SyllableCounts counts) {
    return new SyllableStats(counts);
  }

  /** Counts the statistics of {@code reader} now: for an index built without them, and tests. */
  public static SyllableStats of(IndexReader reader) throws IOException {
    return new SyllableStats(SyllableCounter.of(reader));
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
