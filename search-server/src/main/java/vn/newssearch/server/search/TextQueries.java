package vn.newssearch.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
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
  private final IndexedConcepts concepts;

  /** Without concept terms: every OR group searches its forms. */
  TextQueries() {
    this(null);
  }

  /** OR groups that are an abbreviation's concept search its term where the index holds it. */
  TextQueries(IndexedConcepts concepts) {
    this.concepts = concepts;
  }

  /**
   * The first-pass query (what matches, and the term-level score); the bonus of the positional
   * clauses that only add score (null if there are none); and a smaller query with only the
   * folded-body clauses for the highlighter (the title and exact-field clauses cannot mark anything
   * in the body and only cost). The one-pass score of a hit is its query score plus its bonus.
   * {@code longQuery}: most of its plain words must match, not all (a pasted headline or sentence).
   */
  record Built(
      Query query, Query bonus, Query highlight, Query highlightApart, boolean longQuery) {}

  /** The text queries, or null when the query has no searchable word at all. */
  Built build(UserQuery uq) {
    return build(uq, null);
  }

  /**
   * The same, with the index's document frequencies: in a long query only its rarer half of plain
   * words decides what matches (see {@link #addWords}); without an index, all of them do.
   */
  Built build(UserQuery uq, IndexReader index) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder bonus = new BooleanQuery.Builder();
    BooleanQuery.Builder h = new BooleanQuery.Builder();
    boolean anyRequired = false;
    Map<String, List<Query>> inRuns = RunWords.pairsAround(uq, folded);
    // Plain words may be "most of them" in a long query; phrases and OR groups stay required.
    List<Query> words = new ArrayList<>();
    List<String> wordTexts = new ArrayList<>();
    // The first pass's clauses from the groups, in order; which of them are accent-exact terms.
    List<BooleanClause> fromGroups = new ArrayList<>();
    Set<BooleanClause> exactTerms = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<UserQuery.Unit> group : uq.required()) {
      Query g = group(group, bonus, index);
      if (g != null) {
        if (group.size() == 1 && !group.getFirst().phrase()) {
          String word = group.getFirst().text();
          wordTexts.add(word);
          words.add(
              inRuns.containsKey(word)
                  ? RunWords.syllable(tokens(folded, word), Fields.TITLE_FOLDED, Fields.BODY_FOLDED)
                  : g);
          if (inRuns.containsKey(word)) {
            RunWords.addApart(
                bonus, tokens(folded, word), Fields.TITLE_FOLDED, inRuns.get(word), 1f);
          }
        } else {
          fromGroups.add(new BooleanClause(g, Occur.MUST));
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
            if (exactTokens.size() > 1) {
              bonus.add(new BoostQuery(boost, EXACT_BOOST), Occur.SHOULD);
            } else {
              boolean inRun = group.size() == 1 && inRuns.containsKey(u.text());
              Query term =
                  inRun
                      ? RunWords.syllable(exactTokens, Fields.TITLE_EXACT, Fields.BODY_EXACT)
                      : boost;
              BooleanClause exactTerm =
                  new BooleanClause(new BoostQuery(term, EXACT_BOOST), Occur.SHOULD);
              fromGroups.add(exactTerm);
              exactTerms.add(exactTerm);
              if (inRun) {
                RunWords.addApart(
                    bonus, exactTokens, Fields.TITLE_EXACT, inRuns.get(u.text()), EXACT_BOOST);
              }
            }
          }
        }
      }
    }
    boolean longQuery = MinimumShouldMatch.of(words.size()) < words.size();
    for (BooleanClause c : fromGroups) {
      // A long query's accent-exact terms (one per word) are left out. Its folded pairs and its
      // exact title pairs tell "lao động" from "lão đồng" across a pasted headline's twenty
      // syllables; the exact terms, read in the window (the run's syllables score in the body
      // only), were a third of the postings its bonus advanced per hit, and no figure of the
      // relevance regression moves without them (docs/performance.md).
      if (!(longQuery && exactTerms.contains(c))) {
        b.add(c);
      }
    }
    addWords(b, bonus, words, longQuery && index != null ? rarerFirst(wordTexts, index) : null);
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
      addPairs(b, bonus, run, folded, Fields.TITLE_FOLDED, Fields.BODY_FOLDED, true, true);
      // A long query's accent-exact pairs in the body: see addPairs.
      addPairs(b, bonus, run, exact, Fields.TITLE_EXACT, Fields.BODY_EXACT, false, !longQuery);
    }
    BooleanQuery bonusQuery = bonus.build();
    BooleanQuery first = b.build();
    return new Built(
        longQuery ? sharedOptional(first) : first,
        bonusQuery.clauses().isEmpty() ? null : bonusQuery,
        together(uq, h.build()),
        h.build(),
        longQuery);
  }

  /**
   * The plain words: all required up to {@link MinimumShouldMatch#ALL_UP_TO}; beyond, as Lucene's
   * {@code CommonTermsQuery} does, the rarer half of them (by document frequency in the folded
   * body) decides which articles are candidates, three quarters of it required, and the commoner
   * half only adds score. A pasted headline's common syllables ("của", "người", "lao", "động") each
   * hold tens of thousands of articles, and counting them towards the minimum made the first pass
   * visit every article that holds enough of them; the article the headline came from holds its
   * rare syllables too. The commoner half scores in the window's bonus: read on every candidate,
   * their long postings were a tenth to a fifth of the first pass; the candidates the first pass
   * ranks into the window are chosen by the rarer words and the title pairs (the window's hits
   * score as before).
   */
  private static void addWords(
      BooleanQuery.Builder b,
      BooleanQuery.Builder bonus,
      List<Query> words,
      List<Integer> rarerFirst) {
    int must = MinimumShouldMatch.of(words.size());
    if (must == words.size()) {
      words.forEach(w -> b.add(w, Occur.MUST));
      return;
    }
    List<Query> deciding = words;
    if (rarerFirst != null) {
      List<Integer> order = rarerFirst;
      int rare = (words.size() + 1) / 2;
      deciding = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        Query w = words.get(order.get(k));
        if (k < rare) {
          deciding.add(w);
        } else {
          bonus.add(w, Occur.SHOULD);
        }
      }
      must = (rare * 3 + 3) / 4;
    }
    BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(must);
    deciding.forEach(w -> most.add(w, Occur.SHOULD));
    b.add(most.build(), Occur.MUST);
  }

  /**
   * A long query's optional clauses (a term per word on the exact fields, the commoner half of its
   * words, a title phrase per pair: over a hundred for a pasted headline) scored together by a
   * {@link SharedPostingsQuery} on the hits of its required ones, with the same scores.
   */
  private static Query sharedOptional(BooleanQuery q) {
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    BooleanQuery.Builder optional = new BooleanQuery.Builder();
    boolean any = false;
    for (BooleanClause c : q.clauses()) {
      if (c.occur() == Occur.SHOULD) {
        optional.add(c);
        any = true;
      } else {
        required.add(c);
      }
    }
    if (!any) {
      return q;
    }
    return required.add(new SharedPostingsQuery(optional.build()), Occur.SHOULD).build();
  }

  /**
   * The plain words' indices, rarest first: by the document frequency of the word's rarest syllable
   * in the folded body.
   */
  private List<Integer> rarerFirst(List<String> texts, IndexReader index) {
    long[] df = new long[texts.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < df.length; i++) {
      df[i] = docFreq(index, tokens(folded, texts.get(i)));
      order.add(i);
    }
    order.sort(Comparator.comparingLong(i -> df[i]));
    return order;
  }

  /** The fewest articles any of a word's syllables is in (folded body). */
  private static long docFreq(IndexReader index, List<String> syllables) {
    long min = Long.MAX_VALUE;
    try {
      for (String s : syllables) {
        min = Math.min(min, index.docFreq(new Term(Fields.BODY_FOLDED, s)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return syllables.isEmpty() ? 0 : min;
  }

  /**
   * What the snippets mark first: the query's words where they stand together (each pair of a run's
   * syllables, as a phrase in the folded body), and the words typed apart (phrases, OR groups, a
   * word alone) as they are. Where a hit holds none of these, {@code apart} marks each syllable on
   * its own.
   */
  private Query together(UserQuery uq, Query apart) {
    BooleanQuery.Builder t = new BooleanQuery.Builder();
    Set<String> inRuns = new HashSet<>();
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

  /**
   * The must-match part of one group: any of its units, on the folded fields. An alternative that
   * holds another one's syllables in a row ("Thành phố Hồ Chí Minh" beside "Hồ Chí Minh", "TP HCM"
   * beside "HCM") matches no article the shorter one does not: it only adds score, so it goes to
   * the window's bonus, where its positions are read for the top hits only, not for every article
   * that holds its common syllables.
   */
  private Query group(List<UserQuery.Unit> group, BooleanQuery.Builder bonus, IndexReader index) {
    List<List<String>> forms = new ArrayList<>();
    for (UserQuery.Unit u : group) {
      List<String> t = tokens(folded, u.text());
      if (!t.isEmpty()) {
        forms.add(t);
      }
    }
    String concept = concepts == null ? null : concepts.term(forms, index);
    if (concept != null) {
      // Every form of an abbreviation's concept ("BHXH", "bảo hiểm xã hội") is one indexed term:
      // the same articles as the OR of its forms, without a phrase checked on every hit.
      return either(List.of(concept), Fields.TITLE_FOLDED, Fields.BODY_FOLDED);
    }
    List<Query> alternatives = new ArrayList<>();
    for (List<String> form : forms) {
      Query q = either(form, Fields.TITLE_FOLDED, Fields.BODY_FOLDED);
      if (Alternatives.onlyAddsScore(form, forms)) {
        bonus.add(q, Occur.SHOULD);
      } else {
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
   * pairs rank first whatever their term scores (see {@link AdjacencyTiers}). Without {@code
   * bodyPhrases}, the pairs score in the title only: a long query's accent-exact pairs, whose
   * positions in the window's bodies were about half of what its bonus read, while its folded pairs
   * (read there anyway for the tiers) and its exact title pairs still tell "lao động" from "lão
   * đồng" across a pasted headline's twenty syllables. No figure of the relevance regression moves
   * without them; pasted headlines over HTTP went from 1.56–1.58× plain keywords at p50 to
   * 1.40–1.46× (docs/performance.md).
   */
  private void addPairs(
      BooleanQuery.Builder first,
      BooleanQuery.Builder b,
      List<String> run,
      Analyzer analyzer,
      String title,
      String body,
      boolean tiers,
      boolean bodyPhrases) {
    List<String> syllables = new ArrayList<>();
    for (String word : run) {
      syllables.addAll(tokens(analyzer, word));
    }
    List<String> typed = new ArrayList<>();
    if (tiers) {
      run.forEach(w -> typed.addAll(tokens(exact, w)));
    }
    for (int i = 0; i + 1 < syllables.size() && i < UserQuery.MAX_UNITS; i++) {
      Query pair = either(syllables.subList(i, i + 2), title, body);
      // A pair typed (or read) with diacritics scores through its exact phrase alone; the folded
      // pair still places the hit in its tier.
      boolean accented = tiers && RunWords.typedWithDiacritics(typed, syllables, i);
      if (!accented) {
        // The title's phrase is cheap (titles are short), and it is what the first pass knows of
        // the run's title weight (its syllables apart score there only in the body): it chooses
        // the hits that get the bonus. The body's phrase waits for the window.
        List<String> two = syllables.subList(i, i + 2);
        first.add(new BoostQuery(match(title, two), TITLE_BOOST * PHRASE_BOOST), Occur.SHOULD);
        if (bodyPhrases) {
          b.add(new BoostQuery(match(body, two), PHRASE_BOOST), Occur.SHOULD);
        }
      }
      if (tiers) {
        b.add(AdjacencyTiers.tier(pair), Occur.SHOULD);
      }
    }
  }

  /** Title (boosted) or body; a term for one token, an exact phrase for several. */
  static Query either(List<String> tokens, String title, String body) {
    return either(tokens, title, body, TITLE_BOOST);
  }

  static Query either(List<String> tokens, String title, String body, float titleBoost) {
    if (tokens.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(match(title, tokens), titleBoost), Occur.SHOULD);
    b.add(match(body, tokens), Occur.SHOULD);
    return b.build();
  }

  static Query match(String field, List<String> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.getFirst()));
    }
    return new PhraseQuery(field, tokens.toArray(String[]::new));
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    return VietnameseAnalysis.terms(analyzer, text, MAX_TOKENS_PER_UNIT);
  }
}
