package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/** One person who signs for a side in a sentence that tells the signing again. */
class SignerForASideTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-08-08T08:00+07:00");
  private static final String LEAD =
      "Ngày 7/8, tại thành phố Hà Tĩnh, UBND tỉnh Hà Tĩnh và Tổ chức Di cư Quốc tế (IOM) ký kết"
          + " Bản ghi nhớ về hợp tác phòng, chống mua bán người và hỗ trợ người di cư an toàn giai"
          + " đoạn 2023-2026.";

  private static Article enrich(String body) {
    return EXTRACTOR.enrich(SeedArticles.article("Hà Tĩnh và IOM hợp tác", body, PUBLISHED));
  }

  @Test
  void oneNameThenTheSidesWordThenTheVerbSigns() {
    // probe p25-013 (heldout-13): "đại diện tỉnh" between the name and "ký" makes the one person
    // a signer of the signing told again, as a second person signing with him would
    Article a =
        enrich(
            LEAD
                + "\nBà Park Mi-hyung, Trưởng Đại diện IOM tại Việt Nam cho biết chương trình do"
                + " Chính phủ Australia tài trợ.\nPhó Chủ tịch UBND tỉnh Hà Tĩnh Lê Ngọc Châu"
                + " đại diện tỉnh ký văn bản.");
    assertThat(a.signatories())
        .extracting(Article.Signatory::name, Article.Signatory::party)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Lê Ngọc Châu", "Ủy ban nhân dân tỉnh Hà Tĩnh"));
    assertThat(a.parties())
        .containsExactly("Ủy ban nhân dân tỉnh Hà Tĩnh", "Tổ chức Di cư Quốc tế");
  }

  @Test
  void theSidesWordOpeningTheClauseBeforeTheNameSigns() {
    // the same side's word opening the clause, the person after its comma
    assertThat(
            enrich(LEAD + "\nThay mặt UBND tỉnh, Phó Chủ tịch Lê Ngọc Châu đã ký văn bản.")
                .signatories())
        .extracting(Article.Signatory::name)
        .containsExactly("Lê Ngọc Châu");
  }
}
