package vn.newssearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.UserQuery;
import vn.newssearch.server.search.typing.QueryReader;
import vn.newssearch.server.search.typing.SyllableStats;

/**
 * What reading a query costs (diacritics restored, Telex and VNI read, abbreviations expanded):
 * {@link QueryReader#read} alone, per kind of query, over an index's statistics once built. The
 * issue's bar is under 0.5 ms a query. Usage: {@code TypingBench INDEX [ROUNDS]}.
 */
public final class TypingBench {
  private TypingBench() {}

  private static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(
        "unaccented",
        List.of("lao dong", "bao hiem xa hoi", "tai nan lao dong", "luong toi thieu vung"));
    KINDS.put("abbreviation", List.of("BHXH", "no BHXH", "Bộ LĐ-TB&XH", "TPHCM", "UBND tinh"));
    KINDS.put("telex", List.of("lao ddoongj nuwx", "luwowng toois thieeur vungf", "tre3 em"));
    KINDS.put(
        "pasted",
        List.of(
            "Ha Tinh vach sai pham trong tuyen dung 214 giao vien",
            "Nam 2018, Thai Lan tien hanh cai cach chinh sach cho lao dong nhap cu, cap cho ho cac"
                + " quyen lao dong nhu dan ban dia"));
    KINDS.put("accented", List.of("lao động", "bảo hiểm xã hội"));
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TypingBench INDEX [ROUNDS]");
      return;
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    PartyNames gazetteer = PartyNames.load();
    QueryReader reader = new QueryReader(() -> gazetteer);
    try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
      long t = System.nanoTime();
      SyllableStats stats = SyllableStats.of(index); // what the build writes beside the index
      reader.read(UserQuery.parse("lao dong"), stats); // abbreviations, once
      System.out.printf(
          Locale.ROOT,
          "%d articles; statistics and abbreviations built in %.0f ms%n",
          index.numDocs(),
          (System.nanoTime() - t) / 1e6);
      for (Map.Entry<String, List<String>> kind : KINDS.entrySet()) {
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
          String q = kind.getValue().get(i % kind.getValue().size());
          long start = System.nanoTime();
          UserQuery parsed = UserQuery.parse(q);
          reader.read(parsed, stats);
          nanos[i] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(nanos, rounds / 2, rounds); // after warm-up
        Arrays.sort(measured);
        System.out.printf(
            Locale.ROOT,
            "%-13s p50 %6.1f us  p99 %6.1f us  mean %6.1f us%n",
            kind.getKey(),
            measured[measured.length / 2] / 1e3,
            measured[measured.length * 99 / 100] / 1e3,
            Arrays.stream(measured).average().orElse(0) / 1e3);
      }
    }
  }
}
