package vn.newssearch.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;
import vn.newssearch.server.search.SearchResponse.Hit;

/**
 * The hits of a page as the response shows them: stored fields, then a snippet. Parts of one page
 * can load on different threads; each call reads with its own {@link StoredFields}.
 */
final class PageHits {
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ARTICLE_JSON, Fields.BODY_FOLDED);

  private final Snippets snippets = new Snippets();

  /**
   * Fills {@code out[from, to)} with the hits of {@code docs[from, to)}; snippets mark {@code
   * highlight}, or {@code apart} in a hit where it marks nothing.
   */
  void load(
      IndexSearcher searcher,
      Query highlight,
      Query apart,
      ScoreDoc[] docs,
      int from,
      int to,
      Hit[] out)
      throws IOException {
    if (from >= to) {
      return;
    }
    ScoreDoc[] part = Arrays.copyOfRange(docs, from, to);
    // Each hit's stored fields are read once, for its JSON and its snippet.
    StoredFields fields = searcher.storedFields();
    Document[] stored = new Document[part.length];
    Map<Integer, String> bodies = new HashMap<>();
    for (int i = 0; i < part.length; i++) {
      stored[i] = fields.document(part[i].doc, HIT_FIELDS);
      bodies.put(part[i].doc, stored[i].get(Fields.BODY_FOLDED));
    }
    TopDocs topDocs = new TopDocs(new TotalHits(part.length, TotalHits.Relation.EQUAL_TO), part);
    String[] snips = snippets.of(searcher, highlight, apart, topDocs, bodies);
    for (int i = 0; i < part.length; i++) {
      out[from + i] = hit(stored[i], part[i], snips[i]);
    }
  }

  private static Hit hit(Document doc, ScoreDoc sd, String snippet) {
    Article a = ArticleDocuments.fromStored(bytes(doc.getBinaryValue(Fields.ARTICLE_JSON)), null);
    Float score = Float.isNaN(sd.score) ? null : sd.score;
    return Hit.of(a, snippet, score);
  }

  static byte[] bytes(BytesRef ref) {
    return Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
  }
}
