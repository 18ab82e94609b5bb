package vn.newssearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import vn.newssearch.server.search.BonusNodes.Bool;
import vn.newssearch.server.search.BonusNodes.Constant;
import vn.newssearch.server.search.BonusNodes.Lucene;
import vn.newssearch.server.search.BonusNodes.Node;
import vn.newssearch.server.search.BonusNodes.Phrase;
import vn.newssearch.server.search.BonusNodes.TermNode;

/**
 * The adjacency bonus scored hit by hit, each term's positions read once per hit (see {@link
 * HitPostings}), with the scores Lucene's own scorers give: the same similarity over the same
 * statistics and boosts, and a Boolean query's clauses summed as Lucene sums them (in double, to
 * float, required and optional clauses apart). A long query's bonus is hundreds of term and exact
 * phrase clauses over a few dozen distinct syllables; Lucene's scorers read each clause's postings
 * on their own. Any other kind of clause is scored by its Lucene weight.
 */
final class BonusTree {
  private final IndexSearcher searcher;
  private final Query bonus;
  private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

  /**
   * {@code searcher}: the statistics and similarity to score with. The segments may be compiled on
   * several threads at once.
   */
  BonusTree(IndexSearcher searcher, Query bonus) throws IOException {
    this.searcher = searcher;
    this.bonus = searcher.rewrite(bonus);
    Set<Term> terms = new HashSet<>();
    this.bonus.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... t) {
            terms.addAll(Arrays.asList(t));
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    for (Term t : terms) {
      states.put(t, TermStates.build(searcher, t, true));
    }
  }

  /** The bonus over one segment, for its hits in ascending order. */
  Node leaf(LeafReaderContext leaf) throws IOException {
    // Its callers add the score where it matches: scoring 0 and not matching are the same to them.
    return compile(bonus, 1f, Use.SUM, new HitPostings(leaf, states), leaf);
  }

  /** What a clause's result is used for. */
  private enum Use {
    /** Whether it matches. */
    MATCH,
    /** Its score and whether it matches. */
    SCORE,
    /** Its score only, added to a sum: not matching is the same as scoring 0. */
    SUM
  }

  private Node compile(Query q, float boost, Use use, HitPostings postings, LeafReaderContext leaf)
      throws IOException {
    if (use == Use.SUM && boost == 0f) {
      // A clause that only says "in the title too" beside the body (TextQueries#either with a
      // title boost of 0): to a sum it adds nothing, and reading its postings only costs.
      return BonusNodes.NEVER;
    }
    boolean scores = use != Use.MATCH;
    return switch (q) {
      case BoostQuery b -> compile(b.getQuery(), b.getBoost() * boost, use, postings, leaf);
      case ConstantScoreQuery c ->
          new Constant(compile(c.getQuery(), 1f, Use.MATCH, postings, leaf), scores ? boost : 0f);
      case BooleanQuery b when b.getMinimumNumberShouldMatch() == 0 ->
          bool(b, boost, use, postings, leaf);
      case TermQuery t -> {
        Term term = t.getTerm();
        TermStatistics s = statistics(term);
        yield s == null
            ? BonusNodes.NEVER
            : new TermNode(
                postings.of(term),
                scores ? scorer(boost, term.field(), s) : null,
                postings.norms(term.field()));
      }
      case PhraseQuery p when p.getSlop() == 0 && p.getTerms().length > 1 ->
          phrase(p, boost, scores, postings);
      case MatchNoDocsQuery n -> BonusNodes.NEVER;
      default ->
          new Lucene(
              searcher.createWeight(
                  q, scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, boost),
              leaf);
    };
  }

  private Node bool(
      BooleanQuery b, float boost, Use use, HitPostings postings, LeafReaderContext leaf)
      throws IOException {
    List<List<Node>> byOccur = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      byOccur.add(new ArrayList<>());
    }
    // An optional clause's match decides nothing beside required ones, nor in a sum.
    boolean required = b.clauses().stream().anyMatch(c -> c.isRequired());
    for (BooleanClause c : b.clauses()) {
      Use child =
          use == Use.MATCH || !c.isScoring()
              ? Use.MATCH
              : c.occur() == BooleanClause.Occur.SHOULD && (required || use == Use.SUM)
                  ? Use.SUM
                  : Use.SCORE;
      byOccur.get(c.occur().ordinal()).add(compile(c.query(), boost, child, postings, leaf));
    }
    return new Bool(
        nodes(byOccur.get(BooleanClause.Occur.MUST.ordinal())),
        nodes(byOccur.get(BooleanClause.Occur.FILTER.ordinal())),
        nodes(byOccur.get(BooleanClause.Occur.SHOULD.ordinal())),
        nodes(byOccur.get(BooleanClause.Occur.MUST_NOT.ordinal())));
  }

  private Node phrase(PhraseQuery p, float boost, boolean scores, HitPostings postings)
      throws IOException {
    List<TermStatistics> known = new ArrayList<>();
    for (Term t : p.getTerms()) {
      TermStatistics s = statistics(t);
      if (s == null) {
        return BonusNodes.NEVER; // as Lucene's phrase weight: a term in no segment, no match
      }
      known.add(s);
    }
    SimScorer scorer =
        scores ? scorer(boost, p.getField(), known.toArray(TermStatistics[]::new)) : null;
    return new Phrase(postings.phrase(p), scorer, postings.norms(p.getField()));
  }

  /** The term's index-wide statistics, or null if no segment holds it. */
  private TermStatistics statistics(Term term) throws IOException {
    TermStates s = states.get(term);
    if (s == null) { // not seen by the visitor: no clause type of ours, but never wrong
      s = TermStates.build(searcher, term, true);
      states.put(term, s);
    }
    return s.docFreq() > 0 ? searcher.termStatistics(term, s.docFreq(), s.totalTermFreq()) : null;
  }

  private SimScorer scorer(float boost, String field, TermStatistics... terms) throws IOException {
    CollectionStatistics collection = searcher.collectionStatistics(field);
    return searcher.getSimilarity().scorer(boost, collection, terms);
  }

  private static Node[] nodes(List<Node> list) {
    return list.toArray(Node[]::new);
  }
}
