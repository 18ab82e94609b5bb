package vn.newssearch.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site tag Vietnamese news sites put in front of a sapo: {@code TTO - }, {@code (Chinhphu.vn) -
 * }, {@code VOV.VN - }, {@code (NLĐO) - }, {@code GD&TĐ - }. It names the source, not the news: a
 * short parenthesis, an all-capital token or a domain name, then a dash.
 */
public final class SiteTag {
  private SiteTag() {}

  private static final Pattern TAG =
      Pattern.compile(
          "^(?:\\(([^()]{2,30})\\)|([\\p{Lu}\\d][\\p{Lu}\\d.&]{1,14})"
              + "|([\\p{L}\\d-]{2,30}\\.(?:vn|VN|com|net)(?:\\.vn)?))\\s?[-–—]\\s?(?=\\S)");

  /** The lead without its tag, and the tag's name ("Chinhphu.vn"), or null when none. */
  public record Split(String text, String tag) {}

  public static Split split(String lead) {
    if (lead == null) {
      return new Split(null, null);
    }
    Matcher m = TAG.matcher(lead);
    if (!m.find() || m.end() >= lead.length()) {
      return new Split(lead, null);
    }
    String tag = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return new Split(lead.substring(m.end()).strip(), tag.strip());
  }
}
