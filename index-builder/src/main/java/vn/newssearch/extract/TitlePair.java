package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * "Hai bên đã ký kết một số văn kiện hợp tác" under the title "Việt Nam - Hungary nâng tầm quan hệ
 * lên 'Đối tác toàn diện'": a signing whose subject is both sides ("hai bên", "hai nước") and names
 * no body is signed by the two states the title pairs ("A - B", "A và B", "A, B").
 */
final class TitlePair {
  /** How many words may stand between "hai bên" and the verb ("hai bên cũng đã chính thức ký"). */
  private static final int GAP = 4;

  /**
   * How far after the verb "giữa hai nước" may come ("ký kết các văn kiện hợp tác giữa", "ký hiệp
   * định về hợp tác khoa học và đổi mới sáng tạo giữa chính phủ hai nước").
   */
  private static final int OBJECT_REACH = 14;

  /** How far after the verb a document's name may pair two states ("... Việt Nam - Cuba"). */
  private static final int NAME_REACH = 20;

  private TitlePair() {}

  /** The title's two states when both sides are the subject of {@code signing}; else none. */
  static List<Candidate> forSubject(Syllables s, Signings.Signing signing, ClauseWords words) {
    int sides = subject(s, signing, words);
    return sides < 0 ? List.of() : titleStates(s, signing, words);
  }

  /** "hai bên (cũng đã) ký": where both sides stand as the subject of the signing; else -1. */
  private static int subject(Syllables s, Signings.Signing signing, ClauseWords words) {
    int verb = signing.verb();
    int from = Math.max(Signings.clauseStart(s, verb), verb - GAP - 2);
    return signing.nominal() ? -1 : words.get("both-sides").find(s, from, verb);
  }

  /** The title's two states when both sides sign at {@code signing}; else none. */
  static List<Candidate> forBothSides(Syllables s, Signings.Signing signing, ClauseWords words) {
    int verb = signing.verb();
    int from = Math.max(Signings.clauseStart(s, verb), verb - GAP - 3);
    if (!signing.nominal() && words.get("both-governments").find(s, from, verb) >= 0) {
      // "Chính phủ hai nước đã ký hiệp định ...": the governments of the title's two states
      return governments(titleStates(s, signing, words));
    }
    // "lễ ký kết các văn kiện hợp tác giữa hai nước"
    int end = Math.min(s.size, signing.after() + OBJECT_REACH);
    int between = -1;
    for (int p = signing.after(); p < end && s.sentence[p] == signing.sentence(); p++) {
      if (s.has(p, Syllables.COMMA | Syllables.BREAK)) {
        break;
      }
      between = s.is(p, "giua") ? p : between;
    }
    if (between >= 0 && words.get("both-governments").at(s, between + 1) != null) {
      // "hiệp định ... giữa chính phủ hai nước", even after "đại diện hai nước đã ký": the
      // governments of the title's two states
      return governments(titleStates(s, signing, words));
    }
    int sides = subject(s, signing, words);
    if (sides < 0) {
      sides = between < 0 ? -1 : words.get("both-sides").find(s, between + 1, between + 3);
    }
    if (sides < 0) {
      return List.of();
    }
    List<Candidate> states = titleStates(s, signing, words);
    return states.isEmpty() ? objectStates(s, signing, words) : states;
  }

  /**
   * "hai bên đã ký hai văn kiện quan trọng là hiệp định thương mại mới Việt Nam - Cuba": where the
   * title pairs no states, the two states the signed document's own name pairs with a dash, in the
   * object of the verb (before a comma, at most {@link #NAME_REACH} syllables after it).
   */
  private static List<Candidate> objectStates(
      Syllables s, Signings.Signing signing, ClauseWords words) {
    int end = Math.min(s.size, signing.after() + NAME_REACH);
    for (int p = signing.after(); p < end && s.sentence[p] == signing.sentence(); p++) {
      if (p > signing.after() && s.has(p, Syllables.COMMA | Syllables.BREAK)) {
        return List.of();
      }
      Phrases.Phrase first = words.country(s, p);
      if (first == null) {
        continue; // the state stands inside the name ("mới Việt Nam"), where no party starts
      }
      int q = p + first.length();
      Phrases.Phrase second =
          q < s.size && s.sentence[q] == signing.sentence() ? words.country(s, q) : null;
      if (second == null || !s.has(q, Syllables.DASH) || second.value().equals(first.value())) {
        return List.of(); // a state alone, or not the first of a dash pair: no pair named
      }
      int e = q + second.length();
      if (e + 1 < s.size && s.is(e, "nam") && SigningDates.isYear(s.number(e + 1))) {
        // "hai bên đã ký Bản ghi nhớ về hợp tác quốc phòng Việt - Mỹ năm 2011": a document dated
        // by its year is one signed before, recalled
        return List.of();
      }
      return List.of(new Candidate(p, q, first.value()), new Candidate(q, e, second.value()));
    }
    return List.of();
  }

  /** The governments of {@code states}, named as the gazetteer names a state's government. */
  private static List<Candidate> governments(List<Candidate> states) {
    return states.stream()
        .map(c -> new Candidate(c.from(), c.to(), CandidateNames.GOVERNMENT + " " + c.name()))
        .toList();
  }

  /** The two states the title pairs ("A - B", "A và B", "A, B"), if it pairs exactly two. */
  static List<Candidate> titleStates(Syllables s, Signings.Signing signing, ClauseWords words) {
    if (signing.sentence() == 0) {
      return List.of();
    }
    List<Candidate> states = new ArrayList<>();
    for (int k = 0; k < s.size && s.sentence[k] == 0; k++) {
      Phrases.Phrase state = words.country(s, k);
      if (state == null || !PartyCandidates.startsParty(s, k)) {
        continue;
      }
      Candidate c = new Candidate(k, k + state.length(), state.value());
      if (states.stream().noneMatch(x -> x.name().equals(c.name()))) {
        states.add(c);
      }
      k = c.to() - 1;
    }
    if (states.size() != 2 || !paired(s, states.get(0), states.get(1))) {
      return List.of();
    }
    return states;
  }

  /** Whether only a dash, a comma or "và" joins the two states: "Việt Nam - Hungary". */
  private static boolean paired(Syllables s, Candidate a, Candidate b) {
    int gap = b.from() - a.to();
    return (gap == 0 && s.has(b.from(), Syllables.DASH | Syllables.COMMA))
        || (gap == 1 && s.is(a.to(), "va"));
  }
}
