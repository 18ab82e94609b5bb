package vn.newssearch.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines that repeat across the pages of one site: menus, hotline bars, share and comment
 * prompts, footers, standing related-story lists. Learned from several pages of the same site (a
 * folder of one outlet's pages): a line is furniture when it is seen in at least {@link #MIN_PAGES}
 * pages and in at least half of them. {@link PageExtractor#withFurniture} then never takes such a
 * line for the title or the body. Copies of one article count as one page. Bylines, dates, capitals
 * and breadcrumbs keep their roles even when they repeat (one author, one section). Immutable and
 * thread-safe.
 */
public final class Furniture {
  /** Fewer pages than this teach nothing: a line in two pages may be a shared quote. */
  public static final int MIN_PAGES = 3;

  /** No furniture: what a single page, or pages of unknown sites, are read with. */
  public static final Furniture NONE = new Furniture(Set.of(), 0);

  private final Set<String> lines;
  private final int pages;

  private Furniture(Set<String> lines, int pages) {
    this.lines = Set.copyOf(lines);
    this.pages = pages;
  }

  /**
   * Learns the furniture of one site from the texts of its pages (as read, before extraction). A
   * line counts once per page; lines are compared trimmed and with runs of spaces collapsed.
   */
  public static Furniture learn(Collection<String> pageTexts) {
    // One article saved twice (copies, other encodings, a re-scrape whose clock moved) is one
    // page: pages are told apart by their text without digits. Otherwise every line of a
    // duplicated article would look like furniture.
    Map<String, Set<String>> articles = new HashMap<>();
    for (String page : pageTexts) {
      List<String> lines = PageLines.texts(page);
      String key = String.join("\n", lines).replaceAll("\\p{Nd}+", "");
      articles.putIfAbsent(key, new HashSet<>(lines));
    }
    if (articles.size() < MIN_PAGES) {
      return new Furniture(Set.of(), articles.size());
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Set<String> lines : articles.values()) {
      for (String line : lines) {
        seen.merge(line, 1, Integer::sum);
      }
    }
    int need = Math.max(MIN_PAGES, (articles.size() + 1) / 2);
    Set<String> repeated = new HashSet<>();
    seen.forEach(
        (line, n) -> {
          if (n >= need) {
            repeated.add(line);
          }
        });
    return new Furniture(repeated, articles.size());
  }

  /** Whether this trimmed, space-collapsed line is furniture. */
  public boolean contains(String line) {
    return !lines.isEmpty() && lines.contains(line);
  }

  /** How many distinct lines were learned. */
  public int size() {
    return lines.size();
  }

  /** How many pages it was learned from. */
  public int pages() {
    return pages;
  }
}
