package vn.newssearch.server.search.typing;

import java.util.regex.Pattern;

/**
 * Whether a folded, lower-case token could be one Vietnamese syllable: an optional initial
 * consonant, one to three vowels, an optional final consonant. "bhxh" and "ubnd" cannot, so a
 * lower-case abbreviation is still read as one; "au" can ("âu"), so it is not.
 */
public final class SyllableShape {
  private SyllableShape() {}

  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?");

  /** {@code token} is folded: no diacritics, "đ" as "d", lower case. */
  public static boolean couldBeSyllable(String token) {
    return SYLLABLE.matcher(token).matches();
  }
}
