package vn.newssearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.schema.ArticleJson;
import vn.newssearch.source.Problem;
import vn.newssearch.source.ProblemSink;
import vn.newssearch.source.SourceReader;

/** {@code parse}: print each extracted article as one JSON line, problems to stderr. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Extract articles from files and folders and write what would be indexed to stdout, one"
          + " JSON object per line (id, url, source, title, lead, body, captions, published,"
          + " category, author, parties, organisations, signatories, agreement).",
      "Problems go to stderr as file:line: reason."
    },
    footer = {
      "",
      "Example: bin/index-builder parse data/sample/pages | jq .parties",
      "Exit codes: 0 done, 1 no article could be extracted, 2 bad command line."
    })
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to parse.")
  List<Path> inputs;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicLong articles = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ProblemSink problems =
        p -> {
          switch (p.kind()) {
            case FAILED -> {
              failed.incrementAndGet();
              err.println(p);
            }
            case WARNING -> err.println(p + " (warning)");
            case SKIPPED -> err.println(p + " (skipped)");
          }
        };
    ArticleExtractor extractor = ArticleExtractor.create();
    new SourceReader(inputs, problems)
        .readAll(
            record -> {
              try {
                out.println(
                    ArticleJson.MAPPER.writeValueAsString(extractor.extract(record, problems)));
                articles.incrementAndGet();
              } catch (InvalidArticleException e) {
                problems.report(Problem.failed(record.origin(), e.getMessage()));
              } catch (RuntimeException e) {
                // As in build: a bug one record triggers costs that record, not the run.
                problems.report(
                    Problem.failed(
                        record.origin(), "extraction failed: " + IndexBuilderCli.describe(e)));
              } catch (JsonProcessingException e) {
                problems.report(
                    Problem.failed(record.origin(), "cannot write JSON: " + e.getMessage()));
              }
            });
    out.flush();
    err.println(
        TallyReport.format("parsed %,d articles, %,d failed", articles.get(), failed.get()));
    return articles.get() > 0 ? ExitCodes.OK : ExitCodes.NOTHING_DONE;
  }
}
