package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * A body named with its place, and the names it goes by without the place. A province, a city, a
 * district or a commune each has its own police, labour federation, people's committee and
 * departments, and an article names one "Công an tỉnh Thái Bình" where it places it, but "Công an
 * tỉnh" or "Sở Công thương" where the place is plain from the story. The party list keeps the
 * placed name; a journalist types the name without its place to mean that body in every place.
 *
 * <p>The place closes the name: a level word followed by a proper name ("tỉnh Thái Bình", "huyện Ia
 * H’Drai", "Thành phố Hồ Chí Minh"), or a province alone after the head of a provincial body ("Tỉnh
 * Đoàn Nghệ An", "Sở Văn hóa, Thể thao và Du lịch Nam Định"). Not a state: "Bộ Y tế Lào" is Laos's
 * ministry, not a place's "Bộ Y tế".
 */
final class PlacedBodies {
  /** Each level word, folded, with the words that stand for the same level ("tp" → "thanh pho"). */
  private final Map<String, List<String>> levels;

  /** The longest level word, in words ("thành phố", "thị trấn"). */
  private final int longestLevel;

  /** The level words of a province or city alone, folded (local-patterns.tsv's type rows). */
  private final List<String> provinceLevels;

  /**
   * A provincial body's head, folded, in any of its spellings → all of them: "ubnd" → "uy ban nhan
   * dan", "ubnd"; the register's head ("Ủy ban Mặt trận Tổ quốc Việt Nam") with the written one.
   */
  private final Map<String, List<String>> heads;

  private PlacedBodies(
      Map<String, List<String>> levels,
      List<String> provinceLevels,
      Map<String, List<String>> heads) {
    this.levels = levels;
    this.provinceLevels = provinceLevels;
    this.heads = heads;
    this.longestLevel = levels.keySet().stream().mapToInt(l -> l.split(" ").length).max().orElse(1);
  }

  /**
   * From local-patterns.tsv (the provincial heads with their aliases and register names, the level
   * words of a province with theirs) and name-words.tsv's {@code district} words (huyện, quận, thị
   * xã, xã, phường, thị trấn).
   */
  static PlacedBodies of(List<String[]> local, List<String[]> nameWords) {
    Map<String, List<String>> levels = new HashMap<>();
    List<String> provinceLevels = new ArrayList<>();
    Map<String, List<String>> heads = new HashMap<>();
    for (String[] row : local) {
      if (row[0].equals("type")) {
        // a level and its abbreviations ("thành phố", "TP") are one level; a word of its own
        // ("Thủ đô", the capital) is another
        List<String> words = Gazetteer.names(row, 1, 2);
        List<String> group =
            folded(
                words.stream()
                    .filter(w -> w.equals(row[1]) || w.equals(w.toUpperCase(Locale.ROOT)))
                    .toList());
        group.forEach(l -> levels.put(l, group));
        for (String l : folded(words)) {
          levels.putIfAbsent(l, List.of(l));
          if (!provinceLevels.contains(l)) {
            provinceLevels.add(l);
          }
        }
      } else if (row[0].equals("province")) {
        List<String> spellings = new ArrayList<>(Gazetteer.names(row, 1, 2));
        if (!Gazetteer.cell(row, 3).isBlank()) {
          spellings.add(row[3].strip());
        }
        List<String> group = folded(spellings);
        group.forEach(h -> heads.put(h, group));
      }
    }
    for (String[] row : nameWords) {
      if (row[0].equals("district")) {
        String level = VietnameseAnalysis.foldKey(row[1]);
        levels.putIfAbsent(level, List.of(level));
      }
    }
    return new PlacedBodies(Map.copyOf(levels), List.copyOf(provinceLevels), Map.copyOf(heads));
  }

  /** The level words of a province or city, folded: "tinh", "thanh pho", "tp", "thu do". */
  List<String> provinceLevels() {
    return provinceLevels;
  }

  /**
   * The names, folded, that the body {@code party} goes by without its place, with and without the
   * place's level word: "Công an tỉnh Thái Bình" → "cong an", "cong an tinh"; "Ủy ban nhân dân
   * Thành phố Hồ Chí Minh" → "uy ban nhan dan", "uy ban nhan dan thanh pho", "ubnd tp", …; empty
   * for a name that ends in no place, or is a place alone. {@code province} gives the province,
   * ours or abroad, that a whole name is, else null.
   */
  List<String> withoutPlace(String party, Function<String, Province> province) {
    Split split = split(party, province);
    return split == null ? List.of() : keys(split.body(), split.level());
  }

  /**
   * The body's name before the place, folded; the place's level words; and the place, folded, as
   * written, without its level word and as the province it names ("tinh nghe an", "nghe an").
   */
  record Split(String body, List<String> level, List<String> place) {}

  /**
   * Where the place that closes {@code party} opens, read as {@link #withoutPlace} says; or null.
   */
  Split split(String party, Function<String, Province> province) {
    String[] words = party.strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String bodyKey = VietnameseAnalysis.foldKey(String.join(" ", List.of(words).subList(0, i)));
      if (bodyKey.isEmpty()) {
        continue;
      }
      String rest = String.join(" ", List.of(words).subList(i, words.length));
      Province p = province.apply(rest);
      int levelWords = writtenLevel(words, i);
      if (levelWords > 0) {
        String level = String.join(" ", List.of(words).subList(i, i + levelWords));
        String name = String.join(" ", List.of(words).subList(i + levelWords, words.length));
        p = p != null ? p : province.apply(name);
        return new Split(
            bodyKey,
            levels.get(VietnameseAnalysis.foldKey(level)),
            placeKeys(List.of(rest, name), p));
      }
      // a province alone after a provincial body's head: "Tỉnh Đoàn Nghệ An"; not after any name,
      // which may end in a city's ("Tổng công ty Thương mại Sài Gòn")
      if (p != null && heads.containsKey(bodyKey)) {
        return new Split(
            bodyKey,
            levels.getOrDefault(VietnameseAnalysis.foldKey(p.type()), List.of()),
            placeKeys(List.of(rest), p));
      }
    }
    return null;
  }

  /** The place as written, folded, and the province's canonical and qualified names. */
  private static List<String> placeKeys(List<String> written, Province p) {
    Set<String> out = new LinkedHashSet<>();
    written.forEach(w -> out.add(VietnameseAnalysis.foldKey(w)));
    if (p != null) {
      out.add(VietnameseAnalysis.foldKey(p.canonical()));
      out.add(VietnameseAnalysis.foldKey(p.qualified()));
    }
    return List.copyOf(out);
  }

  /**
   * The words of the level word that opens, at word {@code i}, a place running to the end: a level
   * word followed by a proper name ("tỉnh Thái Bình", "quận 1", "huyện Ia H’Drai"); else 0.
   */
  private int writtenLevel(String[] words, int i) {
    for (int n = Math.min(longestLevel, words.length - i - 1); n >= 1; n--) {
      String key = VietnameseAnalysis.foldKey(String.join(" ", List.of(words).subList(i, i + n)));
      if (levels.containsKey(key) && properName(words, i + n)) {
        return n;
      }
    }
    return 0;
  }

  /** Whether every word from {@code from} opens with a capital or a digit. */
  private static boolean properName(String[] words, int from) {
    for (int k = from; k < words.length; k++) {
      int c = words[k].codePointAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return from < words.length;
  }

  /**
   * The body's name, and its head's other spellings (a head's group holds its own key), alone and
   * before each level word.
   */
  private List<String> keys(String bodyKey, List<String> level) {
    Set<String> out = new LinkedHashSet<>();
    for (String body : heads.getOrDefault(bodyKey, List.of(bodyKey))) {
      out.add(body);
      // not the level after a head that holds it: "Tỉnh Đoàn", "Ban Tuyên giáo Tỉnh ủy"
      level.stream()
          .filter(l -> !(" " + body + " ").contains(" " + l + " "))
          .forEach(l -> out.add(body + " " + l));
    }
    return List.copyOf(out);
  }

  private static List<String> folded(List<String> names) {
    return names.stream().map(VietnameseAnalysis::foldKey).distinct().toList();
  }
}
