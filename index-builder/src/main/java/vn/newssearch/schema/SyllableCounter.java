package vn.newssearch.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/**
 * Counts the {@link SyllableCounts} of a corpus at build time: every syllable of the accent-exact
 * body text, and the pairs of adjacent syllables in the first {@link #SAMPLE_CHARS} characters of
 * it. The embedded build reads an index it has just committed ({@link #of(IndexReader)}: the terms
 * of the accent-exact body field, and the stored text of articles spread over the index); the
 * cluster build, which has no index of its own, is given each article's text as it sends it ({@link
 * #add(String)}). Both count the same syllables, so both backends read a query alike.
 */
public final class SyllableCounter {
  /** Characters of article text read for the pair counts: about half a second of analysis. */
  static final int SAMPLE_CHARS = 4_000_000;

  /** Accented readings kept per folded syllable, most frequent first. */
  static final int READINGS = 6;

  /**
   * Pairs kept in the file before rare ones are dropped: above it, pairs seen once go (most of
   * them, and the least informative), which keeps the file a few megabytes at any corpus size.
   */
  static final int MAX_PAIRS = 300_000;

  private static final Analyzer EXACT = VietnameseAnalysis.exact();

  private final Map<String, long[]> counts = new HashMap<>();
  private final List<String> sample = new ArrayList<>();
  private long sampleChars;
  private int docs;

  /** The statistics of an index, as {@code build --index} writes them beside it. */
  public static SyllableCounts of(IndexReader reader) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, Fields.BODY_EXACT);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String term = t.utf8ToString();
        if (letters(term)) {
          counts.put(term, te.totalTermFreq());
        }
      }
    }
    List<String> sample = new ArrayList<>();
    int maxDoc = reader.maxDoc();
    StoredFields stored = reader.storedFields();
    long chars = 0;
    int step = Math.max(1, maxDoc / 20_000);
    for (int doc = 0; doc < maxDoc && chars < SAMPLE_CHARS; doc += step) {
      String body = stored.document(doc, Set.of(Fields.BODY_FOLDED)).get(Fields.BODY_FOLDED);
      if (body != null) {
        chars += body.length();
        sample.add(body);
      }
    }
    return counts(counts, sample, reader.numDocs());
  }

  /**
   * Counts one article's text (what the body fields index: lead, break, body). Thread-safe: the
   * text is analysed outside the lock.
   */
  public void add(String text) {
    Map<String, Integer> here = new HashMap<>();
    for (String term : VietnameseAnalysis.terms(EXACT, text)) {
      if (letters(term)) {
        here.merge(term, 1, Integer::sum);
      }
    }
    synchronized (this) {
      here.forEach((t, n) -> counts.computeIfAbsent(t, k -> new long[1])[0] += n);
      if (sampleChars < SAMPLE_CHARS) {
        sample.add(text);
        sampleChars += text.length();
      }
      docs++;
    }
  }

  /** The statistics of every text given to {@link #add(String)}. */
  public synchronized SyllableCounts counts() {
    Map<String, Long> totals = new HashMap<>();
    counts.forEach((t, n) -> totals.put(t, n[0]));
    return counts(totals, sample, docs);
  }

  private static SyllableCounts counts(Map<String, Long> counts, List<String> sample, int docs) {
    String[] terms = counts.keySet().toArray(String[]::new);
    Arrays.sort(terms);
    long[] termCounts = new long[terms.length];
    Map<String, Integer> termIndex = new HashMap<>();
    Map<String, List<String>> readings = new LinkedHashMap<>();
    for (int i = 0; i < terms.length; i++) {
      termCounts[i] = counts.get(terms[i]);
      termIndex.put(terms[i], i);
      readings
          .computeIfAbsent(VietnameseAnalysis.foldKey(terms[i]), k -> new ArrayList<>())
          .add(terms[i]);
    }
    Comparator<String> byCount = Comparator.comparingLong(counts::get);
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> readingTerms = new ArrayList<>();
    for (List<String> list : readings.values()) {
      for (String w : list.stream().sorted(byCount.reversed()).limit(READINGS).toList()) {
        ids.put(w, ids.size());
        readingTerms.add(termIndex.get(w));
      }
    }
    int[] sampleCounts = new int[ids.size()];
    LongIntHashMap pairs = new LongIntHashMap();
    Map<String, String> normalized = new HashMap<>();
    for (String text : sample) {
      int previous = -1;
      for (String w : syllables(text, normalized)) {
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
    long[] keys = pairs.keys().toArray();
    int minCount = keys.length > MAX_PAIRS ? 2 : 1;
    keys = Arrays.stream(keys).filter(k -> pairs.get(k) >= minCount).sorted().toArray();
    int[] pairCounts = Arrays.stream(keys).mapToInt(pairs::get).toArray();
    return new SyllableCounts(
        docs,
        terms,
        termCounts,
        readingTerms.stream().mapToInt(Integer::intValue).toArray(),
        sampleCounts,
        keys,
        pairCounts);
  }

  private static boolean letters(String term) {
    return term.chars().allMatch(Character::isLetter);
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
}
