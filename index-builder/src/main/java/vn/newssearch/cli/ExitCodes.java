package vn.newssearch.cli;

/** The process exit codes, as the README lists them. */
final class ExitCodes {
  private ExitCodes() {}

  static final int OK = 0;

  /** Every input failed or none held an article. */
  static final int NOTHING_DONE = 1;

  /** picocli's code for a bad command line. */
  static final int USAGE = 2;

  /** The index folder cannot be created, written, locked or read, or the writer failed. */
  static final int FATAL = 3;
}
