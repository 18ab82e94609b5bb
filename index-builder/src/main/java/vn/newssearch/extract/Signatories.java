package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.model.Article;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The people who sign, in the sentences of the reported signings: a title, optionally the body they
 * sign for, then a name ("Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung", "Bộ trưởng Công thương Vũ Huy
 * Hoàng", "Bộ trưởng Quốc phòng Mỹ Jim Mattis"); a name, then its title ("ông Trần Văn A, Giám đốc
 * Công ty X"); or a degree and a name that sign ("tiến sĩ Nguyễn Bá Hải ... ký kết"). The person is
 * never a party; the body is the signer's party when it is one of the agreement's parties, else the
 * state of the title when that is, else the title's body. Witnesses are no signers ({@link
 * SignerClause}).
 */
final class Signatories {
  /** How many titles in the signing sentences are read; keeps a pathological text cheap. */
  static final int ROLES_READ = 48;

  /** Syllables of the shortest name. */
  private static final int NAME_MIN = 2;

  private Signatories() {}

  /**
   * A signer read from the text: the title's body and state, either may be null; {@code brand} the
   * capitalised words after a title whose body the scan does not read ("Tổng Giám đốc Vietjet"),
   * which name the signer's party only when they name one of the agreement's parties.
   */
  record Signer(
      String name, String role, String body, String state, boolean subject, String brand) {}

  static List<Article.Signatory> find(
      Syllables s,
      OrganisationMatcher.Scan scan,
      Set<Integer> signingSentences,
      Gazetteer g,
      List<String> parties) {
    return of(read(s, scan, signingSentences, g), parties);
  }

  /**
   * The signers {@link #read} found, each once, with the party each signs for: a person named twice
   * signs for the party the fuller mention gives ("Thủ tướng Malcolm Turnbull ký ..." and then "Thủ
   * tướng Australia Malcolm Turnbull ... ký": Australia).
   */
  static List<Article.Signatory> of(List<Signer> signers, List<String> parties) {
    List<Article.Signatory> out = new ArrayList<>();
    for (Signer x : signers) {
      if (x.name() == null) {
        continue;
      }
      Article.Signatory signatory = new Article.Signatory(x.name(), x.role(), party(x, parties));
      int seen = -1;
      for (int i = 0; i < out.size() && seen < 0; i++) {
        seen = out.get(i).name().equals(x.name()) ? i : -1;
      }
      if (seen < 0) {
        out.add(signatory);
      } else if (out.get(seen).party() == null && signatory.party() != null) {
        out.set(seen, signatory);
      }
    }
    return out;
  }

  /**
   * The bodies that people sign for when they are the subject of "ký" and the clause names no body:
   * "Ngoại trưởng Hàn Quốc Kang Kyung-wha và Đại sứ Mỹ tại Hàn Quốc Harry Harris hôm nay ký thoả
   * thuận" → Hàn Quốc, Mỹ; "Bộ trưởng Khoa học và Công nghệ Chu Ngọc Anh cùng ... đã ký" → Bộ Khoa
   * học và Công nghệ. A person named in a side clause ("Nhân dịp Thủ tướng ... dự diễn đàn, các bộ,
   * ngành hai nước đã ký") or after the verb signs for nobody here.
   */
  static List<String> signingBodies(List<Signer> signers) {
    List<String> out = new ArrayList<>();
    for (Signer x : signers) {
      String body = x.subject() ? party(x, List.of()) : null;
      if (body != null && !body.equals(CompanyUnion.LEVEL) && !out.contains(body)) {
        out.add(body);
      }
    }
    return out;
  }

  /**
   * The bodies that titles name in the signing sentences when no person is read after them ("Thứ
   * trưởng Lê Văn Thanh và Giám đốc ILO tại Việt Nam đã ký": the ILO): the party of that unread
   * signer, which no other signer is paired with.
   */
  static List<String> unread(List<Signer> signers, List<String> parties) {
    List<String> out = new ArrayList<>();
    for (Signer x : signers) {
      if (x.name() == null) {
        out.add(party(x, parties));
      }
    }
    return out;
  }

  /**
   * The people titled in the signing sentences, read once for the parties and the signatories; a
   * title naming a body with no person read after it gives a signer with a null name ({@link
   * #unread}).
   */
  static List<Signer> read(
      Syllables s, OrganisationMatcher.Scan scan, Set<Integer> signingSentences, Gazetteer g) {
    return read(s, scan, signingSentences, Set.of(), g);
  }

  /**
   * As {@link #read}, and in the {@code retold} sentences, which tell the signing again without
   * naming its parties ("Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang và Chủ tịch Hội LHPN Việt
   * Nam Hà Thị Nga ký nghị quyết", "Thỏa thuận được ký giữa Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh
   * và Thị trưởng Seoul Oh Se-hoon"), the people who sign together: at least two, each the verb's
   * subject or its agent after a passive "được ký bởi"/"được ký ... giữa"; they lend no party.
   */
  static List<Signer> read(
      Syllables s,
      OrganisationMatcher.Scan scan,
      Set<Integer> signingSentences,
      Set<Integer> retold,
      Gazetteer g) {
    return read(s, scan, signingSentences, retold, g, false);
  }

  /**
   * The people a title names in one sentence that need not tell a signing ("Bộ trưởng Y tế Đào Hồng
   * Lan đã hội đàm với Bộ trưởng Y tế công cộng Cuba José Ángel Portal Miranda"), for a later
   * signing that names them by their count only ({@link CountedSigners}); witnesses stay out.
   */
  static List<Signer> titled(
      Syllables s, OrganisationMatcher.Scan scan, int sentence, Gazetteer g) {
    return read(s, scan, Set.of(sentence), Set.of(), g, true);
  }

  private static List<Signer> read(
      Syllables s,
      OrganisationMatcher.Scan scan,
      Set<Integer> signingSentences,
      Set<Integer> retold,
      Gazetteer g,
      boolean anywhere) {
    Map<Integer, OrganisationMatcher.Mention> byStart = new HashMap<>();
    for (OrganisationMatcher.Mention m : scan.mentions()) {
      byStart.put(m.from(), m);
    }
    Map<Integer, OrganisationMatcher.Hit> roleAt = new HashMap<>();
    Set<Integer> titleEnds = new HashSet<>();
    for (OrganisationMatcher.Hit role : scan.roles()) {
      roleAt.put(role.from(), role);
      titleEnds.add(role.to());
    }
    List<Signer> found = new ArrayList<>();
    int read = 0;
    Map<Integer, List<Signer>> together = new HashMap<>();
    Set<Integer> signedWith =
        new HashSet<>(); // retold sentences whose one agent signs with another or for a side
    for (OrganisationMatcher.Hit role : scan.roles()) {
      boolean again = retold.contains(s.sentence[role.from()]);
      if (!again && !signingSentences.contains(s.sentence[role.from()])) {
        continue;
      }
      if (++read > ROLES_READ) {
        break; // no signing has more signers; a text repeating titles is not read on
      }
      if (role.from() > 0 && s.is(role.from() - 1, "cua") && !s.has(role.from(), Syllables.BREAK)) {
        continue; // "theo thông báo của Thủ tướng Trung Quốc Lý Khắc Cường": a source, no signer
      }
      // the title's body: a named body, or the field of "Bộ trưởng Công thương", then a state
      int p = role.to();
      String body = null;
      OrganisationMatcher.Hit also = s.is(p, "kiem") ? roleAt.get(p + 1) : null;
      // "chủ tịch kiêm giám đốc điều hành Tập đoàn Boeing": the body of the second title
      OrganisationMatcher.Mention m = byStart.get(also != null ? also.to() : p);
      if (m == null && also == null) {
        m = g.matcher().bodyEndingTitle(s, role); // "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh"
      }
      boolean bracketed = false; // "Cơ quan Phát triển Pháp (AFD) Rémy Rioux"
      if (m != null) {
        body = m.name();
        p = PersonNames.pastAbbreviation(s, m.to());
        // the scan may have read the abbreviation into the name ("... Hàn Quốc (MOTIE) Paik Ungyu")
        bracketed =
            p < s.size
                && s.has(p - 1, Syllables.PAREN)
                && !s.has(p, Syllables.PAREN)
                && s.sentence[p] == s.sentence[p - 1];
      } else {
        int[] field = SignerClause.field(s, role, g);
        Phrases.Phrase level = ClauseWords.INSTANCE.get("company-union").at(s, p);
        if (field != null) {
          body = SignerClause.fieldBody(s, role, field[0], g);
          p = field[0];
        } else if (level != null) {
          // "Chủ tịch Công đoàn cơ sở Nguyễn Văn An": the company's union (CompanyUnion)
          body = CompanyUnion.LEVEL;
          p += level.length();
        }
      }
      int[] brandAt =
          body == null ? SignerClause.brandAt(s, also != null ? also.to() : p, g) : null;
      String brand = brandAt == null ? null : s.original(brandAt[0], brandAt[1]);
      // "Thị trưởng Tokyo Yuriko Koike", "Đô trưởng Viêng Chăn A": a mayor heads the city, not the
      // state it is the capital of
      boolean cityHead =
          body == null && MAYORS.contains(role.value()) && SigningPlaces.abroad(s, p) != null;
      Phrases.Phrase state =
          p < s.size && !cityHead ? ClauseWords.INSTANCE.countryAnywhere(s, p) : null;
      int city = body == null && state == null && also == null ? cityAbroad(s, p) : p;
      boolean unplaced = city == p && body == null && state == null && also == null;
      // "Tỉnh trưởng tỉnh Hủa Phăn": a governor's title names a province abroad, with its country
      // written or not
      ClauseParties.Candidate province =
          unplaced && GOVERNORS.contains(role.value())
              ? PartyCandidates.governedUnit(
                  s, g.trie(), p, s.has(role.from(), Syllables.COMMA | Syllables.DASH))
              : null;
      province =
          province == null && unplaced ? PartyCandidates.foreignUnit(s, p, p, false) : province;
      boolean foreignCity = city > p || province != null;
      if (city > p) {
        // "Thị trưởng Frankfurt - Peter Feldmann": the city abroad is the title's body
        body = cityName(s, p, city);
        p = city;
      } else if (province != null) {
        // "Tỉnh trưởng tỉnh Sê Kông (Lào) Leklay Sivilay": a province abroad with its country
        body = province.name();
        p = pastCountry(s, province.to());
        bracketed = true;
      }
      String stateName = state == null ? null : state.value();
      if (state == null && body != null && m != null) {
        // the body's own state: "Bộ trưởng Bộ Nội vụ Lào Khamman Sounvileuth", "Tổng Giám đốc Cơ
        // quan Phát triển Pháp (AFD) Rémy Rioux"
        stateName = CandidateNames.foreignState(body);
      }
      p += state == null ? 0 : state.length();
      if (body == null && stateName == null) {
        body = SignerClause.titledBody(s, role, g); // "Bộ trưởng Quốc phòng Ngô Xuân Lịch"
      }
      if (body == null && stateName == null) {
        body = SignerClause.seat(s, role, scan.mentions()); // "tại trụ sở Bộ X, Thứ trưởng A"
      }
      boolean abroad = stateName != null && !stateName.equals("Việt Nam") || foreignCity;
      Phrases.Phrase owner =
          m != null && state == null && !abroad && p + 1 < s.size && s.is(p, "cua")
              ? ClauseWords.INSTANCE.countryAnywhere(s, p + 1)
              : null;
      if (owner != null && !owner.value().equals(VIET_NAM)) {
        // "Chủ tịch Hãng thông tấn Prensa Latina của Cuba Luis Enrique González" (probe p15-049):
        // the body's state after "của", a foreign name after it; the party stays the body
        p += 1 + owner.length();
        abroad = true;
      }
      Phrases.Phrase post =
          (state != null || m != null) && s.is(p, "tai") && p + 1 < s.size
              ? ClauseWords.INSTANCE.countryAnywhere(s, p + 1)
              : null;
      // "Đại sứ Mỹ tại Hàn Quốc Harry Harris"; "Trưởng đại diện UNICEF tại Việt Nam Rana Flowers":
      // a body's office in a country is a foreign body's, its head may be foreign
      // "Giám đốc ILO Việt Nam Ingrid Christensen": a body then our country is its office here
      boolean office =
          post != null && state == null || m != null && state != null && VIET_NAM.equals(stateName);
      p += post == null ? 0 : 1 + post.length();
      int level = body == null && stateName == null ? PersonNames.word("level", s, p) : 0;
      if (level > 0 && PersonNames.vietnamese(s, p + level, g) != null) {
        p += level; // "Chủ tịch UBND tỉnh Lữ Văn Hùng": the article's province, then the name
      }
      PersonNames.Name name = PersonNames.vietnamese(s, p, g, bracketed);
      int at = role.from();
      boolean subject = false; // a name read by a looser rule must be the verb's subject
      if (name == null && brandAt != null && brandAt[0] == p) {
        // "Giám đốc quốc gia Microsoft Việt Nam Phạm Thế Trường": the name after the brand
        name = PersonNames.vietnamese(s, brandAt[1], g, false);
        subject = name != null;
      }
      // "Thống đốc Bang Oregon Kate Brown": a unit abroad, read below, not a company's brand
      boolean unitWord = p < s.size && ClauseWords.INSTANCE.get("foreign-unit").at(s, p) != null;
      int company = name == null && brandAt != null && brandAt[0] == p && !unitWord ? -1 : 0;
      if (company < 0) {
        // "Phó Chủ tịch Boeing Brad McMullen": the company the article names, then a foreign name
        company = SignerClause.namedCompanyEnd(s, brandAt, titleEnds);
        name = company < 0 ? null : PersonNames.foreign(s, company, false);
        name = name != null && name.to() == brandAt[1] ? name : null;
        subject = name != null;
        brand = name == null ? brand : s.original(brandAt[0], company);
      }
      int[] unit =
          name == null && m == null && body == null && state == null && also == null
              ? SignerClause.unitAbroad(s, p, titleEnds, g)
              : null;
      if (unit != null) {
        // "Thống đốc tỉnh Ishikawa Tanimoto Masanori": a province abroad, then its head
        body =
            ClauseWords.INSTANCE.get("foreign-unit").at(s, p).value()
                + " "
                + s.original(unit[0], unit[1]);
        name = PersonNames.vietnamese(s, unit[1], g);
        name = name != null ? name : PersonNames.foreign(s, unit[1], false);
        subject = true;
      }
      int dash = brandAt != null && brandAt[0] == p ? brandAt[1] : p;
      if (name == null
          && dash + 1 < s.size
          && s.has(dash, Syllables.DASH)
          && PersonNames.word("honorific", s, dash) == 1) {
        // "Chủ tịch Hội Luật gia Việt Nam - ông Nguyễn Văn Quyền (trái) và ... đã ký kết",
        // "thứ trưởng Bộ Cơ sở hạ tầng và quản lý nước Hà Lan - ông Roald Lappere ký kết"
        name = PersonNames.vietnamese(s, dash + 1, g);
        name = name != null ? name : PersonNames.foreign(s, dash + 1, false);
        subject = name != null;
      }
      if (name == null && (abroad || office)) {
        name = PersonNames.foreign(s, p, bracketed); // "Bộ trưởng Quốc phòng Nga Sergey Shoigu"
        subject = true;
      }
      if (name == null && !bracketed) {
        int from = foreignNameStart(s, role, p, m, brandAt, body, state);
        PersonNames.Name alien = from < 0 ? null : PersonNames.alien(s, from);
        if (alien != null && (m != null || alien.to() == brandAt[1])) {
          // "Tổng Giám đốc ZEDM Ana Teresa Igarza", "Thị trưởng Toshikazu Yamade": a name no
          // Vietnamese could bear, after an acronym or a title of public office
          name = alien;
          subject = true;
          brand = m == null && from > p ? s.original(p, from) : brand;
        }
      }
      boolean opens = // "ông Trần Thanh Mẫn (Phó chủ tịch kiêm Tổng thư ký ...)": a bracketed title
          role.from() > 0
              && s.has(role.from(), Syllables.PAREN)
              && !s.has(role.from() - 1, Syllables.PAREN);
      if (name == null && (opens || s.has(role.from(), Syllables.COMMA | Syllables.DASH))) {
        // "ông Hoàng Ngọc Huấn, chủ tịch HĐQT VTVcab": the name before its title
        name = PersonNames.before(s, role.from(), g);
        at = name == null ? at : name.from();
        subject = true;
      }
      if (name == null
          && m == null
          && body == null
          && stateName == null
          && !anywhere
          && role.from() > 0
          && PersonNames.word("joins-signers", s, role.from() - 1) == 1) {
        // "Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn và Bộ trưởng Giáo dục đại học và Nghiên cứu Pháp
        // Sylvie Retailleau đã ký": the pair's second, whose field is not read, then its state
        CountedSigners.Stated stated = CountedSigners.afterState(s, role, roleAt);
        int end = stated == null ? 0 : stated.name().to();
        if (stated != null
            && end < s.size
            && !s.has(end, Syllables.UPPER)
            && SignerClause.signs(s, end)) {
          // a name cut short ("Thani bin Ahmed Al Zeyoudi") is not read
          name = stated.name();
          stateName = stated.state();
          subject = true;
        }
      }
      if (name == null && !bracketed && !anywhere && opensPerson(s, role)) {
        // "Giám đốc Bưu điện tỉnh Trần Quốc Toản đã ký": a body the scan does not read, then the
        // name right before the verb or the next signer
        name = NameAfterBody.read(s, p, roleAt.keySet(), g);
        subject = name != null;
      }
      name = PersonNames.gluedTail(s, name, g); // "Tỉnh trưởng Gyeonggi Kim Dong-yeon"
      // "... ký kết hợp tác với ông Jaime Brown, Chủ tịch Công ty ...": the one a signer signs with
      boolean with = subject && name != null && SignerClause.signedWith(s, name.from());
      if (name == null && m != null && !SignerClause.watches(s, at)) {
        // "Giám đốc ILO tại Việt Nam đã ký": a title naming a body whose person is not read
        found.add(new Signer(null, role.value(), body, stateName, false, null));
      }
      // "Thỏa thuận đã được ký kết giữa Đô trưởng Viêng Chăn A và Bí thư ... B": a place's head as
      // a passive's agent signs as the verb's subject does
      boolean placeAgent =
          PersonNames.word("place-head", s, role.from()) > 0 && SignerClause.agent(s, at);
      if (name == null
          || SignerClause.watches(s, at)
          || !with && SignerClause.atCeremony(s, name.to())
          || SignerClause.inOpeningScene(s, at, name.to())
          || (subject
              && !anywhere
              && !with
              && !SignerClause.signs(s, name.to())
              && !SignerClause.listedAfterVerb(s, at)
              && !(again && SignerClause.agent(s, at))
              && !placeAgent)) {
        continue; // "trước sự chứng kiến của ... Tổng thống Pháp Emmanuel Macron": a witness
      }
      String behalf = SignerClause.behalf(s, name.to(), byStart);
      if (again) {
        if (SignerClause.signs(s, name.to())
            || SignerClause.agent(s, at)
            || SignerClause.listedAfterVerb(s, at)) {
          together
              .computeIfAbsent(s.sentence[at], k -> new ArrayList<>())
              .add(new Signer(name.text(), role.value(), body, stateName, false, brand));
        }
        if (SignerClause.agentSigningWith(s, at, name.to())
            || SignerClause.signsFor(s, at, name.to())) {
          // "Hợp đồng do Bộ trưởng ... A ký với đại diện ...", "A đại diện tỉnh ký văn bản"
          signedWith.add(s.sentence[at]);
        }
        continue;
      }
      found.add(
          new Signer(
              name.text(),
              role.value(),
              behalf != null ? behalf : body,
              stateName,
              subject || SignerClause.signs(s, name.to()) || placeAgent,
              brand));
    }
    if (anywhere) {
      return found;
    }
    for (int sentence : retold) {
      for (String kind : List.of("degree", "honorific")) {
        for (Signer x : SignerClause.namedBy(kind, s, Set.of(sentence), g, true)) {
          together.computeIfAbsent(sentence, k -> new ArrayList<>()).add(x); // "Đại tướng A và"
        }
      }
    }
    for (Map.Entry<Integer, List<Signer>> people : together.entrySet()) {
      long named = people.getValue().stream().map(Signer::name).distinct().count();
      if (named >= 2 || named == 1 && signedWith.contains(people.getKey())) {
        found.addAll(people.getValue()); // two sides sign together: the retold signing's signers
      }
    }
    found.addAll(SignerClause.namedBy("degree", s, signingSentences, g));
    found.addAll(SignerClause.counterparts(s, signingSentences, scan.roles(), g));
    found.addAll(SignerClause.namedBy("leader", s, signingSentences, g));
    found.addAll(SignerClause.namedBy("honorific", s, signingSentences, g));
    return found;
  }

  /**
   * Where a foreign name may start after a title whose person is not read yet and whose body the
   * scan does not know, or -1: after a brand's first word when it is an acronym ("Tổng Giám đốc
   * ZEDM Ana Teresa Igarza" when "ZEDM" names no body); right after a title of public office with
   * no body or state ("Thị trưởng Toshikazu Yamade"). Capitals after another title may all be a
   * company's ("Chủ tịch Nvidia Jensen Huang"), so they are not read. The title must open a person
   * of the subject: at the sentence's start, after a comma or a dash, or after "và"/"cùng".
   */
  private static int foreignNameStart(
      Syllables s,
      OrganisationMatcher.Hit role,
      int p,
      OrganisationMatcher.Mention m,
      int[] brandAt,
      String body,
      Phrases.Phrase state) {
    if (!opensPerson(s, role)) {
      return -1; // "đoàn tháp tùng Thủ tướng Shinzo Abe ... ký" (vietnews-train-036201): a modifier
    }
    if (m != null) {
      return p;
    }
    if (brandAt == null || brandAt[0] != p || body != null || state != null) {
      return -1;
    }
    if (brandAt[1] - p > NAME_MIN && isAcronym(s, p)) {
      return p + 1;
    }
    boolean office = PersonNames.word("public-office", s, role.from()) == role.to() - role.from();
    return office && role.to() == p ? p : -1;
  }

  /**
   * Whether the title opens a person of the subject: at the sentence's start, after a comma or a
   * dash, or after "và"/"cùng".
   */
  private static boolean opensPerson(Syllables s, OrganisationMatcher.Hit role) {
    int k = role.from();
    return k == 0
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || PersonNames.word("joins-signers", s, k - 1) == 1;
  }

  /** "OVL", "ZEDM": two or more letters, all capitals. */
  private static boolean isAcronym(Syllables s, int k) {
    if (s.end[k] - s.start[k] < 2) {
      return false;
    }
    for (int i = s.start[k]; i < s.end[k]; i++) {
      if (!Character.isUpperCase(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a city abroad at p, after a title: "Frankfurt" ({@code abroad} rows and the world's
   * cities of signing-places.tsv), with a type word before it ("thành phố Kitakyushu", {@code
   * foreign-unit} of party-words.tsv); else p.
   */
  private static int cityAbroad(Syllables s, int p) {
    Phrases.Phrase unit = p < s.size ? ClauseWords.INSTANCE.get("foreign-unit").at(s, p) : null;
    int q = unit == null ? p : p + unit.length();
    Phrases.Phrase city = q < s.size ? SigningPlaces.abroad(s, q) : null;
    return city == null || s.sentence[q] != s.sentence[p] ? p : q + city.length();
  }

  /**
   * Past the bracketed country that follows a province abroad at q ("tỉnh Sê Kông (Lào)"); q itself
   * when the country came after a comma and ends the province's mention already.
   */
  private static int pastCountry(Syllables s, int q) {
    Phrases.Phrase country =
        q < s.size && s.has(q, Syllables.PAREN) ? ClauseWords.INSTANCE.countryAnywhere(s, q) : null;
    return country == null ? q : q + country.length();
  }

  /** The city at [p, to) as a party names it: "Frankfurt", "thành phố Kitakyushu". */
  private static String cityName(Syllables s, int p, int to) {
    Phrases.Phrase unit = ClauseWords.INSTANCE.get("foreign-unit").at(s, p);
    return unit == null
        ? s.original(p, to)
        : unit.value() + " " + s.original(p + unit.length(), to);
  }

  /**
   * The title's body when it is a party; else its state, or that state's government, when that is a
   * party ("Bộ trưởng Quốc phòng Mỹ Jim Mattis" signs for "Mỹ", a minister of ours for "Việt Nam"
   * or "Chính phủ Việt Nam"); else the body, with its state when it is foreign (never our ministry
   * of the same name); else the state.
   */
  private static final String MINISTRY = "Bộ ";

  /**
   * A city's heads (roles.txt), whose title a capital follows as the city: "Thị trưởng Seoul",
   * "Thống đốc Tokyo", "Đô trưởng Viêng Chăn" (a capital's mayor signs for his city, not its
   * state).
   */
  private static final Set<String> MAYORS =
      Set.of(
          "Thị trưởng",
          "Phó Thị trưởng",
          "Thống đốc",
          "Phó Thống đốc",
          "Đô trưởng",
          "Phó Đô trưởng");

  /**
   * Titles (roles.txt) no body of ours holds, of a governor abroad whose province or city follows
   * as his body, its country written or not: "Tỉnh trưởng tỉnh Savannakhet", "Đô trưởng Thủ đô
   * Viêng Chăn", "Quận trưởng quận Yanggu".
   */
  private static final Set<String> GOVERNORS =
      Set.of(
          "Tỉnh trưởng",
          "Phó Tỉnh trưởng",
          "Đô trưởng",
          "Phó Đô trưởng",
          "Quận trưởng",
          "Phó Quận trưởng",
          "Thị trưởng",
          "Phó Thị trưởng");

  private static final String VIET_NAM = "Việt Nam";
  private static final String GOVERNMENT = "Chính phủ ";

  /** The body a signer's title names, with its foreign state ("Bộ Y tế" + "Lào"). */
  static String bodyOf(Signer x) {
    return party(x, List.of());
  }

  private static String party(Signer x, List<String> parties) {
    String state = x.state();
    String body = x.body();
    if (body != null && state != null && !state.equals("Việt Nam") && !body.endsWith(state)) {
      body = body + " " + state; // "Bộ trưởng Bộ Khoa học và Công nghệ Thái Lan": theirs, not ours
    }
    if (body != null && contains(parties, body)) {
      return body;
    }
    if (body != null && body.startsWith(GOVERNMENT)) {
      // "ký thay mặt Chính phủ Việt Nam" when the party is the state "Việt Nam"
      for (String p : parties) {
        if (same(p, body.substring(GOVERNMENT.length()))) {
          return p;
        }
      }
    }
    if (body == null && x.brand() != null) {
      // "Bà Nguyễn Thị Phương Thảo, Tổng Giám đốc Vietjet": the party "Hãng Vietjet Air"
      for (String p : parties) {
        if (CandidateNames.brandOf(p, x.brand())) {
          return p;
        }
      }
    }
    // "Bộ trưởng Công Thương Trần Tuấn Anh" signing EVFTA for Việt Nam: a ministry with no foreign
    // state is ours; a minister signs for the state or its government when that is the party
    String own = state == null && body != null && body.startsWith(MINISTRY) ? VIET_NAM : state;
    if (own != null) {
      for (String p : parties) {
        if (same(p, own)
            || same(ClauseWords.INSTANCE.stateNamed(p), own)
            || same(p, GOVERNMENT + own)) {
          return p;
        }
      }
    }
    return body != null ? body : state;
  }

  private static boolean contains(List<String> parties, String name) {
    return parties.stream().anyMatch(p -> same(p, name));
  }

  private static boolean same(String a, String b) {
    return a != null
        && b != null
        && VietnameseAnalysis.foldKey(a).equals(VietnameseAnalysis.foldKey(b));
  }
}
