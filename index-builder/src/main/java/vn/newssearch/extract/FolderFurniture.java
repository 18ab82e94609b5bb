package vn.newssearch.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.source.InputFile;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * One {@link Furniture} per folder, for inputs laid out one site per folder: learned from the text
 * pages read in each folder, looked up by a page's file. Immutable and thread-safe once learned.
 */
public final class FolderFurniture {
  /** No folder has furniture. */
  public static final FolderFurniture NONE = new FolderFurniture(Map.of());

  /** The text pages of one folder that {@link #learnFrom} reads, at most. */
  static final int PAGES_PER_FOLDER = 200;

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

  /**
   * Learns the furniture of every folder met while walking the folders among {@code inputs}, from
   * at most {@link #PAGES_PER_FOLDER} of its text pages, one folder at a time (so memory holds one
   * folder's sample). Files named on their own teach nothing: a site's furniture needs its pages
   * side by side. Problems are not reported here: the real read reports them.
   */
  public static FolderFurniture learnFrom(List<Path> inputs) throws InterruptedException {
    List<Path> folders = inputs.stream().filter(Files::isDirectory).toList();
    if (folders.isEmpty()) {
      return NONE;
    }
    Map<Path, List<Path>> pagesByFolder = new LinkedHashMap<>();
    for (InputFile f : InputFile.expand(folders, problem -> {})) {
      if (f.format() == InputFile.Format.PAGE) {
        List<Path> pages = pagesByFolder.computeIfAbsent(folder(f.path()), k -> new ArrayList<>());
        if (pages.size() < PAGES_PER_FOLDER) {
          pages.add(f.path());
        }
      }
    }
    Map<Path, Furniture> learned = new HashMap<>();
    for (List<Path> pages : pagesByFolder.values()) {
      if (pages.size() >= Furniture.MIN_PAGES) {
        List<SourceRecord.PageText> texts = new ArrayList<>();
        new SourceReader(pages, problem -> {})
            .readAll(
                r -> {
                  if (r instanceof SourceRecord.PageText t) {
                    texts.add(t);
                  }
                });
        learned.putAll(learn(texts).byFolder);
      }
    }
    return learned.isEmpty() ? NONE : new FolderFurniture(learned);
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
