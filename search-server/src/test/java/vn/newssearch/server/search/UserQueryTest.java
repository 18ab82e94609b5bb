package vn.newssearch.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.server.search.UserQuery.Unit;

class UserQueryTest {
  private static Unit word(String w) {
    return new Unit(w, false);
  }

  @Test
  void plainWordsAreAllRequiredAndFormOneAdjacentRun() {
    UserQuery q = UserQuery.parse("lao  động việc làm");
    assertThat(q.required())
        .containsExactly(
            List.of(word("lao")),
            List.of(word("động")),
            List.of(word("việc")),
            List.of(word("làm")));
    assertThat(q.adjacentRuns()).containsExactly(List.of("lao", "động", "việc", "làm"));
    assertThat(q.excluded()).isEmpty();
  }

  @Test
  void phrasesExclusionsAndOr() {
    UserQuery q = UserQuery.parse("\"bảo hiểm\" -Lào công đoàn OR phụ nữ");
    assertThat(q.required())
        .containsExactly(
            List.of(new Unit("bảo hiểm", true)),
            List.of(word("công")),
            List.of(word("đoàn"), word("phụ")),
            List.of(word("nữ")));
    assertThat(q.excluded()).containsExactly(word("Lào"));
    // "công đoàn" was typed together, so it still earns the phrase boost.
    assertThat(q.adjacentRuns()).containsExactly(List.of("công", "đoàn"));
  }

  @Test
  void brokenSyntaxIsReadAsPlainWordsWithAWarning() {
    UserQuery unclosed = UserQuery.parse("\"lao dong");
    assertThat(unclosed.required()).containsExactly(List.of(word("lao")), List.of(word("dong")));
    assertThat(codes(unclosed)).containsExactly(UserQuery.UNCLOSED_QUOTE);
    UserQuery dangling = UserQuery.parse("OR lao dong OR");
    assertThat(dangling.required()).containsExactly(List.of(word("lao")), List.of(word("dong")));
    assertThat(dangling.adjacentRuns()).containsExactly(List.of("lao", "dong"));
    assertThat(codes(dangling)).containsExactly(UserQuery.DANGLING_OR);
    UserQuery minus = UserQuery.parse("- lao -");
    assertThat(minus.required()).containsExactly(List.of(word("lao")));
    assertThat(minus.excluded()).isEmpty();
    assertThat(codes(minus)).containsExactly(UserQuery.LONE_MINUS);
    // A dash between words is punctuation, not a broken operator.
    assertThat(UserQuery.parse("Lao động - Thương binh").warnings()).isEmpty();
    UserQuery empty = UserQuery.parse("\"\" lao");
    assertThat(empty.required()).containsExactly(List.of(word("lao")));
    assertThat(codes(empty)).containsExactly(UserQuery.EMPTY_QUOTES);
    // Two ORs in a row: the second joins, the first has nothing on its left to join.
    UserQuery twice = UserQuery.parse("lao OR OR dong");
    assertThat(twice.required()).containsExactly(List.of(word("lao"), word("dong")));
    assertThat(codes(twice)).containsExactly(UserQuery.DANGLING_OR);
  }

  @Test
  void wellFormedQueriesHaveNoWarnings() {
    assertThat(UserQuery.parse("\"bảo hiểm\" -Lào công đoàn OR phụ nữ").warnings()).isEmpty();
    assertThat(UserQuery.parse("Covid-19 or lao-dong").warnings()).isEmpty();
  }

  private static List<String> codes(UserQuery q) {
    return q.warnings().stream().map(SearchResponse.Warning::code).toList();
  }

  @Test
  void veryLongQueriesAreCapped() {
    assertThat(UserQuery.parse("lao ".repeat(500)).required()).hasSize(UserQuery.MAX_UNITS);
  }
}
