package vn.newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.SyllableCounter;
import vn.newssearch.schema.SyllableCounts;
import vn.newssearch.source.TestFiles;

/**
 * The typing layer's statistics are counted at build time: {@code build --index} writes them into
 * the index folder, and the cluster build, which counts the articles' text as it sends them, counts
 * the very same statistics, so that both backends read a query alike.
 */
class SyllableStatsBuildTest {
  @TempDir static Path tmp;
  private static Path index;
  private static SyllableCounts written;
  private static Tally tally;

  @BeforeAll
  static void buildTheLabourSample() throws Exception {
    index = tmp.resolve("index");
    tally =
        ArticleIndexer.build(
            index,
            List.of(TestFiles.sample().resolve("vietnews-labour-sample.jsonl")),
            BuildOptions.defaults().withThreads(2));
    written = SyllableCounts.read(SyllableCounts.file(index));
  }

  @Test
  void theBuildWritesTheStatisticsOfEveryArticleBesideTheIndex() {
    assertThat(written.docs()).isEqualTo(tally.documents()).isGreaterThan(100);
    Map<String, Long> counts = counts(written);
    // "lao động" is far more often written than "lão đồng": what the restorer reads.
    assertThat(counts.get("lao")).isGreaterThan(10 * counts.getOrDefault("lão", 0L));
    assertThat(readingsOf(written, "dong")).startsWith("động");
    assertThat(pair(written, "lao", "động")).isGreaterThan(10 * pair(written, "lão", "đồng") + 50);
    assertThat(counts).doesNotContainKeys("2019", "covid-19");
  }

  @Test
  void theClusterBuildsCountOfTheTextsIsTheIndexsCount() throws IOException {
    SyllableCounter streamed = new SyllableCounter();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        streamed.add(stored.document(doc, Set.of(Fields.BODY_FOLDED)).get(Fields.BODY_FOLDED));
      }
    }
    SyllableCounts s = streamed.counts();
    assertThat(s.docs()).isEqualTo(written.docs());
    assertThat(s.terms()).isEqualTo(written.terms());
    assertThat(s.counts()).isEqualTo(written.counts());
    assertThat(s.readings()).isEqualTo(written.readings());
    assertThat(s.sampleCounts()).isEqualTo(written.sampleCounts());
    assertThat(s.pairKeys()).isEqualTo(written.pairKeys());
    assertThat(s.pairCounts()).isEqualTo(written.pairCounts());
  }

  @Test
  void theFileRoundTripsAndAnotherVersionIsRefused() throws IOException {
    SyllableCounts again = SyllableCounts.fromBytes(written.toBytes());
    assertThat(again.terms()).isEqualTo(written.terms());
    assertThat(again.pairKeys()).isEqualTo(written.pairKeys());
    assertThat(again.pairCounts()).isEqualTo(written.pairCounts());
    Path other = tmp.resolve("v9.gz");
    try (var out =
        new java.io.DataOutputStream(new GZIPOutputStream(Files.newOutputStream(other)))) {
      out.writeInt(0x564e5359);
      out.writeInt(9);
    }
    assertThatThrownBy(() -> SyllableCounts.read(other))
        .isInstanceOf(SyllableCounts.WrongVersionException.class);
    Path garbage = Files.writeString(tmp.resolve("garbage.gz"), "not gzip");
    assertThatThrownBy(() -> SyllableCounts.read(garbage)).isInstanceOf(IOException.class);
  }

  private static Map<String, Long> counts(SyllableCounts s) {
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < s.terms().length; i++) {
      out.put(s.terms()[i], s.counts()[i]);
    }
    return out;
  }

  private static List<String> readingsOf(SyllableCounts s, String folded) {
    return Arrays.stream(s.readings())
        .mapToObj(i -> s.terms()[i])
        .filter(t -> vn.newssearch.schema.VietnameseAnalysis.foldKey(t).equals(folded))
        .toList();
  }

  private static int pair(SyllableCounts s, String a, String b) {
    List<String> ids = Arrays.stream(s.readings()).mapToObj(i -> s.terms()[i]).toList();
    int ia = ids.indexOf(a);
    int ib = ids.indexOf(b);
    if (ia < 0 || ib < 0) {
      return 0;
    }
    int at = Arrays.binarySearch(s.pairKeys(), ((long) ia << 32) | ib);
    return at < 0 ? 0 : s.pairCounts()[at];
  }
}
