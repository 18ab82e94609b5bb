package vn.newssearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.typing.IndexTypingStats;
import vn.newssearch.server.search.typing.QueryReader;

/**
 * What one request asks of the index, before any hit is read: the query with its filters, the bonus
 * for the second pass, the query the snippets mark, the order and where paging resumes.
 *
 * @param query what matches, and the first-pass score
 * @param bonus the adjacency bonus for the top hits; null when there is no second pass
 * @param window how many top hits get the bonus ({@link AdjacencyRescorer#window})
 * @param highlight what the snippets mark: the query's words where they stand together
 * @param highlightApart what they mark in a hit where the words never stand together
 * @param scores whether hits carry a score (not when browsing)
 * @param cursor where the previous page ended, or null
 * @param warnings what the user should know about how the request was read
 * @param interpretedAs how the query was read when not as typed (diacritics, keystrokes,
 *     abbreviations), or null
 */
record QueryPlan(
    Query query,
    Query bonus,
    int window,
    Query highlight,
    Query highlightApart,
    boolean scores,
    SortOrder sort,
    Cursor.Position cursor,
    List<SearchResponse.Warning> warnings,
    String interpretedAs) {

  /** Reads requests into plans: the text query, then the filters over the current index. */
  static final class Planner {
    private final TextQueries text;
    private final Filters filters;
    private final QueryReader reader;
    private final Cursor cursors;
    private final int rescoreWindow;

    private final IndexTypingStats typing;

    Planner(
        Supplier<PartyNames> gazetteer,
        IndexTypingStats typing,
        Cursor cursors,
        int rescoreWindow) {
      this.filters = new Filters(gazetteer);
      this.reader = new QueryReader(gazetteer);
      this.text = new TextQueries(new IndexedConcepts(reader::abbreviations));
      this.typing = typing;
      this.cursors = cursors;
      this.rescoreWindow = rescoreWindow;
    }

    /** Builds what reading a query needs but the statistics, in the background. */
    void prepareReading() {
      reader.prepareInBackground();
    }

    /**
     * How the query is read: as typed, or with its diacritics restored, its keystrokes converted
     * and its abbreviations expanded, with the statistics loaded at start (the budget does not
     * count it, {@code tookMs} does).
     */
    QueryReader.Reading read(SearchRequest r, IndexReader index) {
      return reader.read(r.q(), r.literal(), typing.current(index));
    }

    QueryPlan plan(
        SearchRequest r, QueryReader.Reading reading, FacetSearcher searcher, Deadline deadline)
        throws IOException {
      SortOrder sort = r.effectiveSort();
      Cursor.Position cursor = r.cursor() == null ? null : cursors.decode(r.cursor(), sort);
      List<SearchResponse.Warning> warnings = new ArrayList<>();
      UserQuery parsed = reading.query();
      if (parsed != null) {
        warnings.addAll(parsed.warnings());
      }
      TextQueries.Built built =
          parsed == null ? null : text.build(parsed, searcher.getIndexReader());
      Query highlight = built == null ? MatchAllDocsQuery.INSTANCE : built.highlight();
      Query highlightApart = built == null ? MatchAllDocsQuery.INSTANCE : built.highlightApart();
      // The adjacency bonus only orders hits, so only the relevance order needs it.
      Query bonus = built == null || sort != SortOrder.RELEVANCE ? null : built.bonus();
      Query textQuery =
          built == null
              ? null
              : bonus != null && rescoreWindow == 0
                  ? withBonus(built.query(), bonus)
                  : built.query();
      if (r.q() != null && textQuery == null) {
        warnings.add(
            new SearchResponse.Warning(
                "no-searchable-words",
                "The query has no searchable words; showing every article."));
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(textQuery == null ? MatchAllDocsQuery.INSTANCE : textQuery, Occur.MUST);
      filters.add(b, r, searcher.getIndexReader(), searcher.parties, warnings, deadline);
      Query secondPass = rescoreWindow == 0 ? null : bonus;
      return new QueryPlan(
          b.build(),
          secondPass,
          AdjacencyRescorer.window(rescoreWindow, built != null && built.longQuery()),
          highlight,
          highlightApart,
          textQuery != null,
          sort,
          cursor,
          List.copyOf(warnings),
          reading.interpretedAs());
    }

    /** The one-pass query: every hit gets the bonus. */
    private static Query withBonus(Query query, Query bonus) {
      return new BooleanQuery.Builder().add(query, Occur.MUST).add(bonus, Occur.SHOULD).build();
    }
  }
}
