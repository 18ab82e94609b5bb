package vn.newssearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.newssearch.model.Article;

/**
 * Aggregate behaviour over the real labour subset and the dated dantri articles (~5,700): checks
 * that hold for every article, written without the extractor's own machinery.
 */
class AgreementCorpusTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AgreementExtractor EXTRACTOR = new AgreementExtractor(GAZETTEER);
  private static final String MOLISA = "Bộ Lao động - Thương binh và Xã hội";
  private static final List<String> TRIGGERS =
      List.of(
          "ký kết",
          "ký phối hợp",
          "chương trình phối hợp",
          "quy chế phối hợp",
          "thỏa thuận hợp tác",
          "biên bản ghi nhớ");
  private static List<Article> raw;
  private static List<Article> enriched;

  @BeforeAll
  static void readCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("shared.dir", "../../shared"), "corpus");
    raw = new ArrayList<>();
    raw.addAll(CorpusArticles.read(corpus.resolve("vietnews-labour.jsonl.gz")));
    raw.addAll(CorpusArticles.read(corpus.resolve("dantri-unc.jsonl.gz")));
    enriched = raw.stream().map(EXTRACTOR::enrich).toList();
  }

  @Test
  void everyArticleWritingTheMinistryAbbreviationHasTheMinistry() {
    int n = 0;
    for (int i = 0; i < raw.size(); i++) {
      if (text(raw.get(i)).contains("Bộ LĐ-TB&XH")) {
        n++;
        assertThat(enriched.get(i).organisations()).as(raw.get(i).id()).contains(MOLISA);
      }
    }
    assertThat(n).isGreaterThan(10);
  }

  @Test
  void titlesWithATriggerAndTwoKnownBodiesYieldTwoParties() {
    int n = 0;
    for (int i = 0; i < raw.size(); i++) {
      String title = raw.get(i).title() == null ? "" : raw.get(i).title();
      String lower = title.toLowerCase(Locale.ROOT);
      if (TRIGGERS.stream().noneMatch(lower::contains)) {
        continue;
      }
      long bodies =
          GAZETTEER.canonicalNames().stream()
              .filter(c -> !GAZETTEER.provinces().containsKey(c))
              .filter(
                  c ->
                      title.contains(c)
                          || GAZETTEER.aliasesOf(c).stream()
                              .anyMatch(a -> a.length() > 4 && title.contains(a)))
              .count();
      if (bodies >= 2) {
        n++;
        assertThat(enriched.get(i).parties()).as(title).hasSizeGreaterThanOrEqualTo(2);
      }
    }
    assertThat(n).isPositive();
  }

  /** The verb "ký"/"kí" with a document, or a ceremony: what any signing is written with. */
  private static final java.util.regex.Pattern SIGNING =
      java.util.regex.Pattern.compile(
          "(lễ |buổi )?k[ýí] (kết|thỏa|hợp đồng|hiệp định|kế hoạch|quy chế|chương trình|nghị quyết"
              + "|biên bản|bản|mou|thỏa ước|phối hợp|hợp tác)");

  @Test
  void articlesWithoutAnyTriggerHaveNoPartiesAndNoAgreement() {
    int n = 0;
    for (int i = 0; i < raw.size(); i++) {
      String withCaptions = text(raw.get(i)) + "\n" + String.join("\n", raw.get(i).captions());
      String lower = withCaptions.toLowerCase(Locale.ROOT).replace("thoả", "thỏa");
      if (TRIGGERS.stream().noneMatch(lower::contains)
          && !lower.contains("bản ghi nhớ")
          && !SIGNING.matcher(lower).find()) {
        n++;
        assertThat(enriched.get(i).parties()).isEmpty();
        assertThat(enriched.get(i).agreement()).isNull();
      }
    }
    assertThat(n).isGreaterThan(raw.size() / 2);
  }

  @Test
  void partiesAreKnownOrWholeBodiesNeverPeopleNorGenericHeads() {
    int parties = 0;
    for (Article a : enriched) {
      List<String> people = a.signatories().stream().map(Article.Signatory::name).toList();
      for (String p : a.parties()) {
        parties++;
        assertThat(people).as(a.id()).doesNotContain(p);
        // a head spelled as a national body's name ("Đoàn Thanh niên Cộng sản Hồ Chí Minh") is
        // that body when no level follows it
        if (!GAZETTEER.canonicalNames().contains(p)) {
          assertThat(GAZETTEER.localHeads()).as(a.id()).doesNotContain(p);
        }
        assertThat(a.organisations()).as(a.id()).contains(p);
        boolean named =
            p.matches(
                "^(Công ty|Tổng công ty|Tập đoàn|Công đoàn|Ngân hàng|Trường"
                    + "|Hiệp hội|Quỹ|Học viện|Đại học) .+");
        // a signing province ("tỉnh Nghệ An", "Thành phố Hồ Chí Minh") or state ("Việt Nam")
        boolean place =
            p.startsWith("tỉnh ")
                || GAZETTEER.provinces().containsKey(p)
                || ClauseWords.INSTANCE.isState(p)
                || (p.startsWith("Chính phủ ")
                    && ClauseWords.INSTANCE.isState(p.substring("Chính phủ ".length())));
        // a company the clause names by its brand alone ("VPBank ký với ..."): written as one
        Syllables written = Syllables.of(p, Vocabulary.EMPTY);
        boolean brand = written.size > 0 && BrandNames.shaped(written, 0);
        if (!named && !place && !brand) {
          assertThat(GAZETTEER.resolve(p)).as(a.id() + ": " + p).contains(p);
        }
      }
    }
    assertThat(parties).isPositive();
  }

  @Test
  void everyProvincialBodyNamesItsProvinceAndResolvesToItself() {
    for (Article a : enriched) {
      for (String o : a.organisations()) {
        for (String head : GAZETTEER.localHeads()) {
          boolean foreign = GAZETTEER.countries().stream().anyMatch(c -> o.endsWith(" " + c));
          if (o.startsWith(head + " ") && !GAZETTEER.canonicalNames().contains(o) && !foreign) {
            // its province, or its district or town ("Công an huyện Mê Linh", "... thành phố Uông
            // Bí"), or its commune, ward or township ("Công an xã Quỳnh Thuận"); a head that names
            // the level takes the province's own name ("Tỉnh ủy Đắk Lắk", Province.bodyOf)
            String rest = o.substring(head.length() + 1);
            if (!GAZETTEER.provinces().containsKey(rest)) {
              assertThat(o)
                  .as(a.id())
                  .matches(".* (tỉnh|[tT]hành phố|huyện|quận|thị xã|xã|phường|thị trấn) .+");
            }
            assertThat(GAZETTEER.resolve(o)).as(a.id()).contains(o);
          }
        }
      }
    }
  }

  @Test
  void signingDatesAreNeverAfterPublicationByMoreThanAMonth() {
    int dated = 0;
    for (Article a : enriched) {
      if (a.agreement() != null && a.agreement().signedOn() != null && a.published() != null) {
        dated++;
        assertThat(a.agreement().signedOn())
            .isBeforeOrEqualTo(a.published().toLocalDate().plusDays(31));
      }
    }
    assertThat(dated).isPositive();
  }

  private static String text(Article a) {
    return a.title() + "\n" + a.lead() + "\n" + a.body();
  }
}
