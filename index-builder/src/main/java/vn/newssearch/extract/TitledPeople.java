package vn.newssearch.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * People's names where a brand could stand ({@link BrandNames}): a capitalised word right after a
 * title ("Tổng thống Mỹ Donald Trump") or after the bracketed abbreviation of a body in a title
 * ("... Hàn Quốc (MOTIE) Paik Ungyu"), one the article writes after "ông"/"bà", and the last word
 * of a name after a title used alone ("Trump"). A title after "ông/bà NAME -" introduces the body
 * instead ("Ông Bùi Huy Năm – Tổng giám đốc VTVcab"). One instance reads one article.
 */
final class TitledPeople {
  /** At most this many words in one person's name. */
  private static final int NAME_WORDS = 5;

  /** How far back a title makes a capitalised word a person's name ("Tổng thống Mỹ Donald ..."). */
  private static final int TITLE_REACH = 3;

  /** How long a body's name in a title may be before its abbreviation and the person's name. */
  private static final int TITLED_NAME = 16;

  /** The most syllables of one degree before a name ("phó giáo sư", "PGS. TS"). */
  private static final int DEGREE_WORDS = 3;

  private final Syllables s;
  private final boolean[] role;
  private final ClauseWords words;

  /** The words the article writes as people's names ("ông Trump"), folded; read on first use. */
  private Set<String> people;

  /** The last words of names after titles, folded; read on first use. */
  private Set<String> titled;

  /** {@code role}: the syllables of people's titles. */
  TitledPeople(Syllables s, boolean[] role, ClauseWords words) {
    this.s = s;
    this.role = role;
    this.words = words;
  }

  /** Whether the article writes this folded word after "ông", "bà", "ngài" ("Trump"). */
  boolean isPersonWord(String folded) {
    return people().contains(folded);
  }

  /** Whether this folded word ends a name after a title ("Trump" of "... Donald Trump"). */
  boolean isTitledName(String folded) {
    return titledNames().contains(folded);
  }

  /**
   * Whether a title stands a few capitalised words before k: "Tổng thống Mỹ Donald Trump", "Tổng
   * giám đốc Tổ chức ... (UNESCO) Irina Bokova"; or "ông", "bà" right before it.
   */
  boolean afterTitle(int k) {
    if (k > 0 && s.sentence[k - 1] == s.sentence[k] && words.get("person").at(s, k - 1) != null) {
      return true;
    }
    if (afterDegree(k)) {
      return true;
    }
    for (int p = k - 1; p >= 0 && p >= k - TITLE_REACH && s.sentence[p] == s.sentence[k]; p--) {
      if (role[p]) {
        return !appositive(p);
      }
      boolean bracketed = s.has(p, Syllables.PAREN);
      if (!bracketed && (!s.has(p, Syllables.UPPER) || s.has(p + 1, Syllables.COMMA))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a degree or rank written before a name ({@code degree} of signatory-words.tsv: "GS",
   * "TS", "PGS.TS", "Thiếu tướng") ends right before k: "đại diện Đại học Nagasaki, GS Morita
   * Kouichi, đã ký" names a professor, not a brand.
   */
  boolean afterDegree(int k) {
    for (int p = k - 1; p >= 0 && p >= k - DEGREE_WORDS && s.sentence[p] == s.sentence[k]; p--) {
      if (PersonNames.word("degree", s, p) == k - p) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether k follows, right after its closing bracket, the abbreviation of a body named in a
   * title: "Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc (MOTIE) Paik Ungyu", "Tổng
   * giám đốc Tổ chức Giáo dục, Khoa học và Văn hoá của Liên Hợp Quốc (UNESCO) Irina Bokova": the
   * person who holds the title, not a body.
   */
  boolean afterTitledAbbreviation(int k) {
    if (k == 0 || !s.has(k - 1, Syllables.PAREN) || s.has(k, Syllables.PAREN)) {
      return false;
    }
    int b = k - 1;
    while (b > 0 && s.has(b - 1, Syllables.PAREN)) {
      b--;
    }
    for (int p = b - 1; p >= 0 && p >= b - TITLED_NAME && s.sentence[p] == s.sentence[k]; p--) {
      if (role[p]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person's title that follows the person's name and a dash ends right before k. */
  boolean afterAppositiveTitle(int k) {
    return k > 0 && role[k - 1] && !role[k] && appositive(k - 1);
  }

  /**
   * Whether the title ending at syllable p follows a person's name and a dash: "Ông Bùi Huy Năm –
   * Tổng giám đốc VTVcab", "Bà Nguyễn Thị Phương Thảo - tổng giám đốc Vietjet". The person is named
   * already, so what follows the title is the body, not a name.
   */
  private boolean appositive(int p) {
    int t = p;
    while (t > 0 && role[t - 1] && s.sentence[t - 1] == s.sentence[p]) {
      t--;
    }
    if (t == 0 || !s.has(t, Syllables.DASH)) {
      return false;
    }
    // back over the capitalised name to "ông"/"bà", in either case ("Ông" opens a caption)
    int q = t - 1;
    while (q >= 0
        && q > t - 1 - NAME_WORDS
        && s.sentence[q] == s.sentence[p]
        && s.has(q, Syllables.UPPER)
        && (q + 1 == t || !s.has(q + 1, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))
        && !honorific(q)) {
      q--;
    }
    return q >= 0 && q < t - 1 && s.sentence[q] == s.sentence[p] && honorific(q);
  }

  private boolean honorific(int q) {
    return s.is(q, "ong") || s.is(q, "ba");
  }

  /** The capitalised words the article writes after "ông", "bà", "ngài": people's names. */
  private Set<String> people() {
    if (people == null) {
      people = new HashSet<>();
      Phrases marks = words.get("person");
      for (int k = 0; k + 1 < s.size; k++) {
        if (marks.at(s, k) == null) {
          continue;
        }
        for (int p = k + 1;
            p < s.size
                && p <= k + NAME_WORDS
                && s.has(p, Syllables.UPPER)
                && s.sentence[p] == s.sentence[k];
            p++) {
          if (p > k + 1 && s.has(p, Syllables.BREAK | Syllables.COMMA)) {
            break;
          }
          people.add(key(p));
        }
      }
    }
    return people;
  }

  /** The last words of names after titles ("Trump"), folded; read on first use. */
  private Set<String> titledNames() {
    if (titled == null) {
      titled = new HashSet<>();
      for (int k = 0; k + 1 < s.size; k++) {
        if (role[k] && !role[k + 1]) {
          titled(k + 1);
        }
      }
    }
    return titled;
  }

  /**
   * "Tổng thống Mỹ Donald Trump", "Chủ tịch Cuba Miguel Diaz - Canel": after a title (and a state),
   * two or more capitalised words are a name, whose last word the article may use alone. Only a
   * word like a given name before it makes a name: "Tổng giám đốc Vietnam Airlines" is one too, but
   * only one-word brands are checked against these.
   */
  private void titled(int from) {
    Phrases.Phrase state = words.countryAnywhere(s, from);
    int p = state == null ? from : from + state.length();
    int first = p;
    while (p < s.size
        && p - first < NAME_WORDS
        && s.has(p, Syllables.UPPER)
        && s.sentence[p] == s.sentence[from]
        && (p == first || !s.has(p, Syllables.BREAK | Syllables.COMMA))) {
      p++;
    }
    if (p - first >= 2 && nameWord(p - 2)) {
      titled.add(key(p - 1)); // not "Chủ tịch HĐQT Thaco": an acronym before it is a body's
    }
  }

  /** A capital then lower-case letters only: "Donald", "Miguel"; not "HĐQT", "VinFast". */
  private boolean nameWord(int p) {
    for (int i = s.start[p] + 1; i < s.end[p]; i++) {
      if (!Character.isLowerCase(s.text[i])) {
        return false;
      }
    }
    return s.end[p] - s.start[p] > 1;
  }

  private String key(int p) {
    return new String(s.folded, s.fstart[p], s.fend[p] - s.fstart[p]);
  }
}
