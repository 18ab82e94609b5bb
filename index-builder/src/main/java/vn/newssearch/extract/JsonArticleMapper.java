package vn.newssearch.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.newssearch.model.Article;
import vn.newssearch.schema.ContentHash;
import vn.newssearch.schema.VietnameseAnalysis;
import vn.newssearch.source.Origin;
import vn.newssearch.source.Problem;
import vn.newssearch.source.ProblemSink;
import vn.newssearch.source.SourceRecord;
import vn.newssearch.source.TextDecoder;

/**
 * A JSON Lines record → an {@link Article}: fields trimmed and NFC, empty ones null, the date in
 * Vietnam time, a lead without a body taken as the text (with a warning), and an id that stays the
 * same across re-runs (the record's id, else one from the URL, else from the title and body).
 * Stateless and thread-safe.
 */
public final class JsonArticleMapper {

  public Article map(SourceRecord.JsonArticle r, ProblemSink warnings)
      throws InvalidArticleException {
    String body = clean(r.body());
    String lead = clean(r.lead());
    if (body == null) {
      String missing = r.body() == null ? "no \"body\"" : "an empty \"body\"";
      if (lead == null) {
        throw new InvalidArticleException("JSON object has " + missing);
      }
      // wire copy is often a title and one paragraph: the lead is all the text there is
      warnings.report(
          Problem.warning(
              r.origin(), "JSON object has " + missing + "; its \"lead\" is indexed as the text"));
      body = lead;
      lead = null;
    }
    String url = clean(r.url());
    String title = clean(r.title());
    return new Article(
        id(clean(r.id()), url, title, body),
        url,
        clean(r.source()),
        title,
        lead,
        body,
        captions(r.captions()),
        published(r.published(), r.origin(), warnings),
        clean(r.category()),
        clean(r.author()),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** The id that makes re-indexing update rather than duplicate: id, else URL, else content. */
  static String id(String id, String url, String title, String body) {
    if (id != null) {
      return id;
    }
    if (url != null) {
      return "u-" + ContentHash.of(url);
    }
    return "h-"
        + ContentHash.of(VietnameseAnalysis.foldKey(title), VietnameseAnalysis.foldKey(body));
  }

  /**
   * {@code 2019-10-17} is that day at midnight Vietnam time; a full ISO time is converted to
   * Vietnam time, and one without an offset is taken as Vietnam time. Anything else is a warning
   * and the article is undated.
   */
  static OffsetDateTime published(String raw, Origin origin, ProblemSink warnings) {
    String s = clean(raw);
    if (s == null) {
      return null;
    }
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay().atOffset(Article.VIETNAM);
      }
      String iso =
          s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
      if (hasOffset(iso)) {
        return OffsetDateTime.parse(iso).withOffsetSameInstant(Article.VIETNAM);
      }
      return LocalDateTime.parse(iso).atOffset(Article.VIETNAM);
    } catch (DateTimeParseException e) {
      warnings.report(
          Problem.warning(
              origin, "\"published\" is not a date (\"" + s + "\"); indexed as undated"));
      return null;
    }
  }

  private static boolean hasOffset(String iso) {
    int t = iso.indexOf('T');
    if (t < 0) {
      return false;
    }
    String time = iso.substring(t);
    return time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
  }

  private static List<String> captions(List<String> raw) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    return raw.stream().map(JsonArticleMapper::clean).filter(c -> c != null).toList();
  }

  /** Trimmed NFC text, or null when nothing is left. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : TextDecoder.nfc(t);
  }
}
