package vn.newssearch.extract;

import vn.newssearch.schema.VietnameseAnalysis;

/**
 * A text cut into folded syllables ({@link VietnameseAnalysis#fold(char)}: the same keys as {@link
 * VietnameseAnalysis#foldKey}), with what name matching needs about each: its offsets in the
 * original, capitalisation, the punctuation before it, bracket depth and sentence number. One pass
 * over the characters with a lookup table, so that every article can afford it.
 */
final class Syllables {
  /** The syllable starts with an upper-case letter in the original. */
  static final int UPPER = 1;

  /** A break that no name spans comes before it: end of sentence, bracket, quote, colon. */
  static final int BREAK = 2;

  /** A hyphen or dash comes before it ("Liên đoàn Lao động tỉnh Long An - Phạm Thị Quyên"). */
  static final int DASH = 4;

  /** A comma comes before it. */
  static final int COMMA = 8;

  /** Inside round brackets: "(trực thuộc Bộ LĐ-TB&XH)". */
  static final int PAREN = 16;

  private static final char SEPARATOR = VietnameseAnalysis.SEPARATOR;
  private static final char SKIP = VietnameseAnalysis.DROPPED;

  final char[] text;
  final int length;
  final char[] folded;
  int size;
  int[] start;
  int[] end;
  int[] fstart;
  int[] fend;
  int[] id;
  int[] flags;
  int[] sentence;

  /**
   * Capitals already looked up by {@link NameWords#namedElsewhere}, by their words: the end of the
   * run named after a head elsewhere relative to its start, or -1; and how many whole-text scans
   * that took, which it bounds per text.
   */
  java.util.Map<String, Integer> namedRuns;

  /**
   * For a syllable inside an organisation's name that the scan read, the name's end; else 0 (null
   * until {@link #markName} is called). Words of a clause's tense inside a name are the name's
   * ("Trung tâm Xúc tiến đầu tư", "Trung tâm Dịch vụ việc làm"), not the clause's.
   */
  private int[] nameEnd;

  /** Marks syllables [from, to) as one organisation's name. */
  void markName(int from, int to) {
    if (nameEnd == null) {
      nameEnd = new int[size];
    }
    for (int k = Math.max(0, from); k < Math.min(size, to); k++) {
      nameEnd[k] = Math.max(nameEnd[k], to);
    }
  }

  /** Whether syllable k stands in an organisation's name the scan read, its first word too. */
  boolean inName(int k) {
    return nameEnd != null && k >= 0 && k < size && nameEnd[k] > k;
  }

  /** The end of the organisation's name syllable k stands in past its first word, or -1. */
  int insideName(int k) {
    return nameEnd != null && k > 0 && k < size && nameEnd[k] > k && nameEnd[k - 1] >= nameEnd[k]
        ? nameEnd[k]
        : -1;
  }

  int namedScans;

  /** Arrays of {@code capacity} syllables, those of {@code old} when they are large enough. */
  private Syllables(char[] text, int length, int capacity, Syllables old) {
    this.text = text;
    this.length = length;
    boolean fits = old != null && old.folded.length >= length && old.start.length >= capacity;
    folded = fits ? old.folded : new char[length];
    start = fits ? old.start : new int[capacity];
    end = fits ? old.end : new int[capacity];
    fstart = fits ? old.fstart : new int[capacity];
    fend = fits ? old.fend : new int[capacity];
    id = fits ? old.id : new int[capacity];
    flags = fits ? old.flags : new int[capacity];
    sentence = fits ? old.sentence : new int[capacity];
  }

  /**
   * The last article each thread cut ({@link #ofArticle}), whose arrays the next article reuses:
   * new arrays for every article are memory no cache holds yet, and filling them cost about a sixth
   * of the extractor.
   */
  private static final ThreadLocal<Syllables> LAST_ARTICLE = new ThreadLocal<>();

  /**
   * Cuts an article's {@code text[0, length)} like {@link #of(char[], int, Vocabulary)}, into the
   * arrays of the last article this thread cut: the Syllables of that article must no longer be in
   * use. For the extractor's one cut of each article, whose text is in {@link #articleText}.
   */
  static Syllables ofArticle(char[] text, int length, Vocabulary vocabulary) {
    Syllables old = LAST_ARTICLE.get();
    int oldSize = old == null ? 0 : old.size;
    int oldFolded = old == null ? 0 : old.foldedLength();
    Syllables s = cut(text, length, vocabulary, old);
    // what the last article left past this one's end reads as in new arrays: zero
    for (int[] a : new int[][] {s.start, s.end, s.fstart, s.fend, s.id, s.flags, s.sentence}) {
      java.util.Arrays.fill(a, s.size, Math.max(s.size, Math.min(oldSize, a.length)), 0);
    }
    int folded = s.foldedLength();
    java.util.Arrays.fill(
        s.folded, folded, Math.max(folded, Math.min(oldFolded, s.folded.length)), '\0');
    LAST_ARTICLE.set(s);
    return s;
  }

  /**
   * A buffer for the text of this thread's next article ({@link #ofArticle}), at least {@code
   * length} chars, zero past them: the last article's when it is long enough.
   */
  static char[] articleText(int length) {
    Syllables last = LAST_ARTICLE.get();
    if (last == null || last.text.length < length) {
      return new char[length];
    }
    java.util.Arrays.fill(last.text, length, Math.max(length, last.length), '\0');
    return last.text;
  }

  private int foldedLength() {
    return size == 0 ? 0 : fend[size - 1];
  }

  /** Cuts {@code text}; syllable ids come from {@code vocabulary} (-1 for unknown syllables). */
  static Syllables of(String text, Vocabulary vocabulary) {
    return of(text.toCharArray(), text.length(), vocabulary);
  }

  /** Cuts {@code text[0, length)}, which it keeps (no copy): the caller must not change it. */
  static Syllables of(char[] text, int length, Vocabulary vocabulary) {
    return cut(text, length, vocabulary, null);
  }

  private static Syllables cut(char[] text, int length, Vocabulary vocabulary, Syllables old) {
    Syllables s = new Syllables(text, length, length / 4 + 8, old);
    char[] f = s.folded;
    int n = length;
    int fi = 0;
    int tokenStart = -1;
    int tokenFolded = 0;
    int gap = 0;
    boolean dot = false;
    boolean newSentence = false;
    int depth = 0;
    int sentenceNo = 0;
    long code = 0; // the syllable packed 7 bits a char, as Vocabulary packs it
    boolean wide = false; // the syllable has a non-ASCII char: it does not pack
    boolean apostrophe = false; // an apostrophe inside a word comes before the next syllable
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text[i] : '\n';
      char m = VietnameseAnalysis.fold(c);
      if (m == SKIP) {
        continue;
      }
      if (m != SEPARATOR) {
        if (tokenStart < 0) {
          if (dot
              && s.size > 0
              && (s.isShortCapital(s.size - 1)
                  || s.isJoinedCapitals(s.size - 1, i, n)
                  || s.isDottedNumber(s.size - 1, i)
                  || Character.isUpperCase(c) && s.isConsonantAbbreviation(s.size - 1))) {
            // "TP.HCM", "TP. HCM": a dot after a short capital abbreviation ends no sentence;
            // nor does one inside a number or a date ("17.10", "1.000"), nor one after a word
            // written by its consonants before a capital ("Chr. Hansen", "St. Mary", "Ths. BS").
            dot = false;
          }
          if (dot && s.size > 0 && s.isInnerDot(s.size - 1, i)) {
            dot = false; // "Co.opmart", "Co.op": a dot between letters, no space, inside a word
          }
          if (dot && s.size > 0 && s.isLegalFormDot(s.size - 1, i)) {
            // "Hankyu Hanshin Properties Corp. (Nhật Bản) vừa ký": a foreign company's legal form
            // written with its dot, then a bracket or a lower-case word, ends no sentence
            dot = false;
          }
          if (dot) {
            gap |= BREAK;
            newSentence = true;
          }
          if (newSentence && s.size > 0) {
            sentenceNo++;
          }
          tokenStart = i;
          tokenFolded = fi;
          int fl = gap | (depth > 0 ? PAREN : 0);
          if (Character.isUpperCase(c)
              || apostrophe && s.size > 0 && (s.flags[s.size - 1] & UPPER) != 0) {
            fl |= UPPER; // "Cư M'gar", "Ea H’leo": the word after an inner apostrophe is its word's
          }
          apostrophe = false;
          s.push(i, fi, fl, sentenceNo);
          gap = 0;
          dot = false;
          newSentence = false;
        }
        f[fi++] = m;
        code = (code << 7) | m;
        wide |= m >= 128;
        continue;
      }
      if (tokenStart >= 0) {
        int k = s.size - 1;
        s.end[k] = i;
        s.fend[k] = fi;
        boolean packed = fi - tokenFolded <= Vocabulary.PACKED_MAX && !wide;
        s.id[k] = packed ? vocabulary.idOfPacked(code) : vocabulary.id(f, tokenFolded, fi);
        tokenStart = -1;
        code = 0;
        wide = false;
      }
      switch (c) {
        case '.', '!', '?', '…' -> dot |= c == '.';
        case '\n', ';' -> newSentence = true;
        case '-', '–', '—', '‑' -> gap |= DASH;
        case ',' -> {
          gap |= COMMA;
          dot = false; // "Co., Ltd", "anh H., 35 tuổi": a dot before a comma ends no sentence
        }
        case '(', '[' -> {
          depth++;
          gap |= BREAK;
        }
        case ')', ']' -> {
          depth = Math.max(0, depth - 1);
          gap |= BREAK;
        }
        case '\'', '’' -> {
          if (isInnerApostrophe(text, i, n)) {
            apostrophe = true;
          } else {
            gap |= BREAK;
          }
        }
        case ':', '"', '“', '”', '‘', '|' -> gap |= BREAK;
        default -> {}
      }
      if (c == '!' || c == '?' || c == '…' || c == '\n' || c == ';') {
        gap |= BREAK;
        newSentence = true;
      }
    }
    return s;
  }

  /**
   * An apostrophe at {@code i} between two letters, no space on either side, is inside a word, not
   * a quote: the highland places "Ia H’Drai", "Cư M'gar", "Ea H’leo", a border post "Tr'Hy", a
   * foreign name "St. Mary’s". Its syllables stay one name's; a quote mark has a space or a
   * punctuation mark on one side ("‘Hà Nội’ là").
   */
  private static boolean isInnerApostrophe(char[] text, int i, int n) {
    return i > 0 && i + 1 < n && Character.isLetter(text[i - 1]) && Character.isLetter(text[i + 1]);
  }

  private void push(int startOffset, int foldedStart, int fl, int sentenceNo) {
    if (size == start.length) {
      int cap = size * 2;
      start = java.util.Arrays.copyOf(start, cap);
      end = java.util.Arrays.copyOf(end, cap);
      fstart = java.util.Arrays.copyOf(fstart, cap);
      fend = java.util.Arrays.copyOf(fend, cap);
      id = java.util.Arrays.copyOf(id, cap);
      flags = java.util.Arrays.copyOf(flags, cap);
      sentence = java.util.Arrays.copyOf(sentence, cap);
    }
    start[size] = startOffset;
    fstart[size] = foldedStart;
    flags[size] = fl;
    sentence[size] = sentenceNo;
    size++;
  }

  /**
   * A dot right after syllable {@code k} and right before a lower-case letter at {@code next}, a
   * letter before it and no space on either side: "Co.opmart", "Co.op", a brand's inner dot, not
   * the end of a sentence ("ký kết. Theo đó").
   */
  private boolean isInnerDot(int k, int next) {
    return next - end[k] == 1
        && text[end[k]] == '.'
        && Character.isLowerCase(text[next])
        && Character.isLetter(text[end[k] - 1]);
  }

  /**
   * A dot right after syllable {@code k}, one of the {@link #LEGAL_FORMS} as written, and before a
   * lower-case letter or a bracket at {@code next}: "Kyocera Document Solutions Inc. vừa ký",
   * "Hankyu Hanshin Properties Corp. (Nhật Bản) và", the abbreviation's dot, not a sentence's end
   * (a sentence starts with a capital: "... Inc. Theo đó" still ends one).
   */
  private boolean isLegalFormDot(int k, int next) {
    if (end[k] >= length || text[end[k]] != '.') {
      return false;
    }
    boolean bracket = false;
    for (int i = end[k] + 1; i < next; i++) {
      bracket |= text[i] == '(';
    }
    return (bracket || Character.isLowerCase(text[next]))
        && LEGAL_FORMS.contains(new String(text, start[k], end[k] - start[k]));
  }

  /**
   * The legal forms a foreign company writes after its name with a dot, as written; not "Co", which
   * the corpus also cuts out of a brand ("Saigon Co. op khẳng định", Co.op), and which "Co., Ltd"
   * closes with its comma anyway.
   */
  private static final java.util.Set<String> LEGAL_FORMS =
      java.util.Set.of("Corp", "Inc", "Ltd", "LTD", "JSC", "LLC", "Plc", "PLC", "Pte", "Bhd");

  /**
   * "PGS.TS", "GS.TSKH": two runs of at most four capitals joined by a dot with no space, a
   * degree's abbreviation; no sentence ends inside it ("... và PGS.TS Nguyễn Văn Dũng, Hiệu trưởng
   * ..."), while "WTO.Theo", a space forgotten, still ends one.
   */
  private boolean isJoinedCapitals(int k, int next, int n) {
    if (next - end[k] != 1 || text[end[k]] != '.' || end[k] - start[k] > JOINED_MAX) {
      return false;
    }
    for (int i = start[k]; i < end[k]; i++) {
      if (!Character.isUpperCase(text[i])) {
        return false;
      }
    }
    int j = next;
    while (j < n && j - next <= JOINED_MAX && Character.isUpperCase(text[j])) {
      j++;
    }
    return j > next && j - next <= JOINED_MAX && (j == n || !Character.isLetter(text[j]));
  }

  /** The longest run of capitals on either side of the dot of {@link #isJoinedCapitals}. */
  private static final int JOINED_MAX = 4;

  private boolean isDottedNumber(int k, int next) {
    return next - end[k] == 1
        && Character.isDigit(text[next])
        && Character.isDigit(text[end[k] - 1]);
  }

  /** Name suffixes that end a sentence as often as not: "Martin Luther King Jr. Phóng viên". */
  private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "sr", "ltd");

  /**
   * "Chr", "St", "Mr", "Ths", "Ng": two or three letters, a capital then lower case, no vowel. No
   * Vietnamese syllable is written so ("Nam", "Anh" end sentences), and no word of a sentence's end
   * but a name's suffix.
   */
  private boolean isConsonantAbbreviation(int k) {
    int len = end[k] - start[k];
    if (len < 2
        || len > 3
        || fend[k] - fstart[k] != len
        || !Character.isUpperCase(text[start[k]])) {
      return false;
    }
    for (int i = start[k] + 1; i < end[k]; i++) {
      if (!Character.isLowerCase(text[i])) {
        return false;
      }
    }
    for (int i = fstart[k]; i < fend[k]; i++) {
      if ("aeiouy".indexOf(folded[i]) >= 0) {
        return false;
      }
    }
    return !SUFFIXES.contains(new String(folded, fstart[k], fend[k] - fstart[k]));
  }

  private boolean isShortCapital(int k) {
    int len = fend[k] - fstart[k];
    if (len > 2) {
      return false;
    }
    for (int i = start[k]; i < start[k] + len; i++) {
      if (!Character.isUpperCase(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** The first syllable of sentence {@code n} or a later one; {@link #size} when there is none. */
  int startOfSentence(int n) {
    int k = 0;
    while (k < size && sentence[k] < n) {
      k++;
    }
    return k;
  }

  /**
   * The end of the run of capitalised syllables from {@code from}, at most {@code max} long, that
   * no syllable after the first marked with one of {@code stops} breaks; {@code from} when there is
   * none.
   */
  int capitalsEnd(int from, int max, int stops) {
    int k = from;
    while (k < size && k - from < max && has(k, UPPER) && (k == from || !has(k, stops))) {
      k++;
    }
    return k;
  }

  /**
   * Whether the comma before syllable k is a decimal comma, a digit right on either side ("trị giá
   * 1,3 tỷ USD"): it joins one number and ends no part of a clause.
   */
  boolean decimalComma(int k) {
    return k > 0
        && start[k] - end[k - 1] == 1
        && text[end[k - 1]] == ','
        && Character.isDigit(text[start[k]])
        && Character.isDigit(text[end[k - 1] - 1]);
  }

  boolean has(int k, int flag) {
    return (flags[k] & flag) != 0;
  }

  /** Whether the character c stands between syllable k and the one before it (a colon, a ';'). */
  boolean charBefore(int k, char c) {
    for (int i = k == 0 ? 0 : end[k - 1]; i < start[k]; i++) {
      if (text[i] == c) {
        return true;
      }
    }
    return false;
  }

  /** The folded syllables of {@code text}: "Bộ LĐ-TB&XH" → [bo, ld, tb, xh]. */
  static java.util.List<String> keys(String text) {
    Syllables s = of(text, Vocabulary.EMPTY);
    java.util.List<String> out = new java.util.ArrayList<>(s.size);
    for (int k = 0; k < s.size; k++) {
      out.add(new String(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]));
    }
    return out;
  }

  /** Whether syllables [k, k+length) fold to those of [a, a+length): "Hội nghị" = "hội nghị". */
  boolean same(int a, int k, int length) {
    for (int i = 0; i < length; i++) {
      int x = fstart[a + i];
      int y = fstart[k + i];
      int n = fend[a + i] - x;
      if (n != fend[k + i] - y || !java.util.Arrays.equals(folded, x, x + n, folded, y, y + n)) {
        return false;
      }
    }
    return true;
  }

  /** Whether syllable {@code k} folds to {@code key} (already folded: "tai", "ngay"). */
  boolean is(int k, String key) {
    int len = fend[k] - fstart[k];
    if (len != key.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (folded[fstart[k] + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The original text of syllable {@code k}. */
  String original(int k) {
    return new String(text, start[k], end[k] - start[k]);
  }

  /** The original text from syllable {@code from} to syllable {@code to} (exclusive). */
  String original(int from, int to) {
    StringBuilder out = new StringBuilder(end[to - 1] - start[from]);
    boolean space = false;
    for (int i = start[from]; i < end[to - 1]; i++) {
      char c = text[i];
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Syllable {@code k} as a number, or -1 when it is not all digits (at most 4). */
  int number(int k) {
    int len = fend[k] - fstart[k];
    if (len > 4) {
      return -1;
    }
    int v = 0;
    for (int i = fstart[k]; i < fend[k]; i++) {
      char c = folded[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The separator char right before syllable {@code k} when there is exactly one, else 0. */
  char joiner(int k) {
    if (k == 0 || start[k] - end[k - 1] != 1) {
      return 0;
    }
    return text[end[k - 1]];
  }
}
