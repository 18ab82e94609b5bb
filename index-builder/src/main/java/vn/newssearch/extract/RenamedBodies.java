package vn.newssearch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    partners.replaceAll((name, others) -> List.copyOf(others));
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
   * The names an abbreviation or a short form of a renamed body takes in this article ("VCCI",
   * "PVN", "Bộ NN&PTNT", which the gazetteer resolves to the name before): the name of the
   * article's year when it is dated, else the one name of the renaming the article writes in full
   * ("Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)" ... "VCCI sẽ hỗ trợ"), else none (the
   * gazetteer's). A name the article writes in full is never replaced: {@link Names#of} keeps it.
   */
  Names namesIn(Syllables s, List<OrganisationMatcher.Mention> mentions, LocalDate dated) {
    if (renames.isEmpty()) {
      return Names.NONE;
    }
    Set<String> full = null; // the renamed names written in full
    Set<String> named = null; // every renamed name the gazetteer gave a mention
    for (OrganisationMatcher.Mention m : mentions) {
      if (m.name() != null && partners.containsKey(m.name())) {
        named = named == null ? new HashSet<>() : named;
        full = full == null ? new HashSet<>() : full;
        named.add(m.name());
        if (inFull(s.original(m.from(), m.to()))) {
          full.add(m.name());
        }
      }
    }
    if (named == null) {
      return Names.NONE;
    }
    Map<String, String> out = new HashMap<>();
    for (Rename r : renames) {
      boolean before = full.contains(r.before());
      boolean after = full.contains(r.after());
      String name =
          dated != null
              ? (dated.getYear() >= r.year() ? r.after() : r.before())
              : before != after ? (before ? r.before() : r.after()) : null;
      for (String n : List.of(r.before(), r.after())) {
        if (name != null && !n.equals(name) && named.contains(n)) {
          out.putIfAbsent(n, name);
        }
      }
    }
    return new Names(Map.copyOf(out), Set.copyOf(full));
  }

  /**
   * An article's names of renamed bodies: each name an abbreviation resolved to → the name it takes
   * here; {@code full}, the names the article writes in full, which stay.
   */
  record Names(Map<String, String> abbreviated, Set<String> full) {
    static final Names NONE = new Names(Map.of(), Set.of());

    /** The name of a mention: as the gazetteer gave it when written in full, else the article's. */
    OrganisationMatcher.Mention of(Syllables s, OrganisationMatcher.Mention m) {
      String name = m.name() == null ? null : abbreviated.get(m.name());
      return name == null || inFull(s.original(m.from(), m.to()))
          ? m
          : new OrganisationMatcher.Mention(m.from(), m.to(), m.kind(), name);
    }

    /** A name read elsewhere than in a mention (a signer's title): unless written in full. */
    String of(String name) {
      return name == null || full.contains(name) ? name : abbreviated.getOrDefault(name, name);
    }
  }

  /**
   * The fields' names with {@code names} applied, each name once, first mention first: the names
   * read elsewhere than in the scan's mentions (a signer's title, "Chủ tịch VCCI Phạm Tấn Công").
   */
  static Article renamed(Article a, Names names) {
    if (names.abbreviated().isEmpty()) {
      return a;
    }
    List<Article.Signatory> signatories = new ArrayList<>();
    for (Article.Signatory g : a.signatories()) {
      signatories.add(new Article.Signatory(g.name(), g.role(), names.of(g.party())));
    }
    return a.withAgreementFields(
        renamed(a.parties(), names), renamed(a.organisations(), names), signatories, a.agreement());
  }

  private static List<String> renamed(List<String> list, Names names) {
    List<String> out = new ArrayList<>();
    for (String n : list) {
      String name = names.of(n);
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
