package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * The extractor's cut of an article reuses the arrays and the text buffer of the thread's last
 * article ({@link Syllables#ofArticle}): what it reads must not depend on what came before.
 */
class ArticleCutTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static final String LONG =
      "Sáng 12/3, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội và Tổ chức Lao động Quốc tế (ILO)"
          + " đã ký kết biên bản ghi nhớ về hợp tác giai đoạn 2021 - 2025. Theo đó, hai bên sẽ phối"
          + " hợp trong đào tạo nghề, an toàn lao động và an sinh xã hội cho người lao động.";

  private static final String SHORT = "Công ty Điện lực Hà Nội ký hợp đồng với Tập đoàn Viettel.";

  @Test
  void shorterArticleCutAfterALongerOneReadsAsIfCutAlone() {
    cut(LONG);
    Syllables reused = cut(SHORT);
    Syllables alone = Syllables.of(SHORT + "\n", GAZETTEER.trie().vocabulary());
    assertThat(reused.size).isEqualTo(alone.size);
    for (int k = 0; k < alone.size; k++) {
      assertThat(reused.original(k)).isEqualTo(alone.original(k));
      assertThat(reused.id[k]).isEqualTo(alone.id[k]);
      assertThat(reused.flags[k]).isEqualTo(alone.flags[k]);
      assertThat(reused.sentence[k]).isEqualTo(alone.sentence[k]);
    }
    // past this article's end, the arrays and the text read as new ones: zero
    assertThat(Arrays.stream(reused.id, reused.size, reused.id.length).allMatch(v -> v == 0))
        .isTrue();
    for (int i = reused.length; i < reused.text.length; i++) {
      assertThat(reused.text[i]).isEqualTo('\0');
    }
  }

  @Test
  void enrichGivesTheSameArticleWhateverTheThreadReadBefore() throws InterruptedException {
    AgreementExtractor extractor = new AgreementExtractor(GAZETTEER);
    Article shortOne = article("ngan", SHORT);
    Article longOne = article("dai", LONG + " " + LONG);
    Article first = onNewThread(() -> extractor.enrich(shortOne));
    Article after =
        onNewThread(
            () -> {
              extractor.enrich(longOne);
              return extractor.enrich(shortOne);
            });
    assertThat(after).isEqualTo(first);
    assertThat(first.organisations()).isNotEmpty();
  }

  private static Syllables cut(String body) {
    String text = body + "\n";
    char[] buffer = Syllables.articleText(text.length());
    text.getChars(0, text.length(), buffer, 0);
    return Syllables.ofArticle(buffer, text.length(), GAZETTEER.trie().vocabulary());
  }

  private static Article article(String id, String body) {
    return new Article(
        id, "", "", "", "", body, List.of(), null, null, null, List.of(), List.of(), List.of(),
        null);
  }

  private static Article onNewThread(java.util.function.Supplier<Article> work)
      throws InterruptedException {
    AtomicReference<Article> out = new AtomicReference<>();
    Thread t = new Thread(() -> out.set(work.get()), "article-cut-test");
    t.start();
    t.join();
    return out.get();
  }
}
