package vn.newssearch.server.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.newssearch.model.Article;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The non-scoring clauses: parties, organisations, dates, category and source. Names are resolved
 * through the gazetteer and through the names the index itself holds; a name neither knows matches
 * nothing and leaves a warning with suggestions.
 */
final class Filters {
  private final Supplier<PartyNames> gazetteer;

  /** The gazetteer may still be loading; it is waited for on the first name filter. */
  Filters(Supplier<PartyNames> gazetteer) {
    this.gazetteer = gazetteer;
  }

  void add(
      BooleanQuery.Builder b,
      SearchRequest r,
      IndexReader reader,
      KnownNames parties,
      List<SearchResponse.Warning> warnings,
      Deadline deadline)
      throws IOException {
    for (String party : r.parties()) {
      b.add(name(party, "party", Fields.PARTY_FOLDED, reader, parties, warnings), Occur.FILTER);
      deadline.check();
    }
    for (String org : r.orgs()) {
      b.add(name(org, "org", Fields.ORG_FOLDED, reader, parties, warnings), Occur.FILTER);
      deadline.check();
    }
    if (r.category() != null) {
      b.add(new TermQuery(new Term(Fields.CATEGORY, r.category())), Occur.FILTER);
    }
    if (r.source() != null) {
      b.add(new TermQuery(new Term(Fields.SOURCE, r.source())), Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      b.add(published(r.from(), r.to()), Occur.FILTER);
    }
  }

  /** Publication between two Vietnam-time days, both inclusive; undated articles never match. */
  static Query published(LocalDate from, LocalDate to) {
    long lo = from == null ? Long.MIN_VALUE : startOf(from);
    long hi = to == null ? Long.MAX_VALUE : startOf(to.plusDays(1)) - 1;
    return LongPoint.newRangeQuery(Fields.PUBLISHED, lo, hi);
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay().toInstant(Article.VIETNAM).toEpochMilli();
  }

  private Query name(
      String typed,
      String param,
      String field,
      IndexReader reader,
      KnownNames parties,
      List<SearchResponse.Warning> warnings)
      throws IOException {
    Optional<String> canonical = gazetteer.get().resolve(typed);
    String what = param.equals("party") ? "party" : "organisation";
    if (canonical.isPresent()) {
      // A province or a state may stand in the party list under another of its names.
      Set<String> keys = keys(gazetteer.get().filterForms(canonical.get(), typed));
      parties.placedParties(typed, param, keys, gazetteer.get(), warnings).stream()
          .map(VietnameseAnalysis::foldKey)
          .forEach(keys::add);
      BooleanQuery.Builder forms = new BooleanQuery.Builder();
      long docs = 0;
      for (String key : keys) {
        Term term = new Term(field, key);
        docs += reader.docFreq(term);
        forms.add(new TermQuery(term), Occur.SHOULD);
      }
      if (docs == 0) {
        warnings.add(NameWarnings.withoutArticles(what, canonical.get(), typed));
      }
      return new ConstantScoreQuery(forms.build());
    }
    // a name no table knows, as typed or as its grammar also writes it ("Đại học Duy Tân" for the
    // party "Trường Đại học Duy Tân"), or without its place
    Set<String> keys = keys(gazetteer.get().typedForms(typed));
    parties.placedParties(typed, param, keys, gazetteer.get(), warnings).stream()
        .map(VietnameseAnalysis::foldKey)
        .forEach(keys::add);
    BooleanQuery.Builder typedForms = new BooleanQuery.Builder();
    boolean any = false;
    for (String key : keys) {
      Term term = new Term(field, key);
      if (!key.isEmpty() && reader.docFreq(term) > 0) {
        typedForms.add(new TermQuery(term), Occur.SHOULD);
        any = true;
      }
    }
    if (any) {
      return new ConstantScoreQuery(typedForms.build());
    }
    Set<String> suggestions = new LinkedHashSet<>();
    if (NameWarnings.suggestFor(typed, warnings)) {
      suggestions.addAll(gazetteer.get().suggest(typed, NameWarnings.SUGGESTIONS));
      if (param.equals("party")) {
        suggestions.addAll(parties.closest(typed, NameWarnings.SUGGESTIONS));
      }
    }
    warnings.add(NameWarnings.unknown(what, typed, suggestions));
    return new MatchNoDocsQuery("unknown " + what);
  }

  private static Set<String> keys(List<String> forms) {
    Set<String> keys = new LinkedHashSet<>();
    forms.forEach(f -> keys.add(VietnameseAnalysis.foldKey(f)));
    return keys;
  }
}
