package vn.newssearch.schema;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * What {@link VietnameseAnalysis} stands for, written the plain way: ICU's segmentation, nfkc_cf,
 * tone placement, then ICU folding for the folded form. The tests hold the fast analysis to it, and
 * DocumentBench measures against it.
 */
public final class IcuChain {
  private IcuChain() {}

  /** The exact form, or the folded one. */
  public static Analyzer of(boolean folded) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream stream = new ToneMarkFilter(new ICUNormalizer2Filter(source));
        return new TokenStreamComponents(source, folded ? new ICUFoldingFilter(stream) : stream);
      }
    };
  }

  /** As {@link VietnameseAnalysis#forIndexing()}, with the plain chains. */
  public static Analyzer forIndexing() {
    Analyzer exact = of(false);
    Analyzer folded = of(true);
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            Fields.TITLE_EXACT, exact,
            Fields.BODY_EXACT, exact,
            Fields.TITLE_FOLDED, folded,
            Fields.BODY_FOLDED, folded));
  }
}
