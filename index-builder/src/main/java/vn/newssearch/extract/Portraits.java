package vn.newssearch.extract;

import java.util.List;
import java.util.Locale;

/**
 * A portrait's caption printed with no credit: a person named with a form of address and their
 * office, and nothing else ("Bà Phan Thị Thanh Xuân, Phó chủ tịch Hiệp hội Da - Giày và Túi xách
 * Việt Nam."). A sentence of the story that names someone so goes on to say what they did; this
 * line ends on the office's body, a name.
 */
final class Portraits {
  private Portraits() {}

  /** Longer lines are a sentence that names a person, not a caption. */
  private static final int MAX_WORDS = 20;

  /** The offices of roles.txt ("Phó Chủ tịch", "Giám đốc"), in lower case, longest first. */
  private static final List<String> OFFICES =
      Gazetteer.rows("roles.txt").stream()
          .map(r -> r[0].strip().toLowerCase(Locale.ROOT) + " ")
          .sorted((a, b) -> b.length() - a.length())
          .toList();

  /**
   * Whether the line is the form of address, a capitalised name of two to four syllables, a comma
   * and an office whose body closes the line, with one full stop at the end.
   *
   * @param phrases the data file, whose forms of address ("Ông", "Bà") open the line
   */
  static boolean isPortrait(String line, Boilerplate phrases) {
    int comma = line.indexOf(", ");
    if (comma < 0
        || !line.endsWith(".")
        || line.indexOf(',', comma + 1) >= 0
        || !phrases.startsWithHonorific(line)
        || TextShapes.words(line) > MAX_WORDS
        || TextShapes.sentences(line) > 1) {
      return false;
    }
    String[] person = line.substring(0, comma).split(" ");
    int name = 0;
    for (int i = person.length - 1; i > 0 && Character.isUpperCase(person[i].charAt(0)); i--) {
      name++;
    }
    if (name < 2 || name > 4 || person.length - name > 2) {
      return false; // not "Ông" or "Đồng chí" and a name
    }
    String office = line.substring(comma + 2, line.length() - 1);
    String lower = office.toLowerCase(Locale.ROOT) + " ";
    if (OFFICES.stream().noneMatch(lower::startsWith)) {
      return false;
    }
    String last = office.substring(office.lastIndexOf(' ') + 1);
    return !last.isEmpty()
        && (Character.isUpperCase(last.charAt(0)) || Character.isDigit(last.charAt(0)));
  }
}
