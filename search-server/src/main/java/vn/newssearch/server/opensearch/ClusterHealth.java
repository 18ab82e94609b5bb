package vn.newssearch.server.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import vn.newssearch.opensearch.Cluster;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.opensearch.ClusterUnavailableException;
import vn.newssearch.server.search.typing.TypingStatus;

/**
 * What {@code /health} reports on a cluster: the fields of the embedded report, then the cluster's
 * own status. {@code indexVersion} is the sum of the primaries' highest sequence numbers, which
 * grows with every write as the embedded reader version grows with every commit; {@code lastCommit}
 * is when the last build finished.
 *
 * @param status "ok", or "unavailable" when searches cannot be answered (the cluster is unreachable
 *     or a shard has no copy left: red)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClusterHealth(
    String status,
    long documents,
    long indexVersion,
    String lastCommit,
    TypingStatus typing,
    State cluster) {

  /** The cluster's side: its name, green/yellow/red (or "unreachable") and its nodes. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record State(
      String name, String status, Integer nodes, String index, String url, String message) {}

  boolean serving() {
    return status.equals("ok");
  }

  static ClusterHealth of(Cluster cluster, String index, TypingStatus typing) {
    try {
      JsonNode health = cluster.get("/_cluster/health/" + index + "?timeout=1s").json();
      String color = health.path("status").asText("red");
      State state =
          new State(
              health.path("cluster_name").asText(null),
              color,
              health.path("number_of_nodes").asInt(),
              index,
              cluster.description(),
              null);
      if (color.equals("red")) {
        return new ClusterHealth("unavailable", 0, 0, null, typing, state);
      }
      long documents = cluster.get("/" + index + "/_count").json().path("count").asLong();
      return new ClusterHealth(
          "ok", documents, version(cluster, index), builtAt(cluster, index), typing, state);
    } catch (ClusterUnavailableException e) {
      return new ClusterHealth(
          "unavailable",
          0,
          0,
          null,
          typing,
          new State(null, "unreachable", null, index, cluster.description(), e.getMessage()));
    }
  }

  private static long version(Cluster cluster, String index) throws ClusterUnavailableException {
    JsonNode shards =
        cluster
            .get("/" + index + "/_stats/docs?level=shards")
            .json()
            .path("indices")
            .path(index)
            .path("shards");
    long sum = 0;
    for (JsonNode copies : shards) {
      for (JsonNode copy : copies) {
        if (copy.path("routing").path("primary").asBoolean()) {
          sum += copy.path("seq_no").path("max_seq_no").asLong() + 1;
        }
      }
    }
    return sum;
  }

  private static String builtAt(Cluster cluster, String index) throws ClusterUnavailableException {
    JsonNode meta =
        cluster.get("/" + index + "/_mapping").json().path(index).path("mappings").path("_meta");
    return meta.path(ClusterFields.BUILT_AT).asText(null);
  }
}
