package vn.newssearch.server.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.search.IndexSearcher;
import vn.newssearch.schema.CommitData;
import vn.newssearch.server.search.typing.TypingStatus;

/**
 * What {@code /health} reports: the live document count, the reader version (it grows with each
 * commit) and when the commit being searched was made.
 *
 * @param lastCommit ISO-8601: the commit's {@link CommitData#BUILT_AT} if it has one (every
 *     index-builder commit does), else the time of its segments file
 * @param typing whether queries are read with the corpus's statistics (diacritics, Telex, VNI)
 */
public record IndexStatus(
    String status, int documents, long indexVersion, String lastCommit, TypingStatus typing) {

  static IndexStatus of(IndexSearcher searcher, Path indexDir, TypingStatus typing)
      throws IOException {
    DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
    IndexCommit commit = reader.getIndexCommit();
    return new IndexStatus(
        "ok", reader.numDocs(), reader.getVersion(), commitTime(commit, indexDir), typing);
  }

  private static String commitTime(IndexCommit commit, Path indexDir) throws IOException {
    Map<String, String> data = commit.getUserData();
    if (data.containsKey(CommitData.BUILT_AT)) {
      return data.get(CommitData.BUILT_AT);
    }
    Path segments = indexDir.resolve(commit.getSegmentsFileName());
    if (!Files.exists(segments)) {
      return null; // a newer commit replaced it; the next refresh reports that one
    }
    Instant t = Files.getLastModifiedTime(segments).toInstant();
    return t.toString();
  }
}
