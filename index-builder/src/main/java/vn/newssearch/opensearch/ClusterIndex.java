package vn.newssearch.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

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
