package vn.newssearch.bench.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One blocking HTTP/1.1 keep-alive connection for one load thread. The JDK's {@code HttpClient}
 * hands each exchange to and from its selector thread, which here added 0.4-0.7 ms to a request on
 * loopback (0.52 against 0.13-0.20 ms for {@code GET /health}), a large part of the latencies we
 * measure; our benchmark and the OpenSearch peer's both use this class so both pay the same small
 * client cost, and {@code WrkCheck} compares it with wrk. It connects on the first request and
 * again after a failure or {@code Connection: close}. Not thread-safe.
 */
public final class HttpConnection implements Closeable {
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int BUFFER = 16 * 1024;
  private static final int MAX_LINE = 64 * 1024;

  private final String host;
  private final int port;
  private final int readTimeoutMs;
  private Socket socket;
  private BufferedInputStream in;
  private BufferedOutputStream out;
  private boolean responseStarted;

  /** A status and the whole (de-chunked) body. */
  public record Response(int status, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  public HttpConnection(String host, int port, Duration readTimeout) {
    this.host = host;
    this.port = port;
    this.readTimeoutMs = Math.toIntExact(readTimeout.toMillis());
  }

  /** To the host and port of an {@code http://} base URI, with a 30 s read timeout. */
  public static HttpConnection to(URI base) {
    if (!"http".equalsIgnoreCase(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException("not an http://host[:port] URI: " + base);
    }
    return new HttpConnection(
        base.getHost(), base.getPort() < 0 ? 80 : base.getPort(), Duration.ofSeconds(30));
  }

  /** {@code pathAndQuery} must already be percent-encoded. */
  public Response get(String pathAndQuery) throws IOException {
    return exchange("GET", pathAndQuery, null, null);
  }

  public Response post(String path, String contentType, byte[] body) throws IOException {
    return exchange("POST", path, contentType, body);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
      socket = null;
      in = null;
      out = null;
    }
  }

  private Response exchange(String method, String target, String contentType, byte[] body)
      throws IOException {
    byte[] head = head(method, target, contentType, body);
    for (int attempt = 1; ; attempt++) {
      boolean reused = socket != null;
      responseStarted = false;
      try {
        if (socket == null) {
          open();
        }
        return roundTrip(head, body);
      } catch (IOException e) {
        close();
        // The server may have closed an idle keep-alive connection: nothing was answered, resend.
        boolean stale = reused && !responseStarted && !(e instanceof SocketTimeoutException);
        if (stale && attempt == 1) {
          continue;
        }
        throw new IOException(
            method + " " + target + " on " + host + ":" + port + ": " + e.getMessage(), e);
      }
    }
  }

  private void open() throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(readTimeoutMs);
      s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
      in = new BufferedInputStream(s.getInputStream(), BUFFER);
      out = new BufferedOutputStream(s.getOutputStream(), BUFFER);
      socket = s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  private byte[] head(String method, String target, String contentType, byte[] body) {
    checkAscii(target, "request target");
    if (target.isEmpty() || target.charAt(0) != '/' || target.indexOf(' ') >= 0) {
      throw new IllegalArgumentException("request target must be an encoded path: " + target);
    }
    StringBuilder sb = new StringBuilder(target.length() + 128);
    sb.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    sb.append("Host: ").append(host).append(':').append(port).append("\r\n");
    sb.append("Connection: keep-alive\r\n");
    if (body != null) {
      checkAscii(contentType, "content type");
      sb.append("Content-Type: ").append(contentType).append("\r\n");
      sb.append("Content-Length: ").append(body.length).append("\r\n");
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void checkAscii(String s, String what) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException(what + " has a non-ASCII or control character: " + s);
      }
    }
  }

  private Response roundTrip(byte[] head, byte[] body) throws IOException {
    out.write(head);
    if (body != null) {
      out.write(body);
    }
    out.flush();
    int first = in.read();
    if (first < 0) {
      throw new EOFException("connection closed before any response byte");
    }
    responseStarted = true;
    String statusLine = (char) first + readLine();
    int status = status(statusLine);
    Headers h = readHeaders();
    while (status >= 100 && status < 200) { // interim responses (100 Continue) have no body
      statusLine = readLine();
      status = status(statusLine);
      h = readHeaders();
    }
    boolean http10 = statusLine.startsWith("HTTP/1.0");
    boolean closeAfter = h.close || (http10 && !h.keepAlive);
    byte[] bytes;
    if (status == 204 || status == 304) {
      bytes = new byte[0];
    } else if (h.chunked) {
      bytes = readChunked();
    } else if (h.contentLength >= 0) {
      bytes = readExactly(h.contentLength);
    } else {
      bytes = in.readAllBytes();
      closeAfter = true;
    }
    if (closeAfter) {
      close();
    }
    return new Response(status, bytes);
  }

  private static int status(String statusLine) throws IOException {
    // "HTTP/1.1 200 OK": the code is the three digits after the first space
    int sp = statusLine.indexOf(' ');
    if (!statusLine.startsWith("HTTP/") || sp < 0 || statusLine.length() < sp + 4) {
      throw new IOException("not an HTTP status line: " + statusLine);
    }
    try {
      return Integer.parseInt(statusLine.substring(sp + 1, sp + 4));
    } catch (NumberFormatException e) {
      throw new IOException("not an HTTP status line: " + statusLine, e);
    }
  }

  private record Headers(long contentLength, boolean chunked, boolean close, boolean keepAlive) {}

  private Headers readHeaders() throws IOException {
    long contentLength = -1;
    boolean chunked = false;
    boolean close = false;
    boolean keepAlive = false;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IOException("malformed header line: " + line);
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> {
          try {
            contentLength = Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw new IOException("bad Content-Length: " + value, e);
          }
        }
        case "transfer-encoding" -> chunked = value.endsWith("chunked");
        case "connection" -> {
          close |= value.contains("close");
          keepAlive |= value.contains("keep-alive");
        }
        default -> {}
      }
    }
    return new Headers(contentLength, chunked, close, keepAlive);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String line = readLine();
      int semi = line.indexOf(';'); // chunk extensions are ignored
      String hex = (semi < 0 ? line : line.substring(0, semi)).trim();
      long size;
      try {
        size = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size line: " + line, e);
      }
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailers are ignored
        }
        return body.toByteArray();
      }
      body.write(readExactly(size));
      if (!readLine().isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private byte[] readExactly(long n) throws IOException {
    if (n > Integer.MAX_VALUE - 8) {
      throw new IOException("body too large: " + n + " bytes");
    }
    byte[] bytes = in.readNBytes((int) n);
    if (bytes.length < n) {
      throw new EOFException("connection closed after " + bytes.length + " of " + n + " bytes");
    }
    return bytes;
  }

  /** One line of the head, without its CRLF (a bare LF is accepted); headers are ISO-8859-1. */
  private String readLine() throws IOException {
    StringBuilder sb = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection closed inside the response head");
      }
      if (sb.length() >= MAX_LINE) {
        throw new IOException("response head line longer than " + MAX_LINE + " bytes");
      }
      sb.append((char) b);
    }
    int end = sb.length();
    return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
  }
}
