package vn.newssearch.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The index-builder command line: {@code build} indexes input files, {@code parse} prints what
 * would be indexed. The only place that prints or exits; everything else is the library.
 */
@Command(
    name = "index-builder",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Vietnamese news pages and JSON Lines into clean articles and a Lucene index.",
    footer = {
      "",
      "Exit codes: 0 done, 1 nothing could be indexed or parsed, 2 bad command line,"
          + " 3 fatal error (index folder not writable, locked or unreadable)."
    })
public final class IndexBuilderCli implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: use build or parse (see --help)");
  }

  public static void main(String[] args) {
    PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    int code;
    try {
      code = run(args, out, err, isTerminal());
    } catch (OutOfMemoryError e) {
      err.println("error: out of memory; give Java more heap, e.g. java -Xmx2g -jar ...");
      code = ExitCodes.FATAL;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line with the given streams and returns the exit code; what {@code main} and
   * the end-to-end tests call. {@code terminal} turns on the live progress line.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cli = new CommandLine(new IndexBuilderCli());
    cli.addSubcommand(new BuildCommand(terminal));
    cli.addSubcommand(new ParseCommand());
    cli.addSubcommand(new MineAliasesCommand());
    cli.addSubcommand(new MineNamesCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // An unexpected failure: one line, no stack trace.
          commandLine.getErr().println("error: " + describe(e));
          return ExitCodes.FATAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Whether stderr is a terminal, for the progress line. From Java 22 on, System.console() may
   * exist when redirected; Console.isTerminal() (22+) then says the truth.
   */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static PrintWriter utf8(FileOutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), false);
  }
}
