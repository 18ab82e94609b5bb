package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * How district news writes its signers: the district named once and its bodies then written with
 * the bare level word ("Hội Nông dân huyện"), and the officers of courts, procuracies and armed
 * units, who sign for their bodies by their titles ("Chánh án", "Tư lệnh"). Sentences written for
 * these tests in the shape of real local news.
 */
class DistrictBodiesAndOfficersTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  /** A lead on a national site, whose address names no province. */
  private static Article lead(String lead) {
    return SeedArticles.nationalLead(EXTRACTOR, lead);
  }

  @Test
  void bodiesWrittenWithABareDistrictWordBelongToTheOneDistrictTheStoryNames() {
    Article a =
        lead(
            "Sáng 5/3, tại huyện Lấp Vò, tỉnh Đồng Tháp, Hội Nông dân huyện và Hội Cựu chiến binh"
                + " huyện cùng ký quy chế phối hợp năm 2025.");
    assertThat(a.parties())
        .containsExactly("Hội Nông dân huyện Lấp Vò", "Hội Cựu chiến binh huyện Lấp Vò");
    // the district named only in a later sentence of the story
    Article after =
        lead(
            "Chiều 2/4, Viện kiểm sát nhân dân thị xã và Hội Cựu chiến binh thị xã đã ký kết quy"
                + " chế phối hợp. Quy chế áp dụng trên địa bàn thị xã Bình Minh.");
    assertThat(after.parties())
        .containsExactly(
            "Viện kiểm sát nhân dân thị xã Bình Minh", "Hội Cựu chiến binh thị xã Bình Minh");
  }

  @Test
  void aCommunesBodiesWrittenBareBelongToTheOneCommuneTheStoryNames() {
    Article a =
        lead(
            "Ngày 4/12, Công an xã Tân Phú phối hợp với Hội Cựu chiến binh xã tổ chức ký kết quy"
                + " chế phối hợp giữ gìn an ninh nông thôn.");
    assertThat(a.parties()).containsExactly("Công an xã Tân Phú", "Hội Cựu chiến binh xã Tân Phú");
    // a named body whose name ends in the bare level word
    Article named =
        lead(
            "Ngày 4/12, Công an phường Tân An và Hội Người cao tuổi phường ký kết quy chế phối"
                + " hợp.");
    assertThat(named.parties())
        .containsExactly("Công an phường Tân An", "Hội Người cao tuổi phường Tân An");
    // "xã" inside a name's own words: "xã hội", "hợp tác xã"
    Article words =
        lead(
            "Ngày 4/12, tại xã Tân Phú, Hội Bảo trợ xã hội và Liên minh Hợp tác xã ký kết chương"
                + " trình phối hợp.");
    assertThat(words.organisations())
        .noneMatch(o -> o.endsWith("xã Tân Phú") && !o.equals("xã Tân Phú"));
  }

  @Test
  void aBareDistrictWordStaysUnnamedWhenTheStoryNamesTwoDistricts() {
    Article a =
        lead(
            "Sáng 5/3, Hội Nông dân huyện và Hội Cựu chiến binh huyện đã ký kết quy chế phối hợp,"
                + " với đại biểu huyện Lấp Vò và huyện Lai Vung dự.");
    assertThat(a.parties()).noneMatch(p -> p.contains("Lấp Vò") || p.contains("Lai Vung"));
  }

  @Test
  void theHeadsOfACourtAndAnArmedUnitSignForTheirBodies() {
    Article a =
        lead(
            "Ngày 9/6, ông Lê Văn Năm, Chánh án Tòa án nhân dân tỉnh Vĩnh Long, và ông Trần Quốc"
                + " Tú, Viện trưởng Viện kiểm sát nhân dân tỉnh Vĩnh Long, đã ký kết quy chế phối"
                + " hợp.");
    assertThat(a.parties())
        .containsExactly("Tòa án nhân dân tỉnh Vĩnh Long", "Viện kiểm sát nhân dân tỉnh Vĩnh Long");
    assertThat(a.signatories())
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo("Lê Văn Năm");
              assertThat(s.role()).isEqualTo("Chánh án");
              assertThat(s.party()).isEqualTo("Tòa án nhân dân tỉnh Vĩnh Long");
            });
    Article army =
        lead(
            "Sáng 18/8, Bộ Chỉ huy Quân sự tỉnh Cà Mau và Hội Nông dân tỉnh Cà Mau ký kết chương"
                + " trình phối hợp. Đại tá Phạm Văn Bảy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh,"
                + " và ông Lý Văn Tư, Chủ tịch Hội Nông dân tỉnh, ký văn bản.");
    assertThat(army.signatories())
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo("Phạm Văn Bảy");
              assertThat(s.role()).isEqualTo("Chỉ huy trưởng");
            });
  }

  @Test
  void aPrisonsDeputyWardenSignsForThePrison() {
    Article a =
        lead(
            "Ngày 7/5, Đại tá Lê Văn Hai, Phó Giám thị Trại giam Phú Sơn, và ông Trần Văn Ba, Bí"
                + " thư Tỉnh Đoàn Thái Nguyên, đã ký kế hoạch phối hợp giáo dục thanh niên.");
    assertThat(a.parties()).containsExactly("Trại giam Phú Sơn", "Tỉnh Đoàn Thái Nguyên");
    assertThat(a.signatories())
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo("Lê Văn Hai");
              assertThat(s.role()).isEqualTo("Phó Giám thị");
            });
  }

  @Test
  void aCommandersTitleInsideACommandsNameDoesNotCutIt() {
    assertThat(
            lead("Sáng 26/3, Đoàn Thanh niên Bộ Tư lệnh Vùng Cảnh sát biển 2 và Tỉnh Đoàn Bình"
                    + " Định đã ký kết chương trình phối hợp.")
                .parties())
        .containsExactly("Đoàn Thanh niên Bộ Tư lệnh Vùng Cảnh sát biển 2", "Tỉnh Đoàn Bình Định");
  }

  @Test
  void aBodyNamedAfterAnOfficersTitleKeepsAProvinceThatStartsLikeASurname() {
    // "Hà", "Thái": surnames, and the first words of "Hà Tĩnh", "Thái Bình"
    Article a =
        lead(
            "Đại tá Võ Văn Chín, Chính ủy Bộ đội Biên phòng Hà Tĩnh, cho biết đơn vị đã tiếp nhận"
                + " tàu tuần tra mới.");
    assertThat(a.organisations()).contains("Bộ đội Biên phòng Hà Tĩnh");
    assertThat(
            lead("Ông Võ Văn Mười, Hiệu trưởng Trường Đại học Hà Tĩnh, cho biết trường tuyển 900"
                    + " sinh viên.")
                .organisations())
        .contains("Trường Đại học Hà Tĩnh");
    // a person after the body's head stays the holder of the title
    assertThat(lead("Chủ tịch Tập đoàn Lê Văn Sáu cho biết doanh thu tăng.").organisations())
        .isEmpty();
  }
}
