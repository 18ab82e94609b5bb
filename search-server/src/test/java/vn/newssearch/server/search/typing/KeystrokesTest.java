package vn.newssearch.server.search.typing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeystrokesTest {
  @Test
  void telexAndVniKeystrokesSpellTheirSyllable() {
    assertThat(Keystrokes.decode("ddoongj")).isEqualTo("động");
    assertThat(Keystrokes.decode("nguwowif")).isEqualTo("người");
    assertThat(Keystrokes.decode("nguoiwf")).isEqualTo("người");
    assertThat(Keystrokes.decode("vieejt")).isEqualTo("việt");
    assertThat(Keystrokes.decode("Vieejtj")).isNull(); // two tones
    assertThat(Keystrokes.decode("Ddoongj")).isEqualTo("động");
    assertThat(Keystrokes.decode("ddi")).isEqualTo("đi");
    assertThat(Keystrokes.decode("quas")).isNull(); // one key: could be a word
    assertThat(Keystrokes.decode("tre3")).isEqualTo("trẻ");
    assertThat(Keystrokes.decode("d9o6ng5")).isEqualTo("động");
    assertThat(Keystrokes.decode("nguo72i")).isEqualTo("người");
    assertThat(Keystrokes.decode("hoa2")).isIn("hòa", "hoà");
  }

  @Test
  void wordsThatAreNotKeystrokesStay() {
    for (String w :
        new String[] {
          "lao",
          "dong",
          "boong",
          "xoong",
          "show",
          "news",
          "covid19",
          "mp3",
          "h5n1",
          "g7",
          "2021",
          "facebook",
          "coffee"
        }) {
      assertThat(Keystrokes.decode(w)).as(w).isNull();
    }
  }
}
