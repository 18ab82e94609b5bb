package vn.newssearch.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One JSON Lines line (UTF-8 bytes) → a {@link SourceRecord.JsonArticle}, with Jackson's streaming
 * parser: no tree, unknown fields skipped. Thread-safe.
 */
final class JsonLineParser {
  /** A plain streaming factory: this parser binds nothing, so it needs no object mapper. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLineParser() {}

  static SourceRecord.JsonArticle parse(Origin origin, byte[] bytes, int offset, int length)
      throws BadInputException {
    String[] fields = new String[Field.values().length];
    List<String> captions = null;
    try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw bad(origin, "line is not a JSON object (it starts with " + describe(first) + ")");
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        Field field = Field.of(name);
        if (field == Field.CAPTIONS) {
          captions = captions(origin, p, value);
        } else if (field != null) {
          fields[field.ordinal()] = scalar(origin, p, value, name);
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw bad(origin, "malformed JSON: more content after the object");
      }
    } catch (JsonProcessingException e) {
      throw bad(origin, jsonReason(e, bytes, offset, length));
    } catch (IOException e) {
      throw bad(origin, "malformed JSON: " + e.getMessage());
    }
    return new SourceRecord.JsonArticle(
        origin,
        fields[Field.ID.ordinal()],
        fields[Field.URL.ordinal()],
        fields[Field.SOURCE.ordinal()],
        fields[Field.TITLE.ordinal()],
        fields[Field.LEAD.ordinal()],
        fields[Field.BODY.ordinal()],
        captions,
        fields[Field.PUBLISHED.ordinal()],
        fields[Field.CATEGORY.ordinal()],
        fields[Field.AUTHOR.ordinal()]);
  }

  private enum Field {
    ID,
    URL,
    SOURCE,
    TITLE,
    LEAD,
    BODY,
    CAPTIONS,
    PUBLISHED,
    CATEGORY,
    AUTHOR;

    static Field of(String name) {
      return switch (name) {
        case "id" -> ID;
        case "url" -> URL;
        case "source" -> SOURCE;
        case "title" -> TITLE;
        case "lead" -> LEAD;
        case "body" -> BODY;
        case "captions" -> CAPTIONS;
        case "published" -> PUBLISHED;
        case "category" -> CATEGORY;
        case "author" -> AUTHOR;
        default -> null;
      };
    }
  }

  private static String scalar(Origin origin, JsonParser p, JsonToken value, String name)
      throws IOException, BadInputException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value.isScalarValue()) {
      return p.getValueAsString();
    }
    throw bad(origin, "field \"" + name + "\" is " + describe(value) + ", not a string");
  }

  private static List<String> captions(Origin origin, JsonParser p, JsonToken value)
      throws IOException, BadInputException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value == JsonToken.VALUE_STRING) {
      return List.of(p.getText());
    }
    if (value != JsonToken.START_ARRAY) {
      throw bad(origin, "field \"captions\" is " + describe(value) + ", not a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      if (t != JsonToken.VALUE_STRING) {
        throw bad(origin, "field \"captions\" holds " + describe(t) + ", not only strings");
      }
      out.add(p.getText());
    }
    return out;
  }

  private static String jsonReason(
      JsonProcessingException e, byte[] bytes, int offset, int length) {
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Invalid UTF-8")) {
      int at = Math.max(0, TextDecoder.firstInvalidUtf8(bytes, offset, length) - offset);
      return String.format(
          Locale.ROOT,
          "invalid UTF-8: byte 0x%02X at column %d (JSON Lines must be UTF-8)",
          bytes[offset + at] & 0xFF,
          at + 1);
    }
    long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    String first = message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    // Jackson appends where the object started, naming a redacted source: noise for a user.
    int noise = first.indexOf(" (start marker at");
    if (noise > 0) {
      first = first.substring(0, noise);
    }
    return at >= 0
        ? "malformed JSON at byte " + (at + 1) + ": " + first
        : "malformed JSON: " + first;
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private static BadInputException bad(Origin origin, String reason) {
    return new BadInputException(origin.line(), reason);
  }
}
