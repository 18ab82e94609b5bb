package vn.newssearch.extract;

import java.util.Map;
import java.util.Set;

/**
 * A signed document handed over or exchanged at a ceremony tells its signing without the verb "ký":
 * "hai bên đã trao thoả thuận hợp tác trước sự chứng kiến của ..." (vietnews-train-063078), "Đại
 * diện VietinBank và ON trao Thoả thuận Hợp tác", "lễ khởi động công bố biên bản ghi nhớ giữa Hội
 * đồng Đội Trung ương và tổ chức Plan International" (vietnews-test-017349). The words are data
 * (signing-words.tsv, "hand-over" and "announce"); their first syllables are "trao" and "công".
 */
final class HandedDocuments {
  /** Kinds that name no signed document ("trao hợp đồng cho Lockheed Martin" awards a contract). */
  private static final Set<String> NOT_HANDED = Set.of("hợp tác", "ký kết", "hợp đồng");

  /** The memoranda an announcement ceremony makes public ("công bố biên bản ghi nhớ"). */
  private static final Set<String> ANNOUNCED = Set.of("biên bản ghi nhớ", "bản ghi nhận ý định");

  private HandedDocuments() {}

  /**
   * The length of a hand-over verb at syllable k followed by a signed document ("trao đổi bản ghi
   * nhớ", "trao các thoả thuận"), or 0.
   */
  static int at(Syllables s, int k, Map<Integer, OrganisationMatcher.Hit> nouns, ClauseWords w) {
    if (!opens(s, k)) {
      return 0;
    }
    Phrases.Phrase hand = w.get("hand-over").at(s, k);
    Phrases.Phrase announce = hand == null ? w.get("announce").at(s, k) : null;
    Phrases.Phrase verb = hand != null ? hand : announce;
    if (verb == null || (k > 0 && s.is(k - 1, "cuoc") && !s.has(k, Syllables.BREAK))) {
      return 0; // "những cuộc trao đổi thoả thuận" (talks about a deal) is a noun
    }
    int object = k + verb.length();
    if (object < s.size
        && (s.is(object, "cac") || s.number(object) > 1)
        && !s.has(object, Syllables.BREAK)) {
      // "trao các biên bản ghi nhớ"; "trao 12 biên bản ghi nhớ cho các nhà đầu tư" (probe p8-019)
      object++;
    }
    OrganisationMatcher.Hit noun =
        object < s.size && !s.has(object, Syllables.BREAK | Syllables.COMMA)
            ? nouns.get(object)
            : null;
    boolean bare = noun != null && noun.to() - noun.from() == 2 && s.is(noun.from(), "bien");
    // "lễ trao 3 văn bản hợp tác gồm: ...", "trao đổi 9 văn kiện hợp tác": documents of
    // cooperation, not the bare "hợp tác" (vietnews-test-005735, vietnews-train-026507)
    boolean documents = noun != null && s.is(noun.from(), "van");
    if (noun == null || bare || NOT_HANDED.contains(noun.value()) && !documents) {
      return 0;
    }
    boolean announced = ANNOUNCED.contains(noun.value()) && between(s, noun.to());
    return hand != null || announced ? verb.length() : 0;
  }

  /**
   * Whether syllable k is the first syllable of a hand-over or announcing verb, which {@link #at}
   * reads further. Every syllable of every article is asked: a small method, so that the caller's
   * loop costs no call for most.
   */
  static boolean opens(Syllables s, int k) {
    return s.is(k, "trao") || s.is(k, "cong");
  }

  /** How far after the memorandum its two sides are named ("... giữa X và Y"). */
  private static final int SIDES_REACH = 12;

  /**
   * "công bố biên bản ghi nhớ giữa Hội đồng Đội Trung ương và ...": a memorandum announced between
   * two sides; "buổi công bố bản ghi nhớ áp mức thuế mới" is a president's memo.
   */
  private static boolean between(Syllables s, int from) {
    for (int p = from; p < Math.min(s.size, from + SIDES_REACH); p++) {
      if (p > from && s.has(p, Syllables.BREAK | Syllables.COMMA)) {
        return false;
      }
      if (s.is(p, "giua")) {
        return true;
      }
    }
    return false;
  }
}
