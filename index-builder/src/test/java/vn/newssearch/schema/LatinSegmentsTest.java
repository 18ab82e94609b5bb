package vn.newssearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import vn.newssearch.extract.CorpusArticles;
import vn.newssearch.model.Article;

/**
 * The table segmentation must cut exactly the words ICU cuts, or the index would hold terms no
 * query makes: checked for every character it takes, between letters, digits and spaces, and over
 * the labour corpus.
 */
class LatinSegmentsTest {
  private static final Analyzer ICU =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new ICUTokenizer());
        }
      };

  /** Where a character may stand: between letters, digits, spaces, itself, at either end. */
  private static final List<String> CONTEXTS =
      List.of(
          "%s",
          "a%sb", "ệ%sĐ", "1%s2", "a%s1", "1%sa", "%s%s", "a%s%sb", "1%s%s2", " %s ", "x %s",
          "%s x", "a.%s", "%s.b", "7,%s", "%s'9");

  @Test
  void everyCharacterItTakesIsCutAsIcuCutsIt() throws IOException {
    int taken = 0;
    for (char c = 0; c < 0x2100; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String s = String.valueOf(c);
      for (String context : CONTEXTS) {
        String text = context.replace("%s", s);
        List<String> fast = fast(text);
        if (fast != null) {
          assertThat(fast).as("U+%04X in \"%s\"", (int) c, text).isEqualTo(icu(text));
          taken++;
        }
      }
    }
    // Vietnamese letters, digits and the usual punctuation do take the fast path.
    for (char c :
        "aăâbdđeêioôơuưyàáảãạằắẳẵặầấẩẫậđềếểễệờớởỡợừứửữựỳýỷỹỵĐƯƠ09.,;:'\"-–—…“”‘’()!?/%&@ \n\t\u00A0"
            .toCharArray()) {
      assertThat(fast("x" + c + "y")).as("U+%04X", (int) c).isNotNull();
    }
    assertThat(taken).isGreaterThan(1_000);
  }

  @Test
  void combiningMarksOtherScriptsAndEmojiGoToIcu() {
    for (String text :
        List.of("Vie\u0323\u0302t", "Москва", "mưa 😀", "a_b", "μg", "soft\u00ADhyphen")) {
      assertThat(fast(text)).as(text).isNull();
    }
  }

  @Test
  void aWordLongerThanIcusBufferGoesToIcu() {
    assertThat(fast("a".repeat(LatinSegments.MAX_RUN - 1))).isNotNull();
    assertThat(fast("a".repeat(LatinSegments.MAX_RUN))).isNull();
  }

  @Test
  void labourArticlesAreCutAsIcuCutsThem() throws IOException {
    Path corpus = Path.of(System.getProperty("shared.dir", "../../shared"), "corpus");
    List<Article> articles = CorpusArticles.read(corpus.resolve("vietnews-labour.jsonl.gz"));
    assertThat(articles).hasSizeGreaterThan(2_000);
    int texts = 0;
    int taken = 0;
    for (Article a : articles) {
      for (String text : List.of(a.title(), ArticleDocuments.indexedText(a))) {
        texts++;
        List<String> fast = fast(text);
        if (fast != null) {
          assertThat(fast).as(a.id()).isEqualTo(icu(text));
          taken++;
        }
      }
    }
    assertThat(taken).as("texts that take the fast path").isGreaterThan(texts * 99 / 100);
  }

  /** "word start end" per word, then the final offset; null if the table does not take it. */
  private static List<String> fast(String text) {
    List<String> out = new ArrayList<>();
    char[] chars = text.toCharArray();
    LatinSegments.Words words = new LatinSegments.Words(4);
    if (!LatinSegments.cut(chars, chars.length, words)) {
      return null;
    }
    for (int i = 0; i < words.count; i++) {
      int start = words.starts[i];
      out.add(text.substring(start, words.ends[i]) + " " + start + " " + words.ends[i]);
    }
    out.add("end " + chars.length);
    return out;
  }

  private static List<String> icu(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ICU.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + offset.startOffset() + " " + offset.endOffset());
      }
      ts.end();
      out.add("end " + offset.endOffset());
    }
    return out;
  }
}
