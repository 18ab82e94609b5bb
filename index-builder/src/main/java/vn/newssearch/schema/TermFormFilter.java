package vn.newssearch.schema;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.CharBuffer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Rewrites each term into its exact form (nfkc_cf as {@link ICUNormalizer2Filter} applies it, then
 * one tone placement, {@link ToneMarkFilter#normalize}) or its folded form (the exact form through
 * {@link ICUFoldingFilter}'s normalizer), remembering each distinct term's two forms, and their
 * UTF-8 bytes, once per thread for both analyzers ({@link TermForms}): a syllable vocabulary is
 * small, and normalising and encoding every token again was a large part of indexing. With a {@link
 * FormTermAttributeImpl} (the analyzers' own) the IndexWriter takes the remembered bytes, and forms
 * a replaying tokenizer hands over are taken as they are.
 */
public final class TermFormFilter extends TokenFilter {
  /** What {@link ICUNormalizer2Filter} applies by default. */
  private static final Normalizer2 NFKC_CF =
      Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FormTermAttributeImpl formTerm = term instanceof FormTermAttributeImpl f ? f : null;
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final boolean folded;

  /** The tokenizer whose cut the forms are recorded for, or null. */
  private final VietnameseTokenizer recorder;

  private TermForms.Memory memory;

  /** Exact forms, or folded ones when {@code folded}. */
  public TermFormFilter(TokenStream in, boolean folded) {
    super(in);
    this.folded = folded;
    this.recorder = in instanceof VietnameseTokenizer t && t.records() ? t : null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    memory = TermForms.memory();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    TermForms.Forms forms = formTerm == null ? null : formTerm.pending();
    if (forms == null) {
      forms = memory.of(term.buffer(), term.length(), TermFormFilter::forms);
    }
    if (recorder != null) {
      memory.record(
          recorder,
          forms,
          offset.startOffset(),
          offset.endOffset(),
          increment.getPositionIncrement());
    }
    char[] form = folded ? forms.folded() : forms.exact();
    if (formTerm != null) {
      formTerm.setForm(form, folded ? forms.foldedBytes() : forms.exactBytes());
    } else {
      term.copyBuffer(form, 0, form.length);
    }
    return true;
  }

  private static TermForms.Forms forms(CharSequence term) {
    char[] exact = form(term, false);
    char[] folded = normalized(ICUFoldingFilter.NORMALIZER, CharBuffer.wrap(exact));
    return new TermForms.Forms(exact, bytes(exact), folded, bytes(folded));
  }

  private static BytesRef bytes(char[] form) {
    return new BytesRef(CharBuffer.wrap(form));
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
