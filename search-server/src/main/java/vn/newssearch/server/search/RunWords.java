package vn.newssearch.server.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import vn.newssearch.schema.Fields;

/**
 * How the words of a run typed together score on their own (for {@link TextQueries}): what an
 * article is about shows in the run's pairs of adjacent syllables, not in its syllables apart.
 */
final class RunWords {
  private RunWords() {}

  /**
   * Each word of a run of two syllables or more, and the run's pairs of adjacent syllables that
   * hold one of its syllables (folded, in the title or the body).
   */
  static Map<String, List<Query>> pairsAround(UserQuery uq, Analyzer folded) {
    Map<String, List<Query>> out = new HashMap<>();
    for (List<String> run : uq.adjacentRuns()) {
      List<String> syllables = new ArrayList<>();
      List<String> owner = new ArrayList<>();
      for (String w : run) {
        for (String t : TextQueries.tokens(folded, w)) {
          syllables.add(t);
          owner.add(w);
        }
      }
      for (int i = 0; i + 1 < syllables.size() && i < UserQuery.MAX_UNITS; i++) {
        Query pair =
            TextQueries.either(
                syllables.subList(i, i + 2), Fields.TITLE_FOLDED, Fields.BODY_FOLDED);
        out.computeIfAbsent(owner.get(i), w -> new ArrayList<>()).add(pair);
        if (!owner.get(i + 1).equals(owner.get(i))) {
          out.computeIfAbsent(owner.get(i + 1), w -> new ArrayList<>()).add(pair);
        }
      }
    }
    return out;
  }

  /**
   * The rest of a run syllable's title weight, for the hits that hold none of its pairs: there the
   * words were not found together, and a title that holds one of them weighs as it always did.
   */
  static void addApart(
      BooleanQuery.Builder bonus,
      List<String> tokens,
      String title,
      List<Query> pairs,
      float boost) {
    if (tokens.isEmpty()) {
      return;
    }
    BooleanQuery.Builder apart =
        new BooleanQuery.Builder().add(TextQueries.match(title, tokens), Occur.MUST);
    pairs.forEach(p -> apart.add(p, Occur.MUST_NOT));
    bonus.add(new BoostQuery(apart.build(), boost * TextQueries.TITLE_BOOST), Occur.SHOULD);
  }

  /**
   * A syllable of a run of words typed together: it matches in the title or the body, but scores in
   * the body only. A Vietnamese word is most often two syllables or more, and each syllable alone
   * is part of other words: a title that says "làm việc" or "vị trí ... việc" is not about {@code
   * việc làm}, yet in a short title the two common syllables scored more than the pair does in a
   * body that repeats it. What a title holds of the run counts through the run's pairs (its title
   * phrases), or, in a hit that holds none of the syllable's pairs, through {@link #addApart}.
   */
  static Query syllable(List<String> tokens, String title, String body) {
    return TextQueries.either(tokens, title, body, 0f);
  }
}
