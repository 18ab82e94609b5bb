package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A text wrapped at a fixed width is read as its sentences run (sentences written for the test, in
 * the shape of a plain-text copy of web-t r3-028).
 */
class HardWrapsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static final String WRAPPED =
      String.join(
          "\n",
          "Sáng 8/5, tại thành phố Hải Phòng, ông Trần Minh Đức – Quyền Giám đốc Trường Đại",
          "học Hàng hải Việt Nam đã chủ trì lễ ký biên bản ghi nhớ về đào tạo giữa",
          "Trường Đại học Hàng hải Việt Nam với Trường Đại học Kobe. Cùng dự có ông",
          "Lê Văn Hùng – Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng và các phòng,",
          "đơn vị liên quan.",
          "",
          "Theo biên bản ghi nhớ, hai trường sẽ trao đổi giảng viên và sinh viên, cùng",
          "nghiên cứu về logistics và an toàn hàng hải.");

  @Test
  void aWrappedTextsLineBreaksInsideItsSentencesBecomeSpaces() {
    String unwrapped = HardWraps.unwrap(WRAPPED);
    assertThat(unwrapped).hasSameSizeAs(WRAPPED);
    assertThat(unwrapped)
        .contains("giữa Trường Đại học Hàng hải Việt Nam với Trường Đại học Kobe.")
        .contains("liên quan.\n\nTheo biên bản");
  }

  @Test
  void aTextOfOneParagraphALineStaysAsItIs() {
    // each line ends its sentences, or runs past any width a copy wraps at
    String paragraphs =
        String.join(
            "\n",
            "Sáng 8/5, Trường Đại học Kobe và Trường Đại học Hàng hải Việt Nam ký biên bản ghi"
                + " nhớ về đào tạo và nghiên cứu.",
            "Ký kết biên bản ghi nhớ. Ảnh: Minh Anh",
            "Theo biên bản ghi nhớ, hai trường sẽ trao đổi giảng viên và sinh viên.",
            "Hai bên cũng thống nhất tổ chức hội thảo khoa học chung hằng năm.",
            "Lễ ký có sự tham dự của lãnh đạo Ủy ban nhân dân thành phố Hải Phòng.");
    assertThat(HardWraps.unwrap(paragraphs)).isEqualTo(paragraphs);
    // nor a list whose items end with no stop: each item keeps its line
    String items =
        String.join(
            "\n",
            "Nội dung phối hợp gồm:",
            "- Tuyên truyền pháp luật về lao động cho công nhân các khu công nghiệp",
            "- Hỗ trợ đoàn viên công đoàn vay vốn phát triển kinh tế gia đình",
            "- Tổ chức các lớp tập huấn kỹ năng thương lượng tập thể hằng năm",
            "- Kiểm tra việc thực hiện chế độ bảo hiểm xã hội tại doanh nghiệp",
            "- Phối hợp giải quyết tranh chấp lao động tại cơ sở");
    assertThat(HardWraps.unwrap(items)).isEqualTo(items);
    // nor a page's list of other stories' headlines, each opening with a capital
    String headlines =
        String.join(
            "\n",
            "Tin liên quan",
            "Liên đoàn Lao động tỉnh Nam Định trao quà cho công nhân khó khăn",
            "Hội Nông dân tỉnh Nam Định ký kết chương trình phối hợp với ngân hàng",
            "Công an tỉnh Nam Định ra quân bảo đảm trật tự an toàn giao thông",
            "Sở Y tế tỉnh Nam Định triển khai tiêm chủng cho trẻ em vùng sâu");
    assertThat(HardWraps.unwrap(headlines)).isEqualTo(headlines);
  }

  @Test
  void theSidesAWrapCutAreReadAsTheSentenceWritesThem() {
    Article wrapped = EXTRACTOR.enrich(SeedArticles.captioned("", "", WRAPPED));
    assertThat(wrapped.agreement()).isNotNull();
    assertThat(wrapped.parties())
        .containsExactly("Trường Đại học Hàng hải Việt Nam", "Trường Đại học Kobe");
  }
}
