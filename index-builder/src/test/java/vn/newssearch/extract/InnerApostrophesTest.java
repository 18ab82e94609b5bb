package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * An apostrophe between two letters is inside a word, not a quote: the highland places written with
 * one (`Cư M'gar`, `Ia H’Drai`, `Ea H’leo`) and a foreign name's `’s` keep the name whole. Shapes
 * found on real news from other sites (the web-a set); the sentences are written here.
 */
class InnerApostrophesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);

  private static Article enrich(String lead) {
    return EXTRACTOR.enrich(
        SeedArticles.article("Ký kết quy chế phối hợp", lead, "Hai bên cam kết phối hợp.", null));
  }

  private static Syllables cut(String text) {
    return Syllables.of(text, GAZETTEER.trie().vocabulary());
  }

  private static int at(Syllables s, String word) {
    for (int k = 0; k < s.size; k++) {
      if (s.original(k).equals(word)) {
        return k;
      }
    }
    throw new AssertionError(word);
  }

  @Test
  void twoDistrictBodiesOfAHighlandDistrictWrittenWithAnApostropheKeepTheWholeDistrict() {
    Article a =
        enrich(
            "Sáng 14/5, Công an huyện Cư M'gar và Ban Chỉ huy Quân sự huyện Cư M'gar đã ký kết quy"
                + " chế phối hợp bảo đảm an ninh trật tự.");
    assertThat(a.parties())
        .containsExactlyInAnyOrder("Công an huyện Cư M'gar", "Ban Chỉ huy Quân sự huyện Cư M'gar");
    // the curly apostrophe, a capital after it
    Article b =
        enrich(
            "Chiều 2/8, Tòa án nhân dân huyện Ia H’Drai và Chi cục Thi hành án dân sự huyện Ia"
                + " H’Drai đã ký kết quy chế phối hợp trong công tác thi hành án.");
    assertThat(b.parties()).contains("Tòa án nhân dân huyện Ia H’Drai");
    assertThat(b.parties()).noneMatch(p -> p.endsWith(" H") || p.endsWith(" H Drai"));
  }

  @Test
  void aForeignHospitalsPossessiveKeepsItsNameAndCountry() {
    Article a =
        enrich(
            "Ngày 9/10, Bệnh viện Đa khoa tỉnh Phú Yên và Bệnh viện St. Paul’s Hàn Quốc đã ký kết"
                + " biên bản ghi nhớ hợp tác đào tạo.");
    assertThat(a.parties()).contains("Bệnh viện St. Paul’s Hàn Quốc");
  }

  @Test
  void theWordAfterAnInnerApostropheIsItsWordsAndAQuoteStillBreaks() {
    Syllables s = cut("Huyện đoàn Cư M’gar phát động phong trào ‘Tuổi trẻ sáng tạo’ năm nay.");
    int gar = at(s, "gar");
    assertThat(s.has(gar, Syllables.BREAK)).isFalse();
    assertThat(s.has(gar, Syllables.UPPER)).isTrue();
    // a quote mark has a space on one side: the quoted words are apart from the clause
    assertThat(s.has(at(s, "Tuổi"), Syllables.BREAK)).isTrue();
    assertThat(s.has(at(s, "năm"), Syllables.BREAK)).isTrue();
    // a lower-case word before the apostrophe gives no capital after it
    Syllables t = cut("bà con gọi là kơ’nia từ lâu");
    assertThat(t.has(at(t, "nia"), Syllables.UPPER)).isFalse();
  }
}
