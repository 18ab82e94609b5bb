package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.model.Article;

/**
 * The people who sign: a title, optionally the body they sign for, then a capitalised name, in a
 * sentence that says "ký": "Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung", "Phó Giám đốc Sở ... tỉnh -
 * Nguyễn Đại Tánh". The body is the signatory's party; the person is never a party.
 */
final class Signatories {
  private static final int NAME_MIN = 2;
  private static final int NAME_MAX = 5;
  private static final int SYLLABLE_MAX = 7;

  private Signatories() {}

  static List<Article.Signatory> find(
      Syllables s, OrganisationMatcher.Scan scan, Set<Integer> signingSentences, Gazetteer g) {
    Map<Integer, OrganisationMatcher.Mention> byStart = new HashMap<>();
    for (OrganisationMatcher.Mention m : scan.mentions()) {
      byStart.put(m.from(), m);
    }
    List<Article.Signatory> out = new ArrayList<>();
    for (OrganisationMatcher.Hit role : scan.roles()) {
      if (!signingSentences.contains(s.sentence[role.from()])) {
        continue;
      }
      if (role.from() > 0 && s.is(role.from() - 1, "cua") && !s.has(role.from(), Syllables.BREAK)) {
        continue; // "theo thông báo của Thủ tướng Trung Quốc Lý Khắc Cường": a source, no signer
      }
      if (witness(s, role.from())) {
        continue; // "trước sự chứng kiến của ... và Tổng thống Pháp Emmanuel Macron": a witness
      }
      int p = role.to();
      String party = null;
      OrganisationMatcher.Mention body = byStart.get(p);
      if (body != null) {
        party = body.name();
        p = body.to();
      }
      Phrases.Phrase state = p < s.size ? ClauseWords.INSTANCE.countryAnywhere(s, p) : null;
      if (state != null) {
        // "Đại sứ Hàn Quốc Lee Hyuk", "Bộ trưởng Quốc phòng Mỹ Jim Mattis": the state, not a name
        party = party == null ? state.value() : party;
        p += state.length();
      }
      String name = personName(s, p);
      if (name != null && !g.isSurname(s.original(p))) {
        continue;
      }
      if (name != null && out.stream().noneMatch(x -> x.name().equals(name))) {
        out.add(new Article.Signatory(name, role.value(), party));
      }
    }
    return out;
  }

  /**
   * Whether a word of attending or witnessing ("chứng kiến", "tham dự", "chủ trì") comes before the
   * title in its clause, or after it before the verb, with no "ký" between: the person watches the
   * signing, and does not sign.
   */
  private static boolean witness(Syllables s, int k) {
    int p = k;
    while (p > 0
        && p > k - Signings.REACH
        && s.sentence[p - 1] == s.sentence[k]
        && !s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      p--;
    }
    int w = ClauseWords.INSTANCE.get("witness").find(s, p, k);
    for (int q = Math.max(w, 0); w >= 0 && q < k; q++) {
      if (s.is(q, "ky") || s.is(q, "ki")) {
        return false; // "X chứng kiến lễ ký giữa Bộ trưởng A và ...": A signs
      }
    }
    if (w >= 0) {
      return true;
    }
    // "Tổng thống Mỹ Donald Trump và Chủ tịch nước ... đã chứng kiến doanh nghiệp hai nước ký"
    Phrases watch = ClauseWords.INSTANCE.get("witness");
    for (int q = k; q < s.size && q < k + Signings.REACH && s.sentence[q] == s.sentence[k]; q++) {
      if (s.is(q, "ky") || s.is(q, "ki")) {
        return false;
      }
      if (watch.at(s, q) != null) {
        return true;
      }
    }
    return false;
  }

  /** 2–5 capitalised one-word syllables from {@code p}, after at most a dash or comma. */
  private static String personName(Syllables s, int p) {
    if (p >= s.size || s.has(p, Syllables.BREAK)) {
      return null;
    }
    int end = p;
    while (end < s.size && end - p < NAME_MAX && isNameSyllable(s, end)) {
      if (end > p && s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH)) {
        break;
      }
      end++;
    }
    int len = end - p;
    boolean followedByCapital = end < s.size && isNameSyllable(s, end) && len == NAME_MAX;
    return len >= NAME_MIN && !followedByCapital ? s.original(p, end) : null;
  }

  /** "Dung", "Thị": capital then lower-case letters; not "HĐQT", not digits. */
  private static boolean isNameSyllable(Syllables s, int k) {
    if (!s.has(k, Syllables.UPPER) || s.end[k] - s.start[k] > SYLLABLE_MAX) {
      return false;
    }
    for (int i = s.start[k] + 1; i < s.end[k]; i++) {
      char c = s.text[i];
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
          || Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
