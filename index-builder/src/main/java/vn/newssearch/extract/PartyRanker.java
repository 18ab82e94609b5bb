package vn.newssearch.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A learned second look at the parties: every body named in the sentences of a reported signing
 * (and those with a document noun, the title and the lead) is scored by a logistic regression over
 * structural features only: where the body stands against the verb ("X ký ... với Y", "giữa X và
 * Y", "cho Y"), whether a person's title or a bystander's word stands before it ("Giám đốc Sở Y
 * tế", "trước sự chứng kiến của Bộ Ngoại giao"), how often the article names it, its kind of head,
 * and whether the hand rules already gave it. The weights are data (gazetteer/party-ranker.tsv,
 * fitted on the tune half by eval/agreements/party_ranker.py); nothing is learned at run time.
 *
 * <p>A body whose score reaches {@code @add} is added to the rules' parties; with {@code @add}
 * above 1 the ranker changes nothing (the file as committed). With the system property {@code
 * vn.newssearch.partyFeatures} set to a path, each article's candidates and their features are
 * appended there as JSON lines, for the fitting script.
 */
final class PartyRanker {
  /** The ranker of the committed weights. */
  static final PartyRanker INSTANCE = new PartyRanker(Gazetteer.rows("party-ranker.tsv"));

  /** How far before a body a bystander's word ("chứng kiến", "tham dự") still describes it. */
  private static final int BYSTANDER_REACH = 8;

  /** How far before the verb a body is still its subject. */
  private static final int SUBJECT_REACH = 10;

  /** At most this many parties: more is a list of attendees (as {@link SigningChoice}). */
  private static final int MAX_PARTIES = 6;

  private static final String DUMP = System.getProperty("vn.newssearch.partyFeatures");

  private final Map<String, Double> weights = new TreeMap<>();
  private final double bias;
  private final double add;
  private final Phrases bystanders = new Phrases();

  /** A ranker of the rows of party-ranker.tsv: feature TAB weight, {@code @bias}, {@code @add}. */
  PartyRanker(List<String[]> rows) {
    double b = 0;
    double a = 2;
    for (String[] row : rows) {
      double v = Double.parseDouble(row[1].strip());
      switch (row[0]) {
        case "@bias" -> b = v;
        case "@add" -> a = v;
        default -> weights.put(row[0], v);
      }
    }
    bias = b;
    add = a;
    for (String[] row : Gazetteer.rows("signing-words.tsv")) {
      if (row[0].equals("bystander")) {
        bystanders.add(row[1].strip(), row[0]);
      }
    }
  }

  /** Whether the ranker can change an article's parties at all (or a dump is asked for). */
  boolean active() {
    return add <= 1 || DUMP != null;
  }

  /**
   * The parties after the ranker: the rules' {@code parties}, then each candidate body it scores at
   * {@code @add} or more, in text order.
   */
  List<String> rank(
      String id,
      Syllables s,
      OrganisationMatcher.Scan scan,
      List<Signings.Signing> reported,
      NewsFrame frame,
      Gazetteer gazetteer,
      List<String> parties,
      ClauseWords words) {
    Map<String, Map<String, Double>> candidates =
        features(s, scan, reported, frame, gazetteer, parties, words);
    if (DUMP != null) {
      dump(id, candidates, gazetteer);
    }
    if (add > 1) {
      return parties;
    }
    List<String> out = new ArrayList<>(parties);
    for (Map.Entry<String, Map<String, Double>> c : candidates.entrySet()) {
      if (c.getValue().get("given") == 0
          && out.size() < MAX_PARTIES
          && score(c.getValue()) >= add) {
        out.add(c.getKey());
      }
    }
    return out.size() == parties.size() ? parties : List.copyOf(out);
  }

  double score(Map<String, Double> x) {
    double z = bias;
    for (Map.Entry<String, Double> f : x.entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Each candidate body (as the gazetteer names it), first mention first, with its features. */
  Map<String, Map<String, Double>> features(
      Syllables s,
      OrganisationMatcher.Scan scan,
      List<Signings.Signing> reported,
      NewsFrame frame,
      Gazetteer gazetteer,
      List<String> parties,
      ClauseWords words) {
    UnaryOperator<String> sameBody = gazetteer::sameBody;
    // "Hoa Kỳ" is given when the rules give "Mỹ": one body as the gazetteer resolves it
    Set<String> given = new HashSet<>();
    for (String p : parties) {
      given.add(gazetteer.resolve(p).orElse(p));
    }
    Set<Integer> signSentences = new HashSet<>();
    Map<Integer, Signings.Signing> verbOf = new java.util.HashMap<>();
    for (Signings.Signing g : reported) {
      signSentences.add(g.sentence());
      verbOf.putIfAbsent(g.sentence(), g);
    }
    Set<Integer> nounSentences = new HashSet<>();
    for (OrganisationMatcher.Hit h : scan.triggers()) {
      nounSentences.add(s.sentence[h.from()]);
    }
    List<OrganisationMatcher.Mention> all = new ArrayList<>();
    for (OrganisationMatcher.Mention m : scan.mentions()) {
      if (m.name() != null) {
        all.add(m);
      }
    }
    all.addAll(scan.places());
    all.sort(java.util.Comparator.comparingInt(OrganisationMatcher.Mention::from));
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (OrganisationMatcher.Mention m : all) {
      counts.merge(sameBody.apply(m.name()), 1, Integer::sum);
    }
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      OrganisationMatcher.Mention m = all.get(i);
      int sentence = s.sentence[m.from()];
      boolean head = frame.inHead(sentence);
      boolean sign = signSentences.contains(sentence);
      if (!head && !sign && !nounSentences.contains(sentence)) {
        continue;
      }
      String body = sameBody.apply(m.name());
      Map<String, Double> f = out.get(body);
      if (f == null) {
        f = new TreeMap<>();
        out.put(body, f);
        f.put("given", given.contains(gazetteer.resolve(body).orElse(body)) ? 1.0 : 0.0);
        f.put("mentions", Math.log(counts.get(body)));
        f.put("kind:" + kind(s, m, gazetteer.trie()), 1.0);
        f.put("resolves", gazetteer.resolve(body).isPresent() ? 1.0 : 0.0);
        f.put("state", words.isState(body) ? 1.0 : 0.0);
        f.put("rules-none", parties.isEmpty() ? 1.0 : 0.0);
        f.put("rules-one", parties.size() == 1 ? 1.0 : 0.0);
      }
      set(f, "title", sentence < frame.leadSentence());
      set(f, "head", head);
      set(f, "sign-sentence", sign);
      set(f, "noun-sentence", nounSentences.contains(sentence));
      Signings.Signing g = verbOf.get(sentence);
      if (g != null) {
        set(f, "subject", m.to() <= g.verb() && g.verb() - m.to() <= SUBJECT_REACH);
        set(f, "after-verb", m.from() >= g.after());
      }
      set(f, "after-voi", before(s, m.from(), "voi", 2));
      set(f, "after-giua", before(s, m.from(), "giua", 4));
      set(f, "after-cho", before(s, m.from(), "cho", 1));
      set(f, "after-cua", before(s, m.from(), "cua", 1));
      set(f, "titled", titled(scan, m.from()));
      int from = Math.max(0, m.from() - BYSTANDER_REACH);
      while (from < m.from() && s.sentence[from] != sentence) {
        from++;
      }
      set(f, "bystander", bystanders.find(s, from, m.from()) >= 0);
      OrganisationMatcher.Mention next =
          i + 1 < all.size() && joined(s, m.to(), all.get(i + 1).from()) ? all.get(i + 1) : null;
      OrganisationMatcher.Mention last =
          i > 0 && joined(s, all.get(i - 1).to(), m.from()) ? all.get(i - 1) : null;
      set(f, "listed", next != null || last != null);
      // "X và Y ký": joined in one list with a body the rules give
      set(
          f,
          "listed-with-given",
          (next != null && given.contains(gazetteer.resolve(next.name()).orElse(next.name())))
              || (last != null
                  && given.contains(gazetteer.resolve(last.name()).orElse(last.name()))));
    }
    return out;
  }

  /** The kind of a mention's head: "national", "province", "country", or a named head's kind. */
  private static String kind(Syllables s, OrganisationMatcher.Mention m, NameTrie trie) {
    if (m.kind() == NameTrie.Kind.NAMED) {
      NameTrie.Match head = trie.longest(s, m.from(), NameTrie.Kind.NAMED.bit(), true);
      if (head != null && head.entry().head() != null) {
        return head.entry().head().kind();
      }
    }
    return m.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether {@code key} is among the {@code reach} syllables before {@code at}, same sentence. */
  private static boolean before(Syllables s, int at, String key, int reach) {
    for (int k = at - 1; k >= 0 && k >= at - reach && s.sentence[k] == s.sentence[at]; k--) {
      if (s.is(k, key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a title ends right before {@code at}: "Giám đốc Sở Y tế", "Bộ trưởng Bộ Tài chính". */
  private static boolean titled(OrganisationMatcher.Scan scan, int at) {
    for (OrganisationMatcher.Hit h : scan.roles()) {
      if (h.to() == at) {
        return true;
      }
    }
    return false;
  }

  /** Whether two names are joined as a list: "X và Y", "X, Y", "X cùng Y". */
  private static boolean joined(Syllables s, int end, int next) {
    if (next == end) {
      char c = s.joiner(next);
      return c == ',' || c == ';';
    }
    return next == end + 1 && (s.is(end, "va") || s.is(end, "cung"));
  }

  private static void set(Map<String, Double> f, String name, boolean on) {
    if (on) {
      f.put(name, 1.0);
    }
  }

  /**
   * One JSON line per candidate: the article, the body's name, every form the gazetteer gives it
   * (for the fitting script to find it among the labels as the dev-set test does) and its features.
   */
  private static synchronized void dump(
      String id, Map<String, Map<String, Double>> candidates, Gazetteer gazetteer) {
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, Map<String, Double>> c : candidates.entrySet()) {
      line.append("{\"id\":\"").append(json(id)).append("\",\"name\":\"");
      line.append(json(c.getKey())).append("\",\"forms\":[");
      String resolved = gazetteer.resolve(c.getKey()).orElse(c.getKey());
      Set<String> forms = new java.util.LinkedHashSet<>(List.of(c.getKey(), resolved));
      forms.addAll(gazetteer.aliasesOf(resolved));
      forms.addAll(gazetteer.partyForms(resolved));
      line.append(String.join(",", forms.stream().map(x -> '"' + json(x) + '"').toList()));
      line.append("],\"features\":{");
      boolean first = true;
      for (Map.Entry<String, Double> f : c.getValue().entrySet()) {
        line.append(first ? "" : ",").append('"').append(json(f.getKey())).append("\":");
        line.append(f.getValue());
        first = false;
      }
      line.append("}}\n");
    }
    try {
      Files.writeString(
          Path.of(DUMP),
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
