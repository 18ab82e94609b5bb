package vn.newssearch.extract;

import java.util.List;
import java.util.Set;

/**
 * "Nga ký hợp đồng bán tên lửa S-400 cho Trung Quốc" (title) ... "xác nhận Nga và Trung Quốc đã ký
 * hợp đồng mua bán tên lửa ..." (body): a headline tells the signing in a few words, often with one
 * side, and the body tells it again in full. A body signing of the same kind of document as a
 * signing the head tells, with no word of its own that sets it apart (plain), and with another side
 * in its clause, is that signing. Not in a story of a trial (the contracts are its evidence), nor
 * one set in the past in its sentence ("hồi tháng 2, Hoàng tử ... ký hợp đồng"), nor when the body
 * already tells a signing as news.
 */
final class RetoldSignings {
  /** Document nouns that say only that something is signed: no kind to match. */
  private static final Set<String> GENERIC = Set.of("hợp tác", "ký kết");

  private RetoldSignings() {}

  /** The plain body signings of a kind of document the head signs, marked as reported. */
  static void mark(Syllables s, List<Signings.Signing> out, NewsFrame frame) {
    if (frame.trial()) {
      return;
    }
    for (Signings.Signing g : out) {
      if (g.status() == Signings.Status.REPORTED && !frame.inHead(g.sentence())) {
        return; // the body tells its news itself
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Signings.Signing g = out.get(i);
      if (g.status() == Signings.Status.PLAIN
          && !frame.inHead(g.sentence())
          && headSigns(out, frame, kind(g))
          && twoSided(s, g)
          && done(s, g)
          && NewsFrame.words("past").find(s, Signings.sentence(s, g.verb())[0], g.verb()) < 0) {
        out.set(i, Signings.with(g, Signings.Status.REPORTED));
      }
    }
  }

  /** Whether a live signing of the head signs a document of this kind. */
  private static boolean headSigns(List<Signings.Signing> all, NewsFrame frame, String kind) {
    if (kind == null) {
      return false;
    }
    for (Signings.Signing h : all) {
      if (!frame.inHead(h.sentence())) {
        break;
      }
      if (StoryTense.live(h) && kind.equals(kind(h))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Another side in the verb's sentence: "X và Y", "các bên" before the verb, "với Y", "giữa" after
   * it; not a "với" that opens a clause ("Với trách nhiệm là người trực tiếp ký hợp đồng").
   */
  private static boolean twoSided(Syllables s, Signings.Signing g) {
    int[] range = Signings.sentence(s, g.verb());
    Phrases sides = ClauseWords.INSTANCE.get("two-sided");
    for (int p = range[0]; p < g.verb(); p++) {
      boolean opens = p == range[0] || s.has(p, Syllables.BREAK | Syllables.COMMA);
      if (sides.at(s, p) != null && !(opens && s.is(p, "voi"))) {
        return true;
      }
    }
    for (int p = g.after(); p < range[1]; p++) {
      if (s.is(p, "voi") || s.is(p, "giua")) {
        return true;
      }
    }
    return false;
  }

  /** How far before the verb "đã" marks the signing done ("đã chính thức ký"). */
  private static final int DONE_REACH = 3;

  /**
   * Told as an event that took place: "đã" right before the verb ("Ấn Độ đã ký hợp đồng ... với
   * Nga"), or a day in its sentence ("... với lãnh đạo quân đội Philippines ngày 11/9 tại Manila");
   * not a clause that describes who signs ("người lao động sinh sống tại địa phương ký kết thoả
   * thuận với địa phương của Hàn Quốc").
   */
  private static boolean done(Syllables s, Signings.Signing g) {
    int[] range = Signings.sentence(s, g.verb());
    for (int p = Math.max(range[0], g.verb() - DONE_REACH); p < g.verb(); p++) {
      if (s.is(p, "da") && "đã".equalsIgnoreCase(s.original(p))) {
        return true;
      }
    }
    return SigningDates.hasDay(s, range[0], range[1]);
  }

  /**
   * The kind of the signing's document: the first two words of its noun ("thỏa thuận hợp tác" and
   * "thỏa thuận" are both "thỏa thuận", "biên bản ghi nhớ" is "biên bản"); null when it names none
   * or only "hợp tác".
   */
  private static String kind(Signings.Signing g) {
    if (g.noun() == null) {
      return null;
    }
    String[] words = g.noun().value().split(" ");
    String kind = words.length < 2 ? words[0] : words[0] + " " + words[1];
    return GENERIC.contains(kind) ? null : kind;
  }
}
