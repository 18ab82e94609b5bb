package vn.newssearch.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet's tag in front of a sapo: "TTO - ", "VOV.VN - ", "(NLĐO) - ", "(Chinhphu.vn) - ",
 * "(Dân trí) - ", "VnExpress - ", "GD&TĐ - ", and a provincial paper's "Báo Điện Biên Phủ - Ngày
 * 7/3/2017, ...". Bare tags are one token in capitals or a brand (so a dateline such as "TP.HCM - "
 * or "Hà Nội - " is not one), or "Báo" and a capitalised word, then up to three words, before a
 * dash and a capital or a number: a paper's name capitalises its first word only, as Vietnamese
 * names do ("Báo Tin tức - Sáng 19/9", "Báo Công đoàn - Chiều 21/8"), and "Báo Herald - tờ báo nhà
 * nước của Zimbabwe" names a subject; tags in brackets are short and open with a capital.
 */
final class SiteTag {
  private SiteTag() {}

  /**
   * An outlet's brand as one token, which no place name is: an inner capital ("VnExpress",
   * "VietnamPlus"), a number ("Kenh14"), a domain ("Zing.vn", "Dantri.com.vn"), or initials run
   * into a lower-case word ("ICTnews"; a Vietnamese word is never written so).
   */
  private static final String BRAND =
      "\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\d]{0,12}|\\p{Lu}\\p{L}{1,12}\\d{1,3}"
          + "|\\p{Lu}[\\p{L}\\d]{1,15}\\.(?:com\\.vn|vn|VN)|\\p{Lu}{2,5}\\p{Ll}{2,8}";

  /**
   * A paper's initials joined by "&" ("GD&TĐ - ", Giáo dục & Thời đại; "(PL&XH) - "): an "&" joins
   * two fields of a paper's name, never the words of a dateline.
   */
  private static final String JOINED = "\\p{Lu}{1,4}&\\p{Lu}{1,4}";

  private static final Pattern TAG =
      Pattern.compile(
          "^(?:\\((\\p{Lu}[\\p{L}.]{1,14}(?: [\\p{L}.]{1,10})?|"
              + JOINED
              + ")\\)|(\\p{Lu}{2,6}(?:\\.VN|\\.vn)?|"
              + JOINED
              + "|"
              + BRAND
              + ")|([A-Z][a-z]{5,19})|(Báo \\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*| \\p{Ll}+){0,3}(?= ?[-–] ?[\\p{Lu}\\p{N}])))"
              + " ?[-–] ?(?=\\p{L}|\\p{N}|[\"“(])");

  /**
   * A tag in capitals closed by a full stop instead of a dash ("TGVN. Tình huống …"): three to six
   * capitals, so an abbreviation such as "TP. HCM" is none.
   */
  private static final Pattern DOT_TAG = Pattern.compile("^(\\p{Lu}{3,6})\\. (?=\\p{Lu})");

  /**
   * A paper's initials in brackets with no dash, the sapo's first word right after ("(NB&CL) Theo
   * đó, …"): capitals only, or two groups joined by "&", so a bracket of words ("(Ảnh minh họa)")
   * or a time zone ("(GMT+7)") is none.
   */
  private static final Pattern BARE_BRACKET =
      Pattern.compile("^\\((\\p{Lu}{2,6}|" + JOINED + ")\\) (?=\\p{Lu})");

  /**
   * The same initials before a lower-case word ("(BDO) những sinh viên …"): in a paragraph already
   * read as the sapo they are still the outlet's tag, but alone they mark no sapo, since a line may
   * go on from an abbreviation in brackets ("(PV) theo …").
   */
  private static final Pattern BRACKET_IN_SAPO =
      Pattern.compile("^\\((?:\\p{Lu}{2,6}|" + JOINED + ")\\) (?=\\p{Ll})");

  /**
   * A site's name written as its domain, Vietnamese words run together without tone marks
   * ("Kinhtedothi", "Baotintuc"): three or more toneless syllables in one token. Place names in a
   * dateline carry their tone marks ("Hà Nội - ") or are one or two syllables.
   */
  private static final Pattern RUN_TOGETHER =
      Pattern.compile(
          "(?:(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}"
              + "(?:ng|nh|ch|[cmnpt])?){3,6}");

  /** Where the sapo's own text starts after the tag, or -1 when it has no tag. */
  static int end(String paragraph) {
    Matcher m = match(paragraph);
    return m == null ? -1 : m.end();
  }

  /**
   * Where the sapo's own text starts after the tag, in a paragraph already read as the sapo: {@link
   * #end}, or the initials in brackets before a lower-case word; -1 when it has no tag.
   */
  static int endInSapo(String sapo) {
    int end = end(sapo);
    if (end >= 0) {
      return end;
    }
    Matcher m = BRACKET_IN_SAPO.matcher(sapo);
    return m.find() ? m.end() : -1;
  }

  private static Matcher match(String paragraph) {
    Matcher m = TAG.matcher(paragraph);
    if (!m.find()) {
      Matcher dot = DOT_TAG.matcher(paragraph);
      if (dot.find()) {
        return dot;
      }
      Matcher bare = BARE_BRACKET.matcher(paragraph);
      return bare.find() ? bare : null;
    }
    String domain = m.group(3);
    return domain == null || RUN_TOGETHER.matcher(domain.toLowerCase(Locale.ROOT)).matches()
        ? m
        : null;
  }

  /** The outlet the tag names ("TTO", "Chinhphu.vn"), or null. */
  static String name(String paragraph) {
    Matcher m = match(paragraph);
    if (m == null) {
      return null;
    }
    if (m.pattern() == DOT_TAG || m.pattern() == BARE_BRACKET) {
      return m.group(1);
    }
    for (int g = 1; g < m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return m.group(m.groupCount());
  }
}
