package vn.newssearch.server.search.typing;

import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * Syllables typed together rank first, under every filter: each pair of adjacent query syllables
 * that a hit holds side by side adds a constant far above any term score, so the hits fall into
 * tiers by how many of the query's pairs they hold, and term scores order each tier. Without it,
 * {@code lao dong} in April 2021 ranked "xe khách ... lao vào lề đường" (via "xã Đồng Tâm") and
 * "nước bạn Lào" above articles that say "lao động": their title weight beat the pair's bonus.
 */
public final class AdjacencyTiers {
  private AdjacencyTiers() {}

  /** Above any sum of term scores of a query of up to 32 words (BM25 of one term stays < 30). */
  public static final float TIER = 1000f;

  /** A clause worth {@link #TIER} when {@code pair} matches. */
  public static Query tier(Query pair) {
    return new BoostQuery(new ConstantScoreQuery(pair), TIER);
  }
}
