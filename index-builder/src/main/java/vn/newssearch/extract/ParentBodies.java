package vn.newssearch.extract;

import java.util.List;
import vn.newssearch.extract.NameTrie.Kind;
import vn.newssearch.extract.NameTrie.Match;
import vn.newssearch.extract.OrganisationMatcher.Alias;
import vn.newssearch.extract.OrganisationMatcher.Draft;
import vn.newssearch.extract.OrganisationMatcher.Where;

/**
 * A named body ({@link NamedBodies}) and what a dash adds to it: the ministry its unit belongs to
 * ("Cục Khoa học quân sự - Bộ Quốc phòng"), a parent company, or an equitized company's legal form
 * ("Tổng công ty Sông Đà - CTCP").
 */
final class ParentBodies {
  private final NameTrie trie;
  private final NamedBodies named;
  private final ForeignBodies foreign;

  ParentBodies(NameTrie trie, NamedBodies named, ForeignBodies foreign) {
    this.trie = trie;
    this.named = named;
    this.foreign = foreign;
  }

  /**
   * The name's words after its head, without the head written again ("Công ty Công ty X", "Tập đoàn
   * Tập đoàn X"; a one-word head before a capital: "Bộ Bộ Kế hoạch") or its last word written twice
   * in lower case before a capital ("Bệnh viện viện Nhi", "Quân đội đội Syria"): a copy's slip, not
   * a word of the name. A capitalised word stays ("Ngân hàng Hàng Hải" is the maritime bank, "Hải
   * quân Quân Giải phóng" the army's navy), and so does a repeated word before a lower-case one
   * ("Hãng hãng không X" is a slip for "hàng", which this cannot tell).
   */
  static String once(NamedBodies.Head head, String text) {
    String whole = head.canonical().toLowerCase(java.util.Locale.ROOT) + " ";
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (head.canonical().indexOf(' ') < 0) {
      return lower.startsWith(whole) && capitalAt(text, whole.length())
          ? text.substring(whole.length())
          : text;
    }
    if (lower.startsWith(whole) && text.length() > whole.length()) {
      return text.substring(whole.length());
    }
    String last = whole.substring(whole.lastIndexOf(' ', whole.length() - 2) + 1);
    return text.startsWith(last) && capitalAt(text, last.length())
        ? text.substring(last.length())
        : text;
  }

  private static boolean capitalAt(String text, int at) {
    return text.length() > at && Character.isUpperCase(text.codePointAt(at));
  }

  /** A named body, with the parent body a dash adds to it. */
  Draft read(Syllables s, Match m, boolean ignoreCase, List<Alias> aliases, boolean afterRole) {
    NamedBodies.Name n = named.read(s, m, ignoreCase, afterRole);
    if (n == null) {
      return null;
    }
    NamedBodies.Head head = m.entry().head();
    Draft d = new Draft(m.from(), n.to(), m, Where.NA);
    d.name = n.canonical() != null ? n.canonical() : head.canonical() + " " + once(head, n.text());
    if (n.alias() != null) {
      aliases.add(new Alias(n.alias(), d.name));
    }
    if (n.bare()) {
      d.where = Where.BARE; // "Hội Bảo trợ bệnh nhân nghèo tỉnh": the article's province
      return d;
    }
    int p = n.to();
    if (p < s.size && s.has(p, Syllables.DASH) && !s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      Match parent = trie.longest(s, p, Kind.NATIONAL.bit() | Kind.NAMED.bit(), ignoreCase);
      if (parent != null && parent.entry().kind() == Kind.NATIONAL) {
        // "Cục Khoa học quân sự - Bộ Quốc phòng Việt Nam": a ministry continues the mention, the
        // body is its unit; another listed body joins the name ("Hội đồng Kinh doanh Hoa Kỳ -
        // ASEAN", no parent of the council); the body's own short name is the body ("Tổng công
        // ty Điện lực TP. Hà Nội – EVN HANOI"), named as the table names it
        String listed = parent.entry().value();
        if (ownShortName(trie, d.name, listed)) {
          d.name = listed;
        } else if (!isParent(listed)) {
          d.name = d.name + " - " + listed;
        }
        d.to = foreign.ours(s, parent.to());
      } else if (parent != null
          && named.isHead(s, parent)
          && s.has(p, Syllables.UPPER)
          && PARENT_HEADS.contains(parent.entry().value())
          && !parent.entry().value().equals(head.canonical())) {
        NamedBodies.Name pn = named.read(s, parent, ignoreCase, false);
        if (pn != null && pn.alias() == null && !pn.bare()) {
          d.name = d.name + " - " + parent.entry().value() + " " + pn.text();
          d.to = pn.to();
        }
      }
      int end = d.to == n.to() && "company".equals(head.kind()) ? legalFormAfterDash(s, p) : p;
      if (end > p) {
        d.name = d.name + " - " + s.original(p, end);
        d.to = end;
      }
    }
    return d;
  }

  /**
   * "Tổng Công ty Điện lực Dầu khí Việt Nam - CTCP (PV Power)": a listed company (one whose name a
   * company's head opens) keeps the legal form a dash adds after it, as a named one does.
   */
  void withLegalForm(Syllables s, Draft d, boolean ignoreCase) {
    int p = d.to;
    if (p >= s.size || !s.has(p, Syllables.DASH) || s.has(p, Syllables.BREAK | Syllables.COMMA)) {
      return;
    }
    Match head = trie.longest(s, d.from, Kind.NAMED.bit(), ignoreCase);
    if (head == null || !"company".equals(head.entry().head().kind()) || !named.isHead(s, head)) {
      return;
    }
    int end = legalFormAfterDash(s, p);
    if (end > p) {
      d.name = d.name + " - " + s.original(p, end);
      d.to = end;
    }
  }

  /**
   * Whether the listed body a dash adds after {@code name} is that body itself, written by its own
   * short name ("Tổng công ty Điện lực TP. Hà Nội – EVN HANOI", "Ngân hàng Tiên Phong - TPBank",
   * "Công ty Tân Thuận - IPC"): the words of one name, without legal form ({@link
   * Gazetteer#strictBodyKey}), are the other's in order. A parent's name holds no daughter's words
   * ("Công ty TNHH Than Hạ Long - TKV", "Công ty CP DAP - Vinachem"), nor a partner's ("Hội đồng
   * Kinh doanh Hoa Kỳ - ASEAN"); a name that holds the listed one and more words is that body only
   * when its head is the same ("Ngân hàng TMCP Xây dựng Việt Nam - VNCB"), not a unit named after
   * it ("Hội đồng tín dụng ngân hàng TMCP Sài Gòn Thương tín - Sacombank").
   */
  static boolean ownShortName(NameTrie trie, String name, String listed) {
    if (name.equals(listed)) {
      return true;
    }
    String[] a = Gazetteer.strictBodyKey(trie, name).split(" ");
    String[] b = Gazetteer.strictBodyKey(trie, listed).split(" ");
    return a.length >= 2 && b.length >= 2 && (inOrder(a, b) || inOrder(b, a) && a[0].equals(b[0]));
  }

  /** Whether every word of {@code shorter} is in {@code longer}, in the same order. */
  private static boolean inOrder(String[] shorter, String[] longer) {
    int j = 0;
    for (int i = 0; i < longer.length && j < shorter.length; i++) {
      if (longer[i].equals(shorter[j])) {
        j++;
      }
    }
    return j == shorter.length;
  }

  /** Whether a listed body contains units that name it after a dash: a ministry, a "Tổng cục". */
  private static boolean isParent(String national) {
    for (String head : NATIONAL_PARENTS) {
      if (national.startsWith(head + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Tổng công ty Xây dựng công trình giao thông 6 - công ty cổ phần", "Tổng công ty Sông Đà -
   * CTCP": the legal form of an equitized company after a dash belongs to its name (not when a name
   * follows it: "- Công ty CP Văn Phú" is another company). The end of the form, else p.
   */
  private static int legalFormAfterDash(Syllables s, int p) {
    Phrases.Phrase form = ClauseWords.INSTANCE.get("dash-form").at(s, p);
    if (form == null) {
      return p;
    }
    int end = p + form.length();
    boolean named =
        end < s.size
            && s.has(end, Syllables.UPPER)
            && !s.has(end, Syllables.BREAK | Syllables.COMMA | Syllables.DASH);
    return named ? p : end;
  }

  /** Bodies that a child body names after a dash: "Công ty Điện lực Long An - Tổng công ty ...". */
  private static final java.util.Set<String> PARENT_HEADS =
      java.util.Set.of("Tổng công ty", "Tập đoàn", "Bộ", "Tổng cục", "Đại học", "Học viện", "Viện");

  /** Listed bodies whose units name them after a dash and are bodies of their own. */
  private static final List<String> NATIONAL_PARENTS = List.of("Bộ", "Tổng cục");
}
