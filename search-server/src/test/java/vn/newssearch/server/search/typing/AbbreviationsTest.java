package vn.newssearch.server.search.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.schema.AbbreviationConcepts;
import vn.newssearch.schema.PartyNames;

class AbbreviationsTest {
  private static final Abbreviations ABBREVIATIONS = Abbreviations.from(PartyNames.load());

  private static List<String> forms(String letters) {
    return ABBREVIATIONS.concept(letters).forms().stream()
        .map(AbbreviationConcepts.Form::text)
        .toList();
  }

  @Test
  void theGazetteersAbbreviationsPairWithTheirExpansions() {
    if (Boolean.getBoolean("print.concepts")) {
      ABBREVIATIONS
          .concepts()
          .forEach(c -> System.err.println(c.letters() + " " + forms(c.letters())));
    }
    assertThat(forms("bhxh")).contains("BHXH", "Bảo hiểm xã hội");
    assertThat(forms("ldtbxh")).contains("LĐ-TB&XH", "LĐTBXH", "Lao động Thương binh và Xã hội");
    assertThat(forms("tphcm")).contains("TP.HCM", "TPHCM", "Thành phố Hồ Chí Minh");
    assertThat(forms("hcm")).contains("HCM", "Hồ Chí Minh");
    assertThat(forms("ubnd")).contains("UBND", "Ủy ban nhân dân");
    assertThat(forms("hdnd")).contains("HĐND", "Hội đồng nhân dân");
    assertThat(forms("gdnn")).contains("GDNN", "Giáo dục nghề nghiệp");
  }

  @Test
  void aliasesThatAreNotInitialsOfTheirNameStayOut() {
    // Mined: "Ngân hàng TMCP An Bình" is ABBANK, "Liên minh châu Phi" is AU.
    assertThat(ABBREVIATIONS.concept("abbank")).isNull();
    assertThat(ABBREVIATIONS.concept("au")).isNull();
  }
}
