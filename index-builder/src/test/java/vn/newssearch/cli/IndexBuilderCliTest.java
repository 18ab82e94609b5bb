package vn.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.source.TestFiles;

/** Runs the real command line in-process, as Lucene's TestDemo runs IndexFiles.main. */
class IndexBuilderCliTest {
  private static final Path DANTRI = TestFiles.sample().resolve("dantri-sample.jsonl");

  @TempDir Path tmp;

  /** One run: exit code and what went to stdout and stderr. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = IndexBuilderCli.run(args, new PrintWriter(out), new PrintWriter(err), false);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void buildIndexesTheSampleAndPrintsTheTally() {
    Path index = tmp.resolve("index");
    Run run = run("build", "--index", index.toString(), TestFiles.sample().toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .containsPattern(
            "Indexed 452 articles from 4 files into "
                + index.toString().replace("\\", "\\\\")
                + " in [0-9.]+ s \\([0-9,]+ articles/s, [0-9.]+ MB/s of text\\)")
        .contains("  updated:   0\n")
        .contains(
            "  skipped:   2\n    1 × not an input format (.md)\n    1 × not an input format (.py)\n")
        .containsPattern("  index:     452 documents, [0-9.]+ MB\n");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");

    Run again = run("build", "--index", index.toString(), TestFiles.sample().toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("  new:       0\n").containsPattern("updated:   452\n");
    assertThat(again.out()).doesNotContain("merged:");

    Run merged = run("build", "--merge", "--index", index.toString(), DANTRI.toString());
    assertThat(merged.code()).isZero();
    assertThat(merged.out())
        .containsPattern("  merged:    into one segment in [0-9.]+ s \\(included above\\)\n");
  }

  @Test
  void aMiningCommandTellsEachSkippedRecordOnceAndCountsIt() throws Exception {
    Path bad = tmp.resolve("corpus.jsonl");
    Files.writeString(
        bad,
        "{\"id\": \"a\", \"title\": \"Tập đoàn Samsung\", \"body\": \"Samsung cho biết.\"}\n"
            + "not json\n",
        StandardCharsets.UTF_8);
    Path table = tmp.resolve("names.tsv");
    Run run = run("mine-names", bad.toString(), "--out", table.toString());
    assertThat(run.code()).isZero();
    // two readings of the corpus, one report of its bad line
    assertThat(run.err().split(bad + ":2: ", -1)).hasSize(2);
    assertThat(run.err()).contains("1 articles (1 records skipped)");
    assertThat(table).exists();

    Files.writeString(bad, "not json\n", StandardCharsets.UTF_8);
    Run none = run("mine-aliases", bad.toString(), "--out", table.toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains(bad + ":1: ").contains("no JSON Lines article could be read");
  }

  @Test
  void badInputIsListedByFileAndLineAndGoodInputStillIndexed() throws Exception {
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(
        bad,
        "{\"id\": \"ok\", \"body\": \"Người lao động được nhận lương.\"}\n[]\n{\"id\": \"x\"}\n",
        StandardCharsets.UTF_8);
    Run run = run("build", "--index", tmp.resolve("index").toString(), bad.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Indexed 1 articles from 1 files")
        .contains("  failed:    2\n")
        .contains("    " + bad + ":2: line is not a JSON object (it starts with an array)\n")
        .contains("    " + bad + ":3: JSON object has no \"body\"\n")
        .contains("  undated:   1 ");
  }

  @Test
  void nothingIndexedExitsWithOne() throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    Run run = run("build", "--index", tmp.resolve("index").toString(), empty.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("    " + empty + ":1: empty file\n");
    assertThat(run.err()).contains("error: nothing could be indexed");
  }

  @Test
  void anUnwritableIndexIsAFatalErrorWithOneLineAndNoStackTrace() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    Run run = run("build", "--index", file.toString(), DANTRI.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("error: the index path " + file + " is a file, not a folder\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void parseWritesOneJsonObjectPerArticleWithEveryField() throws Exception {
    Run run = run("parse", DANTRI.toString());
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(200);
    for (String line : lines) {
      JsonNode article = ArticleJson.MAPPER.readTree(line);
      assertThat(article.isObject()).isTrue();
      assertThat(article.fieldNames())
          .toIterable()
          .containsExactly(
              "id",
              "url",
              "source",
              "title",
              "lead",
              "body",
              "captions",
              "published",
              "category",
              "author",
              "parties",
              "organisations",
              "signatories",
              "agreement");
    }
    JsonNode first = ArticleJson.MAPPER.readTree(lines.getFirst());
    assertThat(first.get("id").asText()).isEqualTo("dantri-news_business_046");
    assertThat(first.get("published").asText()).isEqualTo("2021-04-22T00:00+07:00");
    assertThat(first.get("body").asText()).startsWith("Họp đại hội cổ đông của Hòa Phát");
    assertThat(run.err()).isEqualTo("parsed 200 articles, 0 failed\n");
  }

  @Test
  void parseTheSeedPagesGivesTheSpecifiedArticles() throws Exception {
    Run run = run("parse", TestFiles.sample().resolve("pages").toString());
    assertThat(run.code()).isZero();
    List<JsonNode> seeds = run.out().lines().map(IndexBuilderCliTest::json).toList();
    assertThat(seeds).hasSize(2);
    JsonNode s000 = seeds.get(0);
    assertThat(s000.get("published").asText()).isEqualTo("2019-10-17T21:50+07:00");
    assertThat(s000.get("category").asText()).isEqualTo("Xã hội");
    assertThat(s000.get("author").asText()).isEqualTo("Thái Bình");
    assertThat(texts(s000.get("parties")))
        .containsExactly("Bộ Lao động - Thương binh và Xã hội", "Hội Liên hiệp Phụ nữ Việt Nam");
    assertThat(s000.at("/agreement/period/from").asInt()).isEqualTo(2019);
    assertThat(s000.at("/agreement/period/to").asInt()).isEqualTo(2022);
    assertThat(s000.at("/agreement/signedOn").asText()).isEqualTo("2019-10-17");
    assertThat(s000.at("/signatories/0/name").asText()).isEqualTo("Đào Ngọc Dung");
    JsonNode s004 = seeds.get(1);
    assertThat(s004.get("published").asText()).isEqualTo("2019-11-12T18:08+07:00");
    assertThat(s004.get("author").asText()).isEqualTo("Song Hồng");
    assertThat(texts(s004.get("parties")))
        .containsExactly(
            "Liên đoàn Lao động tỉnh Long An", "Sở Lao động - Thương binh và Xã hội tỉnh Long An");
  }

  @Test
  void aSeedPageInEveryEncodingParsesToTheSameArticle() throws Exception {
    String seed = TestFiles.read(TestFiles.seed000());
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("1-utf8.txt"), seed, StandardCharsets.UTF_8);
    Files.write(pages.resolve("2-windows1258.txt"), TestFiles.windows1258(seed));
    Files.write(
        pages.resolve("3-utf16le.txt"),
        bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, seed.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(
        pages.resolve("4-utf16be.txt"),
        bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, seed.getBytes(StandardCharsets.UTF_16BE)));
    Files.writeString(
        pages.resolve("5-nfd"),
        java.text.Normalizer.normalize(seed, java.text.Normalizer.Form.NFD),
        StandardCharsets.UTF_8);
    Files.write(
        pages.resolve("6-utf8-bom.txt"),
        bom(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            seed.getBytes(StandardCharsets.UTF_8)));
    Run run = run("parse", pages.toString());
    assertThat(run.err()).isEqualTo("parsed 6 articles, 0 failed\n");
    List<String> articles = run.out().lines().toList();
    assertThat(articles).hasSize(6);
    assertThat(articles).containsOnly(articles.getFirst());
    assertThat(json(articles.getFirst()).get("title").asText())
        .isEqualTo(
            "Bộ Lao động, Thương binh và Xã hội và Hội Liên hiệp Phụ nữ Việt Nam ký phối hợp công tác"
                + " giai đoạn 2019 – 2022");
  }

  private static JsonNode json(String line) {
    try {
      return ArticleJson.MAPPER.readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static byte[] bom(byte[] bom, byte[] text) {
    byte[] out = java.util.Arrays.copyOf(bom, bom.length + text.length);
    System.arraycopy(text, 0, out, bom.length, text.length);
    return out;
  }

  @Test
  void parseReportsProblemsOnStderrAsFileLineReason() throws Exception {
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(
        bad, "{\"body\": \"Một.\", \"published\": \"hôm qua\"}\n42\n", StandardCharsets.UTF_8);
    Run run = run("parse", bad.toString(), tmp.resolve("missing").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err())
        .contains(tmp.resolve("missing") + ": no such file or folder\n")
        .contains(
            bad + ":1: \"published\" is not a date (\"hôm qua\"); indexed as undated (warning)\n")
        .contains(bad + ":2: line is not a JSON object (it starts with a number)\n")
        .endsWith("parsed 1 articles, 2 failed\n");
  }

  @Test
  void helpWorksOnEveryCommandAndVersionPrints() {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"build", "--help"},
            new String[] {"parse", "--help"})) {
      Run run = run(args);
      assertThat(run.code()).isZero();
      assertThat(run.out()).startsWith("Usage: index-builder").contains("Exit codes:");
    }
    assertThat(run("build", "--help").out()).contains("--index=DIR").contains("--rebuild");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("index-builder ").contains("Lucene 10.5.1");
  }

  @Test
  void anUnreachableClusterIsOneClearLineAndExitCodeThree() {
    Run run = run("build", "--opensearch", "http://127.0.0.1:1", DANTRI.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err().strip())
        .startsWith("error: the OpenSearch cluster at http://127.0.0.1:1 did not answer")
        .doesNotContain("Exception", "\tat ");
    assertThat(run("build", "--opensearch", "not a url", DANTRI.toString()).code()).isEqualTo(2);
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatIsWrong() {
    Run missing = run("build", DANTRI.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("give either --index DIR or --opensearch URL");
    Run noCommand = run();
    assertThat(noCommand.code()).isEqualTo(2);
    assertThat(noCommand.err()).contains("Missing command: use build or parse");
    Run threads = run("build", "--index", tmp.toString(), "--threads", "0", DANTRI.toString());
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be at least 1, not 0");
  }
}
