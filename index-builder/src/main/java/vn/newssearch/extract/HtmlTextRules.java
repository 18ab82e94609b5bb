package vn.newssearch.extract;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks.Block;
import vn.newssearch.extract.html.Captions;
import vn.newssearch.extract.html.Declared;
import vn.newssearch.model.Article;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.source.SourceRecord;

/**
 * The text rules ({@link PageExtractor}) on a saved page's visible text, one block a line: the
 * whole reading of a page that declares no article, and the gaps of one that does.
 */
final class HtmlTextRules {
  private final PageExtractor pages;
  private final SourceRecord.HtmlPage page;
  private final List<Block> blocks;
  private final Set<Element> photoBoxes;
  private final String headline;

  /** The document's {@code <title>}, stripped. */
  private final String documentTitle;

  private Article article;
  private boolean tried;

  /**
   * {@code documentTitle} is the page's {@code <title>}: its head, without the site's name, marks
   * where the heading ends when the heading shares a block with the next line.
   */
  HtmlTextRules(
      PageExtractor pages,
      SourceRecord.HtmlPage page,
      List<Block> blocks,
      Set<Element> photoBoxes,
      String documentTitle) {
    this.pages = pages;
    this.page = page;
    this.blocks = blocks;
    this.photoBoxes = photoBoxes;
    this.headline = headOf(documentTitle);
    this.documentTitle = documentTitle == null ? "" : documentTitle.strip();
  }

  /** Words a document title's head must have to be a headline, as in readability. */
  private static final int HEADLINE_MIN_WORDS = 4;

  /**
   * The document title without the site's name after its last separator ("Headline - Báo X",
   * "Headline | X"), as readability reads it, or null when no head of 4+ words is left.
   */
  static String headOf(String documentTitle) {
    if (documentTitle == null) {
      return null;
    }
    String t = PageLines.trim(documentTitle);
    int cut = -1;
    for (String sep : new String[] {" - ", " | ", " – ", " — ", " :: ", " » "}) {
      cut = Math.max(cut, t.lastIndexOf(sep));
    }
    String head = cut > 0 ? t.substring(0, cut).strip() : null;
    return head != null && TextShapes.words(head) >= HEADLINE_MIN_WORDS ? head : null;
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
        String trail = linkedTrail(b);
        lines.append(trail != null ? trail : splitAfterHeadline(b.text())).append('\n');
      }
    }
    return lines.toString();
  }

  /** A trail's links, at most: home, section, subsection, as a bar breadcrumb has them. */
  private static final int TRAIL_LINKS = 4;

  /**
   * A block of nothing but two to {@link #TRAIL_LINKS} links, the first to the home page ({@code
   * <a>Trang chủ</a><a>Tin tức - Sự kiện</a><a>Chăm lo đời sống</a>}), as a trail: its items joined
   * by {@code ›}; or null. A capture that keeps the page's markup but not its style sheet
   * (archive.today, a reader, a saved page) loses the separators a style sheet draws between the
   * crumbs, and the items run together as one line of words.
   */
  static String linkedTrail(Block b) {
    List<Element> links = b.owner().children();
    if (links.size() < 2 || links.size() > TRAIL_LINKS || !MenuShapes.isHome(links.get(0).text())) {
      return null;
    }
    List<String> items = new ArrayList<>();
    int chars = 0;
    for (Element a : links) {
      String item = PageLines.trim(a.text());
      if (!a.nameIs("a") || item.isEmpty()) {
        return null;
      }
      items.add(item);
      chars += item.length();
    }
    // nothing but the links: their text is the block's, but for the spaces between them
    return chars + items.size() - 1 == PageLines.trim(b.text()).length()
        ? String.join(" › ", items)
        : null;
  }

  /**
   * A heading laid out inline with the line after it (two {@code <span>}s in one cell: the title,
   * then "Cập nhật: 27-04-2021 21:16:00") makes one block; the document title's head says where the
   * heading ends, and the rest goes on its own line, as the page shows it.
   */
  private String splitAfterHeadline(String text) {
    if (headline == null
        || text.length() <= headline.length() + 2
        || text.charAt(headline.length()) != ' '
        || !text.startsWith(headline)
        || !Character.isLetterOrDigit(text.charAt(headline.length() + 1))) {
      return text; // "Headline - Hà Đông": the heading goes on past the document title's cut
    }
    return headline + '\n' + text.substring(headline.length() + 1).strip();
  }

  /**
   * The declared author read as a byline when it is one ("THÙY LINH" → "Thùy Linh"), as on a page
   * that declares its article: sites mark the byline they print in capitals as the author.
   */
  private static String declaredAuthor(Declared declared, Provenance why) {
    String raw = declared.author().text();
    String name = Bylines.author(raw);
    String author = name != null ? name : raw;
    why.record("author", author, declared.author().from(), "declared");
    return author;
  }

  /** A sapo's length at least, in words: a shorter first line is no lead. */
  private static final int SAPO_WORDS = 15;

  /**
   * Whether the page's description is its first paragraph whole (whatever its typography), not a
   * summary nor the paragraph's first words cut at a length: the site's sapo, printed in the body
   * with no mark of its own (a bold-italic first paragraph).
   */
  private static boolean repeatsWhole(String description, String paragraph) {
    return TextShapes.words(paragraph) >= SAPO_WORDS
        && TextShapes.endsSentence(paragraph)
        && sameTitle(description, paragraph);
  }

  /** The captions the markup marks, in page order. */
  List<String> markedCaptions(Provenance why) {
    List<String> captions = new ArrayList<>();
    for (Block b : blocks) {
      if (Captions.is(b, photoBoxes)) {
        captions.add(b.text());
        why.record(
            "captions",
            b.text(),
            HtmlExtractor.describe(b.owner()),
            "caption element or photo box");
      }
    }
    return captions;
  }

  /** The text rules' article when they read the same title as the page declares, else null. */
  Article agreeing(String title) {
    Article a = article();
    return a != null && sameTitle(a.title(), title) ? a : null;
  }

  /**
   * The same title, whatever its case, marks, quotes and spacing: a heading and its og:title often
   * differ in typography only ("…" against "...", curly against straight quotes).
   */
  static boolean sameTitle(String a, String b) {
    return lettersAndDigits(VietnameseAnalysis.foldKey(a))
        .equals(lettersAndDigits(VietnameseAnalysis.foldKey(b)));
  }

  private static String lettersAndDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * A page that declares only the day ({@code <meta name="DC.date.issued" content="2019-02-21">})
   * and prints its date line with the time ("Ngày 21-02-2019, 18:38"): the date line, on the same
   * day and with a time, gives the article's time; the declared day alone would read as midnight.
   */
  static boolean addsTimeOfDay(Declared.Dated declared, OffsetDateTime seen) {
    String raw = declared.raw();
    return seen != null
        && raw.length() <= 10
        && raw.indexOf(':') < 0
        && declared.at().toLocalTime().equals(LocalTime.MIDNIGHT)
        && seen.toLocalDate().equals(declared.at().toLocalDate())
        && !seen.toLocalTime().equals(LocalTime.MIDNIGHT);
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
    if (declared.published() != null && addsTimeOfDay(declared.published(), published)) {
      why.record(
          "published",
          published.toString(),
          "visible text",
          "the declared day (" + declared.published().from() + ") with the date line's time");
    } else if (declared.published() != null) {
      published = declared.published().at();
      why.record("published", declared.published().raw(), declared.published().from(), "declared");
    } else if (published == null && Timestamps.isIssueLine(documentTitle)) {
      // an e-paper viewer's <title>, "Báo in Kon Tum - Số 6130 - Thứ Năm, 01/10/2020": the issue
      published = Timestamps.parse(documentTitle);
      why.record("published", documentTitle, "<title>", "the printed issue's line, nothing else");
    }
    String category = a.category();
    if (declared.category() != null) {
      category = HtmlExtractor.category(declared.category().text());
      why.record("category", category, declared.category().from(), "declared or breadcrumb");
    }
    String author = a.author();
    String byline = declared.author() != null ? declaredAuthor(declared, why) : bylineElement(why);
    if (byline != null) {
      author = byline;
    }
    String lead = a.lead();
    List<String> body = new ArrayList<>(a.body().lines().toList());
    if (lead == null && !body.isEmpty()) {
      Block marked = HtmlLead.marked(blocks, indexOf(body.get(0)) + 2);
      if (marked != null) {
        lead = Sapo.text(marked.text());
        why.record(
            "lead", lead, HtmlExtractor.describe(marked.owner()), "an element named as the sapo");
        if (body.size() > 1 && body.get(0).equals(marked.text())) {
          body.remove(0);
        }
      }
    }
    if (lead == null
        && body.size() > 2
        && declared.description() != null
        && repeatsWhole(declared.description().text(), body.get(0))) {
      lead = Sapo.text(body.remove(0));
      why.record(
          "lead", lead, declared.description().from(), "first paragraph, repeated whole by it");
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

  /** The first byline element's name, or null. */
  String bylineElement(Provenance why) {
    for (Block b : blocks) {
      String name = HtmlByline.name(b);
      if (name != null) {
        why.record(
            "author", name, HtmlExtractor.describe(b.owner()), "element named as the byline");
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
