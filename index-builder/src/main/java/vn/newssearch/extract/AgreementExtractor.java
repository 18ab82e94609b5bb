package vn.newssearch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills an article's parties, organisations, signatories and agreement (kind, period, signing date
 * and place) from its title, lead, body and captions. Thread-safe; one instance serves all indexing
 * threads.
 *
 * <p>Every article gets one walk over its folded syllables (organisations, trigger phrases and
 * titles at once). Only an article whose title, lead or first body sentences carry a trigger ("ký
 * kết", "chương trình phối hợp", ...) goes on to parties, signatories and dates.
 */
public final class AgreementExtractor {
  /** Body sentences, after title and lead, where an agreement must be announced. */
  static final int HEAD_BODY_SENTENCES = 3;

  /** At most this many parties: more means a list of attendees, not the parties. */
  private static final int MAX_PARTIES = 6;

  private final Gazetteer gazetteer;

  public AgreementExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Article enrich(Article article) {
    String title = nz(article.title());
    String lead = nz(article.lead());
    String body = nz(article.body());
    StringBuilder text = new StringBuilder(title.length() + lead.length() + body.length() + 64);
    text.append(title).append('\n').append(lead).append('\n');
    int bodyStart = text.length();
    text.append(body).append('\n');
    int bodyEnd = text.length();
    for (String caption : article.captions()) {
      text.append(caption).append('\n');
    }
    Syllables s = Syllables.of(text.toString(), gazetteer.trie().vocabulary());
    OrganisationMatcher.Scan scan = gazetteer.matcher().scan(s, false);
    List<String> organisations = scan.names();

    int headEnd = headEnd(s, bodyStart, bodyEnd);
    OrganisationMatcher.Hit trigger = null;
    for (OrganisationMatcher.Hit t : scan.triggers()) {
      if (t.from() < headEnd && (trigger == null || t.rank() < trigger.rank())) {
        trigger = t;
      }
    }
    if (trigger == null) {
      return article.withAgreementFields(List.of(), organisations, List.of(), null);
    }
    Set<Integer> signing = signingSentences(s, scan);
    List<String> parties = parties(s, scan, headEnd, signing);
    List<Article.Signatory> signatories = Signatories.find(s, scan, signing);
    SigningDates.Found signed = SigningDates.signedOn(s, headEnd, article.published());
    int placeSentence = signed != null ? signed.sentence() : s.sentence[trigger.from()];
    Article.Agreement agreement =
        new Article.Agreement(
            trigger.value(),
            SigningDates.period(s),
            signed == null ? null : signed.date(),
            SigningDates.place(s, gazetteer.trie(), placeSentence));
    return article.withAgreementFields(parties, organisations, signatories, agreement);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The first syllable after title, lead and the first body sentences. */
  private static int headEnd(Syllables s, int bodyStart, int bodyEnd) {
    int first = -1;
    for (int k = 0; k < s.size; k++) {
      if (s.start[k] < bodyStart) {
        continue;
      }
      if (s.start[k] >= bodyEnd) {
        return k;
      }
      if (first < 0) {
        first = s.sentence[k];
      }
      if (s.sentence[k] >= first + HEAD_BODY_SENTENCES) {
        return k;
      }
    }
    return s.size;
  }

  /** Sentences with a trigger phrase or the verb "ký". */
  private static Set<Integer> signingSentences(Syllables s, OrganisationMatcher.Scan scan) {
    Set<Integer> out = new HashSet<>();
    for (OrganisationMatcher.Hit t : scan.triggers()) {
      out.add(s.sentence[t.from()]);
    }
    for (int k = 0; k < s.size; k++) {
      if ((s.is(k, "ky") || s.is(k, "ki")) && isSign(s.original(k))) {
        out.add(s.sentence[k]);
      }
    }
    return out;
  }

  private static boolean isSign(String word) {
    return "ký".equalsIgnoreCase(word) || "kí".equalsIgnoreCase(word);
  }

  /**
   * The bodies of the first signing sentence in the head that names two or more ("A và B ký ...",
   * "giữa A và B"), else of the first that names one; bodies in brackets are context, not parties.
   */
  private static List<String> parties(
      Syllables s, OrganisationMatcher.Scan scan, int headEnd, Set<Integer> signing) {
    List<String> single = List.of();
    int sentence = -1;
    List<String> current = new ArrayList<>();
    for (OrganisationMatcher.Mention m : scan.mentions()) {
      if (m.from() >= headEnd) {
        break;
      }
      int sn = s.sentence[m.from()];
      if (sn != sentence) {
        if (current.size() >= 2) {
          return cap(current);
        }
        if (single.isEmpty() && !current.isEmpty()) {
          single = current;
        }
        sentence = sn;
        current = new ArrayList<>();
      }
      if (signing.contains(sn)
          && m.name() != null
          && !s.has(m.from(), Syllables.PAREN)
          && !current.contains(m.name())) {
        current.add(m.name());
      }
    }
    if (current.size() >= 2) {
      return cap(current);
    }
    return single.isEmpty() ? cap(current) : single;
  }

  private static List<String> cap(List<String> parties) {
    return parties.size() > MAX_PARTIES ? List.of() : List.copyOf(parties);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
