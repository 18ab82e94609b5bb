package vn.newssearch.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error body: {@code {"error": "bad_request", "message": "…", "param": "from"}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String param) {
  /** Messages may quote what the client sent (a path, a value); the body stays small anyway. */
  static final int MAX_MESSAGE_CHARS = 300;

  static final int MAX_PARAM_CHARS = 60;

  public ApiError {
    message = Echo.cut(message, MAX_MESSAGE_CHARS);
    param = Echo.cut(param, MAX_PARAM_CHARS);
  }

  /** The stable {@code error} code of an HTTP status. */
  public static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 413 -> "payload_too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case 503 -> "search_timeout";
      case 505 -> "http_version_not_supported";
      default -> status >= 500 ? "internal_error" : "http_" + status;
    };
  }
}
