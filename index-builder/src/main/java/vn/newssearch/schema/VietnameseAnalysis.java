package vn.newssearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The two Vietnamese analyses, used alike by the IndexWriter ({@link #forIndexing()}) and by the
 * server's queries and snippets. Both cut ICU's words ({@link VietnameseTokenizer}); <b>exact</b>
 * keeps diacritics (NFKC case folding, one tone-placement convention), <b>folded</b> drops them and
 * reads "đ" as "d", so {@code lao dong} matches "lao động" ({@link TermFormFilter}). NFD input is
 * composed inside each token by nfkc_cf. At index time the folded fields also get abbreviation
 * concept terms ({@link ConceptFilter}). Also the one fold of names and keys, {@link #fold(char)}.
 */
public final class VietnameseAnalysis {
  private VietnameseAnalysis() {}

  /** Diacritics kept: "Hoà Bình" → [hòa, bình]. */
  public static Analyzer exact() {
    return new FormAnalyzer(false);
  }

  /** Diacritics removed: "Lao động" → [lao, dong]. */
  public static Analyzer folded() {
    return new FormAnalyzer(true);
  }

  /**
   * Diacritics removed, and each abbreviation concept's term where one of its forms occurs ({@link
   * ConceptFilter}): what the IndexWriter puts in the folded fields.
   */
  public static Analyzer foldedWithConcepts(AbbreviationConcepts concepts) {
    return new FormAnalyzer(true, new ConceptFilter.Table(concepts));
  }

  /** Vietnamese syllables in one of the two forms: the same tokenizer, one term filter. */
  private static final class FormAnalyzer extends Analyzer {
    private final boolean folded;
    private final ConceptFilter.Table concepts;

    FormAnalyzer(boolean folded) {
      this(folded, null);
    }

    FormAnalyzer(boolean folded, ConceptFilter.Table concepts) {
      this.folded = folded;
      this.concepts = concepts;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source =
          new VietnameseTokenizer(
              folded ? VietnameseTokenizer.Role.REPLAY : VietnameseTokenizer.Role.RECORD);
      TokenStream forms = new TermFormFilter(source, folded);
      return new TokenStreamComponents(
          source, concepts == null ? forms : new ConceptFilter(forms, concepts));
    }

    @Override
    protected AttributeFactory attributeFactory(String fieldName) {
      return FormTermAttributeImpl.FACTORY;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new TermFormFilter(in, folded);
    }
  }

  /**
   * The analyzer the IndexWriter uses: exact or folded per field, keywords untouched; the folded
   * fields also hold the concept terms of the gazetteer's abbreviations on the class path.
   */
  public static Analyzer forIndexing() {
    return forIndexing(AbbreviationConcepts.bundled());
  }

  /** The same, with the concept terms of {@code concepts}. */
  public static Analyzer forIndexing(AbbreviationConcepts concepts) {
    Analyzer exact = exact();
    Analyzer folded = foldedWithConcepts(concepts);
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            Fields.TITLE_EXACT, exact,
            Fields.BODY_EXACT, exact,
            Fields.TITLE_FOLDED, folded,
            Fields.BODY_FOLDED, folded));
  }

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> terms(Analyzer analyzer, String text) {
    return terms(analyzer, text, Integer.MAX_VALUE);
  }

  /** The first {@code max} terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> terms(Analyzer analyzer, String text, int max) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY_FOLDED, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (out.size() < max && ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string in memory cannot fail", e);
    }
    return out;
  }

  /** What {@link #fold(char)} gives for a combining mark: the character is dropped. */
  public static final char DROPPED = 0;

  /** What {@link #fold(char)} gives for anything but a letter or digit: words end there. */
  public static final char SEPARATOR = ' ';

  private static final char[] FOLD = foldTable();

  /**
   * The one fold of names and keys, a character at a time: a letter or digit becomes its lower-case
   * base letter ("Ệ" → "e", "Đ" and "ð" → "d"), a combining mark {@link #DROPPED}, anything else a
   * {@link #SEPARATOR}. The page's highlight.js keeps the one JavaScript copy (HighlightFoldTest).
   */
  public static char fold(char c) {
    return FOLD[c];
  }

  /**
   * A lookup key for names: {@link #fold(char)} per character, punctuation and runs of space
   * collapsed to one space. "Bộ LĐ-TB&XH" → "bo ld tb xh".
   */
  public static String foldKey(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = FOLD[s.charAt(i)];
      if (c == SEPARATOR) {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else if (c != DROPPED) {
        out.append(c);
        space = false;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  private static char[] foldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (Character.getType(ch) == Character.NON_SPACING_MARK) {
        table[c] = DROPPED;
      } else if (!Character.isLetterOrDigit(ch)) {
        table[c] = SEPARATOR;
      } else if (ch == 'đ' || ch == 'Đ' || ch == 'ð' || ch == 'Ð') {
        table[c] = 'd';
      } else {
        // A precomposed letter keeps the base of its decomposition; one that decomposes into more
        // than a letter and marks (a Hangul syllable) stays whole.
        String nfd = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        boolean baseAndMarks =
            nfd.chars().skip(1).allMatch(m -> Character.getType(m) == Character.NON_SPACING_MARK);
        table[c] = Character.toLowerCase(baseAndMarks ? nfd.charAt(0) : ch);
      }
    }
    return table;
  }
}
