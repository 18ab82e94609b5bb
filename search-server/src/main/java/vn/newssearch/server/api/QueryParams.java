package vn.newssearch.server.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.server.search.BadRequestException;

/**
 * The query string, decoded strictly. Jetty and Javalin drop a parameter whose percent-encoding is
 * broken or whose bytes are not UTF-8, so {@code q=%FF} would search for everything; here it is a
 * 400 naming the parameter. Every read also bounds how many values and characters a parameter may
 * carry, so no request can ask the core for unbounded work.
 */
final class QueryParams {
  /** Longest value of a one-word parameter (sort, page, size, limit, a date). */
  static final int MAX_WORD_CHARS = 40;

  private final Map<String, List<String>> values;

  private QueryParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Decodes a raw query string (null for none); a malformed pair is a 400 naming its name. */
  static QueryParams parse(String raw) {
    Map<String, List<String>> values = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return new QueryParams(values);
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode(rawName, Echo.cut(rawName, MAX_WORD_CHARS));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return new QueryParams(values);
  }

  /** The one value of a parameter, or null; given twice or longer than {@code maxChars}: a 400. */
  String one(String name, int maxChars) {
    List<String> list = values.getOrDefault(name, List.of());
    if (list.size() > 1) {
      throw new BadRequestException(
          name, name + " takes one value; it was given " + list.size() + " times");
    }
    String value = list.isEmpty() ? null : list.getFirst();
    if (value != null && value.length() > maxChars) {
      throw tooLong(name, value, maxChars);
    }
    return value;
  }

  /** Every value of a repeatable parameter; more than {@code maxValues} or a long one: a 400. */
  List<String> all(String name, int maxValues, int maxChars) {
    List<String> list = values.getOrDefault(name, List.of());
    if (list.size() > maxValues) {
      throw new BadRequestException(
          name,
          name + " is given " + list.size() + " times; at most " + maxValues + " values allowed");
    }
    for (String value : list) {
      if (value.length() > maxChars) {
        throw tooLong(name, value, maxChars);
      }
    }
    return List.copyOf(list);
  }

  /** A whole number, or {@code fallback} when absent or blank. */
  int integer(String name, int fallback) {
    String value = one(name, MAX_WORD_CHARS);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          name, name + " must be a whole number; got \"" + Echo.cut(value, MAX_WORD_CHARS) + "\"");
    }
  }

  private static BadRequestException tooLong(String name, String value, int maxChars) {
    return new BadRequestException(
        name,
        name + " is " + value.length() + " characters long; at most " + maxChars + " allowed");
  }

  /**
   * Percent-decoding as browsers encode forms ({@code +} is a space), refusing what they never
   * send: a {@code %} without two hex digits, and bytes that are not UTF-8 (lone surrogates too).
   */
  static String decode(String raw, String param) {
    if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
      return raw;
    }
    byte[] bytes = new byte[raw.length() * 3];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new BadRequestException(
              param,
              param
                  + " has a malformed percent-escape at character "
                  + i
                  + ": a % must be followed by two hexadecimal digits");
        }
        bytes[n++] = (byte) (hi << 4 | lo);
        i += 2;
      } else if (c == '+') {
        bytes[n++] = ' ';
      } else {
        int cp = raw.codePointAt(i);
        byte[] utf8 = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, bytes, n, utf8.length);
        n += utf8.length;
        i += Character.charCount(cp) - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException(
          param, param + " is not UTF-8 once percent-decoded; encode the text as UTF-8");
    }
  }
}
