package vn.newssearch.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A text field indexed from tokens analysed beforehand, keeping its string for storage. Lucene's
 * {@link Field#setTokenStream} replaces the stored value, so the stream is supplied here instead.
 */
final class PreAnalysedField extends Field {
  private final TokenStream tokens;

  PreAnalysedField(String name, String value, FieldType type, TokenStream tokens) {
    super(name, value, type);
    this.tokens = tokens;
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    return tokens;
  }
}
