package vn.newssearch.server.search.typing;

import java.util.function.Supplier;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.server.search.UserQuery;

/**
 * Reads a parsed query the way it was meant: abbreviations with their expansions. The result is
 * still a {@link UserQuery}, so query building does not know it was rewritten.
 */
public final class QueryReader {
  private final Supplier<Abbreviations> abbreviations;

  /** The gazetteer may still be loading; the abbreviations are built on the first query. */
  public QueryReader(Supplier<Gazetteer> gazetteer) {
    this.abbreviations = memoize(() -> Abbreviations.from(gazetteer.get()));
  }

  /** The query as searched, and how to say so ({@code interpretedAs}; null when as typed). */
  public record Reading(UserQuery query, String interpretedAs) {}

  public Reading read(UserQuery typed) {
    UserQuery q = QueryRewrites.expandAbbreviations(typed, abbreviations.get());
    String before = QueryRewrites.render(typed);
    String after = QueryRewrites.render(q);
    return new Reading(q, before.equals(after) ? null : after);
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
