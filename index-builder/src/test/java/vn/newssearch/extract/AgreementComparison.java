package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.newssearch.model.Article;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * One article's labels against what the extractor gave it, field by field: the counts that the
 * scorecard sums, and the differences a rule writer reads. Names compare folded ({@link
 * VietnameseAnalysis#foldKey}), so case, diacritics and punctuation never count as errors.
 */
record AgreementComparison(Map<String, Counts> counts, List<String> differences) {
  static final List<String> FIELDS =
      List.of(
          "agreement",
          "parties",
          "partyBodies",
          "partyFilter",
          "signatories",
          "signatoryParties",
          "kind",
          "period",
          "signedOn",
          "place");

  /** Correct predictions, all predictions and all labelled values of one field. */
  record Counts(int correct, int predicted, int labelled) {
    Counts plus(Counts o) {
      return new Counts(correct + o.correct, predicted + o.predicted, labelled + o.labelled);
    }
  }

  static AgreementComparison of(AgreementLabel want, Article got, Gazetteer gazetteer) {
    Map<String, Counts> counts = new LinkedHashMap<>();
    List<String> diffs = new ArrayList<>();
    Article.Agreement a = got.agreement();
    boolean found = a != null;
    counts.put(
        "agreement",
        new Counts(found && want.agreement() ? 1 : 0, found ? 1 : 0, want.agreement() ? 1 : 0));
    if (found != want.agreement()) {
      diffs.add("agreement: expected " + want.agreement() + ", got " + found);
    }

    Set<String> wantParties = folded(want.parties(), AgreementLabel.Party::canonical);
    Set<String> gotParties = folded(got.parties(), p -> p);
    counts.put("parties", sets(wantParties, gotParties));
    if (!wantParties.equals(gotParties)) {
      diffs.add(
          "parties: expected "
              + want.parties().stream().map(AgreementLabel.Party::canonical).toList()
              + ", got "
              + got.parties());
    }

    // The same comparison with both sides named as the gazetteer names them: a label spelled as the
    // article spells the body ("VPBank") and the extractor's canonical name for it ("Ngân hàng TMCP
    // Việt Nam Thịnh Vượng", from the mined aliases) are one body, as the product treats them.
    Function<String, String> body = n -> gazetteer.resolve(n).orElse(n);
    Set<String> wantBodies =
        folded(
            want.parties(),
            p ->
                gazetteer
                    .resolve(p.canonical())
                    .or(() -> gazetteer.resolve(p.written()))
                    .orElse(p.canonical()));
    Set<String> gotBodies = folded(got.parties(), body);
    counts.put("partyBodies", sets(wantBodies, gotBodies));

    // What GET /api/search?party=<written> does (search-server's Filters): the gazetteer's
    // canonical name, the forms a clause writes it in and the name as typed (filterForms: "Mỹ" for
    // "Hoa Kỳ", "tỉnh Long An" for "Long An"), else the name as typed; one, folded, must be a
    // party, a party's name without its place ("Công an tỉnh" for "Công an tỉnh Thái Bình") or the
    // place a party governs ("Nghệ An" for "Ủy ban nhân dân tỉnh Nghệ An")
    Set<String> gotUnplaced = new LinkedHashSet<>();
    got.parties().forEach(party -> gotUnplaced.addAll(gazetteer.withoutPlace(party)));
    got.parties().forEach(party -> gotUnplaced.addAll(gazetteer.governedPlace(party)));
    int hits = 0;
    List<String> missed = new ArrayList<>();
    for (AgreementLabel.Party p : want.parties()) {
      Optional<String> resolved = gazetteer.resolve(p.written());
      List<String> forms =
          resolved
              .map(c -> PartyNames.withTyped(gazetteer.partyForms(c), p.written()))
              .orElse(gazetteer.typedForms(p.written()));
      if (forms.stream()
          .map(VietnameseAnalysis::foldKey)
          .anyMatch(f -> gotParties.contains(f) || gotUnplaced.contains(f))) {
        hits++;
      } else {
        missed.add(p.written() + " → " + resolved.orElse("(not in the gazetteer; as typed)"));
      }
    }
    counts.put("partyFilter", new Counts(hits, 0, want.parties().size()));
    if (!missed.isEmpty()) {
      diffs.add("partyFilter misses: " + missed);
    }

    Set<String> wantNames = folded(want.signatories(), AgreementLabel.Signer::name);
    Set<String> gotNames = folded(got.signatories(), Article.Signatory::name);
    counts.put("signatories", sets(wantNames, gotNames));
    Set<String> wantPairs = folded(want.signatories(), s -> s.name() + " | " + s.party());
    Set<String> gotPairs = folded(got.signatories(), s -> s.name() + " | " + s.party());
    counts.put("signatoryParties", sets(wantPairs, gotPairs));
    if (!wantPairs.equals(gotPairs)) {
      diffs.add(
          "signatories: expected "
              + want.signatories().stream().map(s -> s.name() + " (" + s.party() + ")").toList()
              + ", got "
              + got.signatories().stream().map(s -> s.name() + " (" + s.party() + ")").toList());
    }

    String wantKind = want.kind() == null ? null : VietnameseAnalysis.foldKey(want.kind());
    String gotKind = found && a.kind() != null ? VietnameseAnalysis.foldKey(a.kind()) : null;
    value("kind", want.kind(), found ? a.kind() : null, wantKind, gotKind, counts, diffs);
    AgreementLabel.Period wp = want.period();
    Article.Period gp = found ? a.period() : null;
    value(
        "period",
        wp == null ? null : wp.from() + "–" + wp.to(),
        gp == null ? null : gp.from() + "–" + gp.to(),
        wp == null ? null : List.of(Objects.toString(wp.from()), Objects.toString(wp.to())),
        gp == null ? null : List.of(Objects.toString(gp.from()), Objects.toString(gp.to())),
        counts,
        diffs);
    Object gotDate = found ? a.signedOn() : null;
    value("signedOn", want.signedOn(), gotDate, want.signedOnDate(), gotDate, counts, diffs);
    String gotPlace = found ? a.place() : null;
    value(
        "place",
        want.place(),
        gotPlace,
        want.place() == null ? null : VietnameseAnalysis.foldKey(want.place()),
        gotPlace == null ? null : VietnameseAnalysis.foldKey(gotPlace),
        counts,
        diffs);
    return new AgreementComparison(counts, diffs);
  }

  /** A single-valued field: a prediction is a non-null value, correct when it equals the label. */
  private static void value(
      String field,
      Object wantShown,
      Object gotShown,
      Object wantKey,
      Object gotKey,
      Map<String, Counts> counts,
      List<String> diffs) {
    boolean correct = wantKey != null && wantKey.equals(gotKey);
    counts.put(field, new Counts(correct ? 1 : 0, gotKey == null ? 0 : 1, wantKey == null ? 0 : 1));
    if (!Objects.equals(wantKey, gotKey)) {
      diffs.add(field + ": expected " + wantShown + ", got " + gotShown);
    }
  }

  private static Counts sets(Set<String> want, Set<String> got) {
    Set<String> both = new LinkedHashSet<>(want);
    both.retainAll(got);
    return new Counts(both.size(), got.size(), want.size());
  }

  private static <T> Set<String> folded(List<T> items, Function<T, String> name) {
    Set<String> out = new LinkedHashSet<>();
    for (T item : items) {
      String key = VietnameseAnalysis.foldKey(name.apply(item));
      if (!key.isEmpty()) {
        out.add(key);
      }
    }
    return out;
  }
}
