package vn.newssearch.server.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.search.KnownNames;
import vn.newssearch.server.search.NameWarnings;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchResponse;

/**
 * Party and organisation names as the embedded {@code Filters} resolves them: through the gazetteer
 * (an alias or an abbreviation gives the canonical name and its other forms), else as a name the
 * index holds; a name neither knows matches nothing and leaves a warning with suggestions. The
 * names the index holds come from the party aggregation the backend keeps ({@link KnownNames}).
 */
final class ClusterNames {
  private final Supplier<PartyNames> gazetteer;

  ClusterNames(Supplier<PartyNames> gazetteer) {
    this.gazetteer = gazetteer;
  }

  ClusterQuery.Names resolve(
      SearchRequest r, KnownNames parties, List<SearchResponse.Warning> warnings) {
    List<List<String>> p = new ArrayList<>();
    for (String party : r.parties()) {
      p.add(keys(party, "party", parties, warnings));
    }
    List<List<String>> o = new ArrayList<>();
    for (String org : r.orgs()) {
      o.add(keys(org, "org", parties, warnings));
    }
    return new ClusterQuery.Names(p, o);
  }

  /** The fold keys a typed name stands for; empty when it is unknown (the filter matches none). */
  private List<String> keys(
      String typed, String param, KnownNames parties, List<SearchResponse.Warning> warnings) {
    Optional<String> canonical = gazetteer.get().resolve(typed);
    String what = param.equals("party") ? "party" : "organisation";
    if (canonical.isPresent()) {
      List<String> forms = new ArrayList<>(gazetteer.get().filterForms(canonical.get(), typed));
      forms.addAll(parties.placedParties(typed, param, forms, gazetteer.get(), warnings));
      List<String> keys = new ArrayList<>();
      long docs = 0;
      for (String form : forms) {
        keys.add(VietnameseAnalysis.foldKey(form));
        docs += parties.count(form);
      }
      if (param.equals("party") && docs == 0) {
        warnings.add(NameWarnings.withoutArticles(what, canonical.get(), typed));
      }
      return keys;
    }
    List<String> forms = new ArrayList<>(gazetteer.get().typedForms(typed));
    forms.addAll(parties.placedParties(typed, param, forms, gazetteer.get(), warnings));
    List<String> keys = new ArrayList<>();
    for (String form : forms) {
      String key = VietnameseAnalysis.foldKey(form);
      if (!key.isEmpty() && (param.equals("org") || parties.count(form) > 0)) {
        keys.add(key);
      }
    }
    if (!keys.isEmpty()) {
      return keys;
    }
    Set<String> suggestions = new LinkedHashSet<>();
    if (NameWarnings.suggestFor(typed, warnings)) {
      suggestions.addAll(gazetteer.get().suggest(typed, NameWarnings.SUGGESTIONS));
      suggestions.addAll(parties.closest(typed, NameWarnings.SUGGESTIONS));
    }
    warnings.add(NameWarnings.unknown(what, typed, suggestions));
    return List.of();
  }
}
