package vn.newssearch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import vn.newssearch.index.ArticleIndexer;
import vn.newssearch.index.BuildOptions;
import vn.newssearch.index.IndexBuildException;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ArticleDocuments;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The one place tests get an index from: the bundled sample (the two seed pages and the JSON Lines
 * of data/sample) indexed by the real pipeline (ArticleIndexer: extraction, gazetteer, parties),
 * plus a few fixture articles for edge cases the sample lacks (midnight in Vietnam time, "lao động"
 * against "Lào ... đông", accent-exact ranking, HTML in text).
 */
public final class TestIndexes {
  private TestIndexes() {}

  private static Path sample;

  /** The shared read-only sample index, built once per test JVM. */
  public static synchronized Path sample() {
    if (sample == null) {
      try {
        Path dir = Files.createTempDirectory("vnnews-sample-index");
        Path data = repo().resolve("data/sample");
        ArticleIndexer.build(
            dir,
            List.of(
                data.resolve("pages"),
                data.resolve("dantri-sample.jsonl"),
                data.resolve("vietnews-labour-sample.jsonl")),
            BuildOptions.defaults().withThreads(1));
        write(dir, Fixtures.articles());
        sample = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IndexBuildException e) {
        throw new IllegalStateException(e);
      }
    }
    return sample;
  }

  /** Writes (or adds to) an index with one commit. */
  public static void write(Path dir, List<Article> articles) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(VietnameseAnalysis.forIndexing());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, cfg)) {
      for (Article a : articles) {
        w.updateDocument(ArticleDocuments.idTerm(a.id()), ArticleDocuments.toDocument(a));
      }
      w.commit();
    }
  }

  static Path repo() {
    return Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
  }
}
