package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A list of sides with one member written as a plural of its kind, no one body (branch
 * ag-lists-s21, found on real news from other sites): "UBND các huyện, thị xã", "13 tỉnh, thành
 * phố", "các trường đại học". That member is no party and the named members stay; before, the list
 * was lost whole. Each sentence is written for the rule, with other names.
 */
class PluralMembersOfListsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article lead(String lead) {
    return EXTRACTOR.enrich(SeedArticles.article("Ký kết phối hợp", lead, null));
  }

  @Test
  void aLocalHeadOfManyPlacesEndsTheSubjectAndSignsNothing() {
    assertThat(
            lead("Sáng 9/4, Bộ Chỉ huy Quân sự tỉnh Hà Nam phối hợp với Sở Nội vụ, Hội Cựu chiến"
                    + " binh tỉnh và UBND các huyện, thị xã tổ chức ký kết quy chế phối hợp về công"
                    + " tác dân vận.")
                .parties())
        .containsExactly(
            "Bộ Chỉ huy Quân sự tỉnh Hà Nam",
            "Sở Nội vụ tỉnh Hà Nam",
            "Hội Cựu chiến binh tỉnh Hà Nam");
  }

  @Test
  void aCountOfProvincesBeyondAListOfPartiesIsTheOtherSideUnnamed() {
    assertThat(
            lead("Sáng 3/11, tại Cần Thơ, Sở Du lịch thành phố Cần Thơ và 13 tỉnh, thành phố miền"
                    + " Tây vừa ký kết chương trình liên kết quảng bá du lịch chung.")
                .parties())
        .containsExactly("Sở Du lịch thành phố Cần Thơ");
  }

  @Test
  void aPluralInTheMiddleOfAListIsPassed() {
    assertThat(
            lead("Ngày 2/6, Công an tỉnh Bắc Ninh, Sở Tư pháp tỉnh Bắc Ninh, UBND các huyện, thị xã"
                    + " và Hội Luật gia tỉnh Bắc Ninh đã ký kết chương trình phối hợp tuyên truyền"
                    + " pháp luật.")
                .parties())
        .containsExactly(
            "Công an tỉnh Bắc Ninh", "Sở Tư pháp tỉnh Bắc Ninh", "Hội Luật gia tỉnh Bắc Ninh");
    assertThat(
            lead("Ngày 2/6, Công an tỉnh Bắc Ninh ký kết chương trình phối hợp với Sở Tư pháp tỉnh"
                    + " Bắc Ninh, các trường đại học và Hội Luật gia tỉnh Bắc Ninh.")
                .parties())
        .containsExactly(
            "Công an tỉnh Bắc Ninh", "Sở Tư pháp tỉnh Bắc Ninh", "Hội Luật gia tỉnh Bắc Ninh");
  }

  @Test
  void aNamedSideWithAClassAndTheBodiesThatAttendStayAsTheyWere() {
    // one named side and a class of bodies: the named one signs
    assertThat(
            lead("Ngày 2/6, Sở Y tế tỉnh Bắc Ninh và các bệnh viện trên địa bàn đã ký kết quy chế"
                    + " phối hợp khám chữa bệnh.")
                .parties())
        .containsExactly("Sở Y tế tỉnh Bắc Ninh");
    // a list of the bodies that attend, a plural among them, names no side
    assertThat(
            lead("Ngày 2/6, Công an tỉnh Bắc Ninh và Sở Tư pháp tỉnh Bắc Ninh ký kết chương trình"
                    + " phối hợp, với sự tham dự của UBND các huyện, thị xã và Hội Luật gia tỉnh Bắc"
                    + " Ninh.")
                .parties())
        .containsExactly("Công an tỉnh Bắc Ninh", "Sở Tư pháp tỉnh Bắc Ninh");
  }

  @Test
  void aBoardOfZonesWrittenInLowerCaseWithVaCacIsOneBody() {
    // "và các" inside the board's name: one body of the province, not a body and a plural
    assertThat(
            lead("Sáng 5/3, Công an tỉnh Hà Nam và Ban quản lý khu kinh tế và các khu công nghiệp"
                    + " tỉnh Hà Nam vừa ký quy chế liên ngành về trật tự khu sản xuất.")
                .parties())
        .containsExactly(
            "Công an tỉnh Hà Nam", "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Hà Nam");
    assertThat(
            lead("Sáng 5/3, Công an tỉnh Hà Nam phối hợp với Sở Công Thương, Ban quản lý khu kinh tế"
                    + " và các khu công nghiệp và Liên đoàn Lao động tỉnh tổ chức ký kết kế hoạch"
                    + " phối hợp giữ gìn trật tự ở các khu sản xuất.")
                .parties())
        .containsExactly(
            "Công an tỉnh Hà Nam",
            "Sở Công Thương tỉnh Hà Nam",
            "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Hà Nam",
            "Liên đoàn Lao động tỉnh Hà Nam");
    // a board named for its zone keeps the name the walk reads
    assertThat(
            lead("Sáng 5/3, Công an tỉnh Quảng Ngãi và Ban Quản lý Khu kinh tế Dung Quất và các khu"
                    + " công nghiệp Quảng Ngãi vừa ký quy chế liên ngành về trật tự khu sản xuất.")
                .parties())
        .containsExactly(
            "Công an tỉnh Quảng Ngãi",
            "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi");
  }
}
