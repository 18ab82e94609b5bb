package vn.newssearch.server.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.search.typing.AdjacencyTiers;
import vn.newssearch.server.search.typing.MinimumShouldMatch;

/**
 * Turns a parsed {@link UserQuery} into the scoring part of the Lucene query. Matching is on the
 * folded fields (diacritics ignored); the exact fields and the phrases over adjacent syllables only
 * add score, so accent-exact matches and words typed together rank first. The phrases that only add
 * score go into a separate bonus query, which {@link AdjacencyRescorer} runs over the top hits.
 */
final class TextQueries {
  static final float TITLE_BOOST = 3f;
  static final float EXACT_BOOST = 1.5f;
  static final float PHRASE_BOOST = 2f;

  /** Longer single words are cut: nobody types them, and they only cost. */
  private static final int MAX_TOKENS_PER_UNIT = 16;

  private final Analyzer folded = VietnameseAnalysis.folded();
  private final Analyzer exact = VietnameseAnalysis.exact();

  /**
   * The first-pass query (what matches, and the term-level score); the bonus of the positional
   * clauses that only add score (null if there are none); and a smaller query with only the
   * folded-body clauses for the highlighter (the title and exact-field clauses cannot mark anything
   * in the body and only cost). The one-pass score of a hit is its query score plus its bonus.
   */
  record Built(Query query, Query bonus, Query highlight, Query highlightApart) {}

  /** The text queries, or null when the query has no searchable word at all. */
  Built build(UserQuery uq) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder bonus = new BooleanQuery.Builder();
    BooleanQuery.Builder h = new BooleanQuery.Builder();
    boolean anyRequired = false;
    // Plain words may be "most of them" in a long query; phrases and OR groups stay required.
    List<Query> words = new ArrayList<>();
    for (List<UserQuery.Unit> group : uq.required()) {
      Query g = group(group);
      if (g != null) {
        if (group.size() == 1 && !group.getFirst().phrase()) {
          words.add(g);
        } else {
          b.add(g, Occur.MUST);
        }
        anyRequired = true;
        for (UserQuery.Unit u : group) {
          List<String> syllables = tokens(folded, u.text());
          if (!syllables.isEmpty()) {
            h.add(match(Fields.BODY_FOLDED, syllables), Occur.SHOULD);
          }
          List<String> exactTokens = tokens(exact, u.text());
          Query boost = either(exactTokens, Fields.TITLE_EXACT, Fields.BODY_EXACT);
          if (boost != null) {
            // A term is cheap on every hit; a phrase reads positions, so it waits for the window.
            (exactTokens.size() == 1 ? b : bonus)
                .add(new BoostQuery(boost, EXACT_BOOST), Occur.SHOULD);
          }
        }
      }
    }
    int must = MinimumShouldMatch.of(words.size());
    if (must == words.size()) {
      words.forEach(w -> b.add(w, Occur.MUST));
    } else {
      BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(must);
      words.forEach(w -> most.add(w, Occur.SHOULD));
      b.add(most.build(), Occur.MUST);
    }
    boolean anyExcluded = false;
    for (UserQuery.Unit u : uq.excluded()) {
      Query x = either(tokens(folded, u.text()), Fields.TITLE_FOLDED, Fields.BODY_FOLDED);
      if (x != null) {
        b.add(x, Occur.MUST_NOT);
        anyExcluded = true;
      }
    }
    if (!anyRequired) {
      if (!anyExcluded) {
        return null;
      }
      b.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    }
    for (List<String> run : uq.adjacentRuns()) {
      addPairs(bonus, run, folded, Fields.TITLE_FOLDED, Fields.BODY_FOLDED, true);
      addPairs(bonus, run, exact, Fields.TITLE_EXACT, Fields.BODY_EXACT, false);
    }
    BooleanQuery bonusQuery = bonus.build();
    return new Built(
        b.build(),
        bonusQuery.clauses().isEmpty() ? null : bonusQuery,
        together(uq, h.build()),
        h.build());
  }

  /**
   * What the snippets mark first: the query's words where they stand together (each pair of a run's
   * syllables, as a phrase in the folded body), and the words typed apart (phrases, OR groups, a
   * word alone) as they are. Where a hit holds none of these, {@code apart} marks each syllable on
   * its own.
   */
  private Query together(UserQuery uq, Query apart) {
    BooleanQuery.Builder t = new BooleanQuery.Builder();
    java.util.Set<String> inRuns = new java.util.HashSet<>();
    for (List<String> run : uq.adjacentRuns()) {
      inRuns.addAll(run);
      List<String> syllables = new ArrayList<>();
      run.forEach(w -> syllables.addAll(tokens(folded, w)));
      for (int i = 0; i + 1 < syllables.size() && i < UserQuery.MAX_UNITS; i++) {
        t.add(match(Fields.BODY_FOLDED, syllables.subList(i, i + 2)), Occur.SHOULD);
      }
    }
    for (List<UserQuery.Unit> group : uq.required()) {
      for (UserQuery.Unit u : group) {
        List<String> syllables = tokens(folded, u.text());
        if (!syllables.isEmpty()
            && (u.phrase() || group.size() > 1 || !inRuns.contains(u.text()))) {
          t.add(match(Fields.BODY_FOLDED, syllables), Occur.SHOULD);
        }
      }
    }
    BooleanQuery q = t.build();
    return q.clauses().isEmpty() ? apart : q;
  }

  /** The must-match part of one group: any of its units, on the folded fields. */
  private Query group(List<UserQuery.Unit> group) {
    List<Query> alternatives = new ArrayList<>();
    for (UserQuery.Unit u : group) {
      Query q = either(tokens(folded, u.text()), Fields.TITLE_FOLDED, Fields.BODY_FOLDED);
      if (q != null) {
        alternatives.add(q);
      }
    }
    if (alternatives.size() <= 1) {
      return alternatives.isEmpty() ? null : alternatives.getFirst();
    }
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    alternatives.forEach(q -> or.add(q, Occur.SHOULD));
    return or.build();
  }

  /**
   * Phrases over each pair of adjacent syllables of a run of plain words. With {@code tiers}, each
   * pair found also adds {@link AdjacencyTiers#TIER}, so that hits holding more of the query's
   * pairs rank first whatever their term scores (see {@link AdjacencyTiers}).
   */
  private void addPairs(
      BooleanQuery.Builder b,
      List<String> run,
      Analyzer analyzer,
      String title,
      String body,
      boolean tiers) {
    List<String> syllables = new ArrayList<>();
    for (String word : run) {
      syllables.addAll(tokens(analyzer, word));
    }
    for (int i = 0; i + 1 < syllables.size() && i < UserQuery.MAX_UNITS; i++) {
      Query pair = either(syllables.subList(i, i + 2), title, body);
      b.add(new BoostQuery(pair, PHRASE_BOOST), Occur.SHOULD);
      if (tiers) {
        b.add(AdjacencyTiers.tier(pair), Occur.SHOULD);
      }
    }
  }

  /** Title (boosted) or body; a term for one token, an exact phrase for several. */
  private static Query either(List<String> tokens, String title, String body) {
    if (tokens.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(match(title, tokens), TITLE_BOOST), Occur.SHOULD);
    b.add(match(body, tokens), Occur.SHOULD);
    return b.build();
  }

  private static Query match(String field, List<String> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.getFirst()));
    }
    return new PhraseQuery(field, tokens.toArray(String[]::new));
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    return VietnameseAnalysis.terms(analyzer, text, MAX_TOKENS_PER_UNIT);
  }
}
