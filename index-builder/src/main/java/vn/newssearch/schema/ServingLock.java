package vn.newssearch.schema;

/**
 * A file in the index folder that a search server holds a shared lock on while it serves the index.
 * A build that finds it locked commits every few seconds, so that new articles appear while a long
 * build runs; the OS drops the lock when the server dies.
 */
public final class ServingLock {
  private ServingLock() {}

  /** The lock file's name inside the index folder. */
  public static final String FILE = "serving.lock";
}
