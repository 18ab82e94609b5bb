package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * The third system of the relevance evaluation (eval/README.md): the peer benchmark's OpenSearch
 * mapping ({@link Mapping}) and query ({@link Query#body}) over the same extracted sample articles
 * (our {@code parse} output), scored on the judged queries with the same metrics, next to the
 * recorded figures of ours and the BM25 baseline.
 *
 * <p>{@code java -cp 'bench-opensearch/target/classes:bench-opensearch/target/lib/*'
 * vn.newssearch.bench.opensearch.OpenSearchRelevance --parsed sample-parsed.jsonl --pages
 * data/sample/pages --queries eval/queries.jsonl --expected eval/expected-metrics.json --out
 * bench-opensearch/target/relevance-opensearch.md [--port 9280]}
 */
public final class OpenSearchRelevance {
  static final int K = 10;
  private static final Pattern PUBLISHED = Pattern.compile("(?<!\\\\)\"published\":\"([^\"]+)\"");
  private static final Pattern HIT_ID =
      Pattern.compile("\"_id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private OpenSearchRelevance() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      args.put(argv[i].substring(2), argv[i + 1]);
    }
    List<String> parsed = Files.readAllLines(Path.of(args.get("parsed")), StandardCharsets.UTF_8);
    parsed.removeIf(String::isBlank);
    Map<String, String> pageIds = PageIds.of(Path.of(args.get("pages")), parsed);
    List<EvalQuery> queries = EvalQuery.read(Path.of(args.get("queries")));
    Map<String, Double> expected = ExpectedMetrics.read(Path.of(args.get("expected")));
    int port = Integer.parseInt(args.getOrDefault("port", "9280"));
    Path base = Files.createTempDirectory("relevance-opensearch");
    OpenSearchRunner runner = new OpenSearchRunner();
    RelevanceReport report = new RelevanceReport(expected);
    try {
      runner.build(
          OpenSearchRunner.newConfigs()
              .numOfNode(1)
              .basePath(base.toString())
              .clusterName("relevance")
              .baseHttpPort(port)
              .disableESLogger());
      runner.ensureYellow();
      Rest rest = Rest.find(port);
      rest.put("/bench", Mapping.JSON);
      index(rest, parsed);
      for (EvalQuery q : queries) {
        Map<String, Integer> judged = new LinkedHashMap<>();
        q.relevant()
            .forEach((key, g) -> judged.merge(pageIds.getOrDefault(key, key), g, Math::max));
        String request = Query.body(q.q(), q.party(), q.from(), q.to(), q.category());
        String response = rest.post("/bench/_search", request);
        report.add(q, ranked(response), judged);
      }
    } finally {
      runner.close();
      runner.clean();
    }
    String table = report.markdown(parsed.size(), queries.size());
    System.out.println(table);
    Path out = Path.of(args.getOrDefault("out", "bench-opensearch/target/relevance-opensearch.md"));
    Files.writeString(out, table, StandardCharsets.UTF_8);
    Files.write(
        Path.of(out.toString().replaceFirst("\\.md$", "") + "-per-query.tsv"),
        report.perQuery(),
        StandardCharsets.UTF_8);
    System.out.println("written to " + out);
    System.exit(0); // the node leaves non-daemon threads behind
  }

  /** One _bulk of every article, in parse order (so ties break the same on every run). */
  private static void index(Rest rest, List<String> parsed) throws IOException {
    StringBuilder bulk = new StringBuilder();
    for (String line : parsed) {
      String id = Json.string(line, "id");
      bulk.append("{\"index\":{\"_id\":").append(Json.quote(id)).append("}}\n");
      bulk.append(localPublished(line)).append('\n');
    }
    String r = rest.post("/bench/_bulk", bulk.toString());
    if (r.contains("\"errors\":true")) {
      throw new IOException("bulk errors: " + r.substring(0, Math.min(800, r.length())));
    }
    rest.post("/bench/_refresh", "");
    long count = Json.firstLong(rest.get("/bench/_count"), "count");
    if (count != parsed.size()) {
      throw new IOException("indexed " + count + " of " + parsed.size() + " articles");
    }
  }

  /**
   * Our parse output writes published as an offset date-time; the peer's date field holds Vietnam
   * local time (its range filter reads days as local), so convert it the same way.
   */
  static String localPublished(String line) {
    Matcher m = PUBLISHED.matcher(line);
    if (!m.find()) {
      return line;
    }
    String local =
        OffsetDateTime.parse(m.group(1))
            .withOffsetSameInstant(VIETNAM)
            .toLocalDateTime()
            .format(LOCAL);
    return line.substring(0, m.start(1)) + local + line.substring(m.end(1));
  }

  private static List<String> ranked(String response) {
    List<String> ids = new ArrayList<>();
    for (Matcher m = HIT_ID.matcher(response); m.find() && ids.size() < K; ) {
      ids.add(Json.unescape(m.group(1)));
    }
    return ids;
  }
}
