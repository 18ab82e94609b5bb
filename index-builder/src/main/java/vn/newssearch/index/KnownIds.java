package vn.newssearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vn.newssearch.schema.Fields;

/**
 * Tells new articles from updates: an id is known when the last commit before this run holds it, or
 * when an earlier record of this run had it. The commit is read through one reader opened at the
 * start; each worker thread gets its own {@link Lookup}, since terms enums are not thread-safe.
 */
final class KnownIds implements Closeable {
  private final DirectoryReader before;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  private KnownIds(DirectoryReader before) {
    this.before = before;
  }

  /** Ids of the index's last commit, or none when rebuilding or when there is no index yet. */
  static KnownIds open(Directory dir, boolean rebuild) throws IOException {
    if (rebuild || !DirectoryReader.indexExists(dir)) {
      return new KnownIds(null);
    }
    return new KnownIds(DirectoryReader.open(dir));
  }

  Lookup newLookup() throws IOException {
    return new Lookup();
  }

  @Override
  public void close() throws IOException {
    if (before != null) {
      before.close();
    }
  }

  /** One worker's view. */
  final class Lookup {
    private final List<TermsEnum> terms = new ArrayList<>();
    private final List<Bits> liveDocs = new ArrayList<>();
    private PostingsEnum postings;

    private Lookup() throws IOException {
      if (before == null) {
        return;
      }
      for (LeafReaderContext leaf : before.leaves()) {
        Terms t = leaf.reader().terms(Fields.ID);
        if (t != null) {
          terms.add(t.iterator());
          liveDocs.add(leaf.reader().getLiveDocs());
        }
      }
    }

    /** Records the id as seen; true when it was known already (the article is an update). */
    boolean seenBefore(String id) throws IOException {
      boolean firstInRun = seen.add(id);
      return !firstInRun || inLastCommit(id);
    }

    private boolean inLastCommit(String id) throws IOException {
      BytesRef term = new BytesRef(id);
      for (int i = 0; i < terms.size(); i++) {
        TermsEnum te = terms.get(i);
        if (te.seekExact(term)) {
          Bits live = liveDocs.get(i);
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}
