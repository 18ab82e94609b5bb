package vn.newssearch.extract;

/**
 * Fills an article's parties, organisations, signatories and agreement (kind, period, signing date
 * and place) from its title, lead and body. Thread-safe; one instance serves all indexing threads.
 *
 * <p>PLACEHOLDER: the real implementation replaces this body.
 */
public final class AgreementExtractor {
  private final Gazetteer gazetteer;

  public AgreementExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Article enrich(Article article) {
    return article;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
