package vn.newssearch.server.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request line and headers take longer than a timeout to arrive. Jetty's
 * idle timeout restarts with every byte, and its minimum data rate applies to bodies only, so
 * without this a client sending one byte every few seconds holds its connection for ever
 * (slowloris). A server bean: it watches the connectors the server has when it starts.
 */
public final class RequestReadGuard extends AbstractLifeCycle implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(RequestReadGuard.class);

  private final org.eclipse.jetty.server.Server server;
  private final Duration timeout;
  private final long tickMillis;

  /** Open HTTP/1 connections and when their current request started arriving (0: not started). */
  private final Map<HttpConnection, Long> reading = new ConcurrentHashMap<>();

  private ScheduledExecutorService ticker;

  public RequestReadGuard(org.eclipse.jetty.server.Server server, Duration timeout) {
    this.server = server;
    this.timeout = timeout;
    this.tickMillis = Math.clamp(timeout.toMillis() / 4, 50, 1_000);
  }

  @Override
  protected void doStart() {
    for (Connector connector : server.getConnectors()) {
      connector.addBean(this);
    }
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "request-read-guard");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(this::sweep, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void doStop() {
    ticker.shutdownNow();
    reading.clear();
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      reading.put(http, 0L);
    }
  }

  @Override
  public void onClosed(Connection connection) {
    if (connection instanceof HttpConnection http) {
      reading.remove(http);
    }
  }

  /**
   * The parser's state is read from this thread without a lock: a stale read only delays the
   * verdict by one tick.
   */
  private void sweep() {
    long now = System.nanoTime();
    reading.replaceAll(
        (connection, since) -> {
          if (!readingHead(connection.getParser().getState())) {
            return 0L;
          }
          if (since == 0L) {
            return now;
          }
          if (now - since > timeout.toNanos()) {
            LOG.info(
                "closed a connection from {}: its request took over {} ms to arrive",
                connection.getEndPoint().getRemoteSocketAddress(),
                timeout.toMillis());
            connection.getEndPoint().close();
          }
          return since;
        });
  }

  /** Between the first byte of a request and the end of its headers. */
  private static boolean readingHead(HttpParser.State state) {
    return state.ordinal() > HttpParser.State.START.ordinal()
        && state.ordinal() <= HttpParser.State.HEADER.ordinal();
  }
}
