package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

class AgreementExtractorTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final String MOLISA = "Bộ Lao động - Thương binh và Xã hội";
  private static final String WOMEN = "Hội Liên hiệp Phụ nữ Việt Nam";
  private static final String LDLD_LA = "Liên đoàn Lao động tỉnh Long An";
  private static final String SO_LA = "Sở Lao động - Thương binh và Xã hội tỉnh Long An";
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2020-05-20T08:00+07:00");

  private static Article enrich(String title, String body, OffsetDateTime published) {
    return EXTRACTOR.enrich(SeedArticles.article(title, body, published));
  }

  @Test
  void seed000PartiesSignatoriesPeriodDateAndPlaceAreExact() {
    Article a = EXTRACTOR.enrich(SeedArticles.seed000());
    assertThat(a.parties()).containsExactly(MOLISA, WOMEN);
    assertThat(a.signatories())
        .containsExactly(
            new Article.Signatory("Đào Ngọc Dung", "Bộ trưởng", MOLISA),
            new Article.Signatory("Nguyễn Thị Thu Hà", "Chủ tịch", WOMEN));
    assertThat(a.agreement().period()).isEqualTo(new Article.Period(2019, 2022));
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2019, 10, 17));
    assertThat(a.agreement().place()).isEqualTo("Hà Nội");
    assertThat(a.agreement().kind()).isEqualTo("chương trình phối hợp");
    assertThat(a.organisations()).contains(MOLISA, WOMEN).doesNotContain("Đào Ngọc Dung");
  }

  @Test
  void seed004SharesTheProvinceAndReadsTheBareTinhAsLongAn() {
    Article a = EXTRACTOR.enrich(SeedArticles.seed004());
    assertThat(a.parties()).containsExactly(LDLD_LA, SO_LA);
    assertThat(a.signatories())
        .containsExactly(
            new Article.Signatory("Phạm Thị Quyên", "Phó Chủ tịch", LDLD_LA),
            new Article.Signatory("Nguyễn Đại Tánh", "Phó Giám đốc", SO_LA));
    assertThat(a.agreement().period()).isEqualTo(new Article.Period(2019, 2023));
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2019, 11, 12));
    assertThat(a.agreement().place()).isNull();
    assertThat(a.organisations()).containsExactly(LDLD_LA, SO_LA);
  }

  @Test
  void aSignerWhoSignsOnBehalfOfTheStateAfterTheVerbSignsForIt() {
    // a probe (p8-007), not a corpus sentence: "ký thay mặt Chính phủ Việt Nam" with no document
    // after the verb is the signing the lead told, and the state its side
    Article a =
        enrich(
            "Việt Nam - EU: Lễ ký kết hiệp định đối tác tự nguyện",
            "Lễ ký kết Hiệp định đối tác tự nguyện về thực thi luật lâm nghiệp giữa Việt Nam và"
                + " Liên minh châu Âu diễn ra sáng 19/10 tại Brussels (Bỉ).\nThứ trưởng Bộ Nông"
                + " nghiệp và Phát triển nông thôn Hà Công Tuấn ký thay mặt Chính phủ Việt Nam.",
            PUBLISHED);
    assertThat(a.signatories())
        .containsExactly(new Article.Signatory("Hà Công Tuấn", "Thứ trưởng", "Việt Nam"));
  }

  @Test
  void aViceMinisterAtTheMinistrysSeatSignsForItAndTheOtherTitleKeepsItsBody() {
    // the brief's probe of branch ag-signers5 (the shape is in no corpus article): main gave one
    // party, the ILO, and paired the vice-minister with it
    String sentence =
        "Chiều 3/3, tại trụ sở Bộ Lao động - Thương binh và Xã hội, Thứ trưởng Lê Văn Thanh và"
            + " Giám đốc ILO Việt Nam Ingrid Christensen đã ký kết chương trình hợp tác.";
    Article a = enrich("Ký kết", sentence, PUBLISHED);
    assertThat(a.parties()).containsExactlyInAnyOrder("Tổ chức Lao động Quốc tế", MOLISA);
    assertThat(a.signatories())
        .containsExactly(
            new Article.Signatory("Lê Văn Thanh", "Thứ trưởng", MOLISA),
            new Article.Signatory("Ingrid Christensen", "Giám đốc", "Tổ chức Lao động Quốc tế"));
    // the ILO's director unnamed: the vice-minister, the only signer read, is not the ILO's
    Article b =
        enrich(
            "Ký kết",
            "Chiều 3/3, Thứ trưởng Lê Văn Thanh và Giám đốc ILO tại Việt Nam đã ký kết chương"
                + " trình hợp tác.",
            PUBLISHED);
    assertThat(b.parties()).containsExactly("Tổ chức Lao động Quốc tế");
    assertThat(b.signatories())
        .containsExactly(new Article.Signatory("Lê Văn Thanh", "Thứ trưởng", null));
  }

  @Test
  void genericProvincialBodiesAreNeitherPartiesNorOrganisations() {
    Article a = EXTRACTOR.enrich(SeedArticles.seed000());
    assertThat(a.organisations())
        .noneMatch(o -> o.startsWith("Sở ") || o.startsWith("Ủy ban nhân dân"))
        .noneMatch(o -> o.equals("Hội Liên hiệp Phụ nữ"));
    Article b =
        enrich(
            "Sở LĐ-TB&XH và Hội LHPN các tỉnh ký kết chương trình phối hợp",
            "UBND cấp tỉnh bố trí kinh phí.",
            PUBLISHED);
    assertThat(b.parties()).isEmpty();
    assertThat(b.organisations()).isEmpty();
  }

  @Test
  void articleWithoutTriggerHasOrganisationsButNoPartiesOrAgreement() {
    Article a =
        enrich(
            "Bộ LĐ-TB&XH và Hội LHPN Việt Nam tổ chức hội thảo",
            "Sáng 12/11, tại Hà Nội, Bộ LĐ-TB&XH phối hợp với BHXH Việt Nam tổ chức hội thảo.",
            PUBLISHED);
    assertThat(a.parties()).isEmpty();
    assertThat(a.agreement()).isNull();
    assertThat(a.signatories()).isEmpty();
    assertThat(a.organisations()).containsExactly(MOLISA, WOMEN, "Bảo hiểm xã hội Việt Nam");
  }

  @Test
  void foreignLabourMinistriesAreNotOursAndKeepTheirCountry() {
    Article a = enrich("Bộ Lao động Mỹ công bố số liệu việc làm", "Bộ LĐ-TB&XH theo dõi.", null);
    assertThat(a.organisations()).containsExactly("Bộ Lao động Hoa Kỳ", MOLISA);
  }

  @Test
  void twoPortsThatSignAreTheParties() {
    // written for branch ag-heads-s16 in the shape of real news from other sites
    Article a =
        enrich(
            "Cảng Quốc tế Cam Ranh ký kết hợp tác với Cảng Busan",
            "Ngày 12/5, Cảng Quốc tế Cam Ranh đã ký kết biên bản ghi nhớ hợp tác với Cảng Busan (Hàn"
                + " Quốc) về đào tạo nhân lực và kết nối tuyến container.",
            PUBLISHED);
    assertThat(a.parties()).containsExactlyInAnyOrder("Cảng Quốc tế Cam Ranh", "Cảng Busan");
  }

  @Test
  void marriageRegistrationIsNotATrigger() {
    Article a =
        enrich(
            "Hai người bị phạt vì chưa đăng ký kết hôn",
            "UBND tỉnh Vĩnh Long xử phạt hai người chưa làm thủ tục đăng ký kết hôn.",
            PUBLISHED);
    assertThat(a.agreement()).isNull();
    assertThat(a.organisations()).containsExactly("Ủy ban nhân dân tỉnh Vĩnh Long");
  }

  @Test
  void sharedProvinceAndAbbreviatedProvincialBodies() {
    Article a =
        enrich(
            "LĐLĐ và BHXH TP.HCM ký quy chế phối hợp giai đoạn 2021 - 2025",
            "Sáng 3/3, tại TP.HCM, Liên đoàn Lao động và Bảo hiểm xã hội thành phố đã ký kết.",
            PUBLISHED);
    assertThat(a.parties())
        .containsExactly(
            "Liên đoàn Lao động Thành phố Hồ Chí Minh", "Bảo hiểm xã hội Thành phố Hồ Chí Minh");
    assertThat(a.agreement().kind()).isEqualTo("quy chế phối hợp");
    assertThat(a.agreement().period()).isEqualTo(new Article.Period(2021, 2025));
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2020, 3, 3));
    assertThat(a.agreement().place()).isEqualTo("Thành phố Hồ Chí Minh");
  }

  @Test
  void signatoriesAreKeptApartFromParties() {
    Article a =
        enrich(
            "Tổng LĐLĐ Việt Nam và Ngân hàng Chính sách xã hội ký kết thỏa thuận hợp tác",
            "Chiều 5/6, Phó Chủ tịch Tổng LĐLĐ Việt Nam Trần Thanh Hải và Tổng Giám đốc"
                + " NHCSXH Dương Quyết Thắng đã ký kết thỏa thuận.",
            PUBLISHED);
    assertThat(a.parties())
        .containsExactly("Tổng Liên đoàn Lao động Việt Nam", "Ngân hàng Chính sách xã hội");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name)
        .containsExactly("Trần Thanh Hải", "Dương Quyết Thắng");
    assertThat(a.parties()).doesNotContain("Trần Thanh Hải", "Dương Quyết Thắng");
    assertThat(a.signatories().get(1).party()).isEqualTo("Ngân hàng Chính sách xã hội");
  }

  @Test
  void bodiesInBracketsAreContextNotParties() {
    Article a =
        enrich(
            "Sáng nay 22/4 tại Hà Nội, Tổng cục Giáo dục nghề nghiệp và Cục Việc làm (trực thuộc"
                + " Bộ LĐ-TB&XH) đã ký kết chương trình phối hợp.",
            "Hai đơn vị đưa ra 33 hoạt động.",
            OffsetDateTime.parse("2021-04-22T10:00+07:00"));
    assertThat(a.parties()).containsExactly("Tổng cục Giáo dục nghề nghiệp", "Cục Việc làm");
    assertThat(a.organisations()).contains(MOLISA);
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2021, 4, 22));
    assertThat(a.agreement().place()).isEqualTo("Hà Nội");
  }

  @Test
  void aMinistryInBracketsAfterItsUnitIsTheParentNotTheUnitsName() {
    // vietnews-train-103615 writes the shape ("Viện Chiến lược và phát triển GTVT (Bộ GTVT)");
    // probe p35-027 signs with it: the unit signs, its ministry only places it
    Article a =
        enrich(
            "Hợp tác với Hàn Quốc phát triển thủy lợi thông minh",
            "Tổng cục Thủy lợi (Bộ NN&PTNT) và Tổng công ty Nông thôn Hàn Quốc (KRC) vừa ký bản ghi"
                + " nhớ về hợp tác kỹ thuật trong lĩnh vực thủy lợi, phòng chống thiên tai giai"
                + " đoạn 2019 - 2024.",
            OffsetDateTime.parse("2019-11-08T10:00+07:00"));
    assertThat(a.parties()).containsExactly("Tổng cục Thủy lợi", "Tổng công ty Nông thôn Hàn Quốc");
    assertThat(a.organisations()).contains("Bộ Nông nghiệp và Phát triển nông thôn");
    Article b =
        enrich(
            "Ký bản ghi nhớ hợp tác",
            "Vụ Công nghệ cao (Bộ KH&CN) và Công ty Plannet của Mỹ đã ký bản ghi nhớ nhằm xây dựng"
                + " chương trình trao đổi.",
            OffsetDateTime.parse("2019-11-08T10:00+07:00"));
    assertThat(b.parties()).containsExactly("Vụ Công nghệ cao", "Công ty Plannet");
  }

  @Test
  void kindIsNotTakenFromASentenceThatTellsNoSigning() {
    // vietnews-train-025655: a partnership is no document; the fisheries hotline agreement the
    // leaders welcome is another one
    Article a =
        enrich(
            "Việt Nam - Brunei thiết lập đối tác toàn diện",
            "Nhân chuyến thăm cấp nhà nước Việt Nam của Quốc vương Brunei Darussalam Haji Hassanal"
                + " Bolkiah, hai bên đã ký kết quan hệ đối tác toàn diện ngày 27-3 tại Hà Nội.\n"
                + "Hai bên cho rằng hợp tác biển là lĩnh vực quan trọng cần quan tâm đẩy mạnh trong"
                + " thời gian tới, hoan nghênh thoả thuận cấp chính phủ về thiết lập đường dây nóng"
                + " hỗ trợ hoạt động nghề cá trên biển.",
            null);
    assertThat(a.agreement().kind()).isEqualTo("ký kết");
  }

  @Test
  void kindIsReadInTheSentenceBeforeTheCeremonyAndAfterAnOpeningTheo() {
    // dantri-news_tech_008: the document is named, then "Lễ ký kết diễn ra ..."
    Article a =
        enrich(
            "MobiFone sẽ có quầy dịch vụ trong các showroom của FPT Shop",
            "MobiFone và FPT vừa đạt được thỏa thuận hợp tác chiến lược trong 3 lĩnh vực gồm: Viễn"
                + " thông, Công nghệ thông tin (CNTT) và Thương mại bán lẻ.\nLễ ký kết diễn ra sáng"
                + " 2/10 tại Hà Nội.",
            PUBLISHED);
    assertThat(a.agreement().kind()).isEqualTo("thỏa thuận hợp tác");
    // vietnews-train-072955: "Theo biên bản ghi nhớ, ..." gives the terms of what was just signed
    Article b =
        enrich(
            "Triển khai chương trình ' Kiến tạo doanh nhân trẻ '",
            "Chiều 20-9, Tập đoàn Nguyễn Hoàng (NHG) và Junior Achievement Vietnam (Tổ chức Tuổi"
                + " trẻ thành đạt - JA) đã ký kết hợp tác triển khai chương trình “Kiến tạo doanh"
                + " nhân trẻ”.\nTheo biên bản ghi nhớ, hai bên sẽ phối hợp cùng nhau triển khai"
                + " chương trình \"Kiến tạo doanh nhân trẻ\".",
            null);
    assertThat(b.agreement().kind()).isEqualTo("biên bản ghi nhớ");
  }

  @Test
  void aRecordOfAnAgreementIsTheAgreement() {
    // vietnews-test-014996: "biên bản thoả thuận hợp tác" is no memorandum
    Article a =
        enrich(
            "Thủ tướng kết thúc tham dự Hội nghị Cấp cao hợp tác Mekong - Nhật Bản",
            "Ngay tại Hội nghị, dưới sự chứng kiến của Thủ tướng, hai bên đã ký kết, trao đổi 19"
                + " biên bản thoả thuận hợp tác trong nhiều lĩnh vực, có tổng giá trị cam kết gần 10"
                + " tỷ USD.",
            null);
    assertThat(a.agreement().kind()).isEqualTo("thỏa thuận hợp tác");
    // vietnews-train-019653
    Article b =
        enrich(
            "TP. HCM và 13 tỉnh, thành ĐBSCL hợp tác ngăn sốt giá cục bộ",
            "Sáng 19-12, tại Hội nghị tổng kết công tác bình ổn thị trường giữa 13 tỉnh, thành phố"
                + " khu vực ĐBSCL và TP. HCM diễn ra ở Long An, đại diện các tỉnh đã cùng ký biên bản"
                + " thoả thuận kết nối cung cầu hàng hoá, bình ổn thị trường.",
            null);
    assertThat(b.agreement().kind()).isEqualTo("thỏa thuận");
  }

  @Test
  void anInternationalBodyKnownByAcronymTakesItsListedVietnameseName() {
    // vietnews-train-023665: MRC is the Mekong commission, the body its director signs for
    Article a =
        enrich(
            "Đức, EU tài trợ 10 triệu USD cho hợp tác Mekong",
            "Chính phủ Đức và Liên minh châu Âu (EU) vừa ký kết thoả thuận tài trợ 10 triệu USD cho"
                + " Uỷ hội Sông Mekong (MRC) nhằm thúc đầy hợp tác đa quốc gia tại khu vực Mekong.\n"
                + "Thoả thuận tài trợ của Đức, trị giá khoảng 4,6 triệu USD, được ký kết giữa giám"
                + " đốc điều hành MRC Phạm Tuấn Phan và đại sứ Đức tại Lào Jens Lutkenherm.",
            null);
    assertThat(a.signatories())
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Phạm Tuấn Phan", "Ủy hội sông Mê Công quốc tế"));
    // probe p22-010 (heldout-10): the federation's name, not its acronym
    Article b =
        enrich(
            "Hội Chữ thập đỏ Việt Nam và IFRC ký thỏa thuận ứng phó thiên tai",
            "Trung ương Hội Chữ thập đỏ Việt Nam và Liên đoàn Quốc tế các Hội Chữ thập đỏ và Trăng"
                + " lưỡi liềm đỏ (IFRC) vừa cùng ký thỏa thuận khung về hợp tác ứng phó thiên tai.",
            null);
    assertThat(b.parties())
        .containsExactly(
            "Hội Chữ thập đỏ Việt Nam",
            "Liên đoàn Quốc tế các Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ");
  }

  @Test
  void dayAroundNewYearTakesThePreviousYear() {
    Article a =
        enrich(
            "Ký kết biên bản ghi nhớ",
            "Tối 30/12, Bộ Y tế và UNICEF đã ký biên bản ghi nhớ.",
            OffsetDateTime.parse("2020-01-02T09:00+07:00"));
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2019, 12, 30));
    assertThat(a.agreement().kind()).isEqualTo("biên bản ghi nhớ");
    assertThat(a.parties()).containsExactly("Bộ Y tế", "Quỹ Nhi đồng Liên Hợp Quốc");
  }

  @Test
  void dateFormsAndYearRules() {
    String title = "Ký kết chương trình phối hợp";
    assertThat(signed(title, "Ngày 24/4/2021, hai bên ký kết.", null))
        .isEqualTo(LocalDate.of(2021, 4, 24));
    assertThat(signed(title, "Chiều 12/11, hai bên ký kết.", null)).isNull();
    assertThat(signed(title, "Sáng nay (8/1), hai bên ký kết.", PUBLISHED))
        .isEqualTo(LocalDate.of(2020, 1, 8));
    assertThat(signed(title, "Tỷ lệ 1/10 lao động, hai bên ký kết.", PUBLISHED)).isNull();
    assertThat(signed(title, "Ngày 31/4, hai bên ký kết.", PUBLISHED)).isNull();
    assertThat(signed(title, "Trưa 17-10, hai bên ký kết.", PUBLISHED))
        .isEqualTo(LocalDate.of(2019, 10, 17));
  }

  /**
   * vietnews-train-050350: the lead's signing gives the parties; the body's "Hợp đồng, được ký bởi
   * đại diện Nga và Indonesia hôm 14/2 tại thủ đô Jakarta" tells it again as news and says where.
   */
  @Test
  void aSigningToldAgainWithoutPartiesSaysWhere() {
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Indonesia chi hơn 1,1 tỷ USD mua Su -35 của Nga",
                "Indonesia ký hợp đồng mua 11 chiến đấu cơ Su -35 từ Nga trị giá 1,14 tỷ USD, bắt"
                    + " đầu nhận máy bay từ tháng 8/2018.",
                "Chiến đấu cơ Su -35.\nHợp đồng, được ký bởi đại diện Nga và Indonesia hôm 14/2"
                    + " tại thủ đô Jakarta, trị giá 1,14 tỷ USD, Totok Sugiharto, người phát ngôn"
                    + " Bộ Quốc phòng Indonesia, nói với AFP ngày 17/2.",
                null));
    assertThat(a.agreement().place()).isEqualTo("Jakarta");
  }

  private static LocalDate signed(String title, String body, OffsetDateTime published) {
    return enrich(title, body, published).agreement().signedOn();
  }

  @Test
  void periodNeedsTwoYearsJoinedByADash() {
    Article a = enrich("Ký kết chương trình phối hợp giai đoạn 2016 – 2020", "", PUBLISHED);
    assertThat(a.agreement().period()).isEqualTo(new Article.Period(2016, 2020));
    Article b = enrich("Ký kết chương trình phối hợp giai đoạn mới", "Năm 2019 2020.", PUBLISHED);
    assertThat(b.agreement().period()).isNull();
  }

  @Test
  void namedBodiesComeOutWhole() {
    Article a =
        enrich(
            "Công ty Cổ phần LILAMA 10 và Công đoàn Viên chức Việt Nam ký kết thỏa thuận hợp tác",
            "Các cấp Công đoàn trong tỉnh và công ty này đã ký.",
            PUBLISHED);
    assertThat(a.parties())
        .containsExactly("Công ty Cổ phần LILAMA 10", "Công đoàn Viên chức Việt Nam");
    assertThat(a.organisations()).hasSize(2);
  }

  @Test
  void theLeadsContractNamesMoreThanTheTitlesBareCooperation() {
    // a probe (p8-033 of the general-news probes, not a corpus article): the title's "ký kết hợp
    // tác" and the lead's contract are one signing; the lead's noun is the document
    String lead =
        "Ngày 14/3, tại Sơn La, Bệnh viện Bạch Mai và Bệnh viện Đa khoa tỉnh Sơn La đã ký kết hợp"
            + " đồng chuyển giao kỹ thuật can thiệp tim mạch.";
    String title = "Bệnh viện Bạch Mai ký kết hợp tác với Bệnh viện Đa khoa tỉnh Sơn La";
    Article a = EXTRACTOR.enrich(SeedArticles.article(title, lead, FILLER_BODY, null));
    assertThat(a.agreement().kind()).isEqualTo("hợp đồng");
    // vietnews-test-013918: a contract in the body is one more document of the ceremony
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "SCB hợp tác triển khai dự án Treasury - Fis Front Arena",
                "Ngày 22/5/2017, tại khách sạn Windsor Plaza, TP. HCM đã long trọng diễn ra Lễ Ký"
                    + " kết hợp tác triển khai dự án Treasury - Fis Front Arena giữa Ngân hàng TMCP"
                    + " Sài Gòn (SCB) và Blitz, E & Y.",
                "Diễn ra đồng thời tại sự kiện, là Lễ ký kết Hợp đồng cung cấp dịch vụ tư vấn triển"
                    + " khai hệ thống Treasury giữa SCB và EY.",
                null));
    assertThat(b.agreement().kind()).isEqualTo("hợp tác");
  }

  @Test
  void aPassiveSignsTheDocumentItsSentenceOpensWith() {
    // a probe (v022b of the general-news probes): "Hợp đồng ... đã được ký kết" names a contract
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Tin vắn",
                "Hợp đồng giữa Techcombank và Manulife Việt Nam đã được ký kết sáng 2/10.",
                FILLER_BODY,
                null));
    assertThat(a.agreement().kind()).isEqualTo("hợp đồng");
    // vietnews-train-086630: of a list of documents signed, the first
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Hơn 1.500 doanh nghiệp tham gia hội nghị kết nối cung - cầu",
                "Hội nghị năm nay thu hút hơn 1.500 doanh nghiệp đến từ 35 tỉnh, thành của cả nước"
                    + " tham gia.",
                "Tại hội nghị, có hơn 306 hợp đồng, bản ghi nhớ cung ứng và phân phối được ký kết"
                    + " giữa các bên.",
                null));
    assertThat(b.agreement().kind()).isEqualTo("hợp đồng");
  }

  @Test
  void aLooseThoaThuanYieldsToTheContractOrMemorandumThatTellsTheSameSigning() {
    // probe p8-018 (general): the title's "thỏa thuận tài trợ" is the lead's "hợp đồng tài trợ"
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Sabeco ký thỏa thuận tài trợ với Liên đoàn Bóng đá Việt Nam",
                "Chiều 3/7, tại Hà Nội, Sabeco và Liên đoàn Bóng đá Việt Nam (VFF) đã ký kết hợp"
                    + " đồng tài trợ cho các đội tuyển quốc gia trong 3 năm.",
                "Theo hợp đồng, Sabeco tài trợ 60 tỷ đồng cho VFF.",
                null));
    assertThat(a.agreement().kind()).isEqualTo("hợp đồng");
    // vietnews-train-041768: the lead's memorandum is the body's "thoả thuận sơ bộ"
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Nga có thể đổi 11 tiêm kích Su -35 lấy nông sản Indonesia",
                "Nga ký biên bản ghi nhớ về thương vụ bán chiến đấu cơ Su -35 cho Indonesia theo"
                    + " nguyên tắc hàng đổi hàng.",
                "Tiêm kích đa năng Su -35 của Nga.\nTập đoàn vũ khí Rostec của Nga và tập đoàn quốc"
                    + " doanh Perusahaan Perdagangan của Indonesia vừa ký thoả thuận sơ bộ về việc"
                    + " trao đổi các tiêm kích đa năng Su -35 lấy các mặt hàng nông sản như dầu cọ"
                    + " và cà phê, Bangkok Post ngày 6/8 đưa tin.",
                null));
    assertThat(b.agreement().kind()).isEqualTo("biên bản ghi nhớ");
    // vietnews-test-018345: a contract told with "cũng" is one more document of the visit, and
    // the leaders' "thoả thuận" stays the kind
    Article c =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Nga - Trung nhất trí dùng nội tệ giao dịch, giảm lệ thuộc USD",
                "Trong khuôn khổ chuyến thăm cấp nhà nước của ông Tập Cận Bình đến Nga, hai nhà"
                    + " lãnh đạo đã ký kết thoả thuận sử dụng đồng tiền của hai nước trong hoạt"
                    + " động giao thương.",
                "Trong cuộc họp báo sau hội đàm, ông Putin khẳng định hai nước đã ký kết những"
                    + " thoả thuận liên chính phủ về việc mở rộng sử dụng đồng nhân dân tệ và đồng"
                    + " rúp.\nCũng trong cuộc gặp ngày 5-6, nhiều thoả thuận lớn khác giữa hai"
                    + " nước đã được ký kết.\nTổng công ty Điện hạt nhân quốc gia Nga Rosatom và"
                    + " Tổng công ty Điện hạt nhân quốc gia Trung Quốc cũng đã ký kết một hợp đồng"
                    + " tổng quát về việc xây dựng các đơn vị thứ 3 và thứ 4 tại nhà máy điện hạt"
                    + " nhân Xudapu.",
                null));
    assertThat(c.agreement().kind()).isEqualTo("thỏa thuận");
  }

  @Test
  void theLeadsContractNamesACaptionsBareHopTac() {
    // vietnews-train-084872: the caption's "lễ ký kết hợp tác" is the lead's export contract
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.captioned(
                "NutiFood tấn công thị trường sữa ' cực kỳ khó tính ' Hoa Kỳ",
                "Sau nhiều năm chuẩn bị, NutiFood sáng nay vừa ký với Công ty Delori (Mỹ) đã ký kết"
                    + " hợp đồng xuất khẩu sản phẩm sữa bột pha sẵn dành cho trẻ em biếng ăn Pedia"
                    + " Plus sang thị trường Hoa Kỳ.",
                "Theo ông Trần Thanh Hải, Chủ tịch hội đồng quản trị NutiFood, để có được hợp đồng"
                    + " xuất khẩu nói trên, công ty đã mất hơn một năm đàm phán với đối tác.",
                "Ông Trần Thanh Hải, Chủ tịch HĐQT NutiFood, ký kết hợp tác với ông Jaime Brown,"
                    + " Chủ tịch Công ty thực phẩm Delori tại lễ ký kết hợp tác giữa NutiFood với"
                    + " đối tác Delori xuất khẩu Pedia Plus sang thị trường Mỹ sáng 18-1 - Ảnh:"
                    + " QUANG ĐỊNH."));
    assertThat(a.agreement().kind()).isEqualTo("hợp đồng");
  }

  @Test
  void aDocumentToldWithCungAfterUnnamedDocumentsDoesNotNameTheKind() {
    // probe p12-031 (heldout-2): "cũng trao hiệp định" is one more of the 12 documents; the
    // sentences that tell the signing name the first, the memorandum
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Việt Nam và Lào ký 12 văn kiện hợp tác trong chuyến thăm của Thủ tướng",
                "Chiều 11/1 tại Vientiane, dưới sự chứng kiến của Thủ tướng hai nước, các bộ, ngành"
                    + " Việt Nam và Lào đã trao 12 văn kiện hợp tác.",
                "Trong đó có biên bản ghi nhớ giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Lào về"
                    + " tham khảo chính trị giai đoạn 2024-2028.\nHai bên cũng trao hiệp định hợp"
                    + " tác song phương giai đoạn 2024-2025 và các thỏa thuận về giáo dục, năng"
                    + " lượng, giao thông.",
                null));
    assertThat(a.agreement().kind()).isEqualTo("biên bản ghi nhớ");
  }

  @Test
  void aSentenceThatNamesAKindOfBodyDoesNotStopTheKind() {
    // probe p5-004 of eval/probes/labour.jsonl (not a corpus article): its title's "Bưu điện tỉnh"
    // is a mention without a name; the kind's check of a ceremony's other documents once asked an
    // immutable list whether it held that null name, and the article failed to parse
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Thanh Hóa: BHXH và Bưu điện tỉnh ký hợp đồng chi trả lương hưu",
                "Sáng 2/1, đại diện Bảo hiểm xã hội tỉnh Thanh Hóa và đại diện Bưu điện tỉnh Thanh"
                    + " Hóa đã ký hợp đồng chi trả lương hưu, trợ cấp bảo hiểm xã hội qua hệ thống"
                    + " bưu điện năm 2024.",
                "Theo hợp đồng, Bưu điện tỉnh tiếp tục chi trả lương hưu, trợ cấp cho hơn 120.000"
                    + " người hưởng trên địa bàn toàn tỉnh.",
                null));
    assertThat(a.parties())
        .containsExactly("Bảo hiểm xã hội tỉnh Thanh Hóa", "Bưu điện tỉnh Thanh Hóa");
    assertThat(a.agreement().kind()).isEqualTo("hợp đồng");
  }

  @Test
  void anotherDocumentOfTheCeremonyDoesNotNameTheFirst() {
    // a probe (p8-006 of the general-news probes, not a corpus article): the second document,
    // between other bodies, is one more document; the kind is the first's
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Chủ tịch nước chứng kiến trao văn kiện hợp tác Việt Nam - Chile",
                "Trong khuôn khổ chuyến thăm cấp Nhà nước tới Chile, Chủ tịch nước và Tổng thống"
                    + " Gabriel Boric đã chứng kiến trao các văn kiện hợp tác.",
                "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ trao Bản ghi nhớ hợp tác giữa Học viện"
                    + " Ngoại giao Việt Nam và Học viện Ngoại giao Andrés Bello của Chile.\nHai bên"
                    + " cũng trao Thỏa thuận hợp tác giữa Thông tấn xã Việt Nam và Hãng thông tấn"
                    + " EFE.",
                null));
    assertThat(a.agreement().kind()).isEqualTo("biên bản ghi nhớ");
    // the probe's variant v006a: the two documents in the lead's two sentences
    Article lead =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Tin vắn",
                "Hai nhà lãnh đạo chứng kiến lễ trao Bản ghi nhớ hợp tác giữa Học viện Ngoại giao"
                    + " Việt Nam và Học viện Ngoại giao Andrés Bello. Hai bên cũng trao Thỏa thuận"
                    + " hợp tác giữa Thông tấn xã Việt Nam và Hãng thông tấn EFE.",
                FILLER_BODY,
                null));
    assertThat(lead.agreement().kind()).isEqualTo("biên bản ghi nhớ");
    // vietnews-test-005860: the body names the lead's "thoả thuận" more fully, between the same
    // states, though its sentence names a ministry too
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Myanmar ký thoả thuận hồi hương người Rohingya",
                "Myanmar và Bangladesh đã ký một thoả thuận mở đường cho khả năng trở lại Myanmar"
                    + " của người dân tộc thiểu số đạo Hồi Rohingya, theo AFP.",
                "Myint Kyaing, thư ký thường trực Bộ Lao động, Nhập cư và Dân số Myanmar xác nhận"
                    + " Myanmar và Bangladesh đã \"ký một biên bản ghi nhớ ngày hôm nay\" về vấn đề"
                    + " trên, theo AFP.",
                null));
    assertThat(b.agreement().kind()).isEqualTo("biên bản ghi nhớ");
  }

  private static final String FILLER_BODY = "Hai bên cam kết hợp tác lâu dài.";

  /** vietnews-train-052409 (a financing accord) and -048154 (a treaty), sentences as written. */
  @Test
  void theKindIsTheNounTheArticleWrites() {
    String afd =
        "Cơ quan Phát triển Pháp hôm nay ký thoả ước viện trợ không hoàn lại trị giá một triệu euro"
            + " cho Việt Nam.";
    Article aid =
        enrich("Pháp viện trợ không hoàn lại một triệu euro cho Việt Nam", afd, PUBLISHED);
    assertThat(aid.agreement().kind()).isEqualTo("thỏa ước");
    // a bare "thoả ước" is the collective labour agreement where the article names it in full
    String labour =
        " Hầu hết những DN này đều đưa lương tháng 13 vào thoả ước lao động tập thể nên việc"
            + " thưởng Tết đã được dự trù từ đầu năm.";
    Article collective = enrich("Pháp viện trợ", afd + labour, PUBLISHED);
    assertThat(collective.agreement().kind()).isEqualTo("thỏa ước lao động tập thể");
    // labour news abbreviates it (no corpus article does): "TƯLĐTT", or without the horn
    Article abbreviated =
        enrich(
            "Ký kết TƯLĐTT nhóm doanh nghiệp",
            "Sáng 12/11, Công đoàn Khu công nghiệp Quang Minh và 12 doanh nghiệp đã ký kết TULĐTT"
                + " nhóm doanh nghiệp.",
            PUBLISHED);
    assertThat(abbreviated.agreement().kind()).isEqualTo("thỏa ước lao động tập thể");
    Article treaty =
        enrich(
            "Pháp - Đức ký hiệp ước mới, tiến tới thành lập quân đội châu Âu",
            "Thủ tướng Đức Angela Merkel và Tổng thống Pháp Emmanuel Macron hôm qua ký một hiệp"
                + " ước hữu nghị mới tại thành phố Aachen, Đức.",
            PUBLISHED);
    assertThat(treaty.agreement().kind()).isEqualTo("hiệp ước");
  }

  @Test
  void captionsAreReadForSignatories() {
    Article base = SeedArticles.article("Bộ Y tế và Bộ Công an ký kết quy chế phối hợp", "", null);
    Article a =
        SeedArticles.captioned(
            base.title(),
            null,
            "Hai bên thống nhất.",
            "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến ký kết quy chế");
    assertThat(EXTRACTOR.enrich(a).signatories())
        .containsExactly(new Article.Signatory("Nguyễn Thị Kim Tiến", "Bộ trưởng", "Bộ Y tế"));
  }

  @Test
  void theOneSignerLeftWithoutAPartySignsForTheOnePartyLeft() {
    // vietnews-test-011589: Turnbull signs for Australia, so Nguyễn Xuân Phúc for Việt Nam
    Article a =
        enrich(
            "Việt Nam và Australia thiết lập quan hệ Đối tác chiến lược",
            "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Australia Malcolm Turnbull hôm nay ký Tuyên"
                + " bố chung về thiết lập quan hệ Đối tác chiến lược giữa Việt Nam và Australia"
                + " tại Canberra.",
            PUBLISHED);
    assertThat(a.signatories())
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Nguyễn Xuân Phúc", "Việt Nam"),
            org.assertj.core.groups.Tuple.tuple("Malcolm Turnbull", "Australia"));
  }

  @Test
  void theNextSentenceRetellingTheDocumentGivesItsPeriod() {
    // vietnews-train-083835: the lead tells the signing, the next sentence the memorandum's years
    Article a =
        enrich(
            "CNN sẽ quảng bá hình ảnh Hà Nội trong 5 năm tới",
            "Hình ảnh thủ đô Hà Nội sẽ xuất hiện trên kênh truyền hình quốc tế CNN trong 5 năm tới"
                + " theo một biên bản ghi nhớ vừa ký kết giữa lãnh đạo TP Hà Nội và Mạng tin tức"
                + " truyền hình cáp CNN, ngày 20-5 tại Hà Nội.\nTheo đó, ông Ngô Văn Quý - phó chủ"
                + " tịch TP Hà Nội và bà Sunita Rajan, phó chủ tịch cấp cao khu vực châu Á - Thái"
                + " Bình Dương của Mạng tin tức truyền hình cáp CNN của Mỹ đã ký bản ghi nhớ về"
                + " chương trình hợp tác quảng bá thành phố Hà Nội trên kênh CNN quốc tế giai đoạn"
                + " 2019-2024.",
            null);
    assertThat(a.agreement().kind()).isEqualTo("biên bản ghi nhớ");
    assertThat(a.agreement().period()).isEqualTo(new Article.Period(2019, 2024));
  }

  @Test
  void aDayWithoutItsYearTakesTheYearTheArticleWritesItWith() {
    // vietnews-train-067783: no publication date; the lead writes the day with its year
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Trao quyền sở hữu ApartHotel chuẩn 5 sao quốc tế",
                "Lễ ký kết độc quyền phát triển dự án Crystal Marina Bay giữa Tập đoàn Crystal Bay"
                    + " với công ty KW Phúc An (Phuc An Group) và Hoàng Mai Media đã chính thức được"
                    + " diễn ra ngày 3/5/2019.",
                "Cụ thể, vào ngày 3/5, tại bến du thuyền quốc tế Ana Marina Nha Trang, lễ ký kết"
                    + " độc quyền phát triển dự án Crystal Marina Bay giữa Tập đoàn Crystal Bay với"
                    + " công ty KW Phúc An (Phuc An Group) và Hoàng Mai Media đã chính thức được diễn"
                    + " ra.",
                null));
    assertThat(a.agreement().signedOn()).isEqualTo(LocalDate.of(2019, 5, 3));
  }
}
