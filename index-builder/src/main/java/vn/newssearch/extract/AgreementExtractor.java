package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.model.Article;

/**
 * Fills an article's parties, organisations, signatories and agreement (kind, period, signing date
 * and place) from its title, lead, body and captions. Thread-safe; one instance serves all indexing
 * threads.
 *
 * <p>Every article gets one walk over its folded syllables (organisations, document nouns and
 * titles at once) and one look at each use of the verb "ký"/"kí" ({@link Signings}). Only an
 * article that reports a signing as news goes on to parties ({@link ClauseParties}), signatories,
 * dates and place, all read from the clauses of the reported signings (docs/agreements.md).
 */
public final class AgreementExtractor {
  /** How far after the verb "đến năm 2025" still gives the agreement's end. */
  private static final int UNTIL_REACH = 12;

  /**
   * Document nouns never taken from elsewhere: those that say only that something is signed, and
   * "hiệp ước", which outside the signing clause is mostly a treaty of history ("gia nhập Hiệp ước
   * thân thiện và hợp tác ASEAN").
   */
  private static final Set<String> GENERIC = Set.of("hợp tác", "ký kết", "hợp đồng", "hiệp ước");

  /**
   * A short noun that names one kind only where the article writes that kind in full: a bare "thỏa
   * ước" after "thỏa ước lao động tập thể" is the collective agreement, but "thoả ước viện trợ" is
   * a financing accord.
   */
  private static final Map<String, String> SHORT_FOR =
      Map.of("thỏa ước", "thỏa ước lao động tập thể");

  private final Gazetteer gazetteer;
  private final ClauseWords words = ClauseWords.INSTANCE;

  public AgreementExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The paragraph with its outlet's tag ({@link SiteTag}: "TTO - ", "(Dân trí) - ") blanked. */
  private static String untagged(String paragraph) {
    int end = SiteTag.end(paragraph);
    return end <= 0 ? paragraph : " ".repeat(end) + paragraph.substring(end);
  }

  public Article enrich(Article article) {
    return enrich(article, Provenance.NONE);
  }

  /**
   * As {@link #enrich(Article)}, telling {@code why} how each use of the verb was read and, for an
   * article left without an agreement, why ({@link SigningExplanation}).
   */
  public Article enrich(Article article, Provenance why) {
    String title = nz(article.title());
    // "TTO - Sáng 25-3, UBND TP.HCM và UBND tỉnh Đồng Tháp đã ký": the outlet's tag names the
    // source, never a side; blanked, so every offset into the text stays as it was
    String lead = untagged(nz(article.lead()));
    // "... ký kết ghi nhớ hợp tác giữa\nCảng X với ...": a text wrapped at a fixed width is read
    // as its sentences run
    String body = HardWraps.unwrap(nz(article.body()));
    // "... giữa Trường X với 07 doanh nghiệp:\n- Công ty A\n- Công ty B": a list a line an item
    // is read as the one sentence it makes with the line that introduces it
    body = ListLines.join(body);
    List<String> captions = article.captions();
    if (lead.isBlank()) {
      body = untagged(body);
      // a page without a sapo: its first paragraph is the lead, as a reader takes it; not a
      // photo's caption with its credit ("Quang cảnh buổi làm việc. Ảnh: T.N", which joins the
      // captions) nor a line of no words (a table's rule, an empty image), nor a line in another
      // language before the Vietnamese text (an image's alt text, "Photo of two people signing
      // a document.")
      int cut = body.indexOf('\n');
      while (cut >= 0 && !lead(body.substring(0, cut), body.substring(cut + 1))) {
        String skipped = body.substring(0, cut);
        if (LineRoles.endsWithCredit(skipped)) {
          captions = new ArrayList<>(captions);
          captions.add(0, skipped);
        }
        body = body.substring(cut + 1);
        cut = body.indexOf('\n');
      }
      if (cut > 0) {
        lead = body.substring(0, cut);
        body = body.substring(cut + 1);
      }
    }
    if (mayCredit(body)) {
      // "Đại diện X và Y ký kết quy chế phối hợp. Ảnh: T.N": a body paragraph that is a caption
      List<String> kept = new ArrayList<>();
      List<String> pictured = new ArrayList<>();
      for (String paragraph : body.split("\n", -1)) {
        (LineRoles.endsWithCredit(paragraph) ? pictured : kept).add(paragraph);
      }
      if (!pictured.isEmpty()) {
        body = String.join("\n", kept);
        pictured.addAll(captions);
        captions = pictured;
      }
    }
    int length = title.length() + lead.length() + body.length() + 3 + captions.size();
    for (String caption : captions) {
      length += caption.length();
    }
    // One char[] for all parts: no String copy, no Latin-1 → UTF-16 inflation of a builder; the
    // thread's last article's, as the arrays of the cut
    char[] text = Syllables.articleText(length);
    int at = append(text, 0, title);
    int leadStart = at;
    at = append(text, at, lead);
    int bodyStart = at;
    at = append(text, at, body);
    int captionStart = at;
    for (String caption : captions) {
      at = append(text, at, caption);
    }
    Syllables s = Syllables.ofArticle(text, at, gazetteer.trie().vocabulary());
    // a provincial paper writes its own province's bodies bare: "Công an tỉnh", "Sở Ngoại vụ"
    Province outlet = gazetteer.outlets().of(article.url(), article.lead());
    OrganisationMatcher.Scan scan = gazetteer.matcher().scan(s, false, outlet);
    // a renamed body's abbreviation under the name of the article's year or of its full spelling
    java.time.LocalDate dated =
        article.published() == null ? null : article.published().toLocalDate();
    RenamedBodies.Names renamed = gazetteer.renamed().namesIn(s, scan.mentions(), dated);
    scan = renamed.abbreviated().isEmpty() ? scan : renamedMentions(s, scan, renamed);
    scan.mentions().forEach(m -> s.markName(m.from(), m.to()));
    Map<String, String> formed = formedNames(scan.names());
    // the mined trade names the article writes bare are organisations; parties only where a
    // signing clause is short of a side
    List<MinedNames.Found> mined = gazetteer.minedNames().mentions(s, scan, gazetteer.trie());
    List<String> organisations = sameBodies(MinedNames.organisations(scan, mined), formed);

    Map<Integer, OrganisationMatcher.Hit> nouns = new HashMap<>();
    for (OrganisationMatcher.Hit t : scan.triggers()) {
      nouns.put(t.from(), t);
    }
    List<Signings.Signing> signings = Signings.find(s, nouns, words, article.published());
    SigningChoice choice = null;
    NewsFrame frame = null;
    // why each signing makes no agreement, only for parse --explain
    Map<Signings.Signing, String> skipped = why == Provenance.NONE ? null : new HashMap<>();
    if (!signings.isEmpty()) {
      // what the head says the story is: read only for an article that uses the verb
      frame = NewsFrame.of(s, scan, nouns, leadStart, bodyStart, captionStart);
      signings = StoryTense.recall(s, signings, frame, article.published());
      choice =
          SigningChoice.choose(
              s,
              scan,
              signings,
              frame,
              gazetteer.trie(),
              gazetteer::isSurname,
              words,
              mined,
              skipped);
    }
    SigningExplanation.record(
        why, s, signings, choice, skipped, leadStart, bodyStart, captionStart);
    if (choice == null || frame == null) {
      SigningExplanation.none(
          why, signings, "no use told as news names what is signed and a side that signs it");
      return RenamedBodies.renamed(
          article.withAgreementFields(List.of(), organisations, List.of(), null), renamed);
    }
    List<Signings.Signing> reported = choice.reported();
    Signings.Signing chosen = choice.chosen();
    List<String> parties = sameBodies(CandidateNames.ownGovernment(s, choice.parties()), formed);
    // "Công đoàn Công ty X và Tổng giám đốc công ty đã ký thỏa ước": the company signs
    parties = EmployerSide.of(s, scan.mentions(), parties, chosen.verb(), gazetteer);
    // "Ban Chấp hành Công đoàn cơ sở và Giám đốc Công ty X đã ký": the company's union signs
    parties = CompanyUnion.of(s, scan.mentions(), parties, chosen.verb(), gazetteer);
    // "Công ty X tổ chức ký kết thỏa ước lao động tập thể": its union, named elsewhere, signs too
    parties = CompanyUnion.ofCollective(scan.mentions(), parties, chosen, gazetteer);
    if (parties.isEmpty() && weaklyTold(s, reported, frame)) {
      // "Ông Chiến mới ký hợp đồng với báo từ tháng 7": no second side, and only "mới" tells it
      SigningExplanation.none(why, signings, "told as news only by \"mới\", and no side named");
      return RenamedBodies.renamed(
          article.withAgreementFields(List.of(), organisations, List.of(), null), renamed);
    }
    Set<Integer> alone = choice.alone();
    Set<Integer> sentences = new HashSet<>(alone);
    reported.forEach(g -> sentences.add(g.sentence()));
    // "Chủ tịch A và Chủ tịch B ký văn bản": a later sentence telling the signing again
    Set<Integer> retold = new HashSet<>();
    for (Signings.Signing g : signings) {
      if (g.status() != Signings.Status.BACKGROUND
          && g.status() != Signings.Status.IRREALIS
          && !sentences.contains(g.sentence())) {
        retold.add(g.sentence());
      }
    }
    List<Signatories.Signer> signers =
        new ArrayList<>(Signatories.read(s, scan, sentences, retold, gazetteer));
    // "Kết thúc hội đàm, hai Bộ trưởng đã ký": the two ministers the article named before
    List<Signatories.Signer> counted = CountedSigners.of(s, scan, sentences, gazetteer);
    signers.addAll(counted);
    if (parties.isEmpty()) {
      // "Ngoại trưởng Hàn Quốc Kang Kyung-wha và Đại sứ Mỹ ... hôm nay ký": people who sign
      parties = sameBodies(Signatories.signingBodies(signers), formed);
    }
    if (parties.isEmpty()) {
      // "Bộ trưởng Y tế A hội đàm với Bộ trưởng Y tế Lào B. ... hai Bộ trưởng đã ký": their bodies
      parties = sameBodies(CountedSigners.bodies(counted), formed);
    } else if (parties.size() == 1 && !choice.forState()) {
      // "tại trụ sở Bộ LĐ-TB&XH, Thứ trưởng A và Giám đốc ILO Việt Nam B đã ký": the other side
      List<String> more = new ArrayList<>(parties);
      for (String signing : sameBodies(Signatories.signingBodies(signers), formed)) {
        if (!more.contains(signing)) {
          more.add(signing);
        }
      }
      parties = List.copyOf(more);
    }
    // "Bộ trưởng Ngoại giao A và Bộ trưởng Ngoại giao Lào B đã ký ... giữa Bộ Ngoại giao hai nước"
    parties = MinistryPair.of(s, chosen, scan.mentions(), words, parties);
    // "Bộ trưởng Quốc phòng hai nước đã ký Tuyên bố Tầm nhìn chung": the two states' ministries
    parties =
        MinistryPair.ofMinisters(s, ordered(reported, chosen), scan.mentions(), words, parties);
    // "Chủ tịch UBND tỉnh A ... và Tỉnh trưởng tỉnh B đã ký ... giữa hai tỉnh": the provinces sign
    Map<String, String> localities =
        LocalitySides.sides(s, words, scan, reported, parties, gazetteer.trie());
    parties = LocalitySides.renamed(parties, localities);
    // "giữa Đô trưởng Viêng Chăn A và Bí thư Thành ủy TP.HCM B": the secretary's city signs
    Map<String, String> secretaries =
        LocalitySides.secretaries(s, scan, reported, parties, gazetteer.trie());
    parties = LocalitySides.renamed(parties, secretaries);
    // "Trường Đại học Hàng hải" in the lead, "Trường Đại học Hàng hải Việt Nam" in the clause
    parties = FullerForms.of(parties, gazetteer.trie());
    // "Cục Hải quan và ... ký kết" in an article that names "Cục Hải quan tỉnh Cà Mau" elsewhere
    parties = FullerForms.placed(parties, organisations, gazetteer.trie());
    // "Công ty Nafoods Group ký ..." in an article that names "Công ty Cổ phần Nafoods Group"
    parties = FullerForms.withForm(parties, organisations, gazetteer.trie());
    List<Article.Signatory> signatories =
        MinistryPair.signers(
            CompanyUnion.signatories(
                pairUp(
                    Signatories.of(signers, parties),
                    parties,
                    Signatories.unread(signers, parties)),
                parties,
                gazetteer),
            parties,
            words);
    signatories = LocalitySides.signingFor(signatories, localities);
    signatories = LocalitySides.signingFor(signatories, secretaries);
    signatories = LocalitySides.forLocalities(signatories, parties, gazetteer.trie());
    SigningScenes.Scene scene =
        SigningScenes.of(
            s,
            gazetteer.trie(),
            ordered(reported, chosen),
            article.published(),
            frame.headSentences(),
            pictured(signings, reported, frame),
            told(s, signings, reported, nouns, article.published() == null),
            parties);
    java.time.LocalDate signedOn = scene.date();
    for (Signings.Signing g : signings) {
      // "Bản ghi nhớ được ký tại Hà Nội ngày 19/11/2016": the story's document, its day
      signedOn =
          signedOn != null
              ? signedOn
              : SigningPlaces.retoldOn(s, g, nouns, article.published() == null);
    }
    String kind =
        kind(
            chosen,
            reported,
            signings,
            // the chosen document's own sides, not another document's of the same event
            new Told(scan, choice.own().isEmpty() ? parties : choice.own(), frame.headSentences()),
            s,
            words);
    Article.Period period = null;
    for (Signings.Signing g : ordered(reported, chosen)) {
      int[] range = Signings.sentence(s, g.verb());
      // "ký ... đến năm 2025" right after the verb; elsewhere "đến năm" is often another target
      int near = Math.min(range[1], g.verb() + UNTIL_REACH);
      period =
          period != null
              ? period
              : SigningPeriods.signed(s, range[0], range[1], g.verb(), g.noun(), near);
    }
    // "... theo một biên bản ghi nhớ vừa ký kết ... Theo đó, ông A và bà B đã ký bản ghi nhớ về
    // chương trình ... giai đoạn 2019-2024": the same document's signing told once more
    period = period != null ? period : again(s, signings, chosen, kind);
    period = period != null ? period : SigningPeriods.named(s, scan.triggers());
    Article.Agreement agreement = new Article.Agreement(kind, period, signedOn, scene.place());
    if (why != Provenance.NONE) {
      why.record(
          "agreement",
          kind + "; parties " + parties,
          "sentence " + (chosen.sentence() + 1),
          "the parties of the chosen signing's clause");
    }
    if (!organisations.containsAll(parties)) {
      // a state or a province that signs is one of the bodies the article names
      List<String> all = new ArrayList<>(organisations);
      parties.stream().filter(p -> !all.contains(p)).forEach(all::add);
      organisations = List.copyOf(all);
    }
    return RenamedBodies.renamed(
        article.withAgreementFields(parties, organisations, signatories, agreement), renamed);
  }

  /** The scan with each renamed body's abbreviation under the article's name for it. */
  private static OrganisationMatcher.Scan renamedMentions(
      Syllables s, OrganisationMatcher.Scan scan, RenamedBodies.Names renamed) {
    List<OrganisationMatcher.Mention> mentions = new ArrayList<>(scan.mentions().size());
    scan.mentions().forEach(m -> mentions.add(renamed.of(s, m)));
    return new OrganisationMatcher.Scan(
        mentions, scan.triggers(), scan.roles(), scan.province(), scan.places(), scan.aliases());
  }

  /**
   * Whether the signings that may be the agreement are news only by a "mới" before the verb ({@link
   * SigningTense#weaklyReported}): none in the head, none told as news by a stronger word. Read
   * only for an agreement without parties, where no second side vouches for the signing.
   */
  private boolean weaklyTold(Syllables s, List<Signings.Signing> reported, NewsFrame frame) {
    boolean weak = false;
    for (Signings.Signing g : reported) {
      if (frame.inHead(g.sentence())) {
        return false;
      }
      if (SigningTense.weaklyReported(s, g, words)) {
        weak = true;
      } else if (g.status() == Signings.Status.REPORTED) {
        return false;
      }
    }
    return weak;
  }

  /**
   * Each name as the gazetteer names its body: "Ngân hàng Bưu điện Liên Việt" and "Ngân hàng TMCP
   * Bưu điện Liên Việt" are one party and one facet value ({@link Gazetteer#sameBody}), and so are
   * a mined trade name's forms, "Delta Air Lines" and "Delta" ({@link MinedNames#shown}).
   */
  private List<String> sameBodies(List<String> names, Map<String, String> formed) {
    List<String> out = null;
    for (int i = 0; i < names.size(); i++) {
      String body = gazetteer.minedNames().shown(gazetteer.sameBody(names.get(i)));
      body = formed.getOrDefault(body, body);
      if (out == null && !body.equals(names.get(i))) {
        out = new ArrayList<>(names.subList(0, i));
      }
      if (out != null && !out.contains(body)) {
        out.add(body);
      }
    }
    return out == null ? names : List.copyOf(out);
  }

  /**
   * "Tổng Công ty Điện lực Dầu khí Việt Nam - CTCP (PV Power)": the full name of an equitized
   * company, its legal form after a dash ({@code dash-form} of party-words.tsv), which the article
   * gives: the name its body takes in this article, where the gazetteer's name leaves the form out
   * and an abbreviation of it stands for the same body. Each gazetteer name → the name written.
   */
  private Map<String, String> formedNames(List<String> names) {
    Map<String, String> formed = Map.of();
    for (String name : names) {
      int dash = name.lastIndexOf(" - ");
      if (dash < 0 || !ClauseWords.INSTANCE.lists("dash-form", name.substring(dash + 3))) {
        continue;
      }
      formed = formed.isEmpty() ? new HashMap<>() : formed;
      formed.putIfAbsent(gazetteer.sameBody(name.substring(0, dash)), name);
      String body = gazetteer.sameBody(name);
      if (!body.equals(name)) {
        formed.putIfAbsent(body, name);
      }
    }
    return formed;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * "Phó Thủ tướng A và Trưởng ban B đã ký ... giữa X và Y": when no signer's title names a body
   * and there are as many signers as parties, each signs for the party in the same place; when all
   * but one sign for a party, that one signs for the party left. A party that a title names whose
   * person is not read ({@link Signatories#unread}) is that person's, so then nobody is paired.
   */
  private static List<Article.Signatory> pairUp(
      List<Article.Signatory> signers, List<String> parties, List<String> unread) {
    if (signers.size() != parties.size() || parties.stream().anyMatch(unread::contains)) {
      return signers; // "Thứ trưởng A và Giám đốc ILO tại Việt Nam đã ký": A signs not for the ILO
    }
    List<String> left = new ArrayList<>(parties);
    signers.forEach(x -> left.remove(x.party()));
    List<Article.Signatory> open = signers.stream().filter(x -> x.party() == null).toList();
    if (open.size() == 1 && left.size() == 1 && signers.size() > 1) {
      // "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Australia Malcolm Turnbull ký": Turnbull signs for
      // Australia, so the one signer left signs for the one party left, Việt Nam
      List<Article.Signatory> out = new ArrayList<>(signers);
      Article.Signatory x = open.get(0);
      out.set(signers.indexOf(x), new Article.Signatory(x.name(), x.role(), left.get(0)));
      return out;
    }
    if (signers.stream().anyMatch(x -> x.party() != null)) {
      return signers;
    }
    List<Article.Signatory> out = new ArrayList<>(signers.size());
    for (int i = 0; i < signers.size(); i++) {
      Article.Signatory x = signers.get(i);
      out.add(new Article.Signatory(x.name(), x.role(), parties.get(i)));
    }
    return out;
  }

  /**
   * The signings of the head and the captions that are not among the reported ones (one body named,
   * or a caption dated with its year): their sentences may still say where the signing took place.
   */
  private static List<Signings.Signing> pictured(
      List<Signings.Signing> all, List<Signings.Signing> reported, NewsFrame frame) {
    List<Signings.Signing> out = new ArrayList<>();
    for (Signings.Signing g : all) {
      boolean live = g.status() == Signings.Status.REPORTED || g.status() == Signings.Status.PLAIN;
      // a caption dated in full ("... tại Hà Nội ngày 4-6-2018 - Ảnh: UN") reads as an earlier
      // signing in a story that dates its own events by day and month, but it shows this one
      boolean photo = frame.inCaption(g.sentence()) && g.status() == Signings.Status.BACKGROUND;
      boolean where = frame.inHead(g.sentence()) || frame.inCaption(g.sentence());
      if ((live || photo) && where && !reported.contains(g) && out.size() < MAX_PICTURED) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * The signings of the sentence right before a reported ceremony ("Lễ ký kết có sự tham dự của
   * ...", "Tham dự Lễ ký kết có ..."), whatever their tense: the ceremony is the signing that
   * sentence tells, and took place where it says. Then the other signings told as news or plainly
   * that the choice left out, as their sentences give no party: "Hợp đồng, được ký bởi đại diện Nga
   * và Indonesia hôm 14/2 tại thủ đô Jakarta" after the lead's "Indonesia ký hợp đồng mua 11 chiến
   * đấu cơ Su -35 từ Nga" (vietnews-train-050350); only their "tại" phrases are read.
   */
  private static List<Signings.Signing> told(
      Syllables s,
      List<Signings.Signing> all,
      List<Signings.Signing> reported,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      boolean undated) {
    List<Signings.Signing> out = new ArrayList<>();
    for (Signings.Signing g : reported) {
      for (Signings.Signing h : all) {
        boolean told = h.status() != Signings.Status.NOT && h.status() != Signings.Status.IRREALIS;
        if (g.nominal() && h.sentence() == g.sentence() - 1 && told && out.size() < MAX_PICTURED) {
          out.add(h);
        }
      }
    }
    for (Signings.Signing h : all) {
      // "Bản hợp đồng chuyển giao được lãnh đạo hai nhà bán lẻ Việt - Pháp ký kết trong đêm 27-6
      // tại TP. HCM" (vietnews-val-017819): the story's signing told as news once more, in a
      // sentence that names no party, says where
      boolean news = h.status() == Signings.Status.REPORTED || h.status() == Signings.Status.PLAIN;
      if (news && !reported.contains(h) && !out.contains(h) && out.size() < MAX_PICTURED) {
        out.add(h);
      }
    }
    for (Signings.Signing h : all) {
      // "Chủ tịch VCCI ... và Chủ tịch UBND tỉnh Gia Lai ... ký văn bản tại Quy Nhơn (Gia Lai)",
      // "Theo thoả thuận được ký tại triển lãm hàng không MAKS đang diễn ra ở Moskva": the
      // document signed once more, where it was signed, in a sentence read as no signing of its own
      if (!out.contains(h)
          && out.size() < MAX_PICTURED
          && SigningPlaces.retold(s, h, nouns, undated)) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The period of another signing told as news of the agreement's kind of document ("biên bản ghi
   * nhớ" and "bản ghi nhớ" alike), read in its own clause as {@link SigningPeriods#signed} reads
   * it; null when none gives one.
   */
  private static Article.Period again(
      Syllables s, List<Signings.Signing> signings, Signings.Signing chosen, String kind) {
    if (kind == null) {
      return null;
    }
    for (Signings.Signing g : signings) {
      // told as news, or in the sentence right after the chosen one, which goes on telling it
      boolean next =
          g.sentence() == chosen.sentence() + 1
              && g.status() != Signings.Status.IRREALIS
              && g.status() != Signings.Status.NOT;
      boolean news =
          next || g.status() == Signings.Status.REPORTED || g.status() == Signings.Status.PLAIN;
      if (g == chosen || !news || g.noun() == null || !sameDocument(g.noun().value(), kind)) {
        continue;
      }
      // its years, not "đến năm": "Hiện đã có 5 nước đã ký biên bản ghi nhớ, riêng Myanmar xin
      // hoãn thực hiện đến năm 2020" (vietnews-train-089061) is one party's delay
      int[] range = Signings.sentence(s, g.verb());
      Article.Period p = SigningPeriods.signed(s, range[0], range[1], g.verb(), g.noun(), -1);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether a document noun names the agreement's kind of document: one ends the other ("bản ghi
   * nhớ", "biên bản ghi nhớ").
   */
  private static boolean sameDocument(String noun, String kind) {
    String x = noun.toLowerCase(java.util.Locale.ROOT);
    String y = kind.toLowerCase(java.util.Locale.ROOT);
    return x.endsWith(y) || y.endsWith(x);
  }

  /** At most this many head and caption signings are read for a place. */
  private static final int MAX_PICTURED = 8;

  /** The chosen signing first, then the others in text order. */
  private static List<Signings.Signing> ordered(
      List<Signings.Signing> reported, Signings.Signing chosen) {
    List<Signings.Signing> out = new ArrayList<>(reported.size());
    out.add(chosen);
    for (Signings.Signing g : reported) {
      if (g != chosen) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * The document noun of the chosen signing ("ký kết thỏa thuận hợp tác"); when it names none or
   * only "hợp tác", the most specific noun the article uses where it tells a signing ({@link
   * #toldNoun}).
   */
  private static String kind(
      Signings.Signing chosen,
      List<Signings.Signing> reported,
      List<Signings.Signing> all,
      Told told,
      Syllables s,
      ClauseWords words) {
    List<OrganisationMatcher.Hit> nouns = told.scan().triggers();
    String noun = noun(chosen, reported, all, told, s, words);
    String full = SHORT_FOR.get(noun);
    return full != null && nouns.stream().anyMatch(h -> h.value().equals(full)) ? full : noun;
  }

  private static String noun(
      Signings.Signing chosen,
      List<Signings.Signing> reported,
      List<Signings.Signing> all,
      Told told,
      Syllables s,
      ClauseWords words) {
    List<OrganisationMatcher.Hit> nouns = told.scan().triggers();
    int headSentences = told.headSentences();
    OrganisationMatcher.Hit own = signed(chosen, nouns, s);
    for (Signings.Signing g : reported) {
      OrganisationMatcher.Hit h = signed(g, nouns, s);
      // in the head, which tells one signing, a document noun, even a contract's, names more than a
      // bare "hợp tác": the title's "Bệnh viện Bạch Mai ký kết hợp tác với ..." over the lead's
      // "... đã ký kết hợp đồng chuyển giao kỹ thuật"; a contract in the body is mostly one more
      // document of the ceremony ("Diễn ra đồng thời tại sự kiện, là Lễ ký kết Hợp đồng ...")
      boolean head = chosen.sentence() < headSentences && g.sentence() < headSentences;
      // and "thỏa thuận" is the word news writes for any accord, so a contract names it better
      // ("Sabeco ký thỏa thuận tài trợ với ..." over the lead's "... đã ký kết hợp đồng tài trợ")
      boolean specific =
          !GENERIC.contains(h == null ? "" : h.value())
              || head && bare(own)
              || loose(own) && h != null && h.value().equals("hợp đồng") && !also(s, g, words);
      // a document whose sentence names only other bodies is one more document of the ceremony,
      // in the body or the lead ("Hai bên cũng trao Thỏa thuận hợp tác giữa Thông tấn xã Việt Nam
      // và Hãng thông tấn EFE" after "lễ trao Bản ghi nhớ hợp tác giữa Học viện Ngoại giao Việt
      // Nam và ..."), not this one named more fully; after a chosen signing of documents with no
      // noun of their own ("ký 12 văn kiện hợp tác"), one told with a same-event word ("Hai bên
      // cũng trao hiệp định hợp tác song phương") is one more of them, and the sentences that
      // tell the signing choose the kind
      boolean another = g != chosen && (bare(own) ? also(s, g, words) : told.namesOthers(s, g));
      if (h != null && (own == null || (specific && !another && h.rank() < own.rank()))) {
        own = h;
      }
    }
    own = loose(own) || bare(own) ? headNoun(chosen, own, all, told, s) : own;
    if (own != null && !bare(own)) {
      return own.value();
    }
    OrganisationMatcher.Hit best = toldNoun(all, nouns, s, words);
    if (best != null) {
      return best.value();
    }
    return own != null ? own.value() : "ký kết";
  }

  /**
   * The document noun signing {@code g} names: after the verb, or before a passive one as its
   * subject ("Hợp đồng giữa Techcombank và Manulife Việt Nam đã được ký kết"); or null.
   */
  private static OrganisationMatcher.Hit signed(
      Signings.Signing g, List<OrganisationMatcher.Hit> nouns, Syllables s) {
    if (g.noun() != null || !g.passive() || g.nominal()) {
      return g.noun();
    }
    OrganisationMatcher.Hit first = SigningChoice.documentBefore(s, nouns, g);
    for (int i = nouns.size() - 1; first != null && i >= 0; i--) {
      OrganisationMatcher.Hit h = nouns.get(i);
      if (h.to() == first.from() && s.has(first.from(), Syllables.COMMA)) {
        first = h; // "có hơn 306 hợp đồng, bản ghi nhớ ... được ký kết": the list's first
      }
    }
    return first;
  }

  /** The article's bodies, the chosen signing's parties and the head's sentences, for the kind. */
  private record Told(OrganisationMatcher.Scan scan, List<String> parties, int headSentences) {
    /**
     * Whether signing {@code g}'s sentence names bodies and none of the parties, neither as a body
     * nor as written ("Myanmar và Bangladesh đã ký một biên bản ghi nhớ" names the states that sign
     * the lead's "thoả thuận"); false while the parties are unknown.
     */
    boolean namesOthers(Syllables s, Signings.Signing g) {
      int[] range = Signings.sentence(s, g.verb());
      boolean any = false;
      for (OrganisationMatcher.Mention m : scan.mentions()) {
        // a mention may have no name (a kind of body, not one): no party, and immutable lists
        // refuse contains(null)
        if (m.name() != null && m.from() >= range[0] && m.to() <= range[1]) {
          if (parties.contains(m.name())) {
            return false;
          }
          any = true;
        }
      }
      if (!any || parties.isEmpty()) {
        return false;
      }
      String sentence = s.original(range[0], range[1]);
      return parties.stream().noneMatch(sentence::contains);
    }
  }

  /**
   * The head's own document noun for a loose "thỏa thuận" or a bare "hợp tác" of the body or a
   * caption ("tại lễ ký kết hợp tác giữa NutiFood với đối tác Delori" under the lead's "đã ký kết
   * hợp đồng xuất khẩu"): the title or the lead tells the story's signing, plain or as news, and
   * names its document more specifically ("Nga ký biên bản ghi nhớ về thương vụ ..." over the
   * body's "Rostec ... vừa ký thoả thuận sơ bộ"; "Nga ký hợp đồng ... bán tên lửa" over "Putin và
   * Modi hôm nay ký thoả thuận trị giá 5,4 tỷ USD"); {@code own} when none does.
   */
  private static OrganisationMatcher.Hit headNoun(
      Signings.Signing chosen,
      OrganisationMatcher.Hit own,
      List<Signings.Signing> all,
      Told told,
      Syllables s) {
    OrganisationMatcher.Hit best = own;
    List<OrganisationMatcher.Hit> nouns = told.scan().triggers();
    for (Signings.Signing g : all) {
      boolean live = g.status() == Signings.Status.REPORTED || g.status() == Signings.Status.PLAIN;
      OrganisationMatcher.Hit h = live ? signed(g, nouns, s) : null;
      if (g.sentence() < told.headSentences()
          && chosen.sentence() >= told.headSentences()
          && h != null
          && !bare(h)
          && h.rank() < best.rank()
          && !told.namesOthers(s, g)) {
        best = h;
      }
    }
    return best;
  }

  /**
   * Whether signing {@code g}'s sentence tells it as one more document of the event ("Tổng công ty
   * ... cũng đã ký kết một hợp đồng tổng quát" after the leaders' "thoả thuận"): a same-event word
   * before the verb.
   */
  private static boolean also(Syllables s, Signings.Signing g, ClauseWords words) {
    Phrases cue = words.get("same-event");
    int from = Signings.sentence(s, g.verb())[0];
    return cue.find(s, from, g.verb()) >= 0 || cue.endingAt(s, g.verb() + 1, 4) > 0;
  }

  /** Whether {@code noun} is the bare "thỏa thuận", which news writes for any accord. */
  private static boolean loose(OrganisationMatcher.Hit noun) {
    return noun != null && noun.value().equals("thỏa thuận");
  }

  /** Whether {@code noun} names no document: "ký kết hợp tác", or none at all. */
  private static boolean bare(OrganisationMatcher.Hit noun) {
    return noun != null && (noun.value().equals("hợp tác") || noun.value().equals("ký kết"));
  }

  /**
   * The most specific document noun the article uses where it tells a signing that is news: in the
   * sentence of a signing neither earlier nor ahead, in the sentence just before one ("MobiFone và
   * FPT vừa đạt được thỏa thuận hợp tác chiến lược ... Lễ ký kết diễn ra sáng 2/10 tại Hà Nội"), or
   * after a sentence-opening "Theo" that gives the terms of what was signed ("Theo biên bản ghi
   * nhớ, hai bên sẽ phối hợp ..." after "đã ký kết hợp tác"). A noun elsewhere is mostly another
   * document: "hoan nghênh thoả thuận cấp chính phủ về ... đường dây nóng" beside "hai bên đã ký
   * kết quan hệ đối tác toàn diện", "tổng kết chương trình hợp tác ... giai đoạn 2007-2015" beside
   * a caption's "lễ ký kết hợp tác kinh tế". Null when there is none.
   */
  private static OrganisationMatcher.Hit toldNoun(
      List<Signings.Signing> all,
      List<OrganisationMatcher.Hit> nouns,
      Syllables s,
      ClauseWords words) {
    Set<Integer> elsewhere = new HashSet<>();
    Set<Integer> told = new HashSet<>();
    for (Signings.Signing g : all) {
      switch (g.status()) {
        case BACKGROUND, IRREALIS -> elsewhere.add(g.sentence());
        case REPORTED, PLAIN -> {
          told.add(g.sentence());
          told.add(g.sentence() - 1);
        }
        case NOT -> {}
      }
    }
    Phrases terms = words.get("terms-of");
    OrganisationMatcher.Hit best = null;
    for (OrganisationMatcher.Hit h : nouns) {
      boolean bare = h.to() - h.from() == 2 && s.is(h.from(), "bien"); // any "biên bản"
      int sentence = s.sentence[h.from()];
      int term = terms.endingAt(s, h.from(), 2);
      boolean opens = term > 0 && (h.from() == term || s.sentence[h.from() - term - 1] != sentence);
      if (!GENERIC.contains(h.value())
          && !bare
          && !elsewhere.contains(sentence)
          && (told.contains(sentence) || opens)
          && (best == null || h.rank() < best.rank())) {
        best = h;
      }
    }
    return best;
  }

  /**
   * Whether a paragraph may be the lead of the text that follows it: it holds a letter, ends with
   * no photo's credit, and is written in Vietnamese when what follows is: a letter of ours marks it
   * ("đ", a tone), or nothing after it has one (a text written without marks).
   */
  private static boolean lead(String paragraph, String rest) {
    return paragraph.codePoints().anyMatch(Character::isLetter)
        && !LineRoles.endsWithCredit(paragraph)
        && (!OrganisationMatcher.unmarked(paragraph) || OrganisationMatcher.unmarked(rest));
  }

  private static int append(char[] to, int at, String part) {
    part.getChars(0, part.length(), to, at);
    to[at + part.length()] = '\n';
    return at + part.length() + 1;
  }

  /**
   * Whether {@code body} writes "nh:" or "NH:" (as in "Ảnh:", "ẢNH:"), where a paragraph may end
   * with a photo's credit. One search for the colon, which few paragraphs hold, where two searches
   * for the three letters cost a twentieth of the extractor.
   */
  private static boolean mayCredit(String body) {
    for (int colon = body.indexOf(':'); colon >= 0; colon = body.indexOf(':', colon + 1)) {
      char n = colon >= 2 ? body.charAt(colon - 2) : ' ';
      char h = colon >= 2 ? body.charAt(colon - 1) : ' ';
      if (n == 'n' && h == 'h' || n == 'N' && h == 'H') {
        return true;
      }
    }
    return false;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
