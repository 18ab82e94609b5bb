package vn.newssearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
  @Test
  void movesTheToneMarkOntoTheFirstVowelAndKeepsTheCase() {
    assertThat(TextNormaliser.normalise("Hoà Bình, HOÀ BÌNH, thuỷ điện, khoẻ"))
        .isEqualTo("Hòa Bình, HÒA BÌNH, thủy điện, khỏe");
  }

  @Test
  void composesDecomposedTextAndReadsTheEthAsDStroke() {
    String nfd = Normalizer.normalize("Lao động", Normalizer.Form.NFD);
    assertThat(TextNormaliser.normalise(nfd)).isEqualTo("Lao động");
    assertThat(TextNormaliser.normalise("ÐỒNG ðồng")).isEqualTo("ĐỒNG đồng");
  }

  @Test
  void leavesQuAndTextWithoutMarksAlone() {
    assertThat(TextNormaliser.normalise("quý Quỳnh, 2024: OK")).isEqualTo("quý Quỳnh, 2024: OK");
  }

  @Test
  void givesTheSameTermsAsTheEmbeddedExactAnalysis() {
    String text = "Công đoàn Hoà Bình ký thoả ước với Ðồng Nai";
    assertThat(
            VietnameseAnalysis.terms(
                VietnameseAnalysis.exact(),
                TextNormaliser.normalise(text).toLowerCase(Locale.ROOT)))
        .isEqualTo(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), text));
  }
}
