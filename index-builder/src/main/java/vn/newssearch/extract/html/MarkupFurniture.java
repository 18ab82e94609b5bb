package vn.newssearch.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Site furniture in a page's markup, told by structure as readability and trafilatura do: the
 * elements HTML names for it ({@code nav}, {@code aside}, {@code footer}, a {@code header} without
 * the heading), class and id names of menus, share bars, comments, tags and related-story boxes,
 * and boxes that a "Tin liên quan" / "Đọc thêm" / "Xem thêm" label opens and that hold mostly
 * links. An element that holds the page's {@code h1} is never furniture.
 */
public final class MarkupFurniture {
  private MarkupFurniture() {}

  /** Always furniture, whatever else the class says. */
  private static final Pattern STRONG =
      Pattern.compile(
          "comment|binh-?luan|y-?kien|related|relate|lien-?quan|breadcrumb"
              + "|sidebar|side-bar|footer|banner|advert|quang-?cao|popup|modal|cookie|navbar|menu"
              + "|\\btags?\\b|tag-?list|keyword|tu-?khoa|most-?(read|view)|xem-?nhieu|doc-?nhieu"
              + "|trending|newsletter|subscribe|other-?news|tin-?khac|readmore|read-?more"
              + "|xem-?them|doc-?them|hotline");

  /** MarkupFurniture unless the name also says content ("article-toolbar" is not, "toolbar" is). */
  private static final Pattern WEAK =
      Pattern.compile(
          "\\bads?\\b|\\bad-|\\bqc\\b|rating|\\bvote|print|toolbar|pagination|pager|widget"
              + "|sponsor|promo|\\bnav\\b|header|masthead|copyright");

  /**
   * A share bar, unless the name also says it holds the byline or the date: sites put the author,
   * the time and the share buttons in one box ("author-share", "meta-social").
   */
  private static final Pattern SHARE = Pattern.compile("share|social|sharing");

  private static final Pattern BYLINE_OR_DATE =
      Pattern.compile("author|byline|tac-?gia|date|time|meta|info");

  private static final Pattern CONTENT =
      Pattern.compile("article|body|content|main|detail|noi-?dung|chi-?tiet|post|story|entry");

  /** Labels that open a related-stories, tags or comments box (compared lower case, no colon). */
  private static final Set<String> LABELS =
      Set.of(
          "tin liên quan",
          "bài liên quan",
          "bài viết liên quan",
          "tin tức liên quan",
          "tin cùng chuyên mục",
          "bài viết cùng chuyên mục",
          "bài cùng chuyên mục",
          "cùng chuyên mục",
          "tin cùng chủ đề",
          "cùng chủ đề",
          "tin khác",
          "tin mới",
          "tin mới nhất",
          "tin mới hơn",
          "tin cũ hơn",
          "đọc thêm",
          "xem thêm",
          "có thể bạn quan tâm",
          "bạn có thể quan tâm",
          "tin nổi bật",
          "đọc nhiều",
          "xem nhiều",
          "tin đọc nhiều",
          "tin xem nhiều",
          "từ khóa",
          "từ khoá",
          "tags",
          "tag");

  /** Share of the box's text, label aside, in links above which a labelled box is furniture. */
  private static final double LINK_BOX = 0.5;

  /** True for an element furniture by its tag, class or id. */
  public static boolean isFurniture(Element el) {
    String tag = el.normalName();
    switch (tag) {
      case "nav", "aside", "footer" -> {
        return el.selectFirst("h1") == null;
      }
      case "header" -> {
        return el.selectFirst("h1") == null;
      }
      default -> {}
    }
    String names = names(el);
    if (names.isEmpty()) {
      return false;
    }
    boolean furniture =
        STRONG.matcher(names).find()
            || SHARE.matcher(names).find() && !BYLINE_OR_DATE.matcher(names).find()
            || WEAK.matcher(names).find()
                && !CONTENT.matcher(names).find()
                && !isHeading(tag)
                && !wrapsHeading(el)
                && !holdsAriaHeading(el);
    return furniture && !holdsArticle(el);
  }

  /**
   * A weak-named box that holds an element ARIA names a heading ({@code <div class="subject"
   * role="heading">} with no link in it) is a post's header, not the site's: Moodle's forum post
   * ("<div class="row header">" over the subject and "bởi … - Thứ sáu, 01 Tháng mười hai 2017"),
   * and any page whose headings are styled boxes. A masthead's heading links home.
   */
  private static boolean holdsAriaHeading(Element el) {
    for (Element h : el.select("[role=heading]")) {
      if (h.selectFirst("a") == null && !h.text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A weak-named box that holds nothing but a heading without a link is the heading's wrapper
   * ("<div class="page-header">
   *
   * <h2 itemprop="headline">…</h2>
   *
   * </div>", a CMS's article page), not the site's header: the heading is what the box heads. A
   * masthead's heading links home.
   */
  private static boolean wrapsHeading(Element el) {
    Element h = el.selectFirst("h1, h2, h3");
    return h != null
        && h.selectFirst("a") == null
        && !h.text().isBlank()
        && h.text().strip().equals(el.text().strip());
  }

  /**
   * Whether a tag is a heading, {@code h1} to {@code h6}. A heading is what its class heads, not
   * where it stands: "header-title" names a portal's article heading ({@code <h3
   * class="header-title">}, no {@code h1} on the page), so the weak names (header, widget, toolbar)
   * do not make a heading furniture; a box's furniture heading goes with its box, and the strong
   * names (related, menu, comment) still hold.
   */
  public static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /** Class and id, lower case: what the name patterns look at. */
  public static String names(Element el) {
    String cls = el.className();
    String id = el.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /**
   * A wrapper whose class only happens to say "sidebar" or "menu" holds the page's heading or its
   * {@code main}; a sidebar never does (its teasers may well be {@code article} elements).
   */
  private static boolean holdsArticle(Element el) {
    return el.selectFirst("h1, main") != null;
  }

  /** True when the text is a related-box label ("Tin liên quan", "Xem thêm:"). */
  public static boolean isLabel(String text) {
    String t = text.strip();
    if (t.length() > 30) {
      return false;
    }
    while (!t.isEmpty() && (t.endsWith(":") || t.endsWith("»") || t.endsWith(">"))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return LABELS.contains(t.toLowerCase(Locale.ROOT));
  }

  /**
   * The boxes opened by a label: from the label up to the largest ancestor whose other text is
   * mostly links, plus a list right after it.
   */
  public static Set<Element> labelledBoxes(Document doc) {
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    // Each element's counts once: a page of a thousand labels must not recount its container.
    Map<Element, int[]> counts = new IdentityHashMap<>();
    doc.body()
        .traverse(
            (NodeVisitor)
                (node, depth) -> {
                  if (node instanceof TextNode t
                      && t.parent() instanceof Element parent
                      && (isLabel(t.getWholeText()) || isColonLabel(t.getWholeText()))) {
                    int length = t.getWholeText().strip().length();
                    Element box = box(parent, length, counts);
                    if (!isLabel(t.getWholeText())
                        && box == parent
                        && !mostlyLinks(parent, length, counts)) {
                      return; // "Ông A cho biết:" over a quote: a colon in the text, no box
                    }
                    boxes.add(box);
                    Element next = box.nextElementSibling();
                    if (next != null && (next.nameIs("ul") || next.nameIs("ol"))) {
                      boxes.add(next);
                    }
                    // Story items laid out as blocks: a linked title, maybe its summary.
                    for (int k = 0; next != null && k < MAX_ITEMS && isStoryItem(next); k++) {
                      boxes.add(next);
                      next = next.nextElementSibling();
                    }
                  }
                });
    return boxes;
  }

  /** An unlisted label ("Mời bạn đọc xem thêm:") is a few words closed by a colon. */
  private static final int COLON_LABEL_MAX_WORDS = 6;

  private static final int COLON_LABEL_MAX_CHARS = 40;

  /**
   * A label no list knows: a few words closed by a colon. It opens a box only when the rest of its
   * element, or of an element around it, is mostly links (readability drops such link boxes too); a
   * colon that introduces a quote or a list in the text has running text beside it.
   */
  private static boolean isColonLabel(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != ':') {
      return false; // every text node of the page comes here: most end otherwise
    }
    String t = text.strip();
    return t.length() <= COLON_LABEL_MAX_CHARS
        && t.endsWith(":")
        && t.length() > 1
        && Character.isLetter(t.charAt(0))
        && t.split(" ").length <= COLON_LABEL_MAX_WORDS;
  }

  private static boolean mostlyLinks(Element el, int labelLength, Map<Element, int[]> counts) {
    int[] chars = counts.computeIfAbsent(el, Text::chars);
    int other = chars[0] - labelLength;
    return other > 0 && (double) chars[1] / other >= LINK_BOX;
  }

  /** Story items after a label, at most. */
  private static final int MAX_ITEMS = 20;

  private static final int ITEM_MAX_CHARS = 300;
  private static final int ITEM_TITLE_MIN_CHARS = 20;

  /**
   * A block that opens with a link to another story (a title of 20+ characters) and holds at most a
   * short summary besides: one item of a related list laid out without {@code <ul>}.
   */
  private static boolean isStoryItem(Element el) {
    if (el.nameIs("ul") || el.nameIs("ol") || el.selectFirst("h1") != null) {
      return el.nameIs("ul") || el.nameIs("ol");
    }
    Element link = el.selectFirst("a[href]");
    if (link == null) {
      return false;
    }
    String title = link.text();
    String all = el.text();
    return title.length() >= ITEM_TITLE_MIN_CHARS
        && all.length() <= ITEM_MAX_CHARS
        && all.startsWith(title);
  }

  private static Element box(Element label, int labelLength, Map<Element, int[]> counts) {
    Element box = label;
    for (Element up = label.parent(); up != null; up = up.parent()) {
      if (up.nameIs("body") || up.nameIs("article") || up.nameIs("main") || holdsHeading(up)) {
        break;
      }
      int[] chars = counts.computeIfAbsent(up, Text::chars);
      int other = chars[0] - labelLength;
      if (other <= 0 || (double) chars[1] / other < LINK_BOX) {
        break;
      }
      box = up;
    }
    return box;
  }

  private static boolean holdsHeading(Element el) {
    return el.selectFirst("h1") != null;
  }
}
