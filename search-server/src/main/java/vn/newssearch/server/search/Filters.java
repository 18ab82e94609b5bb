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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
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
      long docs = 0;
      for (String key : keys) {
        docs += reader.docFreq(new Term(field, key));
      }
      if (docs == 0) {
        warnings.add(NameWarnings.withoutArticles(what, canonical.get(), typed));
      }
      return anyOf(field, keys);
    }
    // a name no table knows, as typed or as its grammar also writes it ("Đại học Duy Tân" for the
    // party "Trường Đại học Duy Tân"), or without its place
    Set<String> keys = keys(gazetteer.get().typedForms(typed));
    parties.placedParties(typed, param, keys, gazetteer.get(), warnings).stream()
        .map(VietnameseAnalysis::foldKey)
        .forEach(keys::add);
    Set<String> indexed = new LinkedHashSet<>();
    for (String key : keys) {
      if (!key.isEmpty() && reader.docFreq(new Term(field, key)) > 0) {
        indexed.add(key);
      }
    }
    if (!indexed.isEmpty()) {
      return anyOf(field, indexed);
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

  /**
   * Any of the fold keys, unscored: a term set, which has no clause limit, since a body typed
   * without its place may stand for hundreds ("Ủy ban nhân dân" of every province and district).
   */
  private static Query anyOf(String field, Set<String> keys) {
    return new ConstantScoreQuery(
        new TermInSetQuery(field, keys.stream().map(BytesRef::new).toList()));
  }

  private static Set<String> keys(List<String> forms) {
    Set<String> keys = new LinkedHashSet<>();
    forms.forEach(f -> keys.add(VietnameseAnalysis.foldKey(f)));
    return keys;
  }
}
