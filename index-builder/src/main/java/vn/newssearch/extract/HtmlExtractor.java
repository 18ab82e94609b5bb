package vn.newssearch.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks;
import vn.newssearch.extract.html.Blocks.Block;
import vn.newssearch.extract.html.Captions;
import vn.newssearch.extract.html.Declared;
import vn.newssearch.extract.html.HtmlDecoder;
import vn.newssearch.extract.html.MainContent;
import vn.newssearch.extract.html.MarkupFurniture;
import vn.newssearch.extract.html.Text;
import vn.newssearch.model.Article;
import vn.newssearch.source.BadInputException;
import vn.newssearch.source.Problem;
import vn.newssearch.source.ProblemSink;
import vn.newssearch.source.SourceRecord;

/**
 * A saved web page → an {@link Article}. What the page declares comes first ({@link Declared}); the
 * body, captions and lead come from its structure ({@link MainContent}, {@link Captions}); a field
 * the page declares nowhere is taken from the text rules ({@link PageExtractor}) run on its visible
 * text, when they find the same title. A page that declares no article at all is read by the text
 * rules alone. Thread-safe.
 */
public final class HtmlExtractor {
  /** Pages without a tag in their first 64 KB are not HTML (a text page misnamed). */
  private static final int MARKUP_WINDOW = 1 << 16;

  private final PageExtractor pages;

  public HtmlExtractor(PageExtractor pages) {
    this.pages = pages;
  }

  public Article extract(SourceRecord.HtmlPage page, Provenance why)
      throws InvalidArticleException {
    return extract(page, problem -> {}, why);
  }

  /**
   * As {@link #extract(SourceRecord.HtmlPage, Provenance)}; a page that seems cut short (no closing
   * {@code </body>} or {@code </html>}) is read as far as it goes, with a warning.
   */
  public Article extract(SourceRecord.HtmlPage page, ProblemSink warnings, Provenance why)
      throws InvalidArticleException {
    HtmlDecoder.Decoded decoded;
    try {
      decoded = HtmlDecoder.decode(page.bytes(), page.charset());
    } catch (BadInputException e) {
      throw new InvalidArticleException(e.getMessage());
    }
    if (!hasMarkup(decoded.html())) {
      throw new InvalidArticleException(
          "not HTML: no tag in the first 64 KB (a text page should be named .txt)");
    }
    why.record("charset", decoded.charset(), decoded.from(), "BOM, then declaration, then bytes");
    if (!endsLikeAPage(decoded.html())) {
      warnings.report(
          Problem.warning(
              page.origin(),
              "the page ends without </body> or </html>: it may be cut short; read as far as it"
                  + " goes"));
    }
    Document doc = Jsoup.parse(decoded.html(), page.url() == null ? "" : page.url());
    Declared declared = Declared.read(doc);
    Set<Element> boxes = MarkupFurniture.labelledBoxes(doc);
    List<Block> blocks = Blocks.of(doc.body(), boxes);
    String url = url(declared, page, why);
    Set<Element> photoBoxes = Captions.photoBoxes(doc);
    HtmlTextRules text = new HtmlTextRules(pages, page, blocks, photoBoxes, doc.title());
    Article article =
        declared.declaresArticle()
            ? new HtmlArticle(declared, blocks, photoBoxes, text, why).article(url)
            : text.alone(url, declared, why);
    return plain(article);
  }

  /**
   * The last check that nothing shaped like a tag reaches the index: a page may show "&lt;b&gt;" as
   * text, and declared values come from attributes and scripts.
   */
  private static Article plain(Article a) {
    return new Article(
        a.id(),
        a.url(),
        a.source(),
        clean(a.title()),
        clean(a.lead()),
        clean(a.body()),
        a.captions().stream().map(HtmlExtractor::clean).toList(),
        a.published(),
        clean(a.category()),
        clean(a.author()),
        a.parties(),
        a.organisations(),
        a.signatories(),
        a.agreement());
  }

  private static String url(Declared declared, SourceRecord.HtmlPage page, Provenance why) {
    if (declared.url() != null) {
      why.record("url", declared.url().text(), declared.url().from(), "declared URL first");
      return declared.url().text();
    }
    if (page.url() != null) {
      why.record("url", page.url(), "WARC-Target-URI", "where the page was fetched from");
    }
    return page.url();
  }

  /** A saved page closes its body or document near its end; one cut short does not. */
  private static boolean endsLikeAPage(String html) {
    String tail = html.substring(Math.max(0, html.length() - 2048)).toLowerCase(Locale.ROOT);
    return tail.contains("</body") || tail.contains("</html");
  }

  private static boolean hasMarkup(String html) {
    int end = Math.min(html.length(), MARKUP_WINDOW);
    for (int i = html.indexOf('<'); i >= 0 && i < end - 1; i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if (Character.isLetter(c) || c == '!' || c == '/') {
        return true;
      }
    }
    return false;
  }

  /** Plain text for a field: never markup (line breaks kept, for the body). */
  static String clean(String s) {
    if (!Text.hasMarkup(s)) {
      return s;
    }
    return String.join("\n", s.lines().map(Text::plain).filter(l -> l != null).toList());
  }

  /**
   * A declared or breadcrumb category as the text rules write one: "THỜI SỰ" in capitals becomes
   * "Thời sự", as a capitals section line does.
   */
  static String category(String declared) {
    String c = clean(declared);
    return c != null && TextShapes.isAllCaps(c) ? TextShapes.sentenceCase(c) : c;
  }

  /** "div.detail-content > p": where a block sits, for --explain. */
  static String describe(Element el) {
    String self = short_(el);
    Element parent = el.parent();
    return parent == null || parent.nameIs("body") ? self : short_(parent) + " > " + self;
  }

  private static String short_(Element el) {
    if (!el.id().isEmpty()) {
      return el.normalName() + "#" + el.id();
    }
    String cls = el.className().strip();
    int space = cls.indexOf(' ');
    return cls.isEmpty()
        ? el.normalName()
        : el.normalName() + "." + (space < 0 ? cls : cls.substring(0, space));
  }
}
