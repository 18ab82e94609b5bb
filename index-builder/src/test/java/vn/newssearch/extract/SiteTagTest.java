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
          "Baotintuc"
        }) {
      assertThat(SiteTag.end(tag + " - " + TEXT)).as(tag).isEqualTo(tag.length() + 3);
    }
    assertThat(SiteTag.name("Kinhtedothi - " + TEXT)).isEqualTo("Kinhtedothi");
    assertThat(SiteTag.name("(NLĐO) - " + TEXT)).isEqualTo("NLĐO");
  }

  @Test
  void datelinesAreNoTags() {
    for (String place :
        new String[] {"Hà Nội", "TP.HCM", "Huế", "London", "Washington", "Tokyo", "Bangkok"}) {
      assertThat(SiteTag.end(place + " - " + TEXT)).as(place).isEqualTo(-1);
    }
  }
}
