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
import vn.newssearch.extract.AliasMiner;
import vn.newssearch.extract.Gazetteer;

/** {@code mine-aliases}: organisation abbreviations defined in a corpus, as a gazetteer table. */
@Command(
    name = "mine-aliases",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Read JSON Lines articles and collect the 'Full name (ABBREVIATION)' definitions they make"
          + " for organisations; write the reliable ones (seen at least twice, one name per"
          + " abbreviation, abbreviation made of the name's initials or well attested) as the"
          + " gazetteer's aliases-mined.tsv."
    },
    footer = {
      "",
      "Example: bin/index-builder mine-aliases"
          + " ../shared/corpus/vietnews.jsonl.gz --out index-builder/src/main/resources/"
          + "vn/newssearch/extract/gazetteer/aliases-mined.tsv",
      "Exit codes: 0 done, 1 nothing could be read, 2 bad command line."
    })
final class MineAliasesCommand implements Callable<Integer> {
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
    AliasMiner miner = new AliasMiner(Gazetteer.load(false));
    MinedCorpus.Read read = MinedCorpus.first(inputs, err, miner::accept);
    if (read.articles() == 0) {
      err.println("error: no JSON Lines article could be read from " + inputs);
      return ExitCodes.NOTHING_DONE;
    }
    // again, for the kept names written in lower case (a kind of body, not one)
    miner.startRecount();
    MinedCorpus.again(inputs, miner::recount);
    List<AliasMiner.Row> rows = miner.rows();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (AliasMiner.Row r : rows) {
        w.write(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%d\t%.2f\n",
                r.name(),
                r.abbreviation(),
                r.seen(),
                r.share()));
      }
    }
    err.printf(
        Locale.ROOT,
        "%d articles (%d records skipped), %d definitions, %d distinct pairs, %d kept -> %s%n",
        read.articles(),
        read.skipped(),
        miner.definitions(),
        miner.distinctPairs(),
        rows.size(),
        out);
    return ExitCodes.OK;
  }

  private static final String HEADER =
      "# Organisations and the abbreviations the corpus defines for them, mined by AliasMiner:\n"
          + "# canonical TAB abbreviation TAB times seen TAB share of the abbreviation's"
          + " definitions.\n"
          + "# Regenerate with the command in docs/agreements.md; do not edit by hand.\n";
}
