package vn.newssearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples used heap and resident set size every 50 ms on a daemon thread; keeps the peaks. */
final class ResourceSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakHeap;
  private volatile long peakRss;

  ResourceSampler() {
    thread = new Thread(this::loop, "resource-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
      peakRss = Math.max(peakRss, rssBytes());
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  long peakHeapBytes() {
    return peakHeap;
  }

  long peakRssBytes() {
    return peakRss;
  }

  /** VmRSS of this process from /proc (Linux); 0 elsewhere. */
  static long rssBytes() {
    return rssOf("self");
  }

  /** VmRSS of any process from /proc (Linux); 0 when it cannot be read. */
  static long rssOf(String pid) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", pid, "status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  /** Stops sampling; an interrupt while waiting for the sampler is passed on to the caller. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
