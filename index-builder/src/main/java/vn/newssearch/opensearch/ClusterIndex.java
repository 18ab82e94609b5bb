package vn.newssearch.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import vn.newssearch.schema.SyllableCounts;

/**
 * Creating, finishing and counting one index of the cluster; the builder's side of the contract.
 */
public final class ClusterIndex {
  private final Cluster cluster;
  private final String index;

  public ClusterIndex(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  public String name() {
    return index;
  }

  /**
   * Checks the cluster answers, puts the template and creates the index when it is missing. An
   * existing index keeps its shards and replicas (they are fixed at creation); a rerun updates it.
   */
  public void prepare(int shards, int replicas) throws ClusterUnavailableException {
    Cluster.Reply info = cluster.get("/");
    if (!info.ok()) {
      throw new ClusterUnavailableException(
          "the OpenSearch cluster at " + cluster.description() + " refused: " + info.reason(),
          null);
    }
    Cluster.Reply t =
        cluster.put(
            "/_index_template/" + IndexTemplate.name(index),
            IndexTemplate.template(index, shards, replicas));
    if (!t.ok()) {
      throw refused("the index template", t);
    }
    if (cluster.head("/" + index).status() == 404) {
      Cluster.Reply created = cluster.put("/" + index, Cluster.json().createObjectNode());
      if (!created.ok() && !created.reason().contains("resource_already_exists")) {
        throw refused("creating index " + index, created);
      }
    }
    Cluster.Reply health =
        cluster.get("/_cluster/health/" + index + "?wait_for_status=yellow&timeout=60s");
    if (!health.ok() || health.json().path("timed_out").asBoolean(false)) {
      throw refused("index " + index + " has no primary shard ready", health);
    }
  }

  /** Makes every document visible to searches and records when the build finished. */
  public void finish() throws ClusterUnavailableException {
    Cluster.Reply r = cluster.post("/" + index + "/_refresh", null);
    if (!r.ok()) {
      throw refused("refreshing " + index, r);
    }
    ObjectNode meta = Cluster.json().createObjectNode();
    meta.putObject("_meta").put(ClusterFields.BUILT_AT, Instant.now().toString());
    Cluster.Reply m = cluster.put("/" + index + "/_mapping", meta);
    if (!m.ok()) {
      throw refused("recording the build time on " + index, m);
    }
  }

  /**
   * Stores the typing statistics of the index as one document of its {@link
   * ClusterFields#typingIndex} (created with one shard, copied to every node), replacing those of
   * an earlier build.
   */
  public void putSyllableStats(SyllableCounts stats) throws ClusterUnavailableException {
    String typing = ClusterFields.typingIndex(index);
    if (cluster.head("/" + typing).status() == 404) {
      ObjectNode body = Cluster.json().createObjectNode();
      body.putObject("settings")
          .putObject("index")
          .put("number_of_shards", 1)
          .put("auto_expand_replicas", "0-all");
      // The bytes are only kept in _source: nothing in this index is searched.
      body.putObject("mappings").put("dynamic", false);
      Cluster.Reply created = cluster.put("/" + typing, body);
      if (!created.ok() && !created.reason().contains("resource_already_exists")) {
        throw refused("creating index " + typing, created);
      }
    }
    ObjectNode doc = Cluster.json().createObjectNode();
    doc.put(ClusterFields.TYPING_VERSION, SyllableCounts.VERSION);
    doc.put(ClusterFields.TYPING_BYTES, stats.toBytes());
    Cluster.Reply r =
        cluster.put("/" + typing + "/_doc/" + ClusterFields.TYPING_DOC + "?refresh=true", doc);
    if (!r.ok()) {
      throw refused("storing the typing statistics in " + typing, r);
    }
  }

  /** Documents in the index, as searches see them. */
  public long documents() throws ClusterUnavailableException {
    Cluster.Reply r = cluster.get("/" + index + "/_count");
    if (!r.ok()) {
      throw refused("counting " + index, r);
    }
    return r.json().path("count").asLong();
  }

  /** Bytes on disk of the index's primaries and replicas. */
  public long storeBytes() throws ClusterUnavailableException {
    Cluster.Reply r = cluster.get("/" + index + "/_stats/store");
    return r.json().path("_all").path("total").path("store").path("size_in_bytes").asLong(0);
  }

  private ClusterUnavailableException refused(String what, Cluster.Reply r) {
    return new ClusterUnavailableException(
        what + " failed on " + cluster.description() + ": " + r.reason(), null);
  }
}
