package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.search.BadRequestException;

class DateParamTest {
  @Test
  void acceptsTheFourFormsAsInclusiveDays() {
    assertThat(DateParam.start("2019-10-17", "from")).isEqualTo(LocalDate.of(2019, 10, 17));
    assertThat(DateParam.start("17/10/2019", "from")).isEqualTo(LocalDate.of(2019, 10, 17));
    assertThat(DateParam.start("2019-02", "from")).isEqualTo(LocalDate.of(2019, 2, 1));
    assertThat(DateParam.end("2020-02", "to")).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(DateParam.start("2019", "from")).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(DateParam.end("2019", "to")).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(DateParam.end(" ", "to")).isNull();
  }

  @Test
  void rejectsOtherTextNamingTheParameter() {
    assertThatThrownBy(() -> DateParam.start("hôm qua", "from"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("DD/MM/YYYY")
        .extracting(e -> ((BadRequestException) e).param())
        .isEqualTo("from");
    assertThatThrownBy(() -> DateParam.end("30/02/2019", "to"))
        .hasMessageContaining("not a real date");
  }
}
