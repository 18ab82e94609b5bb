package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * The clause rules of signing detection and parties, each on a sentence from the corpus (article id
 * in the comment): which signings are news, and which bodies of the clause sign.
 */
class SigningClausesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2019-06-14T10:00+07:00");

  private static Article lead(String title, String lead) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, "", null));
  }

  private static Article threePart(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  private static Article body(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Tin tức", body, null));
  }

  @Test
  void theSubjectBeforeTheVerbSigns() {
    // vietnews-train-036433
    Article a =
        lead(
            "Nga, Trung cùng phát triển trực thăng hạng nặng",
            "Nga và Trung Quốc ký thoả thuận hợp tác sản xuất mẫu Trực thăng Hạng nặng Tiên tiến.");
    assertThat(a.parties()).containsExactly("Nga", "Trung Quốc");
    assertThat(a.agreement().kind()).isEqualTo("thỏa thuận hợp tác");
  }

  @Test
  void aFullyDatedSigningInAnArticleThatDatesItsOwnEventsByDayIsRecalled() {
    // vietnews-train-003074: the trial is "Ngày 28/8", the contract "ngày 12/8/2009"
    String trial =
        "Ngày 28/8, TAND TP. Hà Nội đưa các bị cáo ra xét xử.\n"
            + "Quá trình điều tra vụ án, cơ quan chức năng còn xác định, ngày 12/8/2009, PVC và"
            + " công ty CP PVTex Kinh Bắc ký hợp đồng về việc thi công một số hạng mục của nhà"
            + " máy xơ sợi Đình Vũ.";
    assertThat(body(trial).parties()).isEmpty();
    // The body's first paragraph is the lead of a page without one, and it tells a trial: the
    // same contract dated by day alone is still the investigation's evidence
    assertThat(body(trial.replace("ngày 12/8/2009", "ngày 27/8")).parties()).isEmpty();
    // The same signing dated by day alone, in a story that is no trial, is the article's own news.
    Article news =
        body(
            "Ngày 28/8, hai công ty thông báo kết quả hợp tác năm qua.\n"
                + trial.substring(trial.indexOf("\n") + 1).replace("ngày 12/8/2009", "ngày 27/8"));
    assertThat(news.parties()).isNotEmpty();
    assertThat(body(news.body().replace("ngày 27/8", "ngày 12/8/2009")).parties()).isEmpty();
  }

  @Test
  void statesJoinedByADashAreAList() {
    // vietnews-train-036201
    Article a = lead("Nhật - Trung ký 500 thoả thuận kinh tế trị giá 2,6 tỷ USD", "");
    assertThat(a.parties()).containsExactly("Nhật Bản", "Trung Quốc");
  }

  @Test
  void aTreatySignedOnADayIsNewsAndItsStatesAreTheParties() {
    // vietnews-train-083032: "sau khi" (after) is no condition
    Article a =
        body(
            "Đánh giá trên được đưa ra sau khi Việt Nam và EU hôm 30-6 ký Hiệp định thương mại tự"
                + " do EU - VN (EVFTA) và Hiệp định bảo hộ đầu tư EU - VN (EVIPA).");
    assertThat(a.parties()).containsExactly("Việt Nam", "Liên minh châu Âu");
    assertThat(a.agreement().kind()).isEqualTo("hiệp định");
  }

  @Test
  void bodiesAfterVoiAndGiuaSign() {
    // vietnews-train-093595: the signers' titles name no body; "giữa X và Y" does
    Article a =
        body(
            "Tại hội nghị, Phó thủ tướng Trương Hoà Bình và Trưởng ban dân vận Trung ương Trương Thị"
                + " Mai đã ký kế hoạch phối hợp thực hiện Năm dân vận chính quyền 2019 giữa Ban cán"
                + " sự Đảng Chính phủ và Ban dân vận Trung ương.");
    assertThat(a.agreement().kind()).isEqualTo("kế hoạch phối hợp");
    // a body read right before its parent is one body, named with it, as the article spells it
    // (no table lists "Ban cán sự đảng": every ministry and province has one, and BCSĐ is no
    // mined alias)
    assertThat(a.parties()).containsExactly("Ban cán sự Đảng Chính phủ", "Ban Dân vận Trung ương");
    assertThat(a.agreement().place()).isNull(); // "Hoà Bình" is part of a name here
  }

  @Test
  void aCompanysNameEndsInItsGroupsBrand() {
    // vietnews-train-061247: "Viettel" is a mined alias of "Tập đoàn Công nghiệp Viễn thông Quân
    // đội", and here the last word of its daughter's name, not a second body
    Article a =
        body(
            "Hôm qua, lễ ký kết thoả thuận hợp tác toàn diện giữa Ngân hàng TMCP Đại Chúng Việt Nam"
                + " – PVcomBank và tổng công ty CP Bưu chính Viettel (Viettel Post) đã diễn ra.");
    assertThat(a.parties())
        .containsExactly("Ngân hàng TMCP Đại Chúng Việt Nam", "Tổng công ty CP Bưu chính Viettel");
    // vietnews-val-014257: the brand ends the name, which the article then calls "Viettel"
    Article b =
        lead(
            "VNA hợp tác với Viettel để tăng cường an ninh hệ thống thông tin",
            "Ngày 24/2, Tập đoàn Viễn thông quân đội Viettel (Viettel) và Tổng công ty Hàng không"
                + " Việt Nam (VNA) đã ký kết thoả thuận hợp tác chiến lược.");
    assertThat(b.parties())
        .containsExactly(
            "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tổng công ty Hàng không Việt Nam");
    // after "và" the brand is another body
    Article c = body("Hôm qua, Công ty Samsung và BIDV đã ký kết thoả thuận hợp tác.");
    assertThat(c.parties())
        .containsExactly("Công ty Samsung", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam");
  }

  @Test
  void everyBodyOfAGiuaListSignsWhenAKeepPhraseHoldsAStopWord() {
    // vietnews-test-017605
    Article a =
        lead(
            "Sinh viên, công nhân ở trọ được hưởng điện, nước giá rẻ",
            "Theo kí kết giữa Công ty điện lực Bình Phú, Tổng công ty cấp nước Sài Gòn và Quận đoàn"
                + " quận Bình Tân, công nhân, sinh viên ở trọ sẽ được chủ trọ đăng ký định mức điện,"
                + " nước.");
    assertThat(a.parties())
        .containsExactly(
            "Công ty điện lực Bình Phú",
            "Tổng công ty Cấp nước Sài Gòn",
            "Quận đoàn quận Bình Tân");
  }

  @Test
  void aBodyNamedShortInTheClauseTakesItsFullVietnameseNameFromTheArticle() {
    // vietnews-train-090302
    Article a =
        lead(
            "Việt Nam ký thoả thuận trao đổi dữ liệu vệ tinh với Nhật Bản",
            "Ngày 18/9, Trung tâm Vũ trụ thuộc Viện Hàn lâm Khoa học và Công nghệ Việt Nam đã ký"
                + " thoả thuận về trao đổi dữ liệu vệ tinh với Cơ quan Nghiên cứu và Phát triển hàng"
                + " không vũ trụ Nhật Bản (JAXA). Lễ ký kết thoả thuận trao đổi dữ liệu vệ tinh Việt"
                + " Nam - Nhật Bản diễn ra tại Trung tâm Vũ trụ Việt Nam sáng 18/9.");
    assertThat(a.parties())
        .containsExactly(
            "Trung tâm Vũ trụ Việt Nam",
            "Cơ quan Nghiên cứu và phát triển hàng không vũ trụ Nhật Bản");
  }

  @Test
  void aCountOfUnnamedBodiesIsNoParty() {
    // vietnews-test-013452
    Article a =
        lead(
            "Vingroup công bố định hướng trở thành tập đoàn công nghệ",
            "Ngày 21/8/2018 tại Hà Nội, tập đoàn Vingroup đã ký kết thoả thuận hợp tác với hơn 50"
                + " trường Đại học hàng đầu Việt Nam.");
    assertThat(a.parties()).noneMatch(p -> p.startsWith("Trường"));
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2018, 8, 21));
    assertThat(a.agreement().place()).isEqualTo("Hà Nội");
  }

  @Test
  void statesDescribingANounAreNotParties() {
    // vietnews-train-091437: the contractors' nationalities
    Article a =
        body(
            "Sáng 2/6, Tổng công ty Cảng hàng không Việt Nam (ACV) cùng liên danh các nhà thầu Nhật"
                + " Bản, Pháp và Việt Nam đã ký kết hợp đồng \"Tư vấn khảo sát và lập báo cáo nghiên"
                + " cứu khả thi\".");
    assertThat(a.parties()).doesNotContain("Nhật Bản", "Pháp", "Việt Nam");
    Article b = lead("Nga, Pháp và Việt Nam ký kết hiệp định", "");
    assertThat(b.parties()).containsExactly("Nga", "Pháp", "Việt Nam");
  }

  @Test
  void aGovernmentSigningForItsStateKeepsTheState() {
    // vietnews-val-013365 (the verb there signs the text, "ký xác thực"; here the treaty)
    Article a =
        body(
            "Sáng 4/2, Bộ trưởng Công thương Vũ Huy Hoàng đã thay mặt Chính phủ Việt Nam ký hiệp"
                + " định với Chính phủ Nhật Bản.");
    assertThat(a.parties()).containsExactly("Chính phủ Việt Nam", "Chính phủ Nhật Bản");
  }

  @Test
  void aGovernmentSigningATreatyAloneForItsStateIsTheParty() {
    // vietnews-val-013365: the treaty's text signed for the government, its other states unnamed;
    // vietnews-train-094806: "và đại diện Chính phủ Hàn Quốc ký" beside a Vietnamese signer is
    // no such one
    Article a =
        threePart(
            "HSBC có cơ hội hỗ trợ doanh nghiệp khi TPP được ký kết",
            "",
            "Ngày 4/2, Hiệp định đối tác xuyên Thái Bình Dương (TPP) được ký kết tại Auckland, New"
                + " Zealand gồm 12 nước thành viên tham dự.\nBộ trưởng Công thương Vũ Huy Hoàng cũng"
                + " đã thay mặt Chính phủ Việt Nam ký xác thực lời văn TPP và 35 thoả thuận song"
                + " phương.");
    assertThat(a.parties()).containsExactly("Chính phủ Việt Nam");
    assertThat(a.agreement().kind()).isEqualTo("hiệp định");
    Article b =
        threePart(
            "Việt Nam chuẩn bị công bố bản đồ ô nhiễm bom mìn",
            "",
            "Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Quốc phòng và đại diện Chính phủ Hàn Quốc ký"
                + " biên bản thảo luận cho dự án khắc phục hậu quả bom mìn trị giá 20 triệu USD.\nNgày"
                + " 14/6, Thứ trưởng Nguyễn Chí Vịnh đã ký biên bản thảo luận dự án “Việt Nam - Hàn"
                + " Quốc hợp tác khắc phục hậu quả bom mìn sau chiến tranh” với đại diện Chính phủ"
                + " Hàn Quốc.");
    // ... though the government is the other side of the second sentence's "với đại diện", which
    // its quoted project title no longer hides (branch ag-chosen2, AsidesInSigningClausesTest)
    assertThat(b.parties()).containsExactly("Chính phủ Hàn Quốc");
  }

  @Test
  void aBareGovernmentSigningWithAForeignStateIsVietNams() {
    // vietnews-train-091688; beside a body of its own country it keeps the gazetteer's name
    Article a =
        lead(
            "Ô nhiễm ở chùa Cầu đang ' đuổi du khách ' khỏi Hội An",
            "Chính phủ vừa ký thoả thuận với Nhật Bản để đưa công nghệ xử lý nước thải trị giá hơn"
                + " 220 tỷ đồng để xử lý vấn nạn ô nhiễm tại điểm du lịch nổi tiếng Chùa Cầu (Hội"
                + " An).");
    assertThat(a.parties()).containsExactly("Chính phủ Việt Nam", "Nhật Bản");
    // vietnews-train-081382 (a caption)
    Article b =
        lead(
            "Thủ tướng Nguyễn Xuân Phúc: ' Mỗi thanh niên là một chiến binh khởi nghiệp '",
            "Thủ tướng chứng kiến lễ kí Nghị quyết liên tịch về Quy chế phối hợp công tác của"
                + " Chính phủ và Ban chấp hành Trung ương Đoàn giai đoạn 2017-2022, giữa Phó thủ"
                + " tướng Vũ Đức Đam và Bí thư thứ nhất Trung ương Đoàn Lê Quốc Phong.");
    assertThat(b.parties()).contains("Chính phủ").doesNotContain("Chính phủ Việt Nam");
  }

  @Test
  void witnessesOfACeremonyAreNotParties() {
    // vietnews-test-005057: the two prime ministers watch others sign; they sign nothing, and the
    // ceremony names no sides, so their states are its parties (CountedParties.witnessed), not
    // the clause's
    Article a =
        body(
            "Hãng tin AFP cho biết Thủ tướng Campuchia Hun Sen và người đồng cấp Thái Lan Prayut"
                + " Chan - o - Cha hôm nay (22-4) đã chứng kiến lễ ký kết thông đường tàu tại một"
                + " đồn biên phòng Thái Lan.");
    assertThat(a.signatories()).isEmpty();
    assertThat(a.parties()).containsExactlyInAnyOrder("Campuchia", "Thái Lan");
  }

  @Test
  void aProvinceOrCityThatSignsIsAPartyByItsFullName() {
    // the issue's own example
    Article a =
        lead(
            "TP.HCM và tỉnh Nghệ An ký kết hợp tác phát triển kinh tế - xã hội",
            "Sáng 13/6, tại TP.HCM, TP.HCM và tỉnh Nghệ An đã ký kết hợp tác giai đoạn 2019 - 2025.");
    assertThat(a.parties()).containsExactly("Thành phố Hồ Chí Minh", "tỉnh Nghệ An");
    assertThat(a.agreement().kind()).isEqualTo("hợp tác");
    assertThat(a.agreement().period()).isEqualTo(new Article.Period(2019, 2025));
    assertThat(a.agreement().place()).isEqualTo("Thành phố Hồ Chí Minh");
  }

  @Test
  void periodFromAndToYearsInTheSigningClause() {
    Article a =
        lead(
            "Bộ Y tế và Bộ Công an ký kết quy chế phối hợp",
            "Chiều 5/6, Bộ Y tế và Bộ Công an ký kết quy chế phối hợp từ năm 2019 đến năm 2022.");
    assertThat(a.agreement().period()).isEqualTo(new Article.Period(2019, 2022));
    Article b =
        lead(
            "Bộ Y tế và Bộ Công an ký kết quy chế phối hợp",
            "Chiều 5/6, hai bên ký kết quy chế phối hợp đến năm 2025.");
    assertThat(b.agreement().period()).isEqualTo(new Article.Period(null, 2025));
  }

  @Test
  void placesJoinedByVaAfterAFrontedVenuesCommaAreTheSides() {
    // the provincial press's visit abroad (tuning probes p36-057, p30-008, p32-047, p42-007): the
    // venue "tại thành phố Kobe" closes at its comma, and the provinces joined by "và" that run
    // on to the verb are who signs; a city of Latin letters lies in no province of ours
    Article a =
        body(
            "Ngày 9/7, tại thành phố Kobe, tỉnh Đồng Nai và tỉnh Hyogo (Nhật Bản) đã ký kết bản ghi"
                + " nhớ về hợp tác hữu nghị trong các lĩnh vực kinh tế, giáo dục, nông nghiệp và môi"
                + " trường.");
    assertThat(a.parties()).containsExactlyInAnyOrder("tỉnh Đồng Nai", "tỉnh Hyogo");
    Article b =
        body(
            "Ngày 9/7, tại Hà Nội, tỉnh Đồng Nai và tỉnh Bình Dương đã ký kết bản ghi nhớ về hợp"
                + " tác phát triển vùng.");
    assertThat(b.parties()).containsExactly("tỉnh Đồng Nai", "tỉnh Bình Dương");
  }

  @Test
  void aStateAfterAFrontedVenuesCommaSignsWithTheBodyAfterVa() {
    // vietnews-test-015102: main gave "Liên minh châu Âu" alone, "Việt Nam" read as Hà Nội's state
    Article a =
        lead(
            "Truyền thông quốc tế đưa tin Việt Nam và EU ký hai hiệp định thương mại và đầu tư",
            "Chiều 30/6, tại Hà Nội, Việt Nam và Liên minh châu Âu (EU) đã ký kết Hiệp định Thương"
                + " mại tự do (EVFTA) và Hiệp định Bảo hộ đầu tư (EVIPA).");
    assertThat(a.parties()).containsExactly("Việt Nam", "Liên minh châu Âu");
  }

  @Test
  void aListOfVenuesWithItsCommaAfterVaIsNoSide() {
    // the venue list keeps its comma after "và"; the subject after it signs
    Article a =
        body("Chiều 5/3, tại Hà Nội, Đà Nẵng và TP.HCM, Vietjet đã ký hợp đồng với Airbus.");
    assertThat(a.parties()).containsExactly("Vietjet", "Airbus");
  }

  @Test
  void theoBeforeTheVerbItselfIsTheSigningNotARecalledDocument() {
    // vietnews-test-017605 ("theo kí kết giữa ..."), against vietnews-train-028948 above
    Article a =
        lead(
            "Sinh viên, công nhân ở trọ được hưởng điện, nước giá rẻ",
            "Theo kí kết giữa Công ty điện lực Bình Phú, Tổng công ty cấp nước Sài Gòn và Quận đoàn"
                + " quận Bình Tân, công nhân, sinh viên ở trọ sẽ được chủ trọ đăng ký định mức điện,"
                + " nước.");
    assertThat(a.agreement()).isNotNull();
    assertThat(a.agreement().kind()).isEqualTo("ký kết");
  }

  @Test
  void earlierSigningsAreBackground() {
    // vietnews-test-004845, vietnews-test-007175, vietnews-train-028948, vietnews-train-036927,
    // vietnews-test-005486, vietnews-train-017819, vietnews-train-016498, vietnews-test-008964,
    // vietnews-train-097124
    String[] background = {
      "Trước đó, ngày 3-7, Công ty cổ phần điện mặt trời Trung Nam đã ký kết hợp đồng mua bán điện"
          + " với Công ty mua bán Điện (EPTC) thuộc Tập đoàn điện lực Viêt Nam (EVN).",
      "Trong 6 bức ảnh có tới 3 bức chụp Trump và Kim tại hội nghị thượng đỉnh lịch sử hôm 12/6"
          + " giữa Mỹ và Triều Tiên, nơi hai nguyên thủ đã ký thoả thuận chung về phi hạt nhân hoá.",
      "Lãnh đạo Bộ Giao thông cho biết đang rà soát các hợp đồng đã ký kết với Tập đoàn tư vấn"
          + " giao thông Nhật Bản (JTC).",
      "Triều Tiên kêu gọi Seoul tích cực hơn trong việc thực hiện các thoả thuận thượng đỉnh liên"
          + " Triều đã ký năm 2018.",
      "Đây là thoả thuận có tên đầy đủ là Kế hoạch hành động chung toàn diện (JCPOA) mà Iran cùng"
          + " nhóm P 5+1 (gồm Anh, Pháp, Nga, Mỹ, Trung Quốc và Ðức) đã ký năm 2015.",
      "Mỹ từ chối bàn giao 105 chiếc F -35 A cho Thổ Nhĩ Kỳ theo thoả thuận đã ký.",
      "Quả đạn được phóng vào thời điểm kỷ niệm 107 năm ngày ký kết hiệp ước Nhật - Triều năm 1910.",
      "Ngày 27/7 năm nay được cho là mang ý nghĩa biểu tượng, đánh dấu 65 năm ngày hai bên ký hiệp"
          + " ước đình chiến, chấm dứt đổ máu sau cuộc chiến kéo dài ba năm.",
      "Năm 2018, Cục Khoa học quân sự (Bộ Quốc phòng) và Quân chủng Phòng không - không quân đã ký"
          + " kết các văn bản hợp tác với Cơ quan Phát triển quốc tế Hoa Kỳ.",
      "Ông Trần Thế Thuận nói như vậy tại hội nghị sơ kết một năm ký kết thoả thuận hợp tác giữa"
          + " UBND TP. HCM và Tập đoàn Bưu chính viễn thông Việt Nam VNPT chiều 27-12."
    };
    for (String sentence : background) {
      Article a = body(sentence);
      assertThat(a.agreement()).as(sentence).isNull();
      assertThat(a.parties()).as(sentence).isEmpty();
    }
  }

  @Test
  void plansDenialsAndNegationsAreNoSigning() {
    // vietnews-train-026715 (kí), vietnews-train-011558 (kí), vietnews-train-092531
    String[] none = {
      "Tuy nhiên, ngay sau đó, cả Rwanda và Uganda đều phủ nhận thông tin là họ đã kí kết thoả"
          + " thuận nhận người tị nạn từ châu Phi với Israel.",
      "Sự kiện thượng đỉnh Mỹ - Triều Tiên vừa diễn ra, tuy chưa có thoả thuận cụ thể nào được kí"
          + " kết, đã đưa Việt Nam vào tâm điểm chú ý của thế giới.",
      "\"Chúng ta sẽ ký bản ghi nhớ về việc gửi và nhận lao động với Thái Lan, sau đó sẽ tiến tới"
          + " hợp tác\", ông Đàm cho hay.",
      // vietnews-test-012572 (a title), vietnews-train-025274
      "Mỹ - Israel cân nhắc ký hiệp ước phòng thủ chung.",
      "Chiến tranh Triều Tiên giai đoạn 1950 – 1953 tạm kết thúc với thoả thuận ngừng bắn, nhưng ông"
          + " Kim và ông Moon đã nhất trí kết thúc chiến tranh, mở đường chính thức ký hiệp ước hoà"
          + " bình."
    };
    for (String sentence : none) {
      assertThat(body(sentence).agreement()).as(sentence).isNull();
    }
  }

  @Test
  void registrationSignaturesDecisionsAndLabourContractsAreNoAgreement() {
    // vietnews-train-067908, vietnews-train-097734, vietnews-train-082650, vietnews-test-014385
    String[] none = {
      "Chiều 4/2, lãnh đạo công an xã Tam Sơn cho biết, Khá từng có 1 vợ đăng kí kết hôn vào năm"
          + " 2012.",
      "Hôm nay, Bảo hiểm xã hội Việt Nam bãi bỏ đề nghị xác nhận chữ ký.",
      "Nghị quyết của Bộ Chính trị được Tổng bí thư ký ngày 20-8.",
      "Sáng nay, Thanh tra Bộ yêu cầu Tổng Giám đốc VNpost thực hiện ký kết hợp đồng lao động cho"
          + " người lao động."
    };
    for (String sentence : none) {
      assertThat(body(sentence).agreement()).as(sentence).isNull();
    }
  }

  @Test
  void aSigningDeepInTheBodyIsFound() {
    // dantri-news_business_245: the signing is reported in the fifth sentence
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "VPBank đã chốt xong thương vụ bán 49% vốn FE Credit cho đối tác ngoại.",
                "Thương vụ được chờ đợi từ lâu.\nGiá trị chưa được công bố.\nCổ phiếu tăng.\n"
                    + "Nhà đầu tư kỳ vọng.\nCụ thể, sáng nay (28/4), lễ ký kết thỏa thuận giữa"
                    + " VPBank và Tập đoàn Tài chính Sumitomo Mitsui (Tập đoàn SMBC) đã diễn ra.",
                OffsetDateTime.parse("2021-04-28T12:00+07:00")));
    assertThat(a.parties()).contains("Tập đoàn Tài chính Sumitomo Mitsui");
    assertThat(a.agreement().kind()).isEqualTo("thỏa thuận");
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2021, 4, 28));
  }

  @Test
  void brandsWithoutAHeadSignWhereAPartyStandsButPeopleNever() {
    // vietnews-train-066054, vietnews-val-014259, vietnews-train-058788, vietnews-val-008300
    Article agribank =
        lead(
            "Agribank và Tập đoàn Yanmar (Nhật Bản) ký kết triển khai thoả thuận hợp tác",
            "Chiều 13/6, Agribank và tập đoàn Yanmar Nhật Bản tổ chức lễ ký kết thoả thuận.");
    assertThat(agribank.parties())
        .containsExactly(
            "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "Tập đoàn Yanmar");
    Article card =
        lead(
            "LienVietPostBank và BC Card ký biên bản ghi nhớ hợp tác",
            "Ngân hàng Bưu điện Liên Việt (LienVietPostBank) và Công ty TNHH BC Card (Hàn Quốc)"
                + " vừa ký kết Biên bản Ghi nhớ Hợp tác.");
    // a brand the article gives in brackets, or after a company's head, is that body
    assertThat(card.parties())
        .containsExactly("Ngân hàng TMCP Bưu điện Liên Việt", "Công ty TNHH BC Card");
    Article summit =
        body(
            "Hôm 12/6, Trump và Kim đã ký thoả thuận chung tại Singapore. Phát biểu sau đó, ông"
                + " Trump nói hội nghị thành công.");
    assertThat(summit.parties()).doesNotContain("Trump");
    Article titled =
        body(
            "Tổng thống Mỹ Donald Trump tới Hà Nội. Hôm 12/6, Trump và Kim đã ký thoả thuận chung"
                + " tại Singapore.");
    assertThat(titled.parties()).doesNotContain("Trump");
    Article dashed =
        body(
            "Hôm 12/6, Tổng công ty dược Việt Nam - Vinapharm và Sanofi Việt Nam đã ký kết hợp"
                + " đồng hợp tác chiến lược.");
    assertThat(dashed.parties()).doesNotContain("Vinapharm").contains("Sanofi Việt Nam");
    Article actress = body("Ngay sau đó, cô chính thức ký hợp đồng với TVB hôm 12/6.");
    assertThat(actress.parties()).isEmpty(); // a person's contract with a company
  }

  @Test
  void witnessesAreNoSignatoriesAndAPlaceAfterTheDocumentsNameIsTheSigningPlace() {
    // vietnews-train-061061, vietnews-train-101390, vietnews-train-085498
    Article witnessed =
        body(
            "Ngày 13/6, tại Paris (Pháp), dưới sự chứng kiến của Tổng Bí thư Nguyễn Phú Trọng,"
                + " Vietjet và tập đoàn Safran đã ký biên bản ghi nhớ hợp tác toàn diện.");
    assertThat(witnessed.signatories()).isEmpty();
    Article watching =
        body(
            "Hôm 13/6, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Abe chứng kiến lễ ký kết văn kiện"
                + " giữa Bộ Y tế và Bộ Y tế Nhật Bản.");
    assertThat(watching.signatories()).isEmpty();
    Article between =
        body(
            "Chủ tịch nước Trần Đại Quang chứng kiến lễ ký giữa Bộ trưởng Đào Ngọc Dung và"
                + " Bộ trưởng Hàn Quốc Kim Dong Yeon hôm 13/6.");
    assertThat(between.signatories()).extracting(Article.Signatory::name).contains("Đào Ngọc Dung");
    Article treaty =
        body(
            "Việt Nam và 10 quốc gia khác vừa ký kết Hiệp định Đối tác Toàn diện và Tiến bộ"
                + " Xuyên Thái Bình Dương (CPTPP) tại Chile.");
    assertThat(treaty.agreement().place()).isEqualTo("Chile");
  }

  @Test
  void aCeremonyNamingNoSignerSignsTheAgreementOfTheSentenceBefore() {
    // dantri-news_tech_008
    Article a =
        lead(
            "MobiFone sẽ có quầy dịch vụ trong các showroom của FPT Shop",
            "MobiFone và FPT vừa đạt được thỏa thuận hợp tác chiến lược trong 3 lĩnh vực."
                + " Lễ ký kết diễn ra sáng 2/10 tại Hà Nội.");
    assertThat(a.parties()).containsExactly("MobiFone", "FPT");
    assertThat(a.agreement().place()).isEqualTo("Hà Nội");
  }

  @Test
  void aHeadOfStateSigningAMemoAloneIsNoAgreement() {
    // vietnews-val-004642
    Article a =
        lead(
            "Tổng thống Mỹ sẽ cấm thiết bị độ súng bump stock",
            "Tổng thống Mỹ ngày 20-2 thông báo đã ký bản ghi nhớ yêu cầu Bộ Tư pháp ra luật cấm"
                + " tất cả các thiết bị độ súng.");
    assertThat(a.agreement()).isNull();
  }

  @Test
  void aForeignCityIsThePlaceAsWritten() {
    // vietnews-train-030275
    Article a =
        body(
            "Sáng 9/3, lễ ký kết Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương"
                + " (CPTPP) đã diễn ra tại Thủ đô Santiago de Chile.");
    assertThat(a.agreement().place()).isEqualTo("Santiago de Chile");
    assertThat(a.parties()).doesNotContain("tỉnh Thái Bình");
  }

  @Test
  void pathologicalTextFinishesWithSaneOutput() {
    StringBuilder noPunctuation = new StringBuilder("Bộ Y tế và Bộ Công an ký kết ");
    while (noPunctuation.length() < 100_000) {
      noPunctuation.append("hai bên thống nhất ký kết thỏa thuận với Bộ Tài chính tại Hà Nội ");
    }
    Article a = lead(noPunctuation.toString(), "");
    assertThat(a.parties()).hasSizeLessThanOrEqualTo(6).contains("Bộ Y tế");

    StringBuilder manyVa = new StringBuilder("Bộ Y tế");
    for (int i = 0; i < 10_000; i++) {
      manyVa.append(" và Bộ Công an");
    }
    manyVa.append(" ký kết quy chế phối hợp.");
    Article b = lead(manyVa.toString(), "");
    assertThat(b.parties()).hasSizeLessThanOrEqualTo(6);
    assertThat(b.agreement().kind()).isEqualTo("quy chế phối hợp");
  }

  @Test
  void aContractWithAPersonCalledByTitleOrCallingIsThePersons() {
    // vietnews-train-087380: a company pays a poet for three poems
    Article poet =
        lead(
            "Tin tức",
            "Công ty Mỹ thuật và truyền thông ký hợp đồng với ông Vương Đình Trọng sử dụng 3 bài"
                + " thơ in sách, trả nhuận bút 150.000 đồng.");
    assertThat(poet.agreement()).isNull();
    assertThat(poet.parties()).isEmpty();
    // vietnews-train-102688: a coach's contract, told with "vừa"
    Article coach =
        lead(
            "Tin tức",
            "Bầu Đức vừa sang tận Hàn Quốc ký hợp đồng với HLV Park Hang - seo để dẫn dắt đội"
                + " tuyển bóng đá Việt Nam.");
    assertThat(coach.agreement()).isNull();
  }

  @Test
  void aSigningListedAfterAnActAheadIsAheadToo() {
    // vietnews-train-059285: a visit's programme, the verb opening the second act after a comma
    Article programme =
        lead(
            "Tổng thống Hàn Quốc đưa loạt sao giải trí sang Trung Quốc làm ấm quan hệ",
            "Hôm nay, ông sẽ có cuộc hội đàm thứ ba trong năm với ông Tập, ký kết một bản ghi nhớ"
                + " tạo đà cho các cuộc thảo luận về dịch vụ và đầu tư theo Hiệp định Thương mại"
                + " Tự do Hàn - Trung.");
    assertThat(programme.agreement()).isNull();
    // vietnews-train-014110: "làm việc" holds "việc", no word of what is ahead
    Article done =
        lead(
            "TP. HCM và Bình Dương lại ký kết xử lý ô nhiễm kênh Ba Bò",
            "Chiều 6-10, lãnh đạo UBND TP. HCM và lãnh đạo UBND tỉnh Bình Dương đã có buổi làm"
                + " việc, ký kết việc xử lý tình trạng ô nhiễm tại kênh Ba Bò nằm giáp ranh địa"
                + " bàn hai tỉnh, thành phố.");
    assertThat(done.agreement()).isNotNull();
  }

  @Test
  void aBareCeremonyInAnArticleOfOneSidedActsIsTheActs() {
    // vietnews-train-058278: executive orders, then "lễ ký" with nothing signed after it
    Article orders =
        lead(
            "Trump bỏ ký sắc lệnh khi bị hỏi về cựu cố vấn an ninh",
            "Trump ký các sắc lệnh liên quan tới việc nhận dạng và xác định các quốc gia bán phá"
                + " giá, theo Nhà Trắng, song lễ ký diễn ra sau cánh cửa đóng kín.");
    assertThat(orders.agreement()).isNull();
    // vietnews-train-043979: a bill signed into law, its ceremony told in the body
    Article law =
        threePart(
            "Bé trai bị teo cơ ôm Tổng thống Trump ở Nhà Trắng",
            "Ông Trump hôm 30/5 ký thông qua dự luật \"Quyền được thử\", CBS News đưa tin.",
            "Tham dự lễ ký kết ở Nhà Trắng có cậu bé McLinn từ bang Indiana.");
    assertThat(law.agreement()).isNull();
    // probe p16-004 (heldout-4): "Ký nghị quyết" of a "Nghị quyết liên tịch", a document of two
    // sides the article names, keeps its ceremony
    Article joint =
        threePart(
            "Tuổi trẻ công nhân Bình Dương có nghị quyết liên tịch mới",
            "BÌNH DƯƠNG - Ban Thường vụ Tỉnh Đoàn và Ban Thường vụ Liên đoàn Lao động tỉnh Bình"
                + " Dương đã ban hành Nghị quyết liên tịch về công tác vận động, tập hợp đoàn viên"
                + " thanh niên công nhân giai đoạn 2024 - 2027.",
            "Lễ ký kết diễn ra ngày 26/3/2024 tại Nhà Văn hóa Lao động tỉnh.\nKý nghị quyết có anh"
                + " Nguyễn Thanh Tâm, Bí thư Tỉnh Đoàn, và ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh"
                + " Bình Dương.");
    assertThat(joint.agreement()).isNotNull();
  }

  @Test
  void lastYearAfterTheDocumentIsAnEarlierSigning() {
    // vietnews-val-006702: the states of last year's deal, quoted in a story of a coming offensive
    Article recalled =
        lead(
            "Quân Chính phủ Syria đã sẵn sàng cho trận chiến lớn phía Tây Nam",
            "Một quan chức cấp cao của Jordan hôm qua (28/5) nói với Reuters rằng, 3 quốc gia đã"
                + " ký thoả thuận năm ngoái vẫn nhìn thấy sự cần thiết phải duy trì những nỗ lực.");
    assertThat(recalled.agreement()).isNull();
  }

  @Test
  void aSigningGivenAsAnAlternativeIsNotDone() {
    // vietnews-train-023793: "hay" (or) right before the verb
    Article talks =
        lead(
            "Uber sẽ chịu thua Grab tại Đông Nam Á?",
            "CNBC ngày 16-2 dẫn lời các nguồn thạo tin nói rằng hiện nay chưa có thoả thuận nào"
                + " được thông qua, và thời gian thảo luận hay ký kết vẫn chưa rõ.");
    assertThat(talks.agreement()).isNull();
  }

  @Test
  void aCeremonyOpeningASentenceWhoseNextClauseIsAheadIsAProgramme() {
    // vietnews-val-013530: a visit's programme told in the morning
    Article programme =
        lead(
            "Tổng thống Mỹ Obama thăm nhà sàn Bác Hồ vào trưa nay",
            "Sau lễ ký văn kiện với Chủ tịch nước Trần Đại Quang, ông Obama sẽ đi thăm nhà sàn Bác"
                + " Hồ và có cuộc tiếp xúc với Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tại đó.");
    assertThat(programme.agreement()).isNull();
    // vietnews-val-004973: a speech after the ceremony, its "sắp" in what the minister announces
    Article speech =
        lead(
            "Trung Quốc dùng tiền phong toả Đài Loan như thế nào?",
            "Phát biểu sau lễ ký thiết lập quan hệ ngoại giao với Trung Quốc ngày 28-5, Ngoại"
                + " trưởng Burkina Faso Alpha Barry thông báo một đoàn chuyên gia Trung Quốc sắp"
                + " sửa sang nước này trong một vài ngày tới.");
    assertThat(speech.agreement()).isNotNull();
  }

  @Test
  void aWordOfTimeInsideAPlacesNameSetsNoSigningEarlier() {
    // web-zt r16-049's shape, a sentence written for the test: "Hồi" of the district "Ngọc Hồi"
    // is no "hồi" (back in), so the commune's signing is this story's
    Article a =
        body(
            "Sáng 5/3, UBND xã Bờ Y, huyện Ngọc Hồi đã ký kết thỏa thuận hợp tác với Công ty Cổ"
                + " phần Sông Đà.");
    assertThat(a.agreement()).isNotNull();
    assertThat(a.parties()).containsExactly("Ủy ban nhân dân xã Bờ Y", "Công ty Cổ phần Sông Đà");
  }
}
