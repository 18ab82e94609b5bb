package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every use of the verb "ký"/"kí" (sign) in an article, each read from its clause: whether it is a
 * signing the article reports ("vừa ký", "lễ ký kết", "đã ký ... sáng nay"), an earlier or a future
 * one ("đã ký năm 2015", "sẽ ký"), or no agreement at all ("đăng ký", "ký quyết định", "ký hợp đồng
 * lao động"); and what is signed, by the document noun after the verb.
 */
final class Signings {
  /** At most this many uses of the verb are read: real articles have a few dozen at most. */
  private static final int MAX_VERBS = 100;

  /** How many syllables either side of the verb its sentence is read. */
  static final int REACH = 80;

  /** How close before the verb "vừa", "lễ" must be to make it news ("vừa chính thức ký"). */
  private static final int NEAR = 4;

  /** How many days before publication a dated signing is still the news. */
  private static final int RECENT_DAYS = 31;

  /** The opening syllables of a sentence where a year sets it in the past ("Hồi tháng 9/2017,"). */
  private static final int OPENING = 5;

  /** How far after the verb the object may reach a word of time ("đã ký ... năm 2015"). */
  private static final int AFTER_WINDOW = 8;

  /** What one use of the verb is. */
  enum Status {
    /** The article reports this signing as news. */
    REPORTED,
    /** Nothing says when: news in a title or lead, else unsure. */
    PLAIN,
    /** An earlier signing. */
    BACKGROUND,
    /** Not (yet) signed: future, wish, negation, condition. */
    IRREALIS,
    /** Not an agreement: "đăng ký", "chữ ký", "ký quyết định", a labour contract. */
    NOT
  }

  /**
   * One use of the verb at syllable {@code verb}; {@code after} is the first syllable after "ký
   * [kết]"; {@code noun} is the document noun that follows it (or null), {@code nominal} whether
   * the signing is a noun ("lễ ký kết") and {@code passive} whether it follows "được".
   */
  record Signing(
      int verb,
      int after,
      int sentence,
      Status status,
      OrganisationMatcher.Hit noun,
      boolean nominal,
      boolean passive) {}

  private Signings() {}

  /** The uses of the verb, in text order; {@code nouns} are the trigger hits by first syllable. */
  static List<Signing> find(
      Syllables s,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      ClauseWords words,
      java.time.OffsetDateTime published) {
    List<Signing> out = new ArrayList<>();
    int latest = Integer.MIN_VALUE; // read once, at the first verb
    for (int k = 0; k < s.size && out.size() < MAX_VERBS; k++) {
      if ((s.is(k, "ky") || s.is(k, "ki")) && isSign(s, k)) {
        if (latest == Integer.MIN_VALUE) {
          latest = published != null ? published.getYear() : SigningDates.latestYear(s);
        }
        Signing g = read(s, k, nouns, words);
        int[] range = sentence(s, k);
        if (g.status() == Status.REPORTED || g.status() == Status.PLAIN) {
          // "ký kết ngày 12-6-2018" in an article that dates other events 2019: an earlier one
          // the date right after the verb dates it ("ký ... ngày 4-2-2016"), else the sentence's
          int year = SigningDates.firstYear(s, k, Math.min(range[1], g.after() + AFTER_WINDOW + 2));
          year = year > 0 ? year : SigningDates.firstYear(s, range[0], range[1]);
          if (year > 0 && year < latest) {
            g = with(g, Status.BACKGROUND);
          }
        } else if (g.status() == Status.BACKGROUND && published != null) {
          // "Theo văn bản được hai bên ký kết ngày 24/4/2021" published on 26/4/2021: this one
          SigningDates.Found d = SigningDates.signedOn(s, range[0], range[1], published);
          java.time.LocalDate pub = published.toLocalDate();
          if (d != null
              && !d.date().isBefore(pub.minusDays(RECENT_DAYS))
              && !d.date().isAfter(pub.plusDays(1))) {
            g = with(g, Status.REPORTED);
          }
        }
        out.add(g);
      }
    }
    return out;
  }

  private static Signing with(Signing g, Status status) {
    return new Signing(
        g.verb(), g.after(), g.sentence(), status, g.noun(), g.nominal(), g.passive());
  }

  /**
   * The syllables [first, last + 1) of the sentence of syllable k, at most {@link #REACH} either
   * side: a sentence of 100,000 characters without a full stop costs no more than a long one.
   */
  static int[] sentence(Syllables s, int k) {
    int first = k;
    while (first > 0 && first > k - REACH && s.sentence[first - 1] == s.sentence[k]) {
      first--;
    }
    int last = k;
    while (last + 1 < s.size && last < k + REACH && s.sentence[last + 1] == s.sentence[k]) {
      last++;
    }
    return new int[] {first, last + 1};
  }

  private static boolean isSign(Syllables s, int k) {
    char c = Character.toLowerCase(s.text[s.start[k] + 1]);
    return s.end[k] - s.start[k] == 2 && (c == 'ý' || c == 'í');
  }

  private static Signing read(
      Syllables s, int k, Map<Integer, OrganisationMatcher.Hit> nouns, ClauseWords words) {
    int after = k + 1;
    if (after < s.size
        && s.is(after, "ket")
        && !s.has(after, Syllables.BREAK)
        && !(after + 1 < s.size && s.is(after + 1, "luan"))) {
      after++; // "ký kết", but "ký kết luận" is "ký" + "kết luận" (sign a conclusion)
    }
    boolean prevInClause = k > 0 && !s.has(k, Syllables.BREAK);
    int clauseStart = clauseStart(s, k);
    boolean nominal = words.get("nominal").endingAt(s, k, 2) > 0 && prevInClause;
    // "được ký", "được hai bên ký kết", "được 11 nước ký kết": the document comes before "được"
    boolean passive =
        prevInClause && words.get("passive").find(s, Math.max(clauseStart, k - 4), k) >= 0;
    int object = skipModifiers(s, after);
    OrganisationMatcher.Hit noun = object < s.size ? nouns.get(object) : null;
    Status status;
    if ((prevInClause && words.get("compound-before").endingAt(s, k, 1) > 0)
        || (!s.has(k + 1 < s.size ? k + 1 : k, Syllables.BREAK)
            && words.get("compound-after").at(s, k + 1) != null)
        || isNotObject(s, object, noun, words)) {
      status = Status.NOT;
    } else if (irrealis(s, clauseStart, k, words)) {
      status = Status.IRREALIS;
    } else if (background(s, k, clauseStart, after, words)) {
      status = Status.BACKGROUND;
    } else if (describes(s, k, nouns, words)) {
      status = Status.BACKGROUND;
    } else if (reported(s, k, words)) {
      status = Status.REPORTED;
    } else {
      status = Status.PLAIN;
    }
    if (noun == null) {
      noun = laterNoun(s, object, nouns); // "JICA vừa ký kết với Ban ... biên bản của dự án"
    }
    return new Signing(k, after, s.sentence[k], status, noun, nominal, passive);
  }

  /** The first document noun later in the verb's clause, past "với X" and the like; or null. */
  private static OrganisationMatcher.Hit laterNoun(
      Syllables s, int from, Map<Integer, OrganisationMatcher.Hit> nouns) {
    for (int p = from; p < Math.min(s.size, from + AFTER_WINDOW * 2); p++) {
      if (p > from && s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return null;
      }
      OrganisationMatcher.Hit h = nouns.get(p);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  /**
   * "các hợp đồng đã ký kết với JTC", "thoả thuận được ký ngày 17/9": a document noun right before
   * "(đã|được) ký" describes a document, signed some time; not news unless "vừa" says so.
   */
  private static boolean describes(
      Syllables s, int k, Map<Integer, OrganisationMatcher.Hit> nouns, ClauseWords words) {
    int p = k;
    while (p > 0 && k - p < 2 && (s.is(p - 1, "da") || s.is(p - 1, "duoc"))) {
      p--;
    }
    for (OrganisationMatcher.Hit h : nouns.values()) {
      if (h.to() == p && s.sentence[h.from()] == s.sentence[k]) {
        return words.get("reported-near").find(s, Math.max(0, k - NEAR), k) < 0;
      }
    }
    return false;
  }

  /** A word of future, wish or negation in [from, k), not inside "sau khi" (after) and the like. */
  private static boolean irrealis(Syllables s, int from, int k, ClauseWords words) {
    for (int p = from; p < k; p++) {
      Phrases.Phrase not = words.get("not-irrealis").at(s, p);
      if (not != null) {
        p += not.length() - 1;
        continue;
      }
      Phrases.Phrase w = words.get("irrealis").at(s, p);
      if (w != null && p + w.length() <= k) {
        return true;
      }
    }
    return false;
  }

  /** "ký lại", "ký chính thức", "ký các/một/những ...": the object starts after such words. */
  private static int skipModifiers(Syllables s, int p) {
    while (p < s.size && !s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      if (s.is(p, "cac")
          || s.is(p, "mot")
          || s.is(p, "nhung")
          || s.is(p, "hai")
          || s.is(p, "them")
          || s.is(p, "khoang")
          || s.is(p, "gan")
          || s.is(p, "hon")
          || s.number(p) >= 0) {
        p++;
      } else if (s.is(p, "chinh") && p + 1 < s.size && s.is(p + 1, "thuc")) {
        p += 2;
      } else {
        break;
      }
    }
    return p;
  }

  private static boolean isNotObject(
      Syllables s, int object, OrganisationMatcher.Hit noun, ClauseWords words) {
    if (object >= s.size || s.has(object, Syllables.BREAK)) {
      return false;
    }
    Phrases.Phrase p = words.get("not-object").at(s, object);
    if (p != null && (noun == null || p.length() > noun.to() - noun.from())) {
      return true;
    }
    if (noun != null
        && "hợp đồng".equals(noun.value())
        && words.get("labour").find(s, Math.max(0, noun.from() - NEAR - 2), noun.from()) >= 0) {
      return true; // "Sinh viên ký hợp đồng với trường": a person's contract
    }
    if (noun != null && "hợp đồng".equals(noun.value())) {
      // "ký hợp đồng với người lao động", "ký hợp đồng cho công nhân": employment.
      int end = Math.min(s.size, noun.to() + AFTER_WINDOW + NEAR);
      int until = noun.to();
      while (until < end && !s.has(until, Syllables.BREAK | Syllables.COMMA)) {
        until++;
      }
      return words.get("labour").find(s, noun.to(), until) >= 0;
    }
    return false;
  }

  /** The first syllable of the verb's clause: after the last break, comma or semicolon. */
  private static int clauseStart(Syllables s, int k) {
    int p = k;
    while (p > 0
        && p > k - REACH
        && !s.has(p, Syllables.BREAK | Syllables.COMMA)
        && s.sentence[p - 1] == s.sentence[k]) {
      p--;
    }
    return p;
  }

  /**
   * An earlier signing: "kỷ niệm ... ký kết", "theo thỏa thuận đã ký" before the verb in its
   * clause; "năm 2015", "từ năm", "hồi tháng 9/2017" right after it; or a sentence opening with a
   * year.
   */
  private static boolean background(
      Syllables s, int k, int clauseStart, int after, ClauseWords words) {
    if (words.get("background-before").find(s, clauseStart, k) >= 0) {
      return true;
    }
    int end = Math.min(s.size, after + AFTER_WINDOW);
    for (int p = after; p < end && s.sentence[p] == s.sentence[k]; p++) {
      if (s.has(p, Syllables.BREAK) && p > after) {
        break;
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
      if (w != null && !s.is(p, "nam") && !s.is(p, "tu")) {
        return true;
      }
      if (isYearOrMonthYear(s, p) && s.is(p - 1, "thang")) {
        return true;
      }
    }
    int first = sentence(s, k)[0];
    // "Năm 2004, ...", "Từ năm 2012, ...", "Tháng 4/2016, ...": the sentence is set in the past.
    for (int p = first; p < Math.min(k, first + OPENING); p++) {
      if (isYearOrMonthYear(s, p) && !isDayMonth(s, p - 1)) {
        return true;
      }
    }
    // "Trước đó, ngày 3-7, X đã ký ...", "Cách đây một năm, ...": an opening that sets it earlier
    int opening = Math.min(k, first + OPENING);
    return first < clauseStart && words.get("background-before").find(s, first, opening) >= 0;
  }

  /** "2015" or "9/2017" (a month and a year) at syllable p. */
  private static boolean isYearOrMonthYear(Syllables s, int p) {
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

  /** A ceremony, "vừa", "hôm nay", or a day of the month in the verb's sentence. */
  private static boolean reported(Syllables s, int k, ClauseWords words) {
    int[] range = sentence(s, k);
    int first = range[0];
    int last = range[1] - 1;
    // before the verb: "sáng nay ... ký", right before it "vừa ký", "lễ ký"; after it "diễn ra"
    if (words.get("reported").find(s, first, k) >= 0
        || words.get("reported-near").find(s, Math.max(first, k - NEAR), k) >= 0) {
      return true;
    }
    for (int p = k + 1; p + 1 <= last; p++) {
      if (s.is(p, "dien") && s.is(p + 1, "ra")) {
        return true; // "Lễ ký kết diễn ra sáng 2/10"
      }
    }
    // a day before the verb ("Chiều 12/11, X và Y ký"); after it, a day mostly dates an earlier
    // signing ("hợp đồng với công ty Thiên Sơn ngày 25/5/2017"), except the day of a ceremony
    return SigningDates.hasDay(s, first, k);
  }
}
