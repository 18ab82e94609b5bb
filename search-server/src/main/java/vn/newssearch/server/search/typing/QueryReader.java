package vn.newssearch.server.search.typing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import vn.newssearch.schema.PartyNames;
import vn.newssearch.server.search.SearchResponse;
import vn.newssearch.server.search.UserQuery;

/**
 * Reads a parsed query the way it was meant: diacritics restored when none were typed, Telex and
 * VNI keystrokes read, and abbreviations with their expansions. The result is still a {@link
 * UserQuery}, so query building does not know it was rewritten; matching stays on folded syllables,
 * so a reading only reorders. One reader for both backends: the embedded index builds Lucene
 * queries from its reading ({@code TextQueries}), a cluster builds the query DSL ({@code
 * ClusterQuery}); each gives the statistics it loaded at start.
 */
public final class QueryReader {
  /** The warning of a query read without statistics. */
  public static final String TYPING_UNAVAILABLE = "typing-unavailable";

  private final Supplier<Abbreviations> abbreviations;

  /**
   * The gazetteer may still be loading: the abbreviations are built by {@link
   * #prepareInBackground()}, or by the first query that comes before it.
   */
  public QueryReader(Supplier<PartyNames> gazetteer) {
    this.abbreviations = memoize(() -> Abbreviations.from(gazetteer.get()));
  }

  /**
   * Builds the abbreviations on a thread of its own, once the gazetteer is loaded, so that the
   * first query does not; the servers call it at start.
   */
  public void prepareInBackground() {
    Thread.ofPlatform()
        .name("typing-abbreviations")
        .daemon()
        .start(
            () -> {
              try {
                abbreviations.get();
              } catch (RuntimeException e) {
                // The gazetteer did not load: the first query builds them again, and fails alike.
              }
            });
  }

  /** The abbreviations the reading expands (built on first need, if not in the background). */
  public Abbreviations abbreviations() {
    return abbreviations.get();
  }

  /** The query as searched, and how to say so ({@code interpretedAs}; null when as typed). */
  public record Reading(UserQuery query, String interpretedAs) {}

  /**
   * Parses and reads the {@code q} of a request: as typed when {@code literal}; null stays null (no
   * text to search).
   */
  public Reading read(String q, boolean literal, SyllableStats s) {
    UserQuery typed = q == null ? null : UserQuery.parse(q);
    return typed == null || literal ? new Reading(typed, null) : read(typed, s);
  }

  /**
   * Reads {@code typed} with the corpus's statistics; with none ({@code s} null: not loaded yet, or
   * a cluster built without them) diacritics and keystrokes stay as typed, abbreviations are still
   * expanded, and a word they could have read gets a {@value #TYPING_UNAVAILABLE} warning.
   */
  public Reading read(UserQuery typed, SyllableStats s) {
    UserQuery q = typed;
    if (s != null) {
      q = QueryRewrites.replaceWords(q, keystrokes(q, s));
      if (!anyAccent(typed)) {
        q = QueryRewrites.replaceWords(q, DiacriticRestorer.restore(plainWords(q), s));
      }
    } else if (!anyAccent(typed)
            && plainWords(q).stream().filter(DiacriticRestorer::restorable).count() > 1
        || plainWords(q).stream().anyMatch(w -> Keystrokes.decode(w) != null)) {
      q = QueryRewrites.withWarning(q, UNAVAILABLE);
    }
    q = QueryRewrites.expandAbbreviations(q, abbreviations.get());
    if (q == typed) {
      return new Reading(q, null); // no step rewrote it (each returns its input then)
    }
    String before = QueryRewrites.render(typed);
    String after = QueryRewrites.render(q);
    return new Reading(q, before.equals(after) ? null : after);
  }

  private static final SearchResponse.Warning UNAVAILABLE =
      new SearchResponse.Warning(
          TYPING_UNAVAILABLE,
          "Diacritics, Telex and VNI were not read: this index's syllable statistics are not"
              + " loaded (see /health); the words were searched as typed.");

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
