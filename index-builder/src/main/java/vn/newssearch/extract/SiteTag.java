package vn.newssearch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet's tag in front of a sapo: "TTO - ", "VOV.VN - ", "(NLĐO) - ", "(Chinhphu.vn) - ",
 * "(Dân trí) - ", "VnExpress - ". Bare tags are one token in capitals or a brand (so a dateline
 * such as "TP.HCM - " or "Hà Nội - " is not one); tags in brackets are short and open with a
 * capital.
 */
final class SiteTag {
  private SiteTag() {}

  /**
   * An outlet's brand as one token, which no place name is: an inner capital ("VnExpress",
   * "VietnamPlus"), a number ("Kenh14") or a domain ("Zing.vn", "Dantri.com.vn").
   */
  private static final String BRAND =
      "\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\d]{0,12}|\\p{Lu}\\p{L}{1,12}\\d{1,3}"
          + "|\\p{Lu}[\\p{L}\\d]{1,15}\\.(?:com\\.vn|vn|VN)";

  private static final Pattern TAG =
      Pattern.compile(
          "^(?:\\((\\p{Lu}[\\p{L}.]{1,14}(?: [\\p{L}.]{1,10})?)\\)|(\\p{Lu}{2,6}(?:\\.VN|\\.vn)?|"
              + BRAND
              + "))"
              + " ?[-–] ?(?=\\p{L}|\\p{N}|[\"“(])");

  /** Where the sapo's own text starts after the tag, or -1 when it has no tag. */
  static int end(String paragraph) {
    Matcher m = TAG.matcher(paragraph);
    return m.find() ? m.end() : -1;
  }

  /** The outlet the tag names ("TTO", "Chinhphu.vn"), or null. */
  static String name(String paragraph) {
    Matcher m = TAG.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
