package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.source.Origin;
import vn.newssearch.source.SourceRecord;

/**
 * Real article text (the bundled dantri sample) laid out as a scraped page of another site: URL
 * line, menu, category, weekday timestamp, title, the article with its own byline, then related
 * links and a teaser. The extractor must give back the title, date and URL, and every line of the
 * article up to its byline (as lead, body or caption), with nothing added.
 */
class DantriPageRoundTripTest {
  private static final String TEASER = "Người lao động được hỗ trợ tiền thuê nhà trong ba tháng.";

  @Test
  void realArticlesComeBackWholeFromAScrapedLayout() throws Exception {
    Path sample = Path.of(System.getProperty("repo.dir"), "data", "sample", "dantri-sample.jsonl");
    PageExtractor extractor = new PageExtractor();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    int withAuthor = 0;
    for (String json : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
      JsonNode j = ArticleJson.MAPPER.readTree(json);
      String title = j.get("title").asText();
      if (!looksLikeATitle(title)) {
        continue; // the corpus recovered some titles from a lead paragraph
      }
      LocalDate day = LocalDate.parse(j.get("published").asText());
      String page =
          String.join(
              "\n",
              j.get("url").asText(),
              "Trang chủ | Xã hội | Kinh doanh",
              "XÃ HỘI",
              weekday(day)
                  + ", "
                  + day.getDayOfMonth()
                  + "/"
                  + day.getMonthValue()
                  + "/"
                  + day.getYear()
                  + " - 10:49",
              "",
              title,
              "",
              j.get("body").asText(),
              "",
              "Tin liên quan",
              "KINH DOANH",
              "08:00 | 01/01/2021",
              TEASER);
      Article a =
          extractor.extract(new SourceRecord.PageText(new Origin(Path.of("p.txt"), 1), page));
      checked++;
      String id = j.get("id").asText();
      check(problems, id, "title", title, a.title());
      check(problems, id, "published", OffsetDateTime.parse(day + "T10:49+07:00"), a.published());
      check(problems, id, "url", j.get("url").asText(), a.url());
      check(problems, id, "source", "dantri.com.vn", a.source());
      check(problems, id, "category", "Xã hội", a.category());
      List<String> expected = linesUpToByline(j.get("body").asText(), a.author());
      List<String> got = new ArrayList<>(Arrays.asList(a.body().split("\n")));
      got.addAll(a.captions());
      if (a.lead() != null) {
        got.add(a.lead()); // an article's short first paragraph reads as its sapo
      }
      check(problems, id, "lines", sorted(expected), sorted(got));
      if (a.body().contains(TEASER) || a.body().contains("Tin liên quan")) {
        problems.add(id + ": teaser or navigation in the body");
      }
      if (a.author() != null) {
        withAuthor++;
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(150);
    assertThat(withAuthor).isGreaterThan(checked * 3 / 4);
  }

  private static void check(
      List<String> problems, String id, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      problems.add(
          id + " " + field + ": expected <" + cut(expected) + "> but was <" + cut(actual) + ">");
    }
  }

  private static String cut(Object o) {
    String s = String.valueOf(o);
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }

  private static boolean looksLikeATitle(String t) {
    return t.length() <= 300 && !Bylines.isByline(t);
  }

  private static String weekday(LocalDate day) {
    String[] names = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};
    return names[day.getDayOfWeek().getValue() - 1];
  }

  /** "Theo Đăng Nguyễn": a source credit ends the article like a byline, without an author. */
  private static boolean isSourceLine(String line) {
    return line.startsWith("Theo ") && Bylines.isByline(line) && Bylines.author(line) == null;
  }

  /** The article's lines, trimmed and space-collapsed, before the byline line (if any). */
  private static List<String> linesUpToByline(String body, String author) {
    List<String> out = new ArrayList<>();
    for (String raw : body.split("\n")) {
      String line = PageLines.trim(raw).replaceAll("[\\s\\u00A0]+", " ");
      if (line.isEmpty()) {
        continue;
      }
      if (author != null ? author.equals(Bylines.author(line)) : isSourceLine(line)) {
        break;
      }
      out.add(line);
    }
    return out;
  }
}
