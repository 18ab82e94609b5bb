package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Signers that the signing sentence names by their count and title only, after the article has
 * named them: "Bộ trưởng Y tế Đào Hồng Lan đã hội đàm với Bộ trưởng Y tế công cộng Cuba José Ángel
 * Portal Miranda. ... Sau hội đàm, hai Bộ trưởng đã ký Thỏa thuận hợp tác" → both ministers. The
 * count of two opens the verb's subject, its title follows, and only words of aspect ("đã", "cũng",
 * "cùng") stand before the verb, so "hai Bộ trưởng chứng kiến lễ ký" (witnesses) is not read. The
 * two are the nearest two people with that title in the sentences before: read back sentence by
 * sentence until two are named; a third in the sentence that names the second leaves it unread.
 */
final class CountedSigners {
  /** How many sentences before the signing the two may be named in. */
  private static final int BACK = 8;

  /** Aspect words read between the title and the verb. */
  private static final int ASPECT_WORDS = 3;

  /** Capitalised words of the counted people's states between their title and the verb. */
  private static final int STATE_WORDS = 4;

  /** How far after a title its state is looked for. */
  private static final int TITLE_WORDS = 10;

  private CountedSigners() {}

  /** The two people the signing sentences name as "hai <title>", or none. */
  static List<Signatories.Signer> of(
      Syllables s, OrganisationMatcher.Scan scan, Set<Integer> signingSentences, Gazetteer g) {
    Map<Integer, OrganisationMatcher.Hit> roleAt = new HashMap<>();
    for (OrganisationMatcher.Hit role : scan.roles()) {
      roleAt.put(role.from(), role);
    }
    Phrases counted = PersonNames.WORDS.get("counted");
    for (int k = 0; k + 1 < s.size; k++) {
      if (!signingSentences.contains(s.sentence[k]) || !s.is(k, "hai")) {
        continue;
      }
      Phrases.Phrase title = counted.at(s, k + 1);
      if (title == null || !signs(s, k + 1 + title.length(), s.sentence[k])) {
        continue;
      }
      List<Signatories.Signer> named =
          before(s, scan, roleAt, s.sentence[k], List.of(title.value().split("\\|")), g);
      if (named.size() == 2 && !oneSide(named)) {
        return named;
      }
    }
    return List.of();
  }

  /**
   * The bodies of the two counted signers, when each title names a body of its own ("Bộ trưởng Y tế
   * Lào B": "Bộ Y tế Lào") and the two differ; else none. A title that names only a state ("Ngoại
   * trưởng Nga") lends no body: the state is not the ministry that signs.
   */
  static List<String> bodies(List<Signatories.Signer> counted) {
    List<String> out = new ArrayList<>();
    for (Signatories.Signer x : counted) {
      String body = x.body() == null ? null : Signatories.bodyOf(x);
      if (body == null || out.contains(body)) {
        return List.of();
      }
      out.add(body);
    }
    return out.size() == 2 ? List.copyOf(out) : List.of();
  }

  /**
   * Whether the verb "ký" follows at q in the sentence, after the counted people's states ("hai
   * lãnh đạo Nga - Trung") and no more than a few words of aspect ("đã", "cũng", "cùng").
   */
  private static boolean signs(Syllables s, int q, int sentence) {
    for (int i = 0;
        i < STATE_WORDS && q < s.size && s.has(q, Syllables.UPPER | Syllables.DASH);
        i++) {
      q++;
    }
    for (int i = 0; i < ASPECT_WORDS && q < s.size && !s.has(q, Syllables.COMMA); i++) {
      int aspect = PersonNames.word("aspect", s, q);
      if (aspect == 0) {
        break;
      }
      q += aspect;
    }
    return q < s.size
        && s.sentence[q] == sentence
        && SignerClause.sign(s, q)
        && !s.has(q, Syllables.COMMA | Syllables.BREAK);
  }

  /**
   * The people titled as {@code title} in the sentences before {@code sentence}, nearest first,
   * until two are named; a person named twice ("Péter Szijjártó", "Szijjártó") counts once, by the
   * fuller name.
   */
  private static List<Signatories.Signer> before(
      Syllables s,
      OrganisationMatcher.Scan scan,
      Map<Integer, OrganisationMatcher.Hit> roleAt,
      int sentence,
      List<String> titles,
      Gazetteer g) {
    List<Signatories.Signer> people = new ArrayList<>();
    for (int j = sentence - 1; j >= 0 && j >= sentence - BACK && people.size() < 2; j--) {
      for (Signatories.Signer x : Signatories.titled(s, scan, j, g)) {
        if (x.name() != null && titled(x.role(), titles)) {
          // named outside the signing: they sign, but lend no party of their own
          add(people, new Signatories.Signer(x.name(), x.role(), x.body(), x.state(), false, null));
        }
      }
      for (OrganisationMatcher.Hit role : scan.roles()) {
        Signatories.Signer x =
            s.sentence[role.from()] == j && titled(role.value(), titles)
                ? foreigner(s, role, roleAt)
                : null;
        if (x != null) {
          add(people, x);
        }
      }
    }
    return people;
  }

  /**
   * A foreign person after a title whose field the scan does not read: the capitalised name after
   * the first state within the title ("Bộ trưởng Y tế công cộng Cuba José Ángel Portal Miranda"),
   * or a name no Vietnamese could bear right after the title ("Bộ trưởng Ravkov Andrei
   * Alekseevich"); the state is the signer's.
   */
  private static Signatories.Signer foreigner(
      Syllables s, OrganisationMatcher.Hit role, Map<Integer, OrganisationMatcher.Hit> roleAt) {
    PersonNames.Name alien = PersonNames.alien(s, role.to());
    if (alien != null) {
      return new Signatories.Signer(alien.text(), role.value(), null, null, false, null);
    }
    Stated x = afterState(s, role, roleAt);
    return x == null
        ? null
        : new Signatories.Signer(x.name().text(), role.value(), null, x.state(), false, null);
  }

  /** A foreign name and the state written before it within a title. */
  record Stated(PersonNames.Name name, String state) {}

  /**
   * The capitalised name after the first state within the title, when the words between are no body
   * the scan reads ("Bộ trưởng Giáo dục đại học và Nghiên cứu Pháp Sylvie Retailleau"); null when a
   * comma, a bracket, another title or our own state comes first.
   */
  static Stated afterState(
      Syllables s, OrganisationMatcher.Hit role, Map<Integer, OrganisationMatcher.Hit> roleAt) {
    for (int q = role.to(); q < s.size && q < role.to() + TITLE_WORDS; q++) {
      if (s.sentence[q] != s.sentence[role.from()]
          || s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.PAREN)
          || roleAt.containsKey(q)) {
        return null;
      }
      Phrases.Phrase state = ClauseWords.INSTANCE.countryAnywhere(s, q);
      if (state != null) {
        PersonNames.Name name = PersonNames.foreign(s, q + state.length(), false);
        return name == null || state.value().equals("Việt Nam")
            ? null
            : new Stated(name, state.value());
      }
    }
    return null;
  }

  /**
   * Adds a person once: of two mentions the fuller name ("Péter Szijjártó" over "Szijjártó"), but
   * not a state read into the name ("Sergey Lavrov" over "Nga Sergey Lavrov").
   */
  private static void add(List<Signatories.Signer> people, Signatories.Signer x) {
    for (int i = 0; i < people.size(); i++) {
      String known = people.get(i).name();
      if (known.equals(x.name())) {
        if (side(people.get(i)) == null) {
          people.set(i, x); // "Bộ trưởng Ngô Xuân Lịch" gives way to "..., Bộ trưởng Quốc phòng"
        }
        return;
      }
      String longer = known.length() > x.name().length() ? known : x.name();
      String shorter = longer.equals(known) ? x.name() : known;
      if (longer.endsWith(" " + shorter)) {
        String lead = longer.substring(0, longer.length() - shorter.length() - 1);
        boolean state = ClauseWords.INSTANCE.stateNamed(lead) != null;
        if (state == longer.equals(known)) {
          people.set(i, x);
        }
        return;
      }
    }
    people.add(x);
  }

  /**
   * Whether the two sign for the one side ("Thủ tướng Trung Quốc Lý Khắc Cường, Chủ tịch Trung Quốc
   * Tập Cận Bình"): then they are not the two sides' signers.
   */
  private static boolean oneSide(List<Signatories.Signer> people) {
    String a = side(people.get(0));
    String b = side(people.get(1));
    return a != null && b != null && fold(a).equals(fold(b));
  }

  private static String side(Signatories.Signer x) {
    return x.state() != null ? x.state() : x.body();
  }

  /** Whether the title begins with one of the counted titles. */
  private static boolean titled(String role, List<String> titles) {
    String key = fold(role);
    return titles.stream().anyMatch(t -> key.startsWith(fold(t)));
  }

  private static String fold(String text) {
    return VietnameseAnalysis.foldKey(text).toLowerCase(Locale.ROOT);
  }
}
