package vn.newssearch.extract;

import java.util.List;
import java.util.regex.Pattern;
import vn.newssearch.extract.PageLines.Line;

/**
 * The close of an administrative document as Vietnamese offices print it (a press release, a
 * notice, a report put on a department's site): the distribution list "Nơi nhận:" with its "- …"
 * items, the signer's position in capitals, under "KT.", "TM.", "TL.", "TUQ." or "Q." when another
 * signs for the head ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"), the mark "(Đã ký)" of a signed copy and
 * the signer's name. The name is the author; the block is not text.
 */
final class SignatureBlocks {
  private SignatureBlocks() {}

  /** "(Đã ký)", "(Đã ký và đóng dấu)", "(đã ký)": a signed copy's mark over the name. */
  private static final Pattern SIGNED = Pattern.compile("^\\((?:Đã ký|đã ký|ĐÃ KÝ)[^()]{0,30}\\)$");

  /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN": signing for the head or the body. */
  private static final Pattern FOR_THE_HEAD = Pattern.compile("^(?:KT|TM|TL|TUQ|Q)\\. ?\\p{Lu}");

  /** "Nơi nhận:" opening the distribution list. */
  private static final Pattern RECIPIENTS = Pattern.compile("^(?:Nơi nhận|NƠI NHẬN) ?:");

  /** "- Các cơ quan báo chí;", "- Lưu: VT, VP.": an item of the distribution list. */
  private static final Pattern ITEM = Pattern.compile("^[-–+•] ?\\S");

  /** Lines a block has at most above the mark: the list's items, the label, the positions. */
  private static final int MAX_BLOCK = 12;

  /**
   * The signer's line: a name right under a signed copy's mark, the mark under the signer's
   * position in capitals, or right under a position signed for the head ("KT. GIÁM ĐỐC" over "PHÓ
   * GIÁM ĐỐC"); -1 when the page closes otherwise.
   */
  static int signer(List<Line> lines, LineRoles roles, List<Integer> content) {
    for (int k = 1; k + 1 < content.size(); k++) {
      String mark = lines.get(content.get(k)).text();
      String over = lines.get(content.get(k - 1)).text();
      boolean signed =
          SIGNED.matcher(mark).matches() && isPosition(over)
              // the mark left out (a site's furniture): "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"
              || FOR_THE_HEAD.matcher(over).find() && isPosition(mark);
      if (signed && roles.author(lines.get(content.get(k + 1)).text()) != null) {
        return content.get(k + 1);
      }
    }
    return -1;
  }

  /**
   * Where the text ends above the signer's block: at the distribution list's label, or at the first
   * line of the signer's position.
   */
  static int start(List<Line> lines, List<Integer> content, int signer) {
    int k = content.indexOf(signer) - 1; // the mark, or the position under "KT."
    int floor = Math.max(0, k - MAX_BLOCK);
    while (k > floor && isPosition(lines.get(content.get(k - 1)).text())) {
      k--;
    }
    int j = k;
    while (j > floor && ITEM.matcher(lines.get(content.get(j - 1)).text()).find()) {
      j--;
    }
    if (j > 0 && RECIPIENTS.matcher(lines.get(content.get(j - 1)).text()).find()) {
      return j - 1;
    }
    return k;
  }

  private static boolean isPosition(String t) {
    return t.length() <= 60 && (TextShapes.isAllCaps(t) || FOR_THE_HEAD.matcher(t).find());
  }
}
