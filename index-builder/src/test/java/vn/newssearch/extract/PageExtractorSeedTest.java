package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/** The two spec pages, extracted exactly as issue 2's "Seed expectations" table says. */
class PageExtractorSeedTest {
  private static final PageExtractor EXTRACTOR = new PageExtractor();

  static Path seed(String prefix) throws IOException {
    return seedIn(Path.of(System.getProperty("shared.dir")), prefix);
  }

  /** The seed page whose name starts with the prefix, under {@code dir/seeds}. */
  static Path seedIn(Path dir, String prefix) throws IOException {
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(dir.resolve("seeds"), prefix + "_*.txt")) {
      return files.iterator().next();
    }
  }

  static Article extractSeed(String prefix) throws Exception {
    Path file = seed(prefix);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return EXTRACTOR.extract(new SourceRecord.PageText(new Origin(file, 1), text));
  }

  @Test
  void seed000_titleDateCategoryAuthor() throws Exception {
    Article a = extractSeed("000");
    assertThat(a.title())
        .isEqualTo(
            "Bộ Lao động, Thương binh và Xã hội và Hội Liên hiệp Phụ nữ Việt Nam ký phối hợp"
                + " công tác giai đoạn 2019 – 2022");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"));
    assertThat(a.published().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    assertThat(a.category()).isEqualTo("Xã hội");
    assertThat(a.author()).isEqualTo("Thái Bình");
    assertThat(a.url()).isNull();
    assertThat(a.source()).isNull();
    assertThat(a.lead()).isNull();
  }

  @Test
  void seed000_bodyHoldsTheArticleOnly() throws Exception {
    Article a = extractSeed("000");
    assertThat(a.body())
        .startsWith("Ngày 17.10, tại Hà Nội, Bộ Lao động, Thương binh và Xã hội")
        .endsWith(
            "bố trí kinh phí thực hiện các nội dung của Chương trình phối hợp tại địa phương.")
        .doesNotContain("Thái Bình")
        .doesNotContain("Xem tin theo ngày")
        .doesNotContain("Cảng vụ")
        .doesNotContain("LAO ĐỘNG")
        .doesNotContain("31/10/2019")
        .doesNotContain("Quay trở lại đầu trang")
        .doesNotContain("Cập nhật")
        .doesNotContain("Toàn cảnh")
        .doesNotContain("\u00A0");
    assertThat(a.body().split("\n")).hasSize(4);
  }

  @Test
  void seed000_photoCaptionIsKeptApart() throws Exception {
    Article a = extractSeed("000");
    assertThat(a.captions())
        .containsExactly(
            "Toàn cảnh ký kết giữa Bộ trưởng Bộ Lao động, Thương binh và Xã hội Đào Ngọc Dung và"
                + " Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Nguyễn Thị Thu Hà.");
  }

  @Test
  void seed004_titleDateAuthorNoCategory() throws Exception {
    Article a = extractSeed("004");
    assertThat(a.title())
        .isEqualTo(
            "Liên đoàn Lao động và Sở Lao động - Thương binh và Xã hội Long An ký kết chương"
                + " trình phối hợp công tác giai đoạn 2019-2023");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-11-12T18:08+07:00"));
    assertThat(a.category()).isNull();
    assertThat(a.author()).isEqualTo("Song Hồng");
  }

  @Test
  void seed004_captionsApartAndBodyBounded() throws Exception {
    Article a = extractSeed("004");
    assertThat(a.captions())
        .containsExactly(
            "Phó Chủ tịch Liên đoàn Lao động tỉnh Long An - Phạm Thị Quyên và Phó Giám đốc Sở"
                + " Lao động - Thương binh và Xã hội tỉnh - Nguyễn Đại Tánh ký kết chương trình"
                + " phối hợp công tác giai đoạn 2019-2023 giữa 2 ngành",
            "Các đại biểu tham dự Hội nghị");
    assertThat(a.body())
        .startsWith(
            "Chiều 12/11, Liên đoàn Lao động và Sở Lao động - Thương binh và Xã hội Long An")
        .endsWith("việc làm và đào tạo nghề nghiệp cho người lao động một cách tốt nhất./.")
        .doesNotContain("Song Hồng")
        .doesNotContain("Chia sẻ bài viết")
        .doesNotContain("Tiếng Việt | English")
        .doesNotContain("Các đại biểu tham dự Hội nghị")
        .doesNotContain("Phạm Thị Quyên và Phó Giám đốc");
    assertThat(a.body()).contains("Sở Lao động - Thương binh và Xã hội tỉnh, các cấp Công đoàn");
    assertThat(a.body().split("\n")).hasSize(6);
  }

  @Test
  void seedIdsComeFromTitleAndDateAndAreStable() throws Exception {
    Article a = extractSeed("000");
    Article b = extractSeed("004");
    assertThat(a.id()).startsWith("p-").hasSize(18).isNotEqualTo(b.id());
    assertThat(extractSeed("000").id()).isEqualTo(a.id());
  }
}
