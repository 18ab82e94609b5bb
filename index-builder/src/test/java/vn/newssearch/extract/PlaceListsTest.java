package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plural of places and their names ("các tỉnh A, B và C", "hai tỉnh A và B", "3 tỉnh A, B, C"):
 * that body of each place after a provincial head, each place where a party stands. Sentences from
 * ../shared/corpus (article id before each).
 */
class PlaceListsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static List<String> names(String text) {
    return ScannedNames.of(GAZETTEER, text);
  }

  @Test
  void aCountedProvincialHeadIsThatBodyOfEachPlace() {
    // vietnews-train-014324
    assertThat(
            names(
                "UBND hai tỉnh Vĩnh Long và Trà Vinh đã thống nhất dừng đầu tư dự án quốc lộ 53"
                    + " theo hình thức hợp đồng BOT."))
        .containsExactly("Ủy ban nhân dân tỉnh Vĩnh Long", "Ủy ban nhân dân tỉnh Trà Vinh");
    // vietnews-train-080431: the list ends where "và" joins another body
    assertThat(
            names(
                "Báo Tuổi Trẻ phối hợp với Sở GD-ĐT hai tỉnh Khánh Hoà, Ninh Thuận và Quỹ khuyến"
                    + " học khuyến tài tỉnh Khánh Hoà trao học bổng."))
        .contains(
            "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa", "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận");
  }

  @Test
  void aCountMustCountEveryPlaceAndEveryNameMustBeAPlace() {
    // vietnews-test-013787 writes "UBND 2 tỉnh Long An, Thái Bình"; a count of three is no list
    assertThat(names("UBND 2 tỉnh Long An, Thái Bình xác định ranh giới."))
        .containsExactly("Ủy ban nhân dân tỉnh Long An", "Ủy ban nhân dân tỉnh Thái Bình");
    assertThat(names("UBND 3 tỉnh Long An, Thái Bình xác định ranh giới.")).isEmpty();
    // vietnews-test-015389, its list with a province of China put after a comma: not all places
    // of ours, so no body of any
    assertThat(names("Sở Nông nghiệp các tỉnh Quảng Ninh, Lạng Sơn, Quảng Tây hội đàm.")).isEmpty();
    // vietnews-test-015120's twelve provinces, more than a list is read: none, not the first eight
    assertThat(
            names(
                "UBND các tỉnh An Giang, Bạc Liêu, Cà Mau, Cần Thơ, Đồng Tháp, Hậu Giang, Kiên"
                    + " Giang, Long An, Sóc Trăng, Tiền Giang, Trà Vinh và Vĩnh Long dự hội nghị."))
        .isEmpty();
  }

  @Test
  void placesListedWhereAPartyStandsSignEach() {
    // vietnews-train-018137
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "TP. HCM hợp tác du lịch ' Một hành trình ba điểm đến \"",
                "TP. HCM và 3 tỉnh Long An, Tiền Giang, Đồng Tháp đã ký thoả thuận hợp tác phát"
                    + " triển du lịch."))
        .containsExactly(
            "Thành phố Hồ Chí Minh", "tỉnh Long An", "tỉnh Tiền Giang", "tỉnh Đồng Tháp");
  }

  @Test
  void aCountWithoutNamesAndPlacesThatBenefitAreNoParties() {
    // vietnews-train-019653: thirteen provinces, none named
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "TP. HCM và 13 tỉnh, thành ĐBSCL hợp tác ngăn sốt giá cục bộ",
                "TP. HCM và 13 tỉnh, thành ĐBSCL cùng ký biên bản thoả thuận tăng cường hợp tác"
                    + " quản lý."))
        .containsExactly("Thành phố Hồ Chí Minh");
    // vietnews-train-052409: the loan is "for" the provinces, which do not sign
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Pháp viện trợ không hoàn lại một triệu euro cho Việt Nam",
                "Tại Phủ Chủ tịch, Đại sứ Pháp tại Việt Nam Jean - Noël Poirier, Thứ trưởng Tài"
                    + " chính Trần Xuân Hà và Tổng Giám đốc Cơ quan Phát triển Pháp (AFD) Rémy"
                    + " Rioux đã ký hai thoả ước tài trợ, liên quan tới khoản vay ưu đãi trị giá"
                    + " 52,3 triệu euro, dành cho các tỉnh Cần Thơ, Ninh Bình và Hà Tĩnh."))
        .doesNotContain("thành phố Cần Thơ", "Cần Thơ", "tỉnh Ninh Bình", "tỉnh Hà Tĩnh");
  }

  // Written for branch ag-shared-s16 in the shape of real news from other sites (a head written
  // once before a counted list that "gồm" opens; a count that refers back to the places listed
  // before it); names and places our own.

  @Test
  void aCountedListOpenedByGomIsThatBodyOfEachPlace() {
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Ký kết quy chế phối hợp",
                "Chiều 5/3, Bộ Tư lệnh Vùng Cảnh sát biển 3 và UBND 5 tỉnh thành gồm Bình"
                    + " Thuận, Ninh Thuận, Khánh Hòa, Phú Yên, Bình Định đã ký kết quy chế phối"
                    + " hợp trong công tác quản lý nghề cá."))
        .containsExactly(
            "Bộ Tư lệnh Vùng Cảnh sát biển 3",
            "Ủy ban nhân dân tỉnh Bình Thuận",
            "Ủy ban nhân dân tỉnh Ninh Thuận",
            "Ủy ban nhân dân tỉnh Khánh Hòa",
            "Ủy ban nhân dân tỉnh Phú Yên",
            "Ủy ban nhân dân tỉnh Bình Định");
    // two type words and a colon: "tỉnh, thành phố gồm:"
    assertThat(
            names(
                "Công an TP.HCM chủ trì hội nghị của Công an 4 tỉnh, thành phố gồm: TP.HCM, Đồng"
                    + " Nai, Bình Dương, Long An."))
        .contains("Công an tỉnh Đồng Nai", "Công an tỉnh Bình Dương", "Công an tỉnh Long An");
    // the count must still count every place
    assertThat(names("UBND 4 tỉnh thành gồm Bình Thuận, Ninh Thuận, Khánh Hòa họp."))
        .doesNotContain("Ủy ban nhân dân tỉnh Ninh Thuận");
  }

  @Test
  void aCountThatRefersBackNamesThePlacesListedBefore() {
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Trường Đại học Y Hà Nội hợp tác với Nam Định, Thái Bình, Ninh Bình",
                "Trong 3 ngày, đoàn công tác của Trường Đại học Y Hà Nội đã đến 3 tỉnh Nam Định,"
                    + " Thái Bình, Ninh Bình và ký kết hợp tác về đào tạo giữa Ủy ban nhân dân 3"
                    + " tỉnh nói trên với Trường Đại học Y Hà Nội."))
        .containsExactly(
            "Ủy ban nhân dân tỉnh Nam Định",
            "Ủy ban nhân dân tỉnh Thái Bình",
            "Ủy ban nhân dân tỉnh Ninh Bình",
            "Trường Đại học Y Hà Nội");
    assertThat(
            SeedArticles.leadParties(
                EXTRACTOR,
                "Ký kết hợp tác",
                "Năm qua, Công an tỉnh Bình Phước và Công an 2 tỉnh Tây Ninh và Long An đã phối"
                    + " hợp tốt. Trên cơ sở đó, Công an tỉnh Bình Phước ký biên bản hợp tác năm"
                    + " 2024 với Công an 2 tỉnh nói trên."))
        .containsExactly(
            "Công an tỉnh Bình Phước", "Công an tỉnh Tây Ninh", "Công an tỉnh Long An");
    // no earlier list of as many places: nothing referred to
    assertThat(names("Công an tỉnh Bình Phước ký biên bản hợp tác với Công an 3 tỉnh nói trên."))
        .containsExactly("Công an tỉnh Bình Phước");
  }
}
