package vn.newssearch.index;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.newssearch.source.SourceRecord;

/**
 * The bounded hand-over from the reader thread to the workers. The reader ends its input with one
 * end marker per worker, so a worker waits in {@link #take()} for its next record or its marker,
 * never on a timer.
 */
final class RecordQueue {
  /** A queued record; the end marker holds none. */
  private record Item(SourceRecord record) {}

  private static final Item END = new Item(null);

  private final BlockingQueue<Item> items;
  private final int workers;

  RecordQueue(int capacity, int workers) {
    this.items = new ArrayBlockingQueue<>(capacity);
    this.workers = workers;
  }

  /** Queues a record, waiting while the workers are behind. */
  void put(SourceRecord record) throws InterruptedException {
    items.put(new Item(record));
  }

  /** The next record, or null when the input has ended. */
  SourceRecord take() throws InterruptedException {
    return items.take().record();
  }

  /**
   * Tells every worker that no record follows. Called once by the reader, however its reading
   * ended; the workers keep taking until they see their marker, so this never waits for long, and
   * an interrupt does not cut it short (a worker left without its marker would wait forever).
   */
  void end() {
    boolean interrupted = false;
    for (int i = 0; i < workers; ) {
      try {
        items.put(END);
        i++;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
