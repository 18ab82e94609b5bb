package vn.newssearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two Vietnamese analyses, both on ICU syllables. <b>exact</b> keeps diacritics (NFKC case
 * folding, one tone-placement convention); <b>folded</b> drops them and reads "đ" as "d", so {@code
 * lao dong} matches "lao động". NFD input is composed inside each token by the nfkc_cf filter.
 */
public final class VietnameseAnalysis {
  private VietnameseAnalysis() {}

  /** Diacritics kept: "Hoà Bình" → [hòa, bình]. */
  public static Analyzer exact() {
    return new FormAnalyzer(false);
  }

  /** Diacritics removed: "Lao động" → [lao, dong]. */
  public static Analyzer folded() {
    return new FormAnalyzer(true);
  }

  /** Vietnamese syllables in one of the two forms: the same tokenizer, one term filter. */
  private static final class FormAnalyzer extends Analyzer {
    private final boolean folded;

    FormAnalyzer(boolean folded) {
      this.folded = folded;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new VietnameseTokenizer();
      return new TokenStreamComponents(source, new TermFormFilter(source, folded));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new TermFormFilter(in, folded);
    }
  }

  /** The analyzer the IndexWriter uses: exact or folded per field, keywords untouched. */
  public static Analyzer forIndexing() {
    Analyzer exact = exact();
    Analyzer folded = folded();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            Fields.TITLE_EXACT, exact,
            Fields.BODY_EXACT, exact,
            Fields.TITLE_FOLDED, folded,
            Fields.BODY_FOLDED, folded));
  }

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> terms(Analyzer analyzer, String text) {
    return terms(analyzer, text, Integer.MAX_VALUE);
  }

  /** The first {@code max} terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> terms(Analyzer analyzer, String text, int max) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY_FOLDED, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (out.size() < max && ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string in memory cannot fail", e);
    }
    return out;
  }

  /**
   * A lookup key for names: NFC, lower case, no diacritics, "đ" → "d", punctuation and runs of
   * space collapsed to one space. "Bộ LĐ-TB&XH" → "bo ld tb xh".
   */
  public static String foldKey(String s) {
    if (s == null) {
      return "";
    }
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    boolean space = true;
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      c =
          switch (c) {
            case 'đ', 'Đ', 'ð', 'Ð' -> 'd';
            default -> c;
          };
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
