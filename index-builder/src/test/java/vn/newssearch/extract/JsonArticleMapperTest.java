package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ContentHash;
import vn.newssearch.source.Origin;
import vn.newssearch.source.Problem;
import vn.newssearch.source.SourceRecord;

class JsonArticleMapperTest {
  private static final Origin ORIGIN = new Origin(Path.of("in.jsonl"), 7);
  private final JsonArticleMapper mapper = new JsonArticleMapper();
  private final List<Problem> warnings = new ArrayList<>();

  private static SourceRecord.JsonArticle record(
      String id, String url, String title, String body, String published) {
    return new SourceRecord.JsonArticle(
        ORIGIN,
        id,
        url,
        " dantri.com.vn ",
        title,
        "  ",
        body,
        List.of(" Ảnh 1 ", " "),
        published,
        "",
        null);
  }

  @Test
  void dateOnlyIsMidnightVietnamTime() throws Exception {
    Article a = mapper.map(record("x", null, "T", "B", "2021-04-22"), warnings::add);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2021-04-22T00:00+07:00"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void fullTimesAreConvertedToVietnamTime() throws Exception {
    assertThat(
            mapper
                .map(record("x", null, "T", "B", "2019-10-17T14:50:00Z"), warnings::add)
                .published())
        .isEqualTo(OffsetDateTime.parse("2019-10-17T21:50+07:00"))
        .satisfies(t -> assertThat(t.getOffset().getTotalSeconds()).isEqualTo(7 * 3600));
    assertThat(
            mapper.map(record("x", null, "T", "B", "2019-11-12 18:08"), warnings::add).published())
        .isEqualTo(OffsetDateTime.parse("2019-11-12T18:08+07:00"));
    assertThat(
            mapper
                .map(record("x", null, "T", "B", "2019-11-12T06:08:00-05:00"), warnings::add)
                .published())
        .isEqualTo(OffsetDateTime.parse("2019-11-12T18:08+07:00"));
  }

  @Test
  void aBadDateIsAWarningAndTheArticleIsUndated() throws Exception {
    Article a = mapper.map(record("x", null, "T", "B", "17/10/2019"), warnings::add);
    assertThat(a.published()).isNull();
    assertThat(warnings)
        .extracting(Problem::toString)
        .containsExactly(
            "in.jsonl:7: \"published\" is not a date (\"17/10/2019\"); indexed as undated");
  }

  @Test
  void fieldsAreTrimmedEmptyOnesDroppedAndTextComposed() throws Exception {
    String nfdTitle = Normalizer.normalize("  Lao động việc làm ", Normalizer.Form.NFD);
    Article a = mapper.map(record("  id-1 ", null, nfdTitle, " Thân bài. ", null), warnings::add);
    assertThat(a.id()).isEqualTo("id-1");
    assertThat(a.title()).isEqualTo("Lao động việc làm");
    assertThat(a.body()).isEqualTo("Thân bài.");
    assertThat(a.source()).isEqualTo("dantri.com.vn");
    assertThat(a.lead()).isNull();
    assertThat(a.category()).isNull();
    assertThat(a.captions()).containsExactly("Ảnh 1");
    assertThat(a.published()).isNull();
    assertThat(warnings).isEmpty();
  }

  @Test
  void withoutAnIdTheIdComesFromTheUrlElseFromTheContent() throws Exception {
    String url = "https://dantri.com.vn/xa-hoi/bai-viet.htm";
    assertThat(mapper.map(record(null, url, "T", "B", null), warnings::add).id())
        .isEqualTo("u-" + ContentHash.of(url));
    Article byContent = mapper.map(record(null, null, "Lao động", "Thân bài", null), warnings::add);
    assertThat(byContent.id()).isEqualTo("h-" + ContentHash.of("lao dong", "than bai"));
    // The same words with other case, spacing or decomposition are the same article.
    Article again =
        mapper.map(
            record(
                null,
                null,
                "LAO  ĐỘNG",
                Normalizer.normalize("thân bài", Normalizer.Form.NFD),
                null),
            warnings::add);
    assertThat(again.id()).isEqualTo(byContent.id());
  }

  @Test
  void wireCopyWithOnlyALeadIsIndexedWithTheLeadAsItsTextAndAWarning() throws Exception {
    String lead =
        "Hà Nội, 12/3 (TTXVN) - Sáng nay, Tổng Liên đoàn Lao động Việt Nam và Bảo hiểm xã hội"
            + " Việt Nam đã ký kết chương trình phối hợp giai đoạn 2024-2029.";
    SourceRecord.JsonArticle wire =
        new SourceRecord.JsonArticle(
            ORIGIN,
            "w1",
            null,
            null,
            "Ký chương trình phối hợp",
            " " + lead + " ",
            "",
            List.of(),
            null,
            null,
            null);
    Article a = mapper.map(wire, warnings::add);
    assertThat(a.body()).isEqualTo(lead);
    assertThat(a.lead()).isNull();
    assertThat(warnings)
        .extracting(Problem::reason)
        .containsExactly("JSON object has an empty \"body\"; its \"lead\" is indexed as the text");
  }

  @Test
  void aMissingOrBlankBodyWithoutALeadIsInvalid() {
    assertThatThrownBy(() -> mapper.map(record("x", null, "T", null, null), warnings::add))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessage("JSON object has no \"body\"");
    assertThatThrownBy(() -> mapper.map(record("x", null, "T", "  \n ", null), warnings::add))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessage("JSON object has an empty \"body\"");
  }
}
