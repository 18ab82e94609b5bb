package vn.newssearch.bench;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.sinks.TeeSinkTokenFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import vn.newssearch.schema.TermFormFilter;
import vn.newssearch.schema.VietnameseTokenizer;

/**
 * The alternative DocumentBench weighs against the writer's per-field analysis: each text segmented
 * once, its exact tokens cached by a {@link TeeSinkTokenFilter} and replayed into the exact field
 * and, through the folding {@link TermFormFilter}, into the folded one. The streams are filled when
 * the document is built (the tokenizer is reused by the next text) and the folded filters are kept
 * per field, so their memory of forms lasts as the Analyzer's does. One thread only.
 */
final class TeeSinkFields {
  private static final FieldType FOLDED = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    FOLDED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    FOLDED.freeze();
  }

  private final Tokenizer tokenizer = new VietnameseTokenizer();
  private final TokenStream exact = new TermFormFilter(tokenizer, false);
  private final Replay titleSink = new Replay();
  private final Replay bodySink = new Replay();
  private final TokenStream titleFolded = new TermFormFilter(titleSink, true);
  private final TokenStream bodyFolded = new TermFormFilter(bodySink, true);

  /** Replaces the document's text fields by tee-built ones, for the same texts. */
  void replace(Document doc, String exactField, String foldedField, String text, boolean title)
      throws IOException {
    doc.removeFields(exactField);
    doc.removeFields(foldedField);
    tokenizer.setReader(new StringReader(text));
    TeeSinkTokenFilter tee = new TeeSinkTokenFilter(exact);
    tee.reset();
    tee.consumeAllTokens();
    tee.end();
    tee.close();
    doc.add(new Field(exactField, tee.newSinkTokenStream(), TextField.TYPE_NOT_STORED));
    (title ? titleSink : bodySink).current = tee.newSinkTokenStream();
    doc.add(new Field(foldedField, title ? titleFolded : bodyFolded, FOLDED));
    doc.add(new StoredField(foldedField, text));
  }

  /** A stable input for a long-lived folding filter: plays whichever sink is current. */
  private final class Replay extends TokenStream {
    TokenStream current;

    Replay() {
      super(exact.cloneAttributes());
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!current.incrementToken()) {
        return false;
      }
      current.copyTo(this);
      return true;
    }

    @Override
    public void reset() throws IOException {
      current.reset();
    }

    @Override
    public void end() throws IOException {
      current.end();
      current.copyTo(this);
    }

    @Override
    public void close() throws IOException {
      current.close();
    }
  }
}
