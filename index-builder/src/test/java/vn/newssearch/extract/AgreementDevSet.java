package vn.newssearch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * {@code eval/agreements/}: the picked corpus articles with their half, and every {@code
 * labels-*.jsonl} file beside them, keyed by article id.
 */
record AgreementDevSet(
    List<Entry> articles, Map<String, AgreementLabel> labels, List<String> errors) {

  /** One picked article as the indexer would read it, with the half it belongs to. */
  record Entry(String half, SourceRecord.JsonArticle record) {
    String id() {
      return record.id();
    }
  }

  static AgreementDevSet load(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path file = dir.resolve("articles.jsonl");
    List<Entry> articles = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode a = json.readTree(lines.get(i));
      List<String> captions = new ArrayList<>();
      a.path("captions").forEach(c -> captions.add(c.asText()));
      articles.add(
          new Entry(
              a.path("half").asText(),
              new SourceRecord.JsonArticle(
                  new Origin(file, i + 1),
                  text(a, "id"),
                  text(a, "url"),
                  text(a, "source"),
                  text(a, "title"),
                  text(a, "lead"),
                  text(a, "body"),
                  captions,
                  text(a, "published"),
                  text(a, "category"),
                  text(a, "author"))));
    }
    Map<String, AgreementLabel> labels = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    TreeSet<Path> files = new TreeSet<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "labels-*.jsonl")) {
      ds.forEach(files::add);
    }
    Map<String, String> halfOf = new LinkedHashMap<>();
    articles.forEach(e -> halfOf.put(e.id(), e.half()));
    for (Path f : files) {
      String name = f.getFileName().toString();
      String fileHalf = name.substring("labels-".length(), name.length() - ".jsonl".length());
      for (AgreementLabel label : AgreementLabel.load(f)) {
        if (labels.putIfAbsent(label.id(), label) != null) {
          errors.add(name + ": " + label.id() + " is labelled twice");
        } else if (!halfOf.containsKey(label.id())) {
          errors.add(name + ": " + label.id() + " names no article of articles.jsonl");
        } else if (!halfOf.get(label.id()).equals(fileHalf)) {
          errors.add(
              name + ": " + label.id() + " belongs to the " + halfOf.get(label.id()) + " half");
        }
      }
    }
    return new AgreementDevSet(articles, labels, errors);
  }

  private static String text(JsonNode a, String field) {
    JsonNode v = a.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
