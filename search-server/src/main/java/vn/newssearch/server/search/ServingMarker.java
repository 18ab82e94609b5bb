package vn.newssearch.server.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.newssearch.schema.ServingLock;

/**
 * A shared lock on {@link ServingLock#FILE} in the index folder, held while the index is served: a
 * build that sees it commits every few seconds, so new articles show up while it runs. Best effort:
 * a read-only folder or a lock held elsewhere in this JVM only costs that signal.
 */
final class ServingMarker implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ServingMarker.class);

  private final FileChannel channel;
  private final FileLock lock;

  private ServingMarker(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static ServingMarker hold(Path indexDir) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              indexDir.resolve(ServingLock.FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      // A build holds it alone only for the instant it looks; try again a few times.
      for (int attempt = 0; attempt < 20; attempt++) {
        FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
        if (lock != null) {
          return new ServingMarker(channel, lock);
        }
        Thread.sleep(5);
      }
    } catch (OverlappingFileLockException e) {
      // Another service in this JVM serves the same folder and holds the lock already.
    } catch (IOException e) {
      LOG.debug("no serving marker in {}: {}", indexDir, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(channel);
    return new ServingMarker(null, null);
  }

  @Override
  public void close() {
    try {
      if (lock != null) {
        lock.release();
      }
    } catch (IOException e) {
      LOG.debug("serving marker: {}", e.toString());
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("serving marker: {}", e.toString());
      }
    }
  }
}
