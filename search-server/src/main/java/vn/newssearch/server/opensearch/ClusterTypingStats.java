package vn.newssearch.server.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.newssearch.opensearch.Cluster;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.opensearch.ClusterUnavailableException;
import vn.newssearch.schema.SyllableCounts;
import vn.newssearch.server.search.typing.SyllableStats;
import vn.newssearch.server.search.typing.TypingStatus;

/**
 * The typing statistics of a cluster index, loaded once at start from the document {@code build
 * --opensearch} stored in its {@link ClusterFields#typingIndex} (the embedded index's file, as
 * bytes). An index built by an older version has none: queries are then searched as typed, with a
 * warning, and {@code /health} says so.
 *
 * @param stats null when unavailable
 */
record ClusterTypingStats(SyllableStats stats, TypingStatus status) {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterTypingStats.class);

  static ClusterTypingStats load(Cluster cluster, String index) throws ClusterUnavailableException {
    long t0 = System.nanoTime();
    String typing = ClusterFields.typingIndex(index);
    String rebuild = "; rebuild the index with this version's build --opensearch to read them";
    Cluster.Reply reply = cluster.get("/" + typing + "/_doc/" + ClusterFields.TYPING_DOC);
    if (reply.status() == 404) {
      return unavailable("the cluster holds no typing statistics for " + index + rebuild);
    }
    if (!reply.ok()) {
      return unavailable("reading " + typing + " failed: " + reply.reason());
    }
    JsonNode source = reply.json().path("_source");
    int version = source.path(ClusterFields.TYPING_VERSION).asInt();
    if (version != SyllableCounts.VERSION) {
      return unavailable(
          "the typing statistics in "
              + typing
              + " are of format "
              + version
              + ", not "
              + SyllableCounts.VERSION
              + rebuild);
    }
    try {
      SyllableCounts counts =
          SyllableCounts.fromBytes(source.path(ClusterFields.TYPING_BYTES).binaryValue());
      LOG.info(
          "typing statistics: {} syllables, {} pairs, over {} articles, loaded from {} in {} ms",
          counts.terms().length,
          counts.pairKeys().length,
          counts.docs(),
          typing,
          (System.nanoTime() - t0) / 1_000_000);
      return new ClusterTypingStats(
          SyllableStats.of(counts), TypingStatus.ready("cluster", counts.docs()));
    } catch (IOException | RuntimeException e) {
      return unavailable("the typing statistics in " + typing + " are unreadable: " + e + rebuild);
    }
  }

  private static ClusterTypingStats unavailable(String message) {
    LOG.warn("typing statistics: {}; queries are searched as typed", message);
    return new ClusterTypingStats(null, TypingStatus.unavailable(message));
  }
}
