package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parties of the other documents signed at the event the article reports: "Ngày 12/6, Tập đoàn
 * Trường Tiền đã chính thức ký kết hợp tác với công ty Bảo tín Đại An. Đồng thời tại buổi lễ cũng
 * có sự ký kết giữa công ty Đại An với công ty Bảo hiểm UIC và ...". A later news signing joins the
 * event when its sentence says so before the verb (the "same-event" words of signing-words.tsv) and
 * follows the event's last signing closely; documents of other events (background, plans, an
 * unrelated example) never reach {@link SigningChoice}'s news signings, or lack the words.
 */
final class SameEventSignings {
  /** At most this many sentences from the event's last signing: the same or the next paragraph. */
  private static final int REACH = 2;

  /**
   * At most this many sentences from the event's last signing for a signing of a session of several
   * documents: "... chứng kiến lễ ký kết các văn kiện hợp tác giữa hai nước." in the lead, a
   * sentence of the talks, "5 văn kiện đã được ký.", then each document with its sides.
   */
  private static final int SEVERAL_REACH = 3;

  /** At most this many parties for a session of several documents, each told with its sides. */
  private static final int SEVERAL_MAX = 12;

  /** The smallest number read as a year after "năm". */
  private static final int YEAR_MIN = 1900;

  /** The longest same-event phrase that ends in the verb ("cũng có sự ký"). */
  private static final int VERB_CUE = 4;

  private SameEventSignings() {}

  /**
   * The chosen signing's parties, then those of the news signings at its event, in text order and
   * without repeats, at most {@code max} in all.
   *
   * @param reported the news signings, in text order
   * @param partiesOf each one's clause parties
   * @param listing the signings whose clause lists several documents with their sides ({@link
   *     DocumentLists})
   * @param several whether a signing's sentence counts several documents ({@link
   *     DocumentLists#several})
   */
  static List<String> add(
      Syllables s,
      List<Signings.Signing> reported,
      List<List<String>> partiesOf,
      Signings.Signing chosen,
      List<String> parties,
      java.util.Set<Signings.Signing> listing,
      java.util.function.Predicate<Signings.Signing> several,
      int max) {
    if (parties.isEmpty()) {
      return parties;
    }
    Phrases cue = ClauseWords.INSTANCE.get("same-event");
    Phrases namedCue = ClauseWords.INSTANCE.get("same-event-named");
    String text = new String(s.text, 0, s.length).toLowerCase(Locale.ROOT);
    List<String> start = new ArrayList<>(earlier(s, reported, partiesOf, chosen, cue, namedCue));
    parties.stream().filter(p -> !named(text, start, p)).forEach(start::add);
    if (start.size() > max) {
      return parties;
    }
    List<String> out = start;
    int last = chosen.sentence();
    // "chứng kiến lễ ký kết các văn kiện hợp tác giữa hai nước", then each document told with its
    // own sides in the next sentences: the bodies that sign them are the event's parties (only
    // where the chosen parties are states: a company's "các hợp đồng" is joined by cues alone)
    boolean session = several.test(chosen);
    boolean states = parties.stream().allMatch(ClauseWords.INSTANCE::isState);
    // "X đã ký ba văn bản với các đối tác, gồm:" and then one document a line, each with its
    // sides: the event's documents, listed after its colon
    boolean itemised = StoryTense.endsWithColon(s, chosen.sentence());
    int documents = 0; // the session's documents told with bodies of their own
    List<String> governments = new ArrayList<>(); // the parties only the session adds
    for (int i = 0; i < reported.size(); i++) {
      Signings.Signing g = reported.get(i);
      List<String> found = partiesOf.get(i);
      if (g.verb() <= chosen.verb() || found.isEmpty()) {
        continue;
      }
      boolean near = g.sentence() - last <= REACH;
      // in the chosen signing's own sentence, only the words after its verb: "...; đồng thời, X
      // cũng ký kết hợp tác cùng Y"
      int from = Signings.sentence(s, g.verb())[0];
      from = g.sentence() == chosen.sentence() ? Math.max(from, chosen.verb() + 1) : from;
      // "... ký kết hàng loạt văn bản hợp tác, như ...; ... giữa X và Y": the event told again,
      // with
      // the sides of each document it lists
      boolean listed = listing.contains(g) && found.stream().anyMatch(out::contains);
      // "Cũng tại hội nghị thượng đỉnh Mỹ - Triều, Hãng ... cũng ký": the event named, however far
      Phrases joining = near ? cue : namedCue;
      boolean joins = cued(s, joining, from, g) || nextClause(s, g, last, found, from);
      joins |= itemised && near && found.size() >= 2 && found.stream().anyMatch(out::contains);
      boolean bodies = found.stream().anyMatch(p -> !ClauseWords.INSTANCE.isState(p));
      boolean document = session && states && bodies && sessionDocument(s, g, found, last, from);
      if (joins || listed || document) {
        last = g.sentence();
        List<String> more = new ArrayList<>(out);
        found.stream().filter(p -> !named(text, more, p)).forEach(more::add);
        if (more.size() > (session ? Math.max(max, SEVERAL_MAX) : max)) {
          break; // a list of attendees, not of signers
        }
        // a list of documents, each with its sides, counts as two
        documents += !session || !bodies ? 0 : listing.contains(g) ? 2 : 1;
        if (document && !joins && !listed) {
          governments.addAll(found);
        }
        out = more;
      } else if (found.stream().anyMatch(parties::contains)) {
        last = g.sentence(); // the chosen signing told again keeps its event open
      }
    }
    if (session && states && documents >= 2) {
      // "Việt Nam – Lào ký 5 văn kiện hợp tác", then the documents one by one, each with bodies of
      // its own: the states stood for the bodies that sign; one more document ("Rosatom và ... cũng
      // đã ký kết một hợp đồng") is signed besides the states' own
      out = new ArrayList<>(out);
      out.removeAll(parties);
    } else {
      // "ký Tuyên bố chung ... giữa Chính phủ Việt Nam và Australia" after "Việt Nam": one party
      List<String> kept = out;
      out = out.stream().filter(p -> !governments.contains(p) || !governmentOf(p, kept)).toList();
    }
    return List.copyOf(out);
  }

  /**
   * Whether g is one of the documents of a session of several (see {@link DocumentLists#several})
   * told after it with its own two sides: "Ngay sau hội đàm, 5 văn kiện đã được ký. Bộ trưởng Bộ
   * Giáo dục và Đào tạo ... và Bộ trưởng Bộ Giáo dục và Thể thao Lào ... ký Bản ghi nhớ ... Thỏa
   * thuận hợp tác trong lĩnh vực y tế được ký giữa Bộ Y tế Việt Nam và Bộ Y tế Lào." (probe
   * p25-001): close after the event's last signing, and with no day or month of its own.
   */
  private static boolean sessionDocument(
      Syllables s, Signings.Signing g, List<String> found, int last, int from) {
    return g.sentence() - last <= SEVERAL_REACH
        && found.size() >= 2
        && !ownTime(s, from, g.verb())
        && !ownYear(s, from, g.verb());
  }

  /** Whether syllables [from, to) name a year ("năm 2019, X và Y ký ..."): another occasion. */
  private static boolean ownYear(Syllables s, int from, int to) {
    for (int k = Math.max(0, from); k + 1 < to; k++) {
      if (s.is(k, "nam") && s.number(k + 1) >= YEAR_MIN) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties of the event's earlier signing when the chosen one says it is at the same event
   * ("Cũng tại hội nghị này, Hãng Bamboo Airways cũng ký ..." after Vietjet's signing): the nearest
   * news signing before it that names parties; else none.
   */
  private static List<String> earlier(
      Syllables s,
      List<Signings.Signing> reported,
      List<List<String>> partiesOf,
      Signings.Signing chosen,
      Phrases cue,
      Phrases namedCue) {
    int from = Signings.sentence(s, chosen.verb())[0];
    if (!cued(s, cue, from, chosen) && !cued(s, namedCue, from, chosen)) {
      return List.of();
    }
    for (int i = reported.size() - 1; i >= 0; i--) {
      Signings.Signing g = reported.get(i);
      if (g.sentence() < chosen.sentence() && !partiesOf.get(i).isEmpty()) {
        return partiesOf.get(i);
      }
    }
    return List.of();
  }

  /**
   * Whether the words of the clause before the verb say the signing is of the event: a phrase
   * before the verb ("Cùng ngày, ..."), or one that ends in the verb itself ("X và Y cũng đã ký
   * kết", "còn ký"). "Also signed" alone does not say when: with a time of its own before the verb
   * ("Mỹ cuối tháng 9 cũng ký hiệp định ... với Hàn Quốc", "ngày 10/7, X cũng ký") it is another
   * signing, not the event's. A ceremony noun is no further signing ("tại lễ ký kết ... giữa A và
   * B" in a caption tells the same ceremony).
   */
  private static boolean cued(Syllables s, Phrases cue, int from, Signings.Signing g) {
    int verb = g.verb();
    if (cue.find(s, from, verb) >= 0) {
      return true;
    }
    return !g.nominal()
        && cue.endingAt(s, verb + 1, Math.min(VERB_CUE, verb + 1 - from)) > 0
        && !ownTime(s, from, verb);
  }

  /**
   * Whether g's clause goes on from the event's last signing over a semicolon, with its own sides:
   * "Sau hội đàm, Bộ Công Thương và Bộ Thương mại và Công nghiệp Singapore ký Bản ghi nhớ ...; Ngân
   * hàng Nhà nước Việt Nam và Cơ quan Tiền tệ Singapore ký thỏa thuận kết nối thanh toán" (a
   * probe), "Bệnh viện Quân y 108 đã ký thoả thuận hợp tác với Bệnh viện Đại học Juntendo; Học viện
   * Quân y đã ký thoả thuận hợp tác với Đại học Juntendo của Nhật Bản" (vietnews-train-024906). One
   * sentence tells both signings; a time of its own ("; tháng 9, X ký ...") tells another.
   */
  private static boolean nextClause(
      Syllables s, Signings.Signing g, int last, List<String> found, int from) {
    return g.sentence() == last + 1
        && !g.nominal()
        && found.size() >= 2
        && DocumentLists.semicolonBefore(s, from)
        && !ownTime(s, from, g.verb());
  }

  /** Whether syllables [from, to) date something: a day ("ngày 10/7") or a month ("tháng 9"). */
  private static boolean ownTime(Syllables s, int from, int to) {
    if (SigningDates.hasDay(s, from, to)) {
      return true;
    }
    for (int k = Math.max(0, from); k + 1 < to; k++) {
      int month = s.number(k + 1);
      if (s.is(k, "thang") && month >= 1 && month <= 12) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code p} is one of the {@code bodies} already: itself (in any case: "Ngân hàng TMCP
   * Quân Đội"), the same with or without the province's "tỉnh" ("Hiệp hội Doanh nghiệp Quảng Nam"
   * in a caption, "Hiệp hội Doanh nghiệp tỉnh Quảng Nam" in the body), or the short name the
   * article gives one in brackets ("công ty Bảo tín Đại An (công ty Đại An)").
   */
  private static boolean named(String text, List<String> bodies, String p) {
    String bracket = " (" + p.toLowerCase(Locale.ROOT) + ")";
    for (String q : bodies) {
      if (q.equalsIgnoreCase(p)
          || withoutProvinceWord(q).equalsIgnoreCase(withoutProvinceWord(p))
          || text.contains(q.toLowerCase(Locale.ROOT) + bracket)) {
        return true;
      }
    }
    return false;
  }

  /** Whether p is the government of a state the parties name ("Chính phủ Việt Nam"). */
  private static boolean governmentOf(String p, List<String> parties) {
    for (String q : parties) {
      if (ClauseWords.INSTANCE.isState(q) && p.equalsIgnoreCase("Chính phủ " + q)) {
        return true;
      }
    }
    return false;
  }

  /** The name without "tỉnh" or "thành phố" before its province. */
  private static String withoutProvinceWord(String name) {
    return name.replace(" tỉnh ", " ").replace(" thành phố ", " ");
  }
}
