package vn.newssearch.extract;

import java.util.Set;

/**
 * Bodies written as brands, with no head noun before them: "VPBank", "FPT", "Sacombank",
 * "MobiFone", "Pratt & Whitney", "Samsung Việt Nam". Such a name is only read where a party stands
 * (the clause decides whether it signs), and only when its first word cannot be a Vietnamese
 * syllable: an acronym, a word with an inner capital, or a foreign spelling. Vietnamese words
 * written with a capital (a sentence's first word, a person's name) are never brands, nor are
 * states' names ("Washington" for the United States), nor people's names ({@link TitledPeople}:
 * "Tổng thống Mỹ Donald Trump", "ông Trump"); nor the end of a name after a dash ("Công ty Văn Phú
 * - Invest"). One instance reads one article.
 */
final class BrandNames {
  /** At most this many words in one brand ("Hanshin Engineering Construction Co"). */
  private static final int MAX_WORDS = 5;

  /** Domain endings written right after a brand: "JD.com", "Tiki.vn". */
  private static final Set<String> DOMAINS = Set.of("com", "vn", "net", "org", "io");

  private final Syllables s;
  private final ClauseWords words;

  /** People's names where a brand could stand. */
  private final TitledPeople people;

  /** {@code role}: the syllables of people's titles. */
  BrandNames(Syllables s, boolean[] role, ClauseWords words) {
    this.s = s;
    this.words = words;
    this.people = new TitledPeople(s, role, words);
  }

  /** Whether a person's title that follows the person's name and a dash ends right before k. */
  boolean afterAppositiveTitle(int k) {
    return people.afterAppositiveTitle(k);
  }

  /** Whether a title or "ông"/"bà" stands right before k: a person's name starts there. */
  boolean afterTitle(int k) {
    return people.afterTitle(k) || people.afterTitledAbbreviation(k);
  }

  /**
   * Whether [from, to) names a person: a word the article writes after "ông"/"bà", or one word that
   * ends a name after a title ("Trump").
   */
  boolean person(int from, int to) {
    for (int p = from; p < to; p++) {
      if (people.isPersonWord(key(p))) {
        return true;
      }
    }
    return to == from + 1 && people.isTitledName(key(from));
  }

  /**
   * The brand starting at syllable k and ending before {@code limit}, or null. Not one foreign word
   * that a capitalised Vietnamese syllable follows in the same run, where no place or body starts:
   * a person's name ("Dennis Uy ký thoả thuận", "Jack Ma"), not "Samsung Việt Nam".
   */
  ClauseParties.Candidate at(int k, int limit, NameTrie trie) {
    ClauseParties.Candidate c = at(k, limit);
    if (c == null || c.to() != k + 1 || c.from() != k) {
      return c;
    }
    int q = k + 1;
    boolean person =
        q < limit
            && s.sentence[q] == s.sentence[k]
            && s.has(q, Syllables.UPPER)
            && !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
            && !BrandWords.shaped(s, q)
            && BrandWords.nameShaped(s, q)
            && (s.id[q] < 0 || trie.longest(s, q, NOT_PERSON, true) == null);
    return person ? null : c;
  }

  /** What may follow a brand: a place, a body, a head or a kind of place. */
  private static final int NOT_PERSON =
      NameTrie.Kind.PROVINCE.bit()
          | NameTrie.Kind.COUNTRY.bit()
          | NameTrie.Kind.LOCAL.bit()
          | NameTrie.Kind.NATIONAL.bit()
          | NameTrie.Kind.NAMED.bit()
          | NameTrie.Kind.TYPE.bit()
          | NameTrie.Kind.KEEP.bit()
          | NameTrie.Kind.STOP.bit()
          | NameTrie.Kind.WORD.bit();

  ClauseParties.Candidate at(int k, int limit) {
    if (!s.has(k, Syllables.UPPER)
        || s.has(k, Syllables.PAREN)
        || !(BrandWords.shaped(s, k)
            || BrandWords.joined(s, k + 1)
            || BrandWords.dashedForeign(s, k + 1))
        || words.get("not-brand").at(s, k) != null
        || words.countryAnywhere(s, k) != null && countryFirst(k, limit) < 0
        || people.afterTitle(k)
        || people.afterTitledAbbreviation(k)
        || beforeName(k)
        || (s.has(k, Syllables.DASH)
            && k > 0
            && s.has(k - 1, Syllables.UPPER)
            && !describedBefore(k))) {
      return null;
    }
    int q = words.countryAnywhere(s, k) != null ? countryFirst(k, limit) : k + 1;
    while (q < limit
        && q - k < MAX_WORDS
        && s.sentence[q] == s.sentence[k]
        && (s.has(q, Syllables.UPPER) || BrandWords.dashedForeign(s, q))
        && !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
        && (BrandWords.shaped(s, q) || BrandWords.joined(s, q) || BrandWords.joined(s, q + 1))) {
      q++;
    }
    while (q - k < MAX_WORDS && inner(q, limit)) {
      // "Children of Vietnam", "Hope for Children": an English link word inside the name
      q += 2;
      while (q < limit
          && q - k < MAX_WORDS
          && s.sentence[q] == s.sentence[k]
          && s.has(q, Syllables.UPPER)
          && !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
          && BrandWords.shaped(s, q)) {
        q++;
      }
    }
    // "Hanshin Engineering & Construction Co., Ltd": the legal form ends the company's name
    while (q < limit
        && q - k < 2 * MAX_WORDS
        && s.sentence[q] == s.sentence[k]
        && !s.has(q, Syllables.BREAK | Syllables.PAREN)
        && (!s.has(q, Syllables.COMMA) || words.lists("legal-form", s.original(q - 1)))
        && words.lists("legal-form", s.original(q))) {
      q++;
    }
    if (q < s.size
        && s.start[q] == s.end[q - 1] + 1
        && s.text[s.end[q - 1]] == '.'
        && DOMAINS.contains(s.original(q))) {
      q++; // "JD.com": the domain is part of the brand
    }
    for (int p = k; p < q; p++) {
      if (people.isPersonWord(key(p))) {
        return null; // "Trump và Kim đã ký" where the article says "ông Trump"
      }
    }
    if (q == k + 1 && people.isTitledName(key(k))) {
      return null; // "Trump" where the article says "Tổng thống Mỹ Donald Trump"
    }
    Phrases.Phrase country = q < limit ? words.countryAnywhere(s, q) : null;
    if (country != null
        && !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        && q + country.length() <= limit) {
      q += country.length(); // "Samsung Việt Nam", "Honda Việt Nam": the company of that country
    }
    int from = withArticle(k) ? k - 1 : k;
    return new ClauseParties.Candidate(from, q, s.original(from, q), true);
  }

  /**
   * Whether q is a lower-case English link word of a brand's name (brand-inner of party-words.tsv)
   * between two capitalised words of it, in one run.
   */
  private boolean inner(int q, int limit) {
    return q + 1 < limit
        && s.sentence[q + 1] == s.sentence[q]
        && !s.has(q, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
        && words.get("brand-inner").at(s, q) != null
        && s.has(q + 1, Syllables.UPPER)
        && !s.has(q + 1, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
        && BrandWords.shaped(s, q + 1);
  }

  /**
   * Whether k is a degree written in capitals before a person's name of two capitalised words or
   * more ("TS Đỗ Thái Hùng", "GS Morita Kouichi"): a title, not a brand; "GS Retail", one word
   * after it, stays one.
   */
  boolean beforeName(int k) {
    int q = k + PersonNames.word("degree", s, k);
    if (q == k || q + 1 >= s.size) {
      return false;
    }
    for (int p = q; p <= q + 1; p++) {
      if (s.sentence[p] != s.sentence[k]
          || !s.has(p, Syllables.UPPER)
          || s.has(p, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
          || !people.afterDegree(q)
          || !titleCase(p)
          || words.countryAnywhere(s, p) != null) {
        return false;
      }
    }
    return true;
  }

  /** A capital, then lower-case letters only: a word of a person's name ("Morita", "Thái"). */
  private boolean titleCase(int p) {
    String w = s.original(p);
    if (w.length() < 2) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "tập đoàn giáo dục hàng đầu Hàn Quốc - Chungdahm Learning": the capitals before the dash are a
   * state in a lower-case head's description, not the start of a name the dash runs on.
   */
  private boolean describedBefore(int k) {
    int r = k - 1;
    while (r > 0
        && s.sentence[r - 1] == s.sentence[k]
        && s.has(r - 1, Syllables.UPPER)
        && !s.has(r, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
      r--;
    }
    Phrases.Phrase state = words.countryAnywhere(s, r);
    return state != null
        && r + state.length() == k
        && r > 0
        && !s.has(r - 1, Syllables.UPPER)
        && PartyCandidates.describedFrom(s, k) >= 0;
  }

  /**
   * A company named by Vietnamese words and the English word of its kind, with no head before it:
   * "Sun Group", "Thắng Lợi Group", "Nhất Nam Land", "Đông Dương Telecom", "T&T Group" ({@code
   * legal-form} and {@code brand-tail} words, as written). The kind word is what makes the run a
   * company's name, as a head does; without it "Kim Jong", "Moon Jae" or "Tuổi Trẻ Online" are no
   * brands. Only from the first capital of its run (not "Ngoài | Him Lam Land"), whose first word
   * is no function word capitalised at a sentence's start ({@code stop} of the name grammar).
   */
  ClauseParties.Candidate tailed(int k, int limit, NameTrie trie) {
    if (!s.has(k, Syllables.UPPER)
        || s.has(k, Syllables.PAREN)
        || k > 0
            && s.sentence[k - 1] == s.sentence[k]
            && s.has(k - 1, Syllables.UPPER)
            && !s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || functionWord(k, trie)
        || words.countryAnywhere(s, k) != null
        || people.afterTitle(k)
        || people.afterTitledAbbreviation(k)) {
      return null;
    }
    for (int q = k + 1; q < limit && q - k <= MAX_WORDS; q++) {
      if (s.sentence[q] != s.sentence[k]
          || !s.has(q, Syllables.UPPER)
          || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN | Syllables.DASH)
          || !BrandWords.nameShaped(s, q - 1)) {
        return null;
      }
      String word = s.original(q);
      if (words.lists("legal-form", word) || words.lists("brand-tail", word)) {
        for (int p = k; p < q; p++) {
          if (people.isPersonWord(key(p))) {
            return null;
          }
        }
        return new ClauseParties.Candidate(k, q + 1, s.original(k, q + 1), true);
      }
    }
    return null;
  }

  /**
   * Whether syllable k is a stop word of the name grammar as spelled, in any case ("Ngoài", "Còn"):
   * folded, "Thắng" would be "tháng" and "Đông" "đồng".
   */
  private boolean functionWord(int k, NameTrie trie) {
    NameTrie.Match stop = trie.longest(s, k, NameTrie.Kind.STOP.bit(), true);
    return stop != null
        && stop.entry()
            .spellings()
            .contains(s.original(stop.from(), stop.to()).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Tokyo Gas", "Singapore Airlines", "Hong Kong Airlines": a place's name written in Latin
   * letters, then a brand word in the same run, starts a company's name, not the state; where the
   * brand word starts, or -1 ("Singapore và ...", "Mỹ Boeing": a state).
   */
  private int countryFirst(int k, int limit) {
    Phrases.Phrase country = words.countryAnywhere(s, k);
    int q = k + country.length();
    for (int p = k; p < q; p++) {
      if (!s.has(p, Syllables.UPPER) || !BrandWords.latin(s, p)) {
        return -1;
      }
    }
    boolean brand =
        q < limit
            && s.sentence[q] == s.sentence[k]
            && s.has(q, Syllables.UPPER)
            && !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN | Syllables.DASH)
            && BrandWords.shaped(s, q)
            && words.countryAnywhere(s, q) == null;
    return brand ? q : -1;
  }

  /** Whether "The" stands right before the brand at k, in the same stretch of words. */
  private boolean withArticle(int k) {
    return k > 0
        && s.sentence[k - 1] == s.sentence[k]
        && !s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN | Syllables.DASH)
        && s.has(k - 1, Syllables.UPPER)
        && words.get("brand-article").at(s, k - 1) != null;
  }

  private String key(int p) {
    return new String(s.folded, s.fstart[p], s.fend[p] - s.fstart[p]);
  }

  /** Whether syllable k cannot be a Vietnamese word ({@link BrandWords#shaped}). */
  static boolean shaped(Syllables s, int k) {
    return BrandWords.shaped(s, k);
  }
}
