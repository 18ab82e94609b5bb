package vn.newssearch.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error body: {@code {"error": "bad_request", "message": "…", "param": "from"}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String param) {}
