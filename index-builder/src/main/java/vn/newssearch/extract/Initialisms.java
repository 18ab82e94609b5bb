package vn.newssearch.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common initialisms of Vietnamese body names ({@code initialisms.tsv}: "KSND" = kiểm sát nhân
 * dân, "PT-TH" = Phát thanh - Truyền hình, "HTX" = Hợp tác xã), one mechanism for both sides of a
 * name: {@link #spelledOut} writes the words of an initialism that stands as a word inside a body's
 * name ("Đài PT-TH Lào Cai" → "Đài Phát thanh - Truyền hình Lào Cai"), and {@link #abbreviated}
 * gives the other spellings of a table's head with an initialism in place of its words ("Viện kiểm
 * sát nhân dân" → "Viện KSND"), so that the head reads it and names the body as the table does.
 */
final class Initialisms {
  static final String FILE = "initialisms.tsv";
  static final Initialisms INSTANCE = new Initialisms(Gazetteer.rows(FILE));

  private final Map<String, String> words = new LinkedHashMap<>();
  private final Pattern written;

  Initialisms(List<String[]> rows) {
    List<String> alternatives = new ArrayList<>();
    for (String[] row : rows) {
      words.put(key(row[0].strip()), row[1].strip());
      // "PT-TH", "PT - TH", "PT–TH"; "NN&PTNT", "NN & PTNT"
      alternatives.add(
          Pattern.quote(row[0].strip())
              .replace("-", "\\E\\s*[-–]\\s*\\Q")
              .replace("&", "\\E\\s*&\\s*\\Q"));
    }
    // longest first: "MTTQVN" before "MTTQ"
    alternatives.sort((a, b) -> b.length() - a.length());
    written =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}&\\-–])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}&])");
  }

  private static String key(String initialism) {
    return initialism.replaceAll("\\s+", "").replace('–', '-');
  }

  /**
   * Whether {@code left} and {@code right}, joined by a dash, are one initialism of the rows ("PT"
   * and "TH" of "PT - TH"), whose words a name's dash does not part.
   */
  boolean dashed(String left, String right) {
    return words.containsKey(key(left + "-" + right));
  }

  /** The rows' initialisms, as the vocabulary must know their syllables. */
  List<String> initialisms() {
    return List.copyOf(words.keySet());
  }

  /**
   * {@code name} with each initialism written as a word inside it spelled out ("Ban Trị sự GHPGVN
   * tỉnh Sóc Trăng" → "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng"); as written when it
   * has none. Case-sensitive: "Htx" is no initialism.
   */
  String spelledOut(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    Matcher m = written.matcher(name);
    if (!m.find()) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    do {
      String full = words.get(key(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(full == null ? m.group(1) : full));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The spellings of a table's {@code name} with an initialism in place of the words it stands for
   * ("Viện kiểm sát nhân dân" → "Viện KSND", "Bộ Tư lệnh" → "BTL"), compared without case; none
   * when it holds no initialism's words. One initialism a spelling.
   */
  List<String> abbreviated(String name) {
    List<String> out = new ArrayList<>();
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : words.entrySet()) {
      String full = e.getValue().toLowerCase(Locale.ROOT);
      int at = lower.indexOf(full);
      boolean starts = at == 0 || at > 0 && lower.charAt(at - 1) == ' ';
      int end = at + full.length();
      boolean ends = end == lower.length() || end < lower.length() && lower.charAt(end) == ' ';
      if (at >= 0 && starts && ends) {
        String variant = name.substring(0, at) + e.getKey() + name.substring(end);
        if (!variant.equals(name) && !out.contains(variant)) {
          out.add(variant);
        }
      }
    }
    return out;
  }

  /** The lower-case words a body's name holds that its initialism leaves out. */
  private static final Set<String> SKIPPED = Set.of("và", "các", "về", "của", "cho");

  /**
   * The other spellings of the provincial heads of {@code local-patterns.tsv} ("province" rows),
   * derived from their names by rule: (1) the initials of all the head's words, as provincial pages
   * write them before a place ("Hội Nông dân" → "HND": "HND tỉnh Thanh Hóa"), three letters or
   * more, only where no other head has the same initials and no table spelling is already that; (2)
   * where {@code national} holds the head with "Việt Nam" (the national union), its initials with
   * "VN" and the head's aliases that end in an initialism with "VN" ("Hội ND" → "Hội NDVN": "Hội
   * NDVN tỉnh Long An" is the province's union; Gazetteer also gives them to the national union,
   * which they name where no place follows). A head with a dash, a comma or a lower-case joiner
   * ("Sở Kế hoạch và Đầu tư") has none.
   */
  static Map<String, List<String>> ofHeads(List<String[]> local, List<String> national) {
    Map<String, List<String>> heads = new LinkedHashMap<>();
    Set<String> locals = new HashSet<>();
    for (String[] row : local) {
      locals.addAll(Gazetteer.names(row, 1, 2));
      if (!row[0].equals("province")) {
        continue;
      }
      String initials = initialsOf(row[1].strip());
      if (initials != null) {
        heads.computeIfAbsent(initials, k -> new ArrayList<>()).add(row[1].strip());
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : heads.entrySet()) {
      if (e.getValue().size() != 1
          || locals.contains(e.getKey())
          || national.contains(e.getKey())) {
        continue;
      }
      String head = e.getValue().get(0);
      List<String> spellings = new ArrayList<>(List.of(e.getKey()));
      if (national.contains(head + " Việt Nam")) {
        spellings.add(e.getKey() + "VN");
        for (String[] row : local) {
          if (row[0].equals("province") && row[1].strip().equals(head)) {
            for (String alias : Gazetteer.names(row, 2)) {
              String last = alias.substring(alias.lastIndexOf(' ') + 1);
              if (alias.indexOf(' ') > 0
                  && last.length() >= 2
                  && last.equals(last.toUpperCase(Locale.ROOT))) {
                spellings.add(alias + "VN");
              }
            }
          }
        }
      }
      // a national spelling with "VN" ("Hội LHPNVN") is also the province's union before a place
      spellings.removeIf(locals::contains);
      if (!spellings.isEmpty()) {
        out.put(head, List.copyOf(spellings));
      }
    }
    return out;
  }

  /** The initials of every word of {@code head}, upper case; null when it cannot have them. */
  static String initialsOf(String head) {
    String[] words = head.split(" ");
    if (words.length < 3) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty() || SKIPPED.contains(w) || !w.chars().allMatch(Character::isLetter)) {
        return null;
      }
      // an initial keeps no tone or vowel mark ("Ủy ban" → "UB", "Tòa án" → "TA"), but "Đ"
      String first = w.substring(0, 1).toUpperCase(Locale.ROOT);
      out.append(
          first.equals("Đ")
              ? first
              : Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
    }
    return out.toString();
  }
}
