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
import vn.newssearch.schema.ArticleJson;
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
            "Indexed 45[02] articles from 4 files into "
                + index.toString().replace("\\", "\\\\")
                + " in [0-9.]+ s \\([0-9,]+ articles/s, [0-9.]+ MB/s of text\\)")
        .contains("  updated:   0\n")
        .contains(
            "  skipped:   2\n    1 × not an input format (.md)\n    1 × not an input format (.py)\n")
        .containsPattern("  index:     45[02] documents, [0-9.]+ MB\n")
        .contains("peak heap:");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");

    Run again = run("build", "--index", index.toString(), TestFiles.sample().toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("  new:       0\n").containsPattern("updated:   45[02]\n");
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
    assertThat(first.get("published").asText()).isEqualTo("2021-04-22T00:00:00+07:00");
    assertThat(first.get("body").asText()).startsWith("Họp đại hội cổ đông của Hòa Phát");
    assertThat(run.err()).isEqualTo("parsed 200 articles, 0 failed\n");
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
  void usageErrorsExitWithTwoAndSayWhatIsWrong() {
    Run missing = run("build", DANTRI.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--index=DIR'");
    Run noCommand = run();
    assertThat(noCommand.code()).isEqualTo(2);
    assertThat(noCommand.err()).contains("Missing command: use build or parse");
    Run threads = run("build", "--index", tmp.toString(), "--threads", "0", DANTRI.toString());
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be at least 1, not 0");
  }
}
