package vn.newssearch.server.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One judged query from {@code eval/queries.jsonl}: text, optional party, date and category
 * filters, and the documents a reader judged relevant with their grade (2 highly relevant, 1
 * relevant). Document keys are article ids, or {@code page:<file name>} for a page of {@code
 * data/sample/pages}. Known-item queries say how they were {@code typed}: "accented" or
 * "unaccented".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuery(
    String id,
    String group,
    String typed,
    String q,
    List<String> party,
    LocalDate from,
    LocalDate to,
    String category,
    Map<String, Integer> relevant) {

  public EvalQuery {
    q = q == null ? "" : q;
    party = party == null ? List.of() : List.copyOf(party);
    relevant = Map.copyOf(relevant);
  }

  /** Reads one query per line; a malformed line fails with its line number. */
  public static List<EvalQuery> load(Path file, ObjectMapper mapper) {
    List<EvalQuery> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          EvalQuery query = mapper.readValue(line, EvalQuery.class);
          if (query.relevant().isEmpty()) {
            throw new IllegalArgumentException("no relevant documents");
          }
          out.add(query);
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
