package vn.newssearch.server.search.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.TestIndexes;

/** Readings restored from the statistics of the sample index (data/sample). */
class DiacriticRestorerTest {
  private static SyllableStats stats;

  @BeforeAll
  static void readTheSample() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(TestIndexes.sample()))) {
      stats = SyllableStats.of(reader);
    }
  }

  private static String read(String typed) {
    Map<String, String> r = DiacriticRestorer.restore(Arrays.asList(typed.split(" ")), stats);
    return String.join(
        " ", Arrays.stream(typed.split(" ")).map(w -> r.getOrDefault(w, w)).toList());
  }

  @Test
  void commonWordsGetTheirCommonReading() {
    if (Boolean.getBoolean("print.readings")) {
      for (String q :
          List.of(
              "cong nhan xa dao",
              "lao dong",
              "bao hiem xa hoi",
              "tre em",
              "nguoi lao dong",
              "tai nan lao dong",
              "luong toi thieu vung",
              "Viet Nam")) {
        System.err.println(q + " -> " + read(q));
      }
    }
    assertThat(read("lao dong")).isEqualTo("lao động");
    assertThat(read("bao hiem xa hoi")).isEqualTo("bảo hiểm xã hội");
    assertThat(read("tai nan lao dong")).isEqualTo("tai nạn lao động");
    assertThat(read("luong toi thieu vung")).isEqualTo("lương tối thiểu vùng");
    assertThat(read("Viet Nam")).isEqualTo("Việt Nam");
  }

  @Test
  void aWordAloneOrWithoutAReadingStaysAsTyped() {
    assertThat(read("ma")).isEqualTo("ma");
    assertThat(read("qwerty zxcvb")).isEqualTo("qwerty zxcvb");
    assertThat(read("Covid-19 ha noi")).startsWith("Covid-19 ");
  }
}
