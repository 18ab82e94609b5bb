package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Companies a signing clause names with no head noun before them, and the name a company's head and
 * a brand sign under; each on a sentence from ../shared/corpus (article id in the comment).
 */
class BareBrandPartiesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article body(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Tin tức", body, null));
  }

  @Test
  void anAirlinesBrandIsTheAirlineTheArticleNamesWithItsTrade() {
    // probe heldout-8 p20-046: "Hãng hàng không Vietjet" signs the memorandum; the second document
    // of the same show is signed by "Vietjet", the same airline, not a third party
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Vietjet ký bản ghi nhớ mua thêm 20 tàu bay A330neo tại Farnborough",
                "Ngày 22/7/2024, tại Triển lãm Hàng không quốc tế Farnborough (Anh), Hãng hàng"
                    + " không Vietjet và Airbus đã ký biên bản ghi nhớ đặt mua 20 tàu bay thân rộng"
                    + " A330neo, trị giá khoảng 7,4 tỷ USD theo giá niêm yết.",
                "Cũng tại triển lãm, Vietjet ký thỏa thuận với Rolls-Royce về gói dịch vụ bảo"
                    + " dưỡng động cơ Trent 7000 cho đội tàu A330neo.",
                null));
    assertThat(a.parties()).containsExactly("Hãng hàng không Vietjet", "Airbus", "Rolls-Royce");
  }

  @Test
  void aMinedTradeNameSellsWhatTheLeadsOneSideBuys() {
    // vietnews-val-008358: the lead's one side buys the goods "của Boeing"; Boeing, a trade name
    // the corpus writes after a head elsewhere (names-mined.tsv), is the seller and signs
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Iran mua 80 máy bay Mỹ",
                "Hãng IranAir hôm qua ký thoả thuận mua 80 máy bay chở khách của Boeing, trong hợp"
                    + " đồng lớn nhất giữa Mỹ và Iran suốt gần 4 thập kỷ.",
                "Fletcher Barkdull, giám đốc khu vực của Boeing, đã có mặt tại Tehran để dự lễ ký"
                    + " kết.",
                null));
    assertThat(a.parties()).containsExactly("Hãng IranAir", "Boeing");
  }

  @Test
  void vietnameseWordsAndTheEnglishWordOfTheCompanysKindAreACompany() {
    // vietnews-train-067783: "Hoàng Mai Media" after "và" in the list after "giữa"
    Article a =
        body(
            "Lễ ký kết độc quyền phát triển dự án Crystal Marina Bay giữa Tập đoàn Crystal Bay với"
                + " công ty KW Phúc An (Phuc An Group) và Hoàng Mai Media đã chính thức được diễn"
                + " ra ngày 3/5/2019.");
    assertThat(a.parties())
        .containsExactly("Tập đoàn Crystal Bay", "Công ty KW Phúc An", "Hoàng Mai Media");
  }

  @Test
  void theHeadlinesShortNamesGiveWayToTheLeadsFullOnes() {
    // probe (written for this rule, not a corpus sentence; eval/probes/general.jsonl p8-015): the
    // title
    // names both sides short, the lead in full; main took the title's "Samsung Display"
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "BIDV Chi nhánh Bắc Ninh ký kết với Samsung Display",
                "Ngày 6/5, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Bắc Ninh đã ký"
                    + " hợp đồng cung cấp dịch vụ chi lương với Công ty TNHH Samsung Display Việt"
                    + " Nam.",
                "Theo hợp đồng, BIDV Bắc Ninh sẽ chi lương qua tài khoản cho khoảng 30.000 lao động"
                    + " của Samsung Display.",
                null));
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam chi nhánh Bắc Ninh",
            "Công ty TNHH Samsung Display Việt Nam");
    // probe (p8-023): "Samsung (Hàn Quốc)" in the title, "Samsung Electronics (Hàn Quốc)" in the
    // lead
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Samsung (Hàn Quốc) ký hợp đồng với Đại học Bách khoa Hà Nội",
                "Samsung Electronics (Hàn Quốc) và Đại học Bách khoa Hà Nội vừa ký hợp đồng nghiên"
                    + " cứu về trí tuệ nhân tạo trị giá 2 triệu USD.",
                "Các nhóm nghiên cứu sẽ nhận tài trợ trong 3 năm.",
                null));
    assertThat(b.parties()).containsExactly("Samsung Electronics", "Đại học Bách khoa Hà Nội");
  }

  @Test
  void aStateIsNoShortNameOfItsBody() {
    assertThat(
            SigningChoice.writtenInFull(
                List.of("Lào", "Việt Nam"), List.of(List.of("Bộ Ngoại giao Lào", "Việt Nam"))))
        .containsExactly("Lào", "Việt Nam");
    // a foreign state after the same name adds no words; with it, another state's ministry
    assertThat(
            SigningChoice.writtenInFull(
                List.of("Bộ Quốc phòng", "Tập đoàn Yanmar"),
                List.of(List.of("Bộ Quốc phòng Hàn Quốc", "Tập đoàn Yanmar Nhật Bản"))))
        .containsExactly("Bộ Quốc phòng", "Tập đoàn Yanmar");
    assertThat(
            SigningChoice.writtenInFull(
                List.of("Samsung", "Đại học Bách khoa Hà Nội"),
                List.of(List.of("Samsung Electronics", "Đại học Bách khoa Hà Nội"))))
        .containsExactly("Samsung Electronics", "Đại học Bách khoa Hà Nội");
  }

  @Test
  void aShortNameOfTheHeadsFirstWordsAndItsStateIsTheLeadsFullName() {
    // the shape of web-6t r22-009, names written for the test: the title writes the chamber by
    // its first words and its state, the lead in full; the same words before another state stay
    assertThat(
            SigningChoice.writtenInFull(
                List.of("Phòng Thương mại và Công nghiệp Việt Nam", "Phòng Thương mại Indonesia"),
                List.of(
                    List.of(
                        "Phòng Thương mại và Công nghiệp Việt Nam",
                        "Phòng Thương mại và Công nghiệp Quốc gia Indonesia"))))
        .containsExactly(
            "Phòng Thương mại và Công nghiệp Việt Nam",
            "Phòng Thương mại và Công nghiệp Quốc gia Indonesia");
    assertThat(
            SigningChoice.writtenInFull(
                List.of("Bộ Y tế", "Phòng Thương mại Indonesia"),
                List.of(List.of("Bộ Y tế", "Phòng Thương mại và Công nghiệp Quốc gia Malaysia"))))
        .containsExactly("Bộ Y tế", "Phòng Thương mại Indonesia");
  }

  @Test
  void aShortNameEndingWithItsStateIsTheLeadsBodyOfThatState() {
    // the corpus writes "Tuần duyên Mỹ (USCG)" short (vietnews); a headline's "Cảnh sát biển Việt
    // Nam và Tuần duyên Mỹ ký ..." over a lead's "Bộ Tư lệnh Cảnh sát biển Việt Nam và Lực lượng
    // Tuần duyên Mỹ đã ký": the state the short name ends with is no extra word of the full one
    assertThat(
            SigningChoice.writtenInFull(
                List.of("Cảnh sát biển Việt Nam", "Tuần duyên Mỹ"),
                List.of(List.of("Bộ Tư lệnh Cảnh sát biển Việt Nam", "Lực lượng Tuần duyên Mỹ"))))
        .containsExactly("Bộ Tư lệnh Cảnh sát biển Việt Nam", "Lực lượng Tuần duyên Mỹ");
    // a short name without the state is still no foreign ministry: the pair stays as written
    assertThat(
            SigningChoice.writtenInFull(
                List.of("Bộ Quốc phòng", "Tuần duyên Mỹ"),
                List.of(List.of("Bộ Quốc phòng Mỹ", "Lực lượng Tuần duyên Mỹ"))))
        .containsExactly("Bộ Quốc phòng", "Tuần duyên Mỹ");
  }

  /** The brand {@link BrandNames#tailed} reads at the first syllable of {@code word}, or null. */
  private static String tailed(String text, String word) {
    return brand(text, word, true);
  }

  private static String brand(String text, String word, boolean tailed) {
    Gazetteer g = Gazetteer.load();
    Syllables s = Syllables.of(text, g.trie().vocabulary());
    BrandNames brands = new BrandNames(s, new boolean[s.size], ClauseWords.INSTANCE);
    for (int k = 0; k < s.size; k++) {
      if (s.original(k).equals(word)) {
        ClauseParties.Candidate c =
            tailed ? brands.tailed(k, s.size, g.trie()) : brands.at(k, s.size);
        return c == null ? null : c.name();
      }
    }
    throw new AssertionError(word + " not in " + text);
  }

  @Test
  void aPlaceInLatinLettersThenABrandWordIsACompany() {
    // vietnews-train-030197: the airline, not Singapore; "Mỹ" is
    // still the state
    String text =
        "Trong chuyến thăm của Thủ tướng Lý Hiển Long đến Mỹ, Tổng thống Trump đánh giá gia cao"
            + " quan hệ hai nước và cho biết, sẽ cùng chứng kiến việc ký kết hợp đồng trị giá hơn"
            + " 13,8 tỷ USD giữa Singapore Airlines và Boeing.";
    assertThat(brand(text, "Singapore", false)).isEqualTo("Singapore Airlines");
    assertThat(brand(text, "Mỹ", false)).isNull();
  }

  @Test
  void aCompanysFirstWordIsReadAsSpelledNotFolded() {
    // vietnews-train-013286: "Đông" is no "đồng"; vietnews-test-013660: "Thắng" is no "tháng"
    assertThat(
            tailed(
                "Tại lễ công bố chính thức, Đông Dương Telecom cho biết trước mắt ký thoả thuận"
                    + " hợp tác với Tập đoàn VNPT.",
                "Đông"))
        .isEqualTo("Đông Dương Telecom");
    assertThat(
            tailed(
                "Tại Thắng Lợi Day 2019, Thắng Lợi Group đã tiến hành ký kết hợp tác với các đối"
                    + " tác chiến lược.",
                "Thắng"))
        .isNull(); // the first "Thắng Lợi" is the event's, "Day" no company's kind
    // vietnews-test-013767: a function word capitalised at a sentence's start opens no name
    assertThat(
            tailed(
                "Ngoài Him Lam Land thì một số công ty như Gia Hoà, Hưng Thịnh, An Gia, Hưng Lộc"
                    + " Phát… cũng tích cực đưa ra thị trường những sản phẩm phân khúc vừa túi tiền.",
                "Ngoài"))
        .isNull();
  }

  @Test
  void aWordWhoseVowelsNoVietnameseSyllableSpellsIsABrand() {
    // vietnews-val-011506: "Boeing" folds to onset, vowels, final, but "oei" is no Vietnamese
    // vowel cluster
    Article a =
        body(
            "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng và Tổng thống Trump chứng kiến lễ ký kết"
                + " giữa Boeing và Vietjet trưa 27/2.");
    assertThat(a.parties()).containsExactly("Boeing", "Vietjet");
  }

  @Test
  void aBrandIsTheCompanyNamedWithTheWordOfItsKind() {
    // vietnews-test-018636 (tune half): "Vietjet" is "Hãng Vietjet Air", not the shorter "Hãng
    // Vietjet" the article also writes
    Article a =
        body(
            "Bà Nguyễn Thị Phương Thảo - tổng giám đốc Vietjet và ông Kevin McAllister - chủ tịch"
                + " kiêm giám đốc điều hành Tập đoàn Boeing đã chính thức ký kết hợp đồng mua 100"
                + " tàu bay 737 MAX mới trị giá 12,7 tỷ USD vào ngày 27-2.\nHợp đồng 100 máy bay"
                + " Boeing 737 với trị giá 12,7 tỷ USD vừa được ký kết mới đây tại Hội nghị thượng"
                + " đỉnh Mỹ - Triều, Hãng Vietjet Air cho biết những máy bay đầu tiên trong hợp đồng"
                + " này sẽ được giao từ quí 4 năm nay đến năm 2025.\nSau 4 ngày công bố ký hợp đồng"
                + " mua máy bay, chiều 2-3, Hãng Vietjet cho biết theo kế hoạch của đơn hàng này máy"
                + " bay sẽ được giao cho Vietjet từ nay đến năm 2025.");
    assertThat(a.parties()).containsExactly("Hãng Vietjet Air", "Tập đoàn Boeing");
  }

  @Test
  void aDateThatOpensTheClauseEndsBeforeTheSubject() {
    // vietnews-val-017802, without its "Trước đó, " (earlier: a background signing): no comma after
    // the date, the brand is still the subject
    Article a =
        body(
            "Ngày 27-3 Vietjet đã ký kết hợp tác toàn diện với tập đoàn Safran – CFM về cung cấp"
                + " 321 động cơ và các dịch vụ kỹ thuật, bảo dưỡng cho 148 tàu bay với trị giá 6,5"
                + " tỷ USD.");
    assertThat(a.parties()).contains("Vietjet");
  }

  @Test
  void aPersonsNameWithAForeignWordIsNoCompany() {
    // vietnews-test-004711: no English word of a company's kind ends "Kim Jong Un"
    Article a =
        body(
            "Vài tiếng trước đó, một kỷ nguyên mới đã được mở ra trên bán đảo Triều Tiên khi nhà"
                + " lãnh đạo Triều Tiên Kim Jong Un và Tổng thống Hàn Quốc Moon Jae In cùng ký vào"
                + " Tuyên bố Bàn Môn Điếm.");
    assertThat(a.parties()).doesNotContain("Kim Jong Un", "Kim Jong", "Moon Jae In", "Moon Jae");
  }

  @Test
  void aHeadClassedByLowerCaseWordsSignsAsTheHeadAndTheBrand() {
    // vietnews-train-041768 (tune half)
    Article a =
        body(
            "Tập đoàn vũ khí Rostec của Nga và tập đoàn quốc doanh Perusahaan Perdagangan của"
                + " Indonesia vừa ký thoả thuận sơ bộ về việc trao đổi các tiêm kích đa năng Su -35"
                + " lấy các mặt hàng nông sản như dầu cọ và cà phê, Bangkok Post ngày 6/8 đưa tin.");
    assertThat(a.parties()).containsExactly("Tập đoàn Rostec", "Tập đoàn Perusahaan Perdagangan");
    // vietnews-train-058084: "của Pháp" after the brand is no part of the description
    Article b =
        body(
            "Chính phủ Australia hôm nay ký hợp đồng 50 tỷ USD với tập đoàn đóng tàu DCNS của Pháp"
                + " để mua 12 tàu ngầm tấn công lớp Attack, AFP đưa tin.");
    assertThat(b.parties()).contains("Tập đoàn DCNS");
    // ... but a description that says whose the company is leaves the brand alone
    Article c =
        body(
            "Sáng 12/11, hợp đồng mua và bảo dưỡng động cơ cho 20 máy bay Airbus A321NEO được ký"
                + " kết giữa Tổng công ty Hàng không Việt Nam (Vietnam Airlines) và hãng sản xuất"
                + " động cơ máy bay của Mỹ Pratt & Whitney (PW).");
    assertThat(c.parties()).contains("Pratt & Whitney");
    // a listed body with a capitalised Vietnamese name is not cut ("Tập đoàn Dầu khí Việt Nam")
    Article d =
        body(
            "Tập đoàn SCG (Thái Lan) và Tập đoàn Dầu khí Việt Nam đã ký kết thỏa thuận hợp tác"
                + " sáng nay.");
    assertThat(d.parties()).doesNotContain("Tập đoàn Việt Nam");
  }

  @Test
  void theLowerCaseWordsOfAnAgencysOrAnAirlinesKindStayInItsName() {
    // probes p15-049 (heldout-3) and p8-045 (general): "Hãng Prensa Latina", "Hãng Qantas" before
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "TTXVN và Prensa Latina ký thỏa thuận hợp tác mới",
                "Tổng Giám đốc Thông tấn xã Việt Nam (TTXVN) Nguyễn Đức Lợi và Chủ tịch Hãng thông"
                    + " tấn Prensa Latina của Cuba Luis Enrique González đã ký thỏa thuận hợp tác"
                    + " giữa hai hãng ngày 28/10/2018 tại La Habana.",
                null));
    assertThat(a.parties()).contains("Hãng thông tấn Prensa Latina");
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Vietnam Airlines hợp tác liên danh với Qantas",
                "Tổng công ty Hàng không Việt Nam và Hãng hàng không Qantas của Australia đã ký"
                    + " thỏa thuận liên danh (codeshare) mở rộng các đường bay giữa hai nước.",
                "Thỏa thuận có hiệu lực từ tháng 7.",
                null));
    assertThat(b.parties())
        .containsExactly("Tổng công ty Hàng không Việt Nam", "Hãng hàng không Qantas");
    // written for this rule: a described head in lower case keeps its kind too
    Article c =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "TTXVN ký thỏa thuận với TASS",
                "Thông tấn xã Việt Nam đã ký thỏa thuận hợp tác với hãng thông tấn TASS của Nga.",
                null));
    assertThat(c.parties()).contains("Hãng thông tấn TASS");
  }

  @Test
  void brandsRightAfterAPluralClassOfCompaniesAreItsMembers() {
    // probe (written for this rule, not a corpus sentence; ag-brands): the brief's list of bare
    // brands after "các doanh nghiệp"; main kept only the list's tail from "NutiFood"
    Article a =
        body(
            "Sáng 5/3, các doanh nghiệp Coca-Cola, FrieslandCampina, NutiFood, Suntory, Tetra Pak"
                + " và URC ký kết thỏa thuận hợp tác tại Hà Nội.");
    assertThat(a.parties())
        .containsExactly(
            "Coca-Cola", "FrieslandCampina", "NutiFood", "Suntory", "Tetra Pak", "URC");
    // probe: after "với" and a plural "hãng", the first brand is a member, not "Hãng Airbus"
    Article b =
        body(
            "Sáng 5/3, các hãng Airbus, Boeing và Rolls-Royce đã ký biên bản ghi nhớ với"
                + " Vietjet.");
    assertThat(b.parties()).containsExactly("Airbus", "Boeing", "Rolls-Royce", "Vietjet");
    Article c =
        body(
            "Sáng 5/3, Bộ Y tế đã ký biên bản ghi nhớ với các doanh nghiệp AstraZeneca, Pfizer và"
                + " Sanofi.");
    assertThat(c.parties()).containsExactly("Bộ Y tế", "AstraZeneca", "Pfizer", "Sanofi");
    // probe: after "với", the class's head names no member ("Hãng Airbus", "Công ty AstraZeneca")
    Article d =
        body("Sáng 5/3, Vietjet đã ký hợp đồng với các hãng Airbus, Boeing và Rolls-Royce.");
    assertThat(d.parties()).containsExactly("Vietjet", "Airbus", "Boeing", "Rolls-Royce");
    Article e =
        body(
            "Sáng 5/3, Bộ Y tế đã ký biên bản ghi nhớ với các công ty AstraZeneca, Pfizer và"
                + " Sanofi.");
    assertThat(e.parties()).containsExactly("Bộ Y tế", "AstraZeneca", "Pfizer", "Sanofi");
    // vietnews-train-065199: a list that runs on into lower-case words is no closed list of brands
    // here; its members are read as a described brand's list instead (DescribedBrands), see
    // aBrandAfterALowerCaseDescriptionOfItsBusinessIsAParty
  }

  @Test
  void airlinesAfterACountedClassOfAirlinesAreItsMembers() {
    // vietnews-val-013138 (corpus subset): "Ba hãng hàng không" counts the airlines that sign;
    // main read "hãng" alone as the class and named only the side signing of another paragraph
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "CEO Vietnam Airlines, Vietjet nói về hợp đồng ' khủng ' với Airbus",
                "Ba hãng hàng không Vietnam Airlines, Vietjet và Jestar đã ký các hợp đồng"
                    + " \"khủng\" mua hàng chục máy bay mới của Airbus với giá trị 6,5 tỷ USD.",
                "Vietnam Airlines sẽ có 14 chiếc A350.",
                null));
    assertThat(a.parties()).containsExactly("Vietnam Airlines", "Vietjet", "Jestar");
  }

  @Test
  void aBrandAfterAPlacesCommaStartsTheSubject() {
    // probe (written for this rule, not a corpus sentence; ag-brands): main read "Hà Nội, Vietjet
    // và Airbus" as a list of places after "tại" and named no party
    Article a = body("Chiều 5/3, tại Hà Nội, Vietjet và Airbus đã ký biên bản ghi nhớ.");
    assertThat(a.parties()).containsExactly("Vietjet", "Airbus");
    Article b = body("Chiều 5/3, tại Paris, Vietjet đã ký biên bản ghi nhớ với Airbus.");
    assertThat(b.parties()).containsExactly("Vietjet", "Airbus");
    // probe: a state that a comma ends, in a phrase before the subject
    Article d = body("Nhân chuyến thăm Mỹ, Vietjet và Boeing đã ký hợp đồng.");
    assertThat(d.parties()).containsExactly("Vietjet", "Boeing");
    // the places of a venue stay no party
    Article c = body("Chiều 5/3, tại Hà Nội, Bộ Y tế và Bộ Tài chính đã ký biên bản ghi nhớ.");
    assertThat(c.parties()).containsExactly("Bộ Y tế", "Bộ Tài chính");
  }

  @Test
  void aBusinessNamedByWhatItSellsIsItsBrand() {
    // vietnews-test-003431: an e-wallet, and the city's government beside it
    assertThat(
            body("Mới đây, trong khuôn khổ lễ công bố đề án thành phố thông minh, chính quyền Đà"
                    + " Nẵng và ví điện tử MoMo đã chính thức ký thoả thuận triển khai thanh toán"
                    + " dịch vụ hành chính công thông qua ví điện tử.")
                .parties())
        .containsExactly("Đà Nẵng", "MoMo");
    // vietnews-test-007946: a shipyard among the sides after "giữa"
    assertThat(
            body("Bà Thái đã chủ trì lễ ký chính thức để bắt đầu dự án đóng tàu ngầm giữa hải"
                    + " quân, nhà đóng tàu CSBC Corporation và Viện khoa học công nghệ Chung -"
                    + " Shan, AFP cho biết.")
                .parties())
        .contains("CSBC Corporation", "Viện khoa học công nghệ Chung - Shan");
    // vietnews-test-013273: a mobile network after a maker
    assertThat(
            body("Siêu thị điện máy & công nghệ VinPro cùng nhà sản xuất Samsung và mạng di động"
                    + " Vietnamobile vừa chính thức kí kết hợp tác, tạo nên “Liên minh không"
                    + " tưởng”.")
                .parties())
        .contains("Samsung", "Vietnamobile");
  }

  @Test
  void aBrandAfterALowerCaseDescriptionOfItsBusinessIsAParty() {
    // vietnews-train-065199: partners listed after a description with no head the grammar knows
    assertThat(
            body("Cũng tại Lễ ra mắt & Mở bán này, Tập đoàn Empire đã ký kết đối tác chiến lược"
                    + " hạng Kim Cương với các đối tác Vietnam Tourism Charter, Global Tour, Saigon"
                    + " Tourist, Vietravel và hạng Vàng với Postum Travel, Victoria Tour, NT Travel.")
                .parties())
        .contains("Tập đoàn Empire", "Vietnam Tourism Charter", "Saigon Tourist", "Vietravel");
    // vietnews-train-036496, a variant told as news (the corpus writes "Hồi năm 2015, Bộ Quốc
    // phòng nước này"): a shipyard described by what it is, a verb inside its description
    assertThat(
            body("Sáng 5/3, Bộ Quốc phòng Qatar đã ký hợp đồng với nhà máy đóng tàu Fincantieri để"
                    + " chế tạo một tàu đổ bộ tấn công có sàn đáp trực thăng.")
                .parties())
        .containsExactly("Bộ Quốc phòng Qatar", "Fincantieri");
    // "Cùng lúc" opening the sentence is an adverb, no link: the brand after it starts no party
    // by its description (vietnews-test-014302's lead sentence reads its parties otherwise)
    assertThat(
            DescribedBrands.from(
                Syllables.of("Cùng lúc Empire Group đã ký", Gazetteer.load().trie().vocabulary()),
                2))
        .isEqualTo(-1);
  }

  @Test
  void capitalsJoinedByASpacedAmpersandAreOneBrand() {
    // vietnews-test-013918 (tune), a variant: the lead without "Blitz," before "E & Y", whose
    // list after "và" and a comma is not read; news text spaces the "&", and main read no "E & Y"
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "SCB hợp tác triển khai dự án Treasury - Fis Front Arena",
                "Ngày 22/5/2017, tại khách sạn Windsor Plaza, TP. HCM đã long trọng diễn ra Lễ Ký"
                    + " kết hợp tác triển khai dự án Treasury - Fis Front Arena giữa Ngân hàng TMCP"
                    + " Sài Gòn (SCB) và E & Y.",
                "Hai bên sẽ triển khai hệ thống Treasury.",
                null));
    assertThat(a.parties()).containsExactly("Ngân hàng TMCP Sài Gòn", "E & Y");
  }

  @Test
  void aDescribedBrandAfterTheDateThatOpensTheSentence() {
    // vietnews-train-061657: the description opens after the date's comma, no link before it;
    // main gave the other side alone
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Đi “làm đẹp” tại Hàn Quốc từ A - Z",
                "Ngày 26/4/2019, trang thương mại điện tử Adayroi đã vừa ký kết hợp tác với Công ty"
                    + " TNHH Thương mại GE Việt Nam (GE Việt Nam) trong việc triển khai dịch vụ đưa"
                    + " người Việt sang khám chữa bệnh và phẫu thuật thẩm mỹ tại Hàn Quốc.",
                "Adayroi sẽ hỗ trợ thực hiện các dịch vụ này cho khách hàng.",
                null));
    assertThat(a.parties())
        .containsExactlyInAnyOrder("Adayroi", "Công ty TNHH Thương mại GE Việt Nam");
    // a place after the date is no description's opening ("Ngày 5/3, tại Hà Nội, trang ...")
    Syllables s =
        Syllables.of(
            "Ngày 5/3, tại Hà Nội, trang thương mại điện tử Tiki đã ký",
            Gazetteer.load().trie().vocabulary());
    assertThat(DescribedBrands.from(s, 11)).isEqualTo(-1);
  }
}
