package vn.newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.extract.NameMiner;

/** {@code mine-names}: trade names a corpus writes after a body's head and bare, as a table. */
@Command(
    name = "mine-names",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Read JSON Lines articles and collect the capitalised names they write after a company's,"
          + " bank's, airline's, carrier's or organisation's head noun ('tập đoàn Samsung');"
          + " write those also written bare elsewhere, of one kind, neither a place nor a person,"
          + " as the gazetteer's names-mined.tsv."
    },
    footer = {
      "",
      "Example: bin/index-builder mine-names"
          + " ../shared/corpus/vietnews.jsonl.gz --out index-builder/src/main/resources/"
          + "vn/newssearch/extract/gazetteer/names-mined.tsv",
      "Exit codes: 0 done, 1 nothing could be read, 2 bad command line."
    })
final class MineNamesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSON Lines files or folders.")
  List<Path> inputs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the table (overwritten).")
  Path out;

  @Override
  public Integer call() throws InterruptedException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    NameMiner miner = new NameMiner(Gazetteer.load(false));
    MinedCorpus.Read read = MinedCorpus.first(inputs, err, miner::accept);
    if (read.articles() == 0) {
      err.println("error: no JSON Lines article could be read from " + inputs);
      return ExitCodes.NOTHING_DONE;
    }
    // again, for where the corpus writes the names without a head
    miner.startRecount();
    MinedCorpus.again(inputs, miner::recount);
    List<NameMiner.Row> rows = miner.rows();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (NameMiner.Row r : rows) {
        w.write(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%d\t%d%s\n",
                r.name(),
                r.kind(),
                r.headed(),
                r.bare(),
                r.body().isEmpty() ? "" : "\t" + r.body()));
      }
    }
    err.printf(
        Locale.ROOT,
        "%d articles (%d records skipped), %d names after a head, %d distinct, %d kept -> %s%n",
        read.articles(),
        read.skipped(),
        miner.headed(),
        miner.distinctNames(),
        rows.size(),
        out);
    return ExitCodes.OK;
  }

  private static final String HEADER =
      "# Trade names the corpus writes after a body's head noun and bare elsewhere, mined by"
          + " NameMiner:\n"
          + "# name as most often written TAB kind of body TAB articles after a head TAB articles"
          + " bare\n"
          + "# [TAB the name of the same body's most written form, which an article's mention"
          + " shows].\n"
          + "# Regenerate with the command in docs/agreements.md; do not edit by hand.\n";
}
