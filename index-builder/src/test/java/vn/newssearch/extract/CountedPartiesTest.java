package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A count where a party stands ("được 11 nước ký kết", "với 2 định chế ...") is the bodies the
 * article lists under that count, when the list names exactly that many (corpus sentences, article
 * id in the comment).
 */
class CountedPartiesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article article(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article(title, lead, body, null));
  }

  @Test
  void aPassiveCountOfStatesIsTheStatesListedLater() {
    // vietnews-train-030275: eleven parties, more than the six that otherwise mean guests
    Article a =
        article(
            "Tin nóng thế giới ngày mới 9/3",
            "Hiệp định CPTPP chính thức được 11 nước ký kết tại Chile.",
            "Sáng 9/3, lễ ký kết Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương"
                + " (CPTPP) đã diễn ra tại Thủ đô Santiago de Chile.\nTham gia lễ ký có đại diện 11"
                + " quốc gia gồm Australia, Brunei, Canada, Chile, Nhật Bản, Malaysia, Mexico, New"
                + " Zealand, Peru, Singapore và Việt Nam.");
    assertThat(a.parties())
        .containsExactly(
            "Australia",
            "Brunei",
            "Canada",
            "Chile",
            "Nhật Bản",
            "Malaysia",
            "Mexico",
            "New Zealand",
            "Peru",
            "Singapore",
            "Việt Nam");
  }

  @Test
  void aCountedObjectIsTheBodiesTheNextSentenceNames() {
    // vietnews-train-063078
    Article a =
        article(
            "SHB hợp tác chiến lược với hai định chế tài chính quốc tế tại Nga",
            "Ngày 6/9/2018, tại thành phố Sochi, Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Liên"
                + " bang Nga Vladimir Putin đã chứng kiến Lễ trao thoả thuận hợp tác chiến lược"
                + " giữa ngân hàng Sài Gòn – Hà Nội (SHB) với 2 định chế tài chính quốc tế lớn tại"
                + " Nga.",
            "Hai định chế tài chính quốc tế lớn tại Nga là ngân hàng Đầu tư Quốc tế (IIB) và ngân"
                + " hàng Hợp tác Kinh tế Quốc tế (IBEC).");
    assertThat(a.parties())
        .containsExactly(
            "Ngân hàng TMCP Sài Gòn - Hà Nội",
            "Ngân hàng Đầu tư Quốc tế",
            "Ngân hàng Hợp tác Kinh tế Quốc tế");
  }

  @Test
  void aListOfAnotherLengthOrAnotherNounCountsNothing() {
    // the same lead; a list of three under "hai", then "hai bên" (the sides just named)
    Article a =
        article(
            "SHB hợp tác chiến lược với hai định chế tài chính quốc tế tại Nga",
            "Ngày 6/9/2018, tại thành phố Sochi, ngân hàng SHB và ngân hàng Đầu tư Quốc tế (IIB)"
                + " đã chính thức ký kết hợp tác chiến lược toàn diện.",
            "Chiều ngày 6/9/2018, hai bên đã trao thoả thuận hợp tác.\nHai định chế tài chính"
                + " quốc tế lớn tại Nga là ngân hàng Đầu tư Quốc tế (IIB), ngân hàng Hợp tác Kinh"
                + " tế Quốc tế (IBEC) và ngân hàng Nhà nước Việt Nam.");
    assertThat(a.parties()).containsExactly("Ngân hàng TMCP Sài Gòn - Hà Nội", "Ngân hàng Đầu tư Quốc tế");
  }

  @Test
  void aCountedListInTheClauseAfterLa() {
    // vietnews-val-013956
    Article a =
        article(
            "Empire Group ra mắt hệ thống vận hành quản lý khách sạn",
            "",
            "Ngày 9/1, Empire Group đã tiến hành ký hợp tác chiến lược với hai tập đoàn hàng đầu"
                + " thế giới về quản trị khách sạn là Dream Hotel Group (Mỹ) và Louvre Hotels Group"
                + " (Pháp).");
    assertThat(a.parties()).contains("Dream Hotel Group").hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aCountAfterTheTitleOfTheBodiesPeopleCountsTheBodies() {
    // vietnews-test-018220: "Các bộ trưởng 11 nước ... đã chính thức ký kết" (a caption), the
    // eleven listed in the body after "của 11 nước gồm"
    Article a =
        article(
            "Bộ Công thương: CPTPP tạo điều kiện cho Việt Nam hội nhập ở mức độ mới",
            "",
            "Theo đó, bộ trưởng phụ trách kinh tế của 11 nước gồm Úc, Brunei, Canada, Chile, Nhật"
                + " Bản, Malaysia, Mexico, New Zealand, Peru, Singapore và Việt Nam đã tham gia lễ"
                + " ký kết chính thức Hiệp định CPTPP chiều 8-3.\nCác bộ trưởng 11 nước thành viên"
                + " CPTPP đã chính thức ký kết hiệp định chiều 8-3.");
    assertThat(a.parties()).hasSize(11).contains("Australia", "Việt Nam");
  }
}
