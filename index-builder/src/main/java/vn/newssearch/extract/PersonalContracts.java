package vn.newssearch.extract;

import java.util.List;

/**
 * Contracts ("hợp đồng") are often a person's: "cô chính thức ký hợp đồng với TVB", "tài xế ký hợp
 * đồng với Grab", "ông Thành có ký hợp đồng với công ty Hưng Thịnh", "anh được phân về trường ...
 * và ký hợp đồng 12 tháng". Such a signing names no agreement between bodies.
 */
final class PersonalContracts {
  /** How far before the verb {@link #namedSubject} looks for a name. */
  private static final int SUBJECT_REACH = 8;

  /** The longest phrase of story-words.tsv's profession ("huấn luyện viên"). */
  private static final int PROFESSION_LENGTH = 3;

  /** Syllables a full name may hold before the given name a headline writes ("Nguyễn Quang"). */
  private static final int FAMILY_NAME_LENGTH = 2;

  private PersonalContracts() {}

  /**
   * Whether contract signing {@code g}, whose clause names {@code found} (the subject among them
   * when {@code subjectSigns}), is a person's or one with nobody named.
   */
  static boolean personal(
      Syllables s,
      Signings.Signing g,
      List<String> found,
      boolean subjectSigns,
      OrganisationMatcher.Scan scan) {
    List<OrganisationMatcher.Mention> mentions = scan.mentions();
    if (g.noun() == null || !g.noun().value().equals("hợp đồng")) {
      return false;
    }
    if (opensWithPerson(s, g, scan.roles()) || withPerson(s, g) || calledSubject(s, g)) {
      return true;
    }
    if (found.isEmpty() && !namedSubject(s, g, mentions)) {
      return true; // a contract with nobody named: a person's, or one we cannot tell
    }
    if (found.size() == 1 && ceremony(s, g)) {
      return false; // a ceremony's contract is between bodies, one of them named
    }
    return found.size() == 1 && !subjectSigns && !namedSubject(s, g, mentions);
  }

  /**
   * Whether the verb is a ceremony's ("lễ ký kết hợp đồng mua bán giữa Tổng cục Chính trị Công an
   * nhân dân và Trường ĐH Hà Hoa Tiên", vietnews-train-064095): nobody holds a ceremony for a
   * person's contract, so the one body named signs, the other being one the scan does not know.
   */
  private static boolean ceremony(Syllables s, Signings.Signing g) {
    int k = g.verb();
    return g.nominal() && k > 0 && (s.is(k - 1, "le") || s.is(k - 1, "buoi"));
  }

  /**
   * Whether the verb's clause opens with a person ("anh được phân về ... và ký") who holds no title
   * before the verb (not "bà Nguyễn Thị Phương Thảo - tổng giám đốc Hãng Vietjet Air ... ký", who
   * signs for the company).
   */
  private static boolean opensWithPerson(
      Syllables s, Signings.Signing g, List<OrganisationMatcher.Hit> roles) {
    int first = Signings.clauseStart(s, g.verb());
    if (first >= g.verb()
        || s.has(first, Syllables.UPPER)
        || NewsFrame.words("person").at(s, first) == null) {
      return false;
    }
    for (OrganisationMatcher.Hit r : roles) {
      if (r.from() >= first && r.from() < g.verb()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the other side, after "với" in the verb's clause, is a person called by a person's word
   * or a calling before the name: "CLB Hà Nội vừa ký hợp đồng 3 năm với tiền đạo Nguyễn Văn Tuấn
   * Anh" (a player's transfer), "ký hợp đồng với ông Nguyễn Văn A". A body signs with a person only
   * for the person's own work or sale.
   */
  private static boolean withPerson(Syllables s, Signings.Signing g) {
    int end = Math.min(s.size, g.after() + OTHER_SIDE_REACH);
    for (int p = g.after(); p + 1 < end && s.sentence[p] == s.sentence[g.verb()]; p++) {
      if (p > g.after() && s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (s.is(p, "voi") && !s.has(p + 1, Syllables.BREAK | Syllables.COMMA)) {
        Phrases.Phrase w = NewsFrame.words("person").at(s, p + 1);
        if (w == null) {
          w = NewsFrame.words("profession").at(s, p + 1);
        }
        int name = w == null ? -1 : p + 1 + w.length();
        if (name > 0 && name + 1 < s.size && s.is(name, "nguoi") && !s.has(name, Syllables.COMMA)) {
          name++; // "với tiền đạo người Brazil Washington Brandão": a calling and a nationality
        }
        return name > 0
            && name < s.size
            && s.has(name, Syllables.UPPER)
            && !s.has(name, Syllables.BREAK | Syllables.COMMA);
      }
    }
    return false;
  }

  /**
   * Whether the verb's subject is a person a calling names, right before it but for a few
   * lower-case words ("đã", "vừa chính thức"): "CLB Thép Xanh Nam Định thông báo tiền vệ Nguyễn Văn
   * Khải đã ký hợp đồng mới", "Chủ công Trần Thị Thanh Thúy đã ký hợp đồng thi đấu ... với câu lạc
   * bộ ..." (a player's contract, whatever body the clause names too).
   */
  private static boolean calledSubject(Syllables s, Signings.Signing g) {
    int k = g.verb();
    int end = k;
    while (end > 0
        && k - end < ADVERB_SYLLABLES
        && !s.has(end - 1, Syllables.UPPER)
        && !s.has(end, Syllables.BREAK | Syllables.COMMA)) {
      end--;
    }
    int from = end;
    while (from > 0
        && end - from < NAME_SYLLABLES
        && s.has(from - 1, Syllables.UPPER)
        && !s.has(from, Syllables.BREAK | Syllables.COMMA)) {
      if (from < end && calledBefore(s, from)) {
        return true; // "HLV Mai Đức Chung thống nhất ký": a calling in capitals ends the walk
      }
      from--;
    }
    if (from == end || s.has(from, Syllables.BREAK | Syllables.COMMA)) {
      return false;
    }
    return calledBefore(s, from);
  }

  /** Whether a calling ("tiền vệ", "HLV") ends right before syllable {@code from}. */
  private static boolean calledBefore(Syllables s, int from) {
    return NewsFrame.words("profession").endingAt(s, from, PROFESSION_LENGTH) > 0;
  }

  /** Most lower-case syllables between a subject's name and the verb ("đã chính thức"). */
  private static final int ADVERB_SYLLABLES = 3;

  /** Most syllables of a person's name before the verb ("Trần Thị Thanh Thúy"). */
  private static final int NAME_SYLLABLES = 4;

  /** How far after the verb {@link #withPerson} looks for "với" ("hợp đồng 3 năm với"). */
  private static final int OTHER_SIDE_REACH = 12;

  /**
   * Whether a capitalised name stands before the verb in its clause (not the sentence's first
   * word): "Sacombank đã ký kết hợp đồng", a company the gazetteer does not know; not a person
   * ("ông Thành có ký hợp đồng với công ty ...") nor a body the scan knows, which the clause would
   * have named as the subject ("anh được phân về trường THCS Phan Công Hớn và ký hợp đồng").
   */
  private static boolean namedSubject(
      Syllables s, Signings.Signing g, List<OrganisationMatcher.Mention> mentions) {
    int first = Signings.sentence(s, g.verb())[0];
    for (int p = g.verb() - 1; p > first && p >= g.verb() - SUBJECT_REACH; p--) {
      // a body the scan knows, or a state ("tác giả người Singapore ... được ký hợp đồng với Mỹ")
      if (s.has(p, Syllables.UPPER)
          && !inMention(p, mentions)
          && ClauseWords.INSTANCE.country(s, p) == null) {
        int q = p;
        while (q > first && s.has(q - 1, Syllables.UPPER) && !s.has(q, Syllables.COMMA)) {
          q--;
        }
        // "nhạc sĩ Châu Đăng Khoa ký hợp đồng với công ty quản lý ..." (vietnews-train-005976)
        if (calledElsewhere(s, q, p + 1)) {
          return false; // "Quang Hải ký hợp đồng 3 năm với Công an Hà Nội" (probe)
        }
        return q == 0 || s.has(q - 1, Syllables.UPPER) || !called(s, q);
      }
      if (s.has(p, Syllables.COMMA | Syllables.BREAK) && !shortNameBefore(s, p)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the break before syllable p closes a bracketed short name in capitals ("Ban Quản lý dự
   * án các công trình điện miền Trung (CPMB) đã ký hợp đồng thi công ... với Công ty Cổ phần Sông
   * Đà 11", probe; branch ag-deals): the bracket names the subject again by its initials, and the
   * name before it is read on.
   */
  private static boolean shortNameBefore(Syllables s, int p) {
    int name = p - 1;
    // one word in the brackets, shaped as no Vietnamese word: not a place ("(Chương Mỹ, Hà Nội)")
    return !s.has(p, Syllables.COMMA | Syllables.PAREN)
        && name > 0
        && s.has(name, Syllables.PAREN)
        && s.has(name, Syllables.BREAK)
        && s.has(name, Syllables.UPPER)
        && BrandNames.shaped(s, name);
  }

  /**
   * Whether a person's word or a calling stands right before the name that starts at {@code q}
   * ("ông Thành", "nhạc sĩ Châu Đăng Khoa", "Tiền vệ Nguyễn Quang Hải").
   */
  private static boolean called(Syllables s, int q) {
    return NewsFrame.words("person").at(s, q - 1) != null
        || NewsFrame.words("profession").endingAt(s, q, PROFESSION_LENGTH) > 0;
  }

  /**
   * Whether the article writes the capitalised name at [from, to) elsewhere as a person's, the
   * whole or the end of a name right after a person's word or a calling: a headline names a player
   * by his given name ("Quang Hải ký hợp đồng 3 năm với Công an Hà Nội") where the lead calls him
   * in full ("Tiền vệ Nguyễn Quang Hải vừa ký hợp đồng 3 năm với Câu lạc bộ Công an Hà Nội").
   */
  private static boolean calledElsewhere(Syllables s, int from, int to) {
    int length = to - from;
    for (int r = 0; r + length <= s.size; r++) {
      if (r == from || !sameName(s, from, r, length)) {
        continue;
      }
      if (r + length < s.size
          && s.has(r + length, Syllables.UPPER)
          && !s.has(r + length, Syllables.BREAK | Syllables.COMMA)) {
        continue; // a longer name
      }
      for (int m = r; m >= 0 && r - m <= FAMILY_NAME_LENGTH; m--) {
        if (m < r
            && (!s.has(m, Syllables.UPPER) || s.has(m + 1, Syllables.BREAK | Syllables.COMMA))) {
          break;
        }
        if (m > 0 && !s.has(m, Syllables.BREAK) && called(s, m)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the {@code length} syllables at {@code r} are capitalised and fold as at {@code from}.
   */
  private static boolean sameName(Syllables s, int from, int r, int length) {
    for (int i = 0; i < length; i++) {
      if (!s.has(r + i, Syllables.UPPER)) {
        return false;
      }
    }
    return s.same(from, r, length);
  }

  private static boolean inMention(int p, List<OrganisationMatcher.Mention> mentions) {
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.from() <= p && p < m.to()) {
        return true;
      }
    }
    return false;
  }
}
