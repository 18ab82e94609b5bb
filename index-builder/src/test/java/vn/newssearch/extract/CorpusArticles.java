package vn.newssearch.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.newssearch.model.Article;
import vn.newssearch.source.SourceReader;
import vn.newssearch.source.SourceRecord;

/**
 * A corpus file's articles as the indexer reads them ({@link SourceReader} and {@link
 * JsonArticleMapper}), before agreement extraction: what the corpus tests and benchmarks feed the
 * extractors. Any problem with the file fails loudly, since the corpus is known to be clean.
 */
public final class CorpusArticles {
  private CorpusArticles() {}

  public static List<Article> read(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonArticleMapper mapper = new JsonArticleMapper();
    try {
      new SourceReader(List.of(file), p -> problems.add(p.toString()))
          .readAll(
              record -> {
                if (record instanceof SourceRecord.JsonArticle json) {
                  try {
                    out.add(mapper.map(json, p -> problems.add(p.toString())));
                  } catch (InvalidArticleException e) {
                    problems.add(json.origin() + ": " + e.getMessage());
                  }
                }
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + file, e);
    }
    if (!problems.isEmpty()) {
      throw new IOException(problems.size() + " problems reading " + file + ": " + problems.get(0));
    }
    return out;
  }
}
