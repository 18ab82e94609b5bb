package vn.newssearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class VietnameseAnalysisTest {
  private static final Analyzer EXACT = VietnameseAnalysis.exact();
  private static final Analyzer FOLDED = VietnameseAnalysis.folded();

  private static List<String> tokens(Analyzer analyzer, String text) {
    return VietnameseAnalysis.terms(analyzer, text);
  }

  @Test
  void exactKeepsDiacriticsAndFoldsCase() throws IOException {
    assertThat(tokens(EXACT, "Bộ Lao động - Thương binh và Xã hội"))
        .containsExactly("bộ", "lao", "động", "thương", "binh", "và", "xã", "hội");
  }

  @Test
  void foldedDropsDiacriticsAndReadsDStrokeAsD() throws IOException {
    assertThat(tokens(FOLDED, "Bộ Lao động - Thương binh và Xã hội"))
        .containsExactly("bo", "lao", "dong", "thuong", "binh", "va", "xa", "hoi");
    assertThat(tokens(FOLDED, "ĐÀ NẴNG")).containsExactly("da", "nang");
  }

  @Test
  void abbreviationsSplitIntoSyllableTokens() throws IOException {
    assertThat(tokens(EXACT, "Bộ LĐ-TB&XH")).containsExactly("bộ", "lđ", "tb", "xh");
    assertThat(tokens(FOLDED, "Bộ LĐ-TB&XH")).containsExactly("bo", "ld", "tb", "xh");
  }

  @Test
  void decomposedInputGivesTheSameTokensAsComposed() throws IOException {
    String nfc = "Hội Liên hiệp Phụ nữ Việt Nam";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(tokens(EXACT, nfd)).isEqualTo(tokens(EXACT, nfc));
    assertThat(tokens(FOLDED, nfd)).isEqualTo(tokens(FOLDED, nfc));
  }

  @Test
  void tonePlacementVariantsBecomeOneExactToken() throws IOException {
    assertThat(tokens(EXACT, "hoà HÒA")).containsExactly("hòa", "hòa");
    assertThat(tokens(EXACT, "thuỷ thủy")).containsExactly("thủy", "thủy");
    assertThat(tokens(EXACT, "khoẻ khỏe")).containsExactly("khỏe", "khỏe");
    assertThat(tokens(EXACT, "uỷ ban")).containsExactly("ủy", "ban");
  }

  @Test
  void tonePlacementLeavesClosedSyllablesAndQuAlone() throws IOException {
    assertThat(tokens(EXACT, "hoàn thuyền quý quỳ"))
        .containsExactly("hoàn", "thuyền", "quý", "quỳ");
  }

  @Test
  void latinEthReadsAsDStroke() throws IOException {
    assertThat(tokens(EXACT, "\u00D0à Nẵng")).containsExactly("đà", "nẵng");
    assertThat(tokens(FOLDED, "\u00D0à Nẵng")).containsExactly("da", "nang");
  }

  @Test
  void accentedWordsStayDistinctInExactButMergeInFolded() throws IOException {
    assertThat(tokens(EXACT, "ma má mà mả mã mạ")).doesNotHaveDuplicates().hasSize(6);
    assertThat(tokens(FOLDED, "ma má mà mả mã mạ")).containsOnly("ma").hasSize(6);
    assertThat(tokens(FOLDED, "Lào đông")).containsExactly("lao", "dong");
  }

  @Test
  void foldKeyMakesAbbreviationsAndCaseComparable() {
    assertThat(VietnameseAnalysis.foldKey("Bộ LĐ-TB&XH")).isEqualTo("bo ld tb xh");
    assertThat(VietnameseAnalysis.foldKey("BỘ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI"))
        .isEqualTo(VietnameseAnalysis.foldKey("bo lao dong thuong binh va xa hoi"));
  }
}
