package vn.newssearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.Fields;

/** What an index folder holds after a drill: its last commit, opened and checked. */
record IndexCheck(
    int documents, long distinctIds, long duplicates, boolean clean, Map<String, String> commit) {

  /** Opens the last commit; throws if it cannot be opened at all. */
  static IndexCheck of(Path index, boolean checkIndex) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      long distinct = 0;
      long duplicates = 0;
      java.util.Map<BytesRef, Integer> perId = new java.util.HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Terms terms = r.terms(Fields.ID);
        if (terms == null) {
          continue;
        }
        Bits live = r.getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          pe = te.postings(pe, PostingsEnum.NONE);
          int n = 0;
          for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            if (live == null || live.get(d)) {
              n++;
            }
          }
          if (n > 0) {
            perId.merge(BytesRef.deepCopyOf(term), n, Integer::sum);
          }
        }
      }
      for (int n : perId.values()) {
        distinct++;
        duplicates += n - 1;
      }
      boolean clean = true;
      if (checkIndex) {
        try (CheckIndex check = new CheckIndex(dir)) {
          check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
          clean = check.checkIndex().clean;
        }
      }
      return new IndexCheck(
          reader.numDocs(), distinct, duplicates, clean, reader.getIndexCommit().getUserData());
    }
  }

  long recordedIndexed() {
    return Long.parseLong(commit.getOrDefault(CommitData.ARTICLES_INDEXED, "-1"));
  }
}
