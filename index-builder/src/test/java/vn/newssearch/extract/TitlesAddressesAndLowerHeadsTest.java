package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Three shapes of provincial and labour news that gave wrong or missing parties: a signer's
 * membership before their office, a district's province written after a comma, and a school's head
 * written in lower case before a lower-case field. Sentences written for these tests in the shape
 * of real news.
 */
class TitlesAddressesAndLowerHeadsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article lead(String lead) {
    return SeedArticles.nationalLead(EXTRACTOR, lead);
  }

  @Test
  void theCommitteeASignerIsAMemberOfIsNoParty() {
    Article police =
        lead(
            "Ngày 5/2, ông Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh"
                + " Phú Thọ và ông Trần Văn Bình - Giám đốc Sở Giáo dục và Đào tạo tỉnh Phú Thọ"
                + " ký kết quy chế phối hợp.");
    assertThat(police.parties())
        .containsExactly("Công an tỉnh Phú Thọ", "Sở Giáo dục và Đào tạo tỉnh Phú Thọ");
    Article union =
        lead(
            "Sáng 12/3, bà Lê Thị Hoa, Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam,"
                + " Chủ tịch Liên đoàn Lao động tỉnh Nghệ An và ông Hồ Văn Nam, Giám đốc Ngân"
                + " hàng Chính sách xã hội chi nhánh Nghệ An đã ký kết chương trình phối hợp.");
    assertThat(union.parties()).contains("Liên đoàn Lao động tỉnh Nghệ An");
    assertThat(union.parties()).doesNotContain("Tổng Liên đoàn Lao động Việt Nam");
    // after the verb too, where the member's committee leads the list on to the office
    Article object =
        lead(
            "Ngày 5/2, Tỉnh Đoàn Phú Thọ đã ký kết quy chế phối hợp với ông Nguyễn Văn An, Ủy"
                + " viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh Phú Thọ.");
    assertThat(object.parties()).containsExactly("Tỉnh Đoàn Phú Thọ", "Công an tỉnh Phú Thọ");
    // the office itself is still the side: a secretary signs for the youth union they lead
    Article youth =
        lead(
            "Ngày 5/2, anh Lê Văn Tùng, Bí thư Tỉnh Đoàn Ninh Bình và anh Phạm Minh Nam, Bí thư"
                + " Đoàn Thanh niên Chính phủ ký kết kế hoạch phối hợp.");
    assertThat(youth.parties())
        .containsExactlyInAnyOrder("Tỉnh Đoàn Ninh Bình", "Đoàn Thanh niên Chính phủ");
  }

  @Test
  void aDistrictsProvinceAfterACommaSaysWhereTheBodyIsAndSignsNothing() {
    Article twinned =
        lead(
            "Ngày 3/5, UBND huyện Mường Lát, tỉnh Thanh Hóa và UBND huyện Viêng Xay, tỉnh Hủa"
                + " Phăn (Lào) đã ký kết biên bản hợp tác.");
    assertThat(twinned.parties())
        .containsExactly("Ủy ban nhân dân huyện Mường Lát", "Ủy ban nhân dân huyện Viêng Xay");
    Article object =
        lead(
            "Ngày 3/5, Huyện đoàn Lộc Ninh ký kết quy chế phối hợp với Công an huyện Lộc Ninh,"
                + " tỉnh Bình Phước.");
    assertThat(object.parties()).containsExactly("Huyện đoàn Lộc Ninh", "Công an huyện Lộc Ninh");
    // the same after a district's own head, or a district in a named body's name
    Article youth =
        lead(
            "Ngày 26/3, Huyện đoàn Đồng Phú và Thị đoàn Bến Cát, tỉnh Bình Dương đã ký kết chương"
                + " trình kết nghĩa.");
    assertThat(youth.parties()).containsExactly("Huyện đoàn Đồng Phú", "Thị đoàn Bến Cát");
    // a centrally run city is no district: the province after it is the next side's place
    Article cities =
        lead(
            "Ngày 3/5, UBND thành phố Đà Nẵng, tỉnh Quảng Nam và tỉnh Thừa Thiên Huế đã ký kết"
                + " thỏa thuận hợp tác phát triển du lịch.");
    assertThat(cities.parties()).hasSize(3).contains("Ủy ban nhân dân thành phố Đà Nẵng");
  }

  @Test
  void aLowerCaseHeadWithACapitalisedKindOpensANameWithLowerCaseFields() {
    Article schools =
        lead(
            "Ngày 9/9, trường Cao đẳng kỹ thuật Công nghiệp tỉnh Nghệ An và trường Cao đẳng nghề"
                + " Nongbone của Lào đã ký biên bản ghi nhớ về đào tạo nghề.");
    assertThat(schools.parties())
        .containsExactly(
            "Trường Cao đẳng kỹ thuật Công nghiệp tỉnh Nghệ An", "Trường Cao đẳng nghề Nongbone");
    // a kind with no name of its own stays no body
    Article kind =
        lead(
            "Ngày 27/7, các trường Cao đẳng nghề trên địa bàn tỉnh và Tập đoàn Viettel đã ký"
                + " thỏa thuận hợp tác đào tạo nhân lực.");
    assertThat(kind.organisations()).noneMatch(o -> o.startsWith("Trường Cao đẳng nghề"));
  }
}
