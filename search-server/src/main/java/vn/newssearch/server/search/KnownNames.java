package vn.newssearch.server.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.search.SearchResponse.FacetValue;

/**
 * The party names one index reader holds, with their article counts: for autocomplete, for
 * resolving a typed name without the gazetteer, and for "did you mean" suggestions. Built once per
 * reader (the cluster backend builds one from a terms aggregation).
 */
public final class KnownNames {
  public static final KnownNames EMPTY = new KnownNames(List.of());

  private final List<FacetValue> byCount;
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, Long> countByKey = new HashMap<>();

  public KnownNames(List<FacetValue> values) {
    List<FacetValue> sorted = new ArrayList<>(values);
    sorted.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    this.byCount = List.copyOf(sorted);
    for (FacetValue v : byCount) {
      byKey.putIfAbsent(VietnameseAnalysis.foldKey(v.value()), v.value());
      countByKey.merge(VietnameseAnalysis.foldKey(v.value()), v.count(), Long::sum);
    }
  }

  /**
   * The names by the body they name without its place and by the place they govern, built on first
   * use with one gazetteer ({@link #atPlaces}, {@link #governing}).
   */
  private volatile Placed placed;

  private record Placed(
      PartyNames by, Map<String, List<String>> byBody, Map<String, List<String>> byPlace) {}

  private Placed placed(PartyNames names) {
    Placed p = placed;
    if (p == null || p.by() != names) {
      Map<String, List<String>> byBody = new HashMap<>();
      Map<String, List<String>> byPlace = new HashMap<>();
      for (FacetValue v : byCount) {
        for (String key : names.withoutPlace(v.value())) {
          byBody.computeIfAbsent(key, k -> new ArrayList<>()).add(v.value());
        }
        for (String key : names.governedPlace(v.value())) {
          byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(v.value());
        }
      }
      p = new Placed(names, byBody, byPlace);
      placed = p;
    }
    return p;
  }

  /**
   * The known names that are a body typed as one of {@code keys} (fold keys) named with its place,
   * by article count: "cong an tinh" → "Công an tỉnh Thái Bình", "Công an tỉnh Hải Dương" ({@link
   * PartyNames#withoutPlace}). Not a name whose own key is among {@code keys}.
   */
  public List<String> atPlaces(Collection<String> keys, PartyNames names) {
    return lookUp(placed(names).byBody(), keys);
  }

  /**
   * The known names that govern the place typed as one of {@code keys} (fold keys), by article
   * count: "nghe an" → "Ủy ban nhân dân tỉnh Nghệ An" ({@link PartyNames#governedPlace}). Not a
   * name whose own key is among {@code keys}.
   */
  public List<String> governing(Collection<String> keys, PartyNames names) {
    return lookUp(placed(names).byPlace(), keys);
  }

  private List<String> lookUp(Map<String, List<String>> index, Collection<String> keys) {
    Set<String> out = new LinkedHashSet<>();
    for (String key : keys) {
      for (String name : index.getOrDefault(key, List.of())) {
        if (!keys.contains(VietnameseAnalysis.foldKey(name))) {
          out.add(name);
        }
      }
    }
    List<String> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingLong(this::count).reversed());
    return List.copyOf(sorted);
  }

  /**
   * The parties a filter typed as {@code typed}, which already matches {@code forms}, matches as a
   * body without its place ({@link #atPlaces}) and as a place's government ({@link #governing}),
   * with the {@code name-at-places} and {@code place-government} warnings that name them; none for
   * an organisation ({@code param} "org"), whose names these party names do not cover. For the
   * embedded {@code Filters} and the cluster's names alike.
   */
  public List<String> placedParties(
      String typed,
      String param,
      Collection<String> forms,
      PartyNames names,
      List<SearchResponse.Warning> warnings) {
    if (!param.equals("party")) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    forms.forEach(f -> keys.add(VietnameseAnalysis.foldKey(f)));
    List<String> bodies = atPlaces(keys, names);
    if (!bodies.isEmpty()) {
      warnings.add(NameWarnings.atPlaces("party", typed, bodies));
    }
    List<String> governments = governing(keys, names);
    if (!governments.isEmpty()) {
      warnings.add(NameWarnings.placeGovernment("party", typed, governments));
    }
    List<String> out = new ArrayList<>(bodies);
    governments.stream().filter(g -> !out.contains(g)).forEach(out::add);
    return List.copyOf(out);
  }

  /** Articles with a party whose fold key is {@code name}'s. */
  public long count(String name) {
    return countByKey.getOrDefault(VietnameseAnalysis.foldKey(name), 0L);
  }

  /**
   * Names whose fold key starts with the prefix's, then names with a later word that does; each
   * group by article count.
   */
  public List<FacetValue> withPrefix(String prefix, int limit) {
    String p = VietnameseAnalysis.foldKey(prefix);
    List<FacetValue> starts = new ArrayList<>();
    List<FacetValue> words = new ArrayList<>();
    for (FacetValue v : byCount) {
      String key = VietnameseAnalysis.foldKey(v.value());
      if (key.startsWith(p)) {
        starts.add(v);
      } else if (key.contains(" " + p)) {
        words.add(v);
      }
    }
    starts.addAll(words);
    return List.copyOf(starts.subList(0, Math.min(limit, starts.size())));
  }

  /** Up to {@code limit} known names sharing the most words with {@code name}. */
  public List<String> closest(String name, int limit) {
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
