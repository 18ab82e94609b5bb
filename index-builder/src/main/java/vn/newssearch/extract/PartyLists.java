package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.newssearch.extract.ClauseParties.Candidate;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The lists of bodies in a signing clause: the subject chain before the verb ("X, Y và Z đã ký",
 * "đại diện X và đại diện Y ký", a body and its parent read back to back), the list after "với" or
 * "giữa", and the first pair joined by "và". Two bodies belong to one list when only links, titles,
 * people's names, brackets, numbers and a few other words stand between them.
 */
final class PartyLists {
  /** Unknown lower-case words allowed between the subject and the verb ("đã tổ chức lễ"). */
  private static final int SUBJECT_GAP = 5;

  /**
   * Words of a class's description, beyond {@link #SUBJECT_GAP}, between the class and the verb:
   * "và 5 đại lý | bất động sản | đã chính thức ký kết".
   */
  private static final int CLASS_WORDS = 3;

  /** Unknown lower-case words allowed between two bodies of one list ("và Liên danh Nhà thầu"). */
  private static final int LINK_GAP = 2;

  /**
   * More bodies in one list than any agreement has parties: a list of guests, not of parties. A
   * multilateral treaty's states ("Australia, Brunei, ..., Singapore và Việt Nam", eleven) are as
   * many as a count of parties may be ({@link CountedParties#MAX_COUNT}).
   */
  private static final int MAX_CHAIN = CountedParties.MAX_COUNT - 1;

  /** How far back from the verb the mark that closes an apposition may be (", đã ký"). */
  private static final int CLOSE_REACH = 4;

  /** Syllables of the event a subject hosts before "và" and the verb ("hội nghị thương lượng"). */
  private static final int EVENT_WORDS = 10;

  /** Syllables of one activity an event lists before its "và" ("xúc tiến, kết nối và ký kết"). */
  private static final int ACTIVITY_WORDS = 3;

  /** Syllables an apposition may span ("một trong những công ty khai thác niken lớn nhất ..."). */
  private static final int APPOSITION_WORDS = 16;

  private final Syllables s;
  private final List<Candidate> candidates;
  private final ClauseWords words;
  private final ListGaps gaps;
  private final SubjectStops stops;

  PartyLists(Syllables s, List<Candidate> candidates, boolean[] role, ClauseWords words) {
    this.s = s;
    this.candidates = candidates;
    this.gaps = new ListGaps(s, role, words);
    this.words = words;
    this.stops = new SubjectStops(s, candidates, role, words);
  }

  void subject(Signings.Signing signing, List<Candidate> out) {
    int limit = signing.verb();
    if (signing.nominal()) {
      // "X tổ chức lễ ký kết": only the host of the ceremony signs; "tham dự lễ ký" does not.
      int noun = limit - words.get("nominal").endingAt(s, limit, 2);
      if (noun > 0 && words.count(s, noun - 1) >= 1 && !s.has(noun, Syllables.COMMA)) {
        noun--; // "X đã tổ chức hai lễ ký kết ... với A và B": the ceremonies counted
      }
      int host = words.get("host").endingAt(s, noun, 2);
      if (host == 0) {
        return;
      }
      limit = noun - host;
    }
    limit = pastApposition(hostedBefore(limit, signing.sentence()), signing.sentence());
    List<Candidate> chain = new ArrayList<>();
    int i = lastBefore(limit);
    if (i < 0) {
      return;
    }
    Candidate last = candidates.get(i);
    if (AddressTails.closes(s, last)) {
      return; // "Sáng 16/4, tại trang trại ... ở huyện Nghĩa Đàn, Nghệ An, hai bên đã ký"
    }
    if (last.place()
        && opensSentence(last.from())
        && colonBetween(last.to(), limit)
        && sidesAfter(signing.verb())) {
      // "Quảng Ninh: Ký kết quy chế phối hợp giữa Sở LĐ-TB&XH và Công an tỉnh": the headline's
      // place before its colon is where the story happens, and "giữa" names who signs
      return;
    }
    // "Sở Du lịch Đà Nẵng và các đơn vị liên quan vừa ký kết": the other side is a class, whose
    // words do not count against the subject's reach
    int classEnd = classSide(pastShortName(candidates.get(i), limit), limit);
    if (!gaps.gapOk(candidates.get(i).to(), limit, SUBJECT_GAP, signing.sentence())
        && (classEnd < 0
            || !gaps.gapOk(classEnd, limit, SUBJECT_GAP + CLASS_WORDS, signing.sentence()))) {
      return;
    }
    int by = -1;
    if (signing.passive()) {
      // "thỏa thuận được X và Y ký": the agents sit between "được" and the verb
      for (int p = limit - 1; p >= 0 && p >= limit - 5 && by < 0; p--) {
        by = s.is(p, "duoc") ? p + 1 : -1;
      }
      // "tuyên bố chung được lãnh đạo Triều Tiên Kim Jong-un và ... ký": named agents at length
      int clause = Signings.clauseStart(s, limit);
      for (int p = limit - 1; p >= clause && p >= limit - Signings.AGENT_REACH && by < 0; p--) {
        by = Signings.agentBy(s, p) ? p + 1 : -1;
      }
      if (candidates.get(i).from() < by) {
        return;
      }
    }
    chain.add(candidates.get(i));
    for (int j = i - 1; j >= 0 && chain.size() <= MAX_CHAIN; j--) {
      Candidate c = candidates.get(j);
      Candidate next = chain.get(chain.size() - 1);
      if (sameSpan(c, next)) {
        chain.add(c); // "Công an 3 tỉnh nói trên": one body of each place referred back to
        continue;
      }
      if (opensSentence(c.from()) && colonBetween(c.to(), next.from())) {
        // "Quảng Ninh: LĐLĐ tỉnh ký kết ...": a place that opens the sentence before a colon is
        // the story's dateline (a body there its speaker), neither a second subject nor the first
        // part of the name; a colon after a list's noun opens the list ("Liên danh Nhà thầu, gồm:")
        break;
      }
      if (AddressTails.closes(s, c)) {
        break; // "tại phường Bình Tân, TP.HCM, Công đoàn Công ty X và ... đã ký": the place's
      }
      if (dateline(c, next)) {
        break; // "LONG AN - Công đoàn các khu công nghiệp tỉnh Long An và Bệnh viện X vừa ký"
      }
      if (c.to() == next.from() && !s.has(next.from(), Syllables.DASH | Syllables.COMMA)) {
        // "Bộ Quốc phòng | Qatar", "Ban cán sự đảng | Chính phủ": one name read as two, the body
        // and its state or parent body
        chain.set(chain.size() - 1, whole(c, next));
        continue;
      }
      // "X (KBC), chủ đầu tư hạ tầng KCN, và Y đã ký": a side's apposition before the link
      int described = apposedBefore(next.from(), signing.sentence());
      if (described >= 0 && c.from() >= described) {
        continue; // "của Tập đoàn B" inside the description of the side before it signs nothing
      }
      boolean apposed = described >= 0 && lastBefore(described) == j;
      if (s.sentence[c.from()] != signing.sentence()
          || c.from() < by
          || !(apposed
              || gaps.gapOk(c.to(), next.from(), LINK_GAP, signing.sentence())
              || gaps.pluralBetween(c.to(), next.from())
              || classMember(c, next)
              || gaps.appositiveLink(c.to(), next.from()))) {
        break;
      }
      if (stops.objectBeforeComma(c, next, j)) {
        break; // "sự cố vận hành với YouTube, Công ty ... cho biết vừa ký": another verb's object
      }
      if (stops.commaBetween(c.to(), next.from()) && stops.describesNoun(j)) {
        break; // "Cũng tại hội nghị thượng đỉnh Mỹ - Triều, Hãng Bamboo Airways cũng ký"
      }
      if (stops.commaBetween(c.to(), next.from()) && stops.attributed(c, next)) {
        break; // "Theo một lãnh đạo Bộ Giao thông, Cục Hàng không vừa ký": the news's source
      }
      if (stops.commaBetween(c.to(), next.from()) && stops.inOccasion(c)) {
        break; // "Trong buổi làm việc của Bộ trưởng A với Bộ trưởng B, X và Y đã ký"
      }
      if (stops.inWatchersTitle(c)) {
        break; // "trước sự chứng kiến của Thủ tướng Chính phủ A và Thủ tướng B, X và Y đã ký"
      }
      if (stops.commaBetween(c.to(), next.from()) && stops.inWatchersList(c)) {
        break; // "Trước sự chứng kiến của lãnh đạo các nước Mỹ, Pháp và Đức, X và Y đã ký"
      }
      chain.add(c);
    }
    // "X thuộc Y", "đại diện của Y": Y only describes X.
    for (int j = chain.size() - 1; j >= 0; j--) {
      Candidate c = chain.get(j);
      if (deputyOf(s, c.from())) {
        chain.remove(j); // "ông A, Giám đốc Bệnh viện X, Đại biểu Quốc hội và ông B ... ký"
        continue;
      }
      if (words.get("modifier").endingAt(s, c.from(), 2) > 0) {
        chain.remove(j);
        Candidate next = j > 0 ? chain.get(j - 1) : null;
        if (next != null
            && !next.named()
            && next.from() == c.to()
            && s.has(next.from(), Syllables.COMMA)) {
          chain.remove(j - 1); // "tại trụ sở Tập đoàn FPT, Hà Nội, ...": where that body is
          j--;
        }
      }
    }
    for (int j = chain.size() - 1; j >= 0; j--) {
      out.add(chain.get(j));
    }
  }

  /**
   * Whether the body at {@code from} follows "đại biểu" of a signer's title ("Đại biểu Quốc hội
   * khóa XV", a deputy): the assembly the signer sits in, not a body that signs. Not a delegation
   * ("đoàn đại biểu tỉnh An Giang"), which stands for the place after it.
   */
  private static boolean deputyOf(Syllables s, int from) {
    return from >= 2
        && "đại".equalsIgnoreCase(s.original(from - 2))
        && "biểu".equalsIgnoreCase(s.original(from - 1))
        && s.sentence[from - 2] == s.sentence[from]
        && (from < 3 || !"đoàn".equalsIgnoreCase(s.original(from - 3)));
  }

  /**
   * The end of a class of bodies joined to the subject right at p, before {@code limit}: "và" or
   * "cùng" ("class-link"), a quantifier ("các", "nhiều", "một số") or a count of two to {@link
   * CountedParties#MAX_COUNT}, and a class noun ("đơn vị", "doanh nghiệp", "đại lý"): "và các đơn
   * vị liên quan vừa ký kết" (vietnews-train-098075), "và các tổ chức, doanh nghiệp đã ký biên bản
   * ghi nhớ" (vietnews-train-100258), "và 5 đại lý bất động sản đã chính thức ký kết"; else -1.
   */
  private int classSide(int p, int limit) {
    Phrases.Phrase link = p < limit ? words.get("class-link").at(s, p) : null;
    int q = link == null ? -1 : p + link.length();
    int union = q < 0 || q >= limit ? -1 : companyUnion(q, limit);
    if (union > 0) {
      return union;
    }
    Phrases.Phrase level = q < 0 ? null : words.get("count-level").at(s, q);
    if (level != null && q + level.length() < limit && quantified(q + level.length()) > 0) {
      q += level.length(); // "và Trung ương 4 tổ chức chính trị - xã hội": the class's level
    }
    if (q < 0 || q >= limit || s.has(q, Syllables.COMMA | Syllables.BREAK)) {
      return -1;
    }
    int plural = gaps.pluralMember(q, limit);
    if (plural > 0) {
      return plural; // "và UBND các huyện, thành phố tổ chức ký kết": no one body of a name
    }
    if (s.has(q, Syllables.UPPER)) {
      return -1;
    }
    Phrases.Phrase employer = words.get("employer-side").at(s, q);
    if (employer != null) {
      // "Công đoàn Công ty X và người sử dụng lao động đã ký kết": the union's company
      // (EmployerSide), the other side of a collective agreement
      return q + employer.length() <= limit ? q + employer.length() : -1;
    }
    // "cùng liên danh nhà thầu của Pháp": an unnamed consortium, its class noun with or without a
    // quantifier; "và một công ty đối tác", "và một trong bốn công ty": one body of the class
    Phrases.Phrase consortium = words.get("class-consortium").at(s, q);
    if (consortium != null) {
      q += consortium.length();
    }
    if (q >= limit) {
      return -1;
    }
    int counter = quantified(q);
    Phrases.Phrase one = counter < 0 ? words.get("class-one").at(s, q) : null;
    if (counter > q) {
      q = counter;
    } else if (one != null) {
      q += one.length();
      q = Math.max(q, quantified(q));
    } else if (consortium == null) {
      return -1;
    }
    Phrases.Phrase noun = q < limit ? words.get("class-noun").at(s, q) : null;
    if (noun == null || s.has(q, Syllables.COMMA | Syllables.BREAK | Syllables.UPPER)) {
      return -1;
    }
    return q + noun.length() <= limit ? q + noun.length() : -1;
  }

  /**
   * The end of a company's union written by its level at syllable q, maybe with the company as a
   * common noun after it, when nothing named follows before {@code limit}: "Công ty TNHH X và |
   * Công đoàn cơ sở công ty | đã ký" ({@link CompanyUnion} names it); else -1.
   */
  private int companyUnion(int q, int limit) {
    if (s.has(q, Syllables.COMMA | Syllables.BREAK)) {
      return -1;
    }
    Phrases.Phrase level = words.get("company-union").at(s, q);
    int end = level == null ? -1 : q + level.length();
    Phrases.Phrase its = end < 0 || end >= limit ? null : words.get("its-company").at(s, end);
    end = its == null ? end : end + its.length();
    boolean named = end > 0 && end < limit && s.has(end, Syllables.UPPER);
    return end > 0 && end <= limit && !named ? end : -1;
  }

  /** The end of a quantifier ("các") or a count ("5", "bốn") at syllable q, else -1. */
  private int quantified(int q) {
    Phrases.Phrase quantifier = words.get("class-quantifier").at(s, q);
    if (quantifier != null) {
      return q + quantifier.length();
    }
    return counted(q) ? q + 1 : -1;
  }

  /** Whether syllable q is a count of two to {@link CountedParties#MAX_COUNT} ("5", "hai"). */
  private boolean counted(int q) {
    int n = words.count(s, q);
    return n >= 2 && n <= CountedParties.MAX_COUNT;
  }

  /**
   * Whether {@code member}, a named body, is the first member of a class joined to {@code body}
   * ({@link ListGaps#classLink}): "Tập đoàn X cùng các đối tác | Công ty Y, Công ty Z đã ký". A
   * place or a state there says where the class is ("và các đối tác đến từ Phần Lan").
   */
  private boolean classMember(Candidate body, Candidate member) {
    return member.named() && !member.place() && gaps.classLink(body.to(), member.from());
  }

  /** The first two bodies of the sentence joined as one list ("X và Y"), if any. */
  void pair(int[] range, List<Candidate> out) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      Candidate a = candidates.get(i);
      Candidate b = candidates.get(i + 1);
      if (a.from() >= range[0]
          && b.to() <= range[1]
          && b.from() > a.to()
          && s.is(a.to(), "va")
          && gaps.gapOk(a.to(), b.from(), LINK_GAP, s.sentence[a.from()])) {
        out.add(a);
        out.add(b);
        return;
      }
    }
  }

  /** The bodies listed from syllable p on: "giữa X và Y", "với X, Y". */
  void forward(int p, List<Candidate> out) {
    int i = 0;
    while (i < candidates.size() && candidates.get(i).from() < p) {
      i++;
    }
    if (i == candidates.size()) {
      return;
    }
    if (!gaps.gapOk(p, candidates.get(i).from(), LINK_GAP, s.sentence[p])) {
      // "với một loạt cơ quan, tổ chức có liên quan như X, Y": the bodies after the example word
      int q = gaps.afterExample(p, candidates.get(i).from());
      q = q < 0 ? gaps.afterAppositive(p, candidates.get(i).from()) : q;
      q = q < 0 ? gaps.afterRoleNoun(p, candidates.get(i).from()) : q;
      if (q < 0 || !gaps.gapOk(q, candidates.get(i).from(), LINK_GAP, s.sentence[p])) {
        readAfterUnread(p, i, out);
        return;
      }
    }
    Candidate prev = candidates.get(i);
    out.add(prev);
    int added = 1;
    boolean closed = false; // whether "và" joined a body read
    boolean last = false; // whether "và" joined the last body read
    int cut = -1; // where a comma first joined a body after "và"
    for (int j = i + 1; j < candidates.size() && added <= MAX_CHAIN; j++) {
      Candidate c = candidates.get(j);
      if (sameSpan(c, prev)) {
        out.add(c); // "Ủy ban nhân dân 3 tỉnh vừa nêu": one body of each place referred back to
        prev = c;
        continue;
      }
      if (c.from() == prev.to() && !s.has(c.from(), Syllables.DASH | Syllables.COMMA)) {
        // the tail of the name before: "Ban cán sự đảng | Chính phủ"
        Candidate whole = whole(prev, c);
        if (!out.isEmpty() && out.get(out.size() - 1) == prev) {
          out.set(out.size() - 1, whole);
        }
        prev = whole;
        continue;
      }
      if (describedAfter(prev.to(), c.from(), s.sentence[p])) {
        // "giữa Công ty X (XYZ), đơn vị thành viên của Tổng Công ty Y và Liên đoàn Z": Y only
        // describes X, and the list goes on from it
        prev = c;
        continue;
      }
      if (andThen(prev.to(), c.from())) {
        break; // "với Hiệp hội X | và thăm quan Tập đoàn Y": the visit's object, no side
      }
      boolean unnamed = gaps.unnamedUnitOf(prev.to(), c.from());
      if (!unnamed
          && !gaps.pluralBetween(prev.to(), c.from())
          && (!gaps.gapOk(prev.to(), c.from(), LINK_GAP, s.sentence[p])
              || !gaps.linked(prev.to(), c.from()))) {
        break; // "với đối tác Delori xuất khẩu Pedia Plus": a verb and its object, no list
      }
      boolean and = joined(prev.to(), c.from());
      if (closed && !and && cut < 0) {
        cut = out.size(); // a comma after "và": the list goes on only if "và" closes it again
      }
      closed |= and;
      last = and;
      added++;
      if (unnamed || words.get("modifier").endingAt(s, c.from(), 2) == 0) {
        out.add(c);
      }
      prev = c;
    }
    if (cut >= 0 && !last) {
      // "giữa Quỹ ... và BIDV, LĐLĐ tỉnh Hà Tĩnh chịu trách nhiệm" (a probe): "và" joined the
      // list's last body and another clause begins after the comma; "giữa A và B, C và D" (the
      // second side's own list, vietnews-train-072418) is closed by "và" again
      out.subList(cut, out.size()).clear();
    }
  }

  /**
   * Whether an apposition that a comma opens after the side ending at {@code from} (past its
   * bracketed short name) runs to the body at {@code to}: a noun of a body's role in lower case
   * ({@code apposition}: "đơn vị thành viên của", "công ty con của") and no word that ends a body's
   * part, as {@link #opensApposition} reads the subject's.
   */
  private boolean describedAfter(int from, int to, int sentence) {
    int open = from;
    while (open < to && s.has(open, Syllables.PAREN)) {
      open++; // "(XYZ)"
    }
    if (open >= to
        || to - open > APPOSITION_WORDS
        || !s.has(open, Syllables.COMMA)
        || s.has(open, Syllables.UPPER)
        || s.sentence[open] != sentence
        || s.sentence[to] != sentence) {
      return false;
    }
    Phrases.Phrase noun = words.get("apposition").at(s, open);
    if (noun == null) {
      return false;
    }
    for (int j = open + noun.length(); j < to; j++) {
      if (words.get("break").at(s, j) != null
          || s.has(j, Syllables.COMMA | Syllables.BREAK | Syllables.DASH)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the body c ends with the bracket after it that writes its initials: "Ngân hàng Chính sách
   * xã hội (NHCSXH) và Trung ương 4 tổ chức chính trị - xã hội đã ký" (a probe); else its end. A
   * bracket that is another body's short name ("Công ty ... đô thị và khu công nghiệp T&T (T&T
   * Land)", vietnews-train-064519, read as two names) is not passed.
   */
  private int pastShortName(Candidate c, int limit) {
    int close = c.to();
    while (close < limit && s.has(close, Syllables.PAREN)) {
      close++;
    }
    boolean initials =
        close > c.to()
            && AliasMiner.initialsMatch(s.original(c.from(), c.to()), s.original(c.to(), close));
    return initials || close == c.to() + 1 && abbreviation(s.original(c.to())) ? close : c.to();
  }

  /**
   * Whether one bracketed syllable is a short name written in capitals, two letters or more, that
   * need not be the name's initials: "Tổng công ty Cảng hàng không Việt Nam (ACV) cùng liên danh
   * các nhà thầu ... đã ký kết" (vietnews-train-091437), an English abbreviation.
   */
  private static boolean abbreviation(String written) {
    String letters = written.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  /** Whether "và" joins the two bodies that syllables [from, to) part. */
  private boolean joined(int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.is(k, "va")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The read bodies of a list from syllable p whose first name the gazetteer cannot read, when they
   * are two or more and a comma parts them from that name: "giữa Cảnh sát liên bang Úc (AFP), Bộ
   * Nhập cư và bảo vệ biên giới Úc và Bộ Công an Trung Quốc" (vietnews-test-005697) → the two
   * ministries. The name starts with a capital and ends with one or a bracket, with no link, comma,
   * number or word that ends the clause's part in it; a state read inside it ("Úc") is its own.
   */
  private void readAfterUnread(int p, int i, List<Candidate> out) {
    if (!s.has(p, Syllables.UPPER)) {
      return;
    }
    for (int k = p + 1; k < s.size && k <= p + UNREAD_WORDS; k++) {
      if (s.sentence[k] == s.sentence[p] && s.has(k, Syllables.COMMA)) {
        if (at(k) != null && s.has(k - 1, Syllables.UPPER | Syllables.PAREN)) {
          List<Candidate> read = new ArrayList<>();
          forward(k, read);
          if (read.size() >= 2) {
            out.addAll(read);
          }
        }
        return;
      }
      if (s.sentence[k] != s.sentence[p]
          || s.has(k, Syllables.DASH)
          || (s.has(k, Syllables.BREAK) && !s.has(k, Syllables.PAREN))
          || words.get("break").at(s, k) != null
          || words.get("link").at(s, k) != null
          || s.number(k) >= 0) {
        return;
      }
    }
  }

  /** Syllables of a list's first name the gazetteer cannot read ({@link #readAfterUnread}). */
  private static final int UNREAD_WORDS = 10;

  /**
   * Two names read back to back as one body: the body and its parent ("Ban cán sự đảng | Chính
   * phủ"), or a standing organ and its body, which signs as the body ("Ban Thường trực | Ủy ban
   * MTTQ Việt Nam tỉnh An Giang" → Ủy ban Mặt trận Tổ quốc tỉnh An Giang). A body's short name
   * right after its full name restates it ("Công ty cổ phần Xe khách Phương Trang FUTA Bus Lines",
   * "Tập đoàn Điện lực Việt Nam EVN"): the one body, not its name twice.
   */
  private Candidate whole(Candidate first, Candidate parent) {
    if (parent.named()
        && VietnameseAnalysis.foldKey(parent.name())
            .equals(VietnameseAnalysis.foldKey(first.name()))) {
      return new Candidate(first.from(), parent.to(), first.name(), first.named(), first.place());
    }
    Phrases.Phrase organ = words.get("standing-organ").at(s, first.from());
    if (organ != null && first.from() + organ.length() == first.to() && parent.named()) {
      return new Candidate(first.from(), parent.to(), parent.name(), true);
    }
    return first.joined(parent);
  }

  private boolean opensSentence(int k) {
    return k == 0 || s.sentence[k - 1] != s.sentence[k];
  }

  /**
   * Whether {@code c} is the story's dateline before {@code next}: a place written in capitals that
   * opens the sentence, then a dash and a body ("LONG AN - Công đoàn ...", "BÌNH DƯƠNG - Ban Thường
   * vụ ..."); two places joined by a dash are two sides ("Việt Nam - Lào ký"). A wire service's
   * dateline in any case, its day or agency before the dash ({@link WireDatelines}: "Hà Nội,
   * 25/2/2022 (TTXVN) - Tổ chức Lao động Quốc tế (ILO), Bộ ... hôm nay đã ký"; a city abroad read
   * as its state: "Seoul, 16/8 (TTXVN) - Bộ ... và Bộ ... Hàn Quốc ... đã ký"), is one too, and so
   * is a place in any case right before its own people's committee ("Hải Phòng - UBND thành phố Hải
   * Phòng và Tập đoàn LG ... đã trao"): one side is not written twice.
   */
  private boolean dateline(Candidate c, Candidate next) {
    // a city abroad is read as its state ("Seoul, 16/8 (TTXVN) - ...": Hàn Quốc)
    boolean state = !c.named() && ClauseWords.INSTANCE.isState(c.name());
    if (!(c.place() || state) || next.place() || !opensSentence(c.from()) || c.to() >= s.size) {
      return false;
    }
    int wire = WireDatelines.after(s, c.to());
    if (wire >= 0 && wire <= next.from()) {
      return true;
    }
    if (!c.place() || !s.has(c.to(), Syllables.DASH)) {
      return false;
    }
    Phrases.Phrase day = SigningPlaces.WORDS.get("day").at(s, c.to());
    if (day != null && c.to() + 1 < s.size && s.number(c.to() + 1) >= 0) {
      return true; // "Lào Cai - Ngày 4/10, Sở LĐ-TB&XH tỉnh Lào Cai và ...": a paper's dateline
    }
    if (c.to() == next.from() && committeeOf(next.name(), c.name())) {
      return true; // "Hải Phòng - UBND thành phố Hải Phòng và Tập đoàn LG": the city's own side
    }
    String written = s.original(c.from(), c.to());
    boolean marked = !written.chars().allMatch(ch -> ch < 128);
    return (marked || c.to() - c.from() > 1)
        && written.equals(written.toUpperCase(java.util.Locale.ROOT));
  }

  /** What a province's people's committee is named before the province's own name. */
  private static final String COMMITTEE = "Ủy ban nhân dân ";

  /**
   * Whether {@code body} is the people's committee of the province or city {@code place} names ("Ủy
   * ban nhân dân thành phố Hải Phòng" of "Hải Phòng", "Ủy ban nhân dân tỉnh Điện Biên" of "tỉnh
   * Điện Biên").
   */
  private static boolean committeeOf(String body, String place) {
    if (!body.startsWith(COMMITTEE)) {
      return false;
    }
    String rest = body.substring(COMMITTEE.length());
    return rest.equalsIgnoreCase(place) || rest.equalsIgnoreCase("thành phố " + place);
  }

  /** Whether "giữa" follows the verb at {@code verb} in its sentence: the sides come after it. */
  private boolean sidesAfter(int verb) {
    for (int k = verb + 1; k < s.size && k <= verb + SIDES_REACH; k++) {
      if (s.sentence[k] != s.sentence[verb]) {
        return false;
      }
      if (s.is(k, "giua")) {
        return true;
      }
    }
    return false;
  }

  /** Syllables from the verb to "giữa": "Ký kết quy chế phối hợp giữa". */
  private static final int SIDES_REACH = 10;

  /**
   * Whether a colon stands before one of the syllables (from, to]: between two bodies. Not one in
   * brackets: "Công ty cổ phần Đầu tư Nam Long (HoSE: NLG) và Hankyu Hanshin Properties", a stock
   * ticker's exchange, is the first body's.
   */
  private boolean colonBetween(int from, int to) {
    for (int k = Math.max(from, 1); k <= to && k < s.size; k++) {
      if (s.has(k, Syllables.BREAK) && !s.has(k, Syllables.PAREN) && s.charBefore(k, ':')) {
        return true;
      }
    }
    return false;
  }

  /** Whether the comma before syllable p parts two bodies of a list: one ends there, one starts. */
  boolean listComma(int p) {
    return listComma(candidates, p);
  }

  /** {@link #listComma(int)} over {@code candidates}, ordered by where they start. */
  static boolean listComma(List<Candidate> candidates, int p) {
    boolean ends = false;
    for (Candidate c : candidates) {
      if (c.from() == p) {
        return ends;
      }
      if (c.from() > p) {
        return false;
      }
      ends |= c.to() == p;
    }
    return false;
  }

  /** The candidate that starts at syllable p, or null. */
  Candidate at(int p) {
    return at(candidates, p);
  }

  /**
   * Whether two named bodies share one span: the bodies of the places a count refers back to ("Ủy
   * ban nhân dân 3 tỉnh vừa nêu", {@link PlaceLists}), one mention for them all.
   */
  private static boolean sameSpan(Candidate a, Candidate b) {
    return a.from() == b.from() && a.to() == b.to() && a.named() && b.named();
  }

  /** {@link #at(int)} over {@code candidates}, ordered by where they start. */
  static Candidate at(List<Candidate> candidates, int p) {
    for (Candidate c : candidates) {
      if (c.from() == p) {
        return c;
      }
      if (c.from() > p) {
        break;
      }
    }
    return null;
  }

  /** Whether "và" and a verb that ends a list of sides ("and-then") stand in [from, to). */
  private boolean andThen(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (s.is(k, "va") && words.get("and-then").at(s, k + 1) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the subject's predicate starts when it hosts an event and then signs: "Công ty TNHH X |
   * tổ chức hội nghị thương lượng và | ký kết thỏa ước lao động tập thể" (the {@code host} words
   * but "cùng", the event, "và" right before the verb); else {@code limit}.
   */
  private int hostedBefore(int limit, int sentence) {
    int link = limit - 1;
    if (link <= 0 || !s.is(link, "va") || s.has(link, Syllables.COMMA | Syllables.BREAK)) {
      return limit;
    }
    int reach = EVENT_WORDS;
    for (int k = link - 1; k > 0 && k >= link - reach; k--) {
      if (s.sentence[k] != sentence
          || s.has(k + 1, Syllables.BREAK)
          || (s.has(k + 1, Syllables.COMMA) && !listedActivity(k + 1, link))) {
        return limit;
      }
      reach += eventTime(k); // "hội nghị tổng kết quy chế phối hợp giai đoạn 2020 - 2024 và"
      Phrases.Phrase host = words.get("host").at(s, k);
      if (host != null && !s.is(k, "cung") && k + host.length() < link) {
        return k;
      }
    }
    return limit;
  }

  /**
   * How many syllables at k the event's reach does not count: a number ("2019", "5"), and a word of
   * time right before one ("giai đoạn", "năm", "nhiệm kỳ": {@code event-time} in
   * signing-words.tsv): the event's period is no part of its length. Else 0.
   */
  private int eventTime(int k) {
    if (s.number(k) >= 0) {
      return 1;
    }
    for (int from = Math.max(0, k - 1); from <= k; from++) {
      Phrases.Phrase time = words.get("event-time").at(s, from);
      int end = time == null ? -1 : from + time.length();
      if (end > k && end < s.size && s.number(end) >= 0) {
        return 1; // a syllable of the word of time right before the number
      }
    }
    return 0;
  }

  /**
   * Whether the comma before {@code at} parts two activities the hosted event lists ("hội nghị gặp
   * gỡ, trao đổi và ký kết"): up to the next comma or the event's "và" at {@code link}, at most
   * {@link #ACTIVITY_WORDS} syllables, all in lower case.
   */
  private boolean listedActivity(int at, int link) {
    int end = at;
    while (end < link && (end == at || !s.has(end, Syllables.COMMA))) {
      if (s.has(end, Syllables.UPPER | Syllables.BREAK | Syllables.PAREN)) {
        return false;
      }
      end++;
    }
    return end - at <= ACTIVITY_WORDS;
  }

  /**
   * Where the subject ends when an apposition stands between it and the verb, opened and closed by
   * the same mark (a comma or a dash) and opened by a noun that describes a body (`apposition` in
   * party-words.tsv): "Công ty TNHH Hàng Không Tre Việt (Bamboo Airways), thành viên của Tập đoàn
   * FLC, đã ký kết ..." → before ", thành viên"; "Global Ferronickel, một trong những công ty khai
   * thác niken lớn nhất của Philippines, đã ký hợp đồng với ..."; else {@code limit}. The body in
   * the apposition only describes the subject; it does not sign. A day between the closing mark and
   * the verb does not count towards its reach ("Công ty Mua bán điện (EPTC), đơn vị trực thuộc Tập
   * đoàn Điện lực Việt Nam (EVN), ngày 26/2/2021 đã ký hợp đồng", heldout-8). A dash may also open
   * one that the verb's clause closes ({@link #pastOpenDash}).
   */
  private int pastApposition(int limit, int sentence) {
    int closed = pastClosedApposition(limit, sentence);
    int dashed = closed < limit ? closed : pastOpenDash(limit, sentence);
    return dashed < limit ? dashed : pastOpen(limit, sentence, Syllables.COMMA);
  }

  /**
   * Where an aside that a dash opens and the verb's clause closes begins, when it is an apposition
   * ({@link #opensApposition}): "Công ty Hùng Thanh - chủ đầu tư chung cư Carina đã ký", "Bosch tại
   * Việt Nam - nhà cung cấp công nghệ, dịch vụ hàng đầu thế giới ký"; else the limit. The dash is
   * the last one before the verb, within {@link #APPOSITION_WORDS}, and nothing that breaks a
   * clause stands between.
   */
  private int pastOpenDash(int limit, int sentence) {
    return pastOpen(limit, sentence, Syllables.DASH);
  }

  /**
   * As {@link #pastOpenDash}, the aside opened by {@code mark}: a comma too, "Pacific Trading Joint
   * Stock Company, nhà phân phối thiết bị y tế lớn tại miền Trung đã ký hợp đồng ... với Medtronic
   * Inc", where the clause's verb closes what the comma opened.
   */
  private int pastOpen(int limit, int sentence, int mark) {
    for (int open = limit - 1; open > 0 && open > limit - APPOSITION_WORDS; open--) {
      if (s.sentence[open] != sentence || s.has(open, Syllables.BREAK)) {
        return limit;
      }
      if (s.has(open, mark)) {
        return opensApposition(open, limit, sentence) ? open : limit;
      }
    }
    return limit;
  }

  private int pastClosedApposition(int limit, int sentence) {
    int reach = CLOSE_REACH;
    for (int close = limit - 1; close > 0 && close >= limit - reach; close--) {
      if (s.sentence[close] != sentence || words.get("break").at(s, close) != null) {
        return limit;
      }
      if (s.number(close) >= 0 || words.get("date-opener").at(s, close) != null) {
        reach++; // ", ngày 26/2/2021 đã ký": the day the predicate opens with is no subject
      }
      if (s.has(close, Syllables.COMMA | Syllables.DASH)
          && words.get("class-link").at(s, close) != null) {
        return limit; // ", và Amkor Technology đã ký": a side joins the list after it
      }
      if (s.has(close, Syllables.COMMA | Syllables.DASH)) {
        int mark = s.has(close, Syllables.DASH) ? Syllables.DASH : Syllables.COMMA;
        int open = close - 1;
        while (open > 0 && open > close - APPOSITION_WORDS && !s.has(open, mark)) {
          open--;
        }
        return s.has(open, mark) && opensApposition(open, close, sentence) ? open : limit;
      }
    }
    return limit;
  }

  /**
   * Where an apposition starts that a comma closes right before the link ("và", "cùng", "cùng với":
   * {@code class-link}) in front of syllable p, when it describes the body right before it ({@link
   * #opensApposition}): "Tổng công ty Phát triển Đô thị Kinh Bắc – CTCP (KBC), | chủ đầu tư hạ tầng
   * KCN, và | Amkor Technology đã ký" (probe p28-038); else -1. The description is no list item and
   * a body named in it ("đơn vị phân phối của Tập đoàn B") is no side.
   */
  private int apposedBefore(int p, int sentence) {
    int link = words.get("class-link").endingAt(s, p, 2);
    int close = p - link;
    if (link == 0
        || close <= 0
        || !s.has(close, Syllables.COMMA)
        || s.sentence[close] != sentence) {
      return -1;
    }
    for (int open = close - 1; open > 0 && open > close - APPOSITION_WORDS; open--) {
      if (s.has(open, Syllables.COMMA)) {
        return opensApposition(open, close, sentence) ? open : -1; // "(KBC), chủ đầu tư"
      }
      if (s.sentence[open] != sentence || s.has(open, Syllables.BREAK | Syllables.DASH)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether [open, close) is an apposition: "là"/"một (trong những)" maybe, then a noun of a body's
   * role in lower case, no word that ends a body's part after it, and a body right before.
   */
  private boolean opensApposition(int open, int close, int sentence) {
    int k = open;
    if (s.sentence[k] != sentence || s.has(k, Syllables.UPPER)) {
      return false;
    }
    if ("là".equals(s.original(k))) {
      k++;
    }
    if ("một".equals(s.original(k))) {
      k++;
      if (s.is(k, "trong") && s.is(k + 1, "nhung")) {
        k += 2;
      }
    }
    Phrases.Phrase noun = k < close ? words.get("apposition").at(s, k) : null;
    if (noun == null) {
      return false;
    }
    for (int j = k + noun.length(); j < close; j++) {
      if (s.sentence[j] != sentence || words.get("break").at(s, j) != null) {
        return false;
      }
    }
    int i = lastBefore(open);
    return i >= 0 && gaps.gapOk(candidates.get(i).to(), open, 0, sentence);
  }

  private int lastBefore(int limit) {
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (candidates.get(i).to() <= limit) {
        return i;
      }
    }
    return -1;
  }
}
