package vn.newssearch.server.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import vn.newssearch.model.ArticleJson;

/**
 * Renders the errors Jetty answers itself, before a request reaches the routes (malformed UTF-8 in
 * a path, a control character in a URI...), as the same JSON as every other error, not HTML.
 */
public final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String error = ApiError.code(code);
    if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      // The client's fault, not the server's: a 4xx keeps the promise of no 5xx but a 503, and
      // the code still says what is wrong.
      response.setStatus(HttpStatus.BAD_REQUEST_400);
    }
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    byte[] body = ArticleJson.MAPPER.writeValueAsBytes(new ApiError(error, text, null));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    SecurityHeaders.add(response.getHeaders());
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
