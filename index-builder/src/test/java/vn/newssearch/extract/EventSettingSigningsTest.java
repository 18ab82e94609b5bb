package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Signings told in passing in the body of a story about something else (branch ag-detect3, from the
 * failures of heldout-22..26): placed at the story's own event by the setting before the verb
 * ("Trước lễ khai mạc, ...", "Sau phần trao đổi, ..."), or a passive whose day follows its sides or
 * the short name that closes its subject.
 */
class EventSettingSigningsTest {
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(Gazetteer.load());

  private static Article story(String title, String lead, String body) {
    return EXTRACTOR.enrich(SeedArticles.captioned(title, lead, body));
  }

  @Test
  void aSigningRightBeforeTheStorysCeremonyIsNews() {
    // probe p36-040: a film week's opening; the memorandum is signed before its ceremony
    Article week =
        story(
            "Khai mạc Tuần phim Hàn Quốc tại Hà Nội",
            "Tối 26/9, Tuần phim Hàn Quốc đã khai mạc tại Trung tâm Chiếu phim Quốc gia (Hà Nội)"
                + " với bộ phim \"Ngôi nhà hạnh phúc\".",
            "Trong một tuần, khán giả thủ đô sẽ được xem miễn phí 7 bộ phim Hàn Quốc.\nTrước lễ"
                + " khai mạc, Cục Điện ảnh (Bộ VH-TT&DL) và Hội đồng Điện ảnh Hàn Quốc (KOFIC) đã"
                + " ký MOU về hợp tác đào tạo nguồn nhân lực và hợp tác sản xuất phim.");
    assertThat(week.agreement()).isNotNull();
    assertThat(week.parties()).contains("Cục Điện ảnh", "Hội đồng Điện ảnh Hàn Quốc");
  }

  @Test
  void aSigningInsideTheStorysTalksIsNewsAndAPressConferencesDealIsNot() {
    // web-xt's shape: a dated visit, then "Tại cuộc hội đàm, hai bên đã ký ..." (sentences written
    // for this test)
    Article talks =
        story(
            "",
            "",
            "Ngày 12/8, Bộ trưởng Y tế Lê Văn An đã hội đàm với Bộ trưởng Y tế Lào Bounpheng"
                + " Phommalay tại Viêng Chăn. Tại cuộc hội đàm, hai bên đã ký thỏa thuận hợp tác"
                + " đào tạo bác sĩ.");
    assertThat(talks.agreement()).isNotNull();
    assertThat(talks.agreement().kind()).isEqualTo("thỏa thuận hợp tác");
    // at the story's event, a deal signed long before ("từ lâu") is told (a sentence written here)
    Article press =
        story(
            "",
            "",
            "Tại hội nghị sáng 12/8, Tập đoàn Rostec từ lâu đã ký hợp đồng với Tập đoàn Norinco.");
    assertThat(press.agreement()).isNull();
  }

  @Test
  void aSigningBeforeTheCeremonyThatIsStillAheadStaysAPlan() {
    Article week =
        story(
            "Khai mạc Tuần phim Hàn Quốc tại Hà Nội",
            "Tối 26/9, Tuần phim Hàn Quốc đã khai mạc tại Trung tâm Chiếu phim Quốc gia (Hà Nội).",
            "Trong một tuần, khán giả thủ đô sẽ được xem miễn phí 7 bộ phim Hàn Quốc.\nTrước lễ"
                + " bế mạc, Cục Điện ảnh (Bộ VH-TT&DL) và Hội đồng Điện ảnh Hàn Quốc (KOFIC) sẽ"
                + " ký MOU về hợp tác sản xuất phim.");
    assertThat(week.agreement()).isNull();
  }

  @Test
  void aSigningAfterTheTalksOfTheStorysVisitIsNews() {
    // probe p30-034: a delegation's reception; the agreement follows the exchange
    Article visit =
        story(
            "Học viện CSND hợp tác đào tạo với Trường Đại học Bộ Nội vụ Nga",
            "Sáng 14/10, tại Hà Nội, Học viện Cảnh sát nhân dân tổ chức lễ đón đoàn đại biểu"
                + " Trường Đại học Bộ Nội vụ Nga tại Moskva.",
            "Trung tướng Trần Văn Vệ, Giám đốc Học viện giới thiệu về lịch sử truyền thống của nhà"
                + " trường.\nSau phần trao đổi, Học viện Cảnh sát nhân dân và Trường Đại học Bộ Nội"
                + " vụ Nga tại Moskva đã kí Thỏa thuận hợp tác về đào tạo sau đại học và nghiên cứu"
                + " khoa học.");
    assertThat(visit.agreement()).isNotNull();
    assertThat(visit.parties()).contains("Học viện Cảnh sát nhân dân");
  }

  @Test
  void aPassiveDatedAfterTheShortNameThatClosesItsSubjectIsNews() {
    // probe p27-011: the benefit first, the agreement that gives it in the body's first sentence
    Article benefit =
        story(
            "Đoàn viên công đoàn được giảm giá khi mua sắm tại hệ thống siêu thị",
            "Đoàn viên công đoàn tại TP.HCM sẽ được giảm từ 5% đến 10% khi mua hàng hóa thiết yếu"
                + " tại hệ thống siêu thị Co.opmart.",
            "Đây là một trong những nội dung của thỏa thuận hợp tác giữa LĐLĐ TP.HCM và Liên hiệp"
                + " HTX Thương mại TP.HCM (Saigon Co.op) được ký kết sáng 9-9, trong khuôn khổ chương"
                + " trình \"Phúc lợi đoàn viên\".");
    assertThat(benefit.agreement()).isNotNull();
    assertThat(benefit.parties()).contains("Liên đoàn Lao động Thành phố Hồ Chí Minh");
  }

  @Test
  void aPassiveDatedAfterItsSidesIsNewsAndOneDatedPastACommaIsNot() {
    Syllables dated =
        Syllables.of(
            "Chương trình phối hợp giai đoạn 2021-2026 đã được ký giữa Công đoàn Giáo dục Việt Nam"
                + " và Ngân hàng TMCP Bưu điện Liên Việt (LienVietPostBank) sáng 7/5 tại Hà Nội.",
            Gazetteer.load().trie().vocabulary());
    Syllables later =
        Syllables.of(
            "Chương trình phối hợp giai đoạn 2021-2026 đã được ký giữa Công đoàn Giáo dục Việt Nam"
                + " và Ngân hàng TMCP Bưu điện Liên Việt, có hiệu lực từ ngày 7/5.",
            Gazetteer.load().trie().vocabulary());
    assertThat(passiveDated(dated)).isTrue();
    assertThat(passiveDated(later)).isFalse();
  }

  private static boolean passiveDated(Syllables s) {
    int k = 0;
    while (!Signings.isVerb(s, k)) {
      k++;
    }
    return SigningTense.datedPassive(s, k, k + 1, Signings.clauseStart(s, k), ClauseWords.INSTANCE);
  }
}
