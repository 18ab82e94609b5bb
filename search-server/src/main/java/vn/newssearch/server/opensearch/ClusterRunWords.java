package vn.newssearch.server.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.server.search.RunWords;
import vn.newssearch.server.search.UserQuery;
import vn.newssearch.server.search.typing.AdjacencyTiers;

/**
 * The embedded {@link RunWords} and pair clauses in OpenSearch's DSL, for {@link ClusterQuery}: a
 * word of a run typed together matches in the title but scores in the text only, its title weight
 * comes back only in a hit that holds none of its pairs, and each pair of adjacent syllables is a
 * term of the {@code .pairs} shingle fields (where the embedded index reads a phrase).
 */
final class ClusterRunWords {
  private ClusterRunWords() {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A run's syllable: in the title (weightless) or the text, scored in the text only. */
  static ObjectNode syllable(String text, String title, String body) {
    return ClusterQuery.either(text, title, body, "match_phrase", 0f);
  }

  /**
   * The syllable's title weight ({@code boost} times the title's), for the hits that hold none of
   * its {@code pairs} (folded syllables) in the title or the text: there the words were not found
   * together, and a title that holds one of them weighs as it always did.
   */
  static ObjectNode apart(String text, String title, List<List<String>> pairs, float boost) {
    ObjectNode q = JSON.objectNode();
    ObjectNode b = q.putObject("bool");
    b.putArray("must").add(ClusterQuery.match("match_phrase", title, text));
    ArrayNode not = b.putArray("must_not");
    pairs.forEach(p -> not.add(folded(String.join(" ", p))));
    b.put("boost", boost * ClusterQuery.TITLE_BOOST);
    return q;
  }

  /**
   * The clauses of a run's pairs of adjacent syllables, {@code folded} and as {@code typed}: the
   * folded pair (unless typed with diacritics, see {@link RunWords#typedWithDiacritics}) and the
   * typed pair score as phrases, title boosted; each folded pair found adds {@link
   * AdjacencyTiers#TIER}.
   */
  static void pairs(List<String> folded, List<String> typed, ArrayNode should) {
    for (int i = 0; i + 1 < folded.size() && i < UserQuery.MAX_UNITS; i++) {
      String pair = folded.get(i) + " " + folded.get(i + 1);
      if (!RunWords.typedWithDiacritics(typed, folded, i)) {
        should.add(ClusterQuery.boosted(folded(pair), ClusterQuery.PHRASE_BOOST));
      }
      ObjectNode tier = JSON.objectNode();
      ObjectNode constant = tier.putObject("constant_score");
      constant.set("filter", folded(pair));
      constant.put("boost", AdjacencyTiers.TIER);
      should.add(tier);
    }
    for (int i = 0; i + 1 < typed.size() && i < UserQuery.MAX_UNITS; i++) {
      String pair = typed.get(i) + " " + typed.get(i + 1);
      should.add(
          ClusterQuery.boosted(
              ClusterQuery.either(
                  pair,
                  ClusterFields.TITLE + ClusterFields.EXACT_PAIRS,
                  ClusterFields.TEXT + ClusterFields.EXACT_PAIRS,
                  "match"),
              ClusterQuery.PHRASE_BOOST));
    }
  }

  /** A pair of folded syllables side by side in the title (boosted) or the text. */
  private static ObjectNode folded(String pair) {
    return ClusterQuery.either(
        pair,
        ClusterFields.TITLE + ClusterFields.PAIRS,
        ClusterFields.TEXT + ClusterFields.PAIRS,
        "match");
  }
}
