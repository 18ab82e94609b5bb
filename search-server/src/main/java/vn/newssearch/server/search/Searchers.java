package vn.newssearch.server.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SearcherManager of the process. Searchers are acquired and released here only, and a
 * background thread reopens the reader when index-builder commits to the same folder, so new
 * articles become searchable within seconds without a restart.
 */
final class Searchers implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Searchers.class);

  /** Work done with a searcher; must not keep it. */
  interface Work<T> {
    T apply(FacetSearcher searcher) throws IOException;
  }

  private final Path indexDir;
  private final Directory directory;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;
  private final ServingMarker marker;

  Searchers(Path indexDir, Duration refreshEvery, Slicing slicing) throws IOException {
    this.indexDir = indexDir;
    if (!Files.isDirectory(indexDir)) {
      throw new IndexMissingException(indexDir); // FSDirectory.open would create it
    }
    this.directory = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IndexMissingException(indexDir);
    }
    this.manager = new SearcherManager(directory, FacetSearcher.factory(slicing));
    this.marker = ServingMarker.hold(indexDir);
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "searcher-refresh");
              t.setDaemon(true);
              return t;
            });
    long ms = refreshEvery.toMillis();
    refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
  }

  Path indexDir() {
    return indexDir;
  }

  <T> T with(Work<T> work) throws IOException {
    FacetSearcher searcher = (FacetSearcher) manager.acquire();
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Reopens now if the index has a newer commit; blocks until done. */
  void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  private void refreshQuietly() {
    try {
      if (manager.maybeRefresh()) {
        LOG.debug("searcher refreshed");
      }
    } catch (IOException | RuntimeException e) {
      // A commit in progress or a transient file error: the next tick tries again.
      LOG.warn("could not refresh the searcher: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      refresher.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    marker.close();
    manager.close();
    directory.close();
  }
}
