package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.List;
import vn.newssearch.extract.ClauseParties.Candidate;

/**
 * A twinning ("kết nghĩa") of communes, villages and units, which the labelling guide counts as a
 * signing when the article reports its ceremony. The ceremony tells it without "ký" ("các Đồn Biên
 * phòng A, B tổ chức lễ kết nghĩa với Đại đội Biên phòng 534"), and its sides are often places
 * below a district, named by their unit word ("xã Dân Hóa", "bản Phả Păng", "Cụm bản Lẳng Khăng")
 * and placed by an address tail that is no side of its own (", huyện Minh Hóa, tỉnh Quảng Bình",
 * "(huyện Khăm Cợt, tỉnh Bolikhamxay, Lào)"). The words are data (signing-words.tsv: {@code
 * twinning}, {@code twinning-ceremony}, {@code twinned-place}).
 */
final class Twinnings {
  /** Syllables of a place's name after its unit word ("Sơn Kim 1", "Lẳng Khăng"). */
  private static final int NAME_WORDS = 4;

  /** Parts of an address tail after a place's name: district, province, country. */
  private static final int TAIL_PARTS = 4;

  private Twinnings() {}

  /**
   * Whether syllable k is the first of the twinning act, which {@link #ceremony} reads further.
   * Every syllable of every article is asked: a small method.
   */
  static boolean opens(Syllables s, int k) {
    return s.is(k, "ket");
  }

  /**
   * The length of the twinning act at k that its ceremony's noun opens ("lễ kết nghĩa"), or 0: "kết
   * nghĩa" alone is as often a relation long held ("xã kết nghĩa", "anh em kết nghĩa").
   */
  static int ceremony(Syllables s, int k, ClauseWords words) {
    Phrases.Phrase act = words.get("twinning").at(s, k);
    return act != null
            && k > 0
            && !s.has(k, Syllables.BREAK)
            && words.get("twinning-ceremony").endingAt(s, k, 1) > 0
        ? act.length()
        : 0;
  }

  /**
   * {@code signings} without the twinning ceremonies when no other use of the verb tells a signing
   * (news or plain): the guide counts a twinning where the article writes its signing ("Quang cảnh
   * lễ ký kết", "Hai đơn vị đã ký kết quy chế kết nghĩa"); a ceremony told alone is no signing.
   */
  static List<Signings.Signing> withSigning(Syllables s, List<Signings.Signing> signings) {
    boolean signed = false;
    boolean twinned = false;
    for (Signings.Signing g : signings) {
      boolean ceremony = opens(s, g.verb());
      twinned |= ceremony;
      signed |=
          !ceremony
              && (g.status() == Signings.Status.REPORTED || g.status() == Signings.Status.PLAIN);
    }
    if (!twinned || signed) {
      return signings;
    }
    List<Signings.Signing> out = new ArrayList<>(signings);
    out.removeIf(g -> opens(s, g.verb()));
    return out;
  }

  /**
   * {@code candidates} of syllables [first, end) with the places below a district a twinning's
   * sentence names added, in text order, each with its address tail, and the provinces and
   * districts read inside such a tail taken out; {@code candidates} itself when the sentence tells
   * no twinning or names no such place. A place inside a read body's name ("UBND xã X") or a
   * document's ({@code triggers}: "Bản thỏa thuận") is none.
   */
  static List<Candidate> sides(
      Syllables s,
      List<Candidate> candidates,
      List<OrganisationMatcher.Hit> triggers,
      int first,
      int end) {
    ClauseWords words = ClauseWords.INSTANCE;
    int act = words.get("twinning").find(s, first, end);
    if (act < 0) {
      return candidates;
    }
    List<Candidate> out = null;
    for (int k = first; k < end; k++) {
      Phrases.Phrase unit = s.has(k, Syllables.PAREN) ? null : words.get("twinned-place").at(s, k);
      int name = unit == null ? -1 : nameEnd(s, k + unit.length(), end);
      // "tại xã Đạ Tông (huyện Đam Rông), Phường 1 và xã Đạ Tông": the venue, "thuộc xã X": no side
      boolean described = words.get("modifier").endingAt(s, k, 2) > 0;
      if (name < 0 || described || Candidate.inside(candidates, k) || document(triggers, k, name)) {
        continue;
      }
      int to = tailEnd(s, name, end);
      if (out == null) {
        out = new ArrayList<>(candidates);
      }
      int from = k;
      out.removeIf(c -> c.from() >= from && c.from() < to);
      out.add(new Candidate(k, to, s.original(k, shortest(s, k + unit.length(), name))));
      k = to - 1;
    }
    int between = act + words.get("twinning").at(s, act).length();
    if (between + 1 < end
        && s.is(between, "giua")
        && starts(out == null ? candidates : out, between + 1)) {
      // "X phối hợp với Y tổ chức lễ kết nghĩa giữa bản A và bản B": a twinning is of the two
      // it is between; who holds its ceremony is no side
      out = new ArrayList<>(out == null ? candidates : out);
      out.removeIf(c -> c.to() <= act);
    }
    if (out == null) {
      return candidates;
    }
    out.sort(java.util.Comparator.comparingInt(Candidate::from));
    return out;
  }

  /** Whether a candidate starts at syllable k. */
  private static boolean starts(List<Candidate> candidates, int k) {
    for (Candidate c : candidates) {
      if (c.from() == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a place's name that starts at p, capitalised words, a number last or alone ("Phường
   * 1", "xã Sơn Kim 1"), at most {@link #NAME_WORDS}; -1 when none starts there.
   */
  private static int nameEnd(Syllables s, int p, int end) {
    int q = p;
    while (q < end
        && q - p < NAME_WORDS
        && s.sentence[q] == s.sentence[p]
        && !s.has(q, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
        && (s.has(q, Syllables.UPPER) || s.number(q) >= 0)) {
      q++;
      if (s.number(q - 1) >= 0) {
        break;
      }
    }
    return q == p ? -1 : q;
  }

  /**
   * The end of the place's name [p, q) as the article writes it closed elsewhere, after a unit word
   * and before a mark or a lower-case word: "Trưởng bản Xốp Cháo Vi Văn Thuận" runs on into the
   * head's name, which "giữa bản Xốp Cháo (xã ...)" does not; q when no shorter one is written.
   */
  private static int shortest(Syllables s, int p, int q) {
    Phrases units = ClauseWords.INSTANCE.get("twinned-place");
    for (int n = 1; n < q - p; n++) {
      for (int j = 1; j + n < s.size; j++) {
        if (j != p
            && s.id[j] == s.id[p]
            && closedAt(s, j + n)
            && s.original(j, j + n).equals(s.original(p, p + n))) {
          if (units.endingAt(s, j, 2) > 0 && !s.has(j, Syllables.BREAK)) {
            return p + n;
          }
        }
      }
    }
    return q;
  }

  /** Whether a place's name may end before syllable k: a mark, a lower-case word or the end. */
  private static boolean closedAt(Syllables s, int k) {
    return k >= s.size
        || s.sentence[k] != s.sentence[k - 1]
        || s.has(k, Syllables.BREAK | Syllables.COMMA | Syllables.DASH | Syllables.PAREN)
        || !s.has(k, Syllables.UPPER);
  }

  /**
   * The end of the address tail after a place's name ending at q: a bracket that opens right after
   * it ("(huyện Minh Hóa)"), or units with their names, each after a comma (", huyện Hương Sơn,
   * tỉnh Hà Tĩnh"), then the country, after a comma or in a bracket ("(Lào)", ", Việt Nam").
   */
  private static int tailEnd(Syllables s, int q, int end) {
    if (q < end && s.has(q, Syllables.PAREN)) {
      int r = q;
      while (r < end && s.has(r, Syllables.PAREN)) {
        r++;
      }
      return r;
    }
    ClauseWords words = ClauseWords.INSTANCE;
    int r = q;
    for (int part = 0; part < TAIL_PARTS && r < end && s.has(r, Syllables.COMMA); part++) {
      Phrases.Phrase unit = words.get("foreign-unit").at(s, r);
      int named = unit == null ? -1 : nameEnd(s, r + unit.length(), end);
      if (named < 0) {
        break;
      }
      r = named;
    }
    if (r == q) {
      return q; // "xã A, xã B và ...": a list of places, no address
    }
    Phrases.Phrase country =
        r < end && s.has(r, Syllables.COMMA | Syllables.PAREN) ? words.countryAnywhere(s, r) : null;
    if (country == null) {
      return r;
    }
    int after = r + country.length();
    return s.has(r, Syllables.PAREN) && after < end && s.has(after, Syllables.PAREN) ? r : after;
  }

  /** Whether a document's noun overlaps syllables [from, to) ("Bản thỏa thuận kết nghĩa"). */
  private static boolean document(List<OrganisationMatcher.Hit> triggers, int from, int to) {
    for (OrganisationMatcher.Hit t : triggers) {
      if (t.from() < to && t.to() > from) {
        return true;
      }
    }
    return false;
  }
}
