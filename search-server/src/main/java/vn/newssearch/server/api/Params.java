package vn.newssearch.server.api;

import io.javalin.http.Context;
import vn.newssearch.server.search.BadRequestException;

/** Reads typed query parameters; anything unreadable is a 400 naming the parameter. */
final class Params {
  private Params() {}

  static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, name + " must be a whole number; got \"" + value + "\"");
    }
  }
}
