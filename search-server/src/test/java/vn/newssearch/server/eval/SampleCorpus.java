package vn.newssearch.server.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.newssearch.extract.ArticleExtractor;
import vn.newssearch.extract.InvalidArticleException;
import vn.newssearch.model.Article;
import vn.newssearch.source.Problem;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * The bundled sample ({@code data/sample}) read and extracted by the indexer's own {@link
 * SourceReader} and {@link ArticleExtractor}, so the baseline sees exactly the articles the product
 * indexes. Also maps each page's judgment key ({@code page:<file name>}) to the id its extraction
 * gave it, so the judgments never hard-code a derived id.
 */
record SampleCorpus(
    List<Path> inputs, List<Article> articles, Map<String, String> pageIds, List<String> problems) {

  static final String PAGE_KEY_PREFIX = "page:";

  static SampleCorpus load(Path sampleDir) {
    List<Path> inputs =
        List.of(
            sampleDir.resolve("pages"),
            sampleDir.resolve("dantri-sample.jsonl"),
            sampleDir.resolve("vietnews-labour-sample.jsonl"));
    ArticleExtractor extractor = ArticleExtractor.create();
    List<Article> articles = new ArrayList<>();
    Map<String, String> pageIds = new LinkedHashMap<>();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    try {
      new SourceReader(inputs, p -> problems.add(p.toString()))
          .readAll(
              record -> {
                try {
                  Article a = extractor.extract(record, p -> problems.add(p.toString()));
                  articles.add(a);
                  if (record instanceof SourceRecord.PageText page) {
                    pageIds.put(PAGE_KEY_PREFIX + page.origin().file().getFileName(), a.id());
                  }
                } catch (InvalidArticleException e) {
                  problems.add(Problem.skipped(record.origin(), e.getMessage()).toString());
                }
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + sampleDir, e);
    }
    return new SampleCorpus(
        inputs, List.copyOf(articles), Map.copyOf(pageIds), List.copyOf(problems));
  }

  /** The document id a judgment key stands for: a page key is resolved, an id is itself. */
  String resolve(String key) {
    return key.startsWith(PAGE_KEY_PREFIX) ? pageIds.getOrDefault(key, key) : key;
  }
}
