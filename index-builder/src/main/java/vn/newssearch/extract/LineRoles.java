package vn.newssearch.extract;

import java.util.Locale;

/**
 * What a text line is within the article: a byline, a photo caption or a paragraph. Shapes come
 * from {@link TextShapes}; the few phrases shape cannot decide come from {@link Boilerplate}.
 */
final class LineRoles {
  /** Caption lines are short; a longer unpunctuated line is a paragraph that lost its stop. */
  static final int CAPTION_MAX_CHARS = 300;

  /** A line opened by a caption phrase is a caption only when it is this short. */
  static final int OPENER_CAPTION_MAX_CHARS = 250;

  /** Fewer words than this, unpunctuated, is a subheading rather than a caption. */
  static final int CAPTION_MIN_WORDS = 3;

  /** A trailing photo credit, "(Ảnh: ...)", is looked for in this many last characters. */
  private static final int CREDIT_TAIL = 80;

  private final Boilerplate boilerplate;

  LineRoles(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /**
   * A byline-shaped line ({@link Bylines}: "Thái Bình", "HOÀNG ANH", "Minh Thu/VOV-Tây Bắc", "Tin,
   * ảnh: Ngọc Lan", "Theo …") that does not start with a form of address ("Ông", "Bà").
   */
  boolean isByline(String line) {
    return Bylines.isByline(line) && !boilerplate.startsWithHonorific(line);
  }

  /**
   * A byline under the title, where the writer may sign with academic degrees before the name
   * ("PGS, TS. Vũ Thanh Hà", "ThS. Lê Hoài Thu"), as a magazine or a research page does.
   */
  boolean isSignedByline(String line) {
    if (isByline(line)) {
      return true;
    }
    String name = Bylines.withoutDegree(line);
    return name.length() < line.length() && isByline(name);
  }

  /** A byline after the text, where two names in capitals are one too. */
  boolean isClosingByline(String line) {
    return Bylines.isClosingByline(line) && !boilerplate.startsWithHonorific(line);
  }

  /** The author a byline names ("Hoàng Anh" for "HOÀNG ANH"), or null for "Theo X" (a source). */
  String author(String line) {
    String author = Bylines.closingAuthor(line);
    return author != null ? author : Bylines.closingAuthor(Bylines.withoutDegree(line));
  }

  /** The heading of a related-stories box ("Tin liên quan", "Xem thêm"). */
  boolean isRelated(String line) {
    return boilerplate.isRelated(line);
  }

  /** A navigation phrase of the data file ("Trang chủ", "Chia sẻ"). */
  boolean isNavigationPhrase(String line) {
    return boilerplate.isNavigation(line);
  }

  boolean opensCaption(String line) {
    return line.length() <= OPENER_CAPTION_MAX_CHARS && boilerplate.opensCaption(line);
  }

  /**
   * A photo caption: a short line opened by a caption phrase (one sentence at most), a line ending
   * with a photo credit "(Ảnh: ...)", or a short line of 3+ words between paragraphs with no
   * sentence-ending punctuation, no closing colon and no list mark.
   */
  boolean isCaption(String line) {
    if (line.length() > CAPTION_MAX_CHARS) {
      return false;
    }
    boolean shaped =
        (opensCaption(line) && (!TextShapes.endsWithStop(line) || TextShapes.sentences(line) <= 1))
            // "… cây cảnh: Ảnh: Đắc Thành.", a caption that closes with a stop
            || (endsWithCredit(line) && !isByline(line))
            || (!TextShapes.endsSentence(line)
                && !TextShapes.endsWithColon(line)
                && !TextShapes.isListItem(line)
                && TextShapes.words(line) >= CAPTION_MIN_WORDS
                && !isByline(line))
            || Portraits.isPortrait(line, boilerplate);
    // "(LSO) - Xe tăng … cứu nước. Ảnh: Life": the outlet's tag opens the sapo, which may end on
    // the credit of the photo it tells; no caption carries the tag
    return shaped && SiteTag.end(line) <= 0;
  }

  /** Body text: neither a caption nor a byline. */
  boolean isParagraph(String line) {
    return !isCaption(line) && !isByline(line);
  }

  /** A trailing credit "Ảnh: NAME" names the photographer in at most this many characters. */
  private static final int CREDIT_NAME_MAX = 40;

  /** At most this many words of a credit's name ("Ảnh: Vinh Xuân Đỗ"). */
  private static final int CREDIT_NAME_WORDS = 6;

  /**
   * A paragraph of text that ends with a photographer's credit, the way Vietnamese news sites write
   * a caption: "Đại diện X và Y ký kết quy chế phối hợp. Ảnh: T.N", "... - Ảnh: HÀ THANH", "...
   * (Ảnh: Hải Anh)". Not a credit alone ("Ảnh: VTV", a line of the byline), nor a credit after a
   * label ("Bài và ảnh: Hà Nhân").
   */
  static boolean endsWithCredit(String line) {
    String text = line.strip();
    if (endsWithPhotoCredit(text)) {
      return true;
    }
    int colon = text.lastIndexOf(':');
    if (colon < 3 || text.length() - colon > CREDIT_NAME_MAX) {
      return false;
    }
    String name = text.substring(colon + 1).strip();
    String word = text.substring(colon - 3, colon);
    if (name.isEmpty()
        || TextShapes.words(name) > CREDIT_NAME_WORDS
        || !word.toLowerCase(Locale.ROOT).equals("ảnh")) {
      return false;
    }
    int before = colon - 4;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    // the credit follows the caption's last stop, a dash or a colon: ". Ảnh:", " - Ảnh:", ": Ảnh:",
    // not "Bài và ảnh:"
    return before > 0
        && ".!?…)\"”-–:".indexOf(text.charAt(before)) >= 0
        && TextShapes.words(text.substring(0, before)) >= CAPTION_MIN_WORDS;
  }

  private static boolean endsWithPhotoCredit(String line) {
    if (!line.endsWith(")")) {
      return false;
    }
    int open = line.lastIndexOf('(');
    if (open < 0 || line.length() - open > CREDIT_TAIL) {
      return false;
    }
    String inside = line.substring(open + 1).toLowerCase(Locale.ROOT);
    return inside.startsWith("ảnh:")
        || inside.startsWith("ảnh minh h")
        || inside.startsWith("ảnh tư liệu")
        || inside.startsWith("photo");
  }
}
