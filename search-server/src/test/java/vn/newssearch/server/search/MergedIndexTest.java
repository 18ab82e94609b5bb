package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.TestIndexes;

/**
 * {@code build --merge} rewrites the index into one segment for speed; what a journalist sees must
 * not change: the same hits in the same order with the same scores, totals, facets and snippets.
 */
class MergedIndexTest {
  private static final List<String> QUERIES =
      List.of(
          "lao dong",
          "người lao động",
          "bảo hiểm xã hội -thất nghiệp",
          "\"tiền lương\" tối thiểu",
          "xuat khau lao dong Nhat Ban",
          "Bộ LĐ-TB&XH");

  @TempDir Path tmp;

  @Test
  void searchesOverTheMergedIndexGiveWhatTheSegmentsGave() throws Exception {
    Path merged = tmp.resolve("merged");
    copy(TestIndexes.sample(), merged);
    try (FSDirectory dir = FSDirectory.open(merged);
        IndexWriter w =
            new IndexWriter(dir, new IndexWriterConfig(VietnameseAnalysis.forIndexing()))) {
      w.forceMerge(1);
      w.commit();
    }
    assertThat(segments(TestIndexes.sample())).isGreaterThan(1);
    assertThat(segments(merged)).isEqualTo(1);

    try (SearchService segmented = SearchService.open(TestIndexes.sample());
        SearchService one = SearchService.open(merged)) {
      for (String q : QUERIES) {
        for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST)) {
          SearchRequest r =
              new SearchRequest(q, List.of(), List.of(), null, null, null, null, sort, 1, 20, null);
          SearchResponse expected = segmented.search(r);
          SearchResponse actual = one.search(r);
          assertThat(expected.total()).as(q).isGreaterThan(0);
          assertThat(actual.total()).as(q + " " + sort).isEqualTo(expected.total());
          assertThat(actual.hits()).as(q + " " + sort).isEqualTo(expected.hits());
          assertThat(actual.facets()).as(q + " " + sort).isEqualTo(expected.facets());
          assertThat(actual.nextCursor()).as(q + " " + sort).isEqualTo(expected.nextCursor());
        }
      }
    }
  }

  private static int segments(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }
}
