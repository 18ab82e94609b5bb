package vn.newssearch.schema;

import org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.BytesRef;

/**
 * The term attribute of the Vietnamese analyzers: it hands the IndexWriter the UTF-8 bytes {@link
 * TermFormFilter} remembered with each form, instead of encoding the same syllable again for every
 * token. The bytes hold until the attribute is cleared; TermFormFilter is the last stage of both
 * analyzers but the indexing one's {@link ConceptFilter}, which sets its terms with their bytes, so
 * nothing changes the characters without them.
 */
public final class FormTermAttributeImpl extends PackedTokenAttributeImpl {
  /** Makes this the term attribute (and Lucene's packed one for the rest). */
  static final AttributeFactory FACTORY =
      AttributeFactory.getStaticImplementation(
          AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, FormTermAttributeImpl.class);

  private BytesRef bytes;
  private TermForms.Forms pending;

  /** Forms a replaying tokenizer already knows for this token; TermFormFilter takes them. */
  void setPending(TermForms.Forms forms) {
    pending = forms;
  }

  TermForms.Forms pending() {
    return pending;
  }

  /** Sets the term to {@code form}, whose UTF-8 encoding is {@code formBytes} (never changed). */
  void setForm(char[] form, BytesRef formBytes) {
    copyBuffer(form, 0, form.length);
    bytes = formBytes;
  }

  @Override
  public BytesRef getBytesRef() {
    return bytes != null ? bytes : super.getBytesRef();
  }

  @Override
  public void clear() {
    super.clear();
    bytes = null;
    pending = null;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    super.copyTo(target);
    if (target instanceof FormTermAttributeImpl other) {
      other.bytes = bytes;
      other.pending = pending;
    }
  }
}
