package vn.newssearch.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Key figures as a properties file, so a driver script can put ratios from one run together. */
final class Summary {
  private Summary() {}

  static void write(String file, Properties figures, String comment) throws IOException {
    if (file == null) {
      return;
    }
    Path path = Path.of(file);
    Properties all = new Properties();
    if (Files.exists(path)) {
      try (var in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        all.load(in);
      }
    }
    all.putAll(figures);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      all.store(out, comment);
    }
  }
}
