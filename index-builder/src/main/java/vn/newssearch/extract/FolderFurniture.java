package vn.newssearch.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.source.SourceRecord;

/**
 * One {@link Furniture} per folder, for inputs laid out one site per folder: learned from the text
 * pages read in each folder, looked up by a page's file. Immutable and thread-safe once learned.
 */
public final class FolderFurniture {
  /** No folder has furniture. */
  public static final FolderFurniture NONE = new FolderFurniture(Map.of());

  private final Map<Path, Furniture> byFolder;

  private FolderFurniture(Map<Path, Furniture> byFolder) {
    this.byFolder = Map.copyOf(byFolder);
  }

  /**
   * Learns the furniture of every folder from its text pages (folders with fewer than {@link
   * Furniture#MIN_PAGES} pages get none).
   */
  public static FolderFurniture learn(Iterable<SourceRecord.PageText> pages) {
    Map<Path, List<String>> texts = new HashMap<>();
    for (SourceRecord.PageText p : pages) {
      texts.computeIfAbsent(folder(p.origin().file()), f -> new ArrayList<>()).add(p.text());
    }
    Map<Path, Furniture> learned = new HashMap<>();
    texts.forEach(
        (folder, t) -> {
          Furniture f = Furniture.learn(t);
          if (f.size() > 0) {
            learned.put(folder, f);
          }
        });
    return new FolderFurniture(learned);
  }

  /** The furniture of the folder holding {@code file}, or {@link Furniture#NONE}. */
  public Furniture of(Path file) {
    return byFolder.getOrDefault(folder(file), Furniture.NONE);
  }

  /** How many folders have furniture. */
  public int folders() {
    return byFolder.size();
  }

  private static Path folder(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("") : parent;
  }
}
