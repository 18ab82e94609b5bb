package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.SearchServer;
import vn.newssearch.server.TestIndexes;
import vn.newssearch.server.TestServer;

/**
 * A client that trickles its request in is cut off, over a real socket; one that sends whole
 * requests keeps its connection, and connections beyond the limit wait to be accepted.
 */
class SlowClientE2ETest {
  private static final String REQUEST =
      "GET /api/search?q=lao+dong&size=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow\r\n\r\n";

  private static SearchServer.Running running;
  private static int port;

  @BeforeAll
  static void start() {
    running =
        TestServer.start(
            TestIndexes.sample(), "--request-read-timeout-ms", "1000", "--max-connections", "3");
    port = running.port();
  }

  @AfterAll
  static void stop() throws IOException {
    running.close();
  }

  @Test
  void aRequestSentOneByteAtATimeIsCutOffBeforeItEnds() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(250);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      byte[] bytes = REQUEST.getBytes(StandardCharsets.US_ASCII);
      int sent = 0;
      boolean closed = false;
      // 250 ms a byte: the whole request would take about 20 s; the server allows 1 s.
      while (sent < bytes.length && !closed) {
        try {
          out.write(bytes[sent++]);
          out.flush();
          closed = in.read() < 0;
        } catch (SocketTimeoutException e) {
          // still open; send the next byte
        } catch (IOException e) {
          closed = true; // reset by the server
        }
      }
      assertThat(closed).as("closed after %d of %d bytes", sent, bytes.length).isTrue();
      assertThat(sent).isLessThan(bytes.length);
    }
  }

  @Test
  void aKeepAliveConnectionSendingWholeRequestsIsNotCutOff() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
      Thread.sleep(1_500); // idle, not reading a request: longer than the read timeout is fine
      assertThat(exchange(socket)).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void connectionsBeyondTheLimitWaitUntilOneCloses() throws Exception {
    Socket a = new Socket("127.0.0.1", port);
    Socket b = new Socket("127.0.0.1", port);
    Socket c = new Socket("127.0.0.1", port);
    try (Socket waiting = new Socket("127.0.0.1", port)) {
      waiting.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
      waiting.setSoTimeout(1_000);
      boolean answered;
      try {
        answered = waiting.getInputStream().read() >= 0;
      } catch (SocketTimeoutException e) {
        answered = false;
      }
      assertThat(answered).as("answered while 3 connections were open").isFalse();
      a.close();
      waiting.setSoTimeout(10_000);
      assertThat(readHead(waiting.getInputStream())).startsWith("HTTP/1.1 200");
    } finally {
      a.close();
      b.close();
      c.close();
    }
  }

  /** Sends the request and reads one whole response off a kept-alive connection. */
  private static String exchange(Socket socket) throws IOException {
    socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
    InputStream in = socket.getInputStream();
    String head = readHead(in);
    int length =
        head.lines()
            .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
            .mapToInt(l -> Integer.parseInt(l.substring(15).strip()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Content-Length: " + head));
    in.readNBytes(length);
    return head;
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
    }
    return head.toString();
  }
}
