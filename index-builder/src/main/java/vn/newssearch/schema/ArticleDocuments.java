package vn.newssearch.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import vn.newssearch.model.Article;
import vn.newssearch.model.ArticleJson;

/**
 * The only place that turns an {@link Article} into a Lucene {@link Document} and back. The body is
 * stored once, in the folded body field that snippets are cut from; the rest is one stored JSON.
 */
public final class ArticleDocuments {
  private ArticleDocuments() {}

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

  /** Separates the lead from the body in the indexed text; a paragraph break. */
  static final String LEAD_SEPARATOR = "\n\n";

  /** Folded text: positions for phrases, offsets for fast snippets, stored for highlighting. */
  private static final FieldType FOLDED_STORED = new FieldType(TextField.TYPE_STORED);

  static {
    FOLDED_STORED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    FOLDED_STORED.freeze();
  }

  private static final FacetsConfig FACETS = newFacetsConfig();

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.FACET_PARTY, true);
    return config;
  }

  /** The facet configuration shared by the indexer and the server. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /** The term that identifies this article's document, for updates. */
  public static Term idTerm(String id) {
    return new Term(Fields.ID, id);
  }

  /**
   * The id's sort key: FNV-1a over its UTF-8 bytes, then the SplitMix64 finaliser to spread the
   * bits. Two ids share a key with odds of about n²/2⁶⁵ (3 in 10⁸ for a million articles); the only
   * effect would be that a cursor cannot tell those two apart when they also tie on score.
   */
  public static long idKey(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  /** Builds the document; facet fields are already translated, ready for the IndexWriter. */
  public static Document toDocument(Article a) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.ID_KEY, idKey(a.id())));
    if (a.url() != null) {
      doc.add(new StringField(Fields.URL, a.url(), Field.Store.NO));
    }
    if (a.source() != null) {
      doc.add(new StringField(Fields.SOURCE, a.source(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, a.source()));
    }
    if (a.category() != null) {
      doc.add(new StringField(Fields.CATEGORY, a.category(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CATEGORY, a.category()));
    }
    String title = a.title() == null ? "" : a.title();
    addText(doc, Fields.TITLE_EXACT, Fields.TITLE_FOLDED, title);
    addText(doc, Fields.BODY_EXACT, Fields.BODY_FOLDED, indexedText(a));
    if (a.published() != null) {
      long millis = a.published().toInstant().toEpochMilli();
      doc.add(new LongPoint(Fields.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(Fields.PUBLISHED, millis));
      doc.add(
          new SortedSetDocValuesFacetField(
              Fields.FACET_MONTH,
              MONTH.format(a.published().withOffsetSameInstant(Article.VIETNAM))));
    }
    for (String party : a.parties()) {
      doc.add(new StringField(Fields.PARTY, party, Field.Store.NO));
      for (String key : NameKeys.of(party)) {
        doc.add(new StringField(Fields.PARTY_FOLDED, key, Field.Store.NO));
      }
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PARTY, party));
    }
    for (String org : a.organisations()) {
      doc.add(new StringField(Fields.ORG, org, Field.Store.NO));
      for (String key : NameKeys.of(org)) {
        doc.add(new StringField(Fields.ORG_FOLDED, key, Field.Store.NO));
      }
    }
    doc.add(new StoredField(Fields.ARTICLE_JSON, new BytesRef(toJsonWithoutBody(a))));
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a text's exact and folded fields, analysed by the writer's {@link VietnameseAnalysis}. */
  private static void addText(Document doc, String exactField, String foldedField, String text) {
    if (text == null) {
      throw new IllegalArgumentException("article has no text for " + exactField);
    }
    doc.add(new TextField(exactField, text, Field.Store.NO));
    doc.add(new Field(foldedField, text, FOLDED_STORED));
  }

  /** What the body fields index: the lead, a paragraph break, then the body. */
  public static String indexedText(Article a) {
    if (a.lead() == null || a.lead().isBlank()) {
      return a.body();
    }
    return a.lead() + LEAD_SEPARATOR + a.body();
  }

  /**
   * Rebuilds the article from a stored document. {@code storedText} is the value of {@link
   * Fields#BODY_FOLDED}; pass null to skip the body (hit lists don't need it).
   */
  public static Article fromStored(byte[] json, String storedText) {
    try {
      Article a = ArticleJson.MAPPER.readValue(json, Article.class);
      String body = null;
      if (storedText != null) {
        int skip = a.lead() == null || a.lead().isBlank() ? 0 : a.lead().length() + 2;
        body = storedText.substring(Math.min(skip, storedText.length()));
      }
      return a.withBody(body);
    } catch (IOException e) {
      throw new UncheckedIOException("stored article JSON is unreadable", e);
    }
  }

  private static byte[] toJsonWithoutBody(Article a) {
    Article noBody = a.withBody(null);
    try {
      return ArticleJson.MAPPER.writeValueAsBytes(noBody);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("article is not serialisable: " + a.id(), e);
    }
  }

  /** Epoch millis for an ISO time, for tests and tools. */
  public static long millis(OffsetDateTime t) {
    return t.toInstant().toEpochMilli();
  }
}
