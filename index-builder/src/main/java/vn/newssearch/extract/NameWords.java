package vn.newssearch.extract;

import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;

/**
 * What the words after a head are, read without the state of a walk ({@link NameWalk}): a second
 * syllable of a word, a keep phrase, a person's name, a caption's label, a Vietnamese spelling.
 */
final class NameWords {
  private static final int TAIL_MAX = 4;
  private static final int ACROSS_MAX = 6;
  private static final int ASIDE_MAX = 40;
  private static final int NAMED_SCANS_MAX = 32;
  private static final java.util.Set<String> JOINERS = java.util.Set.of("với", "tại", "về", "và");
  private static final int SEPARATORS = NamedBodies.SEPARATORS;
  private static final java.util.regex.Pattern VIETNAMESE =
      java.util.regex.Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

  /**
   * A syllable Vietnamese spells, its vowels one of the language's nuclei: those that take a final
   * consonant ("tiền", "chuyện", "hoặc") and those that end in a glide and take none ("béo",
   * "khoai", "người"). Not "Aeon", "Beon": a foreign brand's word that the loose {@link
   * #VIETNAMESE} takes.
   */
  private static final java.util.regex.Pattern SPELLED =
      java.util.regex.Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
              + "((a|e|i|o|u|y|oa|oe|uy|ie|ye|uo|ue|ua|uye|oo)(ch|ng|nh|[cmnpt])?"
              + "|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|uu|oai|oay|oao|oeo|uay|uoi|uou|ieu|yeu|uya|uyu)");

  private final NamedBodies bodies;
  private final NameTrie trie;
  private final Syllables s;
  private final boolean ignoreCase;

  NameWords(NamedBodies bodies, NameTrie trie, Syllables s, boolean ignoreCase) {
    this.bodies = bodies;
    this.trie = trie;
    this.s = s;
    this.ignoreCase = ignoreCase;
  }

  /**
   * After a run of capitals a lower-case syllable is the second half of the last word only when the
   * name plainly goes on or ends after it: "Đoàn Khối Doanh nghiệp Trung ương", not "Công ty Bình
   * Minh cung cấp nước"; nor before an amount: "Công ty Tấn Phát | vay 130 tỉ đồng"; nor before a
   * count, whose noun is the verb's object: "Công ty Minh Long | đoạt hai giải thưởng".
   */
  boolean cleanAfter(int at) {
    return at >= s.size
        || s.has(at, SEPARATORS | Syllables.UPPER)
        || s.number(at) >= 0 && !amount(at)
        || isStop(at) && !COUNTS.contains(s.original(at).toLowerCase(java.util.Locale.ROOT));
  }

  /** Stop words that count or pluralise the noun after them. */
  private static final java.util.Set<String> COUNTS =
      java.util.Set.of("một", "hai", "ba", "nhiều", "các", "những");

  /** Whether the first capital after lower-case words from {@code at} opens a body. */
  boolean startsBodyAfterLower(int at) {
    int q = firstCapital(at);
    return q < s.size && bodies.startsBody(s, q, ignoreCase);
  }

  /**
   * Whether the lower-case words from {@code at} are a head that runs right up to the first
   * capital, as a second body's is written after "và" ("Ngân hàng Nhà nước và báo Tuổi Trẻ", "Hội
   * Nông dân và hội Phụ nữ xã").
   */
  boolean headBeforeCapital(int at) {
    int q = firstCapital(at);
    Match head = q < s.size ? bodies.bodyAt(s, at, Kind.NAMED.bit(), true) : null;
    return head != null && head.to() == q && !s.has(q, SEPARATORS);
  }

  /**
   * Whether the lower-case words from {@code at} are a level of place that runs right up to the
   * first capital, as a place that signs is written after "và" ("Báo X và huyện Mỹ Đức", "Sở Y tế
   * và tỉnh Hà Giang"): no field of the name before it.
   */
  boolean levelBeforeCapital(int at) {
    int q = firstCapital(at);
    Match level =
        q < s.size ? trie.longest(s, at, Kind.TYPE.bit() | Kind.DISTRICT.bit(), true) : null;
    return level != null && level.to() == q && !s.has(q, SEPARATORS);
  }

  /**
   * Whether the first capital after lower-case words from {@code at} opens a body after a dash: the
   * parent the name ends before ("Trường ĐH Khoa học xã hội và nhân văn - ĐHQG TP.HCM").
   */
  boolean parentAfterLower(int at) {
    int q = firstCapital(at);
    return q < s.size
        && s.has(q, Syllables.DASH)
        && !s.has(q, Syllables.BREAK | Syllables.COMMA)
        && bodies.startsBody(s, q, ignoreCase);
  }

  private int firstCapital(int at) {
    int q = at;
    while (q < s.size && !s.has(q, Syllables.UPPER)) {
      q++;
    }
    return q;
  }

  /**
   * " - Khánh Hoà" after a name that ends on a capitalised place of its own ("Nha Trang"): the
   * province that town belongs to, named without "tỉnh", closes the name; not a state ("Việt Nam -
   * Lào"), nor a province that goes on as a longer name.
   */
  Match provinceAfterDash(int at) {
    if (at >= s.size
        || !s.has(at, Syllables.DASH)
        || s.has(at, Syllables.BREAK | Syllables.COMMA)
        || !s.has(at - 1, Syllables.UPPER)
        || trie.longest(s, at, Kind.TYPE.bit(), true) != null) {
      return null;
    }
    Match p = trie.longest(s, at, Kind.PROVINCE.bit(), ignoreCase);
    return p != null && p.entry().kind() == Kind.PROVINCE && bodies.closes(s, p) ? p : null;
  }

  /** Whether a keep phrase starts at {@code at} and leads, by lower-case words, to a capital. */
  boolean keepAfter(int at) {
    Match keep = within(trie.longest(s, at, Kind.KEEP.bit(), true));
    return keep != null && leadsToCapital(at);
  }

  /** Whether the syllable at {@code at} is spelled as a Vietnamese one ("Tài", not "Boston"). */
  boolean vietnamese(int at) {
    String folded = new String(s.folded, s.fstart[at], s.fend[at] - s.fstart[at]);
    return VIETNAMESE.matcher(folded).matches();
  }

  /** "- Ảnh: ...", "- Nguồn: ...": a word and a colon label what follows; no name goes on. */
  boolean isLabel(int at) {
    for (int i = s.end[at]; i < s.length; i++) {
      if (!Character.isWhitespace(s.text[i])) {
        return s.text[i] == ':';
      }
    }
    return false;
  }

  /**
   * Whether lower-case words from {@code at} lead, with no stop word, comma or full stop, to a
   * capitalised word or a place that ends a name: "Rượu - bia - nước giải khát Sài Gòn", "Viện Hàn
   * lâm khoa học và xã hội Việt Nam", "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh An Giang".
   */
  boolean leadsToCapital(int at) {
    return lead(at) != LEADS_NOWHERE;
  }

  /**
   * Whether lower-case words from {@code at} lead to a province with its type, in lower case, that
   * closes the name: "trẻ mồ côi tỉnh An Giang", "tìm kiếm cứu nạn tỉnh Lai Châu".
   */
  boolean leadsToPlace(int at) {
    return lead(at) == LEADS_TO_PLACE;
  }

  private static final int LEADS_NOWHERE = 0;
  private static final int LEADS_TO_CAPITAL = 1;
  private static final int LEADS_TO_PLACE = 2;

  private int lead(int at) {
    for (int q = at; q < s.size && q - at < TAIL_MAX + 3; q++) {
      if (q > at && s.has(q, Syllables.BREAK | Syllables.COMMA)) {
        // "... và phát triển kinh tế (OECD)"
        return bodies.abbreviation(s, q) > q ? LEADS_TO_CAPITAL : LEADS_NOWHERE;
      }
      if (s.has(q, Syllables.UPPER)) {
        return q > at && !isPerson(q) ? LEADS_TO_CAPITAL : LEADS_NOWHERE;
      }
      if (q > at && bodies.place(s, q, false, true) != null) {
        return LEADS_TO_PLACE; // "tỉnh An Giang", its type in lower case, closes the name
      }
      Match keep = trie.longest(s, q, Kind.KEEP.bit(), true);
      if (keep != null && s.has(keep.to() - 1, Syllables.UPPER)) {
        return LEADS_TO_CAPITAL; // "châu Âu – châu Mỹ": the keep phrase ends on the name's capital
      }
      if (keep != null) {
        q = keep.to() - 1; // "sửa chữa và đóng tàu Sài Gòn": "đóng tàu" holds the verb "đóng"
        continue;
      }
      if (isStop(q) || s.number(q) >= 0 || bodies.startsBody(s, q, ignoreCase)) {
        return LEADS_NOWHERE; // "... và công ty Cổ phần Vinhomes": another body
      }
    }
    return LEADS_NOWHERE;
  }

  /**
   * Whether lower-case words from {@code at}, one to {@value #TAIL_MAX} syllables with no title,
   * body, number or stop word among them and no noun of what the body is first ("appositive" in
   * story-words.tsv), end where the clause goes on (a stop word, a comma or full stop, the end of
   * the text): "Kinh tế - luật | vừa ký", "Quốc phòng - an ninh | ,".
   */
  boolean fieldAfterDash(int at) {
    if (NewsFrame.words("appositive").at(s, at) != null) {
      return false; // "Nhà xuất bản Văn học - đơn vị cùng First News ấn hành": what it is
    }
    for (int q = at; q < s.size; q++) {
      if (q > at && s.has(q, SEPARATORS)) {
        return true;
      }
      if (s.has(q, Syllables.UPPER) || s.number(q) >= 0) {
        return false;
      }
      Match keep = within(trie.longest(s, q, Kind.KEEP.bit(), true));
      if (keep == null && isStop(q)) {
        return q > at;
      }
      if (q - at >= TAIL_MAX
          || trie.longest(s, q, Kind.ROLE.bit(), true) != null
          || bodies.startsBody(s, q, ignoreCase)) {
        return false;
      }
      if (keep != null) {
        q = keep.to() - 1;
      }
    }
    return true;
  }

  /**
   * Whether a dash opens an aside earlier in the sentence, at most {@value #ASIDE_MAX} syllables
   * before the name at {@code from}: "Ông Nguyễn Anh Vũ - giám đốc Nhà xuất bản Văn học - ..."; the
   * dash after the name then closes the aside, and the predicate follows it.
   */
  boolean asideOpen(int from) {
    for (int q = from; q >= 0 && from - q < ASIDE_MAX; q--) {
      if (s.has(q, Syllables.BREAK)) {
        return false;
      }
      if (s.has(q, Syllables.DASH) && s.number(q) < 0) {
        return true; // not the hyphen of a date ("Trưa 24-11")
      }
    }
    return false;
  }

  /**
   * Whether the number at {@code at} is an amount: a unit of money or measure follows it ("30 tỉ
   * đồng", "102 USD", "50 ha") or a per cent sign ("51%"). A number in a name ends it.
   */
  boolean amount(int at) {
    int next = at + 1;
    while (next < s.size
        && s.number(next) >= 0
        && (s.joiner(next) == '.' || s.joiner(next) == ',')) {
      at = next++; // "1.000 tỉ", "2,5 triệu": one number written in groups
    }
    if (s.end[at] < s.length && s.text[s.end[at]] == '%') {
      return true;
    }
    if (next >= s.size || s.has(next, SEPARATORS)) {
      return false;
    }
    Match unit = trie.longest(s, next, Kind.UNIT.bit(), true);
    // lower case as written, or an all-capital code ("USD", "VND"): not "Đồng Nai"
    return unit != null && spelled(unit) && (!s.has(next, Syllables.UPPER) || isAllCaps(next));
  }

  boolean isStop(int at) {
    return bodies.isStop(s, at);
  }

  boolean isPerson(int at) {
    return bodies.isPerson(s, at);
  }

  /** A family name, a middle and a given name, then no capital: "Nguyễn Hạnh Phúc;". */
  boolean isFullName(int at) {
    int q = at + 3;
    return q <= s.size
        && isTitleCase(at + 1)
        && isTitleCase(at + 2)
        && s.has(at + 2, Syllables.UPPER)
        && !s.has(at + 2, SEPARATORS)
        && (q == s.size || s.has(q, SEPARATORS) || !s.has(q, Syllables.UPPER));
  }

  boolean isTitleCase(int at) {
    for (int i = s.start[at] + 1; i < s.end[at]; i++) {
      if (Character.isUpperCase(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  /** A keep phrase only within one stretch of words: "Co, công ty vận hành" is no "có công". */
  boolean isAllCaps(int k) {
    for (int i = s.start[k]; i < s.end[k]; i++) {
      if (Character.isLowerCase(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  boolean spelled(Match m) {
    String written = s.original(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
    return m.entry().spellings().contains(written);
  }

  Match within(Match m) {
    if (m != null) {
      for (int q = m.from() + 1; q < m.to(); q++) {
        if (s.has(q, SEPARATORS) && !commaAsListed(m)) {
          return null;
        }
      }
    }
    return m;
  }

  /** "Khám, chữa bệnh": a keep phrase listed with its comma holds the comma as written. */
  boolean commaAsListed(Match m) {
    String written = s.original(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
    return written.indexOf(',') >= 0 && m.entry().spellings().contains(written);
  }

  /** Whether the lower-case syllable at {@code next} is the second half of the word at cap. */
  boolean companion(int cap, int next) {
    if (next >= s.size
        || s.has(next, SEPARATORS | Syllables.UPPER)
        || s.number(next) >= 0
        || !isTitleCase(cap)
        || isStop(next)
        || trie.longest(s, next, Kind.KEEP.bit() | Kind.FORM.bit(), true) != null) {
      return false;
    }
    String folded = new String(s.folded, s.fstart[cap], s.fend[cap] - s.fstart[cap]);
    if (!SPELLED.matcher(folded).matches() && marked(next)) {
      return false; // "Hãng Boeing | sản xuất", "Tập đoàn Aeon | khảo sát": a foreign word, then
      // ours
    }
    return VIETNAMESE.matcher(folded).matches();
  }

  /** Whether the syllable at {@code at} is written with a Vietnamese mark ("sản", "đứng"). */
  private boolean marked(int at) {
    return !OrganisationMatcher.unmarked(s.original(at));
  }

  /**
   * "Công ty CP dịch vụ Bất động sản Hoàng Nhất Nam": capitals that start with a family name are
   * the body's own name, not a person after it, when the text also writes them right after a head
   * ("công ty Hoàng Nhất Nam", "Công ty CP Hoàng Anh Gia Lai"), the same capitals and no more.
   * Returns the end of those capitals, or -1.
   */
  int namedElsewhere(int at) {
    int to = capitalsEnd(at);
    if (s.namedRuns == null) {
      s.namedRuns = new java.util.HashMap<>();
    }
    String run = s.original(at, to);
    Integer known = s.namedRuns.get(run);
    if (known == null) {
      // a few scans of the text per article: no more, however many names repeat a family name
      known = s.namedScans++ < NAMED_SCANS_MAX ? scanNamed(at, to) - at : -1;
      s.namedRuns.put(run, known);
    }
    return known < 0 ? -1 : at + known;
  }

  /**
   * "Hiệu trưởng Đại học Tohoku Teiji Tominaga đã ký", "Chủ tịch Đại học Columbia Lee Bollinger":
   * after a title, two or three capitalised words in Latin letters that end the run at {@code k}
   * are the title holder's name, not the body's, when the text also writes the body's last word
   * before k and the name so far [{@code from} - 1, k) without them ("ký với Đại học Tohoku", "Đại
   * học Columbia ở New York"). No place, body, head or kind word among them ({@code body-word},
   * {@code brand-tail}, {@code legal-form} of signing-words.tsv: "Đại học Harvard Kennedy School",
   * "Quỹ Bill Gates Foundation" stay whole), and no city abroad ("Hội đồng Lập pháp Hong Kong",
   * vietnews-train-036089).
   */
  boolean holderAfter(int from, int k) {
    int to = capitalsEnd(k);
    if (from < 1
        || to - k < 2
        || to - k > 3
        || to < s.size && s.has(to, Syllables.UPPER)
        || SigningPlaces.abroad(s, k) != null) {
      return false; // "Chủ tịch Hội đồng Lập pháp Hong Kong sau đó": a city abroad is no holder
    }
    for (int p = k; p < to; p++) {
      String w = s.original(p);
      if (!BrandWords.latin(s, p)
          || w.length() < 2
          || !w.substring(1).equals(w.substring(1).toLowerCase(java.util.Locale.ROOT))
          || s.id[p] >= 0 && trie.longest(s, p, NOT_HOLDER, true) != null
          || ClauseWords.INSTANCE.lists("brand-tail", w)
          || ClauseWords.INSTANCE.lists("legal-form", w)
          || ClauseWords.INSTANCE.lists("body-word", w)) {
        return false;
      }
    }
    return s.namedScans++ < NAMED_SCANS_MAX && writtenWithout(from - 1, k);
  }

  /** Kinds of words that no person's name holds: places, bodies, heads, keep and kind words. */
  private static final int NOT_HOLDER =
      Kind.PROVINCE.bit()
          | Kind.COUNTRY.bit()
          | Kind.LOCAL.bit()
          | Kind.NATIONAL.bit()
          | Kind.NAMED.bit()
          | Kind.TYPE.bit()
          | Kind.KEEP.bit()
          | Kind.FORM.bit();

  /**
   * Whether the text writes [from, k) elsewhere as a whole name (no capital after it: "Đại học
   * Tohoku là ...", "Tập đoàn Hyundai, Samsung"), and never followed by the word at k ("Công ty
   * Toyota Tsusho" elsewhere keeps "Tsusho Ichiro Kashitani" from reading as a name).
   */
  private boolean writtenWithout(int from, int k) {
    int n = k - from;
    boolean without = false;
    for (int j = 0; j + n <= s.size; j++) {
      if (j != from && s.id[j] == s.id[from] && s.id[j] >= 0 && sameFolded(j, from, n)) {
        if (j + n < s.size && sameFolded(j + n - 1, k - 1, 2)) {
          return false;
        }
        without |=
            j + n == s.size
                || s.has(j + n, SEPARATORS)
                || s.has(j + n, Syllables.PAREN) != s.has(j + n - 1, Syllables.PAREN)
                || !s.has(j + n, Syllables.UPPER);
      }
    }
    return without;
  }

  private boolean sameFolded(int a, int b, int n) {
    for (int i = 1; i < n; i++) {
      if (s.id[a + i] != s.id[b + i]
          || s.id[a + i] < 0 && !s.original(a + i).equals(s.original(b + i))) {
        return false;
      }
    }
    return true;
  }

  private int scanNamed(int at, int to) {
    int first = s.id[at];
    for (int j = 0; j + (to - at) <= s.size; j++) {
      if (j != at
          && s.id[j] == first // one int before the words are compared
          && sameWords(j, at, to - at)
          && capitalsEnd(j) == j + (to - at)
          && headBefore(j)) {
        return to;
      }
    }
    return -1;
  }

  /** The end of the run of capitalised syllables from {@code at}, within one stretch. */
  private int capitalsEnd(int at) {
    int q = at + 1;
    while (q < s.size && s.has(q, Syllables.UPPER) && !s.has(q, SEPARATORS)) {
      q++;
    }
    return q;
  }

  private boolean sameWords(int a, int b, int n) {
    for (int i = 0; i < n; i++) {
      if (s.has(a + i, SEPARATORS) != s.has(b + i, SEPARATORS) && i > 0
          || !s.original(a + i).equals(s.original(b + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a head of a named body ends right before {@code at}, a legal form between them; a head
   * as {@link NamedBodies#isHead} reads one: not the "hội" of "Quốc hội Nguyễn Hạnh Phúc".
   */
  private boolean headBefore(int at) {
    if (at == 0 || s.has(at, SEPARATORS)) {
      return false;
    }
    int p = endingAt(at, Kind.FORM.bit());
    p = p < 0 ? at : p;
    return endingAt(p, Kind.NAMED.bit()) >= 0;
  }

  /**
   * A head as {@link NamedBodies#isHead} reads one, or after an abbreviation ("HĐQT Tập đoàn"); in
   * lower case only a head of two words ("công ty"): "hội" alone is the end of "xã hội".
   */
  private boolean isHead(Match m) {
    boolean written = s.has(m.from(), Syllables.UPPER) || m.to() - m.from() > 1;
    return written
        && (bodies.isHead(s, m)
            || m.from() > 0
                && isAllCaps(m.from() - 1)
                && NameBounds.sameSpelling(
                    s.original(m.from(), m.to()), m.entry().head().spelled()));
  }

  /** The start of a phrase of {@code kinds}, spelled as listed, that ends right at {@code at}. */
  private int endingAt(int at, int kinds) {
    for (int b = 1; b <= 4 && at - b >= 0; b++) {
      Match m = trie.longest(s, at - b, kinds, true);
      if (m != null && m.to() == at && (m.entry().kind() == Kind.NAMED ? isHead(m) : spelled(m))) {
        return m.from();
      }
    }
    return -1;
  }

  /**
   * "Viện Trao đổi Văn hoá | với Pháp (IDECAF)", "Hội Doanh nghiệp Anh | tại Việt Nam (BBGV)": a
   * name that stops at "với", "tại", "về" or "và" goes on to the abbreviation right after a
   * capitalised word, which names the whole span as one body. Only capitals that are no person and
   * start no body, lower-case words that are no stop word, and one such joiner between; returns the
   * abbreviation's start, or -1.
   */
  int abbreviatedAcross(int end) {
    boolean joined = false;
    for (int q = end; q < s.size && q - end <= ACROSS_MAX; q++) {
      if (q > end && joined && s.has(q - 1, Syllables.UPPER) && bodies.abbreviation(s, q) > q) {
        return q;
      }
      if (s.has(q, SEPARATORS) || s.number(q) >= 0) {
        return -1;
      }
      if (s.has(q, Syllables.UPPER)) {
        if (isPerson(q) || s.id[q] >= 0 && bodies.startsBody(s, q, ignoreCase)) {
          return -1;
        }
      } else if (!joined
          && JOINERS.contains(s.original(q))
          && q + 1 < s.size
          && s.has(q + 1, Syllables.UPPER)) {
        joined = true;
      } else if (isStop(q)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Công ty BOT Bắc Giang - Lạng Sơn", "Ban quản lý dự án đường cao tốc Hà Nội - Hải Phòng": a
   * province written bare (no "tỉnh", "thành phố" before it), a dash and a second bare province
   * that ends the name are the route or pair of places the body is named after; read apart, the
   * first closed the name and the second became a body, and a side, of its own.
   */
  Match placePair(Match first) {
    int k = first.to();
    if (k >= s.size
        || !s.has(k, Syllables.DASH)
        || s.has(k, Syllables.BREAK | Syllables.COMMA)
        || !bare(first)) {
      return null;
    }
    Match p = bodies.place(s, k, ignoreCase, false);
    if (p == null || p.entry().kind() != Kind.PROVINCE || !bare(p)) {
      return null;
    }
    int after = p.to();
    boolean ends = after >= s.size || s.has(after, SEPARATORS) || !s.has(after, Syllables.UPPER);
    return ends ? p : null;
  }

  /** Whether a place is written by its proper name alone, with a capital and no type word. */
  private boolean bare(Match place) {
    return s.has(place.from(), Syllables.UPPER)
        && trie.longest(s, place.from(), Kind.TYPE.bit(), true) == null;
  }

  /** A dash and a second place that an abbreviation closes, after a place ending at k. */
  Match pairedPlace(int k) {
    if (k >= s.size || !s.has(k, Syllables.DASH) || s.has(k, Syllables.BREAK | Syllables.COMMA)) {
      return null;
    }
    Match p = bodies.place(s, k, ignoreCase, false);
    return p != null && p.entry().kind() == Kind.PROVINCE && bodies.abbreviation(s, p.to()) > p.to()
        ? p
        : null;
  }
}
