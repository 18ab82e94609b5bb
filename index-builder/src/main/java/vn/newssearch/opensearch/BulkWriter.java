package vn.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.newssearch.source.Origin;

/**
 * Sends documents to the cluster in {@code _bulk} requests. Each document is indexed under the
 * article's id, so a rerun replaces it and never duplicates it. A whole request that times out or
 * is refused with 429 (the cluster's back-pressure) is sent again after a growing pause, and so are
 * the single documents refused with 429; any other refusal is reported for that article.
 * Thread-safe: the thread that fills a batch sends it, so as many batches are in flight as threads
 * add.
 */
public final class BulkWriter {
  /** A batch is sent at this many documents or bytes, whichever comes first. */
  static final int BATCH_DOCS = 500;

  static final int BATCH_BYTES = 8 << 20;

  /** Attempts per document before it is reported failed; the pauses add up to about 25 s. */
  static final int ATTEMPTS = 7;

  static final Duration FIRST_PAUSE = Duration.ofMillis(200);

  /** One document waiting to be sent, with what the tally needs to know about it. */
  public record Pending(String id, Origin origin, boolean dated, byte[] action) {}

  /** Where each document's outcome goes. */
  public interface Results {
    void indexed(Pending p, boolean created);

    void failed(Pending p, String reason);
  }

  private final Cluster cluster;
  private final String index;
  private final Results results;
  private List<Pending> batch = new ArrayList<>();
  private long batchBytes;

  public BulkWriter(Cluster cluster, String index, Results results) {
    this.cluster = cluster;
    this.index = index;
    this.results = results;
  }

  /** The two lines of a {@code _bulk} index action for {@code doc}. */
  public static byte[] action(String id, ObjectNode doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      ObjectNode meta = Cluster.json().createObjectNode();
      meta.putObject("index").put("_id", id);
      out.write(Cluster.json().writeValueAsBytes(meta));
      out.write('\n');
      out.write(Cluster.json().writeValueAsBytes(doc));
      out.write('\n');
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
    return out.toByteArray();
  }

  /** Queues one document; sends the batch when it is full. */
  public void add(Pending p) throws ClusterUnavailableException, InterruptedException {
    List<Pending> full = null;
    synchronized (this) {
      batch.add(p);
      batchBytes += p.action().length;
      if (batch.size() >= BATCH_DOCS || batchBytes >= BATCH_BYTES) {
        full = batch;
        batch = new ArrayList<>();
        batchBytes = 0;
      }
    }
    if (full != null) {
      send(full);
    }
  }

  /** Sends what is queued. */
  public void flush() throws ClusterUnavailableException, InterruptedException {
    List<Pending> rest;
    synchronized (this) {
      rest = batch;
      batch = new ArrayList<>();
      batchBytes = 0;
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
  }

  /**
   * Sends a batch until every document is indexed or refused for good. If the cluster stays
   * unreachable, every document left is reported failed and the exception ends the build.
   */
  void send(List<Pending> docs) throws ClusterUnavailableException, InterruptedException {
    List<Pending> left = docs;
    Duration pause = FIRST_PAUSE;
    for (int attempt = 1; !left.isEmpty(); attempt++) {
      boolean last = attempt == ATTEMPTS;
      Cluster.Reply reply;
      try {
        reply = cluster.postLines("/" + index + "/_bulk", body(left));
      } catch (ClusterUnavailableException e) {
        if (last) {
          for (Pending p : left) {
            results.failed(p, "not indexed: " + e.getMessage());
          }
          throw e;
        }
        pause = pause(pause);
        continue;
      }
      if (reply.status() == 429 && !last) {
        pause = pause(pause);
        continue;
      }
      if (!reply.ok()) {
        for (Pending p : left) {
          results.failed(p, "the cluster refused the batch: " + reply.reason());
        }
        return;
      }
      left = outcomes(left, reply.json(), last);
      if (!left.isEmpty()) {
        pause = pause(pause);
      }
    }
  }

  /** Reports each item's outcome; returns the documents to send again (429 only). */
  private List<Pending> outcomes(List<Pending> sent, JsonNode reply, boolean last) {
    List<Pending> again = new ArrayList<>();
    JsonNode items = reply.path("items");
    for (int i = 0; i < sent.size(); i++) {
      Pending p = sent.get(i);
      JsonNode item = items.path(i).path("index");
      int status = item.path("status").asInt(0);
      if (status == 200 || status == 201) {
        results.indexed(p, "created".equals(item.path("result").asText()));
      } else if (status == 429 && !last) {
        again.add(p);
      } else {
        JsonNode error = item.path("error");
        String reason =
            error.isMissingNode()
                ? "no answer for it (HTTP " + status + ")"
                : error.path("type").asText() + ": " + error.path("reason").asText();
        results.failed(p, "the cluster refused it: " + reason);
      }
    }
    return again;
  }

  private static byte[] body(List<Pending> docs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Pending p : docs) {
      out.writeBytes(p.action());
    }
    return out.toByteArray();
  }

  private static Duration pause(Duration pause) throws InterruptedException {
    Thread.sleep(pause.toMillis());
    return pause.multipliedBy(2);
  }
}
