package vn.newssearch.server.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.search.FieldDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.newssearch.model.Article;
import vn.newssearch.opensearch.Cluster;
import vn.newssearch.opensearch.ClusterDocuments;
import vn.newssearch.opensearch.ClusterFields;
import vn.newssearch.opensearch.ClusterUnavailableException;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.backend.BackendUnavailableException;
import vn.newssearch.server.backend.SearchBackend;
import vn.newssearch.server.search.Cursor;
import vn.newssearch.server.search.KnownNames;
import vn.newssearch.server.search.RequestLimits;
import vn.newssearch.server.search.SearchRequest;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.SearchResponse.FacetValue;
import vn.newssearch.server.search.SearchTimeoutException;
import vn.newssearch.server.search.SortOrder;
import vn.newssearch.server.search.UserQuery;
import vn.newssearch.server.search.typing.QueryReader;

/**
 * The cluster backend: the same requests and responses as the embedded index, answered by an
 * OpenSearch index that {@code index-builder build --opensearch} wrote. Each search is one request
 * ({@link ClusterQuery} builds it); relevance searches ask for {@code dfs_query_then_fetch}, so
 * that term statistics are the whole index's, as in the embedded index, and not each shard's. A
 * lost cluster is a {@link BackendUnavailableException} (503) within the time budget, never a hang.
 */
public final class OpenSearchBackend implements SearchBackend {
  private static final Logger LOG = LoggerFactory.getLogger(OpenSearchBackend.class);

  /** A node that does not accept a connection in this time is skipped for another. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  /** How long past the search's own budget the client waits for an answer. */
  static final Duration ANSWER_MARGIN = Duration.ofSeconds(1);

  /** How long the party names for autocomplete and name lookups are kept before a new count. */
  static final Duration NAMES_FOR = Duration.ofSeconds(30);

  /** Party names kept for autocomplete; the embedded index keeps all of them. */
  static final int MAX_NAMES = 10_000;

  private final Cluster cluster;
  private final String index;
  private final RequestLimits limits;
  private final Cursor cursors;
  private final ClusterQuery dsl = new ClusterQuery();
  private final ClusterNames names;
  private final QueryReader reader;
  private final ClusterTypingStats typing;
  private volatile Known known = new Known(KnownNames.EMPTY, 0);

  private record Known(KnownNames names, long at) {}

  private OpenSearchBackend(
      Cluster cluster,
      String index,
      RequestLimits limits,
      CompletableFuture<PartyNames> gazetteer,
      ClusterTypingStats typing) {
    this.cluster = cluster;
    this.index = index;
    this.limits = limits;
    this.cursors = new Cursor(limits.cursorKey());
    this.names = new ClusterNames(gazetteer::join);
    this.reader = new QueryReader(gazetteer::join);
    this.typing = typing;
    // The abbreviations are built once the gazetteer is loaded, not in the first query.
    reader.prepareInBackground();
  }

  /**
   * Connects and checks that the index is there; an unreachable cluster or a missing index is a
   * {@link BackendUnavailableException} with a message for the operator.
   */
  public static OpenSearchBackend open(String urls, String index, RequestLimits limits) {
    CompletableFuture<PartyNames> gazetteer = CompletableFuture.supplyAsync(PartyNames::load);
    Cluster cluster =
        Cluster.connect(urls, CONNECT_TIMEOUT, limits.timeBudget().plus(ANSWER_MARGIN));
    ClusterTypingStats typing;
    try {
      int status = cluster.head("/" + index).status();
      if (status == 404) {
        throw new BackendUnavailableException(
            "the OpenSearch cluster at "
                + urls
                + " has no index \""
                + index
                + "\"; build it with: bin/index-builder build --opensearch "
                + urls
                + " --opensearch-index "
                + index
                + " INPUT...",
            null);
      }
      typing = ClusterTypingStats.load(cluster, index);
    } catch (ClusterUnavailableException e) {
      closeQuietly(cluster);
      throw new BackendUnavailableException(e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(cluster);
      throw e;
    }
    return new OpenSearchBackend(cluster, index, limits, gazetteer, typing);
  }

  @Override
  public SearchResponse search(SearchRequest r) {
    long start = System.nanoTime();
    SortOrder sort = r.effectiveSort();
    Cursor.Position cursor = r.cursor() == null ? null : cursors.decode(r.cursor(), sort);
    List<SearchResponse.Warning> warnings = new ArrayList<>();
    // The embedded index's reader, with the statistics loaded at start: the same reading.
    QueryReader.Reading reading = reader.read(r.q(), r.literal(), typing.stats());
    UserQuery parsed = reading.query();
    if (parsed != null) {
      warnings.addAll(parsed.warnings());
    }
    ClusterQuery.Text text = parsed == null ? null : dsl.text(parsed);
    if (r.q() != null && text == null) {
      warnings.add(
          new SearchResponse.Warning(
              "no-searchable-words", "The query has no searchable words; showing every article."));
    }
    boolean needsNames = !r.parties().isEmpty() || !r.orgs().isEmpty();
    ClusterQuery.Names resolved =
        names.resolve(r, needsNames ? knownNames() : KnownNames.EMPTY, warnings);
    FieldDoc after = cursor == null ? null : cursor.last();
    ObjectNode body = dsl.body(r, text, resolved, after, limits.timeBudget());
    String path =
        "/"
            + index
            + "/_search?allow_partial_search_results=false&preference="
            + preference(r)
            + (text != null && sort == SortOrder.RELEVANCE
                ? "&search_type=dfs_query_then_fetch"
                : "");
    JsonNode reply = answer(sendRetrying(path, body, start));
    if (reply.path("timed_out").asBoolean(false)) {
      throw new SearchTimeoutException(limits.timeBudget());
    }
    int size = r.size();
    List<SearchResponse.Hit> hits = ClusterHits.hits(reply, size, text != null);
    String next =
        ClusterHits.more(reply, size) && !hits.isEmpty()
            ? cursors.encode(sort, ClusterHits.sortValues(reply, hits.size() - 1, sort), false)
            : null;
    double tookMs = Math.round((System.nanoTime() - start) / 10_000.0) / 100.0;
    return new SearchResponse(
        ClusterHits.total(reply),
        tookMs,
        hits,
        ClusterHits.facets(reply),
        next,
        List.copyOf(warnings),
        reading.interpretedAs());
  }

  /**
   * The same search goes to the same shard copies, page after page: a primary and its replica may
   * hold different deleted documents, hence different term statistics and scores, and a cursor
   * taken on one copy would repeat or skip hits on the other. Different searches still spread over
   * the copies; a copy that is lost is replaced by another.
   */
  private static String preference(SearchRequest r) {
    String key =
        String.join(
            "\u0001",
            String.valueOf(r.q()),
            String.valueOf(r.parties()),
            String.valueOf(r.orgs()),
            String.valueOf(r.from()),
            String.valueOf(r.to()),
            String.valueOf(r.category()),
            String.valueOf(r.source()),
            r.effectiveSort().label());
    return "q" + Integer.toHexString(key.hashCode());
  }

  @Override
  public Optional<Article> article(String id) {
    String path =
        "/"
            + index
            + "/_doc/"
            + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")
            + "?_source_includes="
            + ClusterFields.ARTICLE;
    Cluster.Reply reply;
    try {
      reply = cluster.get(path);
    } catch (ClusterUnavailableException e) {
      throw unavailable(e);
    }
    if (reply.status() == 404) {
      return Optional.empty();
    }
    JsonNode json = answer(reply);
    return Optional.of(ClusterDocuments.fromSource(json.path("_source")));
  }

  @Override
  public List<FacetValue> parties(String prefix, int limit) {
    return knownNames().withPrefix(prefix, limit);
  }

  @Override
  public Health health() {
    ClusterHealth h = ClusterHealth.of(cluster, index, typing.status());
    return new Health(h, h.serving());
  }

  @Override
  public long documents() {
    try {
      return answer(cluster.get("/" + index + "/_count")).path("count").asLong();
    } catch (ClusterUnavailableException e) {
      throw unavailable(e);
    }
  }

  /**
   * Every party name with its article count, from a terms aggregation over the whole index; kept
   * for {@link #NAMES_FOR}, as the embedded index keeps them per reader.
   */
  private KnownNames knownNames() {
    Known k = known;
    if (System.nanoTime() - k.at() < NAMES_FOR.toNanos() && k.at() != 0) {
      return k.names();
    }
    ObjectNode body = Cluster.json().createObjectNode();
    body.put("size", 0);
    body.putObject("aggs")
        .putObject("parties")
        .putObject("terms")
        .put("field", ClusterFields.PARTIES)
        .put("size", MAX_NAMES);
    JsonNode reply = answer(send("/" + index + "/_search", body));
    List<FacetValue> values = new ArrayList<>();
    for (JsonNode b : reply.path("aggregations").path("parties").path("buckets")) {
      values.add(new FacetValue(b.path("key").asText(), b.path("doc_count").asLong()));
    }
    KnownNames names = new KnownNames(values);
    known = new Known(names, System.nanoTime());
    return names;
  }

  /** Pause before a search is sent again after a node failed under it. */
  static final Duration RETRY_PAUSE = Duration.ofMillis(100);

  /**
   * A search is a read and may be sent again: while a node stops, a search it was part of fails
   * (5xx, or no answer from that node) before the cluster routes to the replicas. It is retried
   * while the time budget lasts, so the user sees an answer from the replicas instead.
   */
  private Cluster.Reply sendRetrying(String path, ObjectNode body, long start) {
    long budget = limits.timeBudget().toNanos();
    for (int attempt = 1; ; attempt++) {
      boolean last = System.nanoTime() - start + RETRY_PAUSE.toNanos() > budget || attempt == 5;
      try {
        Cluster.Reply reply = cluster.post(path, body);
        if (reply.status() < 500 && !shardsLost(reply) || last) {
          return reply;
        }
        LOG.warn("search answered {}; retrying (attempt {})", reply.reason(), attempt);
      } catch (ClusterUnavailableException e) {
        if (last) {
          throw unavailable(e);
        }
        LOG.warn("{}; retrying (attempt {})", e.getMessage(), attempt);
      }
      try {
        Thread.sleep(RETRY_PAUSE.toMillis() * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackendUnavailableException("interrupted while retrying a search", e);
      }
    }
  }

  private Cluster.Reply send(String path, ObjectNode body) {
    try {
      return cluster.post(path, body);
    } catch (ClusterUnavailableException e) {
      throw unavailable(e);
    }
  }

  /**
   * The body of a successful answer. A refusal for lack of nodes or shard copies (5xx, 429) is the
   * cluster being unavailable; any other is a query this class built wrongly, a bug (500).
   */
  private JsonNode answer(Cluster.Reply reply) {
    if (reply.ok()) {
      return reply.json();
    }
    if (reply.status() >= 500 || reply.status() == 429 || shardsLost(reply)) {
      throw new BackendUnavailableException(
          "the OpenSearch cluster cannot answer now (" + reply.reason() + "); try again", null);
    }
    throw new IllegalStateException("the cluster refused a search: " + reply.reason());
  }

  /**
   * A search that failed on shards, whatever its status: while a node stops, a shard copy it held
   * fails the search with the status of the shard's own failure (a 404 for a search context that
   * went with the node, "Partial shards failure"), not a 5xx. Sent again, it reaches the copies
   * that remain. A 400 is a query this class built wrongly, and stays a bug.
   */
  private static boolean shardsLost(Cluster.Reply reply) {
    return !reply.ok()
        && reply.status() != 400
        && reply.json().path("error").path("type").asText("").equals(SHARDS_FAILED);
  }

  private static final String SHARDS_FAILED = "search_phase_execution_exception";

  private BackendUnavailableException unavailable(ClusterUnavailableException e) {
    LOG.warn("{}", e.getMessage());
    return new BackendUnavailableException(e.getMessage() + "; try again", e);
  }

  private static void closeQuietly(Cluster cluster) {
    try {
      cluster.close();
    } catch (IOException e) {
      // nothing was sent through it
    }
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
