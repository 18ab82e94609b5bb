package vn.newssearch.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) declares about its article:
 * the first {@code NewsArticle} (or {@code Article}, {@code ReportageNewsArticle}, ...), found at
 * the top, in an array or in an {@code @graph}, and the {@code BreadcrumbList}. Sites write it by
 * hand, so trailing commas, comments and raw line breaks inside strings are accepted.
 */
final class JsonLd {
  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BackgroundNewsArticle",
          "OpinionNewsArticle",
          "ReviewNewsArticle",
          "BlogPosting",
          "WebPage");

  /** The article object (null when none) and the breadcrumb names in order. */
  record Found(JsonNode article, List<String> crumbs) {}

  static Found read(List<String> scripts) {
    JsonNode article = null;
    int articleRank = Integer.MAX_VALUE;
    List<String> crumbs = List.of();
    for (String script : scripts) {
      JsonNode root;
      try (JsonParser p = LENIENT.createParser(script)) {
        root = LENIENT.readTree(p);
      } catch (IOException e) {
        continue; // A broken block says nothing; the page's other signals still count.
      }
      List<JsonNode> objects = new ArrayList<>();
      collect(root, objects, 0);
      Map<String, JsonNode> named = new HashMap<>();
      for (JsonNode o : objects) {
        if (o.hasNonNull("@id") && o.hasNonNull("name")) {
          named.putIfAbsent(o.get("@id").asText(), o);
        }
      }
      for (JsonNode o : objects) {
        resolveAuthor(o, named);
      }
      for (JsonNode o : objects) {
        int rank = articleRank(o);
        if (rank < articleRank) {
          article = o;
          articleRank = rank;
        }
        if (hasType(o, "BreadcrumbList") && crumbs.isEmpty()) {
          crumbs = crumbs(o);
        }
      }
    }
    return new Found(article, crumbs);
  }

  /**
   * An author given by reference ({@code "author": {"@id": "…/#/schema/person/…"}}, as an {@code
   * @graph} links its nodes: Yoast SEO on WordPress) is the node of that {@code @id} in the same
   * script, with its name.
   */
  private static void resolveAuthor(JsonNode o, Map<String, JsonNode> named) {
    if (!(o instanceof ObjectNode obj) || named.isEmpty()) {
      return;
    }
    JsonNode author = obj.get("author");
    if (author == null) {
      return;
    }
    if (author.isArray()) {
      ArrayNode resolved = obj.arrayNode();
      author.forEach(a -> resolved.add(byId(a, named)));
      obj.set("author", resolved);
    } else {
      obj.set("author", byId(author, named));
    }
  }

  private static JsonNode byId(JsonNode ref, Map<String, JsonNode> named) {
    if (ref.isObject() && !ref.hasNonNull("name") && ref.hasNonNull("@id")) {
      JsonNode node = named.get(ref.get("@id").asText());
      return node != null ? node : ref;
    }
    return ref;
  }

  /** News types first, a plain WebPage only when it has a headline; MAX_VALUE for no article. */
  private static int articleRank(JsonNode o) {
    if (hasType(o, "WebPage")) {
      return o.hasNonNull("headline") ? 2 : Integer.MAX_VALUE;
    }
    for (String t : ARTICLE_TYPES) {
      if (hasType(o, t)) {
        return t.endsWith("NewsArticle") ? 0 : 1;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  static boolean hasType(JsonNode o, String type) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (type.equals(x.asText())) {
          return true;
        }
      }
      return false;
    }
    return type.equals(t.asText());
  }

  private static List<String> crumbs(JsonNode list) {
    JsonNode items = list.get("itemListElement");
    if (items == null || !items.isArray()) {
      return List.of();
    }
    List<JsonNode> sorted = new ArrayList<>();
    items.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(i -> i.path("position").asInt(0)));
    List<String> names = new ArrayList<>();
    for (JsonNode item : sorted) {
      String name = text(item.get("name"));
      if (name == null) {
        name = text(item.path("item").get("name"));
      }
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /** A string value as plain text; the first of an array; an object's name. */
  static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = text(x);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    if (n.isObject()) {
      return text(n.get("name"));
    }
    return Text.plain(n.asText());
  }

  /** The people among the authors, joined with ", "; organisations are not authors. */
  static String authors(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<JsonNode> all = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(all::add);
    } else {
      all.add(n);
    }
    for (JsonNode a : all) {
      if (a.isObject() && hasType(a, "Organization")) {
        continue;
      }
      String name = text(a);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }
}
