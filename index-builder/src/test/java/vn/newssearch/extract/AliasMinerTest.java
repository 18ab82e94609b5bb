package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasMinerTest {
  private static final Gazetteer HAND_KEPT = Gazetteer.load(false);

  // vietnews: "Công ty Cổ phần giày Sài Gòn (GSG)", "Cục Hàng không Việt Nam (CAAV)"
  private static final String GSG = "Sáng nay, Công ty Cổ phần giày Sài Gòn (GSG) cho biết.";
  private static final String CAAV = "Theo Cục Hàng không Việt Nam (CAAV), số chuyến bay tăng.";

  @Test
  void abbreviationsAreInitialsInOrderWithĐKeptApart() {
    assertThat(AliasMiner.initialsMatch("Liên đoàn Lao động", "LĐLĐ")).isTrue();
    assertThat(AliasMiner.initialsMatch("Cục Hàng không Việt Nam", "HKVN")).isTrue();
    assertThat(AliasMiner.initialsMatch("Liên đoàn Lao động", "LDLD")).isFalse();
    assertThat(AliasMiner.initialsMatch("Cục Hàng không Việt Nam", "CAAV")).isFalse();
    assertThat(AliasMiner.initialsMatch("Tập đoàn Điện lực Việt Nam", "Sabeco")).isFalse();
  }

  @Test
  void keepsAPairSeenTwiceMadeOfInitialsAndABrandOnlyWhenWellAttested() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    miner.accept("Giày", GSG, null);
    assertThat(miner.rows()).isEmpty(); // seen once
    miner.accept(null, GSG);
    miner.accept(CAAV);
    miner.accept(CAAV);
    assertThat(miner.rows())
        .containsExactly(new AliasMiner.Row("Công ty Cổ phần giày Sài Gòn", "GSG", 2, 1.0));
    miner.accept(CAAV); // not initials: a third definition makes it well attested
    assertThat(miner.rows())
        .extracting(AliasMiner.Row::abbreviation)
        .containsExactly("CAAV", "GSG");
  }

  @Test
  void dropsAnAmbiguousAbbreviationAndOneUsedFarMoreOftenThanDefined() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    for (int i = 0; i < 2; i++) {
      miner.accept("Công ty Cổ phần giày Sài Gòn (GSG) cho biết.");
      miner.accept("Công ty Giống Sài Gòn (GSG) cho biết.");
    }
    assertThat(miner.rows()).isEmpty(); // one name per abbreviation, or a clear majority
    AliasMiner common = new AliasMiner(HAND_KEPT);
    common.accept(GSG);
    common.accept(GSG);
    common.accept("GSG ".repeat(AliasMiner.MAX_USES_PER_DEFINITION * 2 + 1));
    assertThat(common.rows()).isEmpty();
  }
}
