package vn.newssearch.schema;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites each term into its exact form (nfkc_cf as {@link ICUNormalizer2Filter} applies it, then
 * one tone placement, {@link ToneMarkFilter#normalize}) or its folded form (the exact form through
 * {@link ICUFoldingFilter}'s normalizer), remembering each distinct term's form: a syllable
 * vocabulary is small, and normalising every token again was a large part of indexing. The memory
 * lives with the filter, so with the Analyzer's per-thread reuse it is per thread and unlocked.
 */
public final class TermFormFilter extends TokenFilter {
  /** What {@link ICUNormalizer2Filter} applies by default. */
  private static final Normalizer2 NFKC_CF =
      Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

  /** Past this many distinct terms the memory starts afresh, so odd texts cannot grow it. */
  private static final int MAX_REMEMBERED = 1 << 16;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final boolean folded;
  private final CharArrayMap<char[]> forms = new CharArrayMap<>(64, false);

  /** Exact forms, or folded ones when {@code folded}. */
  public TermFormFilter(TokenStream in, boolean folded) {
    super(in);
    this.folded = folded;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    char[] form = forms.get(buffer, 0, length);
    if (form == null) {
      form = form(CharBuffer.wrap(buffer, 0, length), folded);
      if (forms.size() >= MAX_REMEMBERED) {
        forms.clear();
      }
      forms.put(Arrays.copyOf(buffer, length), form);
    }
    term.copyBuffer(form, 0, form.length);
    return true;
  }

  /** The exact or folded form of one term, as the ICU filters and tone placement make it. */
  static char[] form(CharSequence term, boolean folded) {
    char[] exact = normalized(NFKC_CF, term);
    ToneMarkFilter.normalize(exact, exact.length);
    return folded ? normalized(ICUFoldingFilter.NORMALIZER, CharBuffer.wrap(exact)) : exact;
  }

  /** As {@link ICUNormalizer2Filter} does it: text the quick check passes is left alone. */
  private static char[] normalized(Normalizer2 normalizer, CharSequence term) {
    if (normalizer.quickCheck(term) == Normalizer.YES) {
      return term.toString().toCharArray();
    }
    StringBuilder out = new StringBuilder(term.length());
    normalizer.normalize(term, out);
    return out.toString().toCharArray();
  }
}
