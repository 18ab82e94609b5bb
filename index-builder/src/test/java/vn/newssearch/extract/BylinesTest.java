package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The byline forms of Vietnamese sites, and lines that only look like one. */
class BylinesTest {
  @Test
  void authorsInTheirCommonForms() {
    assertThat(Bylines.author("Thái Bình")).isEqualTo("Thái Bình");
    assertThat(Bylines.author("Đ.Chính")).isEqualTo("Đ.Chính");
    assertThat(Bylines.author("HOÀNG ANH")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.author("Minh Thu/VOV-Tây Bắc")).isEqualTo("Minh Thu");
    assertThat(Bylines.author("Tin, ảnh: Ngọc Lan")).isEqualTo("Ngọc Lan");
    assertThat(Bylines.author("Tin-ảnh: Ngọc Lan")).isEqualTo("Ngọc Lan");
    assertThat(Bylines.author("Bài và ảnh: Quốc Tuấn")).isEqualTo("Quốc Tuấn");
    assertThat(Bylines.author("Theo Nguyễn Văn An (TTXVN)")).isEqualTo("Nguyễn Văn An");
    assertThat(Bylines.author("Trung Kiên - Khoa Nam")).isEqualTo("Trung Kiên - Khoa Nam");
    assertThat(Bylines.closingAuthor("THU HÀ - MINH ANH")).isEqualTo("Thu Hà - Minh Anh");
  }

  @Test
  void anAgencyAfterADashOrASlashIsNotPartOfTheName() {
    assertThat(Bylines.author("Minh Thu - TTXVN")).isEqualTo("Minh Thu");
    assertThat(Bylines.author("Quang Quyết – TTXVN")).isEqualTo("Quang Quyết");
    assertThat(Bylines.author("Ngọc Lan - VOV.VN")).isEqualTo("Ngọc Lan");
    assertThat(Bylines.author("Thu Hà/VTV24")).isEqualTo("Thu Hà");
    assertThat(Bylines.author("Theo Hoàng Anh/baolaodong.vn")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.author("Trung Kiên - Khoa Nam"))
        .as("two people")
        .isEqualTo("Trung Kiên - Khoa Nam");
    assertThat(Bylines.isByline("Hà Nội - Những con đường")).isFalse();
    assertThat(Bylines.author("HOÀNG ANH - TTXVN")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.closingAuthor("THU HÀ - MINH ANH")).isEqualTo("Thu Hà - Minh Anh");
  }

  @Test
  void whatABylineCarriesAfterTheName() {
    assertThat(Bylines.author("Hoàng Anh.")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.author("Bài: Hoàng Anh - Ảnh: Minh Thu")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.author("Bài, ảnh: Hoàng Anh")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.author("Hoàng Anh - hoanganh@laodong.vn")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.author("Bởi Hoàng Anh")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.closingAuthor("BÀI VÀ ẢNH: PHẠM NGỌC TRIỂN")).isEqualTo("Phạm Ngọc Triển");
    assertThat(Bylines.author("THỰC HIỆN: HOÀNG ANH")).isEqualTo("Hoàng Anh");
    assertThat(Bylines.isByline("Ảnh: Minh Thu")).isFalse();
  }

  @Test
  void aCreditedSourceEndsTheTextButIsNoAuthor() {
    for (String source : new String[] {"Theo VnExpress", "Theo Tuổi Trẻ", "Theo Reuters, AP"}) {
      assertThat(Bylines.isByline(source)).as(source).isTrue();
      assertThat(Bylines.author(source)).as(source).isNull();
    }
  }

  @Test
  void linesThatOnlyLookLikeBylines() {
    assertThat(Bylines.isByline("LAO ĐỘNG - VIỆC LÀM")).isFalse();
    assertThat(Bylines.isByline("Ảnh: Hải Nguyễn")).isFalse();
    assertThat(Bylines.isByline("Theo dõi sát sao")).isFalse();
    assertThat(Bylines.isByline("Theo ông, người làm truyền thông cần có tố chất nào?")).isFalse();
    assertThat(Bylines.isByline("Xã hội")).isFalse();
    assertThat(Bylines.isByline("Người lao động được hỗ trợ tiền thuê nhà")).isFalse();
  }

  @Test
  void aSiteNameIsNoSection() {
    assertThat(Categories.isSiteName("VnExpress", null)).isTrue();
    assertThat(Categories.isSiteName("Dân trí", "dantri.com.vn")).isTrue();
    assertThat(Categories.isSiteName("Báo Lao Động", "laodong.vn")).isTrue();
    assertThat(Categories.isSiteName("Xã hội", "dantri.com.vn")).isFalse();
    assertThat(Categories.isSiteName("Lao động - Việc làm", null)).isFalse();
  }

  @Test
  void aNameInCapitalsMayCarryANoteInBrackets() {
    assertThat(Bylines.closingAuthor("THANH HÀ (TTXVN)")).isEqualTo("Thanh Hà");
    assertThat(Bylines.closingAuthor("DUY KHÁNH (Tổng hợp)")).isEqualTo("Duy Khánh");
    assertThat(Bylines.closingAuthor("MINH KHÔI (Theo Dân trí)")).isEqualTo("Minh Khôi");
    assertThat(Bylines.author("Kim Ngân (t/h)")).isEqualTo("Kim Ngân");
    // a section in capitals with a note is still no pair of names
    assertThat(Bylines.author("LAO ĐỘNG - VIỆC LÀM (Tổng hợp)")).isNull();
  }

  @Test
  void aWireCreditAloneInBracketsIsABylineWithoutAuthor() {
    assertThat(Bylines.isByline("(TTXVN/Vietnam+)")).isTrue();
    assertThat(Bylines.author("(TTXVN/Vietnam+)")).isNull();
    assertThat(Bylines.isByline("(TTXVN)")).isTrue();
    assertThat(Bylines.isByline("(Ảnh minh họa)")).isFalse();
    assertThat(Bylines.isByline("(Ảnh: TTXVN)")).isFalse();
  }

  @Test
  void aBylinesLabelAloneOnItsLine() {
    assertThat(Bylines.isCreditLabel("Tác giả")).isTrue();
    assertThat(Bylines.isCreditLabel("Tác giả:")).isTrue();
    assertThat(Bylines.isCreditLabel("Bài và ảnh:")).isTrue();
    assertThat(Bylines.isCreditLabel("BÀI VÀ ẢNH:")).isTrue();
    assertThat(Bylines.isCreditLabel("Tác giả: Kim Ngân")).isFalse();
    assertThat(Bylines.isCreditLabel("Nguồn tin")).isFalse();
    assertThat(Bylines.isCreditLabel("Bài học kinh nghiệm")).isFalse();
  }

  @Test
  void theWritersOfficeAfterADashIsNotPartOfTheName() {
    assertThat(Bylines.author("Ngọc Anh - Trung tâm Truyền thông tỉnh")).isEqualTo("Ngọc Anh");
    assertThat(Bylines.author("Hữu Tài - Ban Tuyên giáo LĐLĐ tỉnh")).isEqualTo("Hữu Tài");
    assertThat(Bylines.author("Minh Thu - Báo Quảng Trị")).isEqualTo("Minh Thu");
    assertThat(Bylines.author("Hoàng Anh - Ban Mai"))
        .as("a second name: the photographer")
        .isEqualTo("Hoàng Anh - Ban Mai");
    assertThat(Bylines.isByline("Hà Nội - Trung tâm kinh tế của cả nước trong nhiều năm qua."))
        .isFalse();
  }

  @Test
  void theWritersOfficeByItsInitialsAndPlaceAfterADashIsNotPartOfTheName() {
    assertThat(Bylines.author("Quang Huy - LĐLĐ Hải Phòng")).isEqualTo("Quang Huy");
    assertThat(Bylines.author("Thu Trang - UBND huyện Cần Giờ")).isEqualTo("Thu Trang");
    assertThat(Bylines.author("Minh Thu - TTXVN")).as("an agency alone").isEqualTo("Minh Thu");
    assertThat(Bylines.author("Hoàng Anh - TTXVN Hà"))
        .as("initials and one name: two words, no office by its shape")
        .isNotEqualTo("Hoàng Anh");
  }
}
