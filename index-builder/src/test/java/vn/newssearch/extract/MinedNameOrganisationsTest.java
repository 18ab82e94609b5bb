package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/** Trade names of names-mined.tsv written bare: the article's organisations, never its parties. */
class MinedNameOrganisationsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2018-05-20T08:00+07:00");

  private static Article enrich(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Tin tức", body, PUBLISHED));
  }

  @Test
  void thePartyFilterFindsATradeNameTypedInItsOtherForm() {
    // the parses show "Vietjet Air" and "Delta Air Lines" as "Vietjet" and "Delta"
    // (names-mined.tsv), so a journalist who types the longer form must reach the same chip
    Gazetteer gazetteer = Gazetteer.load();
    assertThat(gazetteer.resolve("Vietjet Air")).contains("Vietjet");
    assertThat(gazetteer.resolve("Delta Air Lines")).contains("Delta");
    // a name that is no other form of a mined name stays unresolved: the filter keeps it as typed
    assertThat(gazetteer.resolve("Vietnam Airlines")).isEmpty();
  }

  @Test
  void bareTradeNamesAreOrganisations() {
    // vietnews-train-101613
    Article a =
        enrich(
            "Về vấn đề xe đi chung mà Uber và Grab áp dụng đang gây tranh cãi, Giám đốc Sở Giao"
                + " thông vận tải cho biết sẽ xem xét.");
    // Grab under the name the gazetteer knows its Vietnamese company by
    assertThat(a.organisations()).contains("Uber", "Công ty TNHH Grab");
    assertThat(a.parties()).isEmpty();
  }

  @Test
  void aTradeNameAndItsAirlineWordAreOneOrganisationUnderTheMoreWrittenForm() {
    // vietnews-test-004295: the airline Vietjet, as most articles name it
    Article a =
        enrich(
            "Sau Jetstar Pacific, Vietjet Air cũng vừa áp dụng chính sách siết hành lý xách tay tại"
                + " cửa khởi hành.");
    assertThat(a.organisations()).contains("Vietjet").doesNotContain("Vietjet Air");
    // vietnews-test-014191: Vinpearl's airline is a body of its own
    Article b =
        enrich(
            "Đề xuất 36 chiếc máy bay nhưng Vinpearl Air của tỷ phú Phạm Nhật Vượng chỉ được đồng"
                + " ý 30 tàu bay.");
    assertThat(b.organisations()).contains("Vinpearl Air").doesNotContain("Vinpearl");
  }

  @Test
  void aMinedNameIsNotReadAcrossADash() {
    // vietnews-test-006004: the three regions, not the company Trung Nam
    Article a =
        enrich(
            "Hiện tại tất cả các khẩu lệnh theo giọng Bắc - Trung - Nam đều được thiết bị nhận dạng"
                + " tốt.");
    assertThat(a.organisations()).doesNotContain("Trung Nam");
    // vietnews-train-063432: written whole, it is the company
    Article b =
        enrich(
            "Nhiều nhà đầu tư lớn như Vinacapital, Alphanam Luxury, SunGroup, Trung Nam, Hoà Bình đã"
                + " đến tìm hiểu.");
    assertThat(b.organisations()).contains("Trung Nam");
  }
}
