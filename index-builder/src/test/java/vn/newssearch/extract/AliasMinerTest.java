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
  void twoLettersNeedABrandsAttestation() {
    // vietnews-train-024535: Q·S are initials of the name, but two letters spell countless names
    String qs =
        "Đây là bảng xếp hạng thường niên về thứ hạng các trường đại học trên thế giới của Tổ chức"
            + " giáo dục Quacquarelli Symonds (QS) ở Anh.";
    assertThat(AliasMiner.initialsMatch("Tổ chức giáo dục Quacquarelli Symonds", "QS")).isTrue();
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    miner.accept(qs);
    miner.accept(qs);
    miner.accept(GSG);
    miner.accept(GSG);
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).containsExactly("GSG");
    miner.accept(qs);
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).containsExactly("GSG", "QS");
  }

  @Test
  void dropsAnAmbiguousAbbreviation() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    for (int i = 0; i < 2; i++) {
      miner.accept("Công ty Cổ phần giày Sài Gòn (GSG) cho biết.");
      miner.accept("Công ty Giống Sài Gòn (GSG) cho biết.");
    }
    assertThat(miner.rows()).isEmpty(); // one name per abbreviation, or a clear majority
  }

  // vietnews-test-000529, -013117 (TMCP), vietnews-test-013087, vietnews-train-064865 (none)
  private static final String BIDV_TMCP_1 =
      "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) bị cấp sơ thẩm thu hồi 1.";
  private static final String BIDV_TMCP_2 =
      "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) tiếp tục vinh dự được trao tặng 2 giải"
          + " thưởng của tạp chí The Asset.";
  private static final String BIDV_1 =
      "Mới đây, Ngân hàng Đầu tư và Phát triển Việt Nam (BIDV) đồng ý sẽ giải ngân tiếp 200 tỷ"
          + " đồng để thi công các làn còn lại.";
  private static final String BIDV_2 =
      "Nguyên Tổng giám đốc Ngân hàng Đầu tư và Phát triển Việt Nam (BIDV) Trần Anh Tuấn đã qua"
          + " đời hôm 16/8 sau một cơn đột quỵ.";

  @Test
  void aBodyIsOneWhateverTheSpellingOfItsLegalForm() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    assertThat(miner.bodyKey("Ngân hàng Thương mại cổ phần Đầu tư và phát triển Việt Nam"))
        .isEqualTo(miner.bodyKey("Ngân hàng Đầu tư & Phát triển Việt Nam"))
        .isEqualTo(miner.bodyKey("Ngân hàng TMCP Đầu tư và Phát triển VN"));
    assertThat(miner.bodyKey("Công ty CP Sữa Việt Nam"))
        .isEqualTo(miner.bodyKey("Công ty cổ phần sữa Việt Nam"))
        .isNotEqualTo(miner.bodyKey("Công đoàn Công ty CP sữa Việt Nam"));
    for (String text : new String[] {BIDV_TMCP_1, BIDV_TMCP_2, BIDV_TMCP_1, BIDV_1, BIDV_2}) {
      miner.accept(text);
    }
    // 3 of 5 under one spelling: below a brand's share until the legal form is left out
    assertThat(miner.rows())
        .containsExactly(
            new AliasMiner.Row("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "BIDV", 5, 1.0));
  }

  // vietnews-test-001000, -003401; vietnews-test-002451, -003068 ("quốc gia")
  private static final String PVN_1 =
      "Được Nhà nước tái cơ cấu, sáp nhập về Tập đoàn Dầu khí Việt Nam (PVN) và Tổng công ty Hàng"
          + " hải Việt Nam (Vinalines).";
  private static final String PVN_2 =
      "Một số lãnh đạo các uỷ ban của Quốc hội với lãnh đạo Tập đoàn Dầu khí Việt Nam (PVN).";
  private static final String PVN_QG_1 =
      "Vụ án cố ý làm trái và tham ô tài sản xảy ra tại Tập đoàn Dầu khí quốc gia Việt Nam (PVN)"
          + " tiếp tục với phần tranh luận.";
  private static final String PVN_QG_2 =
      "Tổng công ty Điện lực Dầu khí Việt Nam (PVPower), công ty con của Tập đoàn Dầu khí quốc"
          + " gia Việt Nam (PVN).";

  @Test
  void aNameWithWordsLeftOutSupportsTheShareOfTheFullOne() {
    assertThat(
            AliasMiner.sameBody("tap doan dau khi viet nam", "tap doan dau khi quoc gia viet nam"))
        .isTrue();
    assertThat(AliasMiner.sameBody("tap doan dau khi viet nam", "tap doan dien luc viet nam"))
        .isFalse();
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    for (String text : new String[] {PVN_1, PVN_2, PVN_1, PVN_QG_1, PVN_QG_2}) {
      miner.accept(text);
    }
    // the group is hand-kept now under its charter's name (national.tsv, branch ag-renamed), and
    // the miner leaves a hand-kept body alone: the two names above are one body for its grouping
    assertThat(miner.rows()).isEmpty();
    // a body no table keeps: "Truyền tải Quốc gia" leaves out "điện" and still counts for the full
    // name's share (one abbreviation, one body)
    AliasMiner grid = new AliasMiner(HAND_KEPT);
    for (String text : new String[] {NPT_1, NPT_2, NPT_SHORT_1, NPT_SHORT_2, NPT_1}) {
      grid.accept(text);
    }
    assertThat(grid.rows())
        .extracting(AliasMiner.Row::abbreviation, AliasMiner.Row::name, AliasMiner.Row::share)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "EVNNPT", "Tổng công ty Truyền tải điện Quốc gia", 1.0));
  }

  // vietnews-test-021447, vietnews-train-062569; vietnews-test-021462, vietnews-val-022236 (the
  // short name, without "điện")
  private static final String NPT_1 =
      "Tập đoàn này đã yêu cầu Tổng công ty Truyền tải điện Quốc gia (EVNNPT) dừng ngay các công"
          + " việc liên quan.";
  private static final String NPT_2 =
      "Tin tức mới nhận, thông tin từ Tổng công ty Truyền tải điện Quốc gia (EVNNPT) cho biết, đã"
          + " khắc phục xong sự cố.";
  private static final String NPT_SHORT_1 =
      "Lãnh đạo Tổng công ty Truyền tải Quốc gia (EVNNPT) cho biết, xuất phát từ kiến nghị của các"
          + " cựu cán bộ.";
  private static final String NPT_SHORT_2 =
      "Ông Đinh Quang Tri cho hay: Tổng công ty truyền tải quốc gia (EVNNPT) chưa đề xuất dự án"
          + " này.";

  // vietnews-train-069257 (the fund), vietnews-val-022479 (the insurance, a common noun)
  private static final String BHYT_FUND =
      "Giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ Bảo hiểm y tế"
          + " (BHYT) đối với cơ sở khám bệnh, chữa bệnh công lập chính thức có hiệu lực.";
  private static final String BHYT_CARD =
      "Trong khoảng thời gian từ tháng 10/2012 đến tháng 1/2015, các sản phụ có thẻ bảo hiểm y tế"
          + " (BHYT) đến sinh con tại trung tâm sinh này đều bị thu đủ 100% viện phí.";

  @Test
  void dropsACommonNounsAbbreviationThatRunningTextDefinesInLowerCase() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    miner.accept(BHYT_FUND);
    miner.accept(BHYT_FUND);
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).containsExactly("BHYT");
    for (int i = 0; i < 2 * AliasMiner.COMMON_PER_DEFINITION; i++) {
      miner.accept(BHYT_CARD);
    }
    assertThat(miner.rows()).isEmpty();
  }

  // vietnews-test-002303, -002451; vietnews-test-000198 ("viện kiểm sát" in lower case)
  private static final String VKS_1 =
      "Phía nguyên đơn không đồng tình với nhận định của Viện kiểm sát (VKS) về đóng góp của bà"
          + " Thảo.";
  private static final String VKS_2 =
      "Việc quy kết có phần định kiến của cấp sơ thẩm và đại diện Viện kiểm sát (VKS) ở cấp phúc"
          + " thẩm.";
  private static final String VKS_LOWER =
      "Khởi tố bị can Nguyễn Bích Quy của Công an quận Cầu Giấy gửi viện kiểm sát cùng cấp, bà này"
          + " có 1 tiền sự.";

  @Test
  void dropsAKindOfBodyWhoseNameRunningTextWritesInLowerCase() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    miner.accept(VKS_1);
    miner.accept(VKS_2);
    miner.startRecount();
    miner.recount(VKS_1);
    miner.recount(VKS_LOWER);
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).containsExactly("VKS");
    miner.recount(VKS_LOWER);
    assertThat(miner.rows()).isEmpty(); // as often in lower case as defined
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

  // vietnews-test-017894; vietnews-test-005735 (the declaration on the South China Sea)
  private static final String DOC =
      "Bộ Thương mại Mỹ (DOC) vừa ra quyết định cuối cùng của kỳ xem xét hành chính lần thứ 13.";
  private static final String DOC_DECLARATION =
      "Thực hiện đầy đủ và hiệu quả Tuyên bố về ứng xử của các bên ở Biển Đông (DOC).";
  // vietnews-test-018556, vietnews-test-007330
  private static final String WSJ =
      "Báo Wall Street Journal (WSJ) cho biết Facebook đã đàm phán với nhiều cơ quan thông tấn.";
  private static final String WSJ_PAPER =
      "Mỹ sẽ cho rút một số khẩu đội tên lửa, tờ Wall Street Journal (WSJ) cho biết hôm nay 26/9.";

  @Test
  void dropsAnAbbreviationThatBracketsGiveFarMoreOftenToAnotherName() {
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    for (int i = 0; i < 3; i++) {
      miner.accept(DOC);
      miner.accept(WSJ);
    }
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).contains("DOC", "WSJ");
    for (int i = 0; i < 3 * AliasMiner.COMMON_PER_DEFINITION; i++) {
      miner.accept(DOC_DECLARATION);
      // the paper's own name before its bracket, without the head the grammar reads
      miner.accept(WSJ_PAPER);
    }
    assertThat(miner.rows()).extracting(AliasMiner.Row::abbreviation).containsExactly("WSJ");
  }

  @Test
  void aLegalFormIsNoBodysAbbreviation() {
    // vietnews-test-008306: a misspelt JCS; "JSC" follows every joint-stock company's English name
    String jsc =
        "Hội đồng Tham mưu trưởng Liên quân Hàn Quốc (JSC) hôm nay cho biết binh sĩ Triều Tiên bị"
            + " bắt trước nửa đêm qua.";
    AliasMiner miner = new AliasMiner(HAND_KEPT);
    for (int i = 0; i < 3; i++) {
      miner.accept(jsc);
    }
    assertThat(miner.rows()).isEmpty();
  }
}
