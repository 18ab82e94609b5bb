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
 * How the words of a run typed together score on their own (for {@link TextQueries}, and for the
 * cluster's query, which mirrors it): what an article is about shows in the run's pairs of adjacent
 * syllables, not in its syllables apart.
 */
public final class RunWords {
  private RunWords() {}

  /**
   * Each word of a run of two syllables or more, and the run's pairs of adjacent syllables that
   * hold one of its syllables (folded, in the title or the body).
   */
  static Map<String, List<Query>> pairsAround(UserQuery uq, Analyzer folded) {
    Map<String, List<Query>> out = new HashMap<>();
    pairSyllablesAround(uq, folded)
        .forEach(
            (word, pairs) ->
                out.put(
                    word,
                    pairs.stream()
                        .map(p -> TextQueries.either(p, Fields.TITLE_FOLDED, Fields.BODY_FOLDED))
                        .toList()));
    return out;
  }

  /**
   * Each word (as typed) of a run of two syllables or more, and the folded syllables of the run's
   * pairs that hold one of its syllables.
   */
  public static Map<String, List<List<String>>> pairSyllablesAround(UserQuery uq, Analyzer folded) {
    Map<String, List<List<String>>> out = new HashMap<>();
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
        List<String> pair = List.copyOf(syllables.subList(i, i + 2));
        out.computeIfAbsent(owner.get(i), w -> new ArrayList<>()).add(pair);
        if (!owner.get(i + 1).equals(owner.get(i))) {
          out.computeIfAbsent(owner.get(i + 1), w -> new ArrayList<>()).add(pair);
        }
      }
    }
    return out;
  }

  /**
   * Whether the pair at {@code i} of a run was typed (or read) with diacritics: {@code typed} are
   * the run's syllables as typed (lower-cased), {@code folded} the same folded. Such a pair scores
   * through its exact phrase alone: where only the folded pair matches, the article writes another
   * word ("công nhận" for "công nhân", "Lào" for "lao"). The folded pair still gives the tier.
   */
  public static boolean typedWithDiacritics(List<String> typed, List<String> folded, int i) {
    return typed.size() == folded.size()
        && !typed.subList(i, i + 2).equals(folded.subList(i, i + 2));
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
