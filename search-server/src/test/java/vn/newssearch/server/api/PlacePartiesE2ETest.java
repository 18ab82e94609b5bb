package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.server.TestServer.ids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.Gazetteer;
import vn.newssearch.index.ArticleIndexer;
import vn.newssearch.index.BuildOptions;
import vn.newssearch.model.Article;
import vn.newssearch.server.SearchServer;
import vn.newssearch.server.TestServer;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * Provinces and states that sign stand in the party list as the signing clause names them ("tỉnh
 * Nghệ An", "Mỹ"), while a typed name resolves to the gazetteer's canonical one ("Nghệ An", "Hoa
 * Kỳ"). On the real agreement articles of eval/agreements, indexed by the real pipeline, the party
 * filter finds each such article by the party as extracted and by the name it resolves to. A body
 * renamed in 2025 (the gazetteer's renamed.tsv) is one party under both names.
 */
class PlacePartiesE2ETest {
  @TempDir static Path tmp;
  private static SearchServer.Running running;
  private static TestServer server;

  /** (article id, party as extracted, the canonical name that party resolves to). */
  private record Case(String id, String party, String resolved) {}

  private static final List<Case> cases = new ArrayList<>();

  /**
   * (article id, a party named with its place as extracted, the first and the last of its names
   * without the place: "cong an", "cong an tinh"; "uy ban nhan dan", "ubnd tp").
   */
  private record Placed(String id, String party, String first, String last) {}

  private static final List<Placed> placed = new ArrayList<>();

  /**
   * The chamber of commerce signing in 2019 and in 2025 under its name of the year, written in the
   * shape of the news (probe p11-043), not corpus articles.
   */
  private static final String RENAMED =
      """
      {"id": "vcci-2019", "published": "2019-10-11", "title": "Gia Lai và VCCI ký chương trình hợp\
       tác", "body": "UBND tỉnh Gia Lai và Phòng Thương mại và Công nghiệp Việt Nam (VCCI) đã ký\
       kết chương trình hợp tác hỗ trợ doanh nghiệp giai đoạn 2019-2024."}
      {"id": "vcci-2025", "published": "2025-10-11", "title": "Gia Lai và VCCI ký chương trình hợp\
       tác", "body": "UBND tỉnh Gia Lai và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) đã\
       ký kết chương trình hợp tác hỗ trợ doanh nghiệp giai đoạn 2025-2030."}
      """;

  /**
   * A province of Laos signing, written in the shape of the news (web-t's twinnings of border
   * provinces): the party list gives the province as one article spells it, and a journalist types
   * another spelling.
   */
  private static final String NEIGHBOUR =
      """
      {"id": "attapeu", "published": "2024-03-12", "title": "Kon Tum và Át-tạ-pư ký biên bản hợp\
       tác", "lead": "Chiều 12/3, tại thành phố Kon Tum, UBND tỉnh Kon Tum và tỉnh Át-tạ-pư (Lào)\
       đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.", "body": "Hai bên thống nhất phối\
       hợp bảo vệ an ninh biên giới và phát triển thương mại."}
      {"id": "vientiane", "published": "2024-05-20", "title": "Nghệ An và Viêng Chăn ký biên bản\
       ghi nhớ", "lead": "Sáng 20/5, tại thành phố Vinh, tỉnh Nghệ An và thủ đô Viêng Chăn đã ký\
       kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.", "body": "Hai bên sẽ phối hợp phát\
       triển du lịch và giáo dục."}
      {"id": "gimje", "published": "2024-06-04", "title": "Hòa Bình ký thỏa thuận với Gimje", "lead":\
       "Sáng 4/6, UBND tỉnh Hòa Bình và Chính quyền thành phố Gimje (Hàn Quốc) đã ký kết thỏa\
       thuận hợp tác hữu nghị.", "body": "Hai bên sẽ trao đổi lao động nông nghiệp thời vụ."}
      """;

  /** A school the party list names with "Trường", which a journalist leaves out. */
  private static final String SCHOOL =
      """
      {"id": "tay-nguyen", "published": "2024-04-08", "title": "Trường Đại học Tây Nguyên ký kết\
       hợp tác với Công ty Cổ phần Cà phê Phước An", "lead": "Sáng 8/4, Trường Đại học Tây Nguyên\
       và Công ty Cổ phần Cà phê Phước An đã ký kết thỏa thuận hợp tác đào tạo giai đoạn\
       2024-2027.", "body": "Theo thỏa thuận, công ty nhận sinh viên của trường đến thực tập."}
      """;

  /**
   * Provincial bodies of two provinces, and a ministry abroad beside ours, written in the shape of
   * the news (web-t's local coordination plans): a journalist types a body without its place.
   */
  private static final String LOCAL =
      """
      {"id": "thai-binh", "published": "2024-03-12", "title": "Công an tỉnh và Sở Y tế ký kế hoạch\
       phối hợp", "lead": "Sáng 12/3, Công an tỉnh Thái Bình và Sở Y tế tỉnh Thái Bình đã ký kết kế\
       hoạch phối hợp phòng chống ma túy giai đoạn 2024-2028.", "body": "Hai bên sẽ phối hợp."}
      {"id": "hai-duong", "published": "2024-04-05", "title": "Công an tỉnh Hải Dương ký kết quy chế\
       phối hợp với Liên đoàn Lao động tỉnh", "lead": "Chiều 5/4, Công an tỉnh Hải Dương và Liên\
       đoàn Lao động tỉnh Hải Dương đã ký kết quy chế phối hợp bảo đảm an ninh trật tự tại các khu\
       công nghiệp.", "body": "Hai bên sẽ phối hợp."}
      {"id": "an-giang", "published": "2024-06-12", "title": "An Giang và Tuyên Quang ký kết\
       chương trình hợp tác", "lead": "Chiều 12/6, UBND tỉnh An Giang và UBND tỉnh Tuyên Quang đã\
       ký kết chương trình hợp tác giai đoạn 2024-2028.", "body": "Hai bên sẽ hợp tác về du\
       lịch."}
      {"id": "lao-health", "published": "2024-05-20", "title": "Bộ Y tế Việt Nam và Bộ Y tế Lào ký\
       biên bản ghi nhớ", "lead": "Sáng 20/5, tại Hà Nội, Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký kết\
       biên bản ghi nhớ hợp tác y tế giai đoạn 2024-2028.", "body": "Hai bên sẽ trao đổi chuyên\
       gia."}
      """;

  @BeforeAll
  static void indexTheAgreementArticles() throws Exception {
    Path articles =
        Path.of(System.getProperty("repo.dir", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("eval/agreements/articles.jsonl");
    Gazetteer gazetteer = Gazetteer.load();
    ArticleExtractor extractor = ArticleExtractor.create();
    List<SourceRecord> records = new ArrayList<>();
    new SourceReader(List.of(articles), problem -> {}).readAll(records::add);
    for (SourceRecord r : records) {
      Article a = extractor.extract(r, problem -> {});
      for (String party : a.parties()) {
        List<String> unplaced = gazetteer.withoutPlace(party);
        if (!unplaced.isEmpty()) {
          placed.add(new Placed(a.id(), party, unplaced.get(0), unplaced.get(unplaced.size() - 1)));
        }
        Optional<String> resolved = gazetteer.resolve(party);
        if (resolved.isPresent() && !resolved.get().equals(party)) {
          cases.add(new Case(a.id(), party, resolved.get()));
        }
      }
    }
    Path renamed = tmp.resolve("renamed.jsonl");
    Files.writeString(renamed, RENAMED + NEIGHBOUR + SCHOOL + LOCAL, StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Files.createDirectories(index);
    ArticleIndexer.build(index, List.of(articles, renamed), BuildOptions.defaults().withThreads(1));
    running = TestServer.start(index);
    server = TestServer.on(running);
  }

  @AfterAll
  static void stop() throws IOException {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void aPlaceOrStatePartyIsFoundByItsExtractedAndItsResolvedName() {
    assertThat(cases).as("articles whose party resolves to another canonical name").isNotEmpty();
    for (Case c : cases) {
      for (String typed : List.of(c.party(), c.resolved())) {
        TestServer.Reply r = server.get("/api/search", "party", typed, "size", "100");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(ids(r.json())).as("party=%s (%s)", typed, c).contains(c.id());
      }
    }
  }

  @Test
  void eitherNameOfARenamedBodyFindsTheArticlesUnderBoth() {
    for (String typed :
        List.of(
            "Phòng Thương mại và Công nghiệp Việt Nam",
            "Liên đoàn Thương mại và Công nghiệp Việt Nam",
            "VCCI",
            "lien doan thuong mai va cong nghiep viet nam")) {
      TestServer.Reply r = server.get("/api/search", "party", typed, "size", "100");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(ids(r.json())).as("party=%s", typed).contains("vcci-2019", "vcci-2025");
    }
  }

  @Test
  void aProvinceOfLaosIsFoundUnderEverySpellingWithOrWithoutItsLevel() {
    foundBy("attapeu", "Át-tạ-pư", "tỉnh Attapu", "Attapeu", "tinh atapu");
    // a capital the party list gives with its level word, which no table names as a party
    foundBy("vientiane", "Viêng Chăn", "thủ đô Viêng Chăn", "Thủ đô Viêng Chăn");
    // a government abroad, which the party list names as written, found by its place too
    foundBy("gimje", "Chính quyền thành phố Gimje", "thành phố Gimje", "Gimje");
  }

  @Test
  void aSchoolIsFoundWithOrWithoutTruong() {
    foundBy("tay-nguyen", "Trường Đại học Tây Nguyên", "Đại học Tây Nguyên", "dai hoc tay nguyen");
  }

  @Test
  void aBodyTypedWithoutItsPlaceFindsThatBodyInEveryPlaceAndSaysWhere() {
    for (String typed : List.of("Công an tỉnh", "cong an", "Công an")) {
      TestServer.Reply r = server.get("/api/search", "party", typed, "size", "100");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(ids(r.json())).as("party=%s", typed).contains("thai-binh", "hai-duong");
      assertThat(r.json().path("warnings").toString())
          .as("party=%s", typed)
          .contains("name-at-places", "Công an tỉnh Thái Bình", "Công an tỉnh Hải Dương");
    }
    // the head as an article abbreviates it, and a department without "tỉnh"
    foundBy("hai-duong", "LĐLĐ tỉnh", "Liên đoàn lao động tỉnh");
    foundBy("thai-binh", "Sở Y tế");
    // a placed name is that one body
    TestServer.Reply one = server.get("/api/search", "party", "Công an tỉnh Thái Bình");
    assertThat(ids(one.json())).contains("thai-binh").doesNotContain("hai-duong");
    // "Bộ Y tế" is our ministry, not Laos's, and "Sở Y tế" is no ministry
    TestServer.Reply ministry = server.get("/api/search", "party", "Bộ Y tế Lào");
    assertThat(ids(ministry.json())).contains("lao-health");
    TestServer.Reply department = server.get("/api/search", "party", "Sở Y tế");
    assertThat(ids(department.json())).doesNotContain("lao-health");
    // the organisation filter reads the names as typed only
    TestServer.Reply org = server.get("/api/search", "org", "Công an tỉnh");
    assertThat(org.status()).isEqualTo(200);
    assertThat(org.json().path("warnings").toString()).doesNotContain("name-at-places");
  }

  @Test
  void aPlaceTypedFindsTheAgreementsItsGovernmentSignedAndSaysSo() {
    for (String typed : List.of("An Giang", "tỉnh An Giang", "tinh an giang")) {
      TestServer.Reply r = server.get("/api/search", "party", typed, "size", "100");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(ids(r.json())).as("party=%s", typed).contains("an-giang");
      assertThat(r.json().path("warnings").toString())
          .as("party=%s", typed)
          .contains("place-government", "Ủy ban nhân dân tỉnh An Giang");
    }
    // the place's police is no government: "Thái Bình" does not find its police's plan
    TestServer.Reply police = server.get("/api/search", "party", "Thái Bình", "size", "100");
    assertThat(ids(police.json())).doesNotContain("thai-binh");
  }

  /**
   * On the development set's articles, every party the extractor names with its place (a provincial
   * body, a district's court) is found by the name without its place, with or without its level
   * word.
   */
  @Test
  void everyPlacedPartyOfTheDevelopmentSetIsFoundWithoutItsPlace() {
    assertThat(placed).as("development-set parties named with their places").hasSizeGreaterThan(5);
    for (Placed c : placed) {
      for (String typed : List.of(c.first(), c.last())) {
        // with the party as extracted, which narrows the hits to a page
        TestServer.Reply r = server.get("/api/search", "party", typed, "party", c.party());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(ids(r.json())).as("party=%s (%s)", typed, c).contains(c.id());
      }
    }
  }

  /** Each name typed as the party filter finds the article {@code id}. */
  private static void foundBy(String id, String... typed) {
    for (String name : typed) {
      TestServer.Reply r = server.get("/api/search", "party", name, "size", "100");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(ids(r.json())).as("party=%s", name).contains(id);
    }
  }
}
