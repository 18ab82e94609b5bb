package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which signings of an article are the news, and which of them names the parties: the signings told
 * as news or in the headline, each with the parties of its clause; the best-named one wins.
 *
 * @param reported the signings that may be the agreement, in text order
 * @param chosen the one whose clause gives the parties (or, with none, the first told as news)
 * @param parties its parties, with those of other documents signed at the same event
 * @param own the parties of the chosen signing's own clause, before the event's other documents
 *     join them ({@link SameEventSignings}): the kind is the chosen document's
 * @param alone sentences where one body signs alone (a caption's signer): read for signatories
 * @param forState whether the chosen signing's one party is a state (or its government) its signer
 *     signs for ("thay mặt nhà nước Việt Nam"): the signer's own ministry is no second side
 */
record SigningChoice(
    List<Signings.Signing> reported,
    Signings.Signing chosen,
    List<String> parties,
    List<String> own,
    Set<Integer> alone,
    boolean forState) {
  /** Notes why signing {@code g} makes no agreement, where {@code skipped} is asked for. */
  private static void note(
      Map<Signings.Signing, String> skipped, Signings.Signing g, String reason) {
    if (skipped != null) {
      skipped.putIfAbsent(g, reason);
    }
  }

  /** At most this many parties: more means a list of attendees, not the parties. */
  private static final int MAX_PARTIES = 6;

  /**
   * How many sentences after a signing of several documents a passive one names one of them with
   * its sides: "Ngay sau hội đàm, 5 văn kiện đã được ký. ... Thỏa thuận hợp tác trong lĩnh vực y tế
   * được ký giữa Bộ Y tế Việt Nam và Bộ Y tế Lào." (probe p25-001).
   */
  private static final int SESSION_REACH = 3;

  /** What a signing told as news adds to its parties' {@link #score}: more than any score. */
  private static final int TOLD = 10;

  /** At most this many signings of an article are read for parties. */
  private static final int MAX_SIGNINGS = 40;

  /** A Vietnamese body named in full: its name, then the country. */
  private static final String VIET_NAM = " Việt Nam";

  /**
   * Whether the article's only signings of a named object are one-sided acts ("ký các sắc lệnh",
   * "ký thông qua luật", "ký cam kết", the {@code not-object} words): where the article names no
   * document of two sides at all ({@link OrganisationMatcher.Scan#triggers}, so not a "Nghị quyết
   * liên tịch" signed as "Ký nghị quyết"), a ceremony told with nothing signed after it ("lễ ký
   * diễn ra sau cánh cửa đóng kín", vietnews-train-058278; "Tham dự lễ ký kết ở Nhà Trắng có cậu bé
   * McLinn", vietnews-train-043979) is that act's, not an agreement's.
   */
  private static boolean oneSidedActOnly(Syllables s, List<Signings.Signing> signings) {
    boolean act = false;
    for (Signings.Signing g : signings) {
      if (g.status() == Signings.Status.NOT) {
        act |= Signings.isVerb(s, g.verb());
      } else if (g.noun() != null) {
        return false; // a document of two sides, whenever signed
      }
    }
    return act;
  }

  /**
   * Whether the title or lead tells a signing (plain or as news): "Việt Nam ký Hiệp ước Cấm vũ khí
   * hạt nhân" (vietnews-train-045666) makes the state's treaty the story's own event.
   */
  private static boolean headSigns(List<Signings.Signing> signings, int headSentences) {
    for (Signings.Signing g : signings) {
      if (g.sentence() < headSentences
          && (g.status() == Signings.Status.PLAIN || g.status() == Signings.Status.REPORTED)) {
        return true;
      }
    }
    return false;
  }

  /** Whether g is a ceremony ("lễ ký", "buổi lễ ký kết") with no document named after it. */
  private static boolean bareCeremony(Signings.Signing g) {
    return g.nominal() && g.noun() == null;
  }

  /**
   * Whether a bare ceremony is a dated photo's caption of an earlier event: in a caption (or the
   * body's copy of one), the day after the verb ("Kim Jong-un trong lễ ký kết tại Singapore ngày
   * 12/6", "... sau lễ ký kết tại hội nghị thượng đỉnh ... hôm 12/6"), in a story whose head speaks
   * of no signing and whose other signings name no document (vietnews-train-047162, a letter months
   * later). A caption of the story's own ceremony dates it as the text does, or says "chiều nay".
   */
  private static boolean datedPhoto(
      Syllables s, Signings.Signing g, List<Signings.Signing> signings, NewsFrame frame) {
    if (frame.agreement()) {
      return false;
    }
    for (Signings.Signing h : signings) {
      boolean live = h.status() == Signings.Status.REPORTED || h.status() == Signings.Status.PLAIN;
      if (live && h.noun() != null) {
        return false;
      }
    }
    int[] range = Signings.sentence(s, g.verb());
    return datedAfter(s, g.after(), range[1])
        && (frame.inCaption(g.sentence()) || captioned(s, range, frame));
  }

  /** Whether a day of the month ("ngày 12/6", "hôm 21/8") stands in [from, to). */
  private static boolean datedAfter(Syllables s, int from, int to) {
    for (int p = from; p + 2 < to; p++) {
      int day = s.number(p + 1);
      int month = s.number(p + 2);
      if ((s.is(p, "ngay") || s.is(p, "hom"))
          && day >= 1
          && day <= MAX_DAY
          && month >= 1
          && month <= MAX_MONTH) {
        return true;
      }
    }
    return false;
  }

  /** Whether a caption repeats the sentence [range[0], range[1]) word for word. */
  private static boolean captioned(Syllables s, int[] range, NewsFrame frame) {
    int end = s.size;
    while (end > 0 && frame.inCaption(s.sentence[end - 1])) {
      end--;
    }
    int length = range[1] - range[0];
    for (int c = end; c + length <= s.size; c++) {
      boolean same = true;
      for (int i = 0; i < length && same; i++) {
        same = s.original(c + i).equals(s.original(range[0] + i));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static final int MAX_DAY = 31;
  private static final int MAX_MONTH = 12;

  /**
   * Whether the ceremony is "một lễ ký kết" (a signing ceremony, one of many) with nothing signed
   * and nobody signing named: a file photo's caption ("Chủ tịch Trung Quốc Tập Cận Bình trong một
   * lễ ký kết ở Bắc Kinh ngày 19/6", vietnews-train-048229; "Rob Porter, người cầm tài liệu, trong
   * một lễ ký hồi đầu năm nay"), not the story's own ceremony, which the article names as the one
   * ("lễ ký kết", "buổi lễ ký kết"). Not when another signing the article tells names a document
   * ("Trung Quốc và Maldives tháng này đã ký kết một thoả thuận thương mại tự do" before "... sau
   * một lễ ký kết tại Đại lễ đường nhân dân ở Bắc Kinh ngày 7-12", vietnews-test-005872): the
   * caption shows that one.
   */
  private static boolean anyCeremony(
      Syllables s, Signings.Signing g, List<Signings.Signing> signings, ClauseWords words) {
    for (Signings.Signing h : signings) {
      boolean live = h.status() == Signings.Status.REPORTED || h.status() == Signings.Status.PLAIN;
      if (live && h.noun() != null) {
        return false;
      }
    }
    int noun = g.verb() - words.get("nominal").endingAt(s, g.verb(), 2);
    if (noun > 0 && noun < g.verb() && s.is(noun - 1, "buoi") && !s.has(noun, Syllables.BREAK)) {
      noun--; // "một buổi lễ ký"
    }
    return noun > 0 && noun < g.verb() && s.is(noun - 1, "mot") && !s.has(noun, Syllables.BREAK);
  }

  /** The article's choice, or null when it reports no signing as news. */
  static SigningChoice choose(
      Syllables s,
      OrganisationMatcher.Scan scan,
      List<Signings.Signing> signings,
      NewsFrame frame,
      NameTrie trie,
      java.util.function.Predicate<String> surname,
      ClauseWords words,
      List<MinedNames.Found> mined,
      Map<Signings.Signing, String> skipped) {
    List<Signings.Signing> reported = new ArrayList<>();
    List<List<String>> partiesOf = new ArrayList<>();
    boolean news = false;
    boolean headTold = false;
    Set<Integer> alone = new HashSet<>();
    boolean[] role = null;
    boolean[] nounEnd = null;
    BrandNames brands = null;
    Set<String> ownNames = null;
    CountedParties counted = null;
    Set<Signings.Signing> listing = new HashSet<>();
    Set<Signings.Signing> forState = new HashSet<>();
    Set<Signings.Signing> ownEvents = new HashSet<>();
    Map<String, String> otherSides = new HashMap<>();
    int headSentences = frame.headSentences();
    SideRemarks.Tells tells = new SideRemarks.Tells(s, signings, frame);
    boolean oneSided = scan.triggers().isEmpty() && oneSidedActOnly(s, signings);
    // the sentence of the last news signing that counts several documents ("5 văn kiện đã được ký")
    int session = -SESSION_REACH - 1;
    for (Signings.Signing g : signings) {
      boolean current =
          g.status() == Signings.Status.REPORTED || g.status() == Signings.Status.PLAIN;
      if (current && DocumentLists.several(s, g, words, scan.triggers())) {
        session = g.sentence();
      }
      boolean passiveDocument =
          g.after() == g.verb() + 1
              && g.noun() == null
              && !g.nominal()
              && g.passive()
              && (g.status() == Signings.Status.REPORTED
                  || g.sentence() < headSentences
                  || headTold
                  || toldAlone(s, scan.triggers(), reported, partiesOf, headSentences, g)
                  || g.sentence() - session <= SESSION_REACH)
              && (documentBefore(s, scan.triggers(), g) != null
                  || g.sentence() == session); // "Các văn kiện được ký và trao gồm: ..."
      // "Thứ trưởng ... Hà Công Tuấn ký thay mặt Chính phủ Việt Nam": the document told before,
      // signed for a side
      boolean forSide =
          g.after() == g.verb() + 1
              && g.after() < s.size
              && s.sentence[g.after()] == g.sentence()
              && PersonNames.word("behalf", s, g.after()) > 0;
      // "Trong khuôn khổ chuyến thăm, hai bên ký nhiều văn bản": both sides sign the visit's papers
      boolean visitPapers =
          g.after() == g.verb() + 1
              && OwnEventSignings.bothSides(s, g)
              && DocumentLists.countedAfter(s, g, words);
      // "Thỏa thuận ký giữa X với Công ty Y về ...": a document named before the verb, its sides
      // after "giữa" (an item of a list of the event's documents, StoryTense.itemised)
      boolean itemSides =
          g.after() == g.verb() + 1
              && g.after() < s.size
              && s.sentence[g.after()] == g.sentence()
              && s.is(g.after(), "giua")
              && documentBefore(s, scan.triggers(), g) != null;
      boolean signsSomething =
          g.after() > g.verb() + 1
              || itemSides
              || g.noun() != null
              || g.nominal()
              || passiveDocument
              || forSide
              || visitPapers;
      boolean plain = g.status() == Signings.Status.PLAIN;
      if (!signsSomething || !(plain || g.status() == Signings.Status.REPORTED)) {
        if (!signsSomething) {
          note(skipped, g, "names nothing signed and no side");
        }
        continue;
      }
      if (reported.size() + alone.size() >= MAX_SIGNINGS) {
        break; // no article reports more signings; a text repeating "ký kết" is not read on
      }
      if (role == null) {
        role = new boolean[s.size];
        for (OrganisationMatcher.Hit r : scan.roles()) {
          java.util.Arrays.fill(role, r.from(), r.to(), true);
        }
        brands = new BrandNames(s, role, words);
        ownNames = UnreadNames.ownNames(s, scan.mentions());
        nounEnd = new boolean[s.size + 1];
        for (OrganisationMatcher.Hit n : scan.triggers()) {
          nounEnd[n.to()] = true;
        }
        BrandNames b = brands;
        counted =
            new CountedParties(
                s,
                words,
                role,
                trie,
                surname,
                (from, to) -> PartyCandidates.candidates(s, scan.mentions(), trie, b, from, to));
      }
      int[] range = Signings.sentence(s, g.verb());
      List<ClauseParties.Candidate> candidates =
          Twinnings.sides(
              s,
              TitledParties.add(
                  s,
                  PartyCandidates.candidates(s, scan.mentions(), trie, brands, range[0], range[1]),
                  range[0],
                  range[1],
                  surname),
              scan.triggers(),
              range[0],
              range[1]);
      ClauseParties clause =
          new ClauseParties(
              s,
              candidates,
              role,
              nounEnd,
              words,
              frame.leadSentence(),
              headSentences,
              // a mined trade name in a party's place of a clause short of a side ("Vietjet")
              MinedNames.inClause(
                  mined,
                  UnreadNames.add(
                      s, candidates, trie, role, brands, surname, ownNames, range[0], range[1]),
                  range[0],
                  range[1]));
      List<String> found = clause.of(g);
      if (clause.forState()) {
        if (!CandidateNames.isStateGovernment(found.get(0))
            && !headSigns(signings, headSentences)) {
          // "Việt Nam đã ký hiệp ước. Hôm 22-9 vừa qua, ..., thay mặt nhà nước Việt Nam, ..." in
          // a story of the Nobel prize (vietnews-train-025905): a state's treaty told aside
          continue;
        }
        forState.add(g); // "thay mặt Chính phủ Việt Nam ký xác thực lời văn TPP": one of many
      }
      // "được 11 nước ký kết", "với 2 định chế ...": the bodies the article lists under the count
      List<String> listed = counted.of(g);
      found = listed.isEmpty() ? found : joined(found, listed);
      if (g.passive()
          && listed.isEmpty()
          && (found == null || found.isEmpty())
          && documentBefore(s, scan.triggers(), g) != null) {
        // "Hiệp định CPTPP đã được ký kết" and "11 nước thành viên gồm ..." elsewhere
        listed = counted.passiveMembers(g);
        found = listed.isEmpty() ? found : listed;
      }
      // "ký kết hàng loạt văn bản hợp tác, như ...; ... giữa X và Y; ...": each document's sides
      boolean[] r = role;
      BrandNames bn = brands;
      List<String> documents =
          DocumentLists.signers(
              s,
              g,
              words,
              scan.triggers(),
              (from, to) ->
                  new PartyLists(
                      s,
                      PartyCandidates.candidates(s, scan.mentions(), trie, bn, from, to),
                      r,
                      words));
      found = documents.isEmpty() ? found : joined(found, documents);
      // "lễ ký kết hợp tác kinh tế giữa 2 địa phương": the two the article names nearest before,
      // unless the clause or its documents name sides of their own
      List<String> pair = documents.isEmpty() ? counted.pair(g) : List.of();
      if (pair.isEmpty() && documents.isEmpty()) {
        // "Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký": the two states the head names
        pair = counted.witnessed(g, headSentences);
      }
      if (pair.isEmpty() && documents.isEmpty() && !clause.titled()) {
        // "Vào ngày 14/11, hai nước đã ký kết": the two the article names just before, where the
        // clause has not taken the title's pair
        pair = counted.subjectPair(g, headSentences);
      }
      if (!pair.isEmpty() && (found == null || clause.titled() || pair.containsAll(found))) {
        found = pair;
      }
      if (!documents.isEmpty()) {
        listing.add(g);
      }
      boolean titledAgents = passiveDocument && SignerClause.titledAgents(s, g, scan.roles());
      if (titledAgents && (found == null || found.size() < 2)) {
        // "Thỏa thuận đã được ký kết giữa Đô trưởng Viêng Chăn A và Bí thư Thành ủy ... B": the
        // people who sign name the sides through their titles (Signatories)
        found = found == null ? List.of() : found;
      } else if (passiveDocument && (found == null || found.size() < 2)) {
        // "theo quy chế phối hợp vừa được ký ngày 24/10/2019" in the lead: news, its sides told
        // where the body names the document again ("Quy chế phối hợp giữa X và Y được ký tại ...")
        headTold |= g.status() == Signings.Status.REPORTED && g.sentence() < headSentences;
        if (clause.passiveWith().size() == 1) {
          // "Hợp đồng ... với công ty Sig Sauer của Mỹ đã được ký ngày 12/2": the other side of
          // the document a told signing names with one side
          otherSides.putIfAbsent(
              documentBefore(s, scan.triggers(), g).value(), clause.passiveWith().get(0));
        }
        note(skipped, g, "a passive signing of a document, its sides not named");
        continue; // "Hợp đồng ... đã được ký ngày 12/2": only a document named with its sides
      }
      if (found == null) {
        note(skipped, g, "its clause names no side");
        alone.add(g.sentence()); // "Bộ trưởng X ký kết quy chế" in a caption: a signer, no news
        continue;
      }
      if (oneSided && found.isEmpty() && bareCeremony(g)) {
        note(skipped, g, "a ceremony of a one-sided act");
        continue; // "Trump ký các sắc lệnh ..., song lễ ký diễn ra sau cánh cửa đóng kín"
      }
      if (found.isEmpty() && bareCeremony(g) && datedPhoto(s, g, signings, frame)) {
        note(skipped, g, "a bare ceremony in a dated photo");
        continue; // "Lãnh đạo Triều Tiên trong lễ ký kết tuyên bố chung Mỹ - Triều hôm 12/6."
      }
      if (found.isEmpty() && bareCeremony(g) && anyCeremony(s, g, signings, words)) {
        note(skipped, g, "a bare ceremony, any ceremony");
        continue; // "Chủ tịch Trung Quốc Tập Cận Bình trong một lễ ký kết ở Bắc Kinh ngày 19/6"
      }
      if (PersonalContracts.personal(s, g, found, clause.subjectSigns(), scan)) {
        note(skipped, g, "a person's contract, or sides not told");
        continue; // a person's contract, or one whose parties we cannot tell
      }
      if (SideRemarks.sideRemark(s, g, found, frame, tells)) {
        note(skipped, g, "a side remark of the story");
        continue; // a signing the story only mentions, between bodies it is not about
      }
      List<String> known = clause.known();
      if (known != null
          && (PersonalContracts.personal(s, g, known, clause.knownSubjectSigns(), scan)
              || SideRemarks.sideRemark(s, g, known, frame, tells))) {
        note(skipped, g, "a person's contract or a side remark, its unread names left out");
        continue; // the same, read without the clause's unread names (UnreadNames)
      }
      reported.add(g);
      // more than six are guests, unless the article counts them as the signers or the clause
      // lists them as one ("Australia, Brunei, ..., Singapore và Việt Nam đã ký")
      // the sides of listed documents, each after its own "giữa", are signers however many
      boolean guests =
          found.size() > MAX_PARTIES
              && listed.isEmpty()
              && !clause.oneList()
              && documents.isEmpty();
      partiesOf.add(guests ? List.of() : found);
      // A signing with no word of time is news in a headline, and only with its signers named.
      // "164 quốc gia lần đầu ký Hiệp ước Di cư toàn cầu": the many signers counted, not named
      news |=
          !plain
              || (g.sentence() < headSentences
                  && (!found.isEmpty() || opens(s, g) || clause.counted(g)));
      // "Ngày 19/6, X đã tiếp đoàn Y" | "Theo đó, X và Y ký thỏa thuận": the head's event
      boolean ownEvent = plain && OwnEventSignings.told(s, g, found, frame, scan.triggers(), trie);
      news |= ownEvent;
      // "Hai bên đã cùng ký biên bản thỏa thuận": the sides the story named, at its event; news,
      // but no head's telling that would choose its parties over another signing's
      news |= plain && OwnEventSignings.countedSides(s, g, frame, scan.triggers());
      if (ownEvent) {
        ownEvents.add(g);
      }
    }
    for (int i = 0; i < reported.size() && headTold && !news; i++) {
      news = reported.get(i).passive() && partiesOf.get(i).size() >= 2;
    }
    if (!news) {
      for (int i = 0; skipped != null && i < reported.size(); i++) {
        List<String> sides = partiesOf.get(i);
        note(
            skipped,
            reported.get(i),
            "told plainly, neither news in the head nor the head's event ("
                + sides.stream().filter(frame::names).count()
                + " of "
                + sides.size()
                + " sides named in the head; "
                + (frame.storyDay() == null ? "no story day written" : "a story day written")
                + (frame.agreement()
                    ? "; the head speaks of a signing"
                    : "; the head speaks of none")
                + ")");
      }
      return null;
    }
    List<String> parties = List.of();
    Signings.Signing chosen = reported.get(0);
    for (Signings.Signing g : reported) {
      if (g.status() == Signings.Status.REPORTED) {
        chosen = g; // with no parties anywhere, the signing told as news has the date and place
        break;
      }
    }
    int best = 0;
    boolean toldParties = false;
    Map<Integer, Integer> perSentence = new HashMap<>();
    // told as news, in the headline, or as the head's own event
    java.util.function.Predicate<Signings.Signing> toldNews =
        g ->
            g.status() == Signings.Status.REPORTED
                || g.sentence() < headSentences
                || ownEvents.contains(g);
    for (int i = 0; i < reported.size(); i++) {
      toldParties |= toldNews.test(reported.get(i)) && !partiesOf.get(i).isEmpty();
    }
    for (Signings.Signing g : signings) {
      perSentence.merge(g.sentence(), 1, Integer::sum);
    }
    for (int i = 0; i < reported.size(); i++) {
      Signings.Signing g = reported.get(i);
      // the signing told as news (or in the headline) names the parties before any other
      boolean told = toldNews.test(g);
      // two bodies, or a government signing for its state ("thay mặt Chính phủ Việt Nam ký")
      boolean named = partiesOf.get(i).size() >= 2 || forState.contains(g);
      boolean fallback = named && perSentence.get(g.sentence()) == 1;
      if (!told && (toldParties || !fallback)) {
        // "Trước Sacombank, ... AIA ký với Ngân hàng Đông Á, ... An Bình ký hợp tác": examples
        note(skipped, g, "an example beside the signing told as news");
        continue;
      }
      int score =
          score(partiesOf.get(i), !listing.contains(g))
              + (told && !partiesOf.get(i).isEmpty() ? TOLD : 0);
      if (score > best) {
        best = score;
        parties = List.copyOf(partiesOf.get(i));
        chosen = reported.get(i);
      }
    }
    if (parties.size() == 1) {
      int i = sameDocumentSides(s, scan.triggers(), reported, partiesOf, chosen, listing);
      if (i >= 0) {
        parties = List.copyOf(partiesOf.get(i));
      }
    }
    if (parties.size() == 1) {
      // "Lục quân Ấn Độ ký hợp đồng mua ..." in the lead, "Hợp đồng ... với công ty Sig Sauer ...
      // đã được ký" in the body: the passive names the document's other side
      OrganisationMatcher.Hit document = documentOf(s, scan.triggers(), chosen);
      String other = document == null ? null : otherSides.get(document.value());
      if (other != null && !parties.contains(other)) {
        parties = List.of(parties.get(0), other);
      }
    }
    if (!parties.isEmpty()) {
      List<List<String>> toldSides = toldParties(reported, partiesOf, headSentences);
      parties = writtenInFull(parties, toldSides);
      if (chosen.sentence() < frame.leadSentence()) {
        parties = headlinePlace(parties, toldSides, trie);
      }
    }
    for (int i = 0; i < reported.size() && parties.isEmpty(); i++) {
      Signings.Signing g = reported.get(i);
      parties = CeremonyParties.before(s, scan, g, trie, brands, role, nounEnd);
      chosen = parties.isEmpty() ? chosen : g;
    }
    if (parties.isEmpty() && counted != null) {
      // "Trường X hợp tác với Đại học Y" in the title, "Tại lễ ký kết, ..." in the body
      parties = counted.headPair(headSentences, reported);
    }
    List<String> own = parties;
    parties =
        SameEventSignings.add(
            s,
            reported,
            partiesOf,
            chosen,
            parties,
            listing,
            h -> DocumentLists.several(s, h, words, scan.triggers()),
            Math.max(MAX_PARTIES, parties.size()));
    parties = bodiesOfPlaces(parties, told(s, reported, partiesOf, scan), trie);
    parties = placesBesideBodies(parties, storyNamed(reported, partiesOf, frame), trie);
    parties = fuller(parties, scan.mentions());
    return new SigningChoice(
        reported, chosen, parties, own, alone, forState.contains(chosen) && parties.size() == 1);
  }

  /**
   * The signing that names both sides of the chosen one, told with one side only: "Quỹ Xã hội Tấm
   * lòng Vàng Lao Động tổ chức trao biên bản ghi nhớ tài trợ ..." in the lead, "Biên bản ghi nhớ
   * được ký giữa Quỹ Xã hội Tấm lòng Vàng Lao Động và BIDV" in the body (heldout-9 p21-048). The
   * index of the first later passive signing of the same document (the noun before its verb) whose
   * clause names the chosen side and at least one more, at most {@link #MAX_PARTIES}; else -1. An
   * active one may be another signing the story gives as an example ("Việt Nam cũng có ký những
   * hiệp định ... như với Hàn Quốc", vietnews-train-083104).
   */
  private static int sameDocumentSides(
      Syllables s,
      List<OrganisationMatcher.Hit> triggers,
      List<Signings.Signing> reported,
      List<List<String>> partiesOf,
      Signings.Signing chosen,
      Set<Signings.Signing> listing) {
    OrganisationMatcher.Hit document = documentOf(s, triggers, chosen);
    int at = reported.indexOf(chosen);
    if (document == null || at < 0) {
      return -1;
    }
    String side = partiesOf.get(at).get(0);
    for (int i = at + 1; i < reported.size(); i++) {
      Signings.Signing g = reported.get(i);
      OrganisationMatcher.Hit other =
          g.noun() == null && g.passive() ? documentOf(s, triggers, g) : null;
      List<String> sides = partiesOf.get(i);
      if (other != null
          && other.value().equals(document.value())
          && !listing.contains(g)
          && sides.size() >= 2
          && sides.size() <= MAX_PARTIES
          && sides.contains(side)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the document g's passive verb follows is the one a signing told before it signs with
   * one side named: "Quỹ ... tổ chức trao biên bản ghi nhớ ..." in the lead, then "Biên bản ghi nhớ
   * được ký giữa X và Y": the body names the sides of the signing the lead tells.
   */
  private static boolean toldAlone(
      Syllables s,
      List<OrganisationMatcher.Hit> triggers,
      List<Signings.Signing> reported,
      List<List<String>> partiesOf,
      int headSentences,
      Signings.Signing g) {
    OrganisationMatcher.Hit document = documentBefore(s, triggers, g);
    for (int i = 0; i < reported.size(); i++) {
      Signings.Signing h = reported.get(i);
      boolean told =
          (h.status() == Signings.Status.REPORTED || h.sentence() < headSentences)
              && partiesOf.get(i).size() == 1;
      OrganisationMatcher.Hit signed = documentOf(s, triggers, h);
      if (told && document != null && signed != null && signed.value().equals(document.value())) {
        return true;
      }
    }
    return false;
  }

  /** The document g signs: the noun after its verb, else the one its passive verb follows. */
  private static OrganisationMatcher.Hit documentOf(
      Syllables s, List<OrganisationMatcher.Hit> triggers, Signings.Signing g) {
    return g.noun() != null ? g.noun() : g.passive() ? documentBefore(s, triggers, g) : null;
  }

  /**
   * "Quảng Ninh ký thoả thuận với Vingroup" in the title, "UBND tỉnh Quảng Ninh và Tập đoàn
   * Vingroup ký kết ..." in the lead: a province or city among the parties is the body of it that
   * another clause of the same signing names as a party, where that clause names the other parties
   * too (or the parties are places only: "Hà Nội và TP.HCM ký kết hợp tác", "UBND TP Hà Nội và UBND
   * TP.HCM đã ký kết"). The place stays when no clause or more than one body of it signs.
   */
  private static List<String> bodiesOfPlaces(
      List<String> parties, List<List<String>> partiesOf, NameTrie trie) {
    if (parties.isEmpty()) {
      return parties;
    }
    Province[] place = new Province[parties.size()];
    boolean any = false;
    for (int i = 0; i < parties.size(); i++) {
      place[i] = province(parties.get(i), trie);
      any |= place[i] != null || ClauseWords.INSTANCE.isState(parties.get(i));
    }
    if (!any) {
      return parties;
    }
    for (List<String> other : partiesOf) {
      List<String> out = new ArrayList<>(parties);
      boolean fits = true;
      boolean changed = false;
      for (int i = 0; i < parties.size() && fits; i++) {
        String city = place[i] != null ? null : capitalOf(parties.get(i), other);
        if (city != null && !parties.contains(city)) {
          out.set(i, city); // "Hà Nội và Seoul ký" / "... và Chính quyền thủ đô Seoul vừa ký"
          changed = true;
          continue;
        }
        if (place[i] == null) {
          fits = other.contains(parties.get(i));
          continue;
        }
        String body = onlyBodyOf(parties.get(i), place[i], other);
        if (body != null && !parties.contains(body)) {
          out.set(i, body);
          changed = true;
        }
      }
      if (fits && changed) {
        return List.copyOf(out);
      }
    }
    return parties;
  }

  /**
   * "Bộ LĐ-TB&XH và Hàn Quốc ký bản ghi nhớ" in the title, "Bộ Lao động - Thương binh và Xã hội
   * Việt Nam và Bộ Việc làm và Lao động Hàn Quốc ... đã ký" in the lead: a headline names a side by
   * its state or province, a clause of the story by the body of it that signs. Where the parties
   * hold both, and no signing clause below the title names the place itself ("giữa chính phủ Việt
   * Nam và Hà Lan", a side of its own), the bare place and one body of it ("Hàn Quốc" and "Bộ Việc
   * làm và Lao động Hàn Quốc", "tỉnh Lào Cai" and "Sở Lao động - Thương binh và Xã hội tỉnh Lào
   * Cai", "Nhật Bản" and "thủ đô Tokyo"), they are one side and the body names it. The place stays
   * beside two bodies of it (which of them it stood for is not told) and beside none, but a state
   * beside its government is that government ("Việt Nam" and "Chính phủ Việt Nam", as the labelling
   * guide names them).
   */
  static List<String> placesBesideBodies(
      List<String> parties, Set<String> storyNamed, NameTrie trie) {
    if (parties.size() < 3) {
      return parties;
    }
    List<String> out = null;
    for (String p : parties) {
      Province province = province(p, trie);
      boolean state = province == null && ClauseWords.INSTANCE.isState(p);
      if (province == null && !state) {
        continue;
      }
      List<String> others = new ArrayList<>(parties);
      others.remove(p);
      String body = storyNamed.contains(p) ? null : endingWith(p, others, trie);
      // a state beside its government or its capital is that side wherever it is named
      boolean own = state && (others.contains(GOVERNMENT + p) || capitalOf(p, others) != null);
      if (body != null || own) {
        out = out == null ? new ArrayList<>(parties) : out;
        out.remove(p);
      }
    }
    return out == null ? parties : List.copyOf(out);
  }

  /** The sides that the reported signings' clauses below the title name. */
  private static Set<String> storyNamed(
      List<Signings.Signing> reported, List<List<String>> partiesOf, NewsFrame frame) {
    Set<String> named = new HashSet<>();
    for (int i = 0; i < reported.size(); i++) {
      if (reported.get(i).sentence() >= frame.leadSentence()) {
        named.addAll(partiesOf.get(i));
      }
    }
    return named;
  }

  /**
   * The one party of {@code others} that is no place and whose name {@code place} closes ("Sở Giáo
   * dục và Đào tạo thành phố Hà Nội" for "Hà Nội"), else null. A body that names the level in its
   * head ("Tỉnh ủy Lạng Sơn") is the signer's title more often than the side that a headline's
   * province stands for ("giữa tỉnh Lạng Sơn và Khu tự trị ...").
   */
  private static String endingWith(String place, List<String> others, NameTrie trie) {
    String tail = " " + place.toLowerCase(java.util.Locale.ROOT);
    String found = null;
    for (String o : others) {
      if (o.length() > tail.length()
          && o.toLowerCase(java.util.Locale.ROOT).endsWith(tail)
          && !o.startsWith("Tỉnh ")
          && !o.startsWith("Thành ")
          && province(o, trie) == null
          && !ClauseWords.INSTANCE.isState(o)) {
        if (found != null) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /** A state's government, which is the state as a party ("Chính phủ Việt Nam"). */
  private static final String GOVERNMENT = "Chính phủ ";

  /**
   * What each reported signing tells of its sides: the parties its clause names, then every body
   * its sentence names ("lãnh đạo UBND TP. HCM và lãnh đạo UBND tỉnh Bình Dương đã có buổi làm
   * việc, ký kết ...", where the clause reaches no subject), but for bodies named only in a
   * person's title ("Bí thư Tỉnh uỷ Bến Tre Võ Thành Hạo") and the source a clause opening "Theo"
   * cites ("Theo Văn phòng UBND tỉnh A, chiều 22/4, Viện B và tỉnh A đã ký kết": the office tells
   * the news, the province signs; {@link SubjectStops#cited}).
   */
  private static List<List<String>> told(
      Syllables s,
      List<Signings.Signing> reported,
      List<List<String>> partiesOf,
      OrganisationMatcher.Scan scan) {
    Set<Integer> titled = new HashSet<>();
    for (OrganisationMatcher.Hit r : scan.roles()) {
      titled.add(r.to());
    }
    List<List<String>> out = new ArrayList<>(partiesOf);
    for (Signings.Signing g : reported) {
      int[] range = Signings.sentence(s, g.verb());
      List<String> named = new ArrayList<>();
      for (OrganisationMatcher.Mention m : scan.mentions()) {
        if (m.from() >= range[0]
            && m.to() <= range[1]
            && m.name() != null
            && !titled.contains(m.from())
            && !SubjectStops.cited(s, ClauseWords.INSTANCE, m.from())) {
          named.add(m.name());
        }
      }
      out.add(named);
    }
    return out;
  }

  /**
   * The one party of {@code others} that is the capital a state's name stood for ("Seoul" read as
   * "Hàn Quốc" in "Hà Nội và Seoul ký thỏa thuận", "thủ đô Seoul" in another clause), or null.
   */
  private static String capitalOf(String state, List<String> others) {
    if (!ClauseWords.INSTANCE.isState(state)) {
      return null;
    }
    String found = null;
    for (String o : others) {
      for (String unit : CITY) {
        String name = o.startsWith(unit) ? o.substring(unit.length()) : state;
        if (!name.equals(state) && state.equals(ClauseWords.INSTANCE.stateNamed(name))) {
          if (found != null && !found.equals(o)) {
            return null;
          }
          found = o;
        }
      }
    }
    return found;
  }

  /** The words before a city abroad as a party names it ("thủ đô Vientiane", "thành phố X"). */
  private static final List<String> CITY = List.of("thủ đô ", "thành phố ");

  /**
   * The one party of {@code others} that is a body of {@code place} ("Ủy ban nhân dân tỉnh X"), or
   * its body under a head that names the level itself, as {@link Province#bodyOf} writes it: "Lâm
   * Đồng - Bộ Công an ký kết ..." in the title, "Bộ Công an và Tỉnh ủy Lâm Đồng ký kết ..." in the
   * lead.
   */
  private static String onlyBodyOf(String place, Province province, List<String> others) {
    String tail = " " + place.toLowerCase(java.util.Locale.ROOT);
    String level = " " + province.canonical().toLowerCase(java.util.Locale.ROOT);
    String found = null;
    for (String o : others) {
      String folded = o.toLowerCase(java.util.Locale.ROOT);
      boolean leveled =
          (o.startsWith("Tỉnh ") || o.startsWith("Thành "))
              && folded.endsWith(level)
              && o.indexOf(' ', o.indexOf(' ') + 1) == o.length() - level.length();
      if (o.length() > tail.length() && (folded.endsWith(tail) || leveled)) {
        if (found != null) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /**
   * "Long An và Hàn Quốc: ký thỏa thuận" in the title, "UBND tỉnh Long An và Tập đoàn Lotte đã ký
   * thỏa thuận" in the lead; "Quảng Trị ký MOU với T&T Group", "UBND tỉnh Quảng Trị và Công ty CP
   * Tập đoàn T&T đã ký": the headline names the province for its people's committee and its partner
   * short, by its country or its brand. When another told clause names as many sides, the people's
   * committee of the headline's province among them and each other side a body (no place or state)
   * where the headline has no place, that clause's names are the parties. {@link #bodiesOfPlaces}
   * keeps a headline whose other sides it finds written alike. Another body of the province is more
   * often another document's side ("TP. HCM ký hợp tác ... với Hà Lan" over the Sở Xây dựng's
   * second memorandum, vietnews-train-015212).
   */
  private static List<String> headlinePlace(
      List<String> parties, List<List<String>> told, NameTrie trie) {
    for (List<String> other : told) {
      if (other.size() != parties.size() || other.size() < 2 || other.equals(parties)) {
        continue;
      }
      List<String> left = new ArrayList<>(other);
      boolean bodyOfPlace = false;
      int unmatched = 0;
      for (String p : parties) {
        Province place = province(p, trie);
        String body = place == null ? null : onlyBodyOf(p, place, other);
        if (left.remove(p)) {
          continue;
        }
        if (body != null && body.startsWith(COMMITTEE) && left.remove(body)) {
          bodyOfPlace = true;
        } else if (place == null) {
          unmatched++;
        } else {
          unmatched = -1;
          break;
        }
      }
      boolean bodies =
          left.stream()
              .allMatch(q -> province(q, trie) == null && !ClauseWords.INSTANCE.isState(q));
      if (bodyOfPlace && unmatched == left.size() && bodies) {
        return List.copyOf(other);
      }
    }
    return parties;
  }

  /** The head of a province's people's committee, as the gazetteer writes it. */
  private static final String COMMITTEE = "Ủy ban nhân dân ";

  /** The province or centrally-run city {@code name} is, with or without its type; else null. */
  private static Province province(String name, NameTrie trie) {
    NameTrie.Match m = Gazetteer.wholeProvince(trie, Syllables.of(name, trie.vocabulary()));
    return m != null && m.entry().data() instanceof Province p ? p : null;
  }

  /** The clause's parties (maybe none), then the counted bodies it does not name yet. */
  private static List<String> joined(List<String> found, List<String> listed) {
    List<String> out = found == null ? new ArrayList<>() : new ArrayList<>(found);
    // "với các trường: Đại học A, ...": the clause's "Đại học A" is the listed "Trường Đại học A"
    out.removeIf(p -> listed.stream().anyMatch(l -> ClassMembers.headed(l, p)));
    // "Công ty TNHH SUN" of the clause is the listed "Công ty TNHH SUN - DECOR Việt Nam", cut
    out.replaceAll(
        p -> listed.stream().filter(l -> ClassMembers.cutAtDash(l, p)).findFirst().orElse(p));
    listed.stream().filter(p -> !out.contains(p)).forEach(out::add);
    return List.copyOf(out);
  }

  /** The parties of each signing told as news or in the head, in text order. */
  private static List<List<String>> toldParties(
      List<Signings.Signing> reported, List<List<String>> partiesOf, int headSentences) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < reported.size(); i++) {
      Signings.Signing g = reported.get(i);
      if (g.status() == Signings.Status.REPORTED || g.sentence() < headSentences) {
        out.add(partiesOf.get(i));
      }
    }
    return out;
  }

  /**
   * "BIDV Chi nhánh Bắc Ninh ký kết với Samsung Display" in the title and "Ngân hàng TMCP Đầu tư và
   * Phát triển Việt Nam - Chi nhánh Bắc Ninh đã ký hợp đồng ... với Công ty TNHH Samsung Display
   * Việt Nam" in the lead: a headline writes short the sides its story names in full. When another
   * told signing names as many sides, each the same or a longer name holding the chosen one's words
   * (a body's, not a state's: "Lào" is no short "Bộ Ngoại giao Lào"), its names are the parties; a
   * state written as a body of it ({@link #ofState}) only beside a body the two clauses name alike.
   */
  static List<String> writtenInFull(List<String> parties, List<List<String>> told) {
    for (List<String> other : told) {
      if (other.size() != parties.size() || other.equals(parties)) {
        continue;
      }
      List<String> out = new ArrayList<>(parties.size());
      boolean longer = false;
      boolean same = false;
      boolean ofState = false;
      for (String p : parties) {
        String full = other.contains(p) ? p : null;
        same |= full != null && !ClauseWords.INSTANCE.isState(p);
        for (int i = 0; i < other.size() && full == null; i++) {
          String q = other.get(i);
          full = !out.contains(q) && !parties.contains(q) && holds(q, p) ? q : null;
          if (full == null && !out.contains(q) && !parties.contains(q) && ofState(q, p)) {
            full = q;
            ofState = true;
          }
        }
        if (full == null) {
          out = null;
          break;
        }
        longer |= !full.equals(p);
        out.add(full);
      }
      if (out != null && longer && (same || !ofState)) {
        return List.copyOf(out);
      }
    }
    return parties;
  }

  /**
   * Whether {@code body} is a body of the state {@code state} names ("Bộ Việc làm và Lao động Hàn
   * Quốc" of "Hàn Quốc"): a headline that writes one side as its story does may write the other by
   * its state ("Bộ LĐ-TB&XH và Hàn Quốc ký bản ghi nhớ" over the lead's two ministries). Where the
   * side named alike is a state too ("Lào" and "Việt Nam" against "Bộ Ngoại giao Lào" and "Việt
   * Nam"), or both sides are states ("Việt Nam - Lào ký ..."), the states stay: which bodies they
   * stood for is not told by one clause.
   */
  private static boolean ofState(String body, String state) {
    return ClauseWords.INSTANCE.isState(state)
        && !ClauseWords.INSTANCE.isState(body)
        && body.length() > state.length() + 1
        && body.endsWith(" " + state);
  }

  /**
   * Whether the longer body's name {@code full} holds the words of {@code shorter}, in a row, with
   * more than a foreign state after them: "Tập đoàn Yanmar Nhật Bản" is the same "Tập đoàn Yanmar",
   * "Bộ Quốc phòng Hàn Quốc" another ministry than "Bộ Quốc phòng". A shorter name that ends with
   * the same state keeps it: "Tuần duyên Ấn Độ" is short for "Lực lượng Tuần duyên Ấn Độ"; so is a
   * name that writes the longer one's first words and its state alone ("Phòng Thương mại
   * Malaysia").
   */
  private static boolean holds(String full, String shorter) {
    if (ClauseWords.INSTANCE.isState(shorter)) {
      return false;
    }
    String foreign = CandidateNames.foreignState(full);
    String state = foreign != null && shorter.endsWith(" " + foreign) ? null : foreign;
    List<String> f =
        words(state == null ? full : full.substring(0, full.length() - state.length() - 1));
    List<String> w = words(shorter);
    if (f.size() > w.size() && java.util.Collections.indexOfSubList(f, w) >= 0) {
      return true;
    }
    // "Phòng Thương mại Malaysia" for "Phòng Thương mại và Công nghiệp Quốc gia Malaysia": the
    // head's words, then the same foreign state, the fields between them left out
    if (foreign == null || state != null) {
      return false; // no foreign state, or not the one the shorter name ends with
    }
    List<String> head = w.subList(0, w.size() - words(foreign).size());
    return head.size() >= 2 && f.size() > w.size() && f.subList(0, head.size()).equals(head);
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.split(" ")) {
      out.add(vn.newssearch.schema.VietnameseAnalysis.foldKey(w));
    }
    return out;
  }

  /**
   * "Trung tâm Vũ trụ ... đã ký" and, elsewhere, "tại Trung tâm Vũ trụ Việt Nam": a body the clause
   * names short is the Vietnamese body the article names in full, with the country (never another
   * country: "Bộ Y tế" is not "Bộ Y tế Lào").
   */
  private static List<String> fuller(
      List<String> parties, List<OrganisationMatcher.Mention> mentions) {
    List<String> out = null;
    for (int i = 0; i < parties.size(); i++) {
      String full = parties.get(i) + VIET_NAM;
      for (OrganisationMatcher.Mention m : mentions) {
        // "Công đoàn Giao thông vận tải ký ..." in the title, "Công đoàn Giao thông Vận tải Việt
        // Nam" in the lead: the same name in another case, as the fuller mention writes it
        if (full.equalsIgnoreCase(m.name()) && !parties.contains(m.name())) {
          out = out == null ? new ArrayList<>(parties) : out;
          out.set(i, m.name());
          break;
        }
      }
    }
    return out == null ? parties : List.copyOf(out);
  }

  /**
   * How well a signing's parties name the agreement: bodies over states (a title's "Việt Nam ký với
   * Nhật Bản" against the body's agencies), two or more over one, three or more over two (a title's
   * "Đoàn Thanh niên và Hội Sinh viên ký kết ... với doanh nghiệp" against the lead's "Thành đoàn
   * Cần Thơ, Hội Sinh viên Việt Nam thành phố Cần Thơ và Công ty CP Thủy sản Bình An đã ký") where
   * one clause names them ({@code oneClause}), not a list of documents each with its own sides (the
   * title's pair stays, and the documents' sides join it: vietnews-test-003501).
   */
  private static int score(List<String> parties, boolean oneClause) {
    if (parties.isEmpty()) {
      return 0;
    }
    boolean body = false;
    for (String p : parties) {
      body |= !ClauseWords.INSTANCE.isState(p);
    }
    return (body ? 2 : 0) + Math.min(parties.size(), oneClause ? 3 : 2);
  }

  /**
   * "Bản ghi nhận ý định giữa X và Y ... hôm nay được ký": a passive "được ký" told as news (or in
   * the head) signs the document its sentence names before it, with no comma between, as "được ký
   * kết" does, when the clause names both sides; "Thoả thuận Sochi được ký ngày 17/9 giữa ..." in
   * the body only recalls it. The first such noun, or null.
   */
  static OrganisationMatcher.Hit documentBefore(
      Syllables s, List<OrganisationMatcher.Hit> nouns, Signings.Signing g) {
    int start = Signings.sentence(s, g.verb())[0];
    for (OrganisationMatcher.Hit n : nouns) {
      if (n.from() >= start && n.to() <= g.verb() && !commaBetween(s, n.to(), g.verb())) {
        return n;
      }
    }
    return null;
  }

  private static boolean commaBetween(Syllables s, int from, int to) {
    for (int p = from; p <= to; p++) {
      if (s.has(p, Syllables.COMMA) && !s.decimalComma(p)) {
        return true; // "Hợp đồng EPC trị giá khoảng 1,3 tỷ USD ... đã được ký": one number
      }
    }
    return false;
  }

  /** Whether the verb opens its sentence: a headline's "Ký kết chương trình phối hợp ...". */
  private static boolean opens(Syllables s, Signings.Signing g) {
    return g.verb() == 0 || s.sentence[g.verb() - 1] != g.sentence();
  }
}
