package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.NameTrie.Kind;

/**
 * The bodies of one sentence that could sign: organisations the grammar or the gazetteer names,
 * provinces and cities, states, and brands standing where a party stands ({@link BrandNames}).
 * Which of them sign is for {@link ClauseParties} to read from the clause.
 */
final class PartyCandidates {
  /** Lower-case words a head and the brand that names it may have between them. */
  private static final int DESCRIPTION_MAX = 10;

  private PartyCandidates() {}

  /**
   * The bodies in syllables [first, end) that could sign: organisations (not in brackets),
   * provinces and cities not inside an organisation's name, states, and brands where a party may
   * start.
   */
  static List<ClauseParties.Candidate> candidates(
      Syllables s,
      List<OrganisationMatcher.Mention> mentions,
      NameTrie trie,
      BrandNames brands,
      int first,
      int end) {
    List<ClauseParties.Candidate> out = new ArrayList<>();
    int covered = first;
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) { // the first mention from `first` on; mentions are in text order
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).from() < first) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int m = lo;
    int blockedEnd = -2;
    boolean blockedNamed = false; // whether the body that ends at blockedEnd is named, no place
    int venueEnd = -2; // where a place that a comma ends ends ("tại Hà Nội, ...")
    ClauseParties.Candidate body =
        null; // the last named body, for "Bộ Quốc phòng Việt Nam và Hàn Quốc"
    int countryEnd = -1; // where the state that ends that body's name ends
    int ownEnd = -1; // where that body ends when our country ends its name ("... Việt Nam")
    for (int k = first; k < end; ) {
      if (m < mentions.size() && mentions.get(m).from() == k) {
        OrganisationMatcher.Mention x = mentions.get(m++);
        String bracketed =
            x.name() != null
                    && s.has(k, Syllables.PAREN)
                    && body != null
                    && !out.isEmpty()
                    && out.getLast() == body
                ? CandidateNames.unitOf(s, body, x)
                : null;
        if (bracketed != null) {
          // "Cục Phát triển du lịch (Bộ Thông tin, Văn hóa và Du lịch Lào)": the unit's ministry
          body = new ClauseParties.Candidate(body.from(), body.to(), bracketed, true);
          out.set(out.size() - 1, body);
        }
        int member = x.name() != null ? CandidateContext.brandAfterClass(s, k) : -1;
        ClauseParties.Candidate named =
            member >= 0 && member < x.to() ? brands.at(member, x.to(), trie) : null;
        if (named != null && named.to() == x.to()) {
          // "với các hãng Airbus, Boeing và ...": the class's first member, not "Hãng Airbus"
          out.add(named);
          body = null;
          covered = Math.max(covered, x.to());
          k = x.to();
          continue;
        }
        if (x.name() != null
            && !s.has(k, Syllables.PAREN)
            && !CandidateContext.counted(s, k)
            && !CandidateContext.person(s, k)) {
          String unit =
              body != null && !out.isEmpty() && out.getLast() == body
                  ? CandidateNames.unitOf(s, body, x)
                  : null;
          if (unit != null) {
            // "Cục Phát triển du lịch, Bộ Thông tin, Văn hóa và Du lịch Lào": the unit's ministry
            body = new ClauseParties.Candidate(body.from(), x.to(), unit, true);
            out.set(out.size() - 1, body);
          } else {
            int head = dashedFrom(s, k, out);
            body =
                new ClauseParties.Candidate(
                    head < 0 ? x.from() : head,
                    x.to(),
                    CandidateNames.classed(s, x, CandidateNames.government(s, x)),
                    true);
            out.add(body);
            while (m < mentions.size()
                && mentions.get(m).from() == x.from()
                && mentions.get(m).to() == x.to()
                && mentions.get(m).name() != null
                && !mentions.get(m).name().equals(x.name())) {
              // "Ủy ban nhân dân 3 tỉnh vừa nêu": the body of each place the words refer back
              // to, one span for them all (PlaceLists.referring)
              body = new ClauseParties.Candidate(x.from(), x.to(), mentions.get(m++).name(), true);
              out.add(body);
            }
          }
          countryEnd = CandidateNames.foreignState(body.name()) != null ? x.to() : -1;
          ownEnd = CandidateNames.ownNamed(s, body.name(), x.to()) ? x.to() : -1;
        }
        covered = Math.max(covered, x.to());
        k = Math.max(k + 1, x.to());
        continue;
      }
      Phrases.Phrase caucus =
          k >= covered && startsParty(s, k) ? ClauseWords.INSTANCE.get("caucus").at(s, k) : null;
      if (caucus != null
          && m < mentions.size()
          && mentions.get(m).from() == k + caucus.length()
          && mentions.get(m).name() != null) {
        // "Ban cán sự đảng | UBND tỉnh Bình Dương", "Đảng đoàn | Hội LHPN Việt Nam": the caucus,
        // which PartyLists names with the body it sits in
        int to = k + caucus.length();
        out.add(new ClauseParties.Candidate(k, to, s.original(k, to), true));
        k = to;
        continue;
      }
      ClauseParties.Candidate referred =
          k >= covered ? ReferredBodies.at(s, out, mentions, k) : null;
      if (referred != null) {
        out.add(referred); // "X cho biết, đơn vị này và Y vừa ký": X
        k = referred.to();
        continue;
      }
      // "Chính quyền 4 tỉnh Nam Lào (A, B, C, D)": the places' government signs as the places
      Phrases.Phrase government =
          k >= covered ? ClauseWords.INSTANCE.get("local-government").at(s, k) : null;
      int count = government == null ? k : k + government.length();
      List<PlaceLists.Place> places =
          k >= covered && count < s.size ? PlaceLists.at(s, trie, count, false) : List.of();
      if (!places.isEmpty() && startsParty(s, k)) {
        // "TP. HCM và 3 tỉnh Long An, Tiền Giang, Đồng Tháp đã ký": each place signs
        for (PlaceLists.Place p : places) {
          out.add(ClauseParties.Candidate.place(p.from(), p.to(), p.province().asParty()));
        }
        k = places.get(places.size() - 1).to();
        while (m < mentions.size() && mentions.get(m).from() < k) {
          m++; // none starts inside a list of places; stay in step all the same
        }
        continue;
      }
      List<ClauseParties.Candidate> units =
          places.isEmpty() && k >= covered && startsParty(s, k)
              ? UnitLists.at(s, trie, k)
              : List.of();
      if (!units.isEmpty()) {
        // "Vietravel ký ... với hai tỉnh Ibaraki và Fukushima (Nhật Bản)": each unit signs
        out.addAll(units);
        k = units.get(units.size() - 1).to();
        while (m < mentions.size() && mentions.get(m).from() < k) {
          m++;
        }
        continue;
      }
      ClauseParties.Candidate c =
          k >= covered && !s.has(k, Syllables.PAREN) ? place(s, trie, k) : null;
      if (c != null && continues(s, c)) {
        c = null; // "Thái Bình Dương", "Nguyễn Văn Nam Định": a longer name, not the place
      }
      if (c != null && locates(s, trie, out, c)) {
        // "Công an huyện Lộc Ninh, tỉnh Bình Phước và ...", "Chính quyền huyện Yeongyang, tỉnh
        // Gyeongsangbuk, Hàn Quốc": where that body is, a province of ours or abroad
        k = c.to();
        continue;
      }
      boolean brand = false;
      if (c == null && k >= covered) {
        int limit = m < mentions.size() ? Math.min(end, mentions.get(m).from()) : end;
        c = brands.at(k, limit, trie);
        c = c == null ? brands.tailed(k, limit, trie) : c;
        brand = c != null;
      }
      if (brand && CandidateContext.brandMember(s, k)) {
        // "các doanh nghiệp Coca-Cola, ...": the first member, a party as written ("các hãng
        // Airbus" is not "Hãng Airbus", the name the class's head would give it)
        out.add(c);
        k = c.to();
        continue;
      }
      c = brand ? CandidateNames.defined(s, mentions, c) : c;
      boolean state = c != null && !c.named() && ClauseWords.INSTANCE.isState(c.name());
      // "Hội Chữ thập đỏ Việt Nam và Nhật Bản ký kết": the other state's body of the same name,
      // which the article writes ("Hội Chữ thập đỏ Nhật Bản"); one look through the text
      String counterpart =
          state && k > 0 && k - 1 == ownEnd && s.is(k - 1, "va")
              ? CandidateNames.counterpart(s, body.name(), c.name())
              : null;
      if (state && body != null && k == body.to()) {
        countryEnd = c.to(); // "Bộ Quốc phòng | Việt Nam": the body's own country
      } else if (counterpart != null) {
        out.add(new ClauseParties.Candidate(k, c.to(), counterpart, true));
        ownEnd = -1;
        k = c.to();
        continue;
      } else if (state && k > 0 && k - 1 == countryEnd && s.is(k - 1, "va")) {
        // "Bộ Quốc phòng Việt Nam và Hàn Quốc": the same body of the other state
        String other = CandidateNames.sameBodyOf(body.name(), c.name());
        out.add(new ClauseParties.Candidate(k, c.to(), other, true));
        countryEnd = -1;
        k = c.to();
        continue;
      }
      if (c != null) {
        // "liên danh các nhà thầu Nhật Bản, Pháp và Việt Nam", "hai tỉnh Ibaraki và Fukushima": a
        // list that follows a noun describes it, every member; a party starts after punctuation
        // or a link word
        boolean listed = k == blockedEnd || (k == blockedEnd + 1 && s.is(blockedEnd, "va"));
        // "Chiều 5/3, tại Hà Nội, Vietjet và Airbus đã ký", "Nhân chuyến thăm Mỹ, Vietjet và
        // Boeing đã ký": a brand after a place's comma starts the subject, not a list of places
        listed &= !(brand && k == venueEnd);
        // "Ngày 9/7, tại thành phố Kobe, tỉnh Đồng Nai và tỉnh Hyogo (Nhật Bản) đã ký kết", "Chiều
        // 30/6, tại Hà Nội, Việt Nam và Liên minh châu Âu (EU) đã ký kết": places or states joined
        // by "và" after the venue's comma, running on to the verb, are who signs
        listed &= !(k == venueEnd && (c.place() || state) && VenueSides.opens(s, c));
        int head = c.named() && !startsParty(s, k) ? describedFrom(s, k) : -1;
        head = head < 0 && c.named() ? dashedFrom(s, k, out) : head;
        if (head >= 0) {
          // "giữa X và hãng sản xuất động cơ máy bay của Mỹ Pratt & Whitney": the brand names the
          // head noun the party starts with
          out.add(
              new ClauseParties.Candidate(
                  head, c.to(), CandidateNames.described(s, head, c), true));
          k = c.to();
          continue;
        }
        // "Bà Nguyễn Thị Phương Thảo - tổng giám đốc Vietjet và ...": the body of a person's title,
        // the person named before it, stands where a party stands
        boolean starts =
            startsParty(s, c.from())
                || CandidateContext.afterDate(s, c.from())
                || (c.named() && brands.afterAppositiveTitle(k));
        // "chủ đầu tư hạ tầng KCN, và Amkor Technology đã ký": a comma before "và" closes the
        // description a named body ended; the body after the link is the list's next side
        listed &= !(k == blockedEnd + 1 && s.has(blockedEnd, Syllables.COMMA) && blockedNamed);
        if (!starts || (listed && (s.has(k, Syllables.COMMA) || k > blockedEnd))) {
          blockedEnd = c.to();
          blockedNamed = c.named();
          venueEnd = !c.named() && CandidateContext.placeBeforeComma(s, c) ? c.to() : venueEnd;
        } else {
          out.add(c);
        }
        k = c.to();
      } else {
        k++;
      }
    }
    sharedHeads(s, trie, out);
    return out;
  }

  /**
   * "UBND TP Đà Nẵng và tỉnh Thừa Thiên Huế đã ký": a province written with its type word right
   * after "và" or a comma that follows a provincial body named by its head and its own typed
   * province is the same body of that province, the head shared by the list ("Ủy ban nhân dân tỉnh
   * Thừa Thiên Huế"), not the province itself. Not a province written without its type word ("UBND
   * tỉnh Quảng Nam và Đà Nẵng"), nor a head that names the level ("Tỉnh ủy Long An"), nor a
   * province abroad after a body of ours ("UBND tỉnh Gia Lai và tỉnh Attapeu": its state has no
   * such body).
   */
  private static void sharedHeads(Syllables s, NameTrie trie, List<ClauseParties.Candidate> out) {
    for (int i = 1; i < out.size(); i++) {
      ClauseParties.Candidate body = out.get(i - 1);
      ClauseParties.Candidate c = out.get(i);
      boolean listed =
          c.from() == body.to() + 1 && s.is(body.to(), "va")
              || c.from() == body.to() && s.has(c.from(), Syllables.COMMA);
      if (!body.named() || !c.place() || !listed) {
        continue;
      }
      Province second = typedProvince(s, trie, c.from(), c.to());
      Province own = null;
      for (int q = body.to() - 2; q > body.from() && own == null; q--) {
        own = typedProvince(s, trie, q, body.to());
      }
      String suffix = own == null ? null : " " + own.qualified();
      if (second == null || suffix == null || second.equals(own) || !body.name().endsWith(suffix)) {
        continue; // a name that ends otherwise has its head named for the level: "Tỉnh ủy Long An"
      }
      if (second.abroad() && !own.abroad()) {
        continue; // "UBND tỉnh Gia Lai và tỉnh Attapeu": the Lao province has no UBND; it signs
      }
      String head = body.name().substring(0, body.name().length() - suffix.length());
      out.set(i, new ClauseParties.Candidate(c.from(), c.to(), second.bodyOf(head), true));
    }
  }

  /** The province [from, to) names with its type word ("tỉnh Long An", "TP Đà Nẵng"), or null. */
  private static Province typedProvince(Syllables s, NameTrie trie, int from, int to) {
    NameTrie.Match type = trie.longest(s, from, Kind.TYPE.bit(), true);
    if (type == null || type.to() >= to || s.has(type.to(), NamedBodies.SEPARATORS)) {
      return null;
    }
    NameTrie.Match p = trie.longest(s, type.to(), Kind.PROVINCE.bit(), false);
    return p != null && p.to() == to ? p.entry().province() : null;
  }

  /**
   * Where a lower-case head that a brand at k names starts: "hãng sản xuất động cơ máy bay của Mỹ |
   * Pratt & Whitney", the head where a party may start, then a few lower-case words and at most a
   * state; else -1.
   */
  static int describedFrom(Syllables s, int k) {
    ClauseWords words = ClauseWords.INSTANCE;
    if (k > 0 && s.is(k - 1, "cua")) {
      return -1; // "công ty mẹ của Ajinomoto Việt Nam": the brand is another body
    }
    int capitals = 0;
    for (int p = k - 1; p >= 0 && p >= k - DESCRIPTION_MAX; p--) {
      if (s.sentence[p] != s.sentence[k] || s.has(p + 1, Syllables.BREAK | Syllables.COMMA)) {
        return -1;
      }
      Phrases.Phrase head = words.get("described-head").at(s, p);
      if (head != null && !s.has(p, Syllables.UPPER)) {
        return startsParty(s, p) ? p : -1;
      }
      capitals += s.has(p, Syllables.UPPER) ? 1 : 0;
      if (capitals > 2
          || s.number(p) >= 0
          || words.get("break").at(s, p) != null
          || words.get("link").at(s, p) != null) {
        return -1; // "với", "và", "cho": another part of the clause
      }
    }
    return -1;
  }

  /**
   * "giữa tập đoàn giáo dục hàng đầu Hàn Quốc - Chungdahm Learning với tập đoàn giáo dục Việt Nam -
   * Công ty cổ phần Tập đoàn giáo dục Egame": a lower-case head and its description, a dash, then
   * the name at k; the party starts with the head. Not "Cục Khoa học quân sự - Bộ Quốc phòng", a
   * capitalised name and its parent body. Returns the head, else -1.
   */
  private static int dashedFrom(Syllables s, int k, List<ClauseParties.Candidate> out) {
    if (!s.has(k, Syllables.DASH)) {
      return -1;
    }
    int head = describedFrom(s, k);
    return head >= 0 && (out.isEmpty() || out.get(out.size() - 1).to() <= head) ? head : -1;
  }

  /** Whether a capitalised name runs on before or after a place: it is part of that name. */
  private static boolean continues(Syllables s, ClauseParties.Candidate c) {
    int sep = Syllables.BREAK | Syllables.COMMA | Syllables.DASH;
    boolean after = c.to() < s.size && s.has(c.to(), Syllables.UPPER) && !s.has(c.to(), sep);
    boolean before =
        c.from() > 0
            && s.has(c.from() - 1, Syllables.UPPER)
            && !s.has(c.from(), sep)
            && !isTypeWord(s, c.from());
    return after || before;
  }

  private static boolean isTypeWord(Syllables s, int k) {
    return s.is(k, "tinh") || s.is(k, "thanh") || s.is(k, "tp");
  }

  /**
   * Whether the place {@code c}, written with its type word right after a comma, only says where
   * the body before it is: that body's name ends with a unit below the province and its name ("Công
   * an huyện Lộc Ninh, tỉnh Bình Phước", "UBND thị xã Tân Uyên, tỉnh Bình Dương", "UBND huyện Viêng
   * Xay, tỉnh Hủa Phăn"), as an address writes a district's province, not a side of its own. A
   * centrally run city after "thành phố" is no such unit ("UBND thành phố Đà Nẵng, tỉnh Quảng Nam
   * và ..." lists two).
   */
  private static boolean locates(
      Syllables s, NameTrie trie, List<ClauseParties.Candidate> out, ClauseParties.Candidate c) {
    ClauseParties.Candidate body = out.isEmpty() ? null : out.get(out.size() - 1);
    if (body == null
        || body.place()
        || body.to() != c.from()
        || !s.has(c.from(), Syllables.COMMA)
        || trie.longest(s, c.from(), Kind.TYPE.bit(), true) == null) {
      return false;
    }
    int name = body.to();
    while (name > body.from() && (s.has(name - 1, Syllables.UPPER) || s.number(name - 1) >= 0)) {
      name--;
    }
    for (int k = Math.max(body.from(), name - UNIT_WORDS); k < name; k++) {
      NameTrie.Match unit = trie.longest(s, k, Kind.DISTRICT.bit(), true);
      if (unit != null && unit.to() == name && name < body.to()) {
        NameTrie.Match city = trie.longest(s, name, Kind.PROVINCE.bit(), false);
        return city == null || city.to() != body.to();
      }
    }
    return false;
  }

  /** The most syllables of a unit's word ("thị trấn"). */
  private static final int UNIT_WORDS = 2;

  /**
   * A province, city or state starting at k: "TP.HCM", "tỉnh Nghệ An", "Nhật Bản"; only where a
   * party may start (after punctuation, "và", "với", "giữa"...): "Tổng công ty ... Xây dựng Việt
   * Nam" ends with a state's name, but is no state.
   */
  static boolean startsParty(Syllables s, int k) {
    return k == 0
        || s.sentence[k - 1] != s.sentence[k]
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || ClauseWords.INSTANCE.get("before-party").endingAt(s, k, 1) > 0
        || ClauseWords.INSTANCE.get("link").endingAt(s, k, 2) > 0;
  }

  /**
   * A province, city or state starting at k: "TP.HCM", "tỉnh Nghệ An", "Nhật Bản"; a place's
   * government, which signs as the place ("Chính quyền tỉnh Nghệ An" → "tỉnh Nghệ An"); a foreign
   * province or city ({@link #foreignUnit}).
   */
  private static ClauseParties.Candidate place(Syllables s, NameTrie trie, int k) {
    Phrases.Phrase government = ClauseWords.INSTANCE.get("local-government").at(s, k);
    int t = government == null ? k : k + government.length();
    if (t >= s.size || s.sentence[t] != s.sentence[k]) {
      return null;
    }
    NameTrie.Match type = trie.longest(s, t, Kind.TYPE.bit(), true);
    int p = type != null && type.to() < s.size ? type.to() : t;
    if (s.id[p] >= 0 && s.has(p, Syllables.UPPER)) {
      NameTrie.Match prov = trie.longest(s, p, Kind.PROVINCE.bit(), false);
      if (prov != null && governsBody(s, k, t) && prov.entry().province().abroad()) {
        // "Chính quyền tỉnh Xiêng Khoảng": a body abroad, as foreignUnit names one
        String name = s.original(k, t) + " " + prov.entry().province().asParty();
        return new ClauseParties.Candidate(k, prov.to(), name);
      }
      if (prov != null) {
        return ClauseParties.Candidate.place(k, prov.to(), prov.entry().province().asParty());
      }
    }
    ClauseParties.Candidate foreign = foreignUnit(s, k, t, government != null);
    if (foreign == null && government == null) {
      // "tỉnh Bắc Giang và tỉnh Chungcheongbuk đã ký": a name no Vietnamese syllable spells is
      // abroad without its country
      foreign = latinUnit(s, k);
    }
    if (foreign != null || government != null) {
      return foreign;
    }
    Phrases.Phrase state = ClauseWords.INSTANCE.country(s, k);
    return state == null ? null : new ClauseParties.Candidate(k, k + state.length(), state.value());
  }

  /**
   * A province, city or state of another country, named with its type word as written: after a
   * place's government ("chính quyền thành phố Daegu", "Chính quyền tỉnh Kaluga"), or followed by
   * its country in brackets or after a comma ("tỉnh Quảng Tây (Trung Quốc)", "tỉnh Vân Nam, Trung
   * Quốc", the country then part of the mention and no party of its own). The name is the
   * capitalised syllables after the type word, at most four.
   */
  static ClauseParties.Candidate foreignUnit(Syllables s, int k, int t, boolean governed) {
    ClauseWords words = ClauseWords.INSTANCE;
    Phrases.Phrase unit = words.get("foreign-unit").at(s, t);
    int p = unit == null ? s.size : t + unit.length();
    int q = p;
    while (q - p < 4 && nameGoesOn(s, t, q, q > p)) {
      q++;
    }
    if (q == p || nameGoesOn(s, t, q, true)) {
      return null; // no name, or a longer one than a place's
    }
    q = q < s.size && hyphenTail(s, q) ? q + 1 : q;
    String name = unit.value() + " " + s.original(p, q);
    if (governed) {
      // "Chính quyền thành phố Busan", capitalised as a name is: the city's government is a body
      // of its own; "và chính quyền thành phố Sakai", a common noun, is the city signing
      if (!governsBody(s, k, t)) {
        return new ClauseParties.Candidate(k, q, name);
      }
      String written = s.original(t, p); // "Thủ đô" as written, "TP" spelled out
      String unitWord = written.equalsIgnoreCase(unit.value()) ? written : unit.value();
      return new ClauseParties.Candidate(
          k, q, s.original(k, t) + " " + unitWord + " " + s.original(p, q));
    }
    // "quận Yanggu, tỉnh Gangwon (Hàn Quốc)": the province the unit lies in, then the country
    int r = within(s, t, q);
    // "thành phố Kaposvar của Hungary": the city's country after "của" (of)
    boolean of = r + 1 < s.size && s.sentence[r] == s.sentence[t] && s.is(r, "cua");
    int c = of ? r + 1 : r;
    // "giữa thành phố Cần Thơ và tỉnh Chachongsao Thái Lan": the country right after the name
    // (the name stops before a state), closing the mention
    boolean adjacent = !of && r == q && c < s.size && !s.has(c, Syllables.BREAK | Syllables.DASH);
    Phrases.Phrase country =
        c < s.size
                && s.sentence[c] == s.sentence[t]
                && (of || adjacent || s.has(r, Syllables.COMMA | Syllables.PAREN))
            ? words.countryAnywhere(s, c)
            : null;
    if (country != null
        && adjacent
        && !s.has(r, Syllables.COMMA)
        && (!closes(s, q, c + country.length()) || q - p == 1 && !latinName(s, p, q))) {
      // "tỉnh X Lào Cai": a name goes on past the state's word; "huyện Mỹ Đức": one Vietnamese
      // syllable is no unit's whole name, the state's word is its second
      country = null;
    }
    if (country == null || country.value().equals("Việt Nam")) {
      // "thành phố Hải Phòng và thành phố Kitakyushu đã ký": a city abroad of the public list,
      // named in full; "Ủy ban Y tế tỉnh Vân Nam": a unit the article writes with its country
      // elsewhere
      Phrases.Phrase city = country == null ? SigningPlaces.abroad(s, p) : null;
      boolean known =
          city != null && p + city.length() == q || country == null && abroadElsewhere(s, p, q);
      return known && r == q ? new ClauseParties.Candidate(k, q, name) : null;
    }
    int after = c + country.length();
    if (!closes(s, q, after)) {
      return null; // "tỉnh X, Trung Quốc Y": the country starts another name
    }
    return new ClauseParties.Candidate(k, s.has(r, Syllables.PAREN) && !of ? r : after, name);
  }

  /**
   * Whether the government word from k to t is capitalised, as a body's name is ("Chính quyền tỉnh
   * Osaka"); written as a common noun ("và chính quyền thành phố Sakai") it is the place that
   * signs.
   */
  private static boolean governsBody(Syllables s, int k, int t) {
    return t > k && s.has(k, Syllables.UPPER);
  }

  /** Whether a unit's mention ending at q may end at {@code after}, past its country. */
  private static boolean closes(Syllables s, int q, int after) {
    return after >= s.size
        || s.sentence[after] != s.sentence[q]
        || s.has(after, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || !s.has(after, Syllables.UPPER);
  }

  /**
   * Whether the article writes the unit named at [p, q), after the same type word or bare ({@link
   * #nameStarts}), elsewhere with a foreign country after a comma or in brackets: "giữa tỉnh Lào
   * Cai (Việt Nam) và tỉnh Vân Nam (Trung Quốc) ..., Sở Y tế tỉnh Lào Cai và Ủy ban Y tế tỉnh Vân
   * Nam đã ký"; a title "Bò Kẹo (Lào) và Lai Châu ký ..." over "giữa tỉnh Bò Kẹo và tỉnh Lai Châu".
   * Vietnamese names the country once; the unit stays abroad where it is written without it.
   */
  private static boolean abroadElsewhere(Syllables s, int p, int q) {
    if (p == 0) {
      return false;
    }
    String name = s.original(p, q);
    int length = q - p;
    for (int j = 0; j + length < s.size; j++) {
      if (j == p
          || s.id[j] != s.id[p]
          || !(j > 0 && s.id[j - 1] == s.id[p - 1] || nameStarts(s, j))
          || !s.has(j + length, Syllables.COMMA | Syllables.PAREN)
          || !s.original(j, j + length).equals(name)) {
        continue;
      }
      Phrases.Phrase country = ClauseWords.INSTANCE.countryAnywhere(s, j + length);
      if (country != null && !country.value().equals("Việt Nam")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised name may start at j with no type word before it: the first word of its
   * sentence, after a break, comma or dash, or after a word in lower case ("Xiêng Khoảng (Lào) và
   * Sơn La ký ...", a title; "hợp tác với Sơn Đông (Trung Quốc)"), so no longer name holds it.
   */
  private static boolean nameStarts(Syllables s, int j) {
    return j == 0
        || s.sentence[j - 1] != s.sentence[j]
        || s.has(j, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)
        || !s.has(j - 1, Syllables.UPPER);
  }

  /**
   * Past the larger unit that a comma puts after a unit's name ending at q ("quận Yanggu, tỉnh
   * Gangwon"): its type word and capitalised name, when its country or the sentence's end follows;
   * else q.
   */
  private static int within(Syllables s, int t, int q) {
    boolean same = q < s.size && s.sentence[q] == s.sentence[t];
    // "huyện Mường Mày (tỉnh Phông Xa Lỳ, Lào)": the larger unit opens a bracket, its country
    // after a comma inside it
    boolean bracket = same && q > 0 && s.has(q, Syllables.PAREN) && !s.has(q - 1, Syllables.PAREN);
    Phrases.Phrase unit =
        same && (bracket || s.has(q, Syllables.COMMA))
            ? ClauseWords.INSTANCE.get("foreign-unit").at(s, q)
            : null;
    if (unit == null) {
      return q;
    }
    int from = q + unit.length();
    int r = from;
    while (r - from < 4 && goesOn(s, t, r, r > from, bracket)) {
      r++;
    }
    if (r == from || goesOn(s, t, r, true, bracket)) {
      return q;
    }
    Phrases.Phrase country =
        bracket && r < s.size && s.has(r, Syllables.COMMA) && s.has(r, Syllables.PAREN)
            ? ClauseWords.INSTANCE.countryAnywhere(s, r)
            : null;
    return bracket && (country == null || country.value().equals("Việt Nam")) ? q : r;
  }

  /** {@link #nameGoesOn}, or inside the bracket a larger unit opened ({@code bracket}). */
  private static boolean goesOn(Syllables s, int t, int q, boolean past, boolean bracket) {
    if (!bracket) {
      return nameGoesOn(s, t, q, past);
    }
    return q < s.size
        && s.sentence[q] == s.sentence[t]
        && s.has(q, Syllables.PAREN)
        && s.has(q, Syllables.UPPER)
        && !(past && s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))
        && s.number(q) < 0
        && !(past && ClauseWords.INSTANCE.countryAnywhere(s, q) != null);
  }

  /**
   * A province, city or district abroad at k whose name no Vietnamese syllable spells, named with
   * its type word and no country: "tỉnh Chungcheongbuk", "quận Yanggu"; null otherwise.
   */
  static ClauseParties.Candidate latinUnit(Syllables s, int k) {
    Phrases.Phrase unit = ClauseWords.INSTANCE.get("foreign-unit").at(s, k);
    ClauseParties.Candidate named = unit == null ? null : foreignUnit(s, k, k, true);
    if (named == null || !latinName(s, k + unit.length(), named.to())) {
      return null;
    }
    // the larger unit and the country after it belong to the mention, no party of their own
    int r = within(s, k, named.to());
    Phrases.Phrase larger =
        r > named.to() ? ClauseWords.INSTANCE.get("foreign-unit").at(s, named.to()) : null;
    if (larger != null && !latinName(s, named.to() + larger.length(), r)) {
      // "tại thành phố Kobe, tỉnh Đồng Nai và tỉnh Hyogo đã ký": a city no Vietnamese syllable
      // spells lies in no province that one spells; the comma closes the venue
      r = named.to();
    }
    Phrases.Phrase country =
        r < s.size && s.sentence[r] == s.sentence[k] && s.has(r, Syllables.COMMA | Syllables.PAREN)
            ? ClauseWords.INSTANCE.countryAnywhere(s, r)
            : null;
    int end = country == null ? r : r + country.length();
    return new ClauseParties.Candidate(k, end, named.name());
  }

  /**
   * Whether word q is a lower-case Latin ending joined by a hyphen to the word before it, as Korean
   * writes a unit's kind: "Gyeongsangbuk-do", "Gangwon-do".
   */
  private static boolean hyphenTail(Syllables s, int q) {
    if (q == 0
        || s.sentence[q] != s.sentence[q - 1]
        || !s.has(q, Syllables.DASH)
        || s.start[q] != s.end[q - 1] + 1
        || s.has(q, Syllables.UPPER)) {
      return false;
    }
    for (int i = s.start[q]; i < s.end[q]; i++) {
      if (s.text[i] >= 128 || !Character.isLetter(s.text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every syllable of [from, to) is a foreign word ({@link BrandWords#shaped}), or the
   * hyphened ending of one ("Gyeongsangbuk-do").
   */
  static boolean latinName(Syllables s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!BrandWords.shaped(s, k) && !(k > from && hyphenTail(s, k))) {
        return false;
      }
    }
    return from < to;
  }

  /**
   * A province or city abroad after its governor's title, named with or without its country: the
   * type word and the capitalised syllables after it ("Tỉnh trưởng tỉnh Hủa Phăn đã ký"); when more
   * than two follow, the last two are the governor's name ("Tỉnh trưởng tỉnh Savannakhet Santiphap
   * Phomvihane", "Đô trưởng thủ đô Viêng Chăn Atsaphangthong Siphandone"), unless the title follows
   * its holder's name ({@code named}: "ông Phou Khăm, Tỉnh trưởng tỉnh Phông Sa Lỳ ký"). Null when
   * no type word and name follow, or the name is a province of ours.
   */
  static ClauseParties.Candidate governedUnit(Syllables s, NameTrie trie, int p, boolean named) {
    Phrases.Phrase unit = p < s.size ? ClauseWords.INSTANCE.get("foreign-unit").at(s, p) : null;
    if (unit == null) {
      return null;
    }
    int from = p + unit.length();
    if (from < s.size && Province.ours(trie.longest(s, from, Kind.PROVINCE.bit(), false))) {
      return null; // "Tỉnh trưởng tỉnh Quảng Nam": a title of the past, a province of ours
    }
    int q = from;
    while (q - from < GOVERNED_RUN && nameGoesOn(s, p, q, q > from)) {
      q++;
    }
    if (q == from || nameGoesOn(s, p, q, true)) {
      return null;
    }
    int end = !named && q - from > NAME_SYLLABLES ? q - NAME_SYLLABLES : q;
    Phrases.Phrase country =
        end < s.size && s.has(end, Syllables.PAREN)
            ? ClauseWords.INSTANCE.countryAnywhere(s, end)
            : null;
    if (country != null && country.value().equals("Việt Nam")) {
      return null;
    }
    return new ClauseParties.Candidate(p, end, unit.value() + " " + s.original(from, end));
  }

  /** Capitalised syllables read after a governor's type word: a place's name and a person's. */
  private static final int GOVERNED_RUN = 7;

  /** Syllables of a governor's name that ends a run of capitals after his province. */
  private static final int NAME_SYLLABLES = 2;

  /**
   * Whether syllable q, in the sentence of t, goes on a place's capitalised name: no break, comma,
   * dash or bracket before it, no number, and, past its first syllable, no state ("tỉnh Vân Nam
   * Trung Quốc" ends before the state).
   */
  private static boolean nameGoesOn(Syllables s, int t, int q, boolean past) {
    return q < s.size
        && s.sentence[q] == s.sentence[t]
        && s.has(q, Syllables.UPPER)
        && !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
        && s.number(q) < 0
        && !(past && ClauseWords.INSTANCE.countryAnywhere(s, q) != null);
  }
}
