package vn.newssearch.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.newssearch.schema.PartyNames;

/**
 * The bundled gazetteer as {@link PartyNames}: the provider that {@link PartyNames#load()} finds
 * (listed in META-INF/services). ServiceLoader needs a public no-argument constructor, which the
 * gazetteer itself does not have.
 */
public final class GazetteerPartyNames implements PartyNames {
  private final Gazetteer gazetteer = Gazetteer.load();

  @Override
  public Optional<String> resolve(String name) {
    return gazetteer.resolve(name);
  }

  @Override
  public List<String> partyForms(String canonical) {
    return gazetteer.partyForms(canonical);
  }

  @Override
  public List<String> typedForms(String typed) {
    return gazetteer.typedForms(typed);
  }

  @Override
  public List<String> withoutPlace(String party) {
    return gazetteer.withoutPlace(party);
  }

  @Override
  public List<String> governedPlace(String party) {
    return gazetteer.governedPlace(party);
  }

  @Override
  public List<String> suggest(String name, int limit) {
    return gazetteer.suggest(name, limit);
  }

  @Override
  public Map<String, List<String>> aliases() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    gazetteer.canonicalNames().forEach(c -> out.put(c, gazetteer.aliasesOf(c)));
    gazetteer.localHeads().forEach(h -> out.putIfAbsent(h, gazetteer.localAliasesOf(h)));
    return out;
  }
}
