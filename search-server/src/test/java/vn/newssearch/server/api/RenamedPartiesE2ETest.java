package vn.newssearch.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newssearch.server.TestServer.ids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.newssearch.index.ArticleIndexer;
import vn.newssearch.index.BuildOptions;
import vn.newssearch.server.SearchServer;
import vn.newssearch.server.TestServer;

/**
 * A body renamed in 2025 (the gazetteer's renamed.tsv) is one party for the filter: the chamber of
 * commerce signs as "Phòng Thương mại và Công nghiệp Việt Nam" in 2019 and as "Liên đoàn Thương mại
 * và Công nghiệp Việt Nam" in 2025, and either name, or "VCCI", finds both articles. Written
 * articles in the shape of the news (probe p11-043), indexed by the real pipeline.
 */
class RenamedPartiesE2ETest {
  @TempDir static Path tmp;
  private static SearchServer.Running running;
  private static TestServer server;

  private static final String ARTICLES =
      """
      {"id": "vcci-2019", "published": "2019-10-11", "title": "Gia Lai và VCCI ký chương trình hợp\
       tác", "body": "UBND tỉnh Gia Lai và Phòng Thương mại và Công nghiệp Việt Nam (VCCI) đã ký\
       kết chương trình hợp tác hỗ trợ doanh nghiệp giai đoạn 2019-2024."}
      {"id": "vcci-2025", "published": "2025-10-11", "title": "Gia Lai và VCCI ký chương trình hợp\
       tác", "body": "UBND tỉnh Gia Lai và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) đã\
       ký kết chương trình hợp tác hỗ trợ doanh nghiệp giai đoạn 2025-2030."}
      """;

  @BeforeAll
  static void indexBothYears() throws Exception {
    Path articles = tmp.resolve("renamed.jsonl");
    Files.writeString(articles, ARTICLES, StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Files.createDirectories(index);
    ArticleIndexer.build(index, List.of(articles), BuildOptions.defaults().withThreads(1));
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
  void eitherNameOfARenamedBodyFindsTheArticlesUnderBoth() {
    for (String typed :
        List.of(
            "Phòng Thương mại và Công nghiệp Việt Nam",
            "Liên đoàn Thương mại và Công nghiệp Việt Nam",
            "VCCI",
            "lien doan thuong mai va cong nghiep viet nam")) {
      TestServer.Reply r = server.get("/api/search", "party", typed, "size", "10");
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(ids(r.json()))
          .as("party=%s", typed)
          .containsExactlyInAnyOrder("vcci-2019", "vcci-2025");
    }
  }
}
