package vn.newssearch.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.source.BadInputException;
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
    Document doc = Jsoup.parse(decoded.html(), page.url() == null ? "" : page.url());
    Declared declared = Declared.read(doc);
    Set<Element> boxes = MarkupFurniture.labelledBoxes(doc);
    List<Block> blocks = Blocks.of(doc.body(), boxes);
    String url = url(declared, page, why);
    Set<Element> photoBoxes = Captions.photoBoxes(doc);
    TextRules text = new TextRules(page, blocks, photoBoxes);
    Article article =
        declared.declaresArticle()
            ? new Assembly(declared, blocks, photoBoxes, text, why).article(url)
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

  /** The text rules on the page's visible text: for a page without metadata, and for gaps. */
  private final class TextRules {
    private final SourceRecord.HtmlPage page;
    private final List<Block> blocks;
    private final Set<Element> photoBoxes;
    private Article article;
    private boolean tried;

    TextRules(SourceRecord.HtmlPage page, List<Block> blocks, Set<Element> photoBoxes) {
      this.page = page;
      this.blocks = blocks;
      this.photoBoxes = photoBoxes;
    }

    /** The text rules' article, or null when they find none. */
    Article article() {
      if (!tried) {
        tried = true;
        try {
          article = pages.extract(new SourceRecord.PageText(page.origin(), lines()));
        } catch (InvalidArticleException e) {
          article = null;
        }
      }
      return article;
    }

    /**
     * The visible text, a block a line, as a scraper saving the page as text would keep it, but
     * without the captions the markup marks: those are known to be captions.
     */
    String lines() {
      StringBuilder lines = new StringBuilder();
      for (Block b : blocks) {
        if (!Captions.is(b, photoBoxes)) {
          lines.append(b.text()).append('\n');
        }
      }
      return lines.toString();
    }

    /** The captions the markup marks, in page order. */
    List<String> markedCaptions(Provenance why) {
      List<String> captions = new ArrayList<>();
      for (Block b : blocks) {
        if (Captions.is(b, photoBoxes)) {
          captions.add(b.text());
          why.record("captions", b.text(), describe(b.owner()), "caption element or photo box");
        }
      }
      return captions;
    }

    /** The text rules' article when they read the same title as the page declares, else null. */
    Article agreeing(String title) {
      Article a = article();
      if (a == null
          || !VietnameseAnalysis.foldKey(a.title()).equals(VietnameseAnalysis.foldKey(title))) {
        return null;
      }
      return a;
    }

    /**
     * The text rules' article, with what the markup states for sure put first: a declared date or
     * author, the breadcrumb's category, a byline element, a block named as the sapo.
     */
    Article alone(String url, Declared declared, Provenance why) throws InvalidArticleException {
      // Their line numbers count the visible text's lines, a block a line.
      Provenance visible =
          (field, value, from, rule) ->
              why.record(field, value, "visible text, " + from, rule + " (no declared article)");
      Article a = pages.extract(new SourceRecord.PageText(page.origin(), lines()), visible);
      OffsetDateTime published = a.published();
      if (declared.published() != null) {
        published = declared.published().at();
        why.record(
            "published", declared.published().raw(), declared.published().from(), "declared");
      }
      String category = a.category();
      if (declared.category() != null) {
        category = declared.category().text();
        why.record("category", category, declared.category().from(), "declared or breadcrumb");
      }
      String author = a.author();
      String byline = declared.author() != null ? declared.author().text() : bylineElement(why);
      if (byline != null) {
        author = byline;
      }
      String lead = a.lead();
      if (lead != null) {
        why.record("lead", lead, "visible text", "text rules: the sapo (a site tag cut off)");
      }
      List<String> body = new ArrayList<>(a.body().lines().toList());
      if (lead == null && !body.isEmpty()) {
        Block marked = Lead.marked(blocks, indexOf(body.get(0)) + 2);
        if (marked != null) {
          lead = Sapo.text(marked.text());
          why.record("lead", lead, describe(marked.owner()), "an element named as the sapo");
          if (body.size() > 1 && body.get(0).equals(marked.text())) {
            body.remove(0);
          }
        }
      }
      List<String> captions = markedCaptions(why);
      captions.addAll(a.captions());
      String finalUrl = url != null ? url : a.url();
      return new Article(
          PageExtractor.id(finalUrl, a.title(), published),
          finalUrl,
          finalUrl != null ? PageExtractor.host(finalUrl) : a.source(),
          a.title(),
          lead,
          String.join("\n", body),
          captions,
          published,
          category,
          author,
          List.of(),
          List.of(),
          List.of(),
          null);
    }

    private String bylineElement(Provenance why) {
      for (Block b : blocks) {
        String name = Byline.name(b);
        if (name != null) {
          why.record("author", name, describe(b.owner()), "element named as the byline");
          return name;
        }
      }
      return null;
    }

    private int indexOf(String text) {
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i).text().equals(text)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** What separates a title from the site name appended to it. */
  private static final java.util.regex.Pattern SUFFIX =
      java.util.regex.Pattern.compile("\\s*[-–—|:·»]\\s");

  /** A page that declares its article: metadata, then structure, then the text rules for gaps. */
  private static final class Assembly {
    private final Declared declared;
    private final List<Block> blocks;
    private final Set<Element> photoBoxes;
    private final TextRules text;
    private final Provenance why;

    Assembly(
        Declared declared,
        List<Block> blocks,
        Set<Element> photoBoxes,
        TextRules text,
        Provenance why) {
      this.declared = declared;
      this.blocks = blocks;
      this.photoBoxes = photoBoxes;
      this.text = text;
      this.why = why;
    }

    Article article(String url) throws InvalidArticleException {
      String title = clean(declared.title().text());
      String heading = heading(title);
      if (heading != null) {
        title = heading;
        why.record(
            "title",
            title,
            "h1, the start of " + declared.title().from(),
            "declared title without the site's suffix, as the page's heading has it");
      } else {
        why.record("title", title, declared.title().from(), "declared metadata first");
      }
      MainContent.Selection selection = MainContent.select(blocks);
      Lead lead = Lead.find(blocks, selection.blocks(), declared.description(), why);
      List<String> body = new ArrayList<>();
      List<String> captions = new ArrayList<>();
      Block byline = null;
      String foldedTitle = VietnameseAnalysis.foldKey(title);
      for (Block b : selection.blocks()) {
        if (b == lead.block()
            || b.owner().nameIs("h1")
            || Byline.name(b) != null
            || MarkupFurniture.isLabel(b.text())
            || Timestamps.parseLine(b.text()) != null
            || VietnameseAnalysis.foldKey(b.text()).equals(foldedTitle)) {
          continue;
        }
        if (Captions.is(b, photoBoxes)) {
          captions.add(clean(b.text()));
          why.record("captions", b.text(), describe(b.owner()), "caption element or photo box");
        } else if (b.linkDensity() <= 0.5) {
          body.add(clean(b.text()));
          byline = b;
        }
      }
      String author = author(body, byline);
      if (body.isEmpty()) {
        throw new InvalidArticleException("no article text under the title");
      }
      why.record(
          "body",
          String.join("\n", body),
          selection.top() == null ? "page" : describe(selection.top()),
          "highest text score, link density discounted (readability)");
      Article rules = null;
      OffsetDateTime published = null;
      if (declared.published() != null) {
        published = declared.published().at();
        why.record(
            "published", declared.published().raw(), declared.published().from(), "declared");
      } else if ((rules = text.agreeing(title)) != null && rules.published() != null) {
        published = rules.published();
        why.record("published", published.toString(), "visible text", "text rules, same title");
      }
      String category = null;
      if (declared.category() != null) {
        category = clean(declared.category().text());
        why.record("category", category, declared.category().from(), "declared");
      } else if ((rules = text.agreeing(title)) != null && rules.category() != null) {
        category = rules.category();
        why.record("category", category, "visible text", "text rules, same title");
      }
      if (author == null && (rules = text.agreeing(title)) != null && rules.author() != null) {
        author = rules.author();
        why.record("author", author, "visible text", "text rules, same title");
      }
      String source = url != null ? PageExtractor.host(url) : lead.tag();
      return new Article(
          PageExtractor.id(url, title, published),
          url,
          source,
          title,
          clean(lead.text()),
          String.join("\n", body),
          captions,
          published,
          category,
          clean(author),
          List.of(),
          List.of(),
          List.of(),
          null);
    }

    /**
     * The page's {@code h1} when the declared title is it plus a suffix (" - Tuổi Trẻ Online"):
     * sites append their name to {@code og:title} in more ways than one rule can list.
     */
    private String heading(String declaredTitle) {
      for (Block b : blocks) {
        if (b.owner().nameIs("h1")) {
          String h = b.text();
          if (declaredTitle.length() > h.length() + 2
              && declaredTitle.startsWith(h)
              && SUFFIX.matcher(declaredTitle.substring(h.length())).lookingAt()) {
            return h;
          }
        }
      }
      return null;
    }

    /**
     * The declared author; else a byline element (class {@code author}, {@code byline}...); else a
     * name-shaped last paragraph. A name-shaped last paragraph is a byline and leaves the body.
     */
    private String author(List<String> body, Block last) {
      String lastLine = body.isEmpty() ? null : body.get(body.size() - 1);
      String byline = lastLine == null ? null : Bylines.author(lastLine);
      if (lastLine != null && body.size() > 1 && Bylines.isByline(lastLine)) {
        body.remove(body.size() - 1); // "Theo TTXVN" too: a source, not the article's text
      }
      if (declared.author() != null) {
        // Read as a byline when it is one: "HOÀNG ANH" → "Hoàng Anh", "Tin, ảnh: X" → "X".
        String raw = declared.author().text();
        String name = Bylines.author(raw);
        String author = name != null ? name : raw;
        why.record("author", author, declared.author().from(), "declared");
        return author;
      }
      String element = text.bylineElement(why);
      if (element != null) {
        return element;
      }
      if (byline != null && last != null) {
        why.record("author", byline, describe(last.owner()), "name-shaped last paragraph");
      }
      return byline;
    }
  }

  /** The sapo: a block the site marks as such, else a first paragraph with a site tag. */
  record Lead(Block block, String text, String tag) {
    static final java.util.regex.Pattern NAMES =
        java.util.regex.Pattern.compile(
            "sapo|\\blead|summary|chapeau|description|\\bdesc\\b|intro|excerpt|tom-?tat|abstract");

    static Lead find(
        List<Block> all, List<Block> content, Declared.Value description, Provenance why) {
      int first = content.isEmpty() ? all.size() : all.indexOf(content.get(0));
      Block named = marked(all, first + 2);
      if (named != null) {
        return of(named, describe(named.owner()), "an element named as the sapo", why);
      }
      if (content.isEmpty()) {
        return new Lead(null, null, null);
      }
      Block b = content.get(0);
      if (SiteTag.end(b.text()) > 0) {
        return of(b, describe(b.owner()), "first paragraph opened by a site tag", why);
      }
      if (description != null && startsAlike(b.text(), description.text())) {
        return of(b, describe(b.owner()), "first paragraph, as " + description.from(), why);
      }
      if (content.size() > 2 && isBoldSapo(b)) {
        return of(b, describe(b.owner()), "first paragraph, all in bold: the sapo", why);
      }
      return new Lead(null, null, null);
    }

    /**
     * A first paragraph set entirely in bold (or as a subheading) and written as a sentence of 15
     * words or more: how many sites lay out the sapo without naming it. A short bold line is a
     * subheading, not a sapo.
     */
    private static boolean isBoldSapo(Block b) {
      String t = b.text();
      if (t.split(" ").length < 15 || !TextShapes.endsSentence(t)) {
        return false;
      }
      Element owner = b.owner();
      if (owner.nameIs("h2") || owner.nameIs("h3")) {
        return true;
      }
      int bold = 0;
      for (Element e : owner.select("strong, b")) {
        if (e.parent() == null || !e.parent().nameIs("strong") && !e.parent().nameIs("b")) {
          bold += e.text().length();
        }
      }
      return bold >= t.length() * 0.9;
    }

    private static Lead of(Block b, String from, String rule, Provenance why) {
      String tag = SiteTag.name(b.text());
      String text = Sapo.text(b.text());
      why.record("lead", text, from, tag == null ? rule : rule + "; site tag \"" + tag + "\" cut");
      return new Lead(b, text, tag);
    }

    /** The first block up to {@code limit} in an element named as the sapo, or null. */
    static Block marked(List<Block> all, int limit) {
      for (int i = 0; i < all.size() && i <= limit; i++) {
        Block b = all.get(i);
        if (b.chars() >= 20 && b.linkDensity() < 0.5 && marked(b.owner())) {
          return b;
        }
      }
      return null;
    }

    private static boolean marked(Element el) {
      Element up = el;
      for (int level = 0; level < 3 && up != null; level++, up = up.parent()) {
        String names = MarkupFurniture.names(up);
        if (!names.isEmpty() && NAMES.matcher(names).find() && !names.contains("caption")) {
          return true;
        }
      }
      return false;
    }

    private static boolean startsAlike(String paragraph, String description) {
      String p = VietnameseAnalysis.foldKey(Sapo.text(paragraph));
      String d = VietnameseAnalysis.foldKey(Sapo.text(description));
      int n = Math.min(40, Math.min(p.length(), d.length()));
      return n >= 20 && p.regionMatches(0, d, 0, n);
    }
  }

  /** A byline element: a short text in an element named {@code author}, {@code byline}... */
  static final class Byline {
    private static final java.util.regex.Pattern NAMES =
        java.util.regex.Pattern.compile("author|byline|tac-?gia|writer|\\bsign");

    /** The author's name when the block is a byline element, else null. */
    static String name(Block b) {
      if (b.chars() > Bylines.MAX_LINE || !named(b.owner())) {
        return null;
      }
      String t = b.text();
      if (t.regionMatches(true, 0, "Tác giả:", 0, 8)) {
        t = t.substring(8).strip();
      }
      return Bylines.author(t);
    }

    private static boolean named(Element el) {
      Element up = el;
      for (int level = 0; level < 2 && up != null; level++, up = up.parent()) {
        String names = MarkupFurniture.names(up);
        if (!names.isEmpty() && NAMES.matcher(names).find()) {
          return true;
        }
      }
      return false;
    }
  }

  /** Plain text for a field: never markup (line breaks kept, for the body). */
  private static String clean(String s) {
    if (!Text.hasMarkup(s)) {
      return s;
    }
    return String.join("\n", s.lines().map(Text::plain).filter(l -> l != null).toList());
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
