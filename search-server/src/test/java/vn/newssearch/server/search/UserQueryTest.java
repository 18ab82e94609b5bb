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
  void brokenSyntaxIsReadAsPlainWords() {
    assertThat(UserQuery.parse("\"lao dong").required())
        .containsExactly(List.of(word("lao")), List.of(word("dong")));
    assertThat(UserQuery.parse("OR lao OR").required())
        .containsExactly(List.of(word("OR")), List.of(word("lao")), List.of(word("OR")));
    assertThat(UserQuery.parse("- lao").required())
        .containsExactly(List.of(word("-")), List.of(word("lao")));
    assertThat(UserQuery.parse("\"\"").isEmpty()).isTrue();
  }

  @Test
  void veryLongQueriesAreCapped() {
    assertThat(UserQuery.parse("lao ".repeat(500)).required()).hasSize(UserQuery.MAX_UNITS);
  }
}
