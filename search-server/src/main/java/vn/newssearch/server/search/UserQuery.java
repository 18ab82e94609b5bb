package vn.newssearch.server.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keyword query as journalists write it: plain words (all required), "quoted phrases", -word to
 * exclude, and OR between two items. Anything else is read as plain words or dropped, so parsing
 * never fails: an unclosed quote's words are plain words, and an OR with nothing to join or a lone
 * minus is dropped. Each of these leaves a warning, so that a typo never silently empties a page.
 *
 * @param required groups that must each match; a group of several units is an OR
 * @param excluded units no hit may contain
 * @param adjacentRuns runs of plain words typed next to each other, in order (for phrase boosts)
 * @param warnings what the parser read differently from the syntax, for the response
 */
public record UserQuery(
    List<List<Unit>> required,
    List<Unit> excluded,
    List<List<String>> adjacentRuns,
    List<SearchResponse.Warning> warnings) {

  /** A query without warnings. */
  public UserQuery(
      List<List<Unit>> required, List<Unit> excluded, List<List<String>> adjacentRuns) {
    this(required, excluded, adjacentRuns, List.of());
  }

  /** A word or a quoted phrase, as typed (not yet analysed). */
  public record Unit(String text, boolean phrase) {}

  /** More words than this are ignored: they would only slow the query down. */
  public static final int MAX_UNITS = 32;

  public boolean isEmpty() {
    return required.isEmpty() && excluded.isEmpty();
  }

  private record Lexeme(Unit unit, boolean negated, boolean or) {}

  public static UserQuery parse(String q) {
    Set<String> issues = new LinkedHashSet<>();
    List<Lexeme> lexemes = lex(q == null ? "" : q, issues);
    List<List<Unit>> required = new ArrayList<>();
    List<Unit> excluded = new ArrayList<>();
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    boolean joinNext = false;
    int units = 0;
    for (int i = 0; i < lexemes.size() && units < MAX_UNITS; i++) {
      Lexeme lx = lexemes.get(i);
      boolean orOperator =
          lx.or()
              && !required.isEmpty()
              && !joinNext
              && i + 1 < lexemes.size()
              && joinable(lexemes.get(i + 1));
      if (orOperator) {
        joinNext = true;
        endRun(runs, run);
        continue;
      }
      if (lx.or()) {
        // An OR with nothing on one side would otherwise be the word "or", which no article
        // holds in capitals-only meaning and which matched nothing: the query came back empty.
        issues.add(DANGLING_OR);
        endRun(runs, run);
        continue;
      }
      if (lx.unit().text().equals("-")) {
        // Between two words it is a dash ("Lao động - Thương binh"), not a broken operator.
        if (i == 0 || i == lexemes.size() - 1) {
          issues.add(LONE_MINUS);
        }
        endRun(runs, run);
        continue;
      }
      units++;
      if (lx.negated()) {
        excluded.add(lx.unit());
        endRun(runs, run);
      } else if (joinNext) {
        List<Unit> group = new ArrayList<>(required.removeLast());
        group.add(lx.unit());
        required.add(group);
        endRun(runs, run);
      } else {
        required.add(List.of(lx.unit()));
        if (lx.unit().phrase()) {
          endRun(runs, run);
        } else {
          run.add(lx.unit().text());
        }
      }
      joinNext = false;
    }
    endRun(runs, run);
    return new UserQuery(
        List.copyOf(required),
        List.copyOf(excluded),
        List.copyOf(runs),
        issues.stream().map(UserQuery::warning).toList());
  }

  static final String DANGLING_OR = "dangling-or";
  static final String LONE_MINUS = "lone-minus";
  static final String UNCLOSED_QUOTE = "unclosed-quote";
  static final String EMPTY_QUOTES = "empty-quotes";

  private static SearchResponse.Warning warning(String code) {
    String message =
        switch (code) {
          case DANGLING_OR ->
              "OR needs a word on each side; the OR with nothing to join was ignored.";
          case LONE_MINUS ->
              "A minus excludes the word written right after it; the lone - was ignored.";
          case UNCLOSED_QUOTE ->
              "A quote was not closed; the words after it were searched as plain words.";
          case EMPTY_QUOTES -> "A pair of quotes held no words and was ignored.";
          default -> throw new IllegalArgumentException(code);
        };
    return new SearchResponse.Warning(code, message);
  }

  private static boolean joinable(Lexeme next) {
    return !next.negated() && !next.or();
  }

  private static void endRun(List<List<String>> runs, List<String> run) {
    if (run.size() > 1) {
      runs.add(List.copyOf(run));
    }
    run.clear();
  }

  private static List<Lexeme> lex(String q, Set<String> issues) {
    List<Lexeme> out = new ArrayList<>();
    int n = q.length();
    int i = 0;
    while (i < n) {
      char c = q.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-' && i + 1 < n && !isSpace(q.charAt(i + 1));
      int start = negated ? i + 1 : i;
      if (q.charAt(start) == '"') {
        int close = q.indexOf('"', start + 1);
        if (close > start + 1) {
          out.add(new Lexeme(new Unit(q.substring(start + 1, close), true), negated, false));
          i = close + 1;
          continue;
        }
        // A lone or empty pair of quotes is not syntax: skip it and read on as words.
        issues.add(close < 0 ? UNCLOSED_QUOTE : EMPTY_QUOTES);
        i = close < 0 ? start + 1 : close + 1;
        continue;
      }
      int end = start;
      while (end < n && !isSpace(q.charAt(end)) && q.charAt(end) != '"') {
        end++;
      }
      String word = q.substring(start, end);
      out.add(new Lexeme(new Unit(word, false), negated, !negated && word.equals("OR")));
      i = end;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
