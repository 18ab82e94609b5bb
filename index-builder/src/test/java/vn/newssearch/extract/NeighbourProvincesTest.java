package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * The provinces of Laos and Cambodia (neighbour-provinces.tsv) read where a province of ours is: as
 * a side, after a body's head, in a list under a shared head; named as the article spells them,
 * abroad, and never taken for the article's own province. Sentences written for the test.
 */
class NeighbourProvincesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article lead(String lead) {
    return EXTRACTOR.enrich(
        SeedArticles.article("Hợp tác hai tỉnh", lead, "Hai bên cam kết hợp tác lâu dài.", null));
  }

  @Test
  void aListOfLaoProvincesUnderOneHeadIsThatBodyOfEach() {
    Article a =
        lead(
            "Chiều 3/5, Công an tỉnh Quảng Trị đã ký kết biên bản ghi nhớ với Công an các tỉnh"
                + " Savannakhet, Salavan và Khăm Muộn.");
    assertThat(a.parties())
        .containsExactly(
            "Công an tỉnh Quảng Trị",
            "Công an tỉnh Savannakhet",
            "Công an tỉnh Salavan",
            "Công an tỉnh Khăm Muộn");
    // a capitalised name that is no province still makes no list
    assertThat(
            lead("Chiều 3/5, Công an tỉnh Quảng Trị đã ký kết biên bản ghi nhớ với Công an các"
                    + " tỉnh Savannakhet, Xay Đa Phông và Khăm Muộn.")
                .parties())
        .doesNotContain("Công an tỉnh Savannakhet");
  }

  @Test
  void aCountedRegionListsItsProvincesInBrackets() {
    Article a =
        lead(
            "Hôm qua, UBND tỉnh Quảng Ngãi và Chính quyền 3 tỉnh Nam Lào (Sekong, Salavan,"
                + " Champasak) đã ký kết biên bản hợp tác giai đoạn 2025 - 2030.");
    assertThat(a.parties())
        .containsExactly(
            "Ủy ban nhân dân tỉnh Quảng Ngãi", "tỉnh Sekong", "tỉnh Salavan", "tỉnh Champasak");
    // the count must count them all
    assertThat(
            lead("Hôm qua, UBND tỉnh Quảng Ngãi và Chính quyền 4 tỉnh Nam Lào (Sekong, Salavan,"
                    + " Champasak) đã ký kết biên bản hợp tác giai đoạn 2025 - 2030.")
                .parties())
        .doesNotContain("tỉnh Sekong");
  }

  @Test
  void aLevelHeadTakesTheProvinceAbroadAsWritten() {
    Article a =
        lead(
            "Sáng 8/6, Tỉnh đoàn Quảng Nam và Tỉnh đoàn Sê Kông đã ký biên bản ghi nhớ hợp tác"
                + " giai đoạn 2024 - 2026.");
    assertThat(a.parties()).containsExactly("Tỉnh Đoàn Quảng Nam", "Tỉnh Đoàn Sê Kông");
  }

  @Test
  void aProvinceAbroadAfterABodyOfOursSignsAsItself() {
    // Laos has no UBND: the head of ours is not shared with the Lao province
    Article a =
        lead(
            "Chiều 12/4, UBND tỉnh Kon Tum và tỉnh Attapeu đã ký biên bản ghi nhớ hợp tác năm"
                + " 2025.");
    assertThat(a.parties()).containsExactly("Ủy ban nhân dân tỉnh Kon Tum", "tỉnh Attapeu");
    // two provinces of ours share it
    assertThat(
            lead("Chiều 12/4, UBND tỉnh Kon Tum và tỉnh Gia Lai đã ký biên bản ghi nhớ hợp tác"
                    + " năm 2025.")
                .parties())
        .containsExactly("Ủy ban nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Gia Lai");
  }

  @Test
  void aBodyOfTheirOwnStaysWithTheProvinceAbroad() {
    Article a =
        lead(
            "Chiều 2/10, Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum và Sở Lao động và Phúc"
                + " lợi xã hội tỉnh Attapeu (Lào) đã ký kết biên bản hợp tác.");
    assertThat(a.parties())
        .containsExactly(
            "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum",
            "Sở Lao động và Phúc lợi xã hội tỉnh Attapeu");
  }

  @Test
  void aProvinceAbroadIsNeverTheArticlesOwn() {
    Article a =
        lead(
            "Sáng 15/3, Bộ Chỉ huy Quân sự tỉnh Svay Rieng đến thăm tỉnh nhà. Dịp này, Hội Nông"
                + " dân tỉnh và Công an tỉnh đã ký kết quy chế phối hợp năm 2025.");
    assertThat(a.parties()).noneMatch(p -> p.endsWith("Svay Rieng"));
  }

  @Test
  void theGazetteerKeepsNeighbourProvincesOutOfOurs() {
    assertThat(Gazetteer.load().provinces()).doesNotContainKeys("Savannakhet", "Kandal");
  }
}
