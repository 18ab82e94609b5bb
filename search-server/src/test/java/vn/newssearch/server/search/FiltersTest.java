package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.schema.VietnameseAnalysis;

class FiltersTest {
  private static long ms(String t) {
    return OffsetDateTime.parse(t).toInstant().toEpochMilli();
  }

  @Test
  void aDayIsMidnightToMidnightInVietnam() {
    LocalDate day = LocalDate.of(2019, 10, 17);
    assertThat(Filters.published(day, day))
        .isEqualTo(
            LongPoint.newRangeQuery(
                Fields.PUBLISHED,
                ms("2019-10-17T00:00:00+07:00"),
                ms("2019-10-18T00:00:00+07:00") - 1));
  }

  @Test
  void aBodyTypedWithoutItsPlaceMatchesItInMorePlacesThanAQueryHasClauses() throws IOException {
    // every ward's police of a large index: more bodies than IndexSearcher's clause limit
    int wards = IndexSearcher.getMaxClauseCount() + 200;
    List<SearchResponse.FacetValue> names = new ArrayList<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int n = 1; n <= wards; n++) {
        String party = "Công an phường " + n;
        Document doc = new Document();
        doc.add(
            new StringField(
                Fields.PARTY_FOLDED, VietnameseAnalysis.foldKey(party), Field.Store.NO));
        w.addDocument(doc);
        names.add(new SearchResponse.FacetValue(party, 1));
      }
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<SearchResponse.Warning> warnings = new ArrayList<>();
        SearchRequest r =
            new SearchRequest(
                null,
                List.of("Công an phường"),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                1,
                10,
                null,
                false);
        new Filters(PartyNames::load)
            .add(
                b,
                r,
                reader,
                new KnownNames(names),
                warnings,
                new Deadline(Duration.ofMinutes(1), System::nanoTime));
        assertThat(new IndexSearcher(reader).count(b.build())).isEqualTo(wards);
        SearchResponse.Warning placed =
            warnings.stream()
                .filter(x -> x.code().equals("name-at-places"))
                .findFirst()
                .orElseThrow();
        assertThat(placed.message()).contains("at " + wards + " places");
        assertThat(placed.names()).hasSize(NameWarnings.GIVEN_PLACES);
      }
    }
  }
}
