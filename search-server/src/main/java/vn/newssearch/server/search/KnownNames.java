package vn.newssearch.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.search.SearchResponse.FacetValue;

/**
 * The party names one index reader holds, with their article counts: for autocomplete, for
 * resolving a typed name without the gazetteer, and for "did you mean" suggestions. Built once per
 * reader.
 */
final class KnownNames {
  static final KnownNames EMPTY = new KnownNames(List.of());

  private final List<FacetValue> byCount;
  private final Map<String, String> byKey = new HashMap<>();

  KnownNames(List<FacetValue> values) {
    List<FacetValue> sorted = new ArrayList<>(values);
    sorted.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    this.byCount = List.copyOf(sorted);
    for (FacetValue v : byCount) {
      byKey.putIfAbsent(VietnameseAnalysis.foldKey(v.value()), v.value());
    }
  }

  /** True if some article has a party with this fold key. */
  boolean containsKey(String key) {
    return byKey.containsKey(key);
  }

  /** Names whose fold key starts with the prefix's, or has a word that does; by count. */
  List<FacetValue> withPrefix(String prefix, int limit) {
    String p = VietnameseAnalysis.foldKey(prefix);
    List<FacetValue> out = new ArrayList<>();
    for (FacetValue v : byCount) {
      if (out.size() >= limit) {
        break;
      }
      String key = VietnameseAnalysis.foldKey(v.value());
      if (p.isEmpty() || key.startsWith(p) || key.contains(" " + p)) {
        out.add(v);
      }
    }
    return out;
  }

  /** Up to {@code limit} known names sharing the most words with {@code name}. */
  List<String> closest(String name, int limit) {
    Set<String> words = new HashSet<>(List.of(VietnameseAnalysis.foldKey(name).split(" ")));
    record Scored(String value, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      Set<String> other = new LinkedHashSet<>(List.of(e.getKey().split(" ")));
      long shared = other.stream().filter(words::contains).count();
      if (shared > 0) {
        scored.add(new Scored(e.getValue(), shared / (double) (words.size() + other.size())));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::value));
    return scored.stream().limit(limit).map(Scored::value).toList();
  }
}
