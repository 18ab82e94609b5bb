package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.Fields;
import vn.newssearch.server.TestIndexes;

class SnippetsTest {
  /**
   * One weight per segment marks exactly what Lucene's strategy, a weight per hit, marks: the
   * judged queries of eval/queries.jsonl (pasted headlines, topical, known items, Telex as typed)
   * over the sample index, page by page.
   */
  @Test
  void aWeightPerSegmentMarksWhatAWeightPerHitMarks() throws IOException {
    List<String> queries = judgedQueries();
    assertThat(queries).hasSizeGreaterThan(100);
    TextQueries text = new TextQueries();
    int marked = 0;
    try (FSDirectory dir = FSDirectory.open(TestIndexes.sample());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String q : queries) {
        TextQueries.Built built = text.build(UserQuery.parse(q), reader);
        if (built == null) {
          continue;
        }
        TopDocs page = searcher.search(built.query(), 10);
        Map<Integer, String> bodies = new HashMap<>();
        for (ScoreDoc d : page.scoreDocs) {
          bodies.put(
              d.doc,
              searcher
                  .storedFields()
                  .document(d.doc, Set.of(Fields.BODY_FOLDED))
                  .get(Fields.BODY_FOLDED));
        }
        String[] ours =
            new Snippets().of(searcher, built.highlight(), built.highlightApart(), page, bodies);
        String[] lucene =
            new Snippets(false)
                .of(searcher, built.highlight(), built.highlightApart(), page, bodies);
        assertThat(ours).as(q).containsExactly(lucene);
        for (String s : ours) {
          marked += s != null && s.contains("<mark>") ? 1 : 0;
        }
      }
    }
    assertThat(marked).isGreaterThan(500);
  }

  private static List<String> judgedQueries() throws IOException {
    Path file = Path.of("..", "eval", "queries.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode q = json.readTree(line);
        out.add(q.path("q").asText(""));
      }
    }
    return out;
  }
}
