package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/** Trade names mined from the corpus (names-mined.tsv) and how an article reads them. */
class NameMinerTest {
  private static final Gazetteer HAND_KEPT = Gazetteer.load(false);
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  @Test
  void keepsANameWrittenAfterAHeadAndBareAndDropsAPlacesOrAPersons() {
    NameMiner miner = new NameMiner(HAND_KEPT);
    for (int i = 0; i < 10; i++) {
      miner.accept("Hôm qua, tập đoàn Zentrix cho biết đã hoàn tất thương vụ.");
      miner.accept("Công ty Vạn Thịnh Hưng cho biết sẽ mở nhà máy.");
    }
    miner.startRecount();
    for (int i = 0; i < 3; i++) {
      miner.recount("Trong năm nay, Zentrix sẽ mở rộng sản xuất.", null);
      miner.recount("Vạn Thịnh Hưng cho biết sẽ mở rộng sản xuất.");
    }
    for (int i = 0; i < 10; i++) {
      miner.recount("Người dân xã Vạn Thịnh Hưng phản đối."); // a commune of the same name
    }
    assertThat(miner.rows()).containsExactly(new NameMiner.Row("Zentrix", "company", 10, 3));
  }

  @Test
  void aMinedTradeNameWrittenBareIsAnOrganisation() {
    // vietnews-train-022015: "Samsung" is named by no head in the article
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Tin tức",
                "Samsung, LG Innotek, LG Display, Goertek… là vài tên tuổi tiêu biểu đã có mặt ở"
                    + " Việt Nam.",
                null));
    assertThat(a.organisations()).contains("Samsung");
  }

  @Test
  void aHeadBeforeTheTradeNameAndTheArticlesDefinitionKeepTheFullName() {
    // vietnews-test-013937: "HAGL" is the article's abbreviation of the group;
    // vietnews-train-066076:
    // "tập đoàn FLC" in lower case is still the group's name
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Thaco và HAGL ký phụ lục hợp đồng",
                "Cũng trong lễ khởi công này, Thaco và Tập đoàn Hoàng Anh Gia Lai (HAGL) đã ký thêm"
                    + " phụ lục hợp đồng hợp tác trong lĩnh vực nông nghiệp.",
                null));
    assertThat(a.parties()).containsExactly("Thaco", "Tập đoàn Hoàng Anh Gia Lai");
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Tin tức",
                "Hợp đồng thoả thuận chính thức về việc mua 24 máy bay A321NEO giữa tập đoàn FLC và"
                    + " tập đoàn Airbus (châu Âu) đã được chính thức ký kết tại Pháp.",
                null));
    assertThat(b.parties()).containsExactly("Tập đoàn FLC", "Tập đoàn Airbus");
  }
}
