package vn.newssearch.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The names the party and organisation fields hold, as a search needs them: what a user typed
 * resolved to the canonical name the extractor indexed, every form an article's party list may give
 * it, and suggestions for a name nobody knows. The extractor's gazetteer provides it through {@link
 * ServiceLoader} (as Lucene finds its codecs), so the server depends on this contract alone.
 */
public interface PartyNames {
  /** The canonical name for a name written any way (alias, abbreviation, without diacritics). */
  Optional<String> resolve(String name);

  /** Every form a party list may give the body whose canonical name this is, that one first. */
  List<String> partyForms(String canonical);

  /**
   * What a party filter typed as {@code typed}, which resolves to {@code canonical}, matches: the
   * canonical's {@link #partyForms}, and the name as typed, which an article's party list may give
   * as it is ("tỉnh Xiêng Khoảng", which resolves to the province's bare name).
   */
  default List<String> filterForms(String canonical, String typed) {
    return withTyped(partyForms(canonical), typed);
  }

  /**
   * What a party filter typed as {@code typed}, which resolves to no canonical name, matches: the
   * name as typed, and the forms the names' grammar gives it (the same school with or without
   * "Trường", the same place with or without its level word).
   */
  default List<String> typedForms(String typed) {
    return withTyped(List.of(), typed);
  }

  /**
   * The names, folded, that a party named with its place goes by without it, with and without the
   * place's level word: "Công an tỉnh Thái Bình" → "cong an tinh", "cong an". A party filter typed
   * as one of them ("Công an tỉnh", "Sở Y tế") matches that body in every place. Empty for a name
   * that ends in no place.
   */
  default List<String> withoutPlace(String party) {
    return List.of();
  }

  /**
   * The place, folded, that a party governs and signs for ("Ủy ban nhân dân tỉnh Nghệ An" → "tinh
   * nghe an", "nghe an"): a party filter typed as the place matches its government too. Empty for
   * any other body.
   */
  default List<String> governedPlace(String party) {
    return List.of();
  }

  /** {@code forms} and {@code typed}, unless one of the forms folds to the same key. */
  static List<String> withTyped(List<String> forms, String typed) {
    String key = VietnameseAnalysis.foldKey(typed);
    if (key.isEmpty() || forms.stream().anyMatch(f -> VietnameseAnalysis.foldKey(f).equals(key))) {
      return forms;
    }
    List<String> out = new ArrayList<>(forms);
    out.add(typed.strip());
    return List.copyOf(out);
  }

  /** Up to {@code limit} canonical names closest to {@code name}, best first. */
  List<String> suggest(String name, int limit);

  /**
   * Every name with its aliases and abbreviations, in the gazetteer's order: the national and mined
   * names, then the heads of provincial bodies ("Ủy ban nhân dân" with "UBND").
   */
  Map<String, List<String>> aliases();

  /** Loads the names from the implementation on the class path (index-builder has one). */
  static PartyNames load() {
    return ServiceLoader.load(PartyNames.class, PartyNames.class.getClassLoader())
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no " + PartyNames.class.getName() + " on the class path"));
  }
}
