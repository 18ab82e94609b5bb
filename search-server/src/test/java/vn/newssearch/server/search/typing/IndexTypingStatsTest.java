package vn.newssearch.server.search.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.SyllableCounts;
import vn.newssearch.server.TestIndexes;
import vn.newssearch.server.search.UserQuery;

/**
 * A large index built by an older version (no statistics file) has its statistics counted in the
 * background from the start, never in a query: meanwhile queries are read as typed with a warning.
 */
class IndexTypingStatsTest {
  @Test
  void withoutTheFileALargeIndexIsCountedInTheBackgroundFromTheStart(@TempDir Path copy)
      throws Exception {
    try (var files = Files.list(TestIndexes.sample())) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.equals(SyllableCounts.FILE_NAME) && !name.endsWith(".lock")) {
          Files.copy(f, copy.resolve(name));
        }
      }
    }
    QueryReader reader = new QueryReader(PartyNames::load);
    try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(copy))) {
      // Every index is "large" here: counted in the background.
      IndexTypingStats typing = new IndexTypingStats(copy, 0);
      typing.start(index);
      List<String> seen = new java.util.ArrayList<>();
      seen.add(typing.status().status());
      QueryReader.Reading meanwhile = reader.read(UserQuery.parse("lao dong"), null);
      assertThat(meanwhile.query().warnings())
          .extracting(w -> w.code())
          .containsExactly(QueryReader.TYPING_UNAVAILABLE);
      long until = System.nanoTime() + 60_000_000_000L;
      while (typing.current(index) == null && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      seen.add(typing.status().status());
      assertThat(seen).containsExactly("counting", "ready");
      assertThat(typing.status().source()).isEqualTo("counted");
      QueryReader.Reading read = reader.read(UserQuery.parse("lao dong"), typing.current(index));
      assertThat(read.interpretedAs()).isEqualTo("lao động");
      assertThat(read.query().warnings()).isEmpty();
    }
  }
}
