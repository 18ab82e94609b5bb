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
  static final int NEAR = 4;

  /** How many days before publication a dated signing is still the news. */
  private static final int RECENT_DAYS = 31;

  /** How far before a sentence opening "Cùng ngày" the day it repeats may be written. */
  private static final int SAME_DAY_REACH = 300;

  /** What {@link SigningDates#lastDayBefore} returns when no day is written. */
  private static final int NO_DAY = -2;

  /** How far after the verb the object may reach a word of time ("đã ký ... năm 2015"). */
  static final int AFTER_WINDOW = 8;

  /** The longest document noun, in syllables ("thỏa ước lao động tập thể"). */
  private static final int NOUN_LENGTH = 6;

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

  /** How far before a bracketed short name the document's full name may start. */
  private static final int SHORT_NAME_REACH = 12;

  /** How far back from its use the article may define a short name (a few paragraphs). */
  private static final int SHORT_NAME_BACK = 600;

  private Signings() {}

  /**
   * The uses of the verb, in text order; {@code nouns} are the trigger hits by first syllable. What
   * the article's head says the story is reads them further ({@link StoryTense#recall}).
   */
  static List<Signing> find(
      Syllables s,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      ClauseWords words,
      java.time.OffsetDateTime published) {
    List<Signing> out = new ArrayList<>();
    int latest = Integer.MIN_VALUE; // read once, at the first verb
    int lastNamedYear = -1; // the latest year the article writes, "năm 2019" too
    boolean ownDays = false;
    for (int k = 0; k < s.size && out.size() < MAX_VERBS; k++) {
      boolean sign = (s.is(k, "ky") || s.is(k, "ki")) && isSign(s, k);
      int handed =
          sign || !HandedDocuments.opens(s, k) ? 0 : HandedDocuments.at(s, k, nouns, words);
      // "X tổ chức lễ kết nghĩa với Y": a twinning's ceremony, read as the verb is
      handed =
          sign || handed > 0 || !Twinnings.opens(s, k) ? handed : Twinnings.ceremony(s, k, words);
      if (sign || handed > 0) {
        if (latest == Integer.MIN_VALUE) {
          latest = published != null ? published.getYear() : SigningDates.latestYear(s);
          ownDays = published == null && SigningDates.hasDayWithoutYear(s);
          lastNamedYear = published != null ? published.getYear() : Math.max(latest, namedYear(s));
        }
        Signing g = read(s, k, handed, nouns, words, lastNamedYear);
        int[] range = sentence(s, k);
        // "Sáng 20/3, UBND thành phố ... trao giấy chứng nhận ... Cùng ngày, hai bên ký biên bản
        // ghi nhớ": the same day as the last one written before, news or earlier as that day is
        int sameDay =
            g.status() == Status.PLAIN && words.get("same-day").at(s, range[0]) != null
                ? SigningDates.lastDayBefore(s, range[0], SAME_DAY_REACH)
                : NO_DAY;
        if (sameDay != NO_DAY) {
          g = with(g, Status.REPORTED);
        }
        if (g.status() == Status.REPORTED || g.status() == Status.PLAIN) {
          // "ký kết ngày 12-6-2018" in an article that dates other events 2019: an earlier one
          // the date right after the verb dates it ("ký ... ngày 4-2-2016"), else the sentence's
          int year = SigningDates.firstYear(s, k, Math.min(range[1], g.after() + AFTER_WINDOW + 2));
          year = year > 0 ? year : SigningDates.firstYear(s, range[0], range[1]);
          // "Trung tuần tháng 3/2014, Huyện uỷ ... ký kết" (vietnews-test-019680): a month dated
          // with its year dates the signing as a day does
          year = year > 0 ? year : SigningDates.firstMonthYear(s, range[0], range[1], k);
          year = year > 0 ? year : sameDay;
          // News dates its own events by day and month ("Chiều 12/11"); a signing given a full
          // date in such an article is one it recalls ("ký hợp đồng ngày 25-1-2016").
          if (year > 0 && (year < latest || ownDays)) {
            g = with(g, Status.BACKGROUND);
          }
        } else if (g.status() == Status.BACKGROUND
            && published != null
            && !SigningTense.yearsSince(s, k, words)) {
          // "Theo văn bản được hai bên ký kết ngày 24/4/2021" published on 26/4/2021: this one;
          // but not "Ngày 15/11, ... tổ chức lễ kỷ niệm 10 năm ký kết thỏa thuận", whose day is
          // the anniversary's
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
    return Twinnings.withSigning(s, out);
  }

  /** Whether syllable k is the verb "ký"/"kí" itself, not part of "đăng ký", "ký túc xá". */
  static boolean isVerb(Syllables s, int k) {
    if (!(s.is(k, "ky") || s.is(k, "ki")) || !isSign(s, k)) {
      return false;
    }
    ClauseWords words = ClauseWords.INSTANCE;
    boolean before = k > 0 && !s.has(k, Syllables.BREAK);
    boolean after = k + 1 < s.size && !s.has(k + 1, Syllables.BREAK);
    return !(before && compoundBefore(s, k, words))
        && !(after && words.get("compound-after").at(s, k + 1) != null);
  }

  /**
   * Whether the word before the verb makes another word ("đăng ký", "bút ký"), unless a longer
   * phrase keeps the verb ("đặt bút ký vào Hiệp định", vietnews-train-020995: put pen to paper).
   */
  private static boolean compoundBefore(Syllables s, int k, ClauseWords words) {
    return words.get("compound-before").endingAt(s, k, 1) > 0
        && words.get("not-compound").endingAt(s, k, 2) == 0
        && !namedBefore(s, k, words);
  }

  /**
   * "CLB Tokyo FC của Nhật ký kết hợp tác với ...": a capital inside the sentence makes the word
   * before the verb the country ("country-before": "Nhật"), no half of a compound ("nhật ký", a
   * diary), where the verb goes on as "ký kết" (sign); not a title's first word ("Nhật ký Vàng
   * Anh", "“Nhật ký"), nor "Nhật ký kết thúc" (the diary ends).
   */
  private static boolean namedBefore(Syllables s, int k, ClauseWords words) {
    int w = k - 1;
    return w > 0
        && words.get("country-before").endingAt(s, k, 1) > 0
        && s.has(w, Syllables.UPPER)
        && !s.has(w, Syllables.BREAK)
        && s.sentence[w - 1] == s.sentence[w]
        && k + 1 < s.size
        && s.is(k + 1, "ket")
        && !s.has(k + 1, Syllables.BREAK)
        && !(k + 2 < s.size && s.is(k + 2, "thuc"));
  }

  static Signing with(Signing g, Status status) {
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

  /**
   * Where "năm" names the year of the document signed, right after its noun and a few words of its
   * name: "ký kết chương trình phối hợp (công tác) năm 2023", "thỏa ước lao động tập thể năm 2024"
   * (the kinds listed as {@code yearly-kind} in signing-words.tsv: plans and programmes run by the
   * year), after any document at the story's event, or after a cooperation when no year the story
   * writes ({@code lastYear}) is later; else -1. Such a year is no time of the signing.
   */
  private static int documentYear(
      Syllables s, int k, OrganisationMatcher.Hit noun, ClauseWords words, int lastYear) {
    if (noun == null) {
      return -1;
    }
    boolean yearly = words.lists("yearly-kind", noun.value()) || atTheEvent(s, k);
    // "ký kết 7 văn bản hợp tác năm 2019", "ký biên bản ghi nhớ về hợp tác năm 2018": the year a
    // cooperation runs, when it is no earlier than any year the story writes ("sau khi hai bên ký
    // thoả thuận hợp tác năm 2012" in a story of later years stays an earlier signing)
    boolean cooperation = noun.value().endsWith("hợp tác");
    for (int q = noun.to(); q < s.size && q <= noun.to() + NAME_WORDS; q++) {
      if (s.has(q, Syllables.BREAK | Syllables.COMMA) || s.has(q, Syllables.UPPER)) {
        return -1;
      }
      cooperation |= q > noun.to() && s.is(q - 1, "hop") && s.is(q, "tac");
      if (s.is(q, "nam")) {
        int year = q + 1 < s.size ? s.number(q + 1) : -1;
        // not "trong vòng 5 năm (2018 - 2023)": a count of years is the deal's term
        boolean ownYear = cooperation && s.number(q - 1) < 0 && lastYear > 0 && year >= lastYear;
        return SigningDates.isYear(year) && (yearly || ownYear) ? q : -1;
      }
    }
    return -1;
  }

  /** The latest year the text writes after "năm" ("năm 2019"), or -1. */
  private static int namedYear(Syllables s) {
    int latest = -1;
    for (int k = 0; k + 1 < s.size; k++) {
      if (s.is(k, "nam")) {
        int year = s.number(k + 1);
        latest = SigningDates.isYear(year) ? Math.max(latest, year) : latest;
      }
    }
    return latest;
  }

  /**
   * Whether the verb's sentence sets the signing at the story's own event before the verb ("Kết
   * thúc hội đàm, ...", "Tại buổi làm việc, ...", "Sáng nay, ...": {@code setting} and {@code now}
   * of story-words.tsv). There a year right after any document's name names the document ("Kết thúc
   * hội đàm, Chủ tịch UBND tỉnh Quảng Trị ... đã ký biên bản ghi nhớ hợp tác năm 2025 giữa hai
   * tỉnh", probe p22-040); elsewhere it is mostly an earlier signing ("sau khi hai bên ký thoả
   * thuận hợp tác năm 2012", vietnews-train-102753).
   */
  private static boolean atTheEvent(Syllables s, int k) {
    int first = sentence(s, k)[0];
    return NewsFrame.words("setting").find(s, first, k) >= 0
        || NewsFrame.words("now").find(s, first, k) >= 0;
  }

  /** At most this many words of a document's name between its noun and its year. */
  private static final int NAME_WORDS = 3;

  /** Whether syllable k, folded to "ky" or "ki", is the verb "ký" (not "kỹ", "kì"). */
  static boolean isSign(Syllables s, int k) {
    char c = Character.toLowerCase(s.text[s.start[k] + 1]);
    return s.end[k] - s.start[k] == 2 && (c == 'ý' || c == 'í');
  }

  /**
   * The use of the verb at k; {@code handed} is the length of a hand-over verb there ("trao đổi",
   * {@link HandedDocuments}), 0 for "ký".
   */
  private static Signing read(
      Syllables s,
      int k,
      int handed,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      ClauseWords words,
      int lastYear) {
    int after = k + Math.max(1, handed);
    if (handed == 0
        && after < s.size
        && s.is(after, "ket")
        && !s.has(after, Syllables.BREAK)
        && !(after + 1 < s.size && s.is(after + 1, "luan"))) {
      after++; // "ký kết", but "ký kết luận" is "ký" + "kết luận" (sign a conclusion)
    }
    boolean prevInClause = k > 0 && !s.has(k, Syllables.BREAK);
    int clauseStart = clauseStart(s, k);
    // "lễ ký kết", "việc ký kết": the noun right before the verb; not across a comma ("X đã có
    // buổi làm việc, ký kết ...": "việc" ends the act before, and X signs)
    boolean nominal =
        words.get("nominal").endingAt(s, k, 2) > 0 && prevInClause && !s.has(k, Syllables.COMMA);
    // "được ký", "được hai bên ký kết", "được 11 nước ký kết": the document comes before "được"
    boolean passive =
        prevInClause
            && (words.get("passive").find(s, Math.max(clauseStart, k - 4), k) >= 0
                || namedAgents(s, k, clauseStart, nouns) >= 0);
    int document = appendix(s, skipModifiers(s, after), nouns);
    int object = skipModifiers(s, textOf(s, document, words));
    OrganisationMatcher.Hit noun = object < s.size ? nouns.get(object) : null;
    Status status;
    int own = relativeStart(s, k, clauseStart, nouns);
    // "Bản ghi nhớ hợp tác nhằm tăng cường ... đã được ký kết giữa": the modifiers are the noun's
    int predicate = PassiveSubjects.predicate(s, k, after, nouns, words);
    boolean compound =
        (prevInClause && compoundBefore(s, k, words))
            || (!s.has(k + 1 < s.size ? k + 1 : k, Syllables.BREAK)
                && words.get("compound-after").at(s, k + 1) != null);
    if ((handed == 0 && compound) || isNotObject(s, object, noun, words)) {
      status = Status.NOT;
    } else if (SigningTense.irrealis(s, predicate >= 0 ? predicate : own, k, passive, words)
        || SigningTense.listedAhead(s, own, k, words)
        || SigningTense.alternative(s, k)
        || (nominal && SigningTense.beforeAnActAhead(s, k, clauseStart, words))
        || SigningTense.programmeAhead(s, k, words)) {
      status = Status.IRREALIS;
    } else if (SigningTense.background(
        s, k, own, after, documentYear(s, k, noun, words, lastYear), words)) {
      status = Status.BACKGROUND;
    } else if (predicate < 0 && SigningTense.describes(s, k, nouns, words)) {
      status = Status.BACKGROUND;
    } else if (SigningTense.processPair(s, k, clauseStart, words)
        || SigningTense.processAfter(s, k, after, words)) {
      status = Status.BACKGROUND;
    } else if (SigningTense.reported(s, k, words)
        || (passive && SigningTense.datedPassive(s, k, after, clauseStart, words))) {
      status = Status.REPORTED;
    } else {
      status = Status.PLAIN;
    }
    if (noun == null && object > document) {
      noun = shortName(s, object, nouns); // "ký xác thực lời văn TPP": the "Hiệp định ... (TPP)"
    }
    if (noun == null) {
      noun = laterNoun(s, object, nouns); // "JICA vừa ký kết với Ban ... biên bản của dự án"
    }
    return new Signing(k, after, s.sentence[k], status, noun, nominal, passive);
  }

  /**
   * The "được" of a passive signing whose agents are named at length between it and the verb, right
   * after the document's noun: "tuyên bố chung được lãnh đạo Triều Tiên Kim Jong-un và Tổng thống
   * Hàn Quốc Moon Jae - in ký chiều nay" (vietnews-val-010463). The agents hold a name (a capital)
   * and no comma; nearer "được" the plain passive reads them. Else -1.
   */
  static int namedAgents(
      Syllables s, int k, int clauseStart, Map<Integer, OrganisationMatcher.Hit> nouns) {
    boolean named = false;
    for (int p = k - 1; p >= Math.max(clauseStart, k - AGENT_REACH); p--) {
      if (agentBy(s, p) && named && (documentEndsAt(s, p, nouns) || pointedDocument(s, p, nouns))) {
        return p;
      }
      named |= s.has(p, Syllables.UPPER);
    }
    return -1;
  }

  /**
   * Whether p opens a passive's agents: "được", or "do" ("Hợp đồng do Bộ trưởng Quốc phòng
   * Philippines Delfin Lorenzana ký với ...", vietnews-train-044214; not "đó").
   */
  static boolean agentBy(Syllables s, int p) {
    return s.is(p, "duoc")
        || (s.is(p, "do")
            && Character.toLowerCase(s.text[s.start[p]]) == 'd'
            && s.text[s.start[p] + 1] == 'o');
  }

  /** Whether a document noun ends right before p in its clause ("tuyên bố chung | được"). */
  private static boolean documentEndsAt(
      Syllables s, int p, Map<Integer, OrganisationMatcher.Hit> nouns) {
    return nounEndingAt(p, nouns) != null && !s.has(p, Syllables.BREAK | Syllables.COMMA);
  }

  /** The document noun that ends right before syllable p ("Bản ghi nhớ | hợp tác"), or null. */
  static OrganisationMatcher.Hit nounEndingAt(int p, Map<Integer, OrganisationMatcher.Hit> nouns) {
    for (int q = p - 1; q >= Math.max(0, p - NOUN_LENGTH); q--) {
      OrganisationMatcher.Hit h = nouns.get(q);
      if (h != null && h.to() == p) {
        return h;
      }
    }
    return null;
  }

  /** How many words a document's modifier may hold before "này" ("về việc khai thác chung"). */
  private static final int POINTED_REACH = 8;

  /**
   * Whether the document's noun, its modifier and "này" end right before p: "Thoả thuận về việc
   * khai thác chung này được Ngoại trưởng Philippines Teodoro Locsin và người đồng cấp Trung Quốc
   * Vương Nghị ký" (vietnews-val-004718); "này" points back at the document the article tells, with
   * no comma or end of sentence between the noun and "được".
   */
  private static boolean pointedDocument(
      Syllables s, int p, Map<Integer, OrganisationMatcher.Hit> nouns) {
    if (p < 2 || !s.original(p - 1).equals("này") || s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      return false;
    }
    for (int q = p - 1; q >= Math.max(0, p - 1 - NOUN_LENGTH - POINTED_REACH); q--) {
      if (s.sentence[q] != s.sentence[p] || s.has(q + 1, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (nouns.containsKey(q)) {
        return true;
      }
    }
    return false;
  }

  /** How far before the verb the "được" of named agents may stand. */
  static final int AGENT_REACH = 20;

  /**
   * Where the verb's own clause starts for words of time: at a document noun right before "vừa" and
   * the verb, which the verb describes as just signed ("Hình ảnh thủ đô Hà Nội sẽ xuất hiện ...
   * theo một biên bản ghi nhớ vừa ký kết giữa ...", vietnews-train-083835: "sẽ" is the main verb's,
   * and "theo" cites the document just signed, not an earlier one); else the clause's start.
   */
  private static int relativeStart(
      Syllables s, int k, int clauseStart, Map<Integer, OrganisationMatcher.Hit> nouns) {
    int just = k - 1;
    if (just > clauseStart && s.is(just, "duoc") && !s.has(just + 1, Syllables.BREAK)) {
      just--; // "theo quy chế phối hợp vừa được ký ngày 24/10/2019": the passive of the same
    }
    if (just <= clauseStart || !s.is(just, "vua") || s.has(just + 1, Syllables.BREAK)) {
      return clauseStart;
    }
    for (int p = just - 1; p >= Math.max(clauseStart, just - NOUN_LENGTH); p--) {
      OrganisationMatcher.Hit h = nouns.get(p);
      if (h != null && h.to() == just && !s.has(just, Syllables.BREAK | Syllables.COMMA)) {
        return p;
      }
    }
    return clauseStart;
  }

  /**
   * The document noun of a short name in capitals at the object of a signed text that the article
   * wrote before in brackets after a document's full name ("Hiệp định đối tác xuyên Thái Bình Dương
   * (TPP)"), or null.
   */
  private static OrganisationMatcher.Hit shortName(
      Syllables s, int object, Map<Integer, OrganisationMatcher.Hit> nouns) {
    if (object >= s.size || !BrandNames.shaped(s, object) || s.has(object, Syllables.PAREN)) {
      return null;
    }
    String name = s.original(object);
    for (int q = Math.max(1, object - SHORT_NAME_BACK); q < object; q++) {
      if (s.has(q, Syllables.PAREN) && s.original(q).equals(name)) {
        for (int p = q - 1; p >= 0 && p >= q - SHORT_NAME_REACH; p--) {
          if (s.sentence[p] != s.sentence[q]) {
            break;
          }
          OrganisationMatcher.Hit h = nouns.get(p);
          if (h != null) {
            return h;
          }
        }
      }
    }
    return null;
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
   * "ký kết thêm phần phụ lục hợp đồng của thoả thuận hợp tác" (vietnews-val-018679): an appendix
   * to a document is signed by the document's parties, so the object is the document; an appendix
   * alone ("ký phụ lục") stays a person's paper.
   */
  private static int appendix(
      Syllables s, int object, Map<Integer, OrganisationMatcher.Hit> nouns) {
    int p = object < s.size && s.is(object, "phan") ? object + 1 : object;
    if (p + 2 < s.size
        && s.is(p, "phu")
        && s.is(p + 1, "luc")
        && !s.has(p + 2, Syllables.BREAK | Syllables.COMMA)
        && nouns.containsKey(p + 2)) {
      return p + 2;
    }
    return object;
  }

  /**
   * "ký xác thực lời văn TPP và 35 thoả thuận song phương" (vietnews-val-013365): a treaty's text
   * authenticated is the treaty signed, so the object is what follows ("text-of" words), not a
   * person's attestation ("ký xác thực" alone, of "not-object").
   */
  private static int textOf(Syllables s, int object, ClauseWords words) {
    Phrases.Phrase text = object < s.size ? words.get("text-of").at(s, object) : null;
    // "lễ ký thông qua Đạo luật Cấp phép Quốc phòng" (vietnews-test-012321): a text passed is the
    // text signed, a law a president signs alone ("passes" words)
    text = text != null || object >= s.size ? text : words.get("passes").at(s, object);
    int p = text == null ? object : object + text.length();
    return p < s.size && !s.has(p, Syllables.BREAK | Syllables.COMMA) ? p : object;
  }

  /**
   * "ký lại", "ký chính thức", "ký các/một/những ...", "ký vào Hiệp định ..." (not "ký vào ngày
   * 12/5", "vào năm 2015"): the object starts after such words.
   */
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
          || (s.is(p, "vao") && p + 1 < s.size && s.number(p + 1) < 0 && !s.is(p + 1, "nam"))
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
    if (p != null
        && (noun == null || p.length() > noun.to() - noun.from())
        && !supplied(s, object, p, words)) {
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

  /**
   * Whether a contract's term ("hợp đồng dài hạn", a worker's long contract) is followed, a few
   * words on, by what one body supplies another ({@code supply}): "Vietjet và Tập đoàn Rolls-Royce
   * đã ký hợp đồng dài hạn về bảo dưỡng động cơ" (probe), "ký kết các hợp đồng dài hạn đảm bảo cung
   * ứng than" (vietnews-test-003850). Branch ag-deals.
   */
  private static boolean supplied(Syllables s, int object, Phrases.Phrase p, ClauseWords words) {
    if (words.get("contract-term").at(s, object) == null) {
      return false;
    }
    int from = object + p.length();
    int to = Math.min(s.size, from + SUPPLY_REACH);
    for (int q = from; q < to; q++) {
      if (s.has(q, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (words.get("supply").at(s, q) != null) {
        return true;
      }
    }
    return false;
  }

  /** How far after a contract's term its supply may be named ("dài hạn về việc cung cấp"). */
  private static final int SUPPLY_REACH = 4;

  /** The first syllable of the verb's clause: after the last break, comma or semicolon. */
  static int clauseStart(Syllables s, int k) {
    int p = k;
    while (p > 0
        && p > k - REACH
        && (!s.has(p, Syllables.BREAK | Syllables.COMMA) || bracketOnly(s, p))
        && s.sentence[p - 1] == s.sentence[k]) {
      p--;
    }
    return p;
  }

  /**
   * Whether only round brackets and spaces stand between syllable p and the one before it, at a
   * bracketed place of a signer in a photo: an aside in the clause, not its start ("Chủ tịch Hội
   * Nông dân tỉnh – NAME (bên phải) ký kết", a photo caption's place of the signer; branch
   * ag-caption-s16).
   */
  private static boolean bracketOnly(Syllables s, int p) {
    if (s.has(p, Syllables.COMMA)) {
      return false;
    }
    boolean opening = false;
    boolean closing = false;
    for (int i = s.end[p - 1]; i < s.start[p]; i++) {
      char c = s.text[i];
      if (c == '(') {
        opening = true;
      } else if (c == ')') {
        closing = true;
      } else if (!Character.isWhitespace(c) || c == '\n') {
        return false;
      }
    }
    // only a signer's place in the photo: "(bên trái)", "(phải)", "(thứ hai từ trái sang)"
    return opening && (s.is(p, "ben") || s.is(p, "trai") || s.is(p, "phai") || s.is(p, "thu"))
        || closing && (s.is(p - 1, "trai") || s.is(p - 1, "phai") || s.is(p - 1, "sang"));
  }
}
