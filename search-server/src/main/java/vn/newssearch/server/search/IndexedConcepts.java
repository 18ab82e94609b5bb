package vn.newssearch.server.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import vn.newssearch.schema.AbbreviationConcepts;
import vn.newssearch.schema.CommitData;
import vn.newssearch.server.search.typing.Abbreviations;

/**
 * Which OR groups the index can search as one concept term ({@link AbbreviationConcepts#term}): a
 * group of exactly the forms of one concept, over an index whose commit records the fingerprint of
 * the server's own table. An index built with another table, or before concept terms, keeps the OR
 * group: its terms would miss forms the table has gained, silently.
 */
final class IndexedConcepts {
  private final Supplier<Abbreviations> abbreviations;

  /** The last reader asked about and whether its terms are the table's. */
  private record Checked(Object readerKey, Map<Set<List<String>>, String> terms) {}

  private volatile Checked last;

  /** Each concept's forms to its term: the table's, the same for every reader; made once. */
  private volatile Map<Set<List<String>>, String> byForms;

  IndexedConcepts(Supplier<Abbreviations> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The concept term that stands for the group of these folded forms, or null (search them). */
  String term(List<List<String>> forms, IndexReader index) {
    if (index == null || forms.size() < 2) {
      return null;
    }
    Map<Set<List<String>>, String> terms = terms(index);
    return terms.isEmpty() ? null : terms.get(new HashSet<>(forms));
  }

  private Map<Set<List<String>>, String> terms(IndexReader index) {
    IndexReader.CacheHelper helper = index.getReaderCacheHelper();
    Object key = helper == null ? index : helper.getKey();
    Checked c = last;
    if (c == null || c.readerKey() != key) {
      c = new Checked(key, check(index));
      last = c;
    }
    return c.terms();
  }

  private Map<Set<List<String>>, String> check(IndexReader index) {
    if (!(index instanceof DirectoryReader reader)) {
      return Map.of();
    }
    AbbreviationConcepts table = abbreviations.get().table();
    String indexed;
    try {
      indexed = reader.getIndexCommit().getUserData().get(CommitData.ABBREVIATIONS);
    } catch (IOException e) {
      return Map.of(); // the reader was closed under us: search the forms
    }
    return table.fingerprint().equals(indexed) ? byForms(table) : Map.of();
  }

  private Map<Set<List<String>>, String> byForms(AbbreviationConcepts table) {
    Map<Set<List<String>>, String> out = byForms;
    if (out == null) {
      out = new HashMap<>();
      for (AbbreviationConcepts.Concept concept : table.concepts()) {
        Set<List<String>> forms = new HashSet<>();
        concept.forms().forEach(f -> forms.add(f.tokens()));
        out.putIfAbsent(forms, AbbreviationConcepts.term(concept.letters()));
      }
      out = Map.copyOf(out);
      byForms = out;
    }
    return out;
  }
}
