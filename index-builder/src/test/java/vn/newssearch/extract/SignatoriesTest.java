package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Who signs, each rule on a sentence of the corpus (article id in the comment): the title's body or
 * state is the signer's party; witnesses, attendees and speakers sign nothing.
 */
class SignatoriesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  /** The signers of a one-sentence signing, for the given parties. */
  static List<Article.Signatory> signers(String sentence, List<String> parties) {
    Syllables s = Syllables.of(sentence, GAZETTEER.trie().vocabulary());
    OrganisationMatcher.Scan scan = GAZETTEER.matcher().scan(s, false);
    return Signatories.find(s, scan, Set.of(0), GAZETTEER, parties);
  }

  static List<String> names(String sentence) {
    return signers(sentence, List.of()).stream().map(Article.Signatory::name).toList();
  }

  @Test
  void aForeignMinisterOfStateIsATitle() {
    // vietnews-test-011564: "Quốc vụ khanh" (a minister of state) is a title before a foreign
    // name, as "Thứ trưởng" before ours; the probe p12-047 writes the ministry between them
    String sentence =
        "Thứ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn và Quốc vụ khanh Anh Mark Field trong Đối"
            + " thoại chiến lược Việt Nam – Anh lần thứ 6.";
    Syllables s = Syllables.of(sentence, GAZETTEER.trie().vocabulary());
    assertThat(GAZETTEER.matcher().scan(s, false).roles())
        .extracting(OrganisationMatcher.Hit::value)
        .contains("Quốc vụ khanh");
  }

  @Test
  void aMinistersFieldNamesTheMinistry() {
    // vietnews-val-015209
    assertThat(
            signers(
                "Bộ trưởng Công Thương Trần Tuấn Anh cùng đại diện Liên minh Châu Âu ký Hiệp định"
                    + " Thương mại tự do Việt Nam - EU.",
                List.of()))
        .containsExactly(new Article.Signatory("Trần Tuấn Anh", "Bộ trưởng", "Bộ Công Thương"));
  }

  @Test
  void aForeignSignerKeepsTheNameAsWrittenAndSignsForTheStateThatIsAParty() {
    // vietnews-train-038492
    assertThat(
            signers(
                "Bộ trưởng Quốc phòng Nga Sergey Shoigu và người đồng nhiệm Ibragim Gasseyev đã ký"
                    + " thoả thuận sáp nhập một số đơn vị quân đội, TASS hôm qua đưa tin.",
                List.of("Nga")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Sergey Shoigu", "Nga"),
            Tuple.tuple("Ibragim Gasseyev", null)); // no state written
    // vietnews-train-102898: the Thai ministry is Thailand's, not ours of the same name
    assertThat(
            signers(
                "Tối 17/8, tại Bangkok (Thái Lan), Bộ trưởng Khoa học và Công nghệ Việt Nam Chu Ngọc"
                    + " Anh và Bộ trưởng Bộ Khoa học và Công nghệ Thái Lan Atchaka Sibunruang đã ký"
                    + " hiệp định về hợp tác khoa học.",
                List.of("Bộ Khoa học và Công nghệ")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Chu Ngọc Anh", "Bộ Khoa học và Công nghệ"),
            Tuple.tuple("Atchaka Sibunruang", "Bộ Khoa học và Công nghệ Thái Lan"));
  }

  @Test
  void aNameBeforeItsTitleSigns() {
    // vietnews-train-067783
    assertThat(
            names(
                "Ông Võ Tá Thế - Tổng Giám đốc PA Group, Ông Nguyễn Đức Chi – Chủ tịch Tập đoàn"
                    + " Crystal Bay, Bà Phạm Thị Phương Thảo – Giám đốc Công ty Hoàng Mai Media ký"
                    + " kết Thoả Thuận độc quyền phát triển dự án Crystal Marina Bay."))
        .contains("Nguyễn Đức Chi", "Phạm Thị Phương Thảo");
  }

  @Test
  void eachPersonOfAListOfSignersGivesTheVerbItsReachAgain() {
    // vietnews-train-067783 (caption): the first of three signers, each with title and body, is 27
    // words before the verb; the next person of the list ("Ông Nguyễn Đức Chi") carries the clause
    // on
    assertThat(
            names(
                "Ông Võ Tá Thế - Tổng Giám đốc PA Group, Ông Nguyễn Đức Chi – Chủ tịch Tập đoàn"
                    + " Crystal Bay, Bà Phạm Thị Phương Thảo – Giám đốc Công ty Hoàng Mai Media ký"
                    + " kết Thoả Thuận độc quyền phát triển dự án Crystal Marina Bay."))
        .containsExactly("Võ Tá Thế", "Nguyễn Đức Chi", "Phạm Thị Phương Thảo");
    // vietnews-train-013590 (caption): the second of three, 25 words before the verb
    assertThat(
            names(
                "Ông Lê Thế Chữ, Tổng biên tập báo Tuổi Trẻ, bà Nguyễn Vân Anh, Giám đốc truyền"
                    + " thông HEINEKEN Việt Nam và ông Khuất Việt Hùng, Phó chủ tịch chuyên trách Uỷ"
                    + " ban An toàn giao thông quốc gia ký kết hợp tác các chương trình phát động"
                    + " diễn đàn kêu gọi hưởng ứng."))
        .contains("Nguyễn Vân Anh", "Khuất Việt Hùng");
    // a person after the subject's verb, or in another clause, still signs nothing
    // (vietnews-train-066766: attendees listed with "và")
    assertThat(
            names(
                "Lễ ký kết có sự tham dự của ông Phạm Văn Thanh – Chủ tịch HĐQT Petrolimex và ông"
                    + " Trịnh Văn Quyết - Chủ tịch HĐQT Tập đoàn FLC, cùng đại diện lãnh đạo cấp cao"
                    + " của cả hai phía."))
        .isEmpty();
  }

  @Test
  void aDegreeAndANameBeforeTheVerbSign() {
    // vietnews-train-095470 (caption)
    assertThat(
            names(
                "Đại diện Bộ Khoa học, trường ĐH Sư phạm kỹ thuật và tiến sĩ Nguyễn Bá Hải (người"
                    + " ngồi bên phải) ký kết hợp đồng nghiên cứu hoàn thiện thiết kế."))
        .containsExactly("Nguyễn Bá Hải");
  }

  @Test
  void witnessesAttendeesAndSpeakersSignNothing() {
    // vietnews-val-014673
    assertThat(
            signers(
                "Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng bộ Quốc phòng Việt Nam và Đại sứ Hoa Kỳ"
                    + " tại Việt Nam Daniel Kritenbrink đã chứng kiến lễ ký thoả thuận bàn giao"
                    + " 13,7 ha đất sạch.",
                List.of()))
        .isEmpty();
    // vietnews-val-022485: the witness is named after the fronted "Chứng kiến lễ ký kết"
    assertThat(
            names(
                "Chứng kiến lễ ký kết tiến độ, Thứ trưởng Giao thông Vận tải Nguyễn Hồng Trường đã"
                    + " yêu cầu các nhà thầu tập trung nhân lực."))
        .isEmpty();
    // vietnews-train-072325: a list of attendees
    assertThat(
            names(
                "Tham dự buổi lễ ký kết có các đồng chí: Phó Bí thư Cán sự Đảng, Phó Viện trưởng"
                    + " VKSND tối cao Bùi Mạnh Cường; Vụ trưởng Vụ Báo chí – Xuất bản Vũ Đình"
                    + " Thường."))
        .isEmpty();
    // vietnews-train-061247
    assertThat(
            names(
                "Tham dự lễ ký kết có sự hiện diện của ông Nguyễn Việt Hà - Phó Tổng Giám đốc"
                    + " PVcomBank, ông Phạm Huy Tuyên – Phó Tổng Giám đốc PVcomBank."))
        .isEmpty();
    // vietnews-val-004515: a speaker at the ceremony
    assertThat(
            names(
                "\"Đây là một hiệp định mẫu\" – tổng thống Mỹ Donald Trump nhấn mạnh tại buổi ký"
                    + " kết."))
        .isEmpty();
    // vietnews-train-053936: the negotiators, not the signers
    assertThat(
            names(
                "Sau các cuộc đàm phán giữa Chủ tịch Trung Quốc Tập Cận Bình và Chủ tịch Cuba Miguel"
                    + " Diaz - Canel hôm qua, hai nước đã ký một loạt thoả thuận."))
        .isEmpty();
  }

  @Test
  void aForeignNameAfterOngThenTheTitle() {
    // vietnews-test-001752
    assertThat(
            names(
                "Mới đây, Hoa hậu Hải Dương và ông Gerhard Parzutka Von Lipinski - Chủ tịch của cuộc"
                    + " thi Hoa Hậu Siêu quốc gia đã chính thức ký kết hợp tác."))
        .containsExactly("Gerhard Parzutka Von Lipinski");
    // vietnews-train-082630 (lead): both signers, the Vietnamese and the foreign one
    assertThat(
            names(
                "Bà Nguyễn Thị Phương Thảo - tổng giám đốc Vietjet và ông Kevin McAllister - chủ"
                    + " tịch kiêm giám đốc điều hành Tập đoàn Boeing đã chính thức ký kết hợp đồng"
                    + " mua 100 tàu bay 737 MAX mới."))
        .containsExactly("Nguyễn Thị Phương Thảo", "Kevin McAllister");
    // an abbreviation is no name: "ông HĐQT"
    assertThat(names("Đại diện ông ABC - Giám đốc công ty đã ký kết hợp đồng.")).isEmpty();
  }

  @Test
  void aSecondTitleAfterKiemNamesTheBody() {
    // vietnews-train-065487
    assertThat(
            signers(
                "Bà Nguyễn Thị Phương Thảo, Tổng Giám đốc Vietjet và Ông Kevin McAllister, Chủ tịch"
                    + " kiêm Tổng Giám đốc tập đoàn Boeing đã cùng ký kết hợp đồng 100 máy bay"
                    + " Boeing 737 MAX.",
                List.of()))
        .contains(new Article.Signatory("Kevin McAllister", "Chủ tịch", "Tập đoàn Boeing"));
  }

  @Test
  void aSignerForAGovernmentNamedWithItsStateSignsForThatGovernment() {
    // vietnews-val-013365: the treaty's text signed ("ký xác thực lời văn") for the government
    assertThat(
            signers(
                "Bộ trưởng Công thương Vũ Huy Hoàng cũng đã thay mặt Chính phủ Việt Nam ký xác thực"
                    + " lời văn TPP và 35 thoả thuận song phương.",
                List.of()))
        .extracting(Article.Signatory::party)
        .containsExactly("Chính phủ Việt Nam");
  }

  @Test
  void aMinisterSignsForItsStateOrGovernmentWhenThatIsTheParty() {
    // vietnews-val-015209: EVFTA's parties are Việt Nam and the EU, not the ministry
    assertThat(
            signers(
                "Bộ trưởng Công Thương Trần Tuấn Anh cùng đại diện Liên minh Châu Âu ký Hiệp định"
                    + " Thương mại tự do Việt Nam - EU.",
                List.of("Việt Nam", "Liên minh châu Âu")))
        .containsExactly(new Article.Signatory("Trần Tuấn Anh", "Bộ trưởng", "Việt Nam"));
    // vietnews-train-102898: "giữa chính phủ hai nước"
    assertThat(
            signers(
                "Bộ trưởng Khoa học và Công nghệ Việt Nam Chu Ngọc Anh và Bộ trưởng Khoa học Công"
                    + " nghệ Thái Lan Atchaka Sibunruang đã ký hiệp định về hợp tác khoa học.",
                List.of("Chính phủ Việt Nam", "Chính phủ Thái Lan")))
        .extracting(Article.Signatory::party)
        .containsExactly("Chính phủ Việt Nam", "Chính phủ Thái Lan");
  }

  @Test
  void aBrandAfterTheTitleNamesThePartyItIsTheShortNameOf() {
    // vietnews-test-018636
    assertThat(
            signers(
                "Bà Nguyễn Thị Phương Thảo - tổng giám đốc Vietjet và ông Kevin McAllister - chủ"
                    + " tịch kiêm giám đốc điều hành Tập đoàn Boeing đã chính thức ký kết hợp đồng"
                    + " mua 100 tàu bay 737 MAX mới trị giá 12,7 tỷ USD vào ngày 27-2.",
                List.of("Hãng Vietjet Air", "Tập đoàn Boeing", "Hãng Bamboo Airways")))
        .extracting(Article.Signatory::party)
        .containsExactly("Hãng Vietjet Air", "Tập đoàn Boeing");
    // vietnews-train-065487: the post's lower-case words, then "của"
    assertThat(
            signers(
                "Đơn hàng ký với Airbus là Biên bản ghi nhớ (MOU) đặt mua 50 tàu bay A321neo do ông"
                    + " Đinh Việt Phương, Phó Tổng Giám đốc Vietjet và ông Eric Schulz, Giám đốc"
                    + " thương mại của Airbus cùng ký kết.",
                List.of("Vietjet", "Tập đoàn Boeing", "Airbus")))
        .extracting(Article.Signatory::party)
        .containsExactly("Vietjet", "Airbus");
    // a brand that names no party gives none: the party is a party or the title's known body
    assertThat(
            signers(
                "Ông Bùi Huy Năm – Tổng giám đốc VTVcab và Ông Nguyễn Trung Kiên – Tổng giám đốc"
                    + " Next Media ký hợp tác.",
                List.of("Tổng công ty Truyền hình cáp Việt Nam")))
        .extracting(Article.Signatory::party)
        .doesNotContain("Next Media");
  }

  @Test
  void aForeignNameWithAHyphenatedGivenNameOrAfterTheBodysAbbreviation() {
    // vietnews-train-052409
    assertThat(
            signers(
                "Tại Phủ Chủ tịch, Đại sứ Pháp tại Việt Nam Jean - Noël Poirier, Thứ trưởng Tài"
                    + " chính Trần Xuân Hà và Tổng Giám đốc Cơ quan Phát triển Pháp (AFD) Rémy Rioux"
                    + " đã ký hai thoả ước tài trợ.",
                List.of("Cơ quan Phát triển Pháp", "Pháp", "Bộ Tài chính")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Jean - Noël Poirier", "Pháp"),
            Tuple.tuple("Trần Xuân Hà", "Bộ Tài chính"),
            Tuple.tuple("Rémy Rioux", "Cơ quan Phát triển Pháp"));
    // vietnews-test-018198
    assertThat(
            names(
                "Nội dung trên được Bộ trưởng Bộ Công thương Việt Nam Trần Tuấn Anh và Bộ trưởng"
                    + " Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc (MOTIE) Paik Ungyu thống"
                    + " nhất ký kết trong phiên họp cấp bộ trưởng."))
        .containsExactly("Trần Tuấn Anh", "Paik Ungyu");
    // a bracket of more than an abbreviation is no part of the title: "(trái)"
    assertThat(
            names(
                "Thủ tướng Macedonia Zoran Zaev (trái) và Thủ tướng Hy Lạp Alexis Tsipras trong"
                    + " lễ ký thoả thuận ngày 17/6."))
        .doesNotContain("Alexis Tsipras");
  }

  @Test
  void aNamedCounterpartSignsForTheStateWrittenAfterIt() {
    // vietnews-train-038492
    assertThat(
            names(
                "Bộ trưởng Quốc phòng Nga Sergey Shoigu và người đồng nhiệm Ibragim Gasseyev đã ký"
                    + " thoả thuận sáp nhập một số đơn vị quân đội, TASS hôm qua đưa tin."))
        .containsExactly("Sergey Shoigu", "Ibragim Gasseyev");
    // vietnews-train-046712: after the verb and "với"
    assertThat(
            signers(
                "Bộ trưởng Quốc phòng Pháp Jean – Yves Le Drian đã ký kết hợp đồng với người đồng"
                    + " cấp Ấn Độ, Manohar Parrikar ở New Delhi, kết thúc 18 tháng đàm phán.",
                List.of("Ấn Độ", "Pháp")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Jean – Yves Le Drian", "Pháp"), Tuple.tuple("Manohar Parrikar", "Ấn Độ"));
    // vietnews-train-044731: at the ceremony, not said to sign
    assertThat(
            names(
                "Ngoại trưởng Trung Quốc Vương Nghị và người đồng cấp El Salvador Carlos Castaneda"
                    + " trong lễ ký thiết lập quan hệ ngoại giao tại Bắc Kinh hôm 21/8."))
        .doesNotContain("Carlos Castaneda");
  }

  @Test
  void aLeaderWithAStateAndANameSignsAsTheVerbsSubject() {
    // vietnews-train-045968
    assertThat(
            signers(
                "Trong cuộc họp thượng đỉnh hôm qua tại khách sạn Capella, Singapore, Tổng thống Mỹ"
                    + " Donald Trump và lãnh đạo Triều Tiên Kim Jong-un đã ký một thoả thuận tái"
                    + " khẳng định cam kết.",
                List.of("Mỹ", "Triều Tiên")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Donald Trump", "Mỹ"), Tuple.tuple("Kim Jong-un", "Triều Tiên"));
    // without a state, "lãnh đạo" is any leader (vietnews-val-020116)
    assertThat(
            names(
                "Giám đốc Sở Tài chính TP HCM Đào Thị Hương Lan và lãnh đạo Công ty Đại Quang Minh"
                    + " ký kết hợp đồng."))
        .containsExactly("Đào Thị Hương Lan");
  }

  @Test
  void anAbbreviatedTitleAfterTheNameSigns() {
    // vietnews-train-066054 (caption)
    assertThat(
            names(
                "Ông Phạm Toàn Vượng - Phó TGĐ Agribank (bên phải) và ông Yoshihiro Okada - TGĐ"
                    + " Yanmar Việt Nam ký kết thoả thuận hợp tác."))
        .containsExactly("Phạm Toàn Vượng", "Yoshihiro Okada");
  }

  @Test
  void aPersonPlacedAtTheCeremonyIsNotSaidToSign() {
    // vietnews-train-036517 (caption)
    assertThat(
            names(
                "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe bắt tay tại lễ ký văn"
                    + " kiện."))
        .isEmpty();
    // vietnews-train-083792 (caption), past a bracketed aside
    assertThat(
            names(
                "Bộ trưởng Bộ công thương Trần Tuấn Anh (bìa phải) và bà Cecilia Malmström Cao uỷ"
                    + " về thương mại của EU tại lễ ký kết Hiệp định thương mại đầu tư (EVFTA)."))
        .isEmpty();
    // but the verb of the person's own clause makes a signer (seed 000's shape)
    assertThat(
            names(
                "Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung và Chủ tịch Hội LHPN Việt Nam Nguyễn Thị Thu"
                    + " Hà đã ký kết chương trình phối hợp tại lễ ký kết ở Hà Nội."))
        .containsExactly("Đào Ngọc Dung", "Nguyễn Thị Thu Hà");
  }

  @Test
  void aPersonInTheCeremonysOpeningSceneWhoDoesNotSignIsNoSigner() {
    // vietnews-train-072325: the sentence opens at the ceremony; the deputy editor presents
    assertThat(
            names(
                "Tại buổi lễ ký kết, Phó Tổng Biên tập Báo Đời sống và Pháp luật Phạm Quốc Huy đã"
                    + " trình bày nội dung bản hợp tác thông tin tuyên truyền."))
        .isEmpty();
    // probe p27-045 (heldout-15): an editor-in-chief's title after the name signs
    assertThat(
            names(
                "Thay mặt hai đơn vị ký kết là nhà báo Phạm Tuấn Anh, Tổng Biên tập Báo Dân trí và"
                    + " bà Nguyễn Thị Như Ý, Chủ tịch LĐLĐ tỉnh Đồng Nai."))
        .containsExactlyInAnyOrder("Phạm Tuấn Anh", "Nguyễn Thị Như Ý");
    // probe p27-015 (heldout-15): "Trung Hoa" is China's state, not "Trung" and a name from "Hoa"
    assertThat(
            names(
                "Chủ tịch Tổng Liên đoàn Lao động Việt Nam Nguyễn Đình Khang và Chủ tịch Tổng Công"
                    + " hội Trung Hoa Vương Đông Minh đã ký biên bản ghi nhớ hợp tác."))
        .containsExactly("Nguyễn Đình Khang", "Vương Đông Minh");
    // probe p28-020 (heldout-16): "Tiết" is a surname
    assertThat(names("Phía Agribank, Tổng giám đốc Tiết Văn Thành ký biên bản."))
        .containsExactly("Tiết Văn Thành");
  }

  @Test
  void aCoinedBrandAfterTheTitleEndsTheCompanysFullName() {
    // probe p28-047 (heldout-16): "VinBus" ends the company's name after its line of business
    assertThat(
            signers(
                "Ông Nguyễn Văn Thanh, Tổng giám đốc VinBus, và ông Nguyễn Thanh Nam, Giám đốc"
                    + " Trung tâm, đại diện hai bên ký kết.",
                List.of(
                    "Trung tâm Quản lý giao thông công cộng Thành phố Hồ Chí Minh",
                    "Công ty TNHH Dịch vụ vận tải VinBus")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Nguyễn Văn Thanh", "Công ty TNHH Dịch vụ vận tải VinBus"));
    // a plain word is no coined brand: "Giám đốc Sao Mai" names no company of another line
    assertThat(CandidateNames.brandOf("Công ty TNHH Dịch vụ vận tải VinBus", "VinBus")).isTrue();
    assertThat(CandidateNames.brandOf("Công ty TNHH Thực phẩm Sao Mai", "Sao Mai")).isFalse();
  }

  @Test
  void theTitledAgentsOfAPassiveAfterADocumentPointedAtByNaySign() {
    // vietnews-val-004718: the document's modifier and "này" stand between its noun and "được"
    Article a =
        new AgreementExtractor(GAZETTEER)
            .enrich(
                SeedArticles.article(
                    "Philippines, Trung Quốc ký thoả thuận khai thác dầu khí chung",
                    "Ngày 20-11, Philippines và Trung Quốc ký kết 29 thoả thuận.",
                    "Thoả thuận về việc khai thác chung này được Ngoại trưởng Philippines Teodoro"
                        + " Locsin và người đồng cấp Trung Quốc Vương Nghị ký, dưới sự chứng kiến"
                        + " của Tổng thống Rodrigo Duterte và ông Tập, theo Inquirer.",
                    null));
    assertThat(a.signatories())
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Teodoro Locsin", "Philippines"), Tuple.tuple("Vương Nghị", "Trung Quốc"));
  }

  @Test
  void aTitleEndingInTheProvincialHeadSignsForTheProvincesCommittee() {
    // vietnews-train-092062: "Chủ tịch UBND" is read as one title; the province after it is the
    // body and the name follows it
    assertThat(
            signers(
                "Chủ tịch UBND TP HCM Nguyễn Thành Phong và Chủ tịch UBND tỉnh Long An Trần Văn Cần"
                    + " ký kết hợp tác giữa 2 địa phương.",
                List.of()))
        .containsExactly(
            new Article.Signatory(
                "Nguyễn Thành Phong", "Chủ tịch UBND", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
            new Article.Signatory("Trần Văn Cần", "Chủ tịch UBND", "Ủy ban nhân dân tỉnh Long An"));
  }

  @Test
  void aSpeakerWhoJudgesSignsNothing() {
    // vietnews-train-104687
    assertThat(
            names(
                "Ngày 31/3, trong buổi ký kết của 24 quận huyện với Ban an toàn giao thông thành"
                    + " phố về việc đảm bảo trật tự lòng đường, vỉa hè, Phó chủ tịch UBND TP HCM"
                    + " Trần Vĩnh Tuyến đánh giá công tác này thời gian qua có chuyển biến tích"
                    + " cực."))
        .isEmpty();
  }

  @Test
  void aNameAfterTheBrandOfTheTitleIsTheSigner() {
    // vietnews-test-014235: a brand the gazetteer does not know, then the name, the verb's subject
    assertThat(
            names(
                "Phó Tổng giám đốc PVC Nguyễn Duyên Hải cũng đã ký tờ trình về việc phê duyệt kết"
                    + " quả đánh giá hồ sơ đề xuất kỹ thuật với 3 nhà thầu này."))
        .containsExactly("Nguyễn Duyên Hải");
    // the lead's probe (no signing of the shape in the vietnews corpus): a country director
    assertThat(
            names(
                "Thứ trưởng Bộ Công Thương Đỗ Thắng Hải và Giám đốc quốc gia Microsoft Việt Nam"
                    + " Phạm Thế Trường đã ký kết."))
        .containsExactly("Đỗ Thắng Hải", "Phạm Thế Trường");
  }

  @Test
  void theHeadOfABodysOfficeInACountryMayBeForeign() {
    // the lead's probe (no signing of the shape in the vietnews corpus): "UNICEF tại Việt Nam"
    assertThat(
            signers(
                "Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên và Trưởng đại diện UNICEF tại Việt Nam Rana"
                    + " Flowers đã ký kế hoạch.",
                List.of("Bộ Y tế", "Quỹ Nhi đồng Liên Hợp Quốc")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Đỗ Xuân Tuyên", "Bộ Y tế"),
            Tuple.tuple("Rana Flowers", "Quỹ Nhi đồng Liên Hợp Quốc"));
  }

  @Test
  void aTitleInAppositionClosedByACommaBeforeTheVerbAndTheOneSignedWith() {
    // vietnews-train-084872: ", ký kết" closes the first signer's title; "với ông B, Chủ tịch ..."
    // is the one he signs with, though "tại lễ ký kết" follows B's name
    assertThat(
            signers(
                "Ông Trần Thanh Hải, Chủ tịch HĐQT NutiFood, ký kết hợp tác với ông Jaime Brown,"
                    + " Chủ tịch Công ty thực phẩm Delori, tại lễ ký kết hợp tác giữa hai bên về"
                    + " xuất khẩu Pedia Plus sang thị trường Mỹ sáng 18-1 - Ảnh: QUANG ĐỊNH",
                List.of("Công ty NutiFood", "Công ty Delori")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Trần Thanh Hải", "Công ty NutiFood"),
            Tuple.tuple("Jaime Brown", "Công ty thực phẩm Delori"));
    // vietnews-train-084510
    assertThat(
            names(
                "Bà Mai Kiều Liên - Tổng giám đốc Vinamilk, ký kết với ông Đoàn Đình Duy Khương -"
                    + " Thành viên HĐQT, Quyền Tổng giám đốc DHG Pharma, tại lễ ký kết hợp tác chiến"
                    + " lược giữa DHG Pharma và Vinamilk sáng 22-3 - ẢNH: QUANG ĐỊNH"))
        .contains("Mai Kiều Liên");
    // "Sau các cuộc đàm phán giữa A và B hôm qua, hai nước đã ký": no apposition, no signer
    assertThat(
            names(
                "Sau các cuộc đàm phán giữa Chủ tịch Tập Cận Bình và Tổng thống Donald Trump hôm"
                    + " qua, hai nước đã ký thỏa thuận."))
        .isEmpty();
  }

  @Test
  void aTitleAndBodyThenADashAndTheHonorificName() {
    // vietnews-train-067449
    assertThat(
            signers(
                "Chủ tịch Hội Luật gia Việt Nam - ông Nguyễn Văn Quyền (trái) và Chủ tịch Hội Luật"
                    + " gia Liên bang Nga đã ký kết Thoả thuận hợp tác chiến lược.",
                List.of("Hội Luật gia Việt Nam", "Hội Luật gia Nga")))
        .containsExactly(
            new Article.Signatory("Nguyễn Văn Quyền", "Chủ tịch", "Hội Luật gia Việt Nam"));
  }

  @Test
  void aLongForeignNameAndAMayorSign() {
    // a probe (p5-040), not a corpus sentence: a Lao family name of 13 letters
    assertThat(
            names(
                "Sáng 15/11, tại Vientiane, Bộ trưởng Bộ Y tế Đào Hồng Lan và Bộ trưởng Bộ Y tế Lào"
                    + " Bounfeng Phommalaysith đã ký biên bản ghi nhớ về hợp tác trong lĩnh vực y"
                    + " tế."))
        .containsExactly("Đào Hồng Lan", "Bounfeng Phommalaysith");
    // a probe (p5-028): "Thị trưởng", a city's mayor, is a title, and the city abroad his body
    assertThat(
            signers(
                "Ông Lê Trung Chinh, Chủ tịch UBND thành phố Đà Nẵng và ông Takeuchi Kazuhisa, Thị"
                    + " trưởng thành phố Kitakyushu ký biên bản.",
                List.of("Thành phố Đà Nẵng", "thành phố Kitakyushu")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Takeuchi Kazuhisa", "thành phố Kitakyushu"));
    // vietnews-train-018232, a caption: the foreign name after the city and a dash
    assertThat(
            signers(
                "Phó chủ tịch UBND TP. HCM - Trần Vĩnh Tuyến và Thị trưởng Frankfurt - Peter Felmann"
                    + " ký ghi nhớ hữu nghị hợp tác - Ảnh: VIỄN SỰ.",
                List.of("Thành phố Hồ Chí Minh", "Frankfurt")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Peter Felmann", "Frankfurt"));
    // a probe (/work/wt/probes3/p15.jsonl p15-046), not a corpus sentence: a province abroad with
    // its country in brackets is the governor's body, the foreign name after the brackets his
    assertThat(
            signers(
                "Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ và Tỉnh trưởng tỉnh Sê Kông (Lào) Leklay"
                    + " Sivilay đã ký biên bản ghi nhớ hợp tác giữa hai địa phương.",
                List.of("Ủy ban nhân dân thành phố Đà Nẵng", "tỉnh Sê Kông")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Leklay Sivilay", "tỉnh Sê Kông"));
  }

  @Test
  void aForeignNameAfterACompanyTheArticleNamesSigns() {
    // a probe (p8-043), not a corpus sentence: the article writes "Nvidia" on its own before, so
    // "Nvidia" after the title is the company and "Jensen Huang" the person
    String text =
        "Tập đoàn Vingroup và Nvidia (Mỹ) đã ký thỏa thuận hợp tác chiến lược. Chủ tịch Nvidia"
            + " Jensen Huang và Chủ tịch Vingroup Phạm Nhật Vượng trực tiếp ký thỏa thuận.";
    assertThat(inText(text, List.of("Tập đoàn Vingroup", "Nvidia")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Jensen Huang", "Nvidia"));
    // a probe (p8-013): "McMullen" is one name, and "Boeing" is written alone in the lead
    assertThat(
            inText(
                "Vietjet ký hợp đồng mua 50 máy bay Boeing 737 MAX với Boeing. Tổng giám đốc Vietjet"
                    + " Nguyễn Thị Phương Thảo và Phó Chủ tịch Boeing Brad McMullen đã ký hợp"
                    + " đồng.",
                List.of("Vietjet", "Boeing")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Brad McMullen", "Boeing"));
    // the capitals after the title, never written apart, may all be the company's name
    assertThat(
            names(
                "Chủ tịch Nvidia Jensen Huang và Chủ tịch Vingroup Phạm Nhật Vượng trực tiếp ký"
                    + " thỏa thuận."))
        .containsExactly("Phạm Nhật Vượng");
  }

  @Test
  void peopleListedAfterCoInASentenceOpeningWithTheVerbSign() {
    // a probe (p8-021), not a corpus sentence: "Ký thỏa thuận có ông A, ... và ông B, ..."
    assertThat(
            names(
                "Ký thỏa thuận có ông Trần Văn Hiệp, Chủ tịch UBND tỉnh Lâm Đồng và ông Tô Dũng"
                    + " Thái, Chủ tịch Hội đồng thành viên VNPT."))
        .containsExactly("Trần Văn Hiệp", "Tô Dũng Thái");
    // vietnews-train-086291: after "Tham dự buổi lễ ký kết có" the people attend
    assertThat(
            names(
                "Tham dự buổi lễ ký kết có ông Hoàng Ngọc Huấn, chủ tịch HĐQT VTVcab; ông Trịnh Văn"
                    + " Quyết, chủ tịch HĐQT Tập đoàn FLC, cùng các đại diện lãnh đạo cấp cao của hai"
                    + " bên."))
        .isEmpty();
  }

  @Test
  void aSentenceTellingTheSigningAgainNamesThePeopleWhoSignTogether() {
    // a probe (p11-008), not a corpus sentence: the lead reports the signing, a later sentence has
    // the two chairs sign "nghị quyết", a bare document noun that alone is no agreement
    String text =
        "Tổng Liên đoàn Lao động Việt Nam và Hội Liên hiệp Phụ nữ Việt Nam vừa ký nghị quyết liên"
            + " tịch. Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang và Chủ tịch Hội LHPN Việt Nam"
            + " Hà Thị Nga ký nghị quyết tại trụ sở Tổng Liên đoàn ở Hà Nội.";
    assertThat(retold(text)).containsExactly("Nguyễn Đình Khang", "Hà Thị Nga");
    // vietnews-train-015960: one official signs a paper of his own; no second side
    assertThat(
            retold(
                "Hai bên đã ký kết chương trình phối hợp. Cụ thể, Thứ trưởng Bộ Văn hoá - thể thao"
                    + " và du lịch Lê Quang Tùng đã ký văn bản gửi các sở văn hoá - thể thao và du"
                    + " lịch."))
        .isEmpty();
  }

  @Test
  void theAgentsOfAPassiveSigningToldAgainSign() {
    // probes p12-021 and p12-028, not corpus sentences: "được ký bởi", "được ký tại ... giữa"
    assertThat(
            retold(
                "Hai bên đã ký bản ghi nhớ hợp tác. Bản ghi nhớ được ký bởi bà Hà Thị Nga, Chủ tịch"
                    + " Hội LHPN Việt Nam, và ông Matt Jackson, Trưởng đại diện UNFPA tại Việt"
                    + " Nam."))
        .containsExactly("Hà Thị Nga", "Matt Jackson");
    assertThat(
            retold(
                "Hai bên ký kết thỏa ước lao động tập thể. Thỏa ước được ký tại Hà Nội giữa ông Lê"
                    + " Mạnh Hùng, Tổng Giám đốc Petrovietnam, và ông Phạm Văn Phong, Chủ tịch Công"
                    + " đoàn Dầu khí Việt Nam."))
        .containsExactly("Lê Mạnh Hùng", "Phạm Văn Phong");
  }

  @Test
  void signersWhoSignOnBehalfOfBothSidesAfterTheirTitles() {
    // a probe (p11-013), not a corpus sentence: "..., thay mặt hai đơn vị ký kết"
    assertThat(
            names(
                "Đại tá Nguyễn Hồng Phong, Giám đốc Công an tỉnh và ông Trần Văn Trinh, Chủ tịch Hội"
                    + " CCB tỉnh, thay mặt hai đơn vị ký kết quy chế."))
        .containsExactly("Nguyễn Hồng Phong", "Trần Văn Trinh");
    // a probe (p11-038): "là đại diện ký"
    assertThat(
            names(
                "Bộ trưởng Công Thương Nguyễn Hồng Diên và Bộ trưởng Thương mại và Công nghiệp"
                    + " Singapore Gan Kim Yong là đại diện ký."))
        .containsExactly("Nguyễn Hồng Diên", "Gan Kim Yong");
  }

  @Test
  void aPersonWithNoTitleSignsOnlyBesideAnother() {
    // vietnews-val-021377
    assertThat(
            names(
                "Ông Đào Ngọc Chiến (đại diện Vụ Công nghệ cao) và đại diện Công ty Plannet (Mỹ) ký"
                    + " bản ghi nhớ hỗ trợ Việt Nam tiếp cận công nghệ vũ trụ mới nhất trên thế"
                    + " giới."))
        .containsExactly("Đào Ngọc Chiến");
    // vietnews-train-013180: a paper of his own
    assertThat(
            names(
                "Ngày 8-11, ông Võ Việt Chung thừa nhận và tự nguyện ký biên bản về hành vi vi phạm"
                    + " hành chính."))
        .isEmpty();
    // vietnews-val-004829: at the signing table, not signing
    assertThat(names("Ông Kim Jong Un và ông Trump sau đó cùng xuất hiện tại bàn ký kết."))
        .isEmpty();
  }

  @Test
  void aGovernorAbroadAndForeignNamesAfterTheirCompany() {
    // probes p11-034, p11-049, p11-041, not corpus sentences
    assertThat(
            names(
                "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy và Tỉnh trưởng Gyeonggi Kim Dong-yeon"
                    + " ký văn kiện."))
        .containsExactly("Cao Tường Huy", "Kim Dong-yeon");
    // the province is written on its own in the lead, so the name after it is the person's
    assertThat(
            inText(
                "Thành phố Huế và tỉnh Savannakhet (Lào) ký thỏa thuận hợp tác. Phó Chủ tịch UBND"
                    + " thành phố Huế Nguyễn Thanh Bình và Phó Tỉnh trưởng Savannakhet Viengxay"
                    + " Sihalath ký thỏa thuận.",
                List.of()))
        .extracting(Article.Signatory::name)
        .containsExactly("Nguyễn Thanh Bình", "Viengxay Sihalath");
    assertThat(
            inText(
                "FPT và Mitsubishi Corporation ký thỏa thuận. Mitsubishi là đối tác lâu năm. Chủ tịch"
                    + " FPT Trương Gia Bình và Chủ tịch Mitsubishi Corporation Kakiuchi Takehiko ký"
                    + " thỏa thuận.",
                List.of()))
        .extracting(Article.Signatory::name)
        .contains("Kakiuchi Takehiko");
    // vietnews-train-020891: "Moon", written alone only after "ông", is no company
    assertThat(
            retold(
                "Hai nhà lãnh đạo đã ký tuyên bố chung. Đứng cạnh ông Moon sau lễ ký tuyên bố. Chủ"
                    + " tịch Kim Jong Un và Tổng thống Moon Jae In ký văn bản sau hội đàm."))
        .doesNotContain("Jae In");
  }

  @Test
  void theArticlesOwnProvinceAfterATitleAndNamesOfCommercialDirectors() {
    // a probe (p11-051), not a corpus sentence: "tỉnh" alone, the article's province, then the name
    assertThat(
            names(
                "Chủ tịch UBND tỉnh Lữ Văn Hùng và Chủ tịch HĐTV Petrovietnam Lê Mạnh Hùng ký quy"
                    + " chế."))
        .containsExactly("Lữ Văn Hùng", "Lê Mạnh Hùng");
    // a province after the type word is the body, no name: "tỉnh Lâm Đồng"
    assertThat(names("Chủ tịch UBND tỉnh Lâm Đồng và ông Tô Dũng Thái đã ký."))
        .containsExactly("Tô Dũng Thái");
    // probes p12-046, p11-047: "Giám đốc thương mại" is a title; a particle inside a foreign name
    String airbus =
        "Vietjet và Airbus đã ký biên bản ghi nhớ. Chủ tịch Vietjet Nguyễn Thị Phương Thảo và Giám"
            + " đốc thương mại Airbus Benoît de Saint-Exupéry ký hợp đồng.";
    assertThat(inText(airbus, List.of("Vietjet", "Airbus")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Benoît de Saint-Exupéry", "Airbus"));
  }

  @Test
  void aProvinceAbroadWithNoCountryAfterItThenItsHead() {
    // probe p15-036, not a corpus sentence: the lead writes "tỉnh Ishikawa (Nhật Bản)" on its own,
    // so the capitals after "Ishikawa" are the governor's name
    assertThat(
            retold(
                "Thừa Thiên Huế và tỉnh Ishikawa (Nhật Bản) ký ghi nhớ hợp tác. Biên bản được ký bởi"
                    + " Chủ tịch UBND tỉnh Thừa Thiên Huế Phan Ngọc Thọ và Thống đốc tỉnh Ishikawa"
                    + " Tanimoto Masanori."))
        .containsExactly("Phan Ngọc Thọ", "Tanimoto Masanori");
    // probe p16-058: a Korean name that the family-name list reads, after the province
    assertThat(
            retold(
                "Tỉnh Lâm Đồng và tỉnh Chungcheongbuk (Hàn Quốc) đã ký kết văn kiện. Chủ tịch UBND"
                    + " tỉnh Lâm Đồng Trần Văn Hiệp và Tỉnh trưởng tỉnh Chungcheongbuk Kim Young-hwan"
                    + " đặt bút ký văn kiện."))
        .containsExactly("Trần Văn Hiệp", "Kim Young-hwan");
    // probe p16-049: a capital abroad, the party its government's
    List<Article.Signatory> vientiane =
        inText(
            "Lãnh đạo hai thủ đô đã ký chương trình hợp tác giữa UBND TP Hà Nội và Chính quyền Thủ"
                + " đô Viêng Chăn giai đoạn 2024 - 2026. Văn kiện do Chủ tịch UBND TP Hà Nội Trần"
                + " Sỹ Thanh và Tỉnh trưởng Thủ đô Viêng Chăn Atsaphangthong Siphandone ký tại"
                + " Viêng Chăn.",
            List.of("Ủy ban nhân dân thành phố Hà Nội", "thủ đô Viêng Chăn"));
    assertThat(vientiane)
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Atsaphangthong Siphandone", "thủ đô Viêng Chăn"));
  }

  @Test
  void passiveAgentsWithNoTitleAndPeopleListedAfterCoToldAgain() {
    // probe p15-003, not a corpus sentence: "bà A" with no title beside a titled agent
    assertThat(
            retold(
                "Hai bên đã ký kết chương trình phối hợp. Chương trình được ký bởi bà Bạch Liên Hương"
                    + " và bà Lê Kim Anh, Chủ tịch Hội LHPN thành phố."))
        .containsExactlyInAnyOrder("Bạch Liên Hương", "Lê Kim Anh");
    // probe p16-004: "Ký nghị quyết có anh A, ..., và ông B, ..." in a later sentence
    assertThat(
            retold(
                "Hai bên ký nghị quyết liên tịch. Ký nghị quyết có anh Nguyễn Thanh Tâm, Bí thư Tỉnh"
                    + " Đoàn, và ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh Bình Dương."))
        .containsExactly("Nguyễn Thanh Tâm", "Nguyễn Văn Lộc");
  }

  @Test
  void oneAgentOfAPassiveSigningWithACounterpartyToldAgain() {
    // vietnews-train-044214: the lead names no signer; the retelling names one, signing "với"
    assertThat(
            retold(
                "Philippines hôm nay ký hợp đồng mua hai tàu hộ tống với một tập đoàn Hàn Quốc."
                    + " Hợp đồng do Bộ trưởng Quốc phòng Philippines Delfin Lorenzana ký với đại"
                    + " diện Tập đoàn công nghiệp nặng Huyndai (HHI) của Hàn Quốc."))
        .containsExactly("Delfin Lorenzana");
    // a document signed with nobody is no retold signing: one agent alone still gives no signer
    assertThat(
            retold(
                "Hai bên đã ký kết hợp đồng. Quyết định do Phó chủ tịch UBND tỉnh Nguyễn Văn An"
                    + " ký ngày 5/3."))
        .isEmpty();
  }

  @Test
  void physiciansDegreesTheBodysStateAfterCuaAndTheFamilyNameTao() {
    // probe p16-006: "BSCKII" opens the second signer, so the first one's title closes at its comma
    assertThat(
            names(
                "GS.TS Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, và BSCKII Lò Văn Tiến, Giám đốc"
                    + " Bệnh viện Đa khoa tỉnh Điện Biên, ký thỏa thuận trước sự chứng kiến của lãnh"
                    + " đạo UBND tỉnh."))
        .containsExactly("Đào Xuân Cơ", "Lò Văn Tiến");
    // probe p15-049: "của Cuba" after the body, then a foreign name
    assertThat(
            names(
                "Tổng Giám đốc Thông tấn xã Việt Nam (TTXVN) Nguyễn Đức Lợi và Chủ tịch Hãng thông"
                    + " tấn Prensa Latina của Cuba Luis Enrique González đã ký thỏa thuận hợp tác."))
        .containsExactly("Nguyễn Đức Lợi", "Luis Enrique González");
    // probe p16-033: "Tào" is a family name
    assertThat(
            names(
                "Phó Chủ tịch UBND TP Trương Việt Dũng và Chủ tịch kiêm Tổng giám đốc Viettel Tào"
                    + " Đức Thắng đã ký thỏa thuận."))
        .containsExactly("Trương Việt Dũng", "Tào Đức Thắng");
  }

  @Test
  void anOfficersRankOpensASignerAsOngDoes() {
    // probe p42-049: "Thiếu tá" opens the second signer of the list, as "ông" would
    assertThat(
            names(
                "Ông Rơ Châm Hyưn, Chủ tịch UBND xã, và Thiếu tá Nguyễn Đình Vinh, Chính trị viên"
                    + " Đồn Biên phòng Ia Dom, ký quy chế."))
        .containsExactly("Rơ Châm Hyưn", "Nguyễn Đình Vinh");
    // probe p42-045: "Thượng tá" before the first signer, a degree before the second
    assertThat(
            names(
                "Thượng tá Lê Văn Bảo, Trưởng Công an TP Thủ Đức, và PGS.TS Vũ Hải Quân, Giám đốc"
                    + " ĐHQG TP.HCM, ký quy chế."))
        .containsExactlyInAnyOrder("Lê Văn Bảo", "Vũ Hải Quân");
    // a rank with no title after the name signs as "tiến sĩ" does
    assertThat(names("Trung tá Trần Hải Quân và ông Trương Chí Hùng đã ký quy chế phối hợp."))
        .contains("Trần Hải Quân");
  }

  @Test
  void aForeignNameAfterOngBaAndATitleInBracketsAfterTheName() {
    // vietnews-test-019529: "bà" and a foreign name beside another signer
    assertThat(
            names(
                "Ông Chu Ngọc Anh và bà Irina Bokova ký thoả thuận thành lập hai trung tâm khoa học"
                    + " dạng hai về Toán học và Vật lý tại Việt Nam."))
        .containsExactly("Chu Ngọc Anh", "Irina Bokova");
    // vietnews-train-026996: as written
    assertThat(
            names(
                "Sau hai phiên họp buổi sáng, tiếp theo là ăn trưa làm việc, cả ông Donald Trum và"
                    + " Kim Jong Un đã đặt bút ký kết một thoả thuận mang tính lịch sử giữa Mỹ và"
                    + " Triều Tiên."))
        .contains("Donald Trum");
    // vietnews-train-091928: the title in brackets after the name gives the body, and "Tổng thư
    // ký" inside it is no verb
    assertThat(
            signers(
                "Tại Hội nghị, Bộ trưởng Giao thông Vận tải, Phó chủ tịch Thường trực Uỷ ban An toàn"
                    + " giao thông Quốc gia Trương Quang Nghĩa và ông Trần Thanh Mẫn (Phó chủ tịch"
                    + " kiêm Tổng thư ký Uỷ ban Trung ương MTTQ Việt Nam) đã ký chương trình phối"
                    + " hợp.",
                List.of()))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            Tuple.tuple("Trần Thanh Mẫn", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"));
  }

  /** The signers when sentence 0 reports the signing and every later sentence may tell it again. */
  private static List<String> retold(String text) {
    Syllables s = Syllables.of(text, GAZETTEER.trie().vocabulary());
    OrganisationMatcher.Scan scan = GAZETTEER.matcher().scan(s, false);
    Set<Integer> later = new java.util.HashSet<>();
    for (int k = 0; k < s.size; k++) {
      if (s.sentence[k] > 0) {
        later.add(s.sentence[k]);
      }
    }
    return Signatories.of(Signatories.read(s, scan, Set.of(0), later, GAZETTEER), List.of())
        .stream()
        .map(Article.Signatory::name)
        .toList();
  }

  @Test
  void aNameNoVietnameseCouldBearSignsAfterAnAcronymOrACitysHead() {
    // probe p19-055 (heldout-7), not a corpus sentence: "ZEDM" is an acronym, the rest a name
    assertThat(
            signers(
                "Tổng Giám đốc Viglacera Nguyễn Anh Tuấn và Tổng Giám đốc ZEDM Ana Teresa Igarza"
                    + " ký văn kiện.",
                List.of()))
        .extracting(Article.Signatory::name)
        .containsExactly("Nguyễn Anh Tuấn", "Ana Teresa Igarza");
    // probe p20-002 (heldout-8): a mayor's title, then a foreign name with no city between
    assertThat(
            names(
                "Chủ tịch UBND tỉnh Nguyễn Văn Cao và Thị trưởng Toshikazu Yamade ký bản ghi nhớ"
                    + " tại Trung tâm Festival Huế."))
        .containsExactly("Nguyễn Văn Cao", "Toshikazu Yamade");
    // probe p19-042 (heldout-7): the body the article names by its acronym, then the name
    assertThat(
            inText(
                "Petrovietnam và Công ty ONGC Videsh Ltd (OVL) đã ký bản ghi nhận ý định hợp tác."
                    + " Tổng Giám đốc Petrovietnam Lê Ngọc Sơn và Giám đốc điều hành OVL Rajarshi"
                    + " Gupta đã ký văn bản.",
                List.of("Công ty ONGC Videsh Ltd")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Rajarshi Gupta", "Công ty ONGC Videsh Ltd"));
    // vietnews-train-036201 (tune): a title inside a noun phrase opens no subject
    assertThat(
            names(
                "Gần 1000 đại diện doanh nghiệp Nhật Bản trong đoàn tháp tùng Thủ tướng Shinzo Abe"
                    + " tới thăm Bắc Kinh hôm nay ký khoảng 500 thoả thuận hợp tác."))
        .isEmpty();
  }

  @Test
  void aMinistersOrAnAmbassadorsTitleThenANameNoVietnameseCouldBearSigns() {
    // probe p21-040 (heldout-9): a minister of state, his name right after the bare title
    assertThat(
            names(
                "Bộ trưởng Đào Ngọc Dung và Bộ trưởng Tony Burke đại diện hai bên ký bản ghi"
                    + " nhớ."))
        .containsExactly("Đào Ngọc Dung", "Tony Burke");
    // a Vietnamese name after the same title is read as before, never as foreign
    assertThat(names("Thứ trưởng Lê Công Thành và Thứ trưởng Hun Sen đã ký thỏa thuận."))
        .containsExactly("Lê Công Thành");
  }

  @Test
  void aDegreeOpensAForeignNameBeforeItsTitle() {
    // probe p22-025 (heldout-10): "GS." opens the name as "ông" does
    assertThat(
            signers(
                "Ông Dương Đình Chỉnh, Giám đốc Sở Y tế và GS. Kimura Hiroshi, Phó Hiệu trưởng"
                    + " Trường Đại học Tokai ký kết biên bản ghi nhớ.",
                List.of()))
        .extracting(Article.Signatory::name)
        .containsExactly("Dương Đình Chỉnh", "Kimura Hiroshi");
  }

  @Test
  void aGivenNamesLowerCaseHalfGluedByAHyphenStaysInTheName() {
    // probe p17-018 (heldout-5): "Ming-hsien" is one given name, before the comma and the title
    assertThat(
            names(
                "PGS.TS Bùi Văn Dũng, Phó Hiệu trưởng nhà trường, và ông Chen Ming-hsien, Giám"
                    + " đốc công ty, ký kết thỏa thuận."))
        .containsExactly("Bùi Văn Dũng", "Chen Ming-hsien");
  }

  @Test
  void aForeignNameTheScanReadIntoTheBodyIsTheSigners() {
    // probe p19-037 (heldout-7): "Pan Sorasak" after the ministry's state is a person
    assertThat(
            signers(
                "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Bộ Thương mại Campuchia Pan"
                    + " Sorasak đã ký Bản ghi nhớ về phát triển thương mại biên giới.",
                List.of()))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Pan Sorasak", "Bộ Thương mại Campuchia"));
  }

  @Test
  void aHyphenedForeignNameAndADelegationsHeadSign() {
    // probe p20-025 (heldout-8): "Abdel-Jelil" is one family name, before its title
    assertThat(
            names(
                "Ông Lò Văn Muôn, Phó Chủ tịch UBND tỉnh ký thỏa thuận với ông Youssouf"
                    + " Abdel-Jelil, Trưởng đại diện UNICEF tại Việt Nam."))
        .containsExactly("Lò Văn Muôn", "Youssouf Abdel-Jelil");
    // probe p19-043 (heldout-7): "Trưởng Phái đoàn" is a title
    assertThat(
            names(
                "Đại sứ, Trưởng Phái đoàn EU tại Việt Nam Bruno Angelet và Thứ trưởng Bộ Kế hoạch và"
                    + " Đầu tư Nguyễn Thế Phương ký hiệp định."))
        .containsExactly("Bruno Angelet", "Nguyễn Thế Phương");
  }

  @Test
  void peopleListedAfterLaInASentenceOpeningWithTheVerbSign() {
    // probe p20-047 (heldout-8), not a corpus sentence: "Ký kết ... là ông A, ... và ông B, ..."
    assertThat(
            names(
                "Ký kết chương trình là ông Nguyễn Đình Hưng, Chủ tịch LĐLĐ tỉnh và ông Lê Văn"
                    + " Thắng, Giám đốc Chi nhánh NHCSXH tỉnh Nghệ An."))
        .containsExactly("Nguyễn Đình Hưng", "Lê Văn Thắng");
  }

  @Test
  void aSignerNamedTwiceSignsForTheFullerMentionsParty() {
    // vietnews-test-011589: the caption names Turnbull without his state, the body with it
    assertThat(
            inText(
                "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Malcolm Turnbull ký Tuyên bố chung. Thủ"
                    + " tướng Nguyễn Xuân Phúc và Thủ tướng Australia Malcolm Turnbull hôm nay ký"
                    + " Tuyên bố chung.",
                List.of("Việt Nam", "Australia")))
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(Tuple.tuple("Malcolm Turnbull", "Australia"));
  }

  private static List<Article.Signatory> inText(String text, List<String> parties) {
    Syllables s = Syllables.of(text, GAZETTEER.trie().vocabulary());
    OrganisationMatcher.Scan scan = GAZETTEER.matcher().scan(s, false);
    Set<Integer> all = new java.util.HashSet<>();
    for (int k = 0; k < s.size; k++) {
      all.add(s.sentence[k]);
    }
    return Signatories.find(s, scan, all, GAZETTEER, parties);
  }

  @Test
  void comradeIsAnHonorificBeforeASignersName() {
    // probes p17-007 (heldout-5) and p22-053 (heldout-10): the party and state press writes
    // "đồng chí" before a leader's name where others write "ông"; the title after it is the role
    assertThat(
            signers(
                "Đồng chí Nguyễn Khắc Thận, Chủ tịch UBND tỉnh, và đồng chí Nguyễn Thị Kim Huệ, Chủ"
                    + " tịch Hội Nông dân tỉnh, ký nghị quyết.",
                List.of()))
        .extracting(Article.Signatory::name, Article.Signatory::role)
        .containsExactly(
            Tuple.tuple("Nguyễn Khắc Thận", "Chủ tịch UBND"),
            Tuple.tuple("Nguyễn Thị Kim Huệ", "Chủ tịch"));
    // a foreign name after it too
    assertThat(
            names(
                "Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa và đồng chí Viêngthong"
                    + " Hetchaleun, Tỉnh trưởng tỉnh Hủa Phăn đã ký văn kiện tại thủ phủ Sầm Nưa."))
        .containsExactly("Đỗ Minh Tuấn", "Viêngthong Hetchaleun");
  }

  @Test
  void aCommaAfterTheNextSignersNameOpensThatOnesTitle() {
    // probe p28-055 (heldout-16): the comma after the second signer's name opens that one's title
    // in apposition, as it does after the first's; both are the subject of "ký"
    assertThat(
            names(
                "Chủ tịch Hội đồng quản trị VIMC Lê Anh Sơn và ông Diego Delgado, đại diện TIL, ký"
                    + " hợp đồng."))
        .containsExactlyInAnyOrder("Lê Anh Sơn", "Diego Delgado");
    // probe p28-047: each title closed by a comma, then the sides' word and the verb
    assertThat(
            names(
                "Ông Nguyễn Văn Thanh, Tổng giám đốc VinBus, và ông Nguyễn Thanh Nam, Giám đốc Trung"
                    + " tâm, đại diện hai bên ký kết."))
        .containsExactlyInAnyOrder("Nguyễn Văn Thanh", "Nguyễn Thanh Nam");
  }

  @Test
  void aCommaAfterTheNextNameStillEndsASpeakersClause() {
    // the comma after the next name opens a title, not a clause of its own: a speaker still
    // signs nothing
    assertThat(
            names(
                "Ông Nguyễn Văn Thanh và ông Nguyễn Thanh Nam, Giám đốc Trung tâm, cho biết hai bên"
                    + " sẽ ký kết hợp đồng."))
        .isEmpty();
  }

  @Test
  void aCeremonyAfterTheEndOfThePersonsClauseIsNoSigning() {
    // vietnews-train-010497 (caption): the leaders toast after the talks and the ceremony; the
    // first "ký" after their names is the ceremony's, and "sau khi" ended their clause before it
    assertThat(
            names(
                "Tổng bí thư Nguyễn Phú Trọng và Tổng bí thư, Chủ tịch Trung Quốc Tập Cận Bình nâng"
                    + " ly chúc mừng sau khi buổi hội đàm và lễ ký kết văn kiện giữa hai nước kết"
                    + " thúc - Ảnh: NGUYỄN KHÁNH"))
        .isEmpty();
  }

  @Test
  void theSidesWordAndTheVerbThenTheSignersAfterLa() {
    // probes p16-005 (heldout-4) and p18-031 (heldout-6): the sentence opens with the side's word
    // and the verb, then "là" lists who signs, as after "Người ký là"
    assertThat(
            names(
                "Đại diện VietinBank ký thỏa thuận là bà Trần Thị Minh Nguyệt, Phó Tổng Giám đốc."))
        .containsExactly("Trần Thị Minh Nguyệt");
    assertThat(
            names(
                "Đại diện hai bộ ký văn kiện là Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc"
                    + " phòng Việt Nam, và Thứ trưởng phụ trách chính sách quốc phòng Nhật Bản."))
        .containsExactly("Hoàng Xuân Chiến");
  }

  @Test
  void aSignerWhoseBodyIsNotReadIsNamedRightBeforeTheNextSignerOrTheVerb() {
    // probe heldout-25 p37-015 and heldout-26 p38-021: a body the scan does not read ("Bưu điện
    // tỉnh", "Bệnh viện Bạch Mai" before a name), the name last before "và" and the next title
    assertThat(
            names(
                "Giám đốc BHXH tỉnh Nguyễn Quang Huy và Giám đốc Bưu điện tỉnh Trần Quốc Toản đã ký"
                    + " hợp đồng."))
        .containsExactlyInAnyOrder("Nguyễn Quang Huy", "Trần Quốc Toản");
    assertThat(
            names(
                "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ và Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình"
                    + " Nguyễn Văn Tiến ký hợp đồng."))
        .containsExactlyInAnyOrder("Đào Xuân Cơ", "Nguyễn Văn Tiến");
    // vietnews-train-068341: the first title's qualifier, then the name
    assertThat(
            names(
                "Tại Hội nghị, Phó Thủ tướng Thường trực Trương Hoà Bình và Trưởng Ban Dân vận"
                    + " Trung ương Trương Thị Mai đã ký kết kế hoạch phối hợp thực hiện Năm dân vận"
                    + " chính quyền 2019."))
        .containsExactlyInAnyOrder("Trương Hoà Bình", "Trương Thị Mai");
    // vietnews-train-038492: a second state after "và" is no person
    assertThat(
            names(
                "Bộ trưởng Quốc phòng Nga và Nam Ossetia ký thoả thuận cho phép một số đơn vị quân"
                    + " đội Ossetia thuộc lực lượng vũ trang Nga."))
        .isEmpty();
  }

  @Test
  void aForeignNameOfTwoWordsAfterItsBodysStateSigns() {
    // probe heldout-25 p37-002
    assertThat(
            names(
                "Chủ tịch Công đoàn công ty Nguyễn Thị Bích Thủy và Tổng Giám đốc Changshin Việt Nam"
                    + " Park Sung-ho đã ký thỏa ước lao động tập thể mới."))
        .contains("Park Sung-ho");
    // a capitalised word before the two that is no state nor acronym may be the given name
    assertThat(
            names(
                "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Giám đốc Hãng Boeing Brad McMullen đã"
                    + " ký biên bản."))
        .containsExactly("Nguyễn Hồng Diên");
  }
}
