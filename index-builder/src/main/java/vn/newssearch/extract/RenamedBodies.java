package vn.newssearch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.model.Article;

/**
 * Bodies renamed, or merged under a new name (renamed.tsv): "Phòng Thương mại và Công nghiệp Việt
 * Nam" is "Liên đoàn Thương mại và Công nghiệp Việt Nam" from 2025, "Bộ Nông nghiệp và Phát triển
 * nông thôn" and "Bộ Tài nguyên và Môi trường" are "Bộ Nông nghiệp và Môi trường". The party filter
 * finds a body under either name ({@link #partners}); an article names it as it writes it in full,
 * and an abbreviation alone ("VCCI", "PVN") by the article's year, else by the name the article
 * spells out, else as the gazetteer does (the name before: the corpus's news is from 2015–2021).
 */
final class RenamedBodies {
  /** One renaming: {@code before} is {@code after} from {@code year}. */
  record Rename(int year, String before, String after) {}

  /** A name written in full has at least this many syllables ("Bộ Nông nghiệp" is a short form). */
  private static final int FULL_SYLLABLES = 4;

  private final List<Rename> renames;
  private final Map<String, List<String>> partners = new HashMap<>();

  RenamedBodies(List<Rename> renames) {
    this.renames = List.copyOf(renames);
    for (Rename r : renames) {
      partners.computeIfAbsent(r.before(), k -> new ArrayList<>()).add(r.after());
      partners.computeIfAbsent(r.after(), k -> new ArrayList<>()).add(r.before());
    }
  }

  /** Reads renamed.tsv's rows; every name must be a canonical name of {@code known}. */
  static RenamedBodies of(List<String[]> rows, Set<String> known) {
    List<Rename> out = new ArrayList<>();
    for (String[] row : rows) {
      Rename r = new Rename(Integer.parseInt(row[0].strip()), row[1].strip(), row[2].strip());
      for (String name : List.of(r.before(), r.after())) {
        if (!known.contains(name)) {
          throw new IllegalStateException("renamed.tsv: not a canonical name: " + name);
        }
      }
      out.add(r);
    }
    return new RenamedBodies(out);
  }

  /** The body's other names, before or after a renaming (not transitively: a merger joins two). */
  List<String> partners(String canonical) {
    return partners.getOrDefault(canonical, List.of());
  }

  /**
   * Each renamed body's name as this article gives it, for the names the gazetteer gave its
   * mentions: the one name of a renaming the article writes in full ("Liên đoàn Thương mại và Công
   * nghiệp Việt Nam (VCCI)" ... "VCCI sẽ hỗ trợ"), else the name of the article's year when it is
   * dated, else none (the gazetteer's). Empty when the article names no renamed body.
   */
  Map<String, String> namesIn(
      Syllables s, List<OrganisationMatcher.Mention> mentions, LocalDate dated) {
    if (renames.isEmpty()) {
      return Map.of();
    }
    Map<String, Boolean> named = null; // a renamed name → whether it is written in full
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.name() != null && partners.containsKey(m.name())) {
        named = named == null ? new HashMap<>() : named;
        named.merge(m.name(), inFull(s.original(m.from(), m.to())), Boolean::logicalOr);
      }
    }
    if (named == null) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    for (Rename r : renames) {
      boolean before = named.getOrDefault(r.before(), false);
      boolean after = named.getOrDefault(r.after(), false);
      String name =
          before != after
              ? (before ? r.before() : r.after())
              : before || dated == null
                  ? null
                  : (dated.getYear() >= r.year() ? r.after() : r.before());
      if (name != null) {
        for (String n : List.of(r.before(), r.after())) {
          if (named.containsKey(n) && !n.equals(name)) {
            out.putIfAbsent(n, name);
          }
        }
      }
    }
    return out;
  }

  /** The fields' names with {@code names} applied, each name once, first mention first. */
  static Article renamed(Article a, Map<String, String> names) {
    if (names.isEmpty()) {
      return a;
    }
    List<Article.Signatory> signatories = new ArrayList<>();
    for (Article.Signatory g : a.signatories()) {
      signatories.add(
          new Article.Signatory(g.name(), g.role(), names.getOrDefault(g.party(), g.party())));
    }
    return a.withAgreementFields(
        renamed(a.parties(), names), renamed(a.organisations(), names), signatories, a.agreement());
  }

  private static List<String> renamed(List<String> list, Map<String, String> names) {
    List<String> out = new ArrayList<>();
    for (String n : list) {
      String name = names.getOrDefault(n, n);
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether a mention spells the name out: four syllables or more, none an abbreviation in
   * capitals, a bracketed abbreviation aside ("Liên đoàn Thương mại và Công nghiệp Việt Nam
   * (VCCI)"); not "VCCI", "Petrovietnam", "Bộ NN&PTNT", "Bộ Nông nghiệp".
   */
  static boolean inFull(String written) {
    String bare = written.replaceAll("\\([^()]*\\)", " ").strip();
    String[] words = bare.split("[\\s\\-–,]+");
    int syllables = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      int capitals = 0;
      for (int i = 0; i < w.length(); i++) {
        capitals += Character.isUpperCase(w.charAt(i)) ? 1 : 0;
      }
      if (capitals >= 2 || w.indexOf('&') >= 0) {
        return false;
      }
      syllables++;
    }
    return syllables >= FULL_SYLLABLES;
  }
}
