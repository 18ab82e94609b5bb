package vn.newssearch.server.search.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.UserQuery;
import vn.newssearch.server.search.UserQuery.Unit;

/** Rewrites of a parsed query that keep its syntax: words replaced, abbreviations expanded. */
final class QueryRewrites {
  private QueryRewrites() {}

  /** The query with each plain word found in {@code words} replaced by its value. */
  static UserQuery replaceWords(UserQuery q, Map<String, String> words) {
    if (words.isEmpty()) {
      return q;
    }
    return new UserQuery(
        q.required().stream().map(g -> g.stream().map(u -> replace(u, words)).toList()).toList(),
        q.excluded().stream().map(u -> replace(u, words)).toList(),
        q.adjacentRuns().stream()
            .map(run -> run.stream().map(w -> words.getOrDefault(w, w)).toList())
            .toList(),
        q.warnings());
  }

  private static Unit replace(Unit u, Map<String, String> words) {
    return u.phrase() ? u : new Unit(words.getOrDefault(u.text(), u.text()), false);
  }

  /**
   * The query with every run of required plain words that spells a known abbreviation or its
   * expansion replaced by one group of all the concept's forms: {@code BHXH} and {@code bảo hiểm xã
   * hội} both become {@code BHXH OR "Bảo hiểm xã hội"}, the same query, so they rank alike.
   */
  static UserQuery expandAbbreviations(UserQuery q, Abbreviations abbreviations) {
    List<List<Unit>> required = new ArrayList<>();
    List<List<String>> runs = new ArrayList<>(q.adjacentRuns());
    List<List<Unit>> in = q.required();
    boolean changed = false;
    int i = 0;
    while (i < in.size()) {
      int end = i;
      while (end < in.size() && plainWord(in.get(end))) {
        end++;
      }
      if (end == i) {
        required.add(in.get(i++));
        continue;
      }
      List<String> words = in.subList(i, end).stream().map(g -> g.getFirst().text()).toList();
      List<List<String>> syllables = words.stream().map(Abbreviations::tokens).toList();
      int w = 0;
      while (w < words.size()) {
        Abbreviations.Match m = abbreviations.match(words, syllables, w);
        if (m == null) {
          required.add(List.of(new Unit(words.get(w++), false)));
          continue;
        }
        required.add(
            m.concept().forms().stream()
                .map(f -> new Unit(f.text(), f.tokens().size() > 1 && !f.abbreviation()))
                .toList());
        runs = withoutSpan(runs, words.subList(w, w + m.words()));
        w += m.words();
        changed = true;
      }
      i = end;
    }
    return changed
        ? new UserQuery(List.copyOf(required), q.excluded(), List.copyOf(runs), q.warnings())
        : q;
  }

  private static boolean plainWord(List<Unit> group) {
    return group.size() == 1 && !group.getFirst().phrase();
  }

  /**
   * Runs with the words of {@code span} cut out: they are one unit now, not words to pair. A span
   * may cross runs (a lone "-" inside a name ends one), so each of its words is cut wherever it
   * stands in a run.
   */
  private static List<List<String>> withoutSpan(List<List<String>> runs, List<String> span) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> run : runs) {
      List<String> part = new ArrayList<>();
      for (String w : run) {
        if (span.contains(w)) {
          addRun(out, part);
          part = new ArrayList<>();
        } else {
          part.add(w);
        }
      }
      addRun(out, part);
    }
    return out;
  }

  private static void addRun(List<List<String>> out, List<String> part) {
    if (part.size() > 1) {
      out.add(List.copyOf(part));
    }
  }

  /** The query with one more warning. */
  static UserQuery withWarning(UserQuery q, SearchResponse.Warning w) {
    List<SearchResponse.Warning> warnings = new ArrayList<>(q.warnings());
    warnings.add(w);
    return new UserQuery(q.required(), q.excluded(), q.adjacentRuns(), List.copyOf(warnings));
  }

  /** The query written back in its own syntax, as the response's {@code interpretedAs}. */
  static String render(UserQuery q) {
    StringBuilder out = new StringBuilder();
    for (List<Unit> group : q.required()) {
      for (int i = 0; i < group.size(); i++) {
        out.append(i == 0 ? (out.isEmpty() ? "" : " ") : " OR ").append(unit(group.get(i)));
      }
    }
    for (Unit u : q.excluded()) {
      out.append(out.isEmpty() ? "-" : " -").append(unit(u));
    }
    return out.toString();
  }

  private static String unit(Unit u) {
    return u.phrase() ? "\"" + u.text() + "\"" : u.text();
  }
}
