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

  // vietnews-train-003017, -010199, vietnews-test-003106: every party organ has its inspection
  // committee, and "UBKT" is defined for the provinces' and the central one alike
  private static final String UBKT_HAU_GIANG =
      "Ngày 16/8, trao đổi trên báo Đất Việt, đại diện cục THADS tỉnh Hậu Giang xác nhận thông tin,"
          + " Uỷ ban Kiểm tra (UBKT) Tỉnh uỷ Hậu Giang đã tiến hành triển khai quyết định xử lý kỷ"
          + " luật cảnh cáo về mặt Đảng đối với ông V.V. L., nguyên Phó cục trưởng cục THADS.";
  private static final String UBKT_GIA_LAI =
      "Theo thông cáo báo chí của Uỷ ban Kiểm tra (UBKT) Tỉnh uỷ Gia Lai, đơn vị này đã tiến hành"
          + " kiểm tra khi có dấu hiệu vi phạm đối với Chi bộ Phòng TN - MT TP Pleiku.";
  private static final String UBKT_TRUNG_UONG =
      "Tại kỳ họp này, Uỷ ban Kiểm tra (UBKT) Trung ương đã xem xét, thi hành kỷ luật ông Đỗ Thế"
          + " Nhữ - nguyên uỷ viên Ban Thường vụ Tỉnh uỷ.";

  // vietnews-train-063041, vietnews-val-013255: the treasury of Hà Nội, "KBNN" being the letters
  // of "Kho bạc Nhà nước" only
  private static final String KBNN_SIGNING =
      "Ngày 22/1/2018, tại Hà Nội đã diễn ra lễ ký kết thoả thuận mở tài khoản chuyên thu (TKCT)"
          + " ngân sách nhà nước (NSNN) giữa Kho bạc Nhà nước (KBNN) Hà Nội và ngân hàng TMCP Quân"
          + " đội (MB) trên địa bàn Hà Nội.";
  private static final String KBNN_VISIT =
      "Chiều 31/12/2016, tại trụ sở Kho bạc Nhà nước (KBNN) Hà Nội đã diễn ra buổi thăm hỏi động"
          + " viên công tác khoá sổ quyết toán cuối năm đối với cán bộ, công chức KBNN Hà Nội.";

  @Test
  void dropsAnAbbreviationDefinedForTheSameBodyKindAtSeveralLevels() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    miner.accept(UBKT_HAU_GIANG);
    miner.accept(UBKT_GIA_LAI);
    miner.accept(GSG);
    miner.accept(GSG);
    // one name each time, "Ủy ban Kiểm tra", but under two provincial party committees
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).containsExactly("GSG");
    AliasMiner central = new AliasMiner(HAND_KEPT);
    central.accept(UBKT_TRUNG_UONG);
    central.accept(UBKT_GIA_LAI);
    assertThat(central.rows()).isEmpty();
    // the same definitions in one scope alone cannot tell: the rule is what drops them above
    AliasMiner one = new AliasMiner(HAND_KEPT);
    one.accept(UBKT_GIA_LAI);
    one.accept(UBKT_GIA_LAI);
    assertThat(one.rows()).extracting(AliasMiner.Row::abbreviation).containsExactly("UBKT");
  }

  @Test
  void anAbbreviationDefinedAlwaysUnderOneBodyIsKept() {
    // "Hội đồng Bảo an (HĐBA) Liên Hợp Quốc": the scope is always the same body
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    String text = "Hôm qua, Hội đồng Bảo an (HĐBA) Liên Hợp Quốc đã họp khẩn.";
    miner.accept(text);
    miner.accept(text);
    assertThat(miner.rows())
        .extracting(AliasMiner.Row::abbreviation, AliasMiner.Row::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("HĐBA", "Hội đồng Bảo an"));
  }

  @Test
  void aProvinceTheAbbreviationDoesNotSpellIsNoPartOfItsName() {
    AliasScope scope = new AliasScope(HAND_KEPT.trie());
    assertThat(scope.placeNotSpelled("Kho bạc Nhà nước Hà Nội", "KBNN")).isNotNull();
    assertThat(scope.placeNotSpelled("Sở Giao thông Vận tải Hà Nội", "SGTVTHN")).isNull();
    assertThat(scope.placeNotSpelled("Tổng công ty Thương mại Sài Gòn", "SATRA")).isNull();
    assertThat(scope.placeNotSpelled("Cục Hàng không Việt Nam", "CAAV")).isNull();
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    miner.accept(KBNN_SIGNING);
    miner.accept(KBNN_VISIT);
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).doesNotContain("KBNN");
  }

  @Test
  void oneBodyKeepsOneSpellingAcrossItsAbbreviations() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    for (int i = 0; i < 3; i++) {
      miner.accept("Ngày 5/5, Uỷ ban Kiểm tra Trung ương (UBKTTW) cho biết kỳ họp thứ 35.");
    }
    for (int i = 0; i < 2; i++) {
      miner.accept("Uỷ ban Kiểm tra trung ương (UBKTTƯ) vừa có thông cáo báo chí kỳ họp thứ 16.");
    }
    assertThat(miner.rows())
        .extracting(AliasMiner.Row::name)
        .containsExactly("Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương");
  }
}
