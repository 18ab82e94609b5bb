package vn.newssearch.server.search.typing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinimumShouldMatchTest {
  @Test
  void shortQueriesRequireEveryWordLongOnesThreeQuarters() {
    assertThat(MinimumShouldMatch.of(1)).isEqualTo(1);
    assertThat(MinimumShouldMatch.of(6)).isEqualTo(6);
    assertThat(MinimumShouldMatch.of(7)).isEqualTo(6);
    assertThat(MinimumShouldMatch.of(12)).isEqualTo(9);
    assertThat(MinimumShouldMatch.of(32)).isEqualTo(24);
  }
}
