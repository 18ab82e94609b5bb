package vn.newssearch.server.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyword query as journalists write it: plain words (all required), "quoted phrases", -word to
 * exclude, and OR between two items. Anything else, such as a lone quote or a dangling OR, is read
 * as plain words, so parsing never fails.
 *
 * @param required groups that must each match; a group of several units is an OR
 * @param excluded units no hit may contain
 * @param adjacentRuns runs of plain words typed next to each other, in order (for phrase boosts)
 */
public record UserQuery(
    List<List<Unit>> required, List<Unit> excluded, List<List<String>> adjacentRuns) {

  /** A word or a quoted phrase, as typed (not yet analysed). */
  public record Unit(String text, boolean phrase) {}

  /** More words than this are ignored: they would only slow the query down. */
  public static final int MAX_UNITS = 32;

  public boolean isEmpty() {
    return required.isEmpty() && excluded.isEmpty();
  }

  private record Lexeme(Unit unit, boolean negated, boolean or) {}

  public static UserQuery parse(String q) {
    List<Lexeme> lexemes = lex(q == null ? "" : q);
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
    return new UserQuery(List.copyOf(required), List.copyOf(excluded), List.copyOf(runs));
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

  private static List<Lexeme> lex(String q) {
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
        i = start + 1;
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
