package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * The learned second look at the parties (docs/agreements.md, "A learned ranker"): off as
 * committed, and with weights of its own it adds the bodies its features score high.
 */
class PartyRankerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  /** vietnews-train-019867: the rules miss Vietjet, named after "giữa" in a witnessed ceremony. */
  private static final Article TRUMP_VISIT =
      SeedArticles.article(
          "Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng tiếp Tổng thống Trump",
          "11h trưa nay 27-2 Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng đã tiếp Tổng thống Mỹ"
              + " Donald Trump tại Phủ Chủ tịch.",
          "Tổng thống Donald Trump và Chủ tịch nước Nguyễn Phú Trọng đã chứng kiến lễ ký kết thoả"
              + " thuận đặt mua 100 máy bay Boeing 737 Max trị giá 12,7 tỉ USD giữa hãng Vietjet và"
              + " Boeing.\nHãng bay Bamboo Airways cũng đã ký thoả thuận đặt mua chắc chắn (firm"
              + " order) 10 máy bay Boeing 787 trị giá 2,9 tỉ USD với hãng Boeing.",
          null);

  private static PartyRanker ranker(String... rows) {
    return new PartyRanker(List.of(rows).stream().map(r -> r.split("\t")).toList());
  }

  @Test
  void theCommittedWeightsLeaveTheRulesPartiesAsTheyAre() {
    assertThat(PartyRanker.INSTANCE.active()).isFalse();
    Article a = new AgreementExtractor(GAZETTEER).enrich(TRUMP_VISIT);
    assertThat(a.parties()).containsExactly("Hãng Bamboo Airways", "Hãng Boeing");
  }

  @Test
  void aBodyAfterGiuaInTheSigningSentenceIsAddedWhenTheWeightsSaySo() {
    PartyRanker giua = ranker("@bias\t-5", "after-giua\t10", "@add\t0.5");
    Article a = new AgreementExtractor(GAZETTEER, giua).enrich(TRUMP_VISIT);
    assertThat(a.parties()).containsExactly("Hãng Bamboo Airways", "Hãng Boeing", "Hãng Vietjet");
  }

  @Test
  void aBodyAlreadyGivenUnderAnotherNameIsNotAddedTwice() {
    PartyRanker all = ranker("@bias\t5", "@add\t0.5");
    Article a = new AgreementExtractor(GAZETTEER, all).enrich(TRUMP_VISIT);
    assertThat(a.parties()).doesNotHaveDuplicates().contains("Hãng Vietjet");
    assertThat(a.parties()).filteredOn(p -> p.contains("Boeing")).hasSize(1);
  }
}
