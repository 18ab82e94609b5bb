package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Several documents signed at the one event the article reports: the bodies that sign any of them
 * are parties, in article order; a document signed at another event is not (corpus sentences,
 * article id in the comment).
 */
class SameEventSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  private static final String TITLE = "Tập đoàn Trường Tiền ký kết hợp tác với Bảo tín Đại An";

  private static final String LEAD =
      "Sáng ngày 12/6, Tập đoàn Trường Tiền đã chính thức ký kết hợp tác với công ty Bảo tín Đại"
          + " An (công ty Đại An) để cùng hướng chung tới mục tiêu phát triển bền vững.";

  @Test
  void aSecondSigningAtTheCeremonyAddsItsBodies() {
    // vietnews-train-063258: the short name in brackets is the body already named
    Article a =
        article(
            TITLE,
            LEAD,
            "Ngày 12/6, Tập đoàn Trường Tiền đã chính thức ký kết hợp tác phát triển chiến lược"
                + " với công ty Bảo tín Đại An.\nĐồng thời tại buổi lễ cũng có sự ký kết giữa"
                + " công ty Đại An với công ty Bảo hiểm UIC và công ty Bảo hiểm Dai – ichi Life"
                + " Việt Nam (công ty Dai - ichi Life).");
    assertThat(a.parties())
        .containsExactly(
            "Tập đoàn Trường Tiền",
            "Công ty Bảo tín Đại An",
            "Công ty Bảo hiểm UIC",
            "Công ty Bảo hiểm Dai – ichi Life Việt Nam");
  }

  @Test
  void aSigningWithoutWordsOfTheSameEventStaysOut() {
    // the same second signing told as a separate one ("Trước đó" instead of "Đồng thời tại buổi lễ
    // cũng"): not at the reported ceremony
    Article a =
        article(
            TITLE,
            LEAD,
            "Trước đó, công ty Đại An đã ký kết hợp tác với công ty Bảo hiểm UIC và công ty Bảo"
                + " hiểm Dai – ichi Life Việt Nam.");
    assertThat(a.parties()).containsExactly("Tập đoàn Trường Tiền", "Công ty Bảo tín Đại An");
  }

  @Test
  void aSecondSigningInTheSameSentenceAfterDongThoiJoins() {
    // vietnews-train-063166
    Article a =
        article(
            "Novaland hợp tác chiến lược cùng Minor Hotels & Greg Norman",
            "",
            "Dưới sự chứng kiến của đại diện lãnh đạo Chính phủ cùng các Bộ ban ngành Trung ương,"
                + " Tập đoàn Novaland tiến hành ký kết hợp tác chiến lược cùng Tập đoàn toàn cầu"
                + " Minor Hotels trong việc quản lý vận hành 07 khu khách sạn - nghỉ dưỡng với tổng"
                + " số hơn 3.500 phòng; đồng thời, Novaland cũng ký kết hợp tác cùng Công ty Greg"
                + " Norman Golf Course Design phát triển 04 sân Gôn mang thương hiệu Greg Norman.");
    assertThat(a.parties())
        .containsExactly(
            "Tập đoàn Novaland", "Tập đoàn Minor Hotels", "Công ty Greg Norman Golf Course Design");
  }

  @Test
  void eachDocumentOfAListGivesItsSides() {
    // vietnews-train-025293: the documents listed after a colon, cut by semicolons
    Article a =
        article(
            "Nâng kim ngạch thương mại Việt Nam - Bangladesh lên 2 tỉ USD",
            "",
            "Kết thúc hội đàm chiều 29/3, Chủ tịch nước Trần Đại Quang và Thủ tướng Sheikh Hasina"
                + " đã chứng kiến lễ ký các văn kiện hợp tác giữa hai nước: bản ghi nhớ về hợp tác"
                + " thuỷ sản và chăn nuôi giai đoạn 2018 - 2022 giữa Bộ Nông nghiệp và phát triển"
                + " nông thôn Việt Nam và Bộ Thuỷ sản và chăn nuôi Bangladesh; bản ghi nhớ về hợp"
                + " tác chế tạo máy giữa Bộ Công thương Việt Nam và Bộ Công nghiệp Bangladesh.");
    assertThat(a.parties())
        .containsExactly(
            "Bộ Nông nghiệp và Phát triển nông thôn",
            "Bộ Thuỷ sản và chăn nuôi Bangladesh",
            "Bộ Công Thương",
            "Bộ Công nghiệp Bangladesh");
  }

  private static final String KOREA_SIGNING =
      "Kết thúc đối thoại, hai phó thủ tướng cũng chứng kiến lễ ký biên bản ghi nhớ về hợp tác và"
          + " trao đổi thông tin giám sát ngân hàng giữa Ngân hàng Nhà nước Việt Nam với Uỷ ban"
          + " Dịch vụ tài chính, Uỷ ban Giám sát tài chính Hàn Quốc";

  private static final String KOREA_DOCUMENT =
      " Thoả thuận khung hợp tác giữa Tập đoàn Dầu khí Việt Nam và Ngân hàng Xuất nhập khẩu Hàn"
          + " Quốc.";

  @Test
  void aFurtherDocumentAfterVaGivesItsSides() {
    // vietnews-train-020407: a second document under the same verb, named at the head of its item
    // ("và Thoả thuận khung ..."), with its own sides
    Article a =
        article(
            "Việt Nam - Hàn Quốc xây dựng con đường hợp tác mới",
            "",
            KOREA_SIGNING + " và" + KOREA_DOCUMENT);
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng Nhà nước Việt Nam",
            "Ủy ban Dịch vụ tài chính",
            "Ủy ban Giám sát tài chính Hàn Quốc",
            "Tập đoàn Dầu khí Việt Nam",
            "Ngân hàng Xuất nhập khẩu Hàn Quốc");
  }

  @Test
  void aDocumentTheSigningOnlyServesGivesNoSides() {
    // the same sentence, the document described ("nhằm thực hiện ..."): its sides sign nothing here
    Article a =
        article(
            "Việt Nam - Hàn Quốc xây dựng con đường hợp tác mới",
            "",
            KOREA_SIGNING + " nhằm thực hiện" + KOREA_DOCUMENT);
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng Nhà nước Việt Nam",
            "Ủy ban Dịch vụ tài chính",
            "Ủy ban Giám sát tài chính Hàn Quốc");
  }

  @Test
  void aSecondPairAfterACommaJoinsWithoutTheProvinceWordTwice() {
    // vietnews-val-017815: a caption run into the body's first sentence; ", giữa NCB và ..." is a
    // second document's sides, and "Hiệp hội Doanh nghiệp tỉnh Quảng Nam" the caption's body again
    Article a =
        article(
            "Ngân hàng Quốc Dân hợp tác, thúc đẩy kinh doanh khu vực miền Trung",
            "",
            "Ký kết giữa NCB và Hiệp hội Doanh nghiệp Quảng Nam sẽ mở ra nhiều cơ hội hợp tác mới"
                + " - Ảnh: NCBNgày 22-3, tại TP Tam Kỳ, Quảng Nam đã diễn ra Lễ ký kết Biên bản hợp"
                + " tác giữa NCB và Hiệp hội Doanh nghiệp tỉnh Quảng Nam, giữa NCB và Tập đoàn VN"
                + " Đà Thành Group.");
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng TMCP Quốc Dân",
            "Hiệp hội Doanh nghiệp Quảng Nam",
            "Tập đoàn VN Đà Thành Group");
  }

  @Test
  void oneNameForTheBodiesOfTwoStatesIsNoSide() {
    // vietnews-test-010557: "giữa Học viện Ngoại giao hai nước" names one body per state
    Article a =
        article(
            "Việt Nam - Chile ký ba văn kiện tăng cường hợp tác",
            "",
            "Sau cuộc hội đàm, Chủ tịch nước Trần Đại Quang và Tổng thống Bachelet đã ký Tuyên bố"
                + " chung Việt Nam - Chile, chứng kiến Lễ ký kết các văn kiện hợp tác song phương,"
                + " gồm: Bản ghi nhớ cấp Chính phủ về hợp tác chăm sóc trẻ em; Hiệp định về các"
                + " hoạt động có thu nhập cho thân nhân cán bộ ngoại giao và Bản ghi nhớ về hợp"
                + " tác giữa Học viện Ngoại giao hai nước.");
    assertThat(a.parties()).doesNotContain("Học viện Ngoại giao");
  }

  @Test
  void aSigningThatNamesTheEventJoinsItFromFurtherOn() {
    // vietnews-test-018636: "Cũng tại hội nghị ..." five sentences after the event's signing; the
    // states that name the summit sign nothing; "Vietjet" is the lead's "Hãng Vietjet Air"
    Article a =
        article(
            "Vietjet nhận máy bay đầu tiên trong đơn hàng 100 chiếc Boeing vào quý 4-2019",
            "Hợp đồng 100 máy bay Boeing 737 với trị giá 12,7 tỷ USD vừa được ký kết mới đây tại"
                + " Hội nghị thượng đỉnh Mỹ - Triều, Hãng Vietjet Air cho biết những máy bay đầu"
                + " tiên trong hợp đồng này sẽ được giao từ quí 4 năm nay đến năm 2025.",
            "Bà Nguyễn Thị Phương Thảo - tổng giám đốc Vietjet và ông Kevin McAllister - chủ tịch"
                + " kiêm giám đốc điều hành Tập đoàn Boeing đã chính thức ký kết hợp đồng mua 100"
                + " tàu bay 737 MAX mới trị giá 12,7 tỷ USD vào ngày 27-2.\nSau 4 ngày, chiều 2-3,"
                + " Hãng Vietjet cho biết máy bay sẽ được giao từ nay đến năm 2025.\nVietjet đang"
                + " khai thác hơn 70 máy bay.\nHãng cũng sẽ nhận thêm máy bay Airbus.\nCũng tại"
                + " hội nghị thượng đỉnh Mỹ - Triều, Hãng Bamboo Airways cũng ký kết thoả thuận mua"
                + " 10 máy bay thân rộng Boeing 787-9 Dreamliner, trị giá gần 3 tỉ USD với Tập đoàn"
                + " Boeing.");
    assertThat(a.parties())
        .containsExactly("Hãng Vietjet Air", "Tập đoàn Boeing", "Hãng Bamboo Airways");
  }

  @Test
  void theChosenSigningsOwnCuePointsBackToTheEventsEarlierSigning() {
    // vietnews-train-082630: Bamboo's signing names both sides, so it gives the parties; its "Cũng
    // tại hội nghị này" brings in Vietjet's, told before (and its "với Boeing", the article's
    // "Tập đoàn Boeing"): article order
    Article a =
        article(
            "Hãng bay Việt đua nhau mua máy bay, thực chất khai thác thế nào?",
            "",
            "Nhân hội nghị thượng định Hoa Kỳ - Triều Tiên, ngày 27-2, bà Nguyễn Thị Phương Thảo -"
                + " tổng giám đốc Hãng Vietjet Air cùng ông Kevin McAllister - Chủ tịch kiêm Giám"
                + " đốc điều hành Boeing đã tiến hành ký hợp đồng mua 100 máy bay với Boeing là máy"
                + " bay thuộc dòng B737 MAX mới với trị giá 12,7 tỉ USD.\nTổng trị giá hợp đồng"
                + " của Vietjet là 18 tỷ USD.\nCũng tại hội nghị này, Hãng Bamboo Airways cũng ký"
                + " kết thoả thuận mua 10 máy bay thân rộng Boeing 787-9 Dreamliner, trị giá gần 3"
                + " tỉ USD với Tập đoàn Boeing.");
    assertThat(a.parties())
        .containsExactly("Hãng Vietjet Air", "Tập đoàn Boeing", "Hãng Bamboo Airways");
  }

  @Test
  void aFurtherContractSignedAlsoInTheNextSentenceJoins() {
    // vietnews-test-018345: "cũng đã ký" ends in the verb itself; the state visit's other documents
    Article a =
        article(
            "Nga - Trung nhất trí dùng nội tệ giao dịch, giảm lệ thuộc USD",
            "Trong khuôn khổ chuyến thăm cấp nhà nước của ông Tập Cận Bình đến Nga, hai nhà lãnh"
                + " đạo đã ký kết thoả thuận sử dụng đồng tiền của hai nước trong hoạt động giao"
                + " thương.",
            "Cũng trong cuộc gặp ngày 5-6, nhiều thoả thuận lớn khác giữa hai nước đã được ký"
                + " kết.\nTổng công ty Điện hạt nhân quốc gia Nga Rosatom và Tổng công ty Điện hạt"
                + " nhân quốc gia Trung Quốc cũng đã ký kết một hợp đồng tổng quát về việc xây dựng"
                + " các đơn vị thứ 3 và thứ 4 tại nhà máy điện hạt nhân Xudapu ở đông bắc Trung"
                + " Quốc.");
    assertThat(a.parties())
        .containsExactly(
            "Nga",
            "Trung Quốc",
            "Tổng công ty Điện hạt nhân quốc gia Nga Rosatom",
            "Tổng công ty Điện hạt nhân quốc gia Trung Quốc");
  }

  private static final String USMCA =
      "Mỹ vừa ký hiệp định thương mại mới với Mexico và Canada (USMCA), trong đó có \"điều khoản"
          + " thuốc độc\" nhằm giữ chân các đối tác này.\nMỹ";

  private static final String KOREA_FTA =
      " cũng ký hiệp định thương mại tự do sửa đổi với Hàn Quốc, được Trump ca ngợi là \"cột mốc"
          + " lịch sử về thương mại\" song phương.";

  @Test
  void anAlsoSignedDocumentWithItsOwnMonthIsAnotherSigning() {
    // vietnews-train-058953: "cũng ký" says "also", and "cuối tháng 9" dates it apart from the
    // event; without the month the same sentence joins
    String title = "Chiến tranh thương mại Mỹ - Trung: Cường quốc đấu nhau, thế giới hưởng lợi";
    assertThat(article(title, "", USMCA + " cuối tháng 9" + KOREA_FTA).parties())
        .containsExactly("Mỹ", "Mexico", "Canada");
    assertThat(article(title, "", USMCA + KOREA_FTA).parties())
        .containsExactly("Mỹ", "Mexico", "Canada", "Hàn Quốc");
  }

  @Test
  void aCaptionsCeremonyNounIsNoFurtherSigning() {
    // vietnews-train-084510: "tại lễ ký kết ... giữa DHG Pharma và Vinamilk" ends in the verb of
    // "lễ ký", a noun: the caption tells the body's ceremony and puts no signing before it
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.captioned(
                "Vinamilk bắt tay Dược Hậu Giang làm thực phẩm chức năng",
                null,
                "Ngày 22-3, Vinamilk và Dược Hậu Giang (DHG Pharma), đã ký kết hợp tác chiến lược"
                    + " nghiên cứu phát triển sản phẩm theo hướng phối hợp về nguồn nguyên liệu"
                    + " dược phẩm.",
                "Bà Mai Kiều Liên - Tổng giám đốc Vinamilk, ký kết với ông Đoàn Đình Duy Khương -"
                    + " Thành viên HĐQT, Quyền Tổng giám đốc DHG Pharma, tại lễ ký kết hợp tác"
                    + " chiến lược giữa DHG Pharma và Vinamilk sáng 22-3 - ẢNH: QUANG ĐỊNH"));
    // the name before the bracket is the body's (branch ag-slotnames: main gave "DHG Pharma")
    assertThat(a.parties()).containsExactly("Công ty cổ phần Sữa Việt Nam", "Dược Hậu Giang");
  }

  private static final String JUNTENDO =
      "Nhân chuyến thăm chính thức Nhật Bản của Bộ trưởng Ngô Xuân Lịch, Bệnh viện Quân y 108 đã"
          + " ký thoả thuận hợp tác với Bệnh viện Đại học Juntendo;";

  @Test
  void aClauseAfterASemicolonWithItsOwnSidesJoins() {
    // vietnews-train-024906: two hospitals' agreements told in one sentence, cut at ";"
    String title = "Việt - Nhật sẽ tăng hợp tác an ninh biển";
    Article a =
        article(
            title,
            "",
            JUNTENDO
                + " Học viện Quân y đã ký thoả thuận hợp tác với Đại học Juntendo của Nhật Bản.");
    assertThat(a.parties())
        .containsExactly(
            "Bệnh viện Quân y 108",
            "Bệnh viện Đại học Juntendo",
            "Học viện Quân y",
            "Đại học Juntendo");
    // a day of its own before the verb dates another signing
    Article dated =
        article(
            title,
            "",
            JUNTENDO
                + " ngày 10/3, Học viện Quân y đã ký thoả thuận hợp tác với Đại học Juntendo của"
                + " Nhật Bản.");
    assertThat(dated.parties())
        .containsExactly("Bệnh viện Quân y 108", "Bệnh viện Đại học Juntendo");
    // and "trước đó ... đã ký" is background, never a news signing to join
    Article earlier =
        article(
            title,
            "",
            JUNTENDO
                + " trước đó, Học viện Quân y đã ký thoả thuận hợp tác với Đại học Juntendo của"
                + " Nhật Bản.");
    assertThat(earlier.parties())
        .containsExactly("Bệnh viện Quân y 108", "Bệnh viện Đại học Juntendo");
  }

  @Test
  void aProbesSecondPairAfterASemicolonJoins() {
    // a probe (p8-011), not a corpus sentence: two ministries, then the banks, in one sentence
    Article a =
        article(
            "Việt Nam và Singapore trao đổi văn kiện",
            "Ngày 29/8, Thủ tướng Lý Hiển Long thăm chính thức Việt Nam.",
            "Hai Thủ tướng hội đàm tại Phủ Chủ tịch.\nSau hội đàm, Bộ Công Thương và Bộ Thương mại và"
                + " Công nghiệp Singapore ký Bản ghi nhớ về hợp tác năng lượng; Ngân hàng Nhà nước"
                + " Việt Nam và Cơ quan Tiền tệ Singapore ký thỏa thuận kết nối thanh toán.");
    assertThat(a.parties())
        .containsExactly(
            "Bộ Công Thương",
            "Bộ Thương mại và Công nghiệp Singapore",
            "Ngân hàng Nhà nước Việt Nam",
            "Cơ quan Tiền tệ Singapore");
  }

  private static final String CHILE =
      "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ trao Bản ghi nhớ hợp tác giữa Học viện Ngoại"
          + " giao Việt Nam và Học viện Ngoại giao Andrés Bello của Chile.\nHai bên";

  @Test
  void aDocumentAlsoHandedOverJoins() {
    // a probe (p8-006), not a corpus sentence: "Hai bên cũng trao" a second document at the visit;
    // without "cũng" it is not said to be the same ceremony
    String title = "Chủ tịch nước chứng kiến trao văn kiện hợp tác Việt Nam - Chile";
    String lead =
        "Trong khuôn khổ chuyến thăm cấp Nhà nước tới Chile, Chủ tịch nước và Tổng thống Gabriel"
            + " Boric đã chứng kiến trao các văn kiện hợp tác.";
    String second = " trao Thỏa thuận hợp tác giữa Thông tấn xã Việt Nam và Hãng thông tấn EFE.";
    assertThat(article(title, lead, CHILE + " cũng" + second).parties())
        .containsExactly(
            "Học viện Ngoại giao Việt Nam",
            "Học viện Ngoại giao Andrés Bello",
            "Thông tấn xã Việt Nam",
            "Hãng thông tấn EFE");
    assertThat(article(title, lead, CHILE + second).parties())
        .containsExactly("Học viện Ngoại giao Việt Nam", "Học viện Ngoại giao Andrés Bello");
  }

  private static final String CAT_LINH =
      "Trong khuôn khổ chuyến thăm cấp Nhà nước tới Trung Quốc, chiều 11/5, Chủ tịch nước Trần Đại"
          + " Quang và Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình đã chứng kiến lễ ký kết%s.\nTrong"
          + " đó có Hiệp định vay ưu đãi Chính phủ khoản vay bổ sung cho dự án đường sắt đô thị Hà"
          + " Nội - Hà Đông giữa Chính phủ Việt Nam và Ngân hàng xuất nhập khẩu Trung Quốc"
          + " (Eximbank).";

  @Test
  void theNextSentenceListsTheCountedDocuments() {
    // vietnews-train-097283 (tune): "5 văn kiện hợp tác", then "Trong đó có" one of them with its
    // sides; a signing that counts no documents opens no list in the next sentence
    String title = "Vay Trung Quốc hơn 250 triệu USD cho đường sắt Cát Linh - Hà Đông";
    assertThat(article(title, "", CAT_LINH.replace("%s", " 5 văn kiện hợp tác")).parties())
        .containsExactly("Chính phủ Việt Nam", "Ngân hàng xuất nhập khẩu Trung Quốc");
    assertThat(article(title, "", CAT_LINH.replace("%s", " văn kiện hợp tác")).parties())
        .doesNotContain("Ngân hàng xuất nhập khẩu Trung Quốc");
  }

  @Test
  void aProbesCountedAgreementsListedAfterTrongDoCo() {
    // a probe (p8-020), not a corpus sentence: the count before a passive verb
    Article a =
        article(
            "43 thỏa thuận được ký tại Diễn đàn doanh nghiệp Việt Nam - Pháp",
            "Tại Diễn đàn doanh nghiệp Việt Nam - Pháp tổ chức tại Paris ngày 7/10, 43 thỏa thuận"
                + " hợp tác đã được ký kết với tổng giá trị 5 tỷ USD.",
            "Trong đó có thỏa thuận giữa Tập đoàn Dầu khí Việt Nam và Tập đoàn TotalEnergies về"
                + " năng lượng tái tạo, và hợp đồng giữa Tổng công ty Hàng không Việt Nam với"
                + " Airbus.");
    assertThat(a.parties())
        .containsExactly(
            "Tập đoàn Dầu khí Việt Nam",
            "Tập đoàn TotalEnergies",
            "Tổng công ty Hàng không Việt Nam",
            "Airbus");
  }
}
