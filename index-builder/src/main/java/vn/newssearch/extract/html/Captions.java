package vn.newssearch.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.newssearch.extract.html.Blocks.Block;

/**
 * Photo captions: text in a {@code figcaption}, in an element whose class names a caption ({@code
 * caption}, {@code PhotoCMS_Caption}, {@code image_desc}, {@code chu-thich}...), or a short text
 * beside an image in the same {@code figure} or {@code table}, the two ways sites lay out a photo
 * with its caption.
 */
public final class Captions {
  private Captions() {}

  /** Longer text beside an image is an article in a layout table, not a caption. */
  private static final int MAX = 400;

  private static final Pattern NAMES =
      Pattern.compile(
          "caption|chu-?thich|image[-_]?desc|desc[-_]?image|img[-_]?desc|photo[-_]?desc"
              + "|pic[-_]?desc|expnoedit|\\bimage-?note");

  /**
   * The figures and small tables that hold an image and little text: a photo with its caption.
   * Found from the images up, once per page, so that layout tables cost nothing.
   */
  public static Set<Element> photoBoxes(Document doc) {
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element img : doc.select("img")) {
      Element up = img.parent();
      for (int level = 0; level < 4 && up != null; level++, up = up.parent()) {
        if (up.nameIs("figure") || up.nameIs("table")) {
          if (checked.add(up) && Text.chars(up)[0] <= MAX) {
            boxes.add(up);
          }
          break;
        }
      }
    }
    return boxes;
  }

  /**
   * A photographer's credit alone ("Ảnh: Internet", "Ảnh: M. Hà"): the credit word, a colon and a
   * name of a few words.
   */
  private static final Pattern CREDIT =
      Pattern.compile("(?:Ảnh|ẢNH|Photo|Nguồn ảnh)\\s?:\\s?\\p{Lu}\\S*(?:\\s\\S+){0,5}");

  /** True when the block is a caption. */
  public static boolean is(Block b, Set<Element> photoBoxes) {
    if (creditUnderPhoto(b, photoBoxes)
        || copyrightBesidePhoto(b)
        || italicUnderPhoto(b)
        || italicBesidePhoto(b)) {
      return true;
    }
    for (Element up = b.owner(); up != null && !up.nameIs("body"); up = up.parent()) {
      if (up.nameIs("figcaption")) {
        return true;
      }
      String names = MarkupFurniture.names(up);
      if (!names.isEmpty() && NAMES.matcher(names).find()) {
        return true;
      }
      if (photoBoxes.contains(up)) {
        return true;
      }
      if (up.nameIs("article") || up.nameIs("main")) {
        return false;
      }
    }
    return false;
  }

  /** A copyright line's length at most: a photo's credit, never a paragraph. */
  private static final int MAX_COPYRIGHT = 150;

  /**
   * A short line that opens with the copyright sign beside a photo, in the photo's own element or
   * its parent ({@code <span class="image"><img …><span>© Được cung cấp bởi Người Đưa
   * Tin</span></span>}): an aggregator's or an agency's credit for the photo, not the text.
   */
  private static boolean copyrightBesidePhoto(Block b) {
    String t = b.text().strip();
    if (t.isEmpty() || t.charAt(0) != '\u00a9' || t.length() > MAX_COPYRIGHT) {
      return false;
    }
    Element owner = b.owner();
    Element up = owner.parent();
    return owner.selectFirst("img") != null || up != null && up.selectFirst("img") != null;
  }

  /** A caption's length at most: longer italic text under a photo is a paragraph. */
  private static final int MAX_ITALIC = 300;

  /**
   * A paragraph wholly in italics right under a paragraph that holds a photo and no text ({@code
   * <p><img></p><p><em>Ngày hội thu hút nhiều sự quan tâm của giới trẻ.</em></p>}): how a site
   * whose editor has no figure element prints a photo and its caption.
   */
  private static boolean italicUnderPhoto(Block b) {
    Element p = b.owner();
    if (!p.nameIs("p") || b.chars() > MAX_ITALIC) {
      return false;
    }
    Element prev = p.previousElementSibling();
    if (prev == null || prev.selectFirst("img") == null || Text.chars(prev)[0] > 0) {
      return false;
    }
    return wholeItalic(p);
  }

  /**
   * A paragraph that holds the photo and, after a line break, its caption wholly in italics ({@code
   * <p style="text-align: center;"><img …><br><em>Ảnh minh họa</em></p>}): a ministry's or a
   * portal's editor puts both in one paragraph.
   */
  private static boolean italicBesidePhoto(Block b) {
    Element p = b.owner();
    return p.nameIs("p")
        && b.chars() <= MAX_ITALIC
        && p.selectFirst("img") != null
        && p.selectFirst("br") != null
        && wholeItalic(p);
  }

  private static boolean wholeItalic(Element p) {
    int italic = 0;
    for (Element e : p.select("em, i")) {
      if (e.parent() == p || !e.parent().nameIs("em") && !e.parent().nameIs("i")) {
        italic += Text.chars(e)[0];
      }
    }
    return italic >= Text.chars(p)[0];
  }

  /**
   * A photographer's credit printed in a paragraph of its own right under the photo (a {@code
   * figure} with its {@code figcaption}, then {@code <p>Ảnh: Internet</p>}): it belongs to the
   * photo, not to the text.
   */
  private static boolean creditUnderPhoto(Block b, Set<Element> photoBoxes) {
    Element prev = b.owner().previousElementSibling();
    return prev != null
        && (photoBoxes.contains(prev) || prev.nameIs("figure"))
        && CREDIT.matcher(b.text().strip()).matches();
  }
}
