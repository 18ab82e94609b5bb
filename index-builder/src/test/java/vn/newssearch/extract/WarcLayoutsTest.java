package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vn.newssearch.model.Article;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;
import vn.newssearch.source.TestFiles;

/**
 * The layout set's HTML pages crawled into one web archive, each at its label's URL: every page
 * reads the same from the archive as from its file, and takes the record's URL when it declares
 * none.
 */
class WarcLayoutsTest {
  @TempDir Path tmp;

  @Test
  void everyLayoutPageReadsTheSameFromAWebArchive() throws Exception {
    Path layouts = TestFiles.repo().resolve("index-builder/src/test/resources/layouts");
    List<JsonNode> labels = new ArrayList<>();
    for (String line :
        Files.readAllLines(layouts.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
      labels.add(ArticleJson.MAPPER.readTree(line));
    }
    Path warc = tmp.resolve("layouts.warc.gz");
    List<Path> files = new ArrayList<>();
    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (JsonNode label : labels) {
        Path file = layouts.resolve(label.get("page").asText() + ".html");
        files.add(file);
        w.write(response(label.get("url").asText(), Files.readAllBytes(file)));
      }
    }
    List<Article> fromArchive = extract(List.of(warc));
    List<Article> fromFiles = extract(files);
    assertThat(fromArchive).hasSize(labels.size()).hasSameSizeAs(fromFiles);
    for (int i = 0; i < labels.size(); i++) {
      Article a = fromArchive.get(i);
      Article f = fromFiles.get(i);
      String page = labels.get(i).get("page").asText();
      assertThat(a.title()).as(page).isEqualTo(f.title());
      assertThat(a.published()).as(page).isEqualTo(f.published());
      assertThat(a.category()).as(page).isEqualTo(f.category());
      assertThat(a.author()).as(page).isEqualTo(f.author());
      assertThat(a.lead()).as(page).isEqualTo(f.lead());
      assertThat(a.body()).as(page).isEqualTo(f.body());
      assertThat(a.captions()).as(page).isEqualTo(f.captions());
      assertThat(a.url())
          .as(page)
          .isEqualTo(f.url() != null ? f.url() : labels.get(i).get("url").asText());
    }
  }

  private static WarcResponse response(String uri, byte[] html) throws IOException {
    return new WarcResponse.Builder(uri)
        .body(
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html)
                .build())
        .build();
  }

  private static List<Article> extract(List<Path> inputs) throws Exception {
    ArticleExtractor extractor = ArticleExtractor.create();
    List<SourceRecord> records = new ArrayList<>();
    new SourceReader(inputs, p -> {}).readAll(records::add);
    List<Article> out = new ArrayList<>();
    for (SourceRecord r : records) {
      out.add(extractor.extract(r, p -> {}));
    }
    return out;
  }
}
