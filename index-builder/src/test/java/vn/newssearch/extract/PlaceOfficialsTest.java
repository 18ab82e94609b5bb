package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * An official whose title names a place's government signs for it, in the active and in the passive
 * voice: the agents after "được ký kết giữa"/"được ký bởi" sign as the verb's subjects do; a
 * capital's mayor or governor signs for his city, not its state; a state's governor written "Bang
 * X" for the state; a provincial or city party secretary beside another place for his place.
 * Witnesses stay out, and a secretary beside a ministry keeps his committee. Sentences written
 * here, with invented people.
 */
class PlaceOfficialsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article lead(String lead) {
    return EXTRACTOR.enrich(
        SeedArticles.article(
            "Tin hoạt động", lead, "Hai bên thống nhất tăng cường hợp tác.", null));
  }

  @Test
  void theAgentsOfAPassiveSigningSignForTheBodiesTheirTitlesName() {
    // web-t r2-003's shape, and the probes' "Thỏa thuận được ký giữa Chủ tịch UBND TP Hà Nội ..."
    Article between =
        lead(
            "Ngày 12/5, thỏa thuận hợp tác đã được ký kết giữa Chủ tịch UBND tỉnh Nghệ An Hoàng Văn"
                + " Tâm và Tỉnh trưởng tỉnh Xiêng Khoảng Bounmy Keola.");
    assertThat(between.parties())
        .containsExactly("Ủy ban nhân dân tỉnh Nghệ An", "tỉnh Xiêng Khoảng");
    Article by =
        lead(
            "Ngày 12/5, biên bản ghi nhớ được ký bởi Chủ tịch UBND TP Hà Nội Lê Văn Khang và Thị"
                + " trưởng Seoul Park Min-jae.");
    assertThat(by.parties()).containsExactly("Ủy ban nhân dân thành phố Hà Nội", "Seoul");
    // the counterpart: the same people watching a signing sign nothing
    Article watched =
        lead(
            "Ngày 12/5, lễ ký thỏa thuận hợp tác diễn ra dưới sự chứng kiến của Chủ tịch UBND tỉnh"
                + " Nghệ An Hoàng Văn Tâm và Tỉnh trưởng tỉnh Xiêng Khoảng Bounmy Keola.");
    assertThat(watched.parties()).isEmpty();
    // heads of named organisations were read already, and still are
    Article heads =
        lead(
            "Ngày 12/5, thỏa thuận hợp tác đã được ký kết giữa Giám đốc Sở Y tế tỉnh Long An Trần"
                + " Văn Lộc và Tổng giám đốc Công ty Cổ phần Dược Hậu Giang Phạm Thị Hoa.");
    assertThat(heads.parties())
        .containsExactly("Sở Y tế tỉnh Long An", "Công ty Cổ phần Dược Hậu Giang");
  }

  @Test
  void aCapitalsMayorOrGovernorSignsForHisCityNotItsState() {
    Article mayor =
        lead(
            "Ngày 12/5, bản thỏa thuận đã được ký giữa Đô trưởng Viêng Chăn Khamphao Sisavath và Chủ"
                + " tịch UBND TP Hà Nội Lê Văn Khang.");
    assertThat(mayor.parties()).contains("Viêng Chăn").doesNotContain("Lào");
    Article governor =
        lead(
            "Chiều 12/5, Chủ tịch UBND TP Hà Nội Lê Văn Khang và Thống đốc Tokyo Sato Hanako đã ký"
                + " biên bản ghi nhớ hợp tác.");
    assertThat(governor.parties()).contains("Tokyo").doesNotContain("Nhật Bản");
    // the governor of our central bank heads no city
    Article bank =
        lead(
            "Chiều 12/5, Thống đốc Ngân hàng Nhà nước Lê Văn Khang và Chủ tịch UBND TP Hà Nội Trần"
                + " Minh Đức đã ký chương trình phối hợp.");
    assertThat(bank.parties()).contains("Ngân hàng Nhà nước Việt Nam");
  }

  @Test
  void aStatesGovernorWrittenWithACapitalSignsForTheState() {
    // web-t r3-042's shape: "Bang" is the state's type word, not a company's first word
    Article a =
        lead(
            "Ngày 19/10, Thống đốc Bang Idaho Mary Collins đã ký thỏa thuận hợp tác với Bộ Giáo dục"
                + " và Đào tạo để mở rộng trao đổi sinh viên giữa Bang Idaho và Việt Nam.");
    assertThat(a.parties()).contains("bang Idaho");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .contains(org.assertj.core.groups.Tuple.tuple("Mary Collins", "bang Idaho"));
  }

  @Test
  void aPartySecretaryBesideAnotherPlaceSignsForHisPlace() {
    Article places =
        lead(
            "Ngày 12/5, Bí thư Tỉnh ủy Nghệ An Hoàng Văn Tâm và Tỉnh trưởng tỉnh Xiêng Khoảng Bounmy"
                + " Keola đã ký thỏa thuận hợp tác.");
    assertThat(places.parties()).containsExactly("tỉnh Nghệ An", "tỉnh Xiêng Khoảng");
    // beside a ministry the secretary signs for his committee
    Article ministry =
        lead(
            "Ngày 12/5, Thứ trưởng Bộ Công an Lê Quốc Hùng và đồng chí Trần Minh Đức, Bí thư Tỉnh"
                + " ủy Lâm Đồng đại diện hai bên ký quy chế phối hợp.");
    assertThat(ministry.parties()).containsExactly("Bộ Công an", "Tỉnh ủy Lâm Đồng");
  }
}
