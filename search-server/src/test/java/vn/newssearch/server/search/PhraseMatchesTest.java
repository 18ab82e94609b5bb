package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.Fields;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.TestIndexes;

class PhraseMatchesTest {
  /**
   * The pairs of a real headline over the sample index: every article that holds a pair's
   * syllables, asked in descending order (the postings must start again) and then ascending, gives
   * Lucene's phrase matches, occurrence by occurrence.
   */
  @Test
  void aPairMatchesWhereLucenesPhraseMatchesInAnyOrderOfHits() throws IOException {
    try (FSDirectory dir = FSDirectory.open(TestIndexes.sample());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> syllables =
          TextQueries.tokens(
              VietnameseAnalysis.folded(),
              "người lao động được hưởng bảo hiểm xã hội theo quy định");
      int compared = 0;
      for (int i = 0; i + 1 < syllables.size(); i++) {
        PhraseQuery pair =
            new PhraseQuery(Fields.BODY_FOLDED, syllables.get(i), syllables.get(i + 1));
        Weight lucene = searcher.createWeight(pair, ScoreMode.COMPLETE_NO_SCORES, 1f);
        ScoreDoc[] hits = searcher.search(pair, 50).scoreDocs;
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc h : hits) {
          docs.add(h.doc);
          docs.add(h.doc + 1); // and a neighbour that may not hold it
        }
        docs.sort((a, b) -> b - a);
        List<Integer> ascending = new ArrayList<>(docs.reversed());
        for (List<Integer> order : List.of(docs, ascending)) {
          PhraseMatches[] ours = new PhraseMatches[reader.leaves().size()];
          for (int doc : order) {
            if (doc >= reader.maxDoc()) {
              continue;
            }
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            int local = doc - leaf.docBase;
            if (ours[leaf.ord] == null) {
              ours[leaf.ord] = new PhraseMatches(pair, leaf.reader());
            }
            assertThat(occurrences(ours[leaf.ord].in(local)))
                .as("%s in %d", pair, doc)
                .isEqualTo(occurrences(lucene.matches(leaf, local)));
            compared++;
          }
        }
      }
      assertThat(compared).isGreaterThan(100);
    }
  }

  private static List<String> occurrences(Matches m) throws IOException {
    List<String> out = new ArrayList<>();
    if (m == null) {
      return out;
    }
    MatchesIterator it = m.getMatches(Fields.BODY_FOLDED);
    while (it.next()) {
      out.add(
          it.startPosition()
              + "-"
              + it.endPosition()
              + "@"
              + it.startOffset()
              + "-"
              + it.endOffset()
              + (it.getSubMatches() == null ? "" : "+subs"));
    }
    return out;
  }
}
