package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Sides named apart from the verb: a list of co-organisers after "phối hợp với", and the signers'
 * list in a sentence after the signing whose subject is the signers as a class. Sentences are
 * written for the test in the shapes real provincial news uses (web-t r3-001, r6-047).
 */
class JoinedSidesTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static final String POLICE = "Công an tỉnh Nam Định";
  private static final String UNION = "Liên đoàn Lao động tỉnh Nam Định";
  private static final String FARMERS = "Hội Nông dân tỉnh Nam Định";

  private static Article article(String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.article("", lead, body, null));
  }

  @Test
  void coOrganisersListedAfterPhoiHopVoiAllSign() {
    Article a =
        article(
            "Chiều 4/10, Công an tỉnh Nam Định phối hợp với Hội Nông dân tỉnh Nam Định, Liên đoàn"
                + " Lao động tỉnh Nam Định tổ chức ký kết kế hoạch phối hợp giữ gìn trật tự ở"
                + " nông thôn.",
            "Kế hoạch có hiệu lực trong ba năm.");
    assertThat(a.parties()).containsExactly(POLICE, FARMERS, UNION);
  }

  @Test
  void coOrganisersJoinAfterAWordOfTime() {
    // "đã" before "phối hợp với" left the body before it out of the subject
    Article a =
        article(
            "Chiều 4/10, Công an tỉnh Nam Định đã phối hợp với Hội Nông dân tỉnh Nam Định tổ chức"
                + " ký kết kế hoạch phối hợp giữ gìn trật tự ở nông thôn.",
            "Kế hoạch có hiệu lực trong ba năm.");
    assertThat(a.parties()).containsExactly(POLICE, FARMERS);
  }

  @Test
  void aListAfterVoiOfAnotherVerbIsNoSubject() {
    // the counterpart: "với" after a verb that joins no body before it ("cạnh tranh với")
    Article a =
        article(
            "Để cạnh tranh với Hội Nông dân tỉnh Nam Định, Liên đoàn Lao động tỉnh Nam Định vừa"
                + " ký kết hợp đồng với Công an tỉnh Nam Định.",
            "Hợp đồng có hiệu lực trong ba năm.");
    assertThat(a.parties()).containsExactly(UNION, POLICE);
  }

  @Test
  void theSidesListedAfterASigningOfACountAreItsSigners() {
    // "Các bên ký kết gồm": "bên" stands for the signers of any class ("ba cơ quan")
    Article a =
        article(
            "Sáng 9/5, ba cơ quan của tỉnh Nam Định đã ký kết chương trình phối hợp hỗ trợ nông"
                + " dân học nghề.",
            "Các bên ký kết gồm: Công an tỉnh Nam Định, Hội Nông dân tỉnh Nam Định và Liên đoàn"
                + " Lao động tỉnh Nam Định.\nChương trình kéo dài đến năm 2027.");
    assertThat(a.parties()).containsExactly(POLICE, FARMERS, UNION);
  }

  @Test
  void aClassJoinedToTheSubjectIsListedAfter() {
    // "X đã cùng các ngân hàng ... ký kết", then "Các ngân hàng tham gia ký kết gồm ..."
    String lead =
        "Ngày 3/4, Ngân hàng Ngoại thương Lào đã cùng các Ngân hàng lớn của Campuchia ký kết"
            + " thỏa thuận hợp tác thanh toán.";
    Article a =
        article(
            lead,
            "Các ngân hàng tham gia ký kết là Ngân hàng Canadia, Ngân hàng Ngoại thương Lào"
                + " (BCEL) và Ngân hàng Phát triển Nông thôn Campuchia (RDB).");
    assertThat(a.parties())
        .containsExactlyInAnyOrder(
            "Ngân hàng Ngoại thương Lào",
            "Ngân hàng Canadia",
            "Ngân hàng Phát triển Nông thôn Campuchia");
    // the counterpart: a list of guests is no list of signers
    Article guests =
        article(
            lead,
            "Các ngân hàng tham dự hội nghị gồm Ngân hàng Canadia và Ngân hàng Phát triển Nông"
                + " thôn Campuchia (RDB).");
    assertThat(guests.parties()).containsExactly("Ngân hàng Ngoại thương Lào");
  }
}
