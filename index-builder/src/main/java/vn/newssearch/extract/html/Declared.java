package vn.newssearch.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.newssearch.extract.Timestamps;

/**
 * What a page declares about its article, each value with where it was read: JSON-LD first, then
 * OpenGraph and {@code article:*} meta tags, {@code <meta name="author">}, {@code itemprop}
 * microdata, {@code <time datetime>}, the canonical link and the breadcrumb trail. Values are plain
 * text (entities decoded, markup dropped); a value that is not what its key promises (an author
 * that is a URL or the site's name, a date that does not parse) is passed over for the next one.
 */
public record Declared(
    Value title,
    Dated published,
    Value author,
    Value category,
    Value url,
    Value description,
    String siteName) {

  /** A declared value and where it came from ("JSON-LD NewsArticle.headline"). */
  public record Value(String text, String from) {}

  /** A declared publication time, its raw text and where it came from. */
  public record Dated(OffsetDateTime at, String raw, String from) {}

  /** True when the page declares its article (a JSON-LD article or an OpenGraph title). */
  public boolean declaresArticle() {
    return title != null;
  }

  public static Declared read(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      meta.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content"));
    }
    List<String> scripts = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      scripts.add(s.data());
    }
    String canonical = absolute(doc.selectFirst("link[rel=canonical][href]"));
    String original = capturedUrl(canonical);
    if (original != null) {
      // a capture's own declarations: its title, its capture time, its address
      return new Declared(
          null,
          null,
          null,
          null,
          new Value(original, "link[rel=canonical] (the capture's original)"),
          null,
          null);
    }
    if (siteRoot(meta.get("og:url"))) {
      // the template's OpenGraph for the home page: the portal's name and slogan, not the article's
      meta.remove("og:title");
      meta.remove("og:description");
      meta.remove("og:url");
    }
    JsonLd.Found ld = JsonLd.read(scripts);
    JsonNode a = ld.article();
    String siteName =
        first(
            Text.plain(meta.get("og:site_name")),
            a == null ? null : JsonLd.text(a.path("publisher").get("name")));

    Value title =
        firstValue(
            value(a == null ? null : JsonLd.text(a.get("headline")), "JSON-LD Article.headline"),
            value(
                withoutSite(Text.plain(meta.get("og:title")), siteName),
                "meta[property=og:title]"));
    Dated published = published(a, meta, doc);
    Value author =
        firstValue(
            author(
                a == null ? null : JsonLd.authors(a.get("author")),
                siteName,
                "JSON-LD Article.author"),
            author(Text.plain(meta.get("author")), siteName, "meta[name=author]"),
            author(
                Text.plain(meta.get("article:author")), siteName, "meta[property=article:author]"),
            author(itemprop(doc, "author"), siteName, "[itemprop=author]"));
    Value section =
        firstValue(
            value(
                a == null ? null : JsonLd.text(a.get("articleSection")),
                "JSON-LD Article.articleSection"),
            value(Text.plain(meta.get("article:section")), "meta[property=article:section]"));
    Value trail =
        firstValue(
            value(lastCrumb(ld.crumbs(), title), "JSON-LD BreadcrumbList"),
            value(
                lastCrumb(pageNamed(breadcrumb(doc), doc.title()), title),
                "breadcrumb element (last link)"),
            value(
                lastCrumb(pageNamed(trailOverHeading(doc), doc.title()), title),
                "links over the h1 (last link)"),
            value(namedSection(doc), "an element named as the category, over the h1"),
            value(sectionOverHeading(doc, siteName), "a section link over the h1"));
    Value category = firstValue(deeper(section, trail, ld.crumbs(), doc), section, trail);
    Value url =
        firstValue(
            value(absolute(doc.selectFirst("link[rel=canonical][href]")), "link[rel=canonical]"),
            value(http(meta.get("og:url")), "meta[property=og:url]"),
            value(a == null ? null : http(JsonLd.text(a.get("url"))), "JSON-LD Article.url"));
    Value description =
        firstValue(
            value(Text.plain(meta.get("og:description")), "meta[property=og:description]"),
            value(Text.plain(meta.get("description")), "meta[name=description]"),
            value(
                a == null ? null : JsonLd.text(a.get("description")),
                "JSON-LD Article.description"));
    return new Declared(title, published, author, category, url, description, siteName);
  }

  /** A site's root: "https://vusta.vn/", "http://example.gov.vn", no path nor query. */
  private static final Pattern ROOT = Pattern.compile("^https?://[^/?#]+/?$");

  /**
   * True when the page's {@code og:url} is its site's root: a portal whose template prints the home
   * page's OpenGraph on every page ({@code og:title} the portal's name, {@code og:description} its
   * slogan), so none of the three is the article's.
   */
  public static boolean siteRoot(String ogUrl) {
    return ogUrl != null && ROOT.matcher(ogUrl.strip()).matches();
  }

  /** A URL inside another's path: "https://archive.ph/2016.02.18-171641/http://…". */
  private static final Pattern CAPTURED = Pattern.compile("^https?://[^/]+/.*?(https?://.+)$");

  /**
   * The original's URL when the page's own address is a capture's, a web archive that keeps the
   * original's URL in its path ("https://archive.ph/2016.02.18-171641/http://congdoandongnai…",
   * "https://web.archive.org/web/20160218171641/http://…"); null otherwise. What such a page
   * declares (its {@code og:title}, its {@code article:published_time}) is the capture's: the time
   * it was saved, not the article's.
   */
  public static String capturedUrl(String canonical) {
    if (canonical == null || canonical.indexOf("://", 8) < 0) {
      return null;
    }
    var m = CAPTURED.matcher(canonical);
    return m.matches() ? m.group(1) : null;
  }

  private static Dated published(JsonNode a, Map<String, String> meta, Document doc) {
    List<String[]> candidates = new ArrayList<>();
    if (a != null) {
      candidates.add(
          new String[] {JsonLd.text(a.get("datePublished")), "JSON-LD Article.datePublished"});
    }
    candidates.add(
        new String[] {meta.get("article:published_time"), "meta[property=article:published_time]"});
    candidates.add(new String[] {meta.get("datepublished"), "meta[itemprop=datePublished]"});
    Element item = doc.selectFirst("[itemprop=datePublished]");
    if (item != null) {
      // the microformats' abbr pattern of Blogger's post footer: the machine-readable time is the
      // abbr's title ("2018-10-10T14:44:00+07:00"), its text the hour alone ("14:44")
      String raw =
          item.hasAttr("datetime")
              ? item.attr("datetime")
              : item.hasAttr("content") || !item.nameIs("abbr")
                  ? item.attr("content")
                  : item.attr("title");
      candidates.add(new String[] {raw.isEmpty() ? item.text() : raw, "[itemprop=datePublished]"});
    }
    candidates.add(new String[] {meta.get("pubdate"), "meta[name=pubdate]"});
    candidates.add(new String[] {meta.get("dc.date.issued"), "meta[name=DC.date.issued]"});
    // The first few only: a page of thousands of dated teasers must not be walked for each.
    for (Element time : doc.select("time[datetime]").stream().limit(20).toList()) {
      if (!inFurniture(time)) {
        candidates.add(
            new String[] {time.attr("datetime"), "<time datetime> (first outside furniture)"});
        break;
      }
    }
    String tooltip = ageTooltip(doc);
    if (tooltip != null) {
      candidates.add(new String[] {tooltip, "[title] of a relative age (its tooltip)"});
    }
    for (String[] c : candidates) {
      if (c[0] == null || c[0].isBlank()) {
        continue;
      }
      OffsetDateTime at = Timestamps.parse(c[0]);
      if (at != null) {
        return new Dated(at, c[0].strip(), c[1]);
      }
    }
    return null;
  }

  /** A relative age as a reader or a feed prints it: "2y", "5h", "3 ngày trước", "2 giờ trước". */
  private static final Pattern AGE =
      Pattern.compile(
          "\\d{1,3} ?(?:[smhdwy]|mo|min|phút trước|giờ trước|ngày trước|tuần trước|tháng trước"
              + "|năm trước)",
          Pattern.UNICODE_CASE);

  /**
   * The first line of the tooltip of an element that prints only a relative age ({@code <span
   * title="Published: Thu, 01 Oct 2020 08:42:00 GMT&#10;Received: …">2y</span>}): a reader or a
   * feed gives the time only there; null when no such element holds a timestamp.
   */
  private static String ageTooltip(Document doc) {
    for (Element el : doc.select("[title]").stream().limit(40).toList()) {
      String title = el.attr("title").strip();
      int nl = title.indexOf('\n');
      String first = nl < 0 ? title : title.substring(0, nl).strip();
      if (AGE.matcher(el.text().strip()).matches()
          && Timestamps.parse(first) != null
          && !inFurniture(el)) {
        return first;
      }
    }
    return null;
  }

  private static boolean inFurniture(Element el) {
    for (Element up = el; up != null; up = up.parent()) {
      if (MarkupFurniture.isFurniture(up)) {
        return true;
      }
    }
    return false;
  }

  private static String itemprop(Document doc, String prop) {
    Element el = doc.selectFirst("[itemprop=" + prop + "]");
    if (el == null || el.nameIs("meta")) {
      return null;
    }
    Element name = el.selectFirst("[itemprop=name]");
    return Text.plain(name != null ? name.text() : el.text());
  }

  /**
   * A title without the site name sites append to {@code og:title}: after a {@code " | "}, or after
   * a dash when it is the {@code og:site_name}.
   */
  static String withoutSite(String title, String siteName) {
    if (title == null) {
      return null;
    }
    int bar = title.lastIndexOf(" | ");
    if (bar > 0 && title.substring(bar + 3).split(" ").length <= 4) {
      return title.substring(0, bar).strip();
    }
    if (siteName != null) {
      for (String dash : new String[] {" - ", " – ", " — "}) {
        String tail = dash + siteName;
        if (title.length() > tail.length()
            && title.regionMatches(true, title.length() - tail.length(), tail, 0, tail.length())) {
          return title.substring(0, title.length() - tail.length()).strip();
        }
      }
    }
    return title;
  }

  /** An author value, unless it is really a URL, a site or a source ("Theo VnExpress"). */
  private static Value author(String name, String siteName, String from) {
    if (name == null || name.length() > 80) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("http")
        || lower.contains("www.")
        || lower.matches(".*\\.(vn|com|net|org)\\b.*")) {
      return null;
    }
    if (siteName != null && lower.equals(siteName.toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (lower.startsWith("theo ") || lower.startsWith("báo ") || lower.startsWith("tạp chí ")) {
      return null;
    }
    return new Value(name, from);
  }

  /**
   * A headline's length at least, in words: a section's name is shorter ("Lao động - Việc làm").
   */
  private static final int HEADLINE_WORDS = 6;

  /**
   * The trail without its last crumb when that crumb is the page's own name, a headline the {@code
   * <title>} also holds: Moodle's "Trang chủ / Tin tức của trang / Doanh nghiệp thắng kiện nhưng
   * UBND xã không chịu trả nợ" under "ULSA E-learning: Tin tức của trang: Doanh nghiệp …", where
   * the forum before it is the section. A section's name is too short to be taken for one.
   */
  static List<String> pageNamed(List<String> crumbs, String docTitle) {
    if (crumbs.size() < 2 || docTitle == null) {
      return crumbs;
    }
    String last = crumbs.get(crumbs.size() - 1).strip();
    if (last.split("\\s+").length >= HEADLINE_WORDS
        && docTitle.toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT))) {
      return crumbs.subList(0, crumbs.size() - 1);
    }
    return crumbs;
  }

  /** The last crumb that is not the article itself nor the home page. */
  private static String lastCrumb(List<String> crumbs, Value title) {
    for (int i = crumbs.size() - 1; i >= 0; i--) {
      String c = crumbs.get(i);
      if (title != null && c.equalsIgnoreCase(title.text())) {
        continue;
      }
      return isHome(c) ? null : c;
    }
    return null;
  }

  /**
   * The trail's last crumb when the declared section is an earlier crumb of the same trail: the
   * metadata names the section ("Đô thị"), the trail goes on to the subsection the article is filed
   * under ("Đô thị › Quy hoạch"), as the page shows it; else null.
   */
  private static Value deeper(Value section, Value trail, List<String> ldCrumbs, Document doc) {
    if (section == null || trail == null || section.text().equalsIgnoreCase(trail.text())) {
      return null;
    }
    List<String> crumbs =
        trail.from().startsWith("JSON-LD")
            ? ldCrumbs
            : trail.from().startsWith("breadcrumb") ? breadcrumb(doc) : trailOverHeading(doc);
    for (String c : crumbs) {
      if (c.equalsIgnoreCase(section.text())) {
        return new Value(trail.text(), trail.from() + ", under the declared section");
      }
    }
    return null;
  }

  private static List<String> breadcrumb(Document doc) {
    Element trail =
        doc.selectFirst(
            "[class*=breadcrumb], [id*=breadcrumb], [itemtype*=BreadcrumbList],"
                + " nav[aria-label*=breadcrumb]");
    if (trail == null) {
      return List.of();
    }
    List<String> crumbs = new ArrayList<>();
    for (Element link : trail.select("a")) {
      String t = Text.plain(link.text());
      if (t != null) {
        crumbs.add(t);
      }
    }
    return crumbs;
  }

  /** A class or id that names the section: "cate", "print-cate", "category", "chuyen-muc". */
  private static final Pattern SECTION_NAME =
      Pattern.compile("(?:^|[-_ ])(?:cate|category|chuyen-?muc)(?:$|[-_ ])");

  private static final int SECTION_MAX_CHARS = 40;

  /**
   * The section a page prints over its heading in an element its class names as the category (a
   * print view's {@code <div class="print-cate">Kinh doanh</div>} in its header), when no trail is
   * declared: the first such element before the {@code h1}, outside lists and navigation, whose
   * whole text is one short label; else null.
   */
  private static String namedSection(Document doc) {
    if (doc.body() == null || doc.body().selectFirst("h1") == null) {
      return null;
    }
    for (Element e : doc.body().select("h1, [class*=cate], [class*=chuyen], [id*=cate]")) {
      if (e.nameIs("h1")) {
        break; // select() keeps document order: the rest is under the heading
      }
      String t = Text.plain(e.text());
      if (SECTION_NAME.matcher(e.className() + " " + e.id()).find()
          && t != null
          && t.length() <= SECTION_MAX_CHARS
          && t.split(" ").length <= CRUMB_MAX_WORDS
          && t.chars().noneMatch(Character::isDigit)
          && e.select("li, p, div, a ~ a").stream().allMatch(inner -> inner == e)
          && e.closest("nav, ul, ol, footer, aside") == null) {
        return t;
      }
    }
    return null;
  }

  /** A trail over the heading: section and subsection, at most home, section, subsection, one. */
  private static final int TRAIL_MAX_LINKS = 4;

  private static final int CRUMB_MAX_WORDS = 6;

  /**
   * A breadcrumb no class names: among the two elements right before the page's {@code h1}, one
   * whose text is 2 to {@link #TRAIL_MAX_LINKS} short links and nothing else but separators ("Xã
   * hội", "Lao động - Việc làm" over the heading).
   */
  private static List<String> trailOverHeading(Document doc) {
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    Element e = h1 == null ? null : h1.previousElementSibling();
    for (int k = 0; k < 2 && e != null; k++, e = e.previousElementSibling()) {
      List<String> crumbs = linksOnly(e);
      if (crumbs != null) {
        return crumbs;
      }
    }
    return List.of();
  }

  /**
   * A section printed as one link over the heading and no trail ({@code <a class="cate">Du
   * lịch</a>} then the {@code h1}): among the two elements right before the page's {@code h1}, one
   * that is a single link and nothing else, shaped as a section label (a capital first, at most
   * {@link #CRUMB_MAX_WORDS} words, no digit, no sentence end), neither the home page nor the
   * paper's name; else null.
   */
  static String sectionOverHeading(Document doc, String siteName) {
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    Element e = h1 == null ? null : h1.previousElementSibling();
    for (int k = 0; k < 2 && e != null; k++, e = e.previousElementSibling()) {
      List<Element> links = e.select("a");
      if (links.size() != 1) {
        continue;
      }
      String t = Text.plain(links.get(0).text());
      String all = Text.plain(e.text());
      if (t == null || !t.equals(all)) {
        continue;
      }
      return isSectionShaped(t) && !isHome(t) && !isPaperName(t, siteName) ? t : null;
    }
    return null;
  }

  private static boolean isSectionShaped(String t) {
    if (t.split(" ").length > CRUMB_MAX_WORDS || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == '.' || c == '!' || c == '?' || c == ':') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPaperName(String t, String siteName) {
    String lower = t.toLowerCase(Locale.ROOT);
    return (siteName != null && t.equalsIgnoreCase(siteName))
        || lower.startsWith("báo ")
        || lower.startsWith("tạp chí ");
  }

  /** The element's link texts when it holds 2 to 4 short links and no other words; else null. */
  private static List<String> linksOnly(Element e) {
    List<Element> links = e.select("a");
    if (links.size() < 2 || links.size() > TRAIL_MAX_LINKS) {
      return null;
    }
    List<String> crumbs = new ArrayList<>();
    String rest = e.text();
    for (Element link : links) {
      String t = Text.plain(link.text());
      if (t == null || t.split(" ").length > CRUMB_MAX_WORDS) {
        return null;
      }
      crumbs.add(t);
      rest = rest.replace(link.text(), "");
    }
    for (int i = 0; i < rest.length(); i++) {
      if (Character.isLetterOrDigit(rest.charAt(i))) {
        return null;
      }
    }
    return crumbs;
  }

  private static boolean isHome(String crumb) {
    String c = crumb.toLowerCase(Locale.ROOT);
    return c.equals("trang chủ") || c.equals("home") || c.equals("trang nhất");
  }

  private static String absolute(Element link) {
    if (link == null) {
      return null;
    }
    String abs = link.absUrl("href");
    return http(abs.isEmpty() ? link.attr("href") : abs);
  }

  private static String http(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    return u.startsWith("http://") || u.startsWith("https://") ? u : null;
  }

  private static Value value(String text, String from) {
    return text == null ? null : new Value(text, from);
  }

  private static Value firstValue(Value... values) {
    for (Value v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
