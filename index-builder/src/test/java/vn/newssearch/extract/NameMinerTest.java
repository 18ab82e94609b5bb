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
  void keepsABigBrandWrittenAfterAProductAndAfterTwoKindsOfBusinessAndMostlyBare() {
    // "máy bay Boeing", "hãng hàng không Vietjet" and "công ty Vietjet", "Grab" bare far more often
    NameMiner miner = new NameMiner(HAND_KEPT);
    for (int i = 0; i < 5; i++) {
      miner.accept("Hãng hàng không Zentrix vừa mở thêm đường bay mới.");
    }
    for (int i = 0; i < 3; i++) {
      miner.accept("Công ty Zentrix cho biết sẽ tăng chuyến.");
    }
    for (int i = 0; i < 10; i++) {
      miner.accept("Chiếc máy bay Zentrix hạ cánh an toàn.");
    }
    miner.startRecount();
    for (int i = 0; i < 70; i++) {
      miner.recount("Trong năm nay, Zentrix sẽ mở rộng đội bay.", null);
    }
    assertThat(miner.rows()).containsExactly(new NameMiner.Row("Zentrix", "airline", 8, 70));
  }

  @Test
  void aNameAndItsAirlineWordAreOneBodyOnlyWhenTheNameAloneIsWrittenAsAnAirline() {
    // "hãng hàng không Vietjet" and "Vietjet Air"; "Công ty Vinpearl" and "Vinpearl Air", an
    // airline the resort company founded
    NameMiner miner = new NameMiner(HAND_KEPT);
    for (int i = 0; i < 6; i++) {
      miner.accept("Hãng hàng không Zentrix vừa mở thêm đường bay mới.");
      miner.accept("Công ty Korvax cho biết sẽ mở thêm khu nghỉ dưỡng.");
    }
    for (int i = 0; i < 5; i++) {
      miner.accept("Hãng Zentrix Air cho biết sẽ tăng chuyến.");
      miner.accept("Hãng hàng không Korvax Air vừa nhận tàu bay đầu tiên.");
    }
    miner.startRecount();
    for (int i = 0; i < 10; i++) {
      miner.recount("Trong năm nay, Zentrix sẽ mở rộng đội bay.");
      miner.recount("Trong năm nay, Korvax sẽ mở rộng kinh doanh.");
    }
    for (int i = 0; i < 4; i++) {
      miner.recount("Sau đó, Zentrix Air cũng áp dụng chính sách này.");
      miner.recount("Sau đó, Korvax Air cũng xin cấp phép bay.");
    }
    assertThat(miner.rows())
        .containsExactlyInAnyOrder(
            new NameMiner.Row("Zentrix", "airline", 6, 10),
            new NameMiner.Row("Zentrix Air", "company", 5, 4, "Zentrix"),
            new NameMiner.Row("Korvax", "company", 6, 10),
            new NameMiner.Row("Korvax Air", "airline", 5, 4));
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
  void aMinedNameDefinedOrAfterAPlacesWordOrInACodeIsNoBodyOfItsOwn() {
    // vietnews-test-013937: "HAGL" is the article's abbreviation of the group, one body
    Article a =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Thaco và HAGL ký phụ lục hợp đồng",
                "Cũng trong lễ khởi công này, Thaco và Tập đoàn Hoàng Anh Gia Lai (HAGL) đã ký thêm"
                    + " phụ lục hợp đồng hợp tác trong lĩnh vực nông nghiệp. HAGL cho biết.",
                null));
    assertThat(a.organisations()).doesNotContain("HAGL");
    // vietnews-train-090384: the ferry, a place; vietnews-train-002586: a decision's number
    Article b =
        EXTRACTOR.enrich(
            SeedArticles.article(
                "Tin tức",
                "Ôtô từ Quảng Ninh qua phà Tuần Châu (Hạ Long) sang Gia Luận, đi Cát Bà vẫn thông"
                    + " thoáng. TAND Tối cao ra Quyết định Giám đốc thẩm số 312/2007/DS-GĐT.",
                null));
    assertThat(b.organisations()).doesNotContain("Tuần Châu", "DS");
  }
}
