package vn.newssearch.server.search.typing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.UserQuery;

/**
 * Reads a parsed query the way it was meant: diacritics restored when none were typed, and
 * abbreviations with their expansions. The result is still a {@link UserQuery}, so query building
 * does not know it was rewritten; matching stays on folded syllables, so a reading only reorders.
 */
public final class QueryReader {
  /** Indexes up to this size get their statistics at once; larger ones in the background. */
  static final int BUILD_IN_LINE_DOCS = 20_000;

  private final Supplier<Abbreviations> abbreviations;
  private volatile SyllableStats stats;
  private volatile CompletableFuture<SyllableStats> building;

  /** The gazetteer may still be loading; the abbreviations are built on the first query. */
  public QueryReader(Supplier<PartyNames> gazetteer) {
    this.abbreviations = memoize(() -> Abbreviations.from(gazetteer.get()));
  }

  /** The query as searched, and how to say so ({@code interpretedAs}; null when as typed). */
  public record Reading(UserQuery query, String interpretedAs) {}

  public Reading read(UserQuery typed, IndexReader index) {
    UserQuery q = typed;
    SyllableStats s = stats(index);
    if (s != null) {
      q = QueryRewrites.replaceWords(q, keystrokes(q, s));
      if (!anyAccent(typed)) {
        q = QueryRewrites.replaceWords(q, DiacriticRestorer.restore(plainWords(q), s));
      }
    }
    q = QueryRewrites.expandAbbreviations(q, abbreviations.get());
    if (q == typed) {
      return new Reading(q, null); // no step rewrote it (each returns its input then)
    }
    String before = QueryRewrites.render(typed);
    String after = QueryRewrites.render(q);
    return new Reading(q, before.equals(after) ? null : after);
  }

  /**
   * Words typed as Telex or VNI keystrokes, decoded: only when the corpus writes the syllable they
   * spell and never writes the word as typed, so that a real word ("boong", "bus") stays.
   */
  private static Map<String, String> keystrokes(UserQuery q, SyllableStats s) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> words = new ArrayList<>(plainWords(q));
    q.excluded().stream().filter(u -> !u.phrase()).forEach(u -> words.add(u.text()));
    for (boolean sure : new boolean[] {false, true}) {
      for (String w : words) {
        String decoded = out.containsKey(w) ? null : keystroke(w, s, sure);
        if (decoded != null) {
          out.put(w, decoded);
        }
      }
      if (out.isEmpty()) {
        break; // no word was surely keystrokes: the input method was on
      }
    }
    return out;
  }

  /** The syllable a word's keystrokes spell, in its case, or null if it is not read so. */
  static String keystroke(String w, SyllableStats s, boolean sure) {
    String decoded = Keystrokes.decode(w, sure);
    if (decoded == null || s.count(decoded) == 0 || s.count(w.toLowerCase(Locale.ROOT)) > 0) {
      return null;
    }
    return Character.isUpperCase(w.charAt(0))
        ? decoded.substring(0, 1).toUpperCase(Locale.ROOT) + decoded.substring(1)
        : decoded;
  }

  /** The required plain words in order (the words whose neighbours tell their reading). */
  private static List<String> plainWords(UserQuery q) {
    List<String> out = new ArrayList<>();
    for (List<UserQuery.Unit> group : q.required()) {
      for (UserQuery.Unit u : group) {
        if (!u.phrase()) {
          out.add(u.text());
        }
      }
    }
    return out;
  }

  /** Whether any letter of the query carries a diacritic, or is đ: then it was typed on purpose. */
  private static boolean anyAccent(UserQuery q) {
    List<String> texts = new ArrayList<>();
    q.required().forEach(g -> g.forEach(u -> texts.add(u.text())));
    q.excluded().forEach(u -> texts.add(u.text()));
    return texts.stream().anyMatch(t -> t.chars().anyMatch(c -> c >= 128 && Character.isLetter(c)));
  }

  /**
   * The statistics of this index, rebuilt when its size has changed by a tenth. A small index is
   * read at once; a large one in the background, searched as typed meanwhile.
   */
  private SyllableStats stats(IndexReader index) {
    SyllableStats s = stats;
    int docs = index.numDocs();
    if (s != null && Math.abs(s.docs() - docs) <= docs / 10) {
      return s;
    }
    if (docs <= BUILD_IN_LINE_DOCS) {
      stats = build(index);
      return stats;
    }
    synchronized (this) {
      if (building == null || building.isDone()) {
        index.incRef();
        building =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    SyllableStats built = build(index);
                    stats = built;
                    return built;
                  } finally {
                    decRef(index);
                  }
                });
      }
    }
    return s;
  }

  private static SyllableStats build(IndexReader index) {
    try {
      return SyllableStats.of(index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void decRef(IndexReader index) {
    try {
      index.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Supplier<T> memoize(Supplier<T> make) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            if (value == null) {
              value = make.get();
            }
            v = value;
          }
        }
        return v;
      }
    };
  }
}
