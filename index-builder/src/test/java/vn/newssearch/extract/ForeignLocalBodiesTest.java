package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A province, state or city abroad and the bodies that govern it, signing with a locality of ours:
 * sentences of the tuning probe sets (ids in the comments), the locality signing by its canonical
 * name, the foreign body named with its unit, never folded into a body of ours.
 */
class ForeignLocalBodiesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article lead(String title, String lead) {
    return EXTRACTOR.enrich(
        SeedArticles.article(title, lead, "Hai bên cam kết tăng cường hợp tác.", null));
  }

  @Test
  void aPlaceWhoseNameStartsWithATenseWordSigns() {
    // probe heldout-14 p26-046: "Cần" (needs) of Cần Thơ read as a signing still to come; main
    // gave no agreement at all
    Article a =
        lead(
            "Cần Thơ kết nối với bang Victoria về giáo dục nghề nghiệp",
            "Trong chuyến công tác tại Úc, ngày 18/3, Cần Thơ và bang Victoria đã ký biên bản ghi"
                + " nhớ về hợp tác giáo dục và đào tạo nghề tại thành phố Melbourne.");
    assertThat(a.parties()).containsExactly("Cần Thơ", "bang Victoria");
    // the tense word of the clause itself still tells a signing ahead
    assertThat(
            lead(
                    "Cần Thơ kết nối với bang Victoria",
                    "Theo kế hoạch, TP Cần Thơ cần ký biên bản ghi nhớ với bang Victoria.")
                .agreement())
        .isNull();
  }

  @Test
  void aStateRightAfterAUnitsNameIsItsCountry() {
    // vietnews-test-020115 (eval/agreements/lists-30.md #13): main dropped the Thai province, its
    // country written with no comma or bracket
    Article a =
        lead(
            "Việt Nam và Thái Lan sẽ tăng cường trao đổi đoàn cấp cao",
            "Ngay sau buổi hội đàm, hai Thủ tướng đã cùng chứng kiến lễ ký kết 3 văn kiện hợp tác"
                + " gồm Chương trình hợp tác văn hoá Việt Nam - Thái Lan giai đoạn 2014-2016; Thoả"
                + " thuận hợp tác giữa thành phố Cần Thơ và tỉnh Chachongsao Thái Lan.");
    assertThat(a.parties()).contains("Cần Thơ", "tỉnh Chachongsao");
    assertThat(a.parties()).doesNotContain("tỉnh Chachongsao Thái Lan");
  }

  @Test
  void aDistrictWhoseSecondSyllableSpellsAStateIsNoUnitAbroad() {
    // web-6t r20-027's shape (a sentence written for the test): "Mỹ Đức" is a district of Hà Nội,
    // not "huyện Mỹ" in Germany; main gave "huyện Mỹ" as a side
    Article a =
        lead(
            "Ký kết phối hợp tuyên truyền",
            "Chiều 12/4, Sở Tư pháp tỉnh Hà Nam và huyện Mỹ Đức đã ký kết quy chế phối hợp về"
                + " phổ biến pháp luật.");
    assertThat(a.parties()).containsExactly("Sở Tư pháp tỉnh Hà Nam");
    // a name no Vietnamese syllable spells, its state right after it, is abroad still
    assertThat(
            lead(
                    "Hợp tác",
                    "Ngày 1-7, thành phố Cần Thơ và tỉnh Chonburi Thái Lan đã ký biên bản ghi"
                        + " nhớ hợp tác.")
                .parties())
        .containsExactly("Cần Thơ", "tỉnh Chonburi");
  }

  @Test
  void aPluralOfUnitsAbroadListsEachUnit() {
    // vietnews-train-086017: main kept the company alone
    Article a =
        lead(
            "Vì sao Nhật Bản ngừng cấp visa đoàn cho 8 công ty du lịch Việt Nam?",
            "Ngày 1-7 vừa qua, Vietravel vừa ký bản ghi nhớ hợp tác với hai tỉnh Ibaraki và"
                + " Fukushima (Nhật Bản) nhằm thúc đẩy quảng bá, giới thiệu hoạt động du lịch tại"
                + " thị trường Nhật Bản.");
    assertThat(a.parties()).containsExactly("Vietravel", "tỉnh Ibaraki", "tỉnh Fukushima");
    // Sino-Vietnamese names with no country: no list
    assertThat(
            lead(
                    "Hợp tác",
                    "Ngày 1-7, tỉnh Quảng Nam đã ký bản ghi nhớ hợp tác với hai tỉnh Vân Nam và"
                        + " Quảng Tây.")
                .parties())
        .containsExactly("tỉnh Quảng Nam");
  }

  @Test
  void aBodyOfAUnitAbroadIsNoBodyOfOurs() {
    // probe heldout-14 p26-049: main read our Bộ Khoa học và Công nghệ
    Article a =
        lead(
            "Đại học Việt Đức nhận cam kết hỗ trợ mới từ bang Hessen",
            "Trường Đại học Việt Đức (VGU) và Bộ Khoa học và Nghệ thuật bang Hessen (Đức) ký bản"
                + " ghi nhận ý định về việc tiếp tục hỗ trợ nhà trường giai đoạn 2025-2030.");
    assertThat(a.parties())
        .containsExactly("Trường Đại học Việt Đức", "Bộ Khoa học và Nghệ thuật bang Hessen");
    // probe heldout-14 p26-056: the Lao department's second field; main dropped the party
    Article b =
        lead(
            "Trường Đại học Vinh đào tạo giáo viên cho tỉnh Bolikhamxay",
            "Kết thúc buổi làm việc, Trường Đại học Vinh và Sở Giáo dục và Thể thao tỉnh"
                + " Bolikhamxay đã ký biên bản ghi nhớ hợp tác trong 5 năm.");
    assertThat(b.parties())
        .containsExactly("Trường Đại học Vinh", "Sở Giáo dục và Thể thao tỉnh Bolikhamxay");
    // a place's government after "và" is a party of its own
    Article c =
        lead(
            "Hợp tác với tỉnh Savannakhet",
            "Bộ Công an và chính quyền tỉnh Savannakhet (Lào) đã ký biên bản ghi nhớ hợp tác.");
    assertThat(c.parties()).containsExactly("Bộ Công an", "tỉnh Savannakhet");
  }

  @Test
  void aChinesePeoplesGovernmentIsABodyOfItsUnit() {
    // probe heldout-6 p18-038: main dropped the Yunnan government
    Article a =
        lead(
            "Lào Cai - Vân Nam ký ghi nhớ thúc đẩy thương mại biên giới",
            "Ủy ban nhân dân tỉnh Lào Cai và Chính quyền Nhân dân tỉnh Vân Nam (Trung Quốc) ký"
                + " biên bản ghi nhớ về tăng cường hợp tác thương mại, logistics biên giới.");
    assertThat(a.parties())
        .containsExactly("Ủy ban nhân dân tỉnh Lào Cai", "Chính quyền Nhân dân tỉnh Vân Nam");
    // probe heldout-13 p25-012: the holder's name after the region's two syllables
    Article b =
        lead(
            "Hợp tác kinh tế - thương mại",
            "Sau hội đàm, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy và Phó Chủ tịch Chính quyền"
                + " Nhân dân Khu tự trị Quảng Tây Vi Triều Tư đã ký Biên bản ghi nhớ về tăng cường"
                + " hợp tác kinh tế – thương mại.");
    assertThat(b.parties())
        .containsExactlyInAnyOrder(
            "Ủy ban nhân dân tỉnh Quảng Ninh", "Chính quyền Nhân dân Khu tự trị Quảng Tây");
    assertThat(b.signatories())
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(tuple("Vi Triều Tư", "Chính quyền Nhân dân Khu tự trị Quảng Tây"));
    // a people's government is never our Chính phủ
    Article c =
        lead(
            "Lào Cai - Vân Nam",
            "UBND tỉnh Lào Cai và Chính phủ Nhân dân tỉnh Vân Nam đã ký Biên bản ghi nhớ.");
    assertThat(c.parties())
        .containsExactly("Ủy ban nhân dân tỉnh Lào Cai", "Chính phủ Nhân dân tỉnh Vân Nam");
  }
}
