package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A visit's documents listed with their sides: the bodies that sign any of them are parties (corpus
 * sentences, article id in the comment).
 */
class DocumentListsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void aListFarAfterTheCountedDocumentsNamesTheirSides() {
    // vietnews-train-038939: "trong đó có" after the fields of the nine documents
    Article a =
        article(
            "Việt Nam - Ai Cập chia sẻ quyết tâm duy trì trật tự trên biển theo luật quốc tế",
            "Tổng thống Ai Cập và Chủ tịch nước Việt Nam khẳng định mối quan tâm chung về bảo đảm"
                + " các nguyên tắc trên biển.",
            "Đại diện hai nước hôm qua đã ký 9 văn kiện hợp tác về thương mại, đầu tư, vận tải"
                + " đường biển, du lịch, văn hoá, hợp tác nghề cá, trong đó có Biên bản ghi nhớ về"
                + " hợp tác giữa Bộ Kế hoạch đầu tư Việt Nam và Cơ quan quản lý kênh đào Suez của"
                + " Ai Cập.");
    assertThat(a.parties()).contains("Bộ Kế hoạch và Đầu tư", "Cơ quan quản lý kênh đào Suez");
  }

  @Test
  void aFarListOpenedByAColonNeedsNoComma() {
    // vietnews-train-023000: "... và một số lĩnh vực khác bao gồm: X giữa A và B; Y giữa C và D"
    Article a =
        article(
            "Bỉ giúp Việt Nam phát triển nông nghiệp sạch",
            "Thông tin này được đưa ra tại cuộc họp báo chung diễn ra ngay sau cuộc hội đàm giữa"
                + " Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Bỉ Charles Michel tối 16-10.",
            "Sau cuộc hội đàm, hai thủ tướng đã chứng kiến các cơ quan, doanh nghiệp hai nước ký"
                + " kết một số văn kiện hợp tác song phương trong các lĩnh vực nông nghiệp, an toàn"
                + " thực phẩm, cảng biển và một số lĩnh vực khác bao gồm: thoả thuận đối tác chiến"
                + " lược giữa Chính phủ Việt Nam và Chính phủ Vương quốc Bỉ về lĩnh vực nông"
                + " nghiệp; bản ghi nhớ hợp tác nâng cao năng lực vệ sinh an toàn thực phẩm giữa Bộ"
                + " Nông nghiệp và phát triển nông thôn và Cơ quan Liên bang về an toàn thực phẩm"
                + " Bỉ (FASFC).");
    assertThat(a.parties())
        .contains(
            "Chính phủ Việt Nam",
            "Bộ Nông nghiệp và Phát triển nông thôn",
            "Cơ quan Liên bang về an toàn thực phẩm Bỉ");
  }

  @Test
  void theSidesOfAListedDocumentAfterCua() {
    // vietnews-train-058275: "hợp tác của X và Y" names the two sides as "giữa" would
    Article a =
        article(
            "Việt Nam hoan nghênh Ấn Độ triển khai gói 100 triệu USD đóng tàu tuần tra",
            "Lãnh đạo Việt Nam nhấn mạnh hợp tác trên biển và dầu khí khi đón Tổng thống Ấn Độ"
                + " đến thăm.",
            "Đại diện hai nước đã ký kết 4 văn kiện, trong đó có hợp tác của Phòng thương mại"
                + " Công nghiệp Việt Nam (VCCI) và Liên đoàn Công nghiệp Ấn Độ.\nTổng thống Ấn Độ"
                + " thăm Việt Nam từ ngày 18/11 đến hôm nay.");
    assertThat(a.parties())
        .containsExactly("Phòng Thương mại và Công nghiệp Việt Nam", "Liên đoàn Công nghiệp Ấn Độ");
  }

  @Test
  void theNextSentenceListsTheDocumentsOfTheCeremony() {
    // vietnews-train-036373: "các văn kiện", then "Trong số các văn kiện được ký có ..."
    Article a =
        article(
            "Ba Lan chọn Việt Nam là nước tiềm năng lớn thúc đẩy hợp tác",
            "Tổng thống Ba Lan chọn Việt Nam là một trong 5 nước có tiềm năng lớn để nước này ưu"
                + " tiên đẩy mạnh hợp tác.",
            "Sau hội đàm, hai lãnh đạo chứng kiến lễ ký kết các văn kiện và ra tuyên bố chung"
                + " Việt Nam - Ba Lan.\nTrong số các văn kiện được ký có thoả thuận hợp tác về giáo"
                + " dục đại học, tăng số lượng học bổng dành cho sinh viên, thực tập sinh và nghiên"
                + " cứu sinh hai nước lên 20 suất / năm, hợp đồng đầu tư trong lĩnh vực dược phẩm"
                + " giữa Công ty Đạt Vi Phú Việt Nam và Tập đoàn ADAMED Ba Lan, bản ghi nhớ hợp tác"
                + " giữa Thông tấn xã Việt Nam và Trường Đại học Hà Nội.");
    assertThat(a.parties())
        .contains(
            "Công ty Đạt Vi Phú Việt Nam",
            "Tập đoàn ADAMED Ba Lan",
            "Thông tấn xã Việt Nam",
            "Trường Đại học Hà Nội");
  }

  @Test
  void aFewDocumentsOfTheVisitAfterMotSo() {
    // vietnews-train-035629: "một số văn bản hợp tác giữa hai bên, gồm ..."
    Article a =
        article(
            "Việt Nam - Hà Lan nâng quan hệ lên Đối tác toàn diện",
            "Hợp tác trong quản lý nước, nông nghiệp và ứng phó với biến đổi khí hậu tiếp tục là"
                + " các trụ cột trong quan hệ Việt Nam - Hà Lan.",
            "Hai thủ tướng đã chứng kiến lễ ký kết một số văn bản hợp tác giữa hai bên, gồm Bản"
                + " ghi nhớ giữa chính phủ Việt Nam và Hà Lan về hợp tác chuyển đổi nông nghiệp tại"
                + " đồng bằng sông Cửu Long; Tuyên bố chung về thúc đẩy thích ứng với biến đổi khí"
                + " hậu giữa Bộ Tài nguyên môi trường Việt Nam và Bộ Cơ sở hạ tầng và quản lý nước"
                + " Hà Lan.");
    // "Việt Nam" beside "Chính phủ Việt Nam" is that one side (branch ag-names3)
    assertThat(a.parties())
        .contains("Chính phủ Việt Nam", "Hà Lan", "Bộ Tài nguyên và Môi trường")
        .doesNotContain("Việt Nam");
  }

  @Test
  void oneBodyAfterCuaIsNoSide() {
    // the same list with one body after "của": its paper, not two sides
    Article a =
        article(
            "Việt Nam hoan nghênh Ấn Độ triển khai gói 100 triệu USD đóng tàu tuần tra",
            "Lãnh đạo Việt Nam nhấn mạnh hợp tác trên biển và dầu khí khi đón Tổng thống Ấn Độ"
                + " đến thăm.",
            "Đại diện hai nước đã ký kết 4 văn kiện, trong đó có đề án hợp tác của Phòng thương"
                + " mại Công nghiệp Việt Nam (VCCI).");
    assertThat(a.parties()).doesNotContain("Phòng Thương mại và Công nghiệp Việt Nam");
  }

  @Test
  void documentsOfCooperationHandedOverAtTheCeremony() {
    // vietnews-test-005735: "lễ trao 3 văn bản hợp tác gồm: ..." tells their signing
    Article a =
        article(
            "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Trung Quốc",
            "Trong cuộc hội đàm với Thủ tướng Trung Quốc Lý Khắc Cường, Thủ tướng Nguyễn Xuân Phúc"
                + " đã khẳng định Việt Nam coi trọng quan hệ đối tác hợp tác chiến lược toàn diện"
                + " với Trung Quốc.",
            "Ngay sau cuộc hội đàm, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Thủ tướng Quốc vụ viện"
                + " Trung Quốc Lý Khắc Cường đã chứng kiến lễ trao 3 văn bản hợp tác gồm: Hiệp định"
                + " hợp tác kinh tế kỹ thuật giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước"
                + " CHND Trung Hoa; Kế hoạch hợp tác văn hoá và du lịch giữa Bộ Văn hoá, thể thao và"
                + " du lịch nước CHXHCN Việt Nam và Bộ Văn hoá và du lịch nước CHND Trung Hoa giai"
                + " đoạn 2019 - 2021.");
    assertThat(a.parties())
        .contains("Chính phủ Việt Nam", "Chính phủ Trung Quốc", "Bộ Văn hóa, Thể thao và Du lịch");
  }

  @Test
  void theCabinetOfficeKeepsItsName() {
    // vietnews-train-039949: "Nội các" is one word; "các" alone is the plural
    Article a =
        article(
            "Việt Nam ủng hộ Nhật bảo vệ an toàn hàng hải và tự do thương mại ở khu vực",
            "Thủ tướng Việt Nam Nguyễn Xuân Phúc và người đồng cấp Nhật Bản nhất trí các định"
                + " hướng hợp tác sắp tới.",
            "Đại diện hai nước đã trao đổi 9 văn kiện hợp tác, trong đó có Bản ghi nhớ về hợp tác"
                + " trong lĩnh vực chính sách biển và đại dương giữa Bộ Tài nguyên và Môi trường"
                + " Việt Nam và Văn phòng Nội các Nhật Bản.");
    assertThat(a.parties())
        .containsExactly("Bộ Tài nguyên và Môi trường", "Văn phòng Nội các Nhật Bản");
  }

  @Test
  void aListInLinesGivesEveryDocumentsSides() {
    // vietnews-train-072418: one document a line after "bao gồm:", more sides than six
    Article a =
        article(
            "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản",
            "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe.",
            "Sau hội đàm, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Shinzo Abe đã chứng kiến các"
                + " bộ, ngành và cơ quan hai nước trao đổi 9 văn kiện hợp tác, bao gồm:\n- Bản ghi"
                + " nhớ về thúc đẩy hợp tác về thương mại và công nghiệp giữa bộ Công Thương và tỉnh"
                + " Wakayama, Nhật Bản.\n- Bản ghi nhớ hợp tác giữa liên đoàn Bóng đá Việt Nam và"
                + " liên đoàn Bóng đá Nhật Bản.\n- Bản ghi nhớ hợp tác y tế về phục hồi chức năng"
                + " chất lượng cao cho bệnh nhân điều trị bệnh thần kinh sọ não giữa bệnh viện Việt"
                + " Đức và bệnh viện Kitahara, Nhật Bản.\n- Bản ghi nhớ giữa Bộ Giáo dục và Đào tạo"
                + " Việt Nam và Tập đoàn Mizuno, Nhật Bản về hợp tác phát triển giáo dục thể chất"
                + " trong trường tiểu học của Việt Nam.");
    assertThat(a.parties())
        .contains(
            "Bộ Công Thương",
            "Liên đoàn Bóng đá Việt Nam",
            "Bệnh viện Việt Đức",
            "Bệnh viện Kitahara",
            "Bộ Giáo dục và Đào tạo",
            "Tập đoàn Mizuno");
  }

  @Test
  void aNumberedListInLinesGivesEveryDocumentsSides() {
    // the shape of a state visit's list (web-t r3-033): "bao gồm:" then one numbered line a
    // document
    Article a =
        article(
            "Việt Nam và Hungary ký 4 văn kiện",
            "Chiều 12/3, tại Hà Nội, sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký 4 văn kiện hợp"
                + " tác giữa các bộ, ngành hai nước, bao gồm:",
            "1. Bản ghi nhớ giữa Bộ Tài chính Việt Nam và Bộ Tài chính Hungary về hợp tác thuế.\n2."
                + " Thỏa thuận về trao đổi dữ liệu giữa Ngân hàng Nhà nước Việt Nam và Ngân"
                + " hàng Trung ương Hungary.\n3. Bản ghi nhớ giữa Bộ Giáo dục và Đào tạo Việt Nam và Bộ Nhân lực"
                + " Hungary.");
    assertThat(a.parties())
        .containsExactly(
            "Bộ Tài chính",
            "Bộ Tài chính Hungary",
            "Ngân hàng Nhà nước Việt Nam",
            "Ngân hàng Trung ương Hungary",
            "Bộ Giáo dục và Đào tạo",
            "Bộ Nhân lực Hungary");
  }

  @Test
  void aNumberedListOfWhatTheDocumentCoversAddsNoSides() {
    // the items name no document: what the one agreement covers, not further signings
    Article a =
        article(
            "Hai trường đại học hợp tác",
            "Chiều 12/3, Trường Đại học Cần Thơ và Trường Đại học Szeged đã ký thỏa thuận hợp tác,"
                + " gồm các nội dung:",
            "1. Trao đổi sinh viên giữa Khoa Nông nghiệp và Khoa Sinh học của hai trường.\n2. Hợp"
                + " tác nghiên cứu giữa Viện Lúa và Viện Sinh học Szeged.");
    assertThat(a.parties()).containsExactly("Trường Đại học Cần Thơ", "Trường Đại học Szeged");
  }

  @Test
  void aStatesFormalNameAfterABodyGivesItsCountry() {
    // "nước Cộng hòa ..." after each side, as treaties and visit lists write them
    Article a =
        article(
            "Ký bản ghi nhớ hợp tác",
            "Sáng 5/3, tại Hà Nội, Ủy ban Dân tộc nước CHXHCN Việt Nam và Bộ Phát triển nông thôn"
                + " nước Cộng hòa Ấn Độ đã ký bản ghi nhớ về hợp tác.",
            "");
    assertThat(a.parties()).containsExactly("Ủy ban Dân tộc", "Bộ Phát triển nông thôn Ấn Độ");
    Article lao =
        article(
            "Ký bản ghi nhớ hợp tác y tế",
            "Sáng 5/3, tại Hà Nội, Bộ Y tế nước CHXHCN Việt Nam và Bộ Y tế nước Cộng hòa Dân chủ"
                + " Nhân dân Lào đã ký bản ghi nhớ về hợp tác y tế.",
            "");
    assertThat(lao.parties()).containsExactly("Bộ Y tế", "Bộ Y tế Lào");
    // before a short name "nước" may be a word of the name (water), and stays
    Article water =
        article(
            "Ký bản ghi nhớ hợp tác",
            "Sáng 5/3, tại TP.HCM, Sở Xây dựng TP.HCM và Công ty Tài nguyên nước Hàn Quốc đã ký bản"
                + " ghi nhớ về cấp nước.",
            "");
    assertThat(water.parties()).contains("Công ty Tài nguyên nước Hàn Quốc");
    // nor is the "nước" of "Nhà nước" (the state) any country's
    Article council =
        article(
            "Ký kết hợp tác",
            "Sáng 5/3, tại Hà Nội, Bộ Ngoại giao và Hội đồng Nhà nước nước Cộng hòa Cuba đã ký bản"
                + " ghi nhớ về hợp tác.",
            "Đoàn Hội đồng Nhà nước Cộng hòa Cuba thăm Hà Nội.");
    assertThat(council.organisations()).noneMatch(name -> name.endsWith("Nhà Cuba"));
  }
}
