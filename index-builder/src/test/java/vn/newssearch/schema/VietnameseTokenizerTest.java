package vn.newssearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.ArticleJson;

/**
 * The fast analysis (table segmentation, remembered term forms) must give exactly the tokens of the
 * plain ICU chain it stands for ({@link IcuChain}), or the index would hold terms no query makes:
 * every term, offset (highlighting) and position increment (phrases), in both forms.
 */
class VietnameseTokenizerTest {
  private static final Analyzer EXACT = VietnameseAnalysis.exact();
  private static final Analyzer FOLDED = VietnameseAnalysis.folded();

  private static final Analyzer ICU_EXACT = IcuChain.of(false);
  private static final Analyzer ICU_FOLDED = IcuChain.of(true);

  /** The analyzer golden cases, and the odd inputs real pages bring. */
  private static final List<String> GOLDEN =
      List.of(
          "Bộ Lao động - Thương binh và Xã hội",
          "ĐÀ NẴNG",
          "Bộ LĐ-TB&XH",
          Normalizer.normalize("Hội Liên hiệp Phụ nữ Việt Nam", Normalizer.Form.NFD),
          "hoà HÒA thuỷ thủy khoẻ khỏe uỷ ban hoàn thuyền quý quỳ",
          "\u00D0à Nẵng ðà",
          "ma má mà mả mã mạ Lào đông",
          "Lương tối thiểu tăng 7,3% từ 1/7/2024: 4.960.000 đồng/tháng 😀👍 #laodong",
          "Mixed scripts: 北京 Москва ภาษาไทย العربية Việt Nam ㄅㄆ 한국어",
          "  leading spaces, trailing punctuation...  ",
          "",
          "e-mail: info@molisa.gov.vn, https://dantri.com.vn/lao-dong.htm",
          "ﬁ ｆｕｌｌｗｉｄｔｈ Ⅻ ½ ǅ Straße İstanbul");

  @Test
  void goldenCasesGiveTheAnalyzersTokensInBothForms() throws IOException {
    for (String text : GOLDEN) {
      assertSameTokens(text);
    }
  }

  @Test
  void sampleTitlesAndBodiesGiveTheAnalyzersTokensInBothForms() throws IOException {
    List<String> texts = sampleTexts();
    assertThat(texts).hasSizeGreaterThan(800);
    for (String text : texts) {
      assertSameTokens(text);
    }
  }

  @Test
  void aReusedTokenizerForgetsTheTextBefore() throws IOException {
    // ICU for the emoji, then the table: nothing of the first text may leak into the second.
    assertSameTokens("Hoà Bình 😀 " + "Đà Nẵng ".repeat(2000));
    assertSameTokens("Hoà Bình, Đà Nẵng");
    assertThat(reference(FOLDED, "Hoà Bình, Đà Nẵng").get(0)).isEqualTo("hoa 0 3 1");
  }

  @Test
  void theFoldedAnalyzerReplaysOnlyAWholeCutOfTheSameText() throws IOException {
    String text = "Hoà Bình, Đà Nẵng và Thừa Thiên Huế";
    List<String> folded = reference(ICU_FOLDED, text);
    // Exact analysis stopped after one token: nothing whole to replay.
    assertThat(VietnameseAnalysis.terms(EXACT, text, 1)).containsExactly("hòa");
    assertThat(reference(FOLDED, text)).isEqualTo(folded);
    // A whole cut of another text, then this one: no replay of the other.
    reference(EXACT, "Đà Nẵng");
    assertThat(reference(FOLDED, text)).isEqualTo(folded);
    // A whole cut of this text: replayed, and the same.
    reference(EXACT, text);
    assertThat(reference(FOLDED, text)).isEqualTo(folded);
    assertThat(reference(FOLDED, text)).isEqualTo(folded);
  }

  private static void assertSameTokens(String text) throws IOException {
    assertThat(reference(EXACT, text)).as("exact: %s", text).isEqualTo(reference(ICU_EXACT, text));
    assertThat(reference(FOLDED, text))
        .as("folded: %s", text)
        .isEqualTo(reference(ICU_FOLDED, text));
  }

  private static List<String> reference(Analyzer analyzer, String text) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      return tokens(ts);
    }
  }

  /** "term start end increment" per token, then the state end() leaves; terms as indexed. */
  private static List<String> tokens(TokenStream ts) throws IOException {
    TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(
          term.getBytesRef().utf8ToString()
              + " "
              + offset.startOffset()
              + " "
              + offset.endOffset()
              + " "
              + increment.getPositionIncrement());
    }
    ts.end();
    out.add(
        "end "
            + offset.startOffset()
            + " "
            + offset.endOffset()
            + " "
            + increment.getPositionIncrement());
    return out;
  }

  /** Every title and indexed body (lead + body) of the bundled JSON Lines, plus the raw pages. */
  private static List<String> sampleTexts() throws IOException {
    Path sample = Path.of(System.getProperty("repo.dir"), "data", "sample");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(sample)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode node = ArticleJson.MAPPER.readTree(line);
            texts.add(node.path("title").asText(""));
            String lead = node.path("lead").asText("");
            String body = node.path("body").asText("");
            texts.add(lead.isBlank() ? body : lead + ArticleDocuments.LEAD_SEPARATOR + body);
          }
        }
      }
    }
    try (Stream<Path> pages = Files.list(sample.resolve("pages"))) {
      for (Path page : pages.sorted().toList()) {
        texts.add(Files.readString(page, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
