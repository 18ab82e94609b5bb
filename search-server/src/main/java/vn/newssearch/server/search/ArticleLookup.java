package vn.newssearch.server.search;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.Fields;

/** One article by id, body included, from its stored fields. */
final class ArticleLookup {
  private static final Set<String> FIELDS = Set.of(Fields.ARTICLE_JSON, Fields.BODY_FOLDED);

  private ArticleLookup() {}

  static Optional<Article> find(IndexSearcher searcher, String id) throws IOException {
    TopDocs td = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 1);
    if (td.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document doc = searcher.storedFields().document(td.scoreDocs[0].doc, FIELDS);
    byte[] json = PageHits.bytes(doc.getBinaryValue(Fields.ARTICLE_JSON));
    return Optional.of(ArticleDocuments.fromStored(json, doc.get(Fields.BODY_FOLDED)));
  }
}
