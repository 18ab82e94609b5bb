package vn.newssearch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * What an article's head (title and lead) says its story is, against which a signing in the body is
 * news or background. News reports its own event in the head and dates it by day and month ("Chiều
 * 12/11"); the body recalls earlier events with their year ("ngày 25-1-2016 ... ký hợp đồng"), and
 * a trial or an investigation cites contracts as evidence. The words are data (story-words.tsv).
 *
 * @param headSentences the number of sentences of the title and lead
 * @param leadSentence the lead's first sentence (the number of sentences of the title)
 * @param firstParagraph the first sentence after the body's first paragraph, which tells the lead's
 *     event in full
 * @param captionSentence the first sentence of the captions (the sentence count when none)
 * @param agreement whether the head speaks of a signing or an agreement: a use of "ký" that is not
 *     another word ("đăng ký"), or a document noun ("thỏa thuận", "hợp đồng", "hợp tác")
 * @param document the same without "hợp tác" and "phối hợp" alone, which are any cooperation ("Hợp
 *     tác với Việt Nam chưa bao giờ mạnh hơn lúc này")
 * @param trial whether the head tells of a trial, an investigation or a ruling (story-words.tsv)
 * @param headYear the latest year the head dates something in ("Ngày 9/10/2018", "tháng 8/2019"),
 *     or -1
 * @param storyDay the first day the head, else the body's first paragraph, writes: the day of the
 *     story's event ("Ngày 7/11, ... chứng kiến lễ công bố hoàn thành"), or null
 * @param headNames the bodies, places and states the head names, folded
 * @param headText the head's folded syllables, space-separated, for brands the scan does not list
 */
record NewsFrame(
    int headSentences,
    int leadSentence,
    int firstParagraph,
    int captionSentence,
    boolean agreement,
    boolean document,
    boolean trial,
    int headYear,
    StoryDates.Day storyDay,
    Set<String> headNames,
    String headText) {

  private static final Words WORDS = new Words();

  /** The kinds of the document nouns that name no document: cooperation in general. */
  private static final Set<String> GENERIC = Set.of("hợp tác", "ký kết");

  /**
   * The frame of an article whose lead starts at char {@code leadStart}, body at {@code bodyStart},
   * captions at {@code caps}.
   */
  static NewsFrame of(
      Syllables s,
      OrganisationMatcher.Scan scan,
      Map<Integer, OrganisationMatcher.Hit> nouns,
      int leadStart,
      int bodyStart,
      int caps) {
    int head = sentenceAt(s, bodyStart);
    int headEnd = s.startOfSentence(head);
    boolean agreement = false;
    boolean document = false;
    for (int k = 0; k < headEnd; k++) {
      OrganisationMatcher.Hit noun = nouns.get(k);
      boolean verb = Signings.isVerb(s, k);
      agreement |= noun != null || verb;
      // "hợp tác", "phối hợp" alone are any cooperation ("Hợp tác với Việt Nam chưa bao giờ mạnh
      // hơn"), not a document
      document |= (noun != null && !GENERIC.contains(noun.value())) || verb;
    }
    // a court named as a body ("Tòa án nhân dân tỉnh X và Sở Tư pháp ký quy chế") is no trial
    boolean trial = false;
    for (int k = WORDS.trial.find(s, 0, headEnd); k >= 0 && !trial; ) {
      trial = !s.inName(k);
      k = WORDS.trial.find(s, k + 1, headEnd);
    }
    int year = -1;
    for (int k = 0; k < headEnd; k++) {
      year = Math.max(year, StoryDates.yearAt(s, k));
    }
    Set<String> names = new HashSet<>();
    addNames(names, scan.mentions(), headEnd);
    addNames(names, scan.places(), headEnd);
    StringBuilder text = new StringBuilder(" ");
    for (int k = 0; k < headEnd; k++) {
      Phrases.Phrase state = ClauseWords.INSTANCE.country(s, k);
      if (state != null) {
        names.add(VietnameseAnalysis.foldKey(state.value()));
      }
      text.append(s.folded, s.fstart[k], s.fend[k] - s.fstart[k]).append(' ');
    }
    int paragraph = bodyStart;
    while (paragraph < caps && s.text[paragraph] != '\n') {
      paragraph++;
    }
    int firstParagraph = sentenceAt(s, paragraph + 1);
    int paragraphEnd = headEnd;
    while (paragraphEnd < s.size && s.sentence[paragraphEnd] < firstParagraph) {
      paragraphEnd++;
    }
    StoryDates.Day day = StoryDates.first(s, 0, headEnd);
    day = day != null ? day : StoryDates.first(s, headEnd, paragraphEnd);
    return new NewsFrame(
        head,
        Math.min(head, sentenceAt(s, leadStart)),
        firstParagraph,
        sentenceAt(s, caps),
        agreement,
        document,
        trial,
        year,
        day,
        Set.copyOf(names),
        text.toString());
  }

  /** Whether sentence {@code sentence} is in the title or lead. */
  boolean inHead(int sentence) {
    return sentence < headSentences;
  }

  /** Whether sentence {@code sentence} is a caption. */
  boolean inCaption(int sentence) {
    return sentence >= captionSentence;
  }

  /** Whether the head names {@code party} (a canonical name, a state, a brand). */
  boolean names(String party) {
    String folded = VietnameseAnalysis.foldKey(party);
    return headNames.contains(folded) || headText.contains(" " + folded + " ");
  }

  /** The phrases of one category of story-words.tsv. */
  static Phrases words(String category) {
    return WORDS.get(category);
  }

  private static void addNames(Set<String> names, List<OrganisationMatcher.Mention> all, int end) {
    for (OrganisationMatcher.Mention m : all) {
      if (m.from() < end) {
        names.add(VietnameseAnalysis.foldKey(m.name()));
      }
    }
  }

  /** The number of the sentence holding char {@code offset} (the sentence count when past all). */
  private static int sentenceAt(Syllables s, int offset) {
    for (int k = 0; k < s.size; k++) {
      if (s.start[k] >= offset) {
        return s.sentence[k];
      }
    }
    return s.size == 0 ? 0 : s.sentence[s.size - 1] + 1;
  }

  /** story-words.tsv, by category; loaded once. */
  private static final class Words {
    private final Map<String, Phrases> categories = new java.util.HashMap<>();
    private final Phrases trial;

    Words() {
      for (String[] row : Gazetteer.rows("story-words.tsv")) {
        if (row.length < 2) {
          throw new IllegalStateException("story-words.tsv: no phrase in " + String.join(" ", row));
        }
        categories.computeIfAbsent(row[0], c -> new Phrases()).add(row[1].strip(), row[0]);
      }
      trial = get("trial");
    }

    Phrases get(String category) {
      Phrases p = categories.get(category);
      if (p == null) {
        throw new IllegalArgumentException("no category " + category + " in story-words.tsv");
      }
      return p;
    }
  }
}
