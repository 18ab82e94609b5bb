package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.TestIndexes;
import vn.newssearch.server.eval.EvalQuery;
import vn.newssearch.server.search.typing.QueryReader;
import vn.newssearch.server.search.typing.SyllableStats;

/**
 * Scored over positions read once per term ({@link BonusTree}), the window's bonus and a long
 * query's optional clauses give every hit of every judged query (as the server reads it, and as
 * typed) the score Lucene's own scorers give the same query, to the bit, and match the same hits:
 * ranking cannot tell the two apart.
 */
class BonusTreeTest {
  /** Forms the judged queries lack: OR groups, phrases, a longer form that only adds score. */
  private static final List<String> MORE =
      List.of(
          "TP.HCM OR \"Hồ Chí Minh\" OR \"Thành phố Hồ Chí Minh\" lao động",
          "\"bảo hiểm xã hội\" tăng lương -Nhật",
          "lao động lao động việc làm việc làm",
          "UBND tinh Nghe An ho tro nguoi lao dong bi mat viec lam do dich COVID-19",
          "nguwowif lao ddoongj");

  private static DirectoryReader index;
  private static IndexSearcher searcher;
  private static List<Read> reads;

  @BeforeAll
  static void readTheQueries() throws IOException {
    index = DirectoryReader.open(FSDirectory.open(TestIndexes.sample()));
    assertThat(index.leaves()).as("several segments").hasSizeGreaterThan(1);
    searcher = new IndexSearcher(index);
    searcher.setQueryCache(null);
    reads = judgedQueries(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void theWindowsBonusIsLucenesScoreOnEveryHit() throws IOException {
    int compared = 0;
    int withBonus = 0;
    for (Read r : reads) {
      if (r.built().bonus() == null) {
        continue;
      }
      ScoreDoc[] hits = searcher.search(r.built().query(), AdjacencyRescorer.WINDOW).scoreDocs;
      Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
      float[] expected = lucene(searcher, r.built().bonus(), hits);
      float[] actual = tree(searcher, r.built().bonus(), hits);
      for (int i = 0; i < hits.length; i++) {
        assertThat(Float.floatToIntBits(actual[i]))
            .as("%s, hit %d: %s against Lucene's %s", r.what(), hits[i].doc, actual[i], expected[i])
            .isEqualTo(Float.floatToIntBits(expected[i]));
        withBonus += Float.isNaN(expected[i]) ? 0 : 1;
      }
      compared += hits.length;
    }
    assertThat(compared).isGreaterThan(10_000);
    assertThat(withBonus).isGreaterThan(compared / 4);
  }

  @Test
  void aLongQuerysOptionalClausesScoreAsLucenesOwn() throws IOException {
    int compared = 0;
    Sort relevance = Sorts.of(SortOrder.RELEVANCE);
    for (Read r : reads) {
      Query shared = r.built().query();
      Query inline = inline(shared);
      if (inline.equals(shared)) {
        continue;
      }
      ScoreDoc[] expected = searcher.search(inline, 1_000, relevance, true).scoreDocs;
      ScoreDoc[] actual = searcher.search(shared, 1_000, relevance, true).scoreDocs;
      assertThat(actual).as(r.what()).hasSameSizeAs(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i].doc).as("%s, rank %d", r.what(), i).isEqualTo(expected[i].doc);
        assertThat(Float.floatToIntBits(actual[i].score))
            .as("%s, rank %d: %s against %s", r.what(), i, actual[i].score, expected[i].score)
            .isEqualTo(Float.floatToIntBits(expected[i].score));
      }
      compared += expected.length;
    }
    assertThat(compared).isGreaterThan(1_000);
  }

  private record Read(String what, TextQueries.Built built) {}

  /** The judged queries and a few more, as the server reads them and as typed, each once. */
  private static List<Read> judgedQueries(DirectoryReader index) throws IOException {
    Path repo = Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
    List<String> queries = new ArrayList<>(MORE);
    for (EvalQuery q : EvalQuery.load(repo.resolve("eval/queries.jsonl"), ArticleJson.MAPPER)) {
      queries.add(q.q());
    }
    TextQueries text = new TextQueries();
    QueryReader reader = new QueryReader(PartyNames::load);
    SyllableStats stats = SyllableStats.of(index);
    Set<String> seen = new HashSet<>();
    List<Read> out = new ArrayList<>();
    for (String q : queries) {
      for (boolean literal : new boolean[] {false, true}) {
        UserQuery uq = reader.read(q, literal, stats).query();
        TextQueries.Built built = uq == null ? null : text.build(uq, index);
        if (built != null && seen.add(uq.toString())) {
          out.add(new Read(q + (literal ? " (as typed)" : ""), built));
        }
      }
    }
    return out;
  }

  /** The same query with a shared clause's inner clauses in its place, scored by Lucene. */
  private static Query inline(Query q) {
    if (!(q instanceof BooleanQuery b)) {
      return q;
    }
    BooleanQuery.Builder out =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    for (BooleanClause c : b.clauses()) {
      if (c.query() instanceof SharedPostingsQuery s) {
        ((BooleanQuery) s.inner()).clauses().forEach(out::add);
      } else {
        out.add(c);
      }
    }
    return out.build();
  }

  private static float[] tree(IndexSearcher searcher, Query bonus, ScoreDoc[] hits)
      throws IOException {
    BonusTree tree = new BonusTree(searcher, bonus);
    float[] out = new float[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    BonusNodes.Node node = null;
    for (int i = 0; i < hits.length; i++) {
      int l = ReaderUtil.subIndex(hits[i].doc, leaves);
      if (l != leaf) {
        leaf = l;
        node = tree.leaf(leaves.get(l));
      }
      out[i] = node.score(hits[i].doc - leaves.get(l).docBase);
    }
    return out;
  }

  /** The reference: Lucene's scorer of the bonus, checked for each hit (NaN: no match). */
  private static float[] lucene(IndexSearcher searcher, Query bonus, ScoreDoc[] hits)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(bonus), ScoreMode.COMPLETE, 1f);
    float[] out = new float[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    Scorer scorer = null;
    for (int i = 0; i < hits.length; i++) {
      int l = ReaderUtil.subIndex(hits[i].doc, leaves);
      if (l != leaf) {
        leaf = l;
        scorer = weight.scorer(leaves.get(l));
      }
      out[i] = Float.NaN;
      if (scorer == null) {
        continue;
      }
      int target = hits[i].doc - leaves.get(l).docBase;
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      int doc = candidates.docID() < target ? candidates.advance(target) : candidates.docID();
      if (doc == target && (twoPhase == null || twoPhase.matches())) {
        out[i] = scorer.score();
      }
    }
    return out;
  }
}
