package vn.newssearch.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One clean, extracted news article: what is indexed, what `parse` prints and what the server
 * returns. Times are Vietnam time (+07:00); fields other than id and body may be null or empty.
 */
public record Article(
    String id,
    String url,
    String source,
    String title,
    String lead,
    String body,
    List<String> captions,
    OffsetDateTime published,
    String category,
    String author,
    List<String> parties,
    List<String> organisations,
    List<Signatory> signatories,
    Agreement agreement) {

  /** Vietnam time (UTC+7): every publication time is held, shown and filtered in it. */
  public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  public Article {
    published = published == null ? null : published.withOffsetSameInstant(VIETNAM);
    captions = captions == null ? List.of() : List.copyOf(captions);
    parties = parties == null ? List.of() : List.copyOf(parties);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    signatories = signatories == null ? List.of() : List.copyOf(signatories);
  }

  /** A person who signs for a party, e.g. "Bộ trưởng" Đào Ngọc Dung for the labour ministry. */
  public record Signatory(String name, String role, String party) {}

  /** The agreement an article reports: its kind, period, and when and where it was signed. */
  public record Agreement(String kind, Period period, java.time.LocalDate signedOn, String place) {}

  /** The years an agreement covers, as in "giai đoạn 2019 – 2022". */
  public record Period(Integer from, Integer to) {}

  /** The same article with the agreement-related fields replaced. */
  public Article withAgreementFields(
      List<String> parties,
      List<String> organisations,
      List<Signatory> signatories,
      Agreement agreement) {
    return new Article(
        id,
        url,
        source,
        title,
        lead,
        body,
        captions,
        published,
        category,
        author,
        parties,
        organisations,
        signatories,
        agreement);
  }

  /** The same article with another body (null for none, as in the stored JSON). */
  public Article withBody(String newBody) {
    return new Article(
        id,
        url,
        source,
        title,
        lead,
        newBody,
        captions,
        published,
        category,
        author,
        parties,
        organisations,
        signatories,
        agreement);
  }
}
