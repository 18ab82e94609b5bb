package vn.newssearch.extract;

import java.net.URI;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.PageLines.Kind;
import vn.newssearch.extract.PageLines.Line;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ContentHash;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.source.SourceRecord;

/**
 * A scraped page's text → an {@link Article} with title, publication time, category, author, body
 * and captions (agreement fields are left empty for {@link AgreementExtractor}). Decisions follow
 * the page's structure (see {@link PageLayout}); site phrases live in {@link Boilerplate}'s data
 * file. Thread-safe: instances hold only immutable data.
 */
public final class PageExtractor {
  /** Id prefix for a page identified by its URL. */
  static final String URL_ID = "u-";

  /** Id prefix for a page identified by its folded title and publication date. */
  static final String PAGE_ID = "p-";

  private static final class Bundled {
    static final Boilerplate BOILERPLATE = Boilerplate.bundled();
  }

  private final LineRoles roles;
  private final Boilerplate boilerplate;
  private final Furniture furniture;
  private final FolderFurniture folders;

  /** With the bundled phrases ({@code boilerplate.txt}). */
  public PageExtractor() {
    this(Bundled.BOILERPLATE);
  }

  public PageExtractor(Boilerplate boilerplate) {
    this(boilerplate, Furniture.NONE, FolderFurniture.NONE);
  }

  private PageExtractor(Boilerplate boilerplate, Furniture furniture, FolderFurniture folders) {
    this.boilerplate = boilerplate;
    this.roles = new LineRoles(boilerplate);
    this.furniture = furniture;
    this.folders = folders;
  }

  /**
   * The same extractor for pages of one site whose repeated lines are known ({@link
   * Furniture#learn} on the site's pages): those lines are never the title or body.
   */
  public PageExtractor withFurniture(Furniture siteFurniture) {
    return new PageExtractor(boilerplate, siteFurniture, FolderFurniture.NONE);
  }

  /**
   * The same extractor for inputs laid out one site per folder: each page is read with the
   * furniture of its own folder ({@link FolderFurniture#learn} on the folders' text pages).
   */
  public PageExtractor withFurniture(FolderFurniture perFolder) {
    return new PageExtractor(boilerplate, Furniture.NONE, perFolder);
  }

  public Article extract(SourceRecord.PageText page) throws InvalidArticleException {
    return extract(page, Provenance.NONE);
  }

  /**
   * Extracts the article and reports to {@code why} each field's value, the line it came from
   * ("line 7", counting blank lines, 1-based) and the rule that chose it.
   */
  public Article extract(SourceRecord.PageText page, Provenance why)
      throws InvalidArticleException {
    Furniture site = folders == FolderFurniture.NONE ? furniture : folders.of(page.origin().file());
    List<Line> lines = PageLines.classify(page.text(), boilerplate, site);
    if (lines.isEmpty()) {
      throw new InvalidArticleException("empty page: no text");
    }
    PageLayout layout = PageLayout.of(lines, roles);
    if (layout == null) {
      throw new InvalidArticleException(
          "no title: no line of 4 or more words without a closing full stop");
    }
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    boolean afterCaption = false;
    for (int i : layout.content()) {
      Line l = lines.get(i);
      boolean caption =
          l.kind() == Kind.TEXT
              && (roles.isCaption(l.text()) || (afterCaption && isCreditAlone(l.text())));
      afterCaption = caption;
      if (caption) {
        captions.add(l.text());
      } else if (l.kind() == Kind.TEXT && StoryBoxes.isBareBoxTitle(lines, i, roles)) {
        continue; // another story's headline, in a box without a heading
      } else {
        body.add(l.text());
      }
    }
    if (body.isEmpty()) {
      throw new InvalidArticleException("no article text under the title");
    }
    String title = TitleLine.withoutPaperName(lines.get(layout.title()).text());
    OffsetDateTime published =
        layout.date() < 0 ? null : published(lines, layout.date(), layout.byline());
    String url = firstUrl(lines);
    String lead = layout.lead() < 0 ? null : Sapo.text(lines.get(layout.lead()).text());
    String source = host(url);
    if (source == null && layout.lead() >= 0) {
      source = SiteTag.name(lines.get(layout.lead()).text()); // "TTO - …" names the outlet
    }
    if (why != Provenance.NONE) {
      PageExplanation.report(why, lines, layout, body, captions, author(layout, lines));
    }
    return new Article(
        id(url, title, published),
        url,
        source,
        title,
        lead,
        String.join("\n", body),
        captions,
        published,
        layout.category() < 0 ? null : Categories.text(lines, layout.category()),
        author(layout, lines),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** From the URL when there is one, else from the folded title and the date: never the path. */
  static String id(String url, String title, OffsetDateTime published) {
    if (url != null) {
      return URL_ID + ContentHash.of(url);
    }
    String date = published == null ? "" : published.toLocalDate().toString();
    return PAGE_ID + ContentHash.of(VietnameseAnalysis.foldKey(title), date);
  }

  /**
   * The date line's time; a date line without a time takes the time printed alone on the line under
   * it ("Ngày cập nhật 13/12/2018" / "lúc 15:31": a portal's date line broken in two).
   */
  static OffsetDateTime published(List<Line> lines, int date) {
    return published(lines, date, -1);
  }

  /**
   * The same, and a date line without a time, over the title, takes the time a post's footer gives
   * under the text ("Đăng bởi Quang Huy vào lúc 14:44" under a blog's date header, "Thứ Tư, 10
   * tháng 10, 2018").
   */
  static OffsetDateTime published(List<Line> lines, int date, int byline) {
    Timestamps.Stamp stamp = lines.get(date).stamp();
    if (!stamp.hasTime() && date + 1 < lines.size()) {
      Line next = lines.get(date + 1);
      LocalTime time = next.kind() == Kind.TEXT ? Timestamps.timeAlone(next.text()) : null;
      if (time != null) {
        stamp = new Timestamps.Stamp(stamp.date(), time, stamp.offset());
      }
    }
    if (!stamp.hasTime() && byline > date) {
      LocalTime time = Bylines.postedTime(lines.get(byline).text());
      if (time != null) {
        stamp = new Timestamps.Stamp(stamp.date(), time, stamp.offset());
      }
    }
    return stamp.toVietnamTime();
  }

  /** The byline's author; on the date line, the name beside the date. */
  private String author(PageLayout layout, List<Line> lines) {
    if (layout.byline() < 0) {
      return null;
    }
    String t = lines.get(layout.byline()).text();
    return layout.byline() == layout.date() ? DateLines.author(t) : roles.author(t);
  }

  private static String firstUrl(List<Line> lines) {
    for (Line l : lines) {
      if (l.kind() == Kind.URL) {
        return TextShapes.namedUrl(l.text());
      }
    }
    return null;
  }

  /** "https://www.dantri.com.vn/x" → "dantri.com.vn", as the corpus writes sources. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Words of the name in a credit alone, at most ("Nguồn: Internet", "Ảnh: Vinh Xuân Đỗ"). */
  private static final int CREDIT_ALONE_WORDS = 4;

  /**
   * A photo's credit on a line of its own, a label and a colon then a short name with no closing
   * stop ("Nguồn: Internet", "Ảnh: Duy Linh"): right under a caption it is that caption's credit,
   * where under a paragraph it may close the text or be a byline.
   */
  private static boolean isCreditAlone(String line) {
    int colon = line.indexOf(':');
    if (colon < 2 || TextShapes.words(line.substring(0, colon)) != 1) {
      return false;
    }
    String name = line.substring(colon + 1).strip();
    return !name.isEmpty()
        && Character.isUpperCase(name.charAt(0))
        && TextShapes.words(name) <= CREDIT_ALONE_WORDS
        && !TextShapes.endsSentence(name);
  }
}
