package vn.newssearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.FolderFurniture;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.extract.Provenance;
import vn.newssearch.model.Article;
import vn.newssearch.model.ArticleJson;
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
      "Problems go to stderr as file:line: reason (file@offset for a WARC record).",
      "With --explain, stderr also shows for each article where every field was read and which"
          + " rule chose it; stdout is the same JSON lines either way."
    },
    footer = {
      "",
      "Example: bin/index-builder parse data/sample/pages | jq .parties",
      "         bin/index-builder parse --explain saved/page.html > /dev/null",
      "Exit codes: 0 done, 1 no article could be extracted, 2 bad command line."
    })
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to parse.")
  List<Path> inputs;

  @Option(
      names = "--explain",
      description =
          "For each article, print to stderr where each field came from (a line, an element or a"
              + " metadata key) and which rule chose it.")
  boolean explain;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicLong articles = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Map<Path, Map<String, Long>> archiveSkips = new LinkedHashMap<>();
    ProblemSink problems =
        p -> {
          switch (p.kind()) {
            case FAILED -> {
              failed.incrementAndGet();
              err.println(p);
            }
            case WARNING -> err.println(p + " (warning)");
            case SKIPPED -> {
              if (p.origin().offset() >= 0) {
                // A crawl holds many more requests, images and scripts than pages: counted.
                archiveSkips
                    .computeIfAbsent(p.origin().file(), f -> new TreeMap<>())
                    .merge(p.reason(), 1L, Long::sum);
              } else {
                err.println(p + " (skipped)");
              }
            }
          }
        };
    ArticleExtractor extractor =
        ArticleExtractor.create().withFurniture(FolderFurniture.learnFrom(inputs));
    new SourceReader(inputs, problems)
        .readAll(
            record -> {
              try {
                Explanation why = new Explanation();
                Article article =
                    extractor.extract(record, problems, explain ? why : Provenance.NONE);
                out.println(ArticleJson.MAPPER.writeValueAsString(article));
                articles.incrementAndGet();
                if (explain) {
                  out.flush();
                  why.print(err, record.origin(), article);
                  err.flush();
                }
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
    archiveSkips.forEach(
        (file, reasons) -> {
          long n = reasons.values().stream().mapToLong(Long::longValue).sum();
          StringBuilder line =
              new StringBuilder(TallyReport.format("%s: skipped %,d records (", file, n));
          reasons.forEach(
              (reason, count) -> line.append(TallyReport.format("%,d × %s, ", count, reason)));
          line.setLength(line.length() - 2);
          err.println(line.append(')'));
        });
    err.println(
        TallyReport.format("parsed %,d articles, %,d failed", articles.get(), failed.get()));
    return articles.get() > 0 ? ExitCodes.OK : ExitCodes.NOTHING_DONE;
  }
}
