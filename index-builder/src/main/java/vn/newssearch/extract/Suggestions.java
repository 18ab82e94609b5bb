package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * "Did you mean": canonical names ranked by closeness to what a user typed, on folded keys: shared
 * syllables (Dice) blended with edit distance. A province in the query also proposes the provincial
 * bodies of that province ("so lao dong long an" → "Sở Lao động - ... tỉnh Long An").
 */
final class Suggestions {
  private static final double MIN_SCORE = 0.35;
  private static final double COVERAGE_WEIGHT = 0.5;
  private static final double TOKEN_WEIGHT = 0.3;

  private Suggestions() {}

  static List<String> rank(Gazetteer g, String query, int limit) {
    String q = VietnameseAnalysis.foldKey(query);
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    Set<String> qTokens = new HashSet<>(Arrays.asList(q.split(" ")));
    Map<String, Double> best = new HashMap<>();
    for (String canonical : g.canonicalNames()) {
      score(best, canonical, canonical, q, qTokens);
      for (String alias : g.aliasesOf(canonical)) {
        score(best, canonical, alias, q, qTokens);
      }
    }
    for (Province p : provincesIn(g, query)) {
      for (String head : g.localHeads()) {
        String name = p.bodyOf(head);
        score(best, name, name, q, qTokens);
      }
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
    ranked.removeIf(e -> e.getValue() < MIN_SCORE);
    ranked.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
  }

  private static void score(
      Map<String, Double> best, String canonical, String surface, String q, Set<String> qTokens) {
    String key = VietnameseAnalysis.foldKey(surface);
    Set<String> tokens = new HashSet<>(Arrays.asList(key.split(" ")));
    int shared = 0;
    for (String t : tokens) {
      if (qTokens.contains(t)) {
        shared++;
      }
    }
    double dice = 2.0 * shared / (tokens.size() + qTokens.size());
    double coverage = (double) shared / qTokens.size();
    double edit = 1.0 - (double) levenshtein(q, key) / Math.max(q.length(), key.length());
    // Coverage first: a user types a few words of a long official name.
    double score =
        COVERAGE_WEIGHT * coverage
            + TOKEN_WEIGHT * dice
            + (1 - COVERAGE_WEIGHT - TOKEN_WEIGHT) * edit;
    best.merge(canonical, score, Math::max);
  }

  private static List<Province> provincesIn(Gazetteer g, String query) {
    Syllables s = Syllables.of(query, g.trie().vocabulary());
    List<Province> out = new ArrayList<>();
    for (int k = 0; k < s.size; k++) {
      NameTrie.Match m = g.trie().longest(s, k, NameTrie.Kind.PROVINCE.bit(), true);
      if (m != null && !out.contains(m.entry().province())) {
        out.add(m.entry().province());
      }
    }
    return out;
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
