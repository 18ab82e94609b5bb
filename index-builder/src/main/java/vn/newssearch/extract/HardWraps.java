package vn.newssearch.extract;

/**
 * A text wrapped at a fixed width, as mail, plain-text pages and some copies write it: "ông A –
 * Hiệu trưởng\nTrường X đã chủ trì lễ ký biên bản ghi nhớ về đào tạo giữa\nTrường X với ...". Each
 * line break there cuts a sentence, and so a name and a clause, which the reader of a text takes
 * for one line. A body is wrapped when its long lines fill nearly the same width and most of them
 * end inside a sentence; its line breaks inside a sentence then become spaces, and the blank lines
 * between its paragraphs stay. A body of one paragraph a line, whose lines end with their sentences
 * or run to any length, is left as it is.
 */
final class HardWraps {
  private HardWraps() {}

  /** A line this long or longer is one the wrapping filled or nearly so. */
  private static final int LONG = 40;

  /** At least this many long lines, so a short text's few lines tell nothing. */
  private static final int MIN_LONG = 4;

  /** The widest a wrapped text's lines run: mail wraps at 72 to 80, a narrow page under 110. */
  private static final int MAX_WIDTH = 110;

  /**
   * A line that ends inside a sentence and is at least this share of the width was wrapped; a
   * shorter one when the next line goes on in lower case.
   */
  private static final double FILLED = 0.6;

  /**
   * {@code body} with the line breaks that cut its sentences made spaces when it is wrapped at a
   * fixed width; the same length, so every offset into it stays as it was.
   */
  static String unwrap(String body) {
    String[] lines = body.split("\n", -1);
    int width = 0;
    int longLines = 0;
    int cut = 0;
    int continued = 0; // lines after a cut one that open in lower case, as a sentence goes on
    for (int i = 0; i < lines.length; i++) {
      String text = lines[i].strip();
      width = Math.max(width, text.length());
      if (text.length() >= LONG && !TextShapes.isListItem(text)) {
        longLines++;
        boolean inside = endsInside(text);
        cut += inside ? 1 : 0;
        continued += inside && i + 1 < lines.length && goesOn(lines[i + 1].strip()) ? 1 : 0;
      }
    }
    // a list of headlines, each opening with a capital and ending with no stop, is no wrapped text
    if (longLines < MIN_LONG || width > MAX_WIDTH || 2 * cut < longLines || 3 * continued < cut) {
      return body;
    }
    char[] out = body.toCharArray();
    int at = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String text = lines[i].strip();
      at += lines[i].length();
      String next = lines[i + 1].strip();
      // a line the width filled, or one the next goes on from in lower case ("Về\nphía thành
      // phố ...", a word the copy carried down alone); a list's next item starts a line of its
      // own ("- ", "2. ")
      boolean wrapped =
          !text.isEmpty()
              && !next.isEmpty()
              && !TextShapes.isListItem(next)
              && endsInside(text)
              && (text.length() >= FILLED * width || goesOn(next));
      if (wrapped) {
        out[at] = ' ';
      }
      at++; // the line break
    }
    return new String(out);
  }

  /** Whether a line ends inside a sentence: no stop and no colon at its end. */
  private static boolean endsInside(String line) {
    return !TextShapes.endsSentence(line) && !line.endsWith(":");
  }

  /** Whether a stripped line goes on a sentence: it opens in lower case. */
  private static boolean goesOn(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
  }
}
