package vn.newssearch.extract;

/**
 * What may stand between two bodies of one list in a signing clause: links ("và", "đại diện"),
 * titles and names of people, brackets, numbers and a few other words; an example word after a noun
 * that describes the bodies ("với một loạt cơ quan ... như"), or that noun and "là" ("với hãng hàng
 * không lớn thứ hai tại Mỹ là Delta Air Lines"); a unit described before "thuộc".
 */
final class ListGaps {
  /** How far after "với" an example word may come ("với một loạt cơ quan, tổ chức ... như"). */
  private static final int EXAMPLE_REACH = 12;

  /** Words of a unit described before "thuộc" ("Đội tuyển bóng rổ nữ"). */
  private static final int UNIT_WORDS = 8;

  private final Syllables s;
  private final boolean[] role;
  private final ClauseWords words;

  ListGaps(Syllables s, boolean[] role, ClauseWords words) {
    this.s = s;
    this.role = role;
    this.words = words;
  }

  /**
   * The syllable after an example word ("như", "gồm") in [from, to), within a few words of the noun
   * they describe and with no word between that starts another part of the clause; else -1.
   */
  int afterExample(int from, int to) {
    for (int k = from; k < to && k < from + EXAMPLE_REACH; k++) {
      if (s.sentence[k] != s.sentence[from] || words.get("break").at(s, k) != null) {
        return -1;
      }
      if (words.get("example-stop").at(s, k) != null) {
        // "với các thương hiệu xây dựng hàng đầu tại Việt Nam, gồm X, Y": where the described
        // bodies are, then the example word right after it
        int scope = scopeEnd(k);
        Phrases.Phrase e = scope < 0 ? null : words.get("example").at(s, scope);
        return e == null ? -1 : scope + e.length();
      }
      Phrases.Phrase e = words.get("example").at(s, k);
      if (e != null) {
        return k + e.length();
      }
    }
    return -1;
  }

  /**
   * Where a phrase that places the described bodies ends ("tại Việt Nam", "trong nước", "trên thế
   * giới", "trong và ngoài nước"), starting at k; else -1.
   */
  private int scopeEnd(int k) {
    Phrases.Phrase scope = words.get("scope").at(s, k);
    if (scope != null) {
      return k + scope.length();
    }
    Phrases.Phrase state = s.is(k, "tai") ? words.country(s, k + 1) : null;
    return state == null ? -1 : k + 1 + state.length();
  }

  /**
   * The first body's syllable {@code to} when [from, to) is only a noun of the bodies' role, maybe
   * plural or counted: "với các nhà thầu Tổng công ty ..., Liên danh ...", "với 2 đối tác X và Y";
   * maybe after an unnamed consortium ({@code class-consortium}) whose members follow: "vừa được ký
   * giữa liên danh 3 ngân hàng Vietcombank, BIDV, VietinBank và Công ty CP Tập đoàn Đèo Cả"; else
   * -1.
   */
  int afterRoleNoun(int from, int to) {
    int k = from;
    Phrases.Phrase consortium = k < to ? words.get("class-consortium").at(s, k) : null;
    if (consortium != null
        && k + consortium.length() < to
        && !s.has(k + consortium.length(), Syllables.UPPER)) {
      k += consortium.length(); // "liên danh Thiên An - Vinaconex" is a name: no role noun
    }
    if (k < to && (s.is(k, "cac") || s.is(k, "nhung") || s.number(k) >= 0)) {
      k++;
    }
    Phrases.Phrase noun = k < to ? words.get("described-head").at(s, k) : null;
    boolean plain = to < s.size && !s.has(to, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
    return noun != null && k + noun.length() == to && plain ? to : -1;
  }

  /**
   * Lower-case words that may describe a class before its members ("các đơn vị | sàn liên kết").
   */
  private static final int CLASS_WORDS = 3;

  /**
   * Whether [from, to) joins a class's members to the body before it: a link ("và", "cùng", "cùng
   * với": {@code class-link}), maybe a quantifier or a count, a class noun ({@code class-noun},
   * {@code described-head}) and at most {@link #CLASS_WORDS} lower-case words that describe it,
   * maybe "là" or "gồm", right before the first member: "Tập đoàn X cùng các đối tác | Công ty Y,
   * Công ty Z đã ký"; the shape of "Công ty cổ phần BĐS Uni Homes cùng các đơn vị sàn liên kết |
   * Công ty cổ phần BĐS 3C, ..." (vietnews-train-066644, a list after "giữa" that this does not
   * read: the subject chain of {@link PartyLists} asks it). A word that places or owns the class
   * ("thuộc", "của", "tại": {@code modifier}) or ends the body's part stops it: "các công ty con
   * thuộc Tập đoàn X" are no members named.
   */
  boolean classLink(int from, int to) {
    Phrases.Phrase link = from < to ? words.get("class-link").at(s, from) : null;
    int k = link == null ? to : from + link.length();
    Phrases.Phrase quantifier = k < to ? words.get("class-quantifier").at(s, k) : null;
    if (quantifier != null) {
      k += quantifier.length();
    } else if (k < to && s.number(k) >= 0) {
      k++;
    }
    Phrases.Phrase noun = k < to ? words.get("class-noun").at(s, k) : null;
    noun = noun != null || k >= to ? noun : words.get("described-head").at(s, k);
    if (noun == null || link == null || s.has(k, Syllables.COMMA | Syllables.BREAK)) {
      return false;
    }
    k += noun.length();
    for (int n = 0; k < to; n++) {
      if (s.has(k, Syllables.COMMA | Syllables.BREAK | Syllables.DASH | Syllables.UPPER)) {
        return false;
      }
      if ("là".equals(s.original(k)) || "gồm".equals(s.original(k))) {
        return k + 1 == to; // "cùng các đối tác là X, Y", "cùng các đơn vị gồm X, Y"
      }
      if (n >= CLASS_WORDS
          || s.number(k) >= 0
          || words.get("modifier").at(s, k) != null
          || words.get("break").at(s, k) != null
          || words.get("link").at(s, k) != null) {
        return false;
      }
      k++;
    }
    return to < s.size && !s.has(to, Syllables.COMMA | Syllables.BREAK | Syllables.DASH);
  }

  /** Words of a local body's head written before a plural of its kind ("Ủy ban nhân dân"). */
  private static final int HEAD_WORDS = 6;

  /**
   * The end of a side written as a plural of its kind at q, before {@code limit}: a head maybe (a
   * capital and at most {@link #HEAD_WORDS} more words, no mark between: "UBND", "Hội Nông dân"), a
   * quantifier ({@code class-quantifier}) or a count, and a class noun ({@code class-noun}) or a
   * level of place ({@code plural-level}): "các đơn vị", "UBND các huyện", "20 tỉnh". Many bodies
   * of no name, not one body; else -1.
   */
  int pluralMember(int q, int limit) {
    int k = q;
    if (k < limit && s.has(k, Syllables.UPPER) && !role[k]) {
      k++;
      while (k < limit && k - q <= HEAD_WORDS && quantifierEnd(k) < 0) {
        if (s.has(k, Syllables.COMMA | Syllables.BREAK | Syllables.DASH | Syllables.PAREN)
            || role[k]
            || words.get("link").at(s, k) != null) {
          return -1;
        }
        k++;
      }
    }
    int noun = k < limit ? quantifierEnd(k) : -1;
    if (noun < 0 || noun >= limit || s.has(noun, Syllables.COMMA | Syllables.BREAK)) {
      return -1;
    }
    Phrases.Phrase cls = words.get("class-noun").at(s, noun);
    cls = cls != null ? cls : words.get("plural-level").at(s, noun);
    return cls != null && noun + cls.length() <= limit ? noun + cls.length() : -1;
  }

  /**
   * Whether [from, to) between two bodies of one list holds a side written as a plural of its kind
   * ({@link #pluralMember}) with a comma or a link before it and after it, maybe with a few
   * lower-case words that go on describing it: "Sở Y tế, | UBND các huyện, thành phố và | Liên đoàn
   * Lao động tỉnh đã ký". The list goes on past it.
   */
  boolean pluralBetween(int from, int to) {
    Phrases.Phrase link = from < to ? words.get("link").at(s, from) : null;
    int q = link != null ? from + link.length() : s.has(from, Syllables.COMMA) ? from : -1;
    int k = q < 0 || q >= to ? -1 : pluralMember(q, to);
    for (int n = 0; k > 0 && k < to; n++) {
      Phrases.Phrase next = words.get("link").at(s, k);
      if (next != null && k + next.length() == to) {
        return true;
      }
      if (n >= CLASS_WORDS
          || next != null
          || s.number(k) >= 0
          || s.has(k, Syllables.UPPER | Syllables.BREAK | Syllables.PAREN | Syllables.DASH)) {
        return false;
      }
      k++;
    }
    return k > 0 && to < s.size && s.has(to, Syllables.COMMA);
  }

  /**
   * The end of a quantifier ("các") or a count of two or more at k ("5", "bốn", "20": as many as
   * the provinces, more than a list of parties has), not a year; else -1.
   */
  private int quantifierEnd(int k) {
    Phrases.Phrase quantifier = words.get("class-quantifier").at(s, k);
    if (quantifier != null) {
      return k + quantifier.length();
    }
    int n = words.count(s, k);
    return n >= 2 && n < FIRST_YEAR ? k + 1 : -1;
  }

  /** Numbers from here on are years, no count of bodies. */
  private static final int FIRST_YEAR = 1000;

  /** Whether a comma or a link word ("và", "với", "đại diện") joins [from, to) into one list. */
  boolean linked(int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.has(k, Syllables.COMMA | Syllables.DASH) || words.get("link").at(s, k) != null) {
        return true;
      }
    }
    return to < s.size && s.has(to, Syllables.COMMA | Syllables.DASH);
  }

  /**
   * The syllable after "là" in [from, to) when a noun that describes the bodies comes before it,
   * with no punctuation and no word that starts another part of the clause: "với hãng hàng không
   * lớn thứ hai tại Mỹ là Delta Air Lines", "với 2 công ty bảo hiểm hàng đầu của Việt Nam là PTI và
   * PJICO"; else -1.
   */
  int afterAppositive(int from, int to) {
    for (int k = from; k < to && k < from + EXAMPLE_REACH; k++) {
      if (s.sentence[k] != s.sentence[from]
          || (k > from && s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH))) {
        return -1;
      }
      if ("là".equalsIgnoreCase(s.original(k))) {
        return k > from ? k + 1 : -1;
      }
      if (words.get("break").at(s, k) != null || words.get("link").at(s, k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "VEC và các nhà thầu là Tổng công ty ...": a link, then a noun that describes the bodies that
   * follow "là", joins the subject's list.
   */
  boolean appositiveLink(int from, int to) {
    Phrases.Phrase link = from < to ? words.get("link").at(s, from) : null;
    return link != null && afterAppositive(from + link.length(), to) == to;
  }

  /**
   * "giữa Tập đoàn Novaland và Đội tuyển bóng rổ nữ thuộc Liên đoàn Bóng rổ TP. HCM": after a link,
   * a unit the clause describes without naming a body, then "thuộc" and the body it belongs to:
   * that body stands for it as the party.
   */
  boolean unnamedUnitOf(int from, int to) {
    int link = from < to ? lengthOf(words.get("link").at(s, from)) : 0;
    int modifier = words.get("modifier").endingAt(s, to, 2);
    if (link == 0 || modifier == 0 || to - modifier - (from + link) < 1) {
      return false;
    }
    for (int k = from + link; k < to - modifier; k++) {
      if (k - from > UNIT_WORDS
          || s.sentence[k] != s.sentence[from]
          || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
          || words.get("break").at(s, k) != null
          || words.get("link").at(s, k) != null
          || s.number(k) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static int lengthOf(Phrases.Phrase p) {
    return p == null ? 0 : p.length();
  }

  /**
   * Whether syllables [from, to) may stand between two parts of one clause: links ("và", "đại
   * diện"), titles and names of people, brackets, numbers and dates, and at most {@code maxWords}
   * other lower-case words, none of which ends the body's part ("tham dự", "cho biết", "khi").
   */
  boolean gapOk(int from, int to, int maxWords, int sentence) {
    int unknown = 0;
    for (int k = from; k < to; ) {
      if (s.sentence[k] != sentence) {
        return false;
      }
      if (words.get("break").at(s, k) != null) {
        return false;
      }
      // "X đã phối hợp với Y tổ chức ký kết": the co-organising verb joins as a link does, so a
      // word of time before it leaves the two one subject (SubjectStops.coOrganised)
      Phrases.Phrase link = words.get("link").at(s, k);
      if (link == null) {
        link = words.get("co-organise").at(s, k);
      }
      if (link != null) {
        k += link.length();
        continue;
      }
      if (!(role[k] || s.has(k, Syllables.PAREN | Syllables.UPPER) || s.number(k) >= 0)) {
        unknown++;
        if (unknown > maxWords) {
          return false;
        }
      }
      k++;
    }
    return true;
  }
}
