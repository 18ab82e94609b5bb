package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private static OffsetDateTime at(String iso) {
    return OffsetDateTime.parse(iso);
  }

  @Test
  void timeThenDateWithBar() {
    assertThat(Timestamps.parse("21:50 | 17/10/2019")).isEqualTo(at("2019-10-17T21:50+07:00"));
  }

  @Test
  void dateThenTimeWithDash() {
    assertThat(Timestamps.parse("12/11/2019 - 18:08")).isEqualTo(at("2019-11-12T18:08+07:00"));
  }

  @Test
  void timeThenDateWithSpace() {
    assertThat(Timestamps.parse("16:06 31/10/2019")).isEqualTo(at("2019-10-31T16:06+07:00"));
  }

  @Test
  void dashedAndDottedDatesWithoutTimeAreMidnight() {
    assertThat(Timestamps.parse("17-10-2019")).isEqualTo(at("2019-10-17T00:00+07:00"));
    assertThat(Timestamps.parse("17.10.2019")).isEqualTo(at("2019-10-17T00:00+07:00"));
    assertThat(Timestamps.parseLine("17-10-2019").hasTime()).isFalse();
  }

  @Test
  void isoWithOffsetIsConvertedToVietnamTime() {
    assertThat(Timestamps.parse("2019-10-17T21:50:00+07:00"))
        .isEqualTo(at("2019-10-17T21:50+07:00"));
    OffsetDateTime utc = Timestamps.parse("2019-10-17T14:50:00Z");
    assertThat(utc).isEqualTo(at("2019-10-17T21:50+07:00"));
    assertThat(utc.getOffset()).isEqualTo(Timestamps.VIETNAM);
    assertThat(Timestamps.parse("2019-10-17")).isEqualTo(at("2019-10-17T00:00+07:00"));
  }

  @Test
  void weekdayHourMarkAndGmtDecorationAreAllowed() {
    assertThat(Timestamps.parse("Thứ Năm, 17/10/2019, 21h50 (GMT+7)"))
        .isEqualTo(at("2019-10-17T21:50+07:00"));
    assertThat(Timestamps.parse("Cập nhật 09:34 | 19/02/2020 (GMT+7)"))
        .isEqualTo(at("2020-02-19T09:34+07:00"));
    assertThat(Timestamps.parse("9:34 PM 19/02/2020")).isEqualTo(at("2020-02-19T21:34+07:00"));
  }

  @Test
  void proseMentioningADateIsNotATimestampLine() {
    assertThat(Timestamps.parseLine("Ngày 17.10, tại Hà Nội, hai bên đã ký kết.")).isNull();
    assertThat(
            Timestamps.parseLine(
                "Hội nghị diễn ra ngày 17/10/2019 tại trụ sở Bộ Lao động ở Hà Nội"))
        .isNull();
    assertThat(Timestamps.parseLine("Quyết định số 12/11/2019/QĐ-UBND")).isNull();
  }

  @Test
  void incompleteOrImpossibleDatesAreRejected() {
    assertThat(Timestamps.parseLine("17/10")).isNull();
    assertThat(Timestamps.parseLine("31/02/2019")).isNull();
    assertThat(Timestamps.parseLine("25:10 17/10/2019")).isNull();
    assertThat(Timestamps.parseLine("Thái Bình")).isNull();
    assertThat(Timestamps.parse(null)).isNull();
  }

  @Test
  void theDateLineFormsOfVietnameseSites() {
    OffsetDateTime at0842 = at("2019-04-03T08:42+07:00");
    assertThat(Timestamps.parse("Thứ tư, 3/4/2019, 08:42 (GMT+7)")).isEqualTo(at0842);
    assertThat(Timestamps.parse("03/04/2019 08:42 GMT+7")).isEqualTo(at0842);
    assertThat(Timestamps.parse("03/04/2019  08:42 (GMT+07:00)")).isEqualTo(at0842);
    OffsetDateTime at2150 = at("2019-10-17T21:50+07:00");
    assertThat(Timestamps.parse("Thứ Năm, 17/10/2019 - 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("17/10/2019 | 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("17-10-2019 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("17-10-2019, 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("Thứ Năm, 21:50, 17/10/2019")).isEqualTo(at2150);
    assertThat(Timestamps.parse("Cập nhật: 17/10/2019 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("Ngày đăng: 17/10/2019 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("Thứ Năm, ngày 17 tháng 10 năm 2019 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("17 Tháng 10, 2019 | 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parseLine("Từ 17 tháng 10 năm 2019 đến nay người lao động được nghỉ"))
        .isNull();
  }

  @Test
  void anOffsetAfterTheDateOfATimeFirstLine() {
    OffsetDateTime at1504 = OffsetDateTime.of(2020, 10, 1, 15, 4, 0, 0, Timestamps.VIETNAM);
    assertThat(Timestamps.parse("15:04 01/10/2020 (GMT+07:00)")).isEqualTo(at1504);
    assertThat(Timestamps.parse("15:04 | 01/10/2020 (GMT+07:00)")).isEqualTo(at1504);
    assertThat(Timestamps.parse("08:04 01/10/2020 (GMT+00:00)"))
        .isEqualTo(OffsetDateTime.of(2020, 10, 1, 15, 4, 0, 0, Timestamps.VIETNAM));
  }

  @Test
  void aNumberedWeekdayAndARedundantPm() {
    OffsetDateTime at2150 = at("2019-10-17T21:50+07:00");
    assertThat(Timestamps.parse("Thứ 5, 17/10/2019 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("T5, 17/10/2019 - 21:50")).isEqualTo(at2150);
    assertThat(Timestamps.parse("17-10-2019 - 21:50 PM")).isEqualTo(at2150);
    assertThat(Timestamps.parse("17-10-2019 - 09:50 PM")).isEqualTo(at2150);
    assertThat(Timestamps.parse("17/10/2019 09:50 AM")).isEqualTo(at2150.minusHours(12));
    assertThat(Timestamps.parseLine("17/10/2019 21:50 AM"))
        .as("a 24-hour time is no morning")
        .isNull();
    assertThat(Timestamps.parseLine("Thứ 5 17 người 17/10/2019")).isNull();
  }

  @Test
  void aViewCounterBesideTheDateAndAMonthFirstDate() {
    OffsetDateTime at2150 = at("2019-10-17T21:50+07:00");
    assertThat(Timestamps.parse("17/10/2019 21:50 | Lượt xem: 1.234")).isEqualTo(at2150);
    assertThat(Timestamps.parse("Thứ Năm, 17/10/2019 - 21:50 | 1.234 lượt xem")).isEqualTo(at2150);
    assertThat(Timestamps.parse("10/17/2019 9:50:00 PM")).isEqualTo(at2150);
    assertThat(Timestamps.parse("03/04/2019 08:42"))
        .as("day first when both fit")
        .isEqualTo(at("2019-04-03T08:42+07:00"));
    assertThat(Timestamps.parseLine("Có 1.234 lượt xem trong ngày 17/10/2019 của bài viết này về"))
        .isNull();
  }

  @Test
  void aPrintedIssueLineDatesTheIssue() {
    // an e-paper viewer's and a PDF digest's issue line: the number is the issue's, not a date
    assertThat(Timestamps.parse("Số 04/2017 - Ngày 25/01/2017"))
        .isEqualTo(at("2017-01-25T00:00+07:00"));
    assertThat(Timestamps.parse("Báo in Kon Tum - Số 6130 - Thứ Năm, 01/10/2020"))
        .isEqualTo(at("2020-10-01T00:00+07:00"));
    assertThat(Timestamps.parseLine("Số 12/2019/NĐ-CP - 25/01/2019")).isNull();
    assertThat(Timestamps.parseLine("Số 5 người chết 25/01/2019")).isNull();
  }

  @Test
  void aViewCounterRightAfterTheYear() {
    // the year is the date's, the count the counter's: "2017 Lượt xem" is no "1.234 lượt xem"
    assertThat(Timestamps.parse("21:31 24/03/2017 Lượt xem: 1158"))
        .isEqualTo(at("2017-03-24T21:31+07:00"));
    assertThat(Timestamps.parse("24/03/2017 1158 lượt xem"))
        .isEqualTo(at("2017-03-24T00:00+07:00"));
  }

  @Test
  void theVietnameseMorningAndAfternoonMarkersOfATwelveHourClock() {
    // SharePoint and .NET pages print the vi-VN locale's markers: SA (sáng), CH (chiều)
    assertThat(Timestamps.parse("08/11/2017 04:04 CH")).isEqualTo(at("2017-11-08T16:04+07:00"));
    assertThat(Timestamps.parse("01/10/2020 09:12 SA")).isEqualTo(at("2020-10-01T09:12+07:00"));
    assertThat(Timestamps.parse("24/01/2019 12:01 SA")).isEqualTo(at("2019-01-24T00:01+07:00"));
    assertThat(Timestamps.parse("24/01/2019 09:01 CH")).isEqualTo(at("2019-01-24T21:01+07:00"));
    assertThat(Timestamps.parse("08/11/2017 16:04 CH"))
        .as("a 24-hour time with a redundant marker")
        .isEqualTo(at("2017-11-08T16:04+07:00"));
    assertThat(Timestamps.parse("08/11/2017 04:04 CHÍNH"))
        .as("a word that opens with the marker's letters is no marker")
        .isEqualTo(at("2017-11-08T04:04+07:00"));
  }

  @Test
  void aWeekdayByItsShortFormRightBeforeTheDateAnywhereInTheLine() {
    // Drupal's vi locale: "Gửi bởi <account> vào T6, 28/12/2018 - 19:40", Sunday as "CN"
    assertThat(Timestamps.parse("Gửi bởi bientap vào T6, 28/12/2018 - 19:40"))
        .isEqualTo(at("2018-12-28T19:40+07:00"));
    assertThat(Timestamps.parse("Gửi bởi bientap vào CN, 01/12/2019 - 06:28"))
        .isEqualTo(at("2019-12-01T06:28+07:00"));
    assertThat(Timestamps.parse("Đăng lúc T7 16/05/2015 17:57"))
        .isEqualTo(at("2015-05-16T17:57+07:00"));
    assertThat(Timestamps.parse("Gửi bởi bientap vào lúc T6 phòng 28/12/2018 - 19:40"))
        .as("the short form counts only right before the date")
        .isNull();
    assertThat(Timestamps.parse("Tổ 6, 28/12/2018")).as("a number after another word").isNull();
  }

  @Test
  void aPostHeaderOpenedByBytheNameAndTheDateIsADateLine() {
    // Moodle's forum post in the vi locale: "bởi <poster> - <weekday>, <day> Tháng <month> <year>,
    // <12-hour time>"; a four-syllable name is the poster's, not words of a sentence
    assertThat(Timestamps.parse("bởi Lê Thị Diệu Linh - Thứ sáu, 01 Tháng mười hai 2017, 07:12 PM"))
        .isEqualTo(at("2017-12-01T19:12+07:00"));
    assertThat(Timestamps.parse("Đăng bởi Nguyễn Thị Hoài Thu - 15/11/2017 14:57"))
        .isEqualTo(at("2017-11-15T14:57+07:00"));
    assertThat(Timestamps.parse("bởi vì trời mưa to kéo dài suốt ngày 01/12/2017"))
        .as("'bởi vì' opens a clause, not a name")
        .isNull();
  }

  @Test
  void aBareGmtAfterTheTimeIsUniversalTime() {
    // a reader's tooltip in RFC 1123's shape: "Published: Thu, 01 Oct 2020 08:42:00 GMT"
    assertThat(Timestamps.parse("Published: Thu, 01 Oct 2020 08:42:00 GMT"))
        .isEqualTo(at("2020-10-01T15:42+07:00"));
    assertThat(Timestamps.parse("24/06/2019, 17:56 [GMT+7]"))
        .isEqualTo(at("2019-06-24T17:56+07:00"));
  }

  @Test
  void aMonthByItsEnglishNameAsAReaderOrAnAppPrintsIt() {
    // an RSS reader, a viewer or an app in an English locale: "Nov 1, 2020 5:37 PM"
    assertThat(Timestamps.parse("Nov 1, 2020 5:37 PM")).isEqualTo(at("2020-11-01T17:37+07:00"));
    assertThat(Timestamps.parse("1 November 2020")).isEqualTo(at("2020-11-01T00:00+07:00"));
    assertThat(Timestamps.parse("Sept 30, 2019, 08:15")).isEqualTo(at("2019-09-30T08:15+07:00"));
    Timestamps.Stamp byline = Timestamps.parseLine("bởi Đình Phú · Nov 1, 2020 5:37 PM");
    assertThat(byline).isNotNull();
    assertThat(DateLines.author("bởi Đình Phú · Nov 1, 2020 5:37 PM")).isEqualTo("Đình Phú");
    assertThat(Timestamps.parse("Novel 1, 2020")).as("a word that opens like a month").isNull();
    assertThat(DateLines.author("bởi Jane Doe · Nov 1, 2020 5:37 PM"))
        .as("a name that opens like a month's short form is no month")
        .isEqualTo("Jane Doe");
    // WordPress's vi locale names the month in words: "27 Tháng Năm, 2018", "Tháng Mười Hai"
    assertThat(Timestamps.parse("27 Tháng Năm, 2018")).isEqualTo(at("2018-05-27T00:00+07:00"));
    assertThat(Timestamps.parse("3 tháng Mười Hai 2019")).isEqualTo(at("2019-12-03T00:00+07:00"));
    assertThat(Timestamps.parse("1 Tháng Mười, 2020 08:15"))
        .isEqualTo(at("2020-10-01T08:15+07:00"));
    assertThat(Timestamps.parse("21 Tháng Một, 2019")).isEqualTo(at("2019-01-21T00:00+07:00"));
    assertThat(Timestamps.parseLine("Đăng ngày 27 Tháng Năm, 2018 bởi Mai Phương")).isNotNull();
    assertThat(DateLines.author("Đăng ngày 27 Tháng Năm, 2018 bởi Mai Phương"))
        .isEqualTo("Mai Phương");
    assertThat(Timestamps.parse("Thứ Năm, 2018")).isNull();
    // Google's and Chrome's vi-VN short month: "10 thg 10, 2020"
    assertThat(Timestamps.parse("10 thg 10, 2020 12:18")).isEqualTo(at("2020-10-10T12:18+07:00"));
  }
}
