package vn.newssearch.schema;

import java.util.List;

/**
 * The fold keys a party or organisation filter finds a name by, in the embedded index and in the
 * cluster alike: the name's own ({@link VietnameseAnalysis#foldKey}), and for a body named with
 * where it sits ("Đại sứ quán Hoa Kỳ tại Việt Nam", "Lãnh sự quán Arab Saudi tại Istanbul") the
 * name before "tại" too, so a filter on "Đại sứ quán Hoa Kỳ" still finds the state's missions, as
 * it did before the seat was written in the name. The facets keep the whole name.
 */
public final class NameKeys {
  private static final String SEAT = " tại ";

  private NameKeys() {}

  /** The name's fold key, then its seatless one where it has a seat. */
  public static List<String> of(String name) {
    String key = VietnameseAnalysis.foldKey(name);
    int seat = name.indexOf(SEAT);
    if (seat <= 0) {
      return List.of(key);
    }
    String body = VietnameseAnalysis.foldKey(name.substring(0, seat));
    return body.isEmpty() || body.equals(key) ? List.of(key) : List.of(key, body);
  }
}
