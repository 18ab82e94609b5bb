package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outlet's tag in front of a sapo, and the datelines that only look like one. */
class SiteTagTest {
  private static final String TEXT = "Sáng nay, hai bên ký chương trình phối hợp.";

  @Test
  void tagsInTheirCommonForms() {
    for (String tag :
        new String[] {
          "TTO",
          "VOV.VN",
          "(NLĐO)",
          "(Chinhphu.vn)",
          "(Dân trí)",
          "VnExpress",
          "Kenh14",
          "Zing.vn",
          "Kinhtedothi",
          "Baotintuc",
          "GD&TĐ",
          "(GD&TĐ)"
        }) {
      assertThat(SiteTag.end(tag + " - " + TEXT)).as(tag).isEqualTo(tag.length() + 3);
    }
    assertThat(SiteTag.name("Kinhtedothi - " + TEXT)).isEqualTo("Kinhtedothi");
    assertThat(SiteTag.name("(NLĐO) - " + TEXT)).isEqualTo("NLĐO");
    // Giáo dục & Thời đại's initials (probes p25-005, p25-016, p25-030, p26-010), which named a
    // side "GD" before
    assertThat(SiteTag.name("GD&TĐ - Ngày 9/11, tại Sendai (Nhật Bản), ...")).isEqualTo("GD&TĐ");
    // a provincial paper's name (probe p20-025), not a subject after a dash ("Báo Herald - tờ báo
    // nhà nước của Zimbabwe, cho biết ...", vietnews-train-021645)
    assertThat(SiteTag.name("Báo Điện Biên Phủ - Ngày 7/3/2017, tại TP Điện Biên Phủ"))
        .isEqualTo("Báo Điện Biên Phủ");
    assertThat(SiteTag.end("Báo Herald - tờ báo nhà nước của Zimbabwe, cho biết")).isEqualTo(-1);
  }

  @Test
  void aPaperCapitalisedOnceAndInitialsRunIntoAWordAreTags() {
    // a paper's name is a proper noun, capitalised once (probes p31-030, p30-020, p21-017), and
    // an outlet's initials run into a word (p33-005, p33-031, p33-040): both were given as parties
    assertThat(
            SiteTag.name(
                "Báo Công đoàn - Sáng 10/3, tại Hà Nội, Công đoàn Y tế Việt Nam và Tổng Công ty"
                    + " Bảo hiểm Bảo Việt đã ký thỏa thuận hợp tác"))
        .isEqualTo("Báo Công đoàn");
    assertThat(SiteTag.name("Báo Tin tức - Sáng 19/9/2023, tại Hà Nội, ..."))
        .isEqualTo("Báo Tin tức");
    assertThat(SiteTag.name("ICTnews - Ngày 15/11/2023, Tập đoàn FPT và Đại học Đà Nẵng đã ký"))
        .isEqualTo("ICTnews");
    // a subject after its dash is still no tag, nor a report that opens with "Báo"
    assertThat(SiteTag.end("HDBank - ngân hàng có tỷ lệ nợ xấu thấp")).isEqualTo(-1);
    assertThat(SiteTag.end("Báo cáo Quý II -2017 từ CBRE cho biết")).isEqualTo(-1);
    assertThat(SiteTag.end("Báo Tiền phong - cơ quan ngôn luận của Trung ương Đoàn")).isEqualTo(-1);
    assertThat(SiteTag.end("Báo Tuổi trẻ - tờ báo của Thành đoàn, cho biết")).isEqualTo(-1);
    assertThat(SiteTag.end("ICTnews - Tập đoàn VNPT và Hiệp hội Doanh nghiệp nhỏ và vừa"))
        .isEqualTo("ICTnews - ".length());
  }

  @Test
  void initialsJoinedByAnAmpersandAreATag() {
    assertThat(SiteTag.name("GD&TĐ - " + TEXT)).isEqualTo("GD&TĐ");
    assertThat(Sapo.text("GD&TĐ - " + TEXT)).isEqualTo(TEXT);
    assertThat(SiteTag.name("SK&ĐS - " + TEXT)).isEqualTo("SK&ĐS");
    // words joined by an ampersand are a subject, not a tag
    assertThat(SiteTag.end("Sức khỏe & Đời sống - chuyên mục mới")).isEqualTo(-1);
  }

  @Test
  void aTagInCapitalsMayCloseWithAFullStop() {
    assertThat(SiteTag.name("TGVN. " + TEXT)).isEqualTo("TGVN");
    assertThat(Sapo.text("TGVN. " + TEXT)).isEqualTo(TEXT);
    // An abbreviation of two letters opens a sentence, not a tag.
    assertThat(SiteTag.end("TP. HCM có " + TEXT)).isEqualTo(-1);
  }

  @Test
  void initialsInBracketsNeedNoDash() {
    assertThat(SiteTag.name("(NB&CL) " + TEXT)).isEqualTo("NB&CL");
    assertThat(Sapo.text("(NB&CL) " + TEXT)).isEqualTo(TEXT);
    assertThat(Sapo.text("(TTXVN) " + TEXT)).isEqualTo(TEXT);
    // words, a time zone or a lower-case start after the bracket are no tag
    assertThat(SiteTag.end("(Ảnh minh họa) " + TEXT)).isEqualTo(-1);
    assertThat(SiteTag.end("(GMT+7) " + TEXT)).isEqualTo(-1);
    assertThat(SiteTag.end("(PV) theo " + TEXT)).isEqualTo(-1);
  }

  @Test
  void initialsInBracketsBeforeALowerCaseWordAreCutFromASapoButMarkNone() {
    String sapo = "những sinh viên trúng tuyển năm nay sẽ được trường ký cam kết bảo đảm việc làm.";
    assertThat(Sapo.text("(BDO) " + sapo)).isEqualTo(sapo);
    assertThat(SiteTag.end("(BDO) " + sapo)).isEqualTo(-1);
    // words or a time zone in brackets stay in the sapo
    assertThat(Sapo.text("(Ảnh minh họa) " + sapo)).startsWith("(Ảnh");
    assertThat(Sapo.text("(GMT+7) " + sapo)).startsWith("(GMT");
  }

  @Test
  void datelinesAreNoTags() {
    for (String place :
        new String[] {"Hà Nội", "TP.HCM", "Huế", "London", "Washington", "Tokyo", "Bangkok"}) {
      assertThat(SiteTag.end(place + " - " + TEXT)).as(place).isEqualTo(-1);
    }
  }
}
