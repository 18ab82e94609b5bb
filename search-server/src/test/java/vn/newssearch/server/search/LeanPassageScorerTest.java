package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.VietnameseAnalysis;

/** The allocation-free passage score must be Lucene's, to the bit, so snippets do not change. */
class LeanPassageScorerTest {
  @Test
  void scoresEveryPassageExactlyAsLuceneDoes() throws Exception {
    // Real syllables: the folded words of the bundled labour sample.
    String text =
        Files.readString(
            Path.of("..", "data", "sample", "vietnews-labour-sample.jsonl"),
            StandardCharsets.UTF_8);
    List<String> syllables =
        VietnameseAnalysis.terms(VietnameseAnalysis.folded(), text.substring(0, 20_000));
    assertThat(syllables).hasSizeGreaterThan(1_000);

    PassageScorer lucene = new PassageScorer();
    LeanPassageScorer lean = new LeanPassageScorer();
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      // A few query terms, repeated within the passage, with their frequency in the document.
      int vocabulary = 1 + random.nextInt(4);
      List<String> terms = new ArrayList<>();
      int[] inDoc = new int[vocabulary];
      for (int t = 0; t < vocabulary; t++) {
        terms.add(syllables.get(random.nextInt(syllables.size())));
        inDoc[t] = 1 + random.nextInt(40);
      }
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      int matches = 1 + random.nextInt(12);
      // The highlighter widens the passage to its sentence before adding matches; so does this.
      passage.setEndOffset(start + 5 * matches + random.nextInt(300));
      for (int m = 0; m < matches; m++) {
        int t = random.nextInt(vocabulary);
        passage.addMatch(start + 5 * m, start + 5 * m + 4, new BytesRef(terms.get(t)), inDoc[t]);
      }
      int contentLength = passage.getEndOffset() + random.nextInt(10_000);
      assertThat(lean.score(passage, contentLength))
          .as("passage %d", i)
          .isEqualTo(lucene.score(passage, contentLength));
    }
  }
}
