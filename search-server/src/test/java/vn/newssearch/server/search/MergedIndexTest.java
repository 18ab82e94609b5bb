package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    Path merged = mergedSample();
    assertThat(segments(TestIndexes.sample())).isGreaterThan(1);
    assertThat(segments(merged)).isEqualTo(1);

    try (SearchService segmented = SearchService.open(TestIndexes.sample());
        SearchService one = SearchService.open(merged)) {
      assertSameResults(segmented, one);
    }
  }

  /**
   * A search over a large index runs on every core, each thread over a range of the documents; the
   * journalist must see exactly what one thread finds, on the first page and the next.
   */
  @Test
  void searchesSplitOverThreadsGiveWhatOneThreadGave() throws Exception {
    Path merged = mergedSample();
    try (FSDirectory dir = FSDirectory.open(merged);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        Slicing slicing = new Slicing(pool, 3, 100);
        var searcher = FacetSearcher.factory(slicing).newSearcher(reader, null);
        assertThat(searcher.getSlices()).as("slices of the one segment").hasSize(3);
      } finally {
        pool.shutdownNow();
      }
    }
    int window = AdjacencyRescorer.WINDOW;
    SearchConfig config = SearchConfig.defaults().withRescoreWindow(window);
    SearchConfig threeThreads = config.withThreads(3).withMinDocsPerSlice(100);
    try (SearchService alone = SearchService.open(merged, config.withThreads(1));
        // three threads over slices of at least 100 articles: the one segment in three ranges
        SearchService split = SearchService.open(merged, threeThreads);
        SearchService segmentsSplit = SearchService.open(TestIndexes.sample(), threeThreads)) {
      assertSameResults(alone, split);
      assertSameResults(alone, segmentsSplit);
    }
  }

  /**
   * The first two pages of each query (one when there is only one), in two orders: hits, scores,
   * totals, facets, cursors.
   */
  private static void assertSameResults(SearchService expectedService, SearchService service) {
    int secondPages = 0;
    for (String q : QUERIES) {
      for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST)) {
        String cursor = null;
        for (int page = 1; page <= 2 && (page == 1 || cursor != null); page++) {
          SearchRequest r =
              new SearchRequest(
                  q, List.of(), List.of(), null, null, null, null, sort, 1, 20, cursor);
          SearchResponse expected = expectedService.search(r);
          SearchResponse actual = service.search(r);
          String what = q + " " + sort + " page " + page;
          assertThat(expected.total()).as(q).isGreaterThan(0);
          assertThat(actual.total()).as(what).isEqualTo(expected.total());
          assertThat(actual.hits()).as(what).isNotEmpty().isEqualTo(expected.hits());
          assertThat(actual.facets()).as(what).isEqualTo(expected.facets());
          assertThat(actual.nextCursor()).as(what).isEqualTo(expected.nextCursor());
          cursor = expected.nextCursor();
          secondPages += page == 2 ? 1 : 0;
        }
      }
    }
    assertThat(secondPages).as("queries with a second page").isGreaterThanOrEqualTo(8);
  }

  /** A copy of the sample index, merged into one segment. */
  private Path mergedSample() throws IOException {
    Path merged = tmp.resolve("merged");
    copy(TestIndexes.sample(), merged);
    try (FSDirectory dir = FSDirectory.open(merged);
        IndexWriter w =
            new IndexWriter(dir, new IndexWriterConfig(VietnameseAnalysis.forIndexing()))) {
      w.forceMerge(1);
      w.commit();
    }
    return merged;
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
