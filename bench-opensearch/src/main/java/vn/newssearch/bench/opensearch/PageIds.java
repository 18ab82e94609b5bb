package vn.newssearch.bench.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Maps a judgment key {@code page:<file name>} to the id the page extractor gave that seed page:
 * the parsed page article ({@code p-} id) whose title is a line of the file. Fails unless each page
 * matches exactly one, so a judgment can never silently point nowhere.
 */
final class PageIds {
  private PageIds() {}

  static Map<String, String> of(Path pagesDir, List<String> parsed) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<Path> pages;
    try (Stream<Path> s = Files.list(pagesDir)) {
      pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path page : pages) {
      Set<String> lines = new HashSet<>();
      for (String l : Files.readAllLines(page, StandardCharsets.UTF_8)) {
        lines.add(l.strip());
      }
      List<String> ids =
          parsed.stream()
              .filter(a -> Json.string(a, "id").startsWith("p-"))
              .filter(a -> lines.contains(Json.string(a, "title").strip()))
              .map(a -> Json.string(a, "id"))
              .toList();
      if (ids.size() != 1) {
        throw new IOException(page + ": expected one parsed page with its title, found " + ids);
      }
      out.put("page:" + page.getFileName(), ids.get(0));
    }
    return out;
  }
}
