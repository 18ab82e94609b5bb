package vn.newssearch.server.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.search.IndexSearcher;
import vn.newssearch.index.ArticleIndexer;

/**
 * What {@code /health} reports: the live document count, the reader version (it grows with each
 * commit) and when the commit being searched was made.
 *
 * @param lastCommit ISO-8601: the commit's own time stamp if the indexer recorded one, else the
 *     time of its segments file
 */
public record IndexStatus(String status, int documents, long indexVersion, String lastCommit) {

  /** Commit user-data keys an indexer may use for its commit time, in order of preference. */
  private static final List<String> TIME_KEYS =
      List.of(ArticleIndexer.BUILT_AT, "committedAt", "lastCommit", "timestamp");

  static IndexStatus of(IndexSearcher searcher, Path indexDir) throws IOException {
    DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
    IndexCommit commit = reader.getIndexCommit();
    return new IndexStatus(
        "ok", reader.numDocs(), reader.getVersion(), commitTime(commit, indexDir));
  }

  private static String commitTime(IndexCommit commit, Path indexDir) throws IOException {
    Map<String, String> data = commit.getUserData();
    for (String key : TIME_KEYS) {
      if (data.containsKey(key)) {
        return data.get(key);
      }
    }
    Path segments = indexDir.resolve(commit.getSegmentsFileName());
    if (!Files.exists(segments)) {
      return null; // a newer commit replaced it; the next refresh reports that one
    }
    Instant t = Files.getLastModifiedTime(segments).toInstant();
    return t.toString();
  }
}
