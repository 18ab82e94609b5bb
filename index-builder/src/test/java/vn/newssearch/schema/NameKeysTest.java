package vn.newssearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * A body named with its seat (branch ag-seats) is found by its name without the seat too: before
 * the seat was written in the name, a filter on "Đại sứ quán Hoa Kỳ" found the state's embassy.
 */
class NameKeysTest {
  @Test
  void aSeatedNameIsFoundWithAndWithoutItsSeat() {
    assertThat(NameKeys.of("Đại sứ quán Hoa Kỳ tại Việt Nam"))
        .containsExactly("dai su quan hoa ky tai viet nam", "dai su quan hoa ky");
    assertThat(NameKeys.of("Bộ LĐ-TB&XH")).containsExactly("bo ld tb xh");
  }

  @Test
  void theIndexHoldsBothKeysAndTheFacetTheWholeName() {
    // vietnews-train-035226: the embassy the article names "Đại sứ quán Nhật Bản tại Hà Nội"
    Article a =
        new Article(
            "vietnews-train-035226",
            null,
            null,
            "Đại sứ Nhật nêu cách nhận biết dấu hiệu bị lừa đảo với du học sinh Việt",
            "",
            "Đại sứ quán Nhật Bản tại Hà Nội khuyến cáo.",
            List.of(),
            null,
            null,
            null,
            List.of("Đại sứ quán Nhật Bản tại Việt Nam"),
            List.of("Đại sứ quán Nhật Bản tại Việt Nam"),
            List.of(),
            null);
    Document doc = ArticleDocuments.toDocument(a);
    for (String field : List.of(Fields.PARTY_FOLDED, Fields.ORG_FOLDED)) {
      assertThat(Arrays.stream(doc.getFields(field)).map(IndexableField::stringValue))
          .containsExactly("dai su quan nhat ban tai viet nam", "dai su quan nhat ban");
    }
  }
}
