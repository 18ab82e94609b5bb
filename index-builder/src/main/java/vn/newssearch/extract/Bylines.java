package vn.newssearch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline shapes: a name of 2–4 capitalised syllables ("Thái Bình", "Đ.Chính"), two names joined by
 * "-", "," or "&" (writer and photographer), in capitals ("HOÀNG ANH"), with a credit in front
 * ("Tin, ảnh: Ngọc Lan", "Bài và ảnh: …"), an agency after a slash ("Minh Thu/VOV-Tây Bắc") or a
 * short parenthesis ("(TTXVN)"). "Theo X" without a parenthesis names the source (an outlet, a
 * wire): it ends the article like a byline but gives no author.
 */
final class Bylines {
  private Bylines() {}

  static final int MAX_LINE = 50;

  private static final String TOKEN = "\\p{Lu}\\p{Ll}{0,7}";

  private static final String PERSON =
      "(?:(?:\\p{Lu}\\.){1,3} ?" + TOKEN + "|" + TOKEN + "(?: " + TOKEN + "){1,3})";

  /**
   * An agency or outlet in capitals after a dash: "Minh Thu - TTXVN", "Thu Hà – VTV24", "Ngọc Lan -
   * VOV.VN". A dash between two names joins writer and photographer instead.
   */
  private static final String AGENCY = " ?[-–] ?\\p{Lu}[\\p{Lu}\\d]{1,7}(?:\\.(?:VN|vn))?";

  /** An agency after a slash: "Minh Thu/VOV-Tây Bắc", "Thu Hà/VTV24". */
  private static final String SLASHED = " ?/ ?[\\p{L}\\d.]{2,20}(?:[ -][\\p{L}\\d.]{1,12}){0,3}";

  /** Group 1 "Theo ", group 2 the name(s), group 3 an agency tail or parenthesis. */
  private static final Pattern NAME =
      Pattern.compile(
          "(Theo )?("
              + PERSON
              + "(?: ?[-–,&] ?"
              + PERSON
              + ")?)((?:"
              + AGENCY
              + "|"
              + SLASHED
              + ")?(?: ?\\([^()]{1,30}\\))?)");

  /**
   * In capitals a single name only: "LAO ĐỘNG - VIỆC LÀM" is a section, not two people. After the
   * text, where sections are not printed, two names in capitals are writer and photographer.
   */
  private static final Pattern CAPS_NAME =
      Pattern.compile("(" + PERSON + ")((?:" + SLASHED + ")?)");

  private static final Pattern CAPS_PAIR =
      Pattern.compile("(" + PERSON + " ?[-–,&] ?" + PERSON + ")");

  /**
   * "Tin, ảnh: ", "Tin-ảnh: ", "Bài và ảnh: ", "Bài: ", "Thực hiện: " in front of the name, or the
   * same in capitals before a name in capitals ("BÀI VÀ ẢNH: PHẠM NGỌC TRIỂN"); "Bởi " and "Viết
   * bởi " ("written by", a CMS's article-info row: "Viết bởi Hữu Tài").
   */
  private static final Pattern CREDIT =
      Pattern.compile(
          "^(?:(?:Tin|Bài|TIN|BÀI)(?: ?[,&+–-] ?| và | VÀ | \\+ )?(?:ảnh|Ảnh|ẢNH|clip|video)?"
              + "|Tác giả|TÁC GIẢ|Thực hiện|THỰC HIỆN|Phóng viên) ?: ?|^Bởi |^Viết bởi "
              + "|^(?:Được )?[Đđ]ăng bởi ");

  /** A post's footer, "posted by": "Đăng bởi Quang Huy vào lúc 14:44". */
  private static final Pattern POSTED = Pattern.compile("^(?:Được )?[Đđ]ăng bởi \\p{Lu}");

  /**
   * The time of day a post's footer gives after the name ("Đăng bởi Quang Huy vào lúc 14:44", a
   * blog's "posted by … at …" in Vietnamese, under the text), or null: the hour the page's date
   * header, a day alone, does not print.
   */
  static java.time.LocalTime postedTime(String line) {
    int at = postedTail(line);
    return at < 0 ? null : Timestamps.timeAlone(line.substring(at + 1));
  }

  /** Where the time's tail of a post's footer starts (" vào lúc 14:44"), or -1. */
  private static int postedTail(String line) {
    int at = line.lastIndexOf(" vào lúc ");
    if (at < 0) {
      at = line.lastIndexOf(" lúc ");
    }
    return at > 0
            && POSTED.matcher(line).lookingAt()
            && Timestamps.timeAlone(line.substring(at + 1)) != null
        ? at
        : -1;
  }

  /**
   * An academic degree the writer signs with, before the name: "PGS, TS. Vũ Thanh Hà", "ThS. Lê
   * Hoài Thu", "GS.TS Nguyễn Văn An" (a magazine's or a research page's byline). Each degree is
   * followed by a stop, a comma or a space; the name then opens with a capital.
   */
  private static final Pattern DEGREE =
      Pattern.compile("^(?:(?:GS|PGS|TS|ThS|TSKH|NCS|BS|KS)(?:[.,] ?| )){1,3}(?=\\p{Lu})");

  /**
   * What a byline may carry after the name: a photographer's credit ("Bài: Hoàng Anh - Ảnh: Minh
   * Thu"), the writer's e-mail address, a closing stop ("Hoàng Anh."), the writer's office ({@link
   * #OFFICE_TAIL}).
   */
  private static final Pattern PHOTO_TAIL =
      Pattern.compile(" ?[-–,;] ?(?:Ảnh|ảnh|ẢNH) ?: ?[^:]{2,30}$");

  private static final Pattern EMAIL_TAIL =
      Pattern.compile(" ?[-–,(] ?[\\w.+-]{1,40}@[\\w-]{1,30}(?:\\.[\\w-]{1,10}){1,3}\\)?$");

  /**
   * The office the writer works for, after a dash: "Ngọc Anh - Trung tâm Truyền thông tỉnh", "Hữu
   * Tài - Ban Tuyên giáo LĐLĐ tỉnh", "Minh Thu - Báo Quảng Trị": an organisation's head noun, then
   * its name; or the organisation's initials, then its place ("Quang Huy - LĐLĐ Hải Phòng", "… -
   * UBND huyện Cần Giờ"). A second name after the dash is a photographer ("Hoàng Anh - Ban Mai"),
   * so the office needs a lower-case word or three words or more; see {@link #isOffice}.
   */
  private static final Pattern OFFICE_TAIL =
      Pattern.compile(
          " [-–] ((?:Trung tâm|Văn phòng|Ban|Phòng|Sở|Cục|Chi cục|Viện|Báo|Tạp chí|Đài|Cổng"
              + "|Hội|Liên đoàn|Công đoàn|Ủy ban|Uỷ ban|Bệnh viện|Trường|Tỉnh đoàn|Thành đoàn"
              + "|\\p{Lu}[\\p{Lu}&]{1,6})"
              + "(?: [\\p{L}&.-]{1,12}){1,7})$");

  private static final int OFFICE_MIN_WORDS = 3;

  /** An office's name, not a person's: a lower-case word in it, or three words at least. */
  private static boolean isOffice(String office) {
    if (TextShapes.words(office) >= OFFICE_MIN_WORDS) {
      return true;
    }
    for (String w : office.split(" ")) {
      if (Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** An agency in capitals after a name in capitals: "HOÀNG ANH - TTXVN", "THU HÀ – VTV". */
  private static final Pattern CAPS_AGENCY = Pattern.compile(" ?[-–] ?([A-ZĐ\\d]{2,7})(?:\\.VN)?$");

  /** Lines longer than this are never looked at, tails included. */
  private static final int MAX_WITH_TAIL = 90;

  /**
   * A reprint's credit naming the reporter and, after a bar, the outlet: "Theo Hồng Hải | Dân trí".
   * The person is the author, as in "Theo Hồng Hải (Dân trí)"; only after "Theo ", so a menu such
   * as "Tiếng Việt | English" is no byline.
   */
  private static final Pattern THEO_BAR =
      Pattern.compile(
          "Theo (" + PERSON + ") ?\\| ?\\p{Lu}[\\p{L}\\d.]{0,15}(?: [\\p{L}\\d.]{1,15}){0,2}");

  /** "Theo VnExpress", "Theo Reuters, Guardian": a credited source, not a person. */
  private static final Pattern SOURCE = Pattern.compile("Theo \\p{Lu}[^.:;!?]{0,40}");

  /**
   * A wire credit alone in brackets after the text: "(TTXVN)", "(TTXVN/Vietnam+)": agency names
   * opening with a capital, no person. Like "Theo X", it credits a source.
   */
  private static final Pattern WIRE =
      Pattern.compile(
          "\\(\\p{Lu}[\\p{L}\\d.+&]{1,15}(?: ?[/,–-] ?\\p{Lu}[\\p{L}\\d.+&]{0,15}){0,3}\\)");

  /**
   * A credit that names a team or the paper's staff, not a person: "Nhóm PV", "PV", "Nhóm phóng
   * viên", "Nhóm tác giả", and the reporter's initials with a note on how the piece was made ("P.V
   * (tổng hợp)"; "P.V" alone signs dantri's pages as a name). Like "Theo X", it signs the article
   * and gives no author.
   */
  private static final Pattern GROUP =
      Pattern.compile(
          "(?:(?:Nhóm|NHÓM) )?(?:PV|PHÓNG VIÊN|[Pp]hóng viên)\\.?"
              + "|(?:Nhóm|NHÓM) (?:[Tt]ác giả|TÁC GIẢ|[Pp]hóng viên|PHÓNG VIÊN)\\.?"
              + "|P\\.V\\.? ?\\([\\p{Ll} ]{2,12}\\)");

  /**
   * A byline's label printed alone on its line, the name on the next: "Tác giả" over "Kim Ngân" (a
   * portal's field table saved one cell a line), "Bài và ảnh:" over the name. The same words as
   * {@link #CREDIT}, a colon or none, nothing else.
   */
  private static final Pattern CREDIT_LABEL =
      Pattern.compile(
          "(?:Tin|Bài)(?: ?[,&+–-] ?| và | \\+ )?(?:ảnh|clip|video)?|Tác giả|Thực hiện|Phóng viên"
              + "|(?:TIN|BÀI)(?: ?[,&+–-] ?| VÀ | \\+ )?(?:ẢNH)?|TÁC GIẢ|THỰC HIỆN|PHÓNG VIÊN");

  private static final int CREDIT_LABEL_MAX = 16;

  /** A byline's label alone on its line ("Tác giả", "Bài và ảnh:"), the name on the next one. */
  static boolean isCreditLabel(String line) {
    String t = line.strip();
    if (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return !t.isEmpty() && t.length() <= CREDIT_LABEL_MAX && CREDIT_LABEL.matcher(t).matches();
  }

  /** A credit naming a team or the staff ("Nhóm PV", "PV"): it signs but names no author. */
  static boolean isGroupCredit(String line) {
    return line.length() <= 20 && GROUP.matcher(line.strip()).matches();
  }

  /** The author a byline line names, or null (not a byline, or "Theo X" naming a source). */
  static String author(String line) {
    return parse(line, true);
  }

  /** A byline-shaped line, "Theo X" included. */
  static boolean isByline(String line) {
    return parse(line, false, false) != null;
  }

  /** A byline after the text: two names in capitals ("THU HÀ - MINH ANH") count there too. */
  static boolean isClosingByline(String line) {
    return parse(line, false, true) != null;
  }

  /** The author of a byline after the text. */
  static String closingAuthor(String line) {
    return parse(line, true, true);
  }

  private static String parse(String line, boolean authorOnly) {
    return parse(line, authorOnly, false);
  }

  private static String parse(String line, boolean authorOnly, boolean pairInCaps) {
    if (line.length() > MAX_WITH_TAIL || line.isEmpty()) {
      return null;
    }
    line = withoutTail(line);
    if (line.length() > MAX_LINE || line.isEmpty()) {
      return null;
    }
    if (line.length() <= 20 && GROUP.matcher(line).matches()) {
      return authorOnly ? null : line; // "Nhóm PV": the staff, no author
    }
    if (line.charAt(0) == '(' && WIRE.matcher(line).matches()) {
      return authorOnly ? null : line; // "(TTXVN/Vietnam+)": a source, no author
    }
    String rest = line;
    Matcher credit = CREDIT.matcher(line);
    if (credit.find()) {
      rest = line.substring(credit.end());
    }
    rest = withoutCapsNote(rest);
    if (TextShapes.isAllCaps(rest)) {
      Matcher agency = CAPS_AGENCY.matcher(rest);
      if (agency.find() && isAcronym(agency.group(1))) {
        rest = rest.substring(0, agency.start());
      }
      String t = titleCase(rest);
      Matcher m = CAPS_NAME.matcher(t);
      if (m.matches()) {
        return m.group(1);
      }
      m = CAPS_PAIR.matcher(t);
      return pairInCaps && m.matches() ? m.group(1) : null;
    }
    Matcher m = NAME.matcher(rest);
    if (!m.matches()) {
      if (rest.indexOf('|') > 0) {
        Matcher bar = THEO_BAR.matcher(rest);
        if (bar.matches()) {
          return bar.group(1);
        }
      }
      return !authorOnly && SOURCE.matcher(rest).matches() ? rest : null;
    }
    boolean source = m.group(1) != null && m.group(3).isEmpty();
    if (source && authorOnly) {
      return null;
    }
    return source ? rest : m.group(2);
  }

  /**
   * The line without its tail. Every short line of every page comes here: the patterns run only on
   * lines that hold an '@', a photo credit's colon or a spaced dash.
   */
  private static String withoutTail(String line) {
    int end = -1;
    int n = line.length();
    int posted = line.indexOf(" lúc ") > 0 ? postedTail(line) : -1;
    if (posted > 0) {
      end = posted; // "Đăng bởi Quang Huy vào lúc 14:44": the time is the post's
    } else if (n > 1 && line.charAt(n - 1) == '.' && Character.isLetter(line.charAt(n - 2))) {
      end = n - 1;
    } else if (line.indexOf('@') > 0) {
      Matcher m = EMAIL_TAIL.matcher(line);
      end = m.find() ? m.start() : -1;
    } else if (line.indexOf("nh:") > 0 || line.indexOf("NH:") > 0 || line.indexOf("nh :") > 0) {
      Matcher m = PHOTO_TAIL.matcher(line);
      end = m.find() ? m.start() : -1;
    } else if (line.indexOf(" - ") > 0 || line.indexOf(" – ") > 0) {
      Matcher m = OFFICE_TAIL.matcher(line);
      end = m.find() && isOffice(m.group(1)) ? m.start() : -1;
    }
    // "Bài, ảnh: …" is a credit, not a name with a tail
    return end > 0 && TextShapes.words(line.substring(0, end)) >= 2 ? line.substring(0, end) : line;
  }

  /**
   * The line without the academic degrees signed before a name ("PGS, TS. "), or the line itself.
   * Only the byline under the title is read so ({@link LineRoles#isSignedByline}): inside the text
   * "TS Phan Quang Anh" alone is a portrait's caption.
   */
  static String withoutDegree(String rest) {
    if (rest.length() < 4 || "GPTNBK".indexOf(rest.charAt(0)) < 0) {
      return rest;
    }
    Matcher m = DEGREE.matcher(rest);
    return m.lookingAt() ? rest.substring(m.end()) : rest;
  }

  /**
   * A name in capitals without the note in brackets after it: "THANH HÀ (TTXVN)", "DUY KHÁNH (Tổng
   * hợp)", "MINH KHÔI (Theo Dân trí)" sign as the name in capitals does. The note is an agency, a
   * source or how the piece was made, never part of the name; a name in normal case keeps its
   * bracket for {@link #NAME}.
   */
  private static String withoutCapsNote(String rest) {
    int open = rest.lastIndexOf(" (");
    if (open <= 0 || rest.charAt(rest.length() - 1) != ')' || rest.length() - open > 32) {
      return rest;
    }
    String name = rest.substring(0, open);
    return TextShapes.isAllCaps(name) && name.indexOf('(') < 0 ? name : rest;
  }

  /** An agency's initials: no vowel (TTXVN, QĐND), or three letters at most (VOV, TTO). */
  private static boolean isAcronym(String s) {
    if (s.length() <= 3) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if ("AEIOUY".indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** "HOÀNG ANH" → "Hoàng Anh". */
  static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return b.toString();
  }
}
