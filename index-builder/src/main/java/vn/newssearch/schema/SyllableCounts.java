package vn.newssearch.schema;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The corpus's syllable statistics that the server's typing layer reads (diacritics restored, Telex
 * and VNI read), as the index builder writes them: every syllable of the accent-exact body with its
 * count, the accented readings kept per folded syllable (with their count in the pair sample), and
 * how often two readings follow each other in that sample. The build writes them once; the server
 * only loads them, on either backend. The file is versioned: a server meets a file of another
 * {@link #VERSION} as if there were none.
 *
 * @param docs the articles counted
 * @param terms every letters-only syllable, lower case, as the accent-exact field indexes it
 * @param counts how often each of {@code terms} occurs
 * @param readings indexes into {@code terms}: the readings kept, grouped by folded syllable and
 *     most frequent first within a group; a reading's position here is its id in {@code pairKeys}
 * @param sampleCounts how often each reading occurs in the pair sample
 * @param pairKeys {@code (id of a << 32) | id of b}, ascending: b followed a in the sample
 * @param pairCounts how often, for each of {@code pairKeys}
 */
public record SyllableCounts(
    int docs,
    String[] terms,
    long[] counts,
    int[] readings,
    int[] sampleCounts,
    long[] pairKeys,
    int[] pairCounts) {

  /** The file's format; a change of layout or of meaning bumps it. */
  public static final int VERSION = 1;

  /** Its name inside an index folder (Lucene leaves files of other names alone). */
  public static final String FILE_NAME = "syllable-stats.v" + VERSION + ".gz";

  private static final int MAGIC = 0x564e5359; // "VNSY"

  /** The file of the index folder {@code index}. */
  public static Path file(Path index) {
    return index.resolve(FILE_NAME);
  }

  /** Writes to {@code file} through a temporary file, so that a reader never sees half of it. */
  public void write(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
      write(out);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The file's bytes (gzip), for a store that is not a folder. */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(docs);
    out.writeInt(terms.length);
    for (int i = 0; i < terms.length; i++) {
      out.writeUTF(terms[i]);
      writeVarLong(out, counts[i]);
    }
    out.writeInt(readings.length);
    for (int i = 0; i < readings.length; i++) {
      writeVarLong(out, readings[i]);
      writeVarLong(out, sampleCounts[i]);
    }
    out.writeInt(pairKeys.length);
    long previous = 0;
    for (int i = 0; i < pairKeys.length; i++) {
      writeVarLong(out, pairKeys[i] - previous); // ascending: small deltas
      writeVarLong(out, pairCounts[i]);
      previous = pairKeys[i];
    }
    out.flush();
    gz.finish();
  }

  /**
   * Reads a file written by {@link #write(Path)}; throws {@link WrongVersionException} for a file
   * of another version, and an {@link IOException} for one that is not such a file.
   */
  public static SyllableCounts read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in);
    }
  }

  /** The same, from {@link #toBytes()}. */
  public static SyllableCounts fromBytes(byte[] bytes) throws IOException {
    return read(new ByteArrayInputStream(bytes));
  }

  private static SyllableCounts read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a syllable statistics file");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new WrongVersionException(version);
    }
    int docs = in.readInt();
    String[] terms = new String[in.readInt()];
    long[] counts = new long[terms.length];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = in.readUTF();
      counts[i] = readVarLong(in);
    }
    int[] readings = new int[in.readInt()];
    int[] sampleCounts = new int[readings.length];
    for (int i = 0; i < readings.length; i++) {
      readings[i] = (int) readVarLong(in);
      sampleCounts[i] = (int) readVarLong(in);
    }
    long[] pairKeys = new long[in.readInt()];
    int[] pairCounts = new int[pairKeys.length];
    long previous = 0;
    for (int i = 0; i < pairKeys.length; i++) {
      pairKeys[i] = previous + readVarLong(in);
      pairCounts[i] = (int) readVarLong(in);
      previous = pairKeys[i];
    }
    return new SyllableCounts(docs, terms, counts, readings, sampleCounts, pairKeys, pairCounts);
  }

  /** A statistics file of a version this code does not read: an older or newer build wrote it. */
  public static final class WrongVersionException extends IOException {
    private static final long serialVersionUID = 1L;

    WrongVersionException(int version) {
      super("syllable statistics of format " + version + ", not " + VERSION);
    }
  }

  private static void writeVarLong(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new EOFException("a number runs past 64 bits");
  }
}
