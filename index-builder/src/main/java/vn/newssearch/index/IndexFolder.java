package vn.newssearch.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import vn.newssearch.schema.AbbreviationConcepts;
import vn.newssearch.schema.CommitData;
import vn.newssearch.schema.ServingLock;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * Opens the index folder for a build, turning the ways that can fail (not a folder, not writable,
 * locked, unreadable) into one clear {@link IndexBuildException} each.
 */
final class IndexFolder {
  private IndexFolder() {}

  static FSDirectory open(Path index) throws IndexBuildException {
    try {
      Files.createDirectories(index);
    } catch (FileAlreadyExistsException e) {
      throw new IndexBuildException("the index path " + index + " is a file, not a folder", e);
    } catch (AccessDeniedException e) {
      throw new IndexBuildException(
          "cannot create the index folder " + index + ": permission denied", e);
    } catch (IOException e) {
      throw new IndexBuildException(
          "cannot create the index folder " + index + ": " + reason(e), e);
    }
    if (!Files.isWritable(index)) {
      throw new IndexBuildException("the index folder " + index + " is not writable");
    }
    try {
      return FSDirectory.open(index);
    } catch (IOException e) {
      throw new IndexBuildException("cannot open the index folder " + index + ": " + reason(e), e);
    }
  }

  static KnownIds knownIds(FSDirectory dir, Path index, boolean rebuild)
      throws IndexBuildException {
    try {
      return KnownIds.open(dir, rebuild);
    } catch (IOException e) {
      throw unreadable(index, e);
    }
  }

  static IndexWriter writer(FSDirectory dir, Path index, BuildOptions options)
      throws IndexBuildException {
    TieredMergePolicy merges = new TieredMergePolicy();
    // Separate files merge faster and the index is read from one folder anyway.
    merges.setNoCFSRatio(0.0);
    IndexWriterConfig config =
        new IndexWriterConfig(VietnameseAnalysis.forIndexing())
            .setOpenMode(
                options.rebuild()
                    ? IndexWriterConfig.OpenMode.CREATE
                    : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(options.ramBufferMb())
            .setUseCompoundFile(false)
            .setMergePolicy(merges);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexBuildException(
          "the index " + index + " is being written by another process (its write.lock is held)",
          e);
    } catch (IOException e) {
      throw unreadable(index, e);
    }
  }

  /**
   * The concept table's fingerprint the build's commits record: the table the writer's analyzer
   * uses, if every document will hold its terms (a new or rebuilt index, or one built with the same
   * table), else empty: documents indexed with another table stay until a rebuild.
   */
  static String conceptsAfterBuild(IndexWriter writer) {
    String ours = AbbreviationConcepts.bundled().fingerprint();
    if (writer.getDocStats().maxDoc == 0) {
      return ours;
    }
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(CommitData.ABBREVIATIONS) && e.getValue().equals(ours)) {
          return ours;
        }
      }
    }
    return "";
  }

  /**
   * True while a search server holds its lock on {@link ServingLock#FILE} in the index folder. The
   * OS releases the lock when the server dies, so a killed server leaves no false marker behind.
   */
  static boolean isServed(Path index) {
    Path marker = index.resolve(ServingLock.FILE);
    if (!Files.exists(marker)) {
      return false;
    }
    try (FileChannel channel =
        FileChannel.open(marker, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // a server in this very JVM (tests, tools)
    } catch (IOException e) {
      return false;
    }
  }

  private static IndexBuildException unreadable(Path index, IOException e) {
    if (e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return new IndexBuildException(
          "the index at "
              + index
              + " cannot be read ("
              + reason(e)
              + "); run again with --rebuild to start over",
          e);
    }
    return new IndexBuildException("cannot open the index at " + index + ": " + reason(e), e);
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return ArticleIndexer.describe(e);
  }
}
