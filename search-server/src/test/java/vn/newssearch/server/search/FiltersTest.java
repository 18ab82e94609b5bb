package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.lucene.document.LongPoint;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.Fields;

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
}
