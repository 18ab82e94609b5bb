package vn.newssearch.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A trie over folded syllable ids: every gazetteer name, province, local-body head, trigger phrase
 * and role title, matched leftmost-longest on an article's {@link Syllables} in one walk per
 * position. Most syllables are not in the vocabulary at all, so most positions cost one lookup.
 */
final class NameTrie {
  /** What a name in the trie is. */
  enum Kind {
    /** A national body: value is its canonical name. */
    NATIONAL,
    /** A province: data is its {@link Province}. */
    PROVINCE,
    /** The head of a provincial body ("Sở Y tế"), whole only with a province. */
    LOCAL,
    /** The head of a named body ("Công ty"), whole only with the name that follows. */
    NAMED,
    /** "tỉnh", "thành phố": the kind of provincial unit. */
    TYPE,
    /** "các", "cấp": the head names a kind of body, not one body. */
    GENERIC,
    /** Lower-case words that end a name: a verb, preposition or function word. */
    STOP,
    /** Lower-case words that belong to a name though they hold a stop word ("nhỏ và vừa"). */
    KEEP,
    /** A legal form inside a company name ("TNHH", "cổ phần"), not a name by itself. */
    FORM,
    /** "huyện", "quận": a unit below the province, inside a name. */
    DISTRICT,
    /** A country: value is its canonical name. Ends a name; makes a ministry foreign. */
    COUNTRY,
    /** A common word that starts like a head ("Hội nghị", "Viện phí"): no body. */
    WORD,
    /** A phrase that makes an article report an agreement; value is its kind, "-" for none. */
    TRIGGER,
    /** A signer's title, "Bộ trưởng". */
    ROLE,
    /** A unit of money or measure ("tỉ đồng", "USD", "ha"): the number before it is no name's. */
    UNIT;

    int bit() {
      return 1 << ordinal();
    }
  }

  /** What a name carries besides its value; each kind of name that carries anything has its own. */
  sealed interface Payload
      permits Province, NamedBodies.Head, Trigger, CommonWord, Spelling, Spellings {}

  /** A trigger phrase: its line in triggers.tsv, earlier being more specific. */
  record Trigger(int rank) implements Payload {}

  /** A common word that starts like a head: {@code always} when capitals make it no body either. */
  record CommonWord(boolean always) implements Payload {}

  /**
   * A country name or level word as spelled ("Bỉ", "tỉnh"), which the text must match with its
   * diacritics: "Bí" of Uông Bí is no "Bỉ", the "Tĩnh" of "Nghệ Tĩnh" no "tỉnh".
   */
  record Spelling(String spelled) implements Payload {}

  /** The lower-case spellings of a grammar word that share one folded node ("bà", "ba"). */
  record Spellings(Set<String> lowerCase) implements Payload {}

  /**
   * One name. {@code capitals} has bit i set when syllable i must start with a capital in the text
   * (abbreviations like "BHXH", and the first syllable of short names like "Công an"); {@code
   * acronyms} when it must be written in capitals, at least two of them ("AU" is not the "Âu" of
   * "châu Âu", "WHO" not the English "Who"; "ABBank" is the mined "ABBANK"). {@code data} is null
   * for the kinds that carry nothing but their value.
   */
  record Entry(Kind kind, String value, Payload data, int length, long capitals, long acronyms) {
    Province province() {
      return data instanceof Province p ? p : null;
    }

    NamedBodies.Head head() {
      return data instanceof NamedBodies.Head h ? h : null;
    }

    int triggerRank() {
      return data instanceof Trigger t ? t.rank() : -1;
    }

    boolean alwaysWord() {
      return data instanceof CommonWord w && w.always();
    }

    String spelled() {
      return data instanceof Spelling s ? s.spelled() : null;
    }

    Set<String> spellings() {
      return data instanceof Spellings s ? s.lowerCase() : Set.of();
    }
  }

  /** A name found at syllables [from, to). */
  record Match(Entry entry, int from, int to) {}

  private static final class Node {
    int[] keys = new int[0];
    Node[] kids = new Node[0];
    Entry[] entries = new Entry[0];

    Node child(int id) {
      int i = Arrays.binarySearch(keys, id);
      return i < 0 ? null : kids[i];
    }

    Node addChild(int id) {
      int i = Arrays.binarySearch(keys, id);
      if (i >= 0) {
        return kids[i];
      }
      int at = -i - 1;
      Node n = new Node();
      int[] k2 = new int[keys.length + 1];
      Node[] c2 = new Node[kids.length + 1];
      System.arraycopy(keys, 0, k2, 0, at);
      System.arraycopy(kids, 0, c2, 0, at);
      k2[at] = id;
      c2[at] = n;
      System.arraycopy(keys, at, k2, at + 1, keys.length - at);
      System.arraycopy(kids, at, c2, at + 1, kids.length - at);
      keys = k2;
      kids = c2;
      return n;
    }
  }

  private final Vocabulary vocabulary;
  private final Node root = new Node();

  /** The root's children by syllable id: most text syllables stop here, in one array read. */
  private final Node[] first;

  /**
   * The kinds of the names that start with each syllable: "và" starts only a stop word, so a walk
   * for bodies skips it in one array read instead of a node visit.
   */
  private final int[] kindsFrom;

  NameTrie(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.first = new Node[vocabulary.size()];
    this.kindsFrom = new int[vocabulary.size()];
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Adds {@code name} as written (its capitals decide {@link Entry#capitals}). */
  void add(String name, Kind kind, String value, Payload data, boolean caseRules) {
    List<String> keys = Syllables.keys(name);
    if (keys.isEmpty()) {
      return;
    }
    Node node = root;
    for (String k : keys) {
      int id = vocabulary.id(k);
      if (id < 0) {
        throw new IllegalStateException("syllable not in vocabulary: " + k);
      }
      if (node == root) {
        first[id] = root.addChild(id);
      }
      node = node.addChild(id);
    }
    kindsFrom[vocabulary.id(keys.get(0))] |= kind.bit();
    long capitals = caseRules ? acronyms(name) | (keys.size() <= 2 ? 1L : 0L) : 0L;
    // a body's one-word abbreviation is written in capitals ("AU", not the "Âu" of "châu Âu"); a
    // place's may not be ("Tp. HCM"), nor a longer one's ("PV Oil" for "PV OIL")
    long acronyms = caseRules && kind == Kind.NATIONAL && keys.size() == 1 ? acronyms(name) : 0L;
    for (Entry e : node.entries) {
      if (e.kind() == kind
          && e.value().equals(value)
          && e.capitals() == capitals
          && e.acronyms() == acronyms) {
        return;
      }
    }
    Entry[] es = Arrays.copyOf(node.entries, node.entries.length + 1);
    es[es.length - 1] = new Entry(kind, value, data, keys.size(), capitals, acronyms);
    node.entries = es;
  }

  /** Bit i set when word i of {@code name} is written in capitals: "BHXH", "AU". */
  private static long acronyms(String name) {
    long mask = 0L;
    String[] words = name.split("[^\\p{L}\\p{N}]+");
    int i = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() >= 2
          && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
          && i < 64) {
        mask |= 1L << i;
      }
      i++;
    }
    return mask;
  }

  /** Whether a name of one of {@code kinds} starts with the syllable at {@code from}. */
  boolean startsAny(Syllables s, int from, int kinds) {
    return from < s.size && s.id[from] >= 0 && (kindsFrom[s.id[from]] & kinds) != 0;
  }

  /**
   * Whether a name of one of {@code kinds}, of at most {@code words} syllables, ends right before
   * syllable k (read ignoring case): "Tổng giám đốc | Nguyễn Văn A", "Giám Đốc | Công ty X".
   */
  boolean endsAt(Syllables s, int k, int words, int kinds) {
    for (int j = Math.max(0, k - words); j < k; j++) {
      Match m = longest(s, j, kinds, true);
      if (m != null && m.to() == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest name of one of {@code kinds} (a mask of {@link Kind#bit()}) starting at syllable
   * {@code from}, or null. Names never span a sentence end or bracket; a level word must be spelled
   * as listed.
   */
  Match longest(Syllables s, int from, int kinds, boolean ignoreCase) {
    if (from >= s.size || s.id[from] < 0 || (kindsFrom[s.id[from]] & kinds) == 0) {
      return null;
    }
    Node node = first[s.id[from]];
    Match best = null;
    boolean comma = false; // "Trần Vũ Hải, Đoàn luật sư": no head runs across a comma
    for (int k = from; node != null; ) {
      for (Entry e : node.entries) {
        if ((kinds & e.kind().bit()) != 0
            && !(comma && e.kind() == Kind.NAMED)
            && (ignoreCase || capitalsMatch(s, from, e.capitals(), e.acronyms()))
            && (e.kind() != Kind.TYPE || !properName(s, from, k + 1, e))) {
          best = new Match(asWritten(node, e, s.original(from, k + 1)), from, k + 1);
          break;
        }
      }
      k++;
      if (k >= s.size || s.has(k, Syllables.BREAK) || s.id[k] < 0) {
        break;
      }
      comma |= s.has(k, Syllables.COMMA);
      node = node.child(s.id[k]);
    }
    return best;
  }

  /**
   * Among a node's entries of a province named as written (a province abroad: "Bôlykhămxay",
   * "Bolykhamxay", "Attapư", "Attapu" fold alike), the one the article spells; else {@code e}.
   */
  private static Entry asWritten(Node node, Entry e, String written) {
    if (e.kind() != Kind.PROVINCE || e.value().equals(written)) {
      return e;
    }
    for (Entry o : node.entries) {
      if (o.kind() == Kind.PROVINCE && o.value().equals(written)) {
        return o;
      }
    }
    return e;
  }

  /**
   * Whether a level word's syllables are a proper name's: capitalised and spelled otherwise than
   * the word ("Cảng Nghệ Tĩnh", "Cơ quan Tình báo" are no "tỉnh"). A lower-case one stays the word,
   * a common word that ends the name either way ("Sở Xây dựng tính toán").
   */
  private static boolean properName(Syllables s, int from, int to, Entry e) {
    return s.has(from, Syllables.UPPER)
        && !NameBounds.sameSpelling(s.original(from, to), e.spelled());
  }

  private static boolean capitalsMatch(Syllables s, int from, long capitals, long acronyms) {
    for (long m = capitals; m != 0; m &= m - 1) {
      if (!s.has(from + Long.numberOfTrailingZeros(m), Syllables.UPPER)) {
        return false;
      }
    }
    for (long m = acronyms; m != 0; m &= m - 1) {
      int k = from + Long.numberOfTrailingZeros(m);
      int upper = 0;
      for (int i = s.start[k]; i < s.end[k]; i++) {
        upper += Character.isUpperCase(s.text[i]) ? 1 : 0;
      }
      if (upper < 2 && upper < s.end[k] - s.start[k]) {
        return false; // "Âu", "Who", "Vov" are words; "ABBank", "HoREA" as mined "ABBANK", "HOREA"
      }
    }
    return true;
  }
}
