package vn.newssearch.extract;

import java.util.Map;

/**
 * When a use of the verb "ký" happens, read from the words of its clause and sentence: not (yet)
 * ("sẽ ký", "chưa được kí kết"), earlier ("đã ký năm 2015", "kỷ niệm 25 năm ký kết", "Trước đó,
 * ..."), a document described ("các hợp đồng đã ký kết"), or news ("vừa ký", "lễ ký kết", "Chiều
 * 12/11, ... ký"). The words are data (signing-words.tsv).
 */
final class SigningTense {
  /** The opening syllables of a sentence where a year sets it in the past ("Hồi tháng 9/2017,"). */
  private static final int OPENING = 5;

  /** Syllables between a connective and its clause: one time phrase ("sáng ngày 5/4"). */
  private static final int CONNECTIVE_GAP = 4;

  private SigningTense() {}

  /**
   * "các hợp đồng đã ký kết với JTC", "thoả thuận được ký ngày 17/9": a document noun right before
   * "(đã|được) ký" describes a document, signed some time; not news unless "vừa" says so.
   */
  static boolean describes(
      Syllables s, int k, Map<Integer, OrganisationMatcher.Hit> nouns, ClauseWords words) {
    int p = k;
    while (p > 0 && k - p < 2 && (s.is(p - 1, "da") || s.is(p - 1, "duoc"))) {
      p--;
    }
    int gap = endsClause(s, k) ? CLASS_GAP : PLURAL_GAP;
    for (OrganisationMatcher.Hit h : nouns.values()) {
      boolean adjacent = h.to() == p;
      if ((adjacent || plural(s, h, p, gap)) && s.sentence[h.from()] == s.sentence[k]) {
        return words.get("reported-near").find(s, Math.max(0, k - Signings.NEAR), k) < 0
            && !(s.is(k - 1, "duoc") && opensClause(s, chainStart(h, nouns)));
      }
      if (subjectOfCopula(s, h, k)) {
        return words.get("reported-near").find(s, Math.max(0, k - Signings.NEAR), k) < 0;
      }
    }
    return false;
  }

  /**
   * Where the document nouns that run into {@code h} start: "hợp tác" in "Bản ghi nhớ hợp tác",
   * "Hiệp định hợp tác", "Thỏa thuận phối hợp" completes the noun before it, and the phrase opens
   * its clause where that noun does.
   */
  private static int chainStart(
      OrganisationMatcher.Hit h, Map<Integer, OrganisationMatcher.Hit> nouns) {
    int start = h.from();
    for (OrganisationMatcher.Hit before = Signings.nounEndingAt(start, nouns);
        before != null;
        before = Signings.nounEndingAt(start, nouns)) {
      start = before.from();
    }
    return start;
  }

  /**
   * "hợp đồng BOT doanh nghiệp ký với Chính phủ là hợp đồng mở" (vietnews-test-002741), "hợp đồng
   * bộ GTVT ký kết với chủ đầu tư dự án BOT là không phù hợp" (vietnews-train-066914): a document
   * noun, a short subject and the verb make one noun phrase, the subject of a "là" later in the
   * clause, so the verb describes the document rather than tells a signing.
   */
  private static boolean subjectOfCopula(Syllables s, OrganisationMatcher.Hit h, int k) {
    if (h.to() > k || k - h.to() > RELATIVE_SUBJECT || s.sentence[h.from()] != s.sentence[k]) {
      return false;
    }
    for (int p = h.to(); p <= k; p++) {
      if (s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
    }
    for (int p = k + 1; p < s.size && p <= k + COPULA_REACH; p++) {
      if (s.sentence[p] != s.sentence[k] || s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (s.original(p).equalsIgnoreCase("là")) {
        return true;
      }
    }
    return false;
  }

  /** How many syllables may name the subject between a document noun and its "ký" ("bộ GTVT"). */
  private static final int RELATIVE_SUBJECT = 4;

  /** How far after "ký" the "là" of a described document may stand ("với chủ đầu tư dự án BOT"). */
  private static final int COPULA_REACH = 12;

  /**
   * "trong bối cảnh Việt Nam đã tham gia, ký kết nhiều hiệp định thương mại"
   * (vietnews-test-022256), "thúc đẩy đàm phán, ký kết thành công các Hiệp định thương mại tự do
   * khác" (vietnews-train-069992): a verb of a process ({@code process-pair}) right before the
   * comma that opens the verb's clause names the signing with its process, a record up to now or a
   * duty, not a signing of one day.
   */
  static boolean processPair(Syllables s, int k, int clauseStart, ClauseWords words) {
    return clauseStart == k
        && k > 0
        && s.has(k, Syllables.COMMA)
        && !s.has(k, Syllables.BREAK)
        && s.sentence[k - 1] == s.sentence[k]
        && process(s, k, words);
  }

  /**
   * "Việt Nam đã ký kết và triển khai 10 hiệp định": "và" and a verb of carrying out ({@code
   * process-after}) right after the verb, which ends at {@code after}, name the signing with what
   * follows it, a record; not after "vừa" ("vừa ký kết và triển khai ngay").
   */
  static boolean processAfter(Syllables s, int k, int after, ClauseWords words) {
    return after + 1 < s.size
        && !s.has(after, Syllables.BREAK | Syllables.COMMA)
        && words.get("process-after").at(s, after) != null
        && !(k > 0 && s.is(k - 1, "vua"));
  }

  /** A {@code process-pair} word ending before k, not after "vừa" ("vừa đàm phán, ký kết"). */
  private static boolean process(Syllables s, int k, ClauseWords words) {
    int len = words.get("process-pair").endingAt(s, k, 2);
    return len > 0 && !(k - len > 0 && s.is(k - len - 1, "vua"));
  }

  /** How many lower-case words may describe a plural document before "ký" ("quân sự"). */
  private static final int PLURAL_GAP = 2;

  /**
   * How many when the verb ends its clause: "thực hiện ... các hiệp định thương mại tự do đã ký
   * kết." (vietnews-train-083029): nothing is signed after the verb, so it only describes the
   * documents named as a class before it.
   */
  private static final int CLASS_GAP = 6;

  /** Whether "ký [kết]" at k ends its clause: a comma, a break or the end follows it. */
  private static boolean endsClause(Syllables s, int k) {
    int p = k + 1;
    if (p < s.size && s.is(p, "ket") && !s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      p++;
    }
    return p >= s.size
        || s.has(p, Syllables.BREAK | Syllables.COMMA)
        || s.sentence[p] != s.sentence[k];
  }

  /**
   * "Các hợp đồng quân sự ký với Nga có trị giá 15 tỷ USD là nguyên nhân ..."
   * (vietnews-val-008354): documents counted as a class ("các", "những") and described by a few
   * lower-case words before "ký" are the subject of another predicate; the signing describes them.
   */
  private static boolean plural(Syllables s, OrganisationMatcher.Hit h, int p, int gap) {
    if (h.to() >= p || p - h.to() > gap || h.from() == 0) {
      return false;
    }
    for (int q = h.to(); q < p; q++) {
      if (s.has(q, Syllables.UPPER | Syllables.BREAK | Syllables.COMMA) || s.number(q) >= 0) {
        return false;
      }
    }
    return s.is(h.from() - 1, "cac") || s.is(h.from() - 1, "nhung");
  }

  /**
   * "Hợp đồng được ký sau khi ...", "Một số nguồn tin cho biết, đã có một thoả thuận được ký kết
   * giữa Mỹ và ...": a document that opens its clause (after "có", an article or a count) and is
   * "được ký" is the clause's subject, and the passive reports the signing; inside another clause
   * ("rà soát các hợp đồng đã ký kết với JTC") it only describes the document.
   */
  static boolean opensClause(Syllables s, int noun) {
    int p = noun;
    while (p > 0
        && noun - p < 4
        && !s.has(p, Syllables.BREAK | Syllables.COMMA)
        && (s.is(p - 1, "mot")
            || s.is(p - 1, "cac")
            || s.is(p - 1, "nhung")
            || s.is(p - 1, "ban")
            || s.is(p - 1, "co")
            || s.is(p - 1, "da")
            || s.number(p - 1) >= 0)) {
      p--;
    }
    return p == 0 || s.has(p, Syllables.BREAK | Syllables.COMMA);
  }

  /**
   * A word of future, wish or negation in [from, k), not inside "sau khi" (after) and the like;
   * before a {@code passive} verb, not in the document's subject ("về việc ...").
   */
  static boolean irrealis(Syllables s, int from, int k, boolean passive, ClauseWords words) {
    for (int p = from; p < k; p++) {
      int name = s.insideName(p);
      if (name > p) {
        p = name - 1; // "Trung tâm Dịch vụ việc làm Hà Nội và ... đã ký": "việc" is the name's
        continue;
      }
      Phrases.Phrase not = words.get("not-irrealis").at(s, p);
      if (not == null && passive) {
        not = words.get("passive-subject").at(s, p);
      }
      if (not != null) {
        p += not.length() - 1;
        continue;
      }
      Phrases.Phrase w = words.get("irrealis").at(s, p);
      if (w != null && p + w.length() <= k && !bracketed(s, p, k) && !inPersonName(s, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether syllable p is a later syllable of a person's name: capitalised, right after another
   * capitalised syllable of the sentence with no comma, dash or break between ("Chủ tịch Hội X -
   * ông Nguyễn Văn Quyền (trái) và ... đã ký": "Quyền" is his given name, not "quyền", a right). A
   * word that opens a sentence ("Để ...") has no capital before it and still counts.
   */
  private static boolean inPersonName(Syllables s, int p) {
    return p > 0
        && s.has(p, Syllables.UPPER)
        && s.has(p - 1, Syllables.UPPER)
        && !s.has(p, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        && s.sentence[p - 1] == s.sentence[p]
        && titleCase(s, p)
        && titleCase(s, p - 1);
  }

  /**
   * "Quyền", "Văn": a capital, then only lower-case letters (not "SẼ" of a headline in capitals).
   */
  private static boolean titleCase(Syllables s, int p) {
    for (int i = s.start[p] + 1; i < s.end[p]; i++) {
      if (Character.isUpperCase(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether syllable p stands in brackets that close before the verb at k: "Chủ tịch Hội Nông dân
   * tỉnh – NAME (bên phải) ký kết", a photo caption's place of the signer, where "phải" is the
   * right-hand side, not a duty ("phải ký").
   */
  private static boolean bracketed(Syllables s, int p, int k) {
    boolean opened = false;
    for (int i = s.start[p] - 1; i >= 0 && i >= s.start[p] - 20; i--) {
      if (s.text[i] == '(') {
        opened = true;
        break;
      }
      if (s.text[i] == ')' || s.text[i] == '\n') {
        break;
      }
    }
    if (!opened) {
      return false;
    }
    for (int i = s.end[p]; i < s.start[k]; i++) {
      if (s.text[i] == ')') {
        return true;
      }
      if (s.text[i] == '(' || s.text[i] == '\n') {
        return false;
      }
    }
    return false;
  }

  /**
   * "Ông I.I Su-va-lopps dự kiến sẽ chào xã giao Lãnh đạo cấp cao Việt Nam, chứng kiến Lễ ký kết
   * văn kiện hợp tác" (vietnews-train-017734): a clause that opens with a witness verb right after
   * a comma has no subject of its own; it is one more act of the clause before, and shares its
   * future ({@link #irrealis} there). So does a clause that opens with the verb itself: "Hôm nay,
   * ông sẽ có cuộc hội đàm thứ ba trong năm với ông Tập, ký kết một bản ghi nhớ ..."
   * (vietnews-train-059285, a visit's programme).
   */
  static boolean listedAhead(Syllables s, int own, int k, ClauseWords words) {
    if (own == 0
        || own > k
        || !s.has(own, Syllables.COMMA)
        || s.sentence[own - 1] != s.sentence[own]
        || (own == k ? s.has(own, Syllables.BREAK) : words.get("witness").at(s, own) == null)) {
      return false;
    }
    int before = Signings.clauseStart(s, own - 1);
    if (own == k) {
      // only a word of the future or of a duty ahead of the first act ("sẽ có cuộc hội đàm"), not
      // "việc" of "đã có buổi làm việc, ký kết" (vietnews-train-014110), reaches the next act
      return words.get("listed-ahead").find(s, before, own) >= 0;
    }
    return irrealis(s, before, own, false, words);
  }

  /**
   * Whether the ceremony at verb k is the time of an act ahead: it stands in an opening "Sau ..."
   * phrase ("Sau lễ ký văn kiện với Chủ tịch nước Trần Đại Quang, ông Obama sẽ đi thăm nhà sàn Bác
   * Hồ", vietnews-val-013530; "Sau hội đàm và chứng kiến lễ ký kết văn kiện giữa hai bên, Thủ tướng
   * Orban Viktor sẽ tham dự ...", vietnews-val-002718) and the clause after its comma holds a
   * {@code listed-ahead} word: a visit's programme told before it happens.
   */
  static boolean beforeAnActAhead(Syllables s, int k, int clauseStart, ClauseWords words) {
    int nominal = k - words.get("nominal").endingAt(s, k, 2);
    if (nominal > 0 && s.is(nominal, "le") && s.is(nominal - 1, "buoi")) {
      nominal--; // "buổi lễ ký kết"
    }
    if (!(s.is(nominal, "le") || s.is(nominal, "buoi"))) {
      return false; // a ceremony, not "việc ký kết" or "hội nghị ký kết"
    }
    // "Sau lễ ký ..." opening the clause, or across a quote: ', sau "buổi lễ ký kết thoả thuận
    // chung", ...' (vietnews-train-023701); not "Phát biểu sau lễ ký ...", a speech after it
    int sau = nominal == clauseStart ? nominal - 1 : clauseStart;
    if (sau < 0
        || !s.is(sau, "sau")
        || !(sau == 0
            || s.has(sau, Syllables.COMMA | Syllables.BREAK)
            || s.sentence[sau - 1] != s.sentence[sau])) {
      return false;
    }
    int q = nextComma(s, k + 1, k);
    if (q >= s.size || s.sentence[q] != s.sentence[k]) {
      return false;
    }
    return words.get("listed-ahead").find(s, q, nextComma(s, q + 1, k)) >= 0;
  }

  /**
   * Whether the signing at verb k is the next act of a programme still ahead: "sau đó" (afterwards,
   * {@code then-ahead}) stands before the verb in its sentence with no word of its own past after
   * it ({@code then-past}: "đã", "vừa"), and the next sentence plans ({@code then-plan}: "sẽ", "dự
   * kiến"). A story written on a leader's arrival tells the day's programme this way: "Thủ tướng
   * Nguyễn Xuân Phúc và Thủ tướng Abe sau đó hội đàm, chứng kiến lễ ký kết văn kiện giữa đại diện
   * hai nước. Thủ tướng Abe sẽ chào xã giao ..." (vietnews-test-007686); "Sau đó, Tổng thống Hàn
   * Quốc ... hội đàm ..., chứng kiến các lễ ký kết văn kiện quan trọng ... . Ông Moon hôm nay dự
   * kiến chào xã giao ..." (vietnews-train-039834).
   */
  static boolean programmeAhead(Syllables s, int k, ClauseWords words) {
    int[] own = Signings.sentence(s, k);
    int then = words.get("then-ahead").find(s, own[0], k);
    if (then < 0 || words.get("then-past").find(s, then, k) >= 0) {
      return false;
    }
    if (own[1] >= s.size || s.sentence[own[1]] != s.sentence[k] + 1) {
      return false;
    }
    int[] next = Signings.sentence(s, own[1]);
    return words.get("then-plan").find(s, next[0], next[1]) >= 0;
  }

  /**
   * The first syllable from {@code from} on with a comma in syllable k's sentence, else its end.
   */
  private static int nextComma(Syllables s, int from, int k) {
    int q = from;
    while (q < s.size && s.sentence[q] == s.sentence[k] && !s.has(q, Syllables.COMMA)) {
      q++;
    }
    return q;
  }

  /**
   * Whether "hay" (or) or "hãy" (let us) stands right before the verb: the signing is one of two
   * acts that may happen ("thời gian thảo luận hay ký kết vẫn chưa rõ", vietnews-train-023793;
   * "không có kế hoạch cho tuyên bố chung hay ký kết các thoả thuận"), or is urged, not done.
   */
  static boolean alternative(Syllables s, int k) {
    return k > 0 && s.is(k - 1, "hay") && !s.has(k, Syllables.BREAK | Syllables.COMMA);
  }

  /**
   * "55 năm ký kết hợp tác giữa hai tỉnh", "sau 3 năm ký kết": a count of years right before the
   * verb is the time since the signing, an anniversary or a span, not a signing of the story (a
   * year is no count: "năm 2024 ký" is read by the year's own rules).
   */
  private static boolean yearsSince(Syllables s, int k) {
    int n = k >= 2 ? s.number(k - 2) : -1;
    return n > 0
        && n < FIRST_YEAR
        && s.is(k - 1, "nam")
        && !s.has(k - 1, Syllables.BREAK | Syllables.COMMA)
        && !s.has(k, Syllables.BREAK | Syllables.COMMA);
  }

  /** The smallest number read as a year, not a count of years. */
  private static final int FIRST_YEAR = 1000;

  /**
   * An earlier signing: "kỷ niệm ... ký kết", "theo thỏa thuận đã ký" before the verb in its
   * clause; "năm 2015", "từ năm", "hồi tháng 9/2017" right after it, but for the year that names
   * the document at {@code documentYear} ({@link Signings}); or a sentence opening with a year.
   */
  static boolean background(
      Syllables s, int k, int clauseStart, int after, int documentYear, ClauseWords words) {
    if (yearsSince(s, k)) {
      return true;
    }
    int at = earlier(s, clauseStart, k, clauseStart, words);
    int joined =
        at >= 0 && words.get("review").at(s, at) != null ? joinedVerb(s, at, k, words) : -1;
    if (joined >= 0) {
      // "tổ chức hội nghị tổng kết công tác phối hợp giai đoạn 2019-2023 và ký kết chương trình
      // phối hợp giai đoạn 2024-2028" (probe p21-003): the review is one act of the event, the
      // signing joined to it by "và" the next; only what follows "và" can set the signing earlier
      at = earlier(s, joined + 1, k, clauseStart, words);
    }
    if (at >= 0 && !(at == k - 1 && s.is(at, "theo"))) {
      // "theo thỏa thuận đã ký" recalls a document; "Theo kí kết giữa X và Y, ..." is the signing
      return true;
    }
    int end = Math.min(s.size, after + Signings.AFTER_WINDOW);
    for (int p = after; p < end && s.sentence[p] == s.sentence[k]; p++) {
      if (s.has(p, Syllables.BREAK) && p > after) {
        break;
      }
      if (p == documentYear) {
        p++; // "chương trình phối hợp năm 2023": the document's year
        continue;
      }
      Phrases.Phrase w = words.get("background-after").at(s, p);
      int year = w == null ? -1 : p + w.length();
      // "từ 2019 đến 2022", "đến năm 2025": the years the agreement runs, not when it was signed
      boolean range =
          (year >= 0 && year + 1 < s.size && s.is(year + 1, "den"))
              || (p > 0 && s.is(p - 1, "den"));
      if (w != null && year < s.size && isYearOrMonthYear(s, year) && !range) {
        return true;
      }
      // "năm", "từ", "từ năm" need the year after them; "năm ngoái" (last year) is one itself:
      // "3 quốc gia đã ký thoả thuận năm ngoái" (vietnews-val-006702)
      if (w != null && !s.is(year - 1, "nam") && !s.is(year - 1, "tu")) {
        return true;
      }
      if (isYearOrMonthYear(s, p) && s.is(p - 1, "thang")) {
        return true;
      }
    }
    if (closingYear(s, k, after, end)) {
      return true;
    }
    int first = Signings.sentence(s, k)[0];
    // "Năm 2004, ...", "Từ năm 2012, ...", "Tháng 4/2016, ...": the sentence is set in the past.
    for (int p = first; p < Math.min(k, first + OPENING); p++) {
      if (isYearOrMonthYear(s, p) && !isDayMonth(s, p - 1)) {
        return true;
      }
    }
    // "Trước đó, ngày 3-7, X đã ký ...", "Cách đây một năm, ...": an opening that sets it earlier
    int opening = Math.min(k, first + OPENING);
    int word = first < clauseStart ? earlier(s, first, opening, clauseStart, words) : -1;
    // "Trên cơ sở tổng kết chương trình ... giai đoạn 2019 - 2023, ngày 19/1/2024 X và Y đã ký
    // chương trình ... giai đoạn 2024 - 2028": the review of the earlier document, not this one
    Phrases.Phrase review = word >= 0 ? words.get("review").at(s, word) : null;
    while (review != null) {
      word = earlier(s, word + review.length(), opening, clauseStart, words);
      review = word >= 0 ? words.get("review").at(s, word) : null;
    }
    return word >= 0;
  }

  /**
   * "Sở GTVT ký hợp đồng BT với Công ty Đại Quang Minh năm 2014.": "năm" and a year that close the
   * signing's clause past the window after the verb ({@code from}), after the other side ("với"
   * since {@code after}, the verb's end); not a range ("đến năm 2025"), nor a document's year with
   * no side between ("ký hiệp đồng tuần tra biên giới năm 2016").
   */
  private static boolean closingYear(Syllables s, int k, int after, int from) {
    boolean side = false;
    for (int p = after; p < from && s.sentence[p] == s.sentence[k]; p++) {
      side |= s.is(p, "voi");
    }
    int end = Math.min(s.size, from + Signings.AFTER_WINDOW);
    for (int p = from; side && p < end && s.sentence[p] == s.sentence[k]; p++) {
      if (s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (s.is(p, "nam") && !s.is(p - 1, "den") && p + 1 < s.size && isYearOrMonthYear(s, p + 1)) {
        int q = p + 2;
        return q >= s.size
            || s.sentence[q] != s.sentence[k]
            || s.has(q, Syllables.BREAK | Syllables.COMMA);
      }
    }
    return false;
  }

  /**
   * The "và" that joins the verb at {@code k} to the act begun at {@code from} ("tổng kết ... và ký
   * kết", "sơ kết ... và lễ ký kết", "... và tổ chức ký kết"), with only words of a ceremony
   * between ({@code reported-near}); or -1.
   */
  private static int joinedVerb(Syllables s, int from, int k, ClauseWords words) {
    Phrases near = words.get("reported-near");
    for (int q = k - 1; q > from && q >= k - JOINED_REACH; q--) {
      if (s.has(q + 1, Syllables.BREAK | Syllables.COMMA)) {
        return -1;
      }
      if (s.is(q, "va")) {
        int p = q + 1;
        Phrases.Phrase w = p < k ? near.at(s, p) : null;
        while (w != null && p + w.length() <= k) {
          p += w.length();
          w = p < k ? near.at(s, p) : null;
        }
        return p == k ? q : -1;
      }
    }
    return -1;
  }

  /** How far before the verb the "và" that joins it to a review may stand ("và tổ chức lễ ký"). */
  private static final int JOINED_REACH = 4;

  /**
   * The first word of an earlier signing in [from, to), souvenirs, "Việt Nam – Ngày" and
   * connectives before the signing's clause starting at {@code clause} aside.
   */
  private static int earlier(Syllables s, int from, int to, int clause, ClauseWords words) {
    int at = words.get("background-before").find(s, from, to);
    while (at >= 0
        && (souvenir(s, at)
            || inProperName(s, at)
            || notAnniversary(s, at)
            || connective(s, at, clause, words)
            || attribution(s, at, clause))) {
      at = words.get("background-before").find(s, at + 2, to);
    }
    return at;
  }

  /**
   * Whether the word at {@code at} is capitalised right after a capitalised word, no mark between:
   * a syllable of a proper name ("huyện Ngọc Hồi", not "hồi" of "hồi tháng 3"), no word of time.
   */
  private static boolean inProperName(Syllables s, int at) {
    return at > 0
        && s.has(at, Syllables.UPPER)
        && s.has(at - 1, Syllables.UPPER)
        && s.sentence[at - 1] == s.sentence[at]
        && !s.has(at, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
  }

  /**
   * "Theo đó, Bộ Công Thương và Bộ Thương mại Lào đã ký kết ...", "Theo đó, sáng 5/4, X và Y đã ký
   * kết ...": a connective ({@code not-background}) that the signing's clause follows, at most one
   * time phrase between, sets nothing earlier. Further from the clause it still reads as before: in
   * "Theo đó, sẽ có cuộc gặp riêng, ... và tham gia lễ ký tuyên bố chung" (vietnews-test-005090)
   * what it opens is a plan.
   */
  private static boolean connective(Syllables s, int at, int clause, ClauseWords words) {
    Phrases.Phrase w = words.get("not-background").at(s, at);
    return w != null && clause - (at + w.length()) <= CONNECTIVE_GAP;
  }

  /**
   * "Theo Reuters, ...", "Theo Bộ Công Thương, ...", "Theo báo Sydney Morning Herald, ...": "theo"
   * before a body's name, a brand-shaped word or a source ({@code source} of signing-words.tsv),
   * the whole opening before the signing's clause, names the source of the news, not an earlier
   * document ("theo thoả thuận đã ký"). Branch ag-deals.
   */
  private static boolean attribution(Syllables s, int at, int clause) {
    int name = at + 1;
    if (!s.is(at, "theo") || name >= clause || s.has(name, Syllables.BREAK | Syllables.COMMA)) {
      return false;
    }
    if (ClauseWords.INSTANCE.get("source").at(s, name) != null) {
      // "Theo đặc phái viên TTXVN, ngày 19/8, tại Bắc Kinh, ...": a source closed by its comma,
      // however long the time and place after it
      return clause - name <= SOURCE_LENGTH || commaWithin(s, name, clause);
    }
    return clause - name <= SOURCE_LENGTH
        && s.has(name, Syllables.UPPER)
        && (s.insideName(name + 1) > 0 || BrandNames.shaped(s, name));
  }

  /** Whether a comma ends the source named at {@code name} within its longest length. */
  private static boolean commaWithin(Syllables s, int name, int clause) {
    for (int k = name + 1; k < clause && k <= name + SOURCE_LENGTH; k++) {
      if (s.has(k, Syllables.COMMA)) {
        return true;
      }
      if (s.has(k, Syllables.BREAK) && !s.has(k, Syllables.PAREN)) {
        return false;
      }
    }
    return false;
  }

  /** The longest source name an attribution opening holds, in syllables. */
  private static final int SOURCE_LENGTH = 12;

  /**
   * Whether a count of years stands right before the verb at k ("kỷ niệm 10 năm ký kết thỏa thuận",
   * probe p42-031; "kỷ niệm 56 năm ngày hai nước ký Hiệp ước", vietnews-train-041907; "sau hai năm
   * ký hiệp định", vietnews-train-021162): at most {@link #YEARS_GAP} syllables ("ngày hai nước")
   * and no comma between "năm" and the verb, and no year after "năm" ("tháng 3 năm 2019"), nor the
   * time a signing took ("mất 7 năm để ký kết") or a term it starts ("3 năm kể từ ngày ký"). The
   * signing is that many years old, so a day of the story's week in its sentence dates the
   * anniversary or the later event, never the signing.
   */
  static boolean yearsSince(Syllables s, int k, ClauseWords words) {
    for (int p = k - 1; p > 0 && p >= k - 1 - YEARS_GAP; p--) {
      if (s.has(p + 1, Syllables.BREAK | Syllables.COMMA) || s.sentence[p] != s.sentence[k]) {
        return false;
      }
      if (s.is(p, "nam") && words.count(s, p - 1) >= 1 && s.number(p + 1) < 0) {
        // "mất 7 năm để ký kết" (vietnews-test-018026): the time it took, which the signing ends;
        // "thời hạn 3 năm kể từ ngày ký" (vietnews-train-065269): a term the signing starts
        return !(p > 1 && s.is(p - 2, "mat")) && !(s.is(p + 1, "ke") && s.is(p + 2, "tu"));
      }
    }
    return false;
  }

  /** How many syllables may stand between a count's "năm" and the verb ("ngày hai nước"). */
  private static final int YEARS_GAP = 3;

  /**
   * "bức tranh kỷ niệm", "quà kỷ niệm", "chụp ảnh kỷ niệm": a souvenir, a thing the word names, not
   * an anniversary ("kỷ niệm 25 năm ký kết", "ngày kỷ niệm lễ ký kết").
   */
  private static boolean souvenir(Syllables s, int at) {
    if (!s.is(at, "ky") || at == 0 || at + 1 >= s.size || !s.is(at + 1, "niem")) {
      return false;
    }
    int p = at - 1;
    return s.is(p, "tranh") || s.is(p, "qua") || s.is(p, "anh") || s.is(p, "vat");
  }

  /**
   * "năm ngày" is an anniversary only after a count ("65 năm ngày ký"): folded, "Việt Nam – Ngày 23
   * ..." reads the same.
   */
  private static boolean notAnniversary(Syllables s, int at) {
    return s.is(at, "nam")
        && at + 1 < s.size
        && s.is(at + 1, "ngay")
        && (at == 0 || s.number(at - 1) < 0);
  }

  /** "2015" or "9/2017" (a month and a year) at syllable p. */
  static boolean isYearOrMonthYear(Syllables s, int p) {
    if (p >= s.size) {
      return false;
    }
    int y = s.number(p);
    if (y >= 1945 && y <= 2100 && s.fend[p] - s.fstart[p] == 4) {
      // not the year of a full date "21/8/2018", which dates the reported signing
      return !(p >= 2
          && s.joiner(p) == s.joiner(p - 1)
          && s.joiner(p) != 0
          && s.number(p - 2) >= 1
          && s.number(p - 2) <= 31);
    }
    return false;
  }

  private static boolean isDayMonth(Syllables s, int p) {
    return p >= 1
        && s.number(p) >= 1
        && s.number(p) <= 12
        && s.number(p - 1) >= 1
        && s.number(p - 1) <= 31;
  }

  /**
   * How far after a passive verb the day of the signing may start ("được ký kết vào ngày 6-12").
   */
  private static final int PASSIVE_DAY = 4;

  /**
   * "Thoả thuận được ký kết hôm 20/10, trong tiệc tối doanh nhân ...", "Bản thoả thuận này đã được
   * hai bên ký ngày 28-3 vừa qua": a document the clause names before "được", signed on a day and
   * month right after the verb, or told as today's ("được ... ký chiều nay": signing-words.tsv's
   * {@code reported}), is this year's news (a full date is judged against the article's years). Not
   * a clause that opens with "được" (", được ký hôm 8/3 tại Chile,"), which describes a document
   * named before it.
   */
  static boolean datedPassive(Syllables s, int k, int after, int clauseStart, ClauseWords words) {
    int by = words.get("passive").find(s, Math.max(clauseStart, k - Signings.NEAR), k);
    if (by < 0) {
      // "tuyên bố chung được lãnh đạo Triều Tiên Kim Jong-un và ... ký chiều nay"
      by = words.get("passive").find(s, Math.max(clauseStart, k - Signings.AGENT_REACH), k);
    }
    if (by < 0) {
      return false;
    }
    int subject = by > 0 && s.is(by - 1, "da") ? by - 1 : by;
    // "thỏa thuận hợp tác giữa LĐLĐ TP.HCM và ... (Saigon Co.op) được ký kết sáng 9-9": a bracket
    // that closes the document's last side's short name opens no clause; a comma after it does
    // ("... Tiến bộ (CPTPP), được ký hôm 8/3 tại Chile,")
    boolean bracketed = s.charBefore(subject, ')') && !s.has(subject, Syllables.COMMA);
    if (subject < clauseStart || subject == clauseStart && !bracketed) {
      return false;
    }
    int sentenceEnd = Signings.sentence(s, k)[1];
    int end = Math.min(sentenceEnd, after + PASSIVE_DAY + 1);
    if (after < sentenceEnd && (s.is(after, "giua") || s.is(after, "boi"))) {
      end = sidesEnd(s, after, sentenceEnd);
    }
    return (SigningDates.hasDay(s, after, end) || words.get("reported").at(s, after) != null)
        && SigningDates.firstYear(s, after, end) < 0;
  }

  /** How many syllables the sides after "giữa" or "bởi" may take before the day of a passive. */
  private static final int SIDES_REACH = 30;

  /**
   * Where the day of a passive signing may end when its sides come first: "Chương trình phối hợp
   * ... đã được ký giữa Công đoàn Giáo dục Việt Nam và Ngân hàng TMCP Bưu điện Liên Việt
   * (LienVietPostBank) sáng 7/5 tại Hà Nội" (probe p31-018). The day follows the sides in their
   * clause, up to its first comma: after one, a day is another fact's ("..., có hiệu lực từ ngày
   * 1/7").
   */
  private static int sidesEnd(Syllables s, int from, int sentenceEnd) {
    int end = Math.min(sentenceEnd, from + SIDES_REACH);
    for (int p = from + 1; p < end; p++) {
      if (s.has(p, Syllables.COMMA)) {
        return p;
      }
    }
    return end;
  }

  /** A ceremony, "vừa", "hôm nay", or a day of the month in the verb's sentence. */
  static boolean reported(Syllables s, int k, ClauseWords words) {
    int[] range = Signings.sentence(s, k);
    int first = range[0];
    int last = range[1] - 1;
    // before the verb: "sáng nay ... ký", right before it "vừa ký", "lễ ký"; after it "diễn ra"
    if (toldBefore(s, first, k, words)
        || words.get("reported-near").find(s, Math.max(first, k - Signings.NEAR), k) >= 0) {
      return true;
    }
    if (takesPlace(s, k, last) || ToldSignings.representatives(s, k)) {
      return true; // "Lễ ký kết diễn ra sáng 2/10", "Đại diện hai nước đã ký"
    }
    if (continuesSetting(s, first, k)) {
      return true; // "Tại hội nghị, lãnh đạo tỉnh trao ... ." "UBND tỉnh cũng ký biên bản ghi nhớ"
    }
    // a day before the verb ("Chiều 12/11, X và Y ký"); after it, a day mostly dates an earlier
    // signing ("hợp đồng với công ty Thiên Sơn ngày 25/5/2017"), except the day of a ceremony
    return SigningDates.hasDay(s, first, k);
  }

  /**
   * Whether the signing's sentence, which opens at {@code first}, adds one more act to the story's
   * event that the sentence right before opens with: "Tại hội nghị, lãnh đạo tỉnh trao giấy chứng
   * nhận đầu tư cho 15 dự án." then "UBND tỉnh Hải Dương cũng ký biên bản ghi nhớ ... với VNPT"
   * (probe p33-034); "Dịp này, lãnh đạo tỉnh trao quyết định chủ trương đầu tư ... . Bên cạnh đó,
   * UBND tỉnh Nghệ An đã ký kết thỏa thuận hợp tác với ..." (p33-057); "Tại Diễn đàn Doanh nghiệp
   * Việt Nam – Đức, ..., các doanh nghiệp ... . Đại học Quốc gia Hà Nội và Đại học Rostock của Đức
   * cũng ký Bản ghi nhớ" (vietnews-train-059195). The setting ({@code setting} of story-words.tsv)
   * opens the sentence before (after "Cũng"), which writes no year; before the verb, a word of
   * {@code continued} ("cũng", "bên cạnh đó", "ngoài ra", "đồng thời") ties the signing to it. A
   * report tells an event's acts one sentence each; the setting is written once, on the first. Not
   * a passive right after "được": what its sentence says of the document is no act of the event
   * ("Tại buổi giới thiệu ..." then "... các thành viên EuroCham cũng đang khá quan tâm và mong
   * EVFTA sớm được ký kết", vietnews-train-082733).
   */
  static boolean continuesSetting(Syllables s, int first, int k) {
    if (first <= 0
        || NewsFrame.words("continued").find(s, first, k) < 0
        || (k > first && s.is(k - 1, "duoc"))) {
      return false; // "... cũng đang khá quan tâm và mong EVFTA sớm được ký kết": a wish
    }
    Phrases setting = NewsFrame.words("setting");
    for (int n = 0, at = first; n < SETTING_REACH && at > 0; n++) {
      int[] before = Signings.sentence(s, at - 1);
      for (int p = before[0]; p < before[1]; p++) {
        if (isYearOrMonthYear(s, p)) {
          return false; // "Tại hội nghị năm 2019, ...": an earlier one
        }
      }
      int open = before[0] + 1 < before[1] && s.is(before[0], "cung") ? before[0] + 1 : before[0];
      if (setting.at(s, open) != null) {
        return true;
      }
      at = before[0];
    }
    return false;
  }

  /**
   * How many sentences back the setting a signing continues may open: the one before, or the one
   * before that when a semicolon ends a list of the event's acts ("Tại hội nghị, lãnh đạo tỉnh trao
   * giấy chứng nhận ...; trao quyết định ...").
   */
  private static final int SETTING_REACH = 2;

  /**
   * A word of the signing's own time between {@code from} and the verb at {@code k} ("Sáng nay",
   * "Mới đây": signing-words.tsv's reported), or the event the story covers ("Bên lề hội nghị,
   * ...", "Tại lễ phát động, ...": story-words.tsv's setting, the words {@link ToldSignings} reads,
   * so that a signing told at the story's event is news and no side remark).
   */
  private static boolean toldBefore(Syllables s, int from, int k, ClauseWords words) {
    return words.get("reported").find(s, from, k) >= 0
        || NewsFrame.words("setting").find(s, from, k) >= 0;
  }

  /**
   * Whether a signing told as news is so only by a word that is as often something else ({@code
   * reported-weak}): "mới" right before the verb is "just", but also "only" ("hai bên mới ký thoả
   * thuận bằng tiếng Anh", "Trúc Quỳnh mới dám ký hợp đồng") and the adjective of the noun before
   * ("các hiệp định thương mại tự do thế hệ mới đã được ký kết", "gia đình chủ mới của Molly đã kí
   * thoả thuận"). A word of now, a ceremony, "diễn ra" or a day in the sentence is stronger; a
   * signing made news by the story ({@link StoryTense}) has no such word and is not weak.
   */
  static boolean weaklyReported(Syllables s, Signings.Signing g, ClauseWords words) {
    if (g.status() != Signings.Status.REPORTED) {
      return false;
    }
    int k = g.verb();
    int[] range = Signings.sentence(s, k);
    if (toldBefore(s, range[0], k, words)
        || SigningDates.hasDay(s, range[0], range[1])
        || takesPlace(s, k, range[1] - 1)) {
      return false;
    }
    Phrases near = words.get("reported-near");
    Phrases weak = words.get("reported-weak");
    boolean any = false;
    for (int p = Math.max(range[0], k - Signings.NEAR); p < k; p++) {
      if (near.at(s, p) == null) {
        continue;
      }
      if (weak.at(s, p) == null) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether "diễn ra" (takes place) follows the verb at {@code k}, up to syllable {@code last}. */
  private static boolean takesPlace(Syllables s, int k, int last) {
    for (int p = k + 1; p + 1 <= last; p++) {
      if (s.is(p, "dien") && s.is(p + 1, "ra")) {
        return true;
      }
    }
    return false;
  }
}
