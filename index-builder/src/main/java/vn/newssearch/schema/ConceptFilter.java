package vn.newssearch.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Adds a concept's term ({@link AbbreviationConcepts#term}) after the last syllable of each of its
 * forms, at the same position: "bảo hiểm xã hội" and "BHXH" both give "⟨bhxh⟩". A query for the
 * concept is then one term instead of an OR of its forms, phrases checked on every hit. The forms
 * match as a phrase would on the same folded terms (consecutive positions), so the term is in
 * exactly the articles the OR group matched. It ends the folded chain, for indexing only: queries
 * and snippets analyse without it. The term takes the offsets of the form's last syllable; nothing
 * highlights it.
 *
 * <p>Not Lucene's SynonymGraphFilter: it takes the longest form at each start and skips the forms
 * that overlap it ("Ủy ban Mặt trận Tổ quốc Việt Nam" gives UBMTTQ but not MTTQVN), and it cost
 * several times more per article; docs/performance.md has the measurement.
 */
public final class ConceptFilter extends TokenFilter {
  /** One form ending in a given syllable: the syllables before it, and the concept's term. */
  private record Ending(char[][] before, char[] term, BytesRef bytes) {}

  /** The forms of a table by their last syllable; immutable, shared by every thread's filter. */
  public static final class Table {
    private final CharArrayMap<Ending[]> byLast;
    private final int longest;

    public Table(AbbreviationConcepts concepts) {
      CharArrayMap<List<Ending>> map = new CharArrayMap<>(1024, false);
      Set<List<String>> seen = new HashSet<>();
      int max = 1;
      for (AbbreviationConcepts.Concept c : concepts.concepts()) {
        String term = AbbreviationConcepts.term(c.letters());
        for (AbbreviationConcepts.Form f : c.forms()) {
          List<String> t = f.tokens();
          List<String> key = new ArrayList<>(t);
          key.add(term);
          if (!seen.add(key)) {
            continue;
          }
          max = Math.max(max, t.size());
          char[][] before = new char[t.size() - 1][];
          for (int i = 0; i < before.length; i++) {
            before[i] = t.get(i).toCharArray();
          }
          List<Ending> list = map.get(t.getLast());
          if (list == null) {
            list = new ArrayList<>();
            map.put(t.getLast(), list);
          }
          list.add(
              new Ending(
                  before, term.toCharArray(), new BytesRef(term.getBytes(StandardCharsets.UTF_8))));
        }
      }
      CharArrayMap<Ending[]> out = new CharArrayMap<>(map.size(), false);
      for (var e : map.entrySet()) {
        out.put((char[]) e.getKey(), e.getValue().toArray(Ending[]::new));
      }
      this.byLast = CharArrayMap.unmodifiableMap(out);
      this.longest = max;
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FormTermAttributeImpl formTerm = term instanceof FormTermAttributeImpl f ? f : null;
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final Table table;

  /** The last syllables seen, each with its position, in a ring (for forms of several). */
  private final char[][] recent;

  private final int[] recentLength;
  private final int[] recentPosition;
  private int newest;
  private int position;

  /** Concept terms still to emit at the current position. */
  private final List<Ending> pending = new ArrayList<>();

  private int nextPending;

  public ConceptFilter(TokenStream in, Table table) {
    super(in);
    this.table = table;
    int n = Math.max(1, table.longest - 1);
    recent = new char[n][16];
    recentLength = new int[n];
    recentPosition = new int[n];
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    // not -1: the first syllable is at position 0, and a slot at -1 would read as the syllable
    // just before it, left over from the previous text ("... Việt" then "Nam công nhân ...")
    Arrays.fill(recentPosition, Integer.MIN_VALUE);
    newest = 0;
    position = -1;
    pending.clear();
    nextPending = 0;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextPending < pending.size()) {
      Ending e = pending.get(nextPending++);
      if (formTerm != null) {
        formTerm.setForm(e.term(), e.bytes());
      } else {
        term.copyBuffer(e.term(), 0, e.term().length);
      }
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    position += increment.getPositionIncrement();
    pending.clear();
    nextPending = 0;
    Ending[] endings = table.byLast.get(term.buffer(), 0, term.length());
    if (endings != null) {
      for (Ending e : endings) {
        if (follows(e.before()) && !pendingTerm(e.term())) {
          pending.add(e);
        }
      }
    }
    if (recent.length > 0 && table.longest > 1) {
      remember();
    }
    return true;
  }

  /** Whether the syllables before the current one, at the positions just before, are these. */
  private boolean follows(char[][] before) {
    for (int k = 1; k <= before.length; k++) {
      int slot = Math.floorMod(newest - k + 1, recent.length);
      if (k > recent.length || recentPosition[slot] != position - k) {
        return false;
      }
      char[] want = before[before.length - k];
      if (recentLength[slot] != want.length
          || !Arrays.equals(recent[slot], 0, want.length, want, 0, want.length)) {
        return false;
      }
    }
    return true;
  }

  private boolean pendingTerm(char[] t) {
    for (Ending p : pending) {
      if (p.term() == t || Arrays.equals(p.term(), t)) {
        return true;
      }
    }
    return false;
  }

  private void remember() {
    newest = (newest + 1) % recent.length;
    int len = term.length();
    if (recent[newest].length < len) {
      recent[newest] = new char[len];
    }
    System.arraycopy(term.buffer(), 0, recent[newest], 0, len);
    recentLength[newest] = len;
    recentPosition[newest] = position;
  }
}
