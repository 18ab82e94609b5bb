package vn.newssearch.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.newssearch.model.ArticleJson;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.server.SearchServer;
import vn.newssearch.server.TestIndexes;

/**
 * The journalists' page in Debian's headless Chromium against the real server over the bundled
 * sample: a search typed without diacritics, a party picked from the autocomplete with the
 * keyboard, a date range, the histogram, the chips, the CSV export and the article view.
 */
@DisabledIfEnvironmentVariable(
    named = "VNNEWS_SKIP_BROWSER",
    matches = "1",
    disabledReason = "VNNEWS_SKIP_BROWSER=1: browser test skipped on request")
@EnabledIf(
    value = "browserInstalled",
    disabledReason =
        "needs /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and"
            + " chromium-driver); bin/install-browser installs them, bin/test runs it first")
class SearchPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir static Path tmp;
  private static SearchServer.Running server;
  private static ChromeDriver driver;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The condition of {@link EnabledIf}: Debian's chromium and chromium-driver are installed. */
  static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeAll
  static void startServerAndBrowser() throws IOException {
    Path index = TestIndexes.sample();
    server = SearchServer.start("--index", index.toString(), "--port", "0");
    base = "http://127.0.0.1:" + server.port();
    driver = BrowserFactory.headlessChromium(CHROMIUM, CHROMEDRIVER, tmp);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void journalistSearchesPicksPartyAndDateExportsCsvAndReadsArticle() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(base + "/");
    waitForSearch();

    // 1. Typed without diacritics; the debounced search lands in the URL.
    type(By.id("q"), "lao dong");
    waitUntil(() -> query("q").equals("lao dong") && searchDone());
    JsonNode unfiltered = api("/api/search?q=lao+dong&size=1");
    assertThat(totalShown()).isEqualTo(unfiltered.get("total").asLong()).isPositive();
    assertThat(firstMarks()).as("snippets mark the words").isNotEmpty();
    screenshot("screenshot.png"); // the README's picture: copied to docs/ by hand

    // 2. Party from the autocomplete, with the keyboard only: the top party of this search.
    String party = unfiltered.at("/facets/parties/0/value").asText();
    assertThat(party).as("the sample has parties for 'lao dong'").isNotEmpty();
    WebElement partyInput = driver.findElement(By.id("party-input"));
    partyInput.sendKeys(foldedPrefix(party));
    waitUntil(() -> "true".equals(partyInput.getDomAttribute("aria-expanded")));
    int index = optionIndex(party);
    for (int i = 0; i <= index; i++) {
      partyInput.sendKeys(Keys.ARROW_DOWN);
    }
    String activeId = partyInput.getDomAttribute("aria-activedescendant");
    assertThat(driver.findElement(By.id(activeId)).getText()).startsWith(party);
    partyInput.sendKeys(Keys.ENTER);
    waitUntil(() -> queryAll("party").equals(List.of(party)) && searchDone());
    assertThat(partyInput.getDomAttribute("aria-expanded")).isEqualTo("false");
    JsonNode withParty = api("/api/search?q=lao+dong&party=" + enc(party) + "&size=1");
    assertThat(totalShown()).isEqualTo(withParty.get("total").asLong()).isPositive();
    for (WebElement hit : driver.findElements(By.cssSelector("#hits .hit"))) {
      assertThat(texts(hit, ".chips .chip")).as("every hit has the party chip").contains(party);
    }

    // 3. The histogram: one bar per month of the months facet; a click narrows to that month.
    List<WebElement> bars = driver.findElements(By.cssSelector("#histogram .bar"));
    JsonNode months = withParty.at("/facets/months");
    assertThat(months.size()).as("dated hits for the party").isPositive();
    long facetSum = 0;
    for (JsonNode m : months) {
      facetSum += m.get("count").asLong();
    }
    long barSum =
        bars.stream().mapToLong(b -> Long.parseLong(b.getDomAttribute("data-count"))).sum();
    assertThat(barSum).isEqualTo(facetSum);
    WebElement busiest =
        bars.stream()
            .max(Comparator.comparingLong(b -> Long.parseLong(b.getDomAttribute("data-count"))))
            .orElseThrow();
    YearMonth month = YearMonth.parse(busiest.getDomAttribute("data-month"));
    long monthCount = Long.parseLong(busiest.getDomAttribute("data-count"));
    busiest.click();
    waitUntil(() -> query("from").equals(month.atDay(1).toString()) && searchDone());
    assertThat(query("to")).isEqualTo(month.atEndOfMonth().toString());
    assertThat(totalShown()).isEqualTo(monthCount);

    // 4. A date range typed into the date inputs.
    LocalDate from = month.atDay(1);
    LocalDate to = month.atDay(Math.min(20, month.lengthOfMonth()));
    setDate("from", from);
    setDate("to", to);
    waitUntil(() -> query("to").equals(to.toString()) && searchDone());
    assertThat(query("from")).isEqualTo(from.toString());
    JsonNode ranged =
        api(
            "/api/search?q=lao+dong&party="
                + enc(party)
                + "&from="
                + from
                + "&to="
                + to
                + "&size=100");
    long total = ranged.get("total").asLong();
    assertThat(totalShown()).isEqualTo(total);
    List<WebElement> hits = driver.findElements(By.cssSelector("#hits .hit"));
    assertThat(hits).hasSize((int) Math.min(total, 10));
    for (WebElement hit : hits) {
      LocalDate shown = viDate(hit.findElement(By.cssSelector(".date")).getText());
      assertThat(shown).isBetween(from, to);
    }
    if (total > 0) {
      // Typed together, the words are marked together where the article has them so.
      assertThat(firstMarks()).allSatisfy(m -> assertThat(fold(m)).isIn("lao dong", "lao", "dong"));
    }

    // 5. Back and forward through the URL state: the month click is one step back.
    driver.navigate().back();
    waitUntil(() -> query("to").equals(month.atEndOfMonth().toString()) && searchDone());
    assertThat(driver.findElement(By.id("to")).getDomProperty("value"))
        .isEqualTo(month.atEndOfMonth().toString());
    driver.navigate().forward();
    waitUntil(() -> query("to").equals(to.toString()) && searchDone());

    // 6. CSV export of the whole current search, read from the file Chromium downloaded.
    driver.findElement(By.id("export")).click();
    Path csvFile = downloaded(".csv");
    assertThat(csvFile.getFileName().toString()).startsWith("vnnews-lao-dong-");
    byte[] bytes = Files.readAllBytes(csvFile);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // UTF-8 BOM, so Excel reads Vietnamese right
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<List<String>> rows = Csv.parse(csv);
    assertThat(rows.getFirst()).containsExactly("title", "date", "url", "source", "parties");
    assertThat(rows).hasSize((int) total + 1);
    List<List<String>> apiRows = new ArrayList<>();
    ranged
        .get("hits")
        .forEach(h -> apiRows.add(List.of(h.path("title").asText(""), h.path("url").asText(""))));
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSize(5);
      assertThat(LocalDate.parse(row.get(1))).isBetween(from, to);
      assertThat(row.get(4).split("; ")).contains(party);
    }
    if (total <= 100) {
      // Same hits as the API (title and url; an undated fixture has no url: an empty cell).
      assertThat(rows.subList(1, rows.size()).stream().map(r -> List.of(r.get(0), r.get(2))))
          .containsExactlyInAnyOrderElementsOf(apiRows);
    }

    // 7. The article view: the query's words marked over accented text, and the extracted fields.
    WebElement first = driver.findElement(By.cssSelector("#hits .hit-title"));
    String id = query(URI.create(first.getDomAttribute("href")), "article");
    first.click();
    waitUntil(() -> driver.findElement(By.id("article")).isDisplayed() && hasArticleTitle());
    assertThat(query("article")).isEqualTo(id);
    JsonNode article = api("/api/articles/" + enc(id));
    assertThat(driver.findElement(By.id("article-title")).getText())
        .isEqualTo(article.get("title").asText());
    List<String> marks = texts(driver.findElement(By.id("article")), ".article-text mark");
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(fold(m)).isIn("lao", "dong"));
    assertThat(marks).as("accented words matched unaccented").anyMatch(m -> !m.equals(fold(m)));
    assertThat(field("parties")).contains(party);
    if (article.hasNonNull("author")) {
      assertThat(field("author")).isEqualTo(article.get("author").asText());
    }
    JsonNode agreement = article.path("agreement");
    if (agreement.hasNonNull("signedOn")) {
      assertThat(viDate(field("signedOn")))
          .isEqualTo(LocalDate.parse(agreement.get("signedOn").asText()));
    }
    if (agreement.hasNonNull("place")) {
      assertThat(field("place")).isEqualTo(agreement.get("place").asText());
    }
    List<WebElement> original = driver.findElements(By.cssSelector("#article a.original"));
    if (article.hasNonNull("url")) {
      assertThat(original)
          .singleElement()
          .satisfies(
              a -> assertThat(a.getDomAttribute("href")).isEqualTo(article.get("url").asText()));
    } else {
      assertThat(original).as("no link without a url").isEmpty();
    }
    driver.navigate().back();
    waitUntil(() -> !driver.findElement(By.id("article")).isDisplayed());
    assertThat(driver.findElement(By.id("results")).isDisplayed()).isTrue();
  }

  @Test
  void sharedLinkOpensWithTheSearchRunAndPhoneWidthFits() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(base + "/?q=lao%20dong&sort=newest");
    waitForSearch();
    assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("lao dong");
    assertThat(driver.findElement(By.id("sort")).getDomProperty("value")).isEqualTo("newest");
    assertThat(driver.findElements(By.cssSelector("#hits .hit"))).isNotEmpty();
    // Typed without diacritics: the page says how it read the query and links to it as typed.
    WebElement interpreted = driver.findElement(By.id("interpreted"));
    assertThat(interpreted.getText()).contains("Kết quả cho: lao động");
    interpreted.findElement(By.tagName("a")).click();
    waitUntil(() -> query("literal").equals("true") && searchDone());
    assertThat(driver.findElement(By.id("interpreted")).isDisplayed()).isFalse();
    driver.navigate().back();
    waitUntil(() -> query("literal").isEmpty() && searchDone());
    Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).longValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);

    // Paging keeps the search and records the page in the URL; back returns to page 1.
    List<String> page1 = texts(driver.findElement(By.id("hits")), ".hit-title");
    driver.findElement(By.id("next")).click();
    waitUntil(() -> query("page").equals("2") && searchDone());
    assertThat(query("q")).isEqualTo("lao dong");
    List<String> page2 = texts(driver.findElement(By.id("hits")), ".hit-title");
    assertThat(page2).isNotEmpty().doesNotContainAnyElementsOf(page1);
    driver.navigate().back();
    waitUntil(() -> query("page").isEmpty() && searchDone());
    assertThat(texts(driver.findElement(By.id("hits")), ".hit-title")).isEqualTo(page1);
  }

  @Test
  void apiErrorsAndEmptyResultsAreExplained() {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(base + "/?q=lao%20dong&from=2020-13-45");
    waitUntil(() -> driver.findElement(By.id("error")).isDisplayed());
    assertThat(driver.findElement(By.id("error")).getText())
        .contains("Giá trị “từ ngày” không hợp lệ")
        .contains("from");

    driver.get(base + "/?q=xqzwvk&category=business");
    waitForSearch();
    WebElement empty = driver.findElement(By.id("empty"));
    assertThat(empty.isDisplayed()).isTrue();
    assertThat(empty.getText()).contains("Không tìm thấy").contains("bỏ bớt bộ lọc");
    empty.findElement(By.cssSelector("button")).click();
    waitUntil(() -> query("category").isEmpty() && searchDone());

    // The server's warnings in Vietnamese: a body typed without its place, and an unknown party
    driver.get(base + "/?party=" + enc("Liên đoàn lao động tỉnh"));
    waitForSearch();
    WebElement warnings = driver.findElement(By.id("warnings"));
    assertThat(warnings.isDisplayed()).isTrue();
    assertThat(warnings.getText())
        .contains("“Liên đoàn lao động tỉnh” không ghi nơi nào")
        .contains("Liên đoàn Lao động tỉnh Long An");
    assertThat(driver.findElements(By.cssSelector("#hits .hit"))).isNotEmpty();
    driver.get(base + "/?party=" + enc("Không có tên này"));
    waitForSearch();
    assertThat(driver.findElement(By.id("warnings")).getText())
        .contains("Không biết tên “Không có tên này”");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static void waitForSearch() {
    waitUntil(SearchPageBrowserTest::searchDone);
  }

  /** The page marks the body once a search has rendered and nothing is in flight. */
  private static boolean searchDone() {
    return Boolean.TRUE.equals(
        js(
            "return !!document.body.dataset.searchState"
                + " && !document.body.classList.contains('loading')"));
  }

  private static boolean hasArticleTitle() {
    return !driver.findElements(By.id("article-title")).isEmpty();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static void type(By by, String text) {
    WebElement e = driver.findElement(by);
    e.clear();
    e.sendKeys(text);
  }

  /**
   * Types a date as a user would. The field order of a date input follows the browser's UI locale
   * (en-US when Debian's chromium-l10n is absent), so it is read from Intl, not assumed.
   */
  private static void setDate(String id, LocalDate date) {
    WebElement input = driver.findElement(By.id(id));
    String order =
        (String)
            js(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date())"
                    + ".filter(p => p.type !== 'literal').map(p => p.type[0]).join('')");
    StringBuilder keys = new StringBuilder();
    for (char part : order.toCharArray()) {
      keys.append(
          switch (part) {
            case 'd' -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case 'm' -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            default -> String.format(Locale.ROOT, "%04d", date.getYear());
          });
    }
    input.sendKeys(keys);
    try {
      waitUntil(() -> date.toString().equals(input.getDomProperty("value")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "date input #" + id + " holds '" + input.getDomProperty("value") + "', not " + date, e);
    }
  }

  private static Path downloaded(String suffix) throws IOException {
    Path dir = tmp.resolve("downloads");
    try {
      waitUntil(() -> listing(dir).stream().anyMatch(p -> p.toString().endsWith(suffix)));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no " + suffix + " file downloaded into " + dir, e);
    }
    return listing(dir).stream()
        .filter(p -> p.toString().endsWith(suffix))
        .findFirst()
        .orElseThrow();
  }

  private static List<Path> listing(Path dir) {
    try (var files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long totalShown() {
    String text = driver.findElement(By.id("total")).getText();
    return Long.parseLong(text.replaceAll("^\\D*([\\d.]+).*$", "$1").replace(".", ""));
  }

  private static List<String> firstMarks() {
    return texts(driver.findElement(By.id("hits")), ".snippet mark");
  }

  private static List<String> texts(WebElement root, String css) {
    return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static String field(String name) {
    return driver.findElement(By.cssSelector("#article dd[data-field='" + name + "']")).getText();
  }

  private static int optionIndex(String party) {
    waitUntil(() -> !driver.findElements(By.cssSelector("#party-listbox [role=option]")).isEmpty());
    List<String> names = texts(driver.findElement(By.id("party-listbox")), ".opt-name");
    assertThat(names).as("autocomplete offers " + party).contains(party);
    return names.indexOf(party);
  }

  /** The first word of a party's name without diacritics: what a hurried journalist types. */
  private static String foldedPrefix(String party) {
    String folded = fold(party);
    int cut = folded.indexOf(' ', 3);
    return cut > 0 ? folded.substring(0, cut + 3).trim() : folded;
  }

  private static String fold(String s) {
    return VietnameseAnalysis.foldKey(s);
  }

  private static LocalDate viDate(String ddMMyyyy) {
    String[] p = ddMMyyyy.trim().split("/");
    return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
  }

  private static String query(String name) {
    return query(URI.create(driver.getCurrentUrl()), name);
  }

  private static String query(URI uri, String name) {
    List<String> all = queryAll(uri, name);
    return all.isEmpty() ? "" : all.getFirst();
  }

  private static List<String> queryAll(String name) {
    return queryAll(URI.create(driver.getCurrentUrl()), name);
  }

  private static List<String> queryAll(URI uri, String name) {
    List<String> out = new ArrayList<>();
    if (uri.getRawQuery() == null) {
      return out;
    }
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      if (URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name)) {
        out.add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> res =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(res.statusCode()).as(pathAndQuery).isEqualTo(200);
    return ArticleJson.MAPPER.readTree(res.body());
  }

  /** A 1280×900 viewport picture in target/, the size the README shows. */
  private static void screenshot(String name) throws IOException {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    try {
      Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}
