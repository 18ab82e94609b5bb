package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A district's bodies mirror a province's: a head, a level word ("huyện", "quận", "thị xã") and the
 * district's name, and a bare level word is the district the sentence named. Sentences written for
 * these tests in the shape of district news.
 */
class DistrictLevelBodiesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static List<String> parties(String lead) {
    return SeedArticles.leadParties(EXTRACTOR, "Ký kết quy chế phối hợp", lead);
  }

  private static List<String> names(String text) {
    return ScannedNames.of(GAZETTEER, text);
  }

  @Test
  void aDistrictNamedLikeAPersonClosesADepartmentsName() {
    assertThat(
            parties(
                "Sáng 3/4, Liên đoàn Lao động huyện Châu Thành và Phòng LĐ-TB&XH huyện Châu Thành"
                    + " ký kết quy chế phối hợp trong công tác chăm lo cho người lao động."))
        .containsExactlyInAnyOrder(
            "Liên đoàn Lao động huyện Châu Thành",
            "Phòng Lao động - Thương binh và Xã hội huyện Châu Thành");
    assertThat(names("Phòng Giáo dục và Đào tạo huyện Châu Đức cho biết năm học đã bắt đầu."))
        .containsExactly("Phòng Giáo dục và Đào tạo huyện Châu Đức");
    // three capitals after the district word are its head's person, as before
    assertThat(names("Trưởng Phòng Nội vụ huyện Hoàng Văn Nam cho biết đã nhận đủ hồ sơ."))
        .noneMatch(n -> n.contains("Hoàng Văn Nam"));
  }

  @Test
  void aCommaEndsADistrictsNameBeforeTheNextCapital() {
    assertThat(
            parties(
                "Sáng 3/4, Hội Nông dân huyện Tân Phước, Hội Cựu chiến binh huyện Tân Phước ký kết"
                    + " chương trình phối hợp giai đoạn 2024 - 2026."))
        .containsExactlyInAnyOrder(
            "Hội Nông dân huyện Tân Phước", "Hội Cựu chiến binh huyện Tân Phước");
    // the province after the comma says where the district is and is no word of its body's name
    assertThat(names("Công an huyện Hoài Đức, Hà Nội cho biết đã tạm giữ hai người."))
        .containsExactly("Công an huyện Hoài Đức");
    // a person after the district word is no district, comma or not
    assertThat(names("Chủ tịch UBND huyện Nguyễn Văn Bình, ông Lê Văn An cho biết thêm."))
        .noneMatch(n -> n.contains("Nguyễn Văn Bình"));
  }

  @Test
  void aBareLevelWordIsTheDistrictItsSentenceNamed() {
    assertThat(
            parties(
                "Chiều 12/5, Liên đoàn Lao động huyện Châu Thành và Bảo hiểm xã hội huyện ký kết"
                    + " quy chế phối hợp."))
        .containsExactlyInAnyOrder(
            "Liên đoàn Lao động huyện Châu Thành", "Bảo hiểm xã hội huyện Châu Thành");
    assertThat(
            parties(
                "Sáng 8/6, Hội Nông dân huyện Tân Phước, Hội Liên hiệp Phụ nữ huyện và Huyện đoàn"
                    + " Tân Phước ký kết chương trình phối hợp."))
        .containsExactlyInAnyOrder(
            "Hội Nông dân huyện Tân Phước",
            "Hội Liên hiệp Phụ nữ huyện Tân Phước",
            "Huyện đoàn Tân Phước");
  }

  @Test
  void aBareLevelWordOfAnotherLevelOrOfTwoDistrictsNamesNoDistrict() {
    assertThat(names("Liên đoàn Lao động quận Ninh Kiều và Công an huyện ký kết quy chế phối hợp."))
        .containsExactly("Liên đoàn Lao động quận Ninh Kiều");
    // another sentence: the story's one district of that level (DistrictBodiesAndOfficersTest),
    // none when it names two
    assertThat(
            names(
                "Liên đoàn Lao động huyện Châu Thành và huyện Chợ Gạo tổ chức hội nghị. Bảo hiểm"
                    + " xã hội huyện đã ký kết quy chế với các trường."))
        .noneMatch(n -> n.startsWith("Bảo hiểm xã hội huyện"));
  }

  @Test
  void aMistypedLevelWordIsSpelledAsListed() {
    assertThat(names("Công an huyên Đông Anh cho biết đã tạm giữ hai người."))
        .containsExactly("Công an huyện Đông Anh");
  }

  @Test
  void aDistrictsForestProtectionUnitIsABody() {
    assertThat(
            parties(
                "Ngày 20/3, Hạt Kiểm lâm huyện Kon Plông và Hội Nông dân huyện Kon Plông ký kết quy"
                    + " chế phối hợp bảo vệ rừng."))
        .containsExactlyInAnyOrder("Hạt Kiểm lâm huyện Kon Plông", "Hội Nông dân huyện Kon Plông");
    // the unit's head alone names no body
    assertThat(names("Các cán bộ Hạt Kiểm lâm đã có mặt tại hiện trường.")).isEmpty();
  }

  @Test
  void aDistrictAfterTheBodysOwnAbbreviationEndsItsName() {
    // "(TTYT)" is the body's short name; the district after it is still part of the name
    assertThat(
            parties(
                "Sáng 3/4, Trung tâm Y tế (TTYT) huyện Quỳnh Lưu và Ủy ban nhân dân xã Quỳnh Thạch"
                    + " ký kết quy chế phối hợp chăm sóc sức khỏe ban đầu."))
        .containsExactly("Trung tâm Y tế huyện Quỳnh Lưu", "Ủy ban nhân dân xã Quỳnh Thạch");
    // its province after a comma only says where the district is
    assertThat(
            names(
                "Ban Chỉ huy Quân sự (CHQS) huyện Bến Lức, tỉnh Long An tổ chức ký kết quy chế"
                    + " kết nghĩa."))
        .contains("Ban Chỉ huy Quân sự huyện Bến Lức")
        .doesNotContain("Ban Chỉ huy Quân sự", "Ban Chỉ huy Quân sự huyện Bến Lức, tỉnh Long An");
  }

  @Test
  void theProvincesLevelWordAloneAfterTheBodysOwnAbbreviationIsTheStorysProvince() {
    // "(SVC)" is the body's short name; "tỉnh" alone after it is the story's province, as it is
    // with no abbreviation between; "Tỉnh ủy" after one opens another body (sentences written here)
    assertThat(
            parties(
                "Sáng 5/6, tại tỉnh Sóc Trăng tổ chức lễ ký chương trình phối hợp giữa Hội"
                    + " Sinh vật cảnh (SVC) tỉnh với Sở Giáo dục và Đào tạo tỉnh."))
        .containsExactly(
            "Hội Sinh vật cảnh tỉnh Sóc Trăng", "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng");
    assertThat(
            names(
                "Tại tỉnh Sóc Trăng, Ủy ban Kiểm tra (UBKT) Tỉnh ủy đã họp với Hội Khoa học Lịch sử"
                    + " tỉnh."))
        .doesNotContain("Ủy ban Kiểm tra tỉnh Sóc Trăng");
  }

  @Test
  void theCivilJudgmentOfficesKeepTheirLevelWord() {
    // "Cục" is the province's office, "Chi cục" a district's, as the register named them until
    // March 2025; a lower-case "thi hành án dân sự" is the work, no office
    assertThat(
            names(
                "Chi cục Thi hành án dân sự huyện Phù Ninh và Cục Thi hành án dân sự tỉnh Phú Thọ"
                    + " đẩy mạnh công tác thi hành án dân sự."))
        .containsExactly(
            "Chi cục Thi hành án dân sự huyện Phù Ninh", "Cục Thi hành án dân sự tỉnh Phú Thọ");
  }

  @Test
  void theStorysDistrictReachesTheFrontAndEveryBodyOfItsList() {
    // the district named once as a place; the Front's committee keeps "Việt Nam" before "huyện",
    // and a list of heads before a bare "huyện" shares the district (sentences written here)
    assertThat(
            parties(
                "Ngày 3/9, huyện Bình Gia tổ chức ký quy chế phối hợp công tác giữa Hội đồng nhân"
                    + " dân, Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam huyện."))
        .containsExactly(
            "Hội đồng nhân dân huyện Bình Gia",
            "Ủy ban nhân dân huyện Bình Gia",
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình Gia");
    assertThat(
            parties(
                "Ngày 3/9, huyện Bình Gia tổ chức ký quy chế phối hợp công tác giữa Hội đồng nhân"
                    + " dân, Ủy ban nhân dân huyện."))
        .containsExactly("Hội đồng nhân dân huyện Bình Gia", "Ủy ban nhân dân huyện Bình Gia");
  }
}
