package vn.newssearch.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newssearch.schema.VietnameseAnalysis;

/**
 * The province a provincial outlet writes from, which its news leaves out of its own bodies' names
 * ("Công an tỉnh và Sở Giáo dục - Đào tạo ký kết"). Read off the article's address: a label of the
 * host up to its registered name spells the province's name run together, whatever the words around
 * it ("baohaugiang.com.vn", "quangtri.gov.vn", "vkskontum.gov.vn", "bvdklaocai.vn",
 * "quangtritv.vn", "nghean24h.vn", "yeuhaiduong.net"); else off the lead's tag, which names the
 * province ("(Web Quảng Trị)", "Báo Lai Châu - ") or is a paper's initials listed in {@code
 * outlets.tsv} ("(NTO)"). Initials that two provinces share ("HG") are not listed, and a host and a
 * tag that disagree give none.
 */
final class OutletProvinces {
  static final String FILE = "outlets.tsv";

  /** Folded names run together → province; a key two provinces share maps to null. */
  private final Map<String, Province> runTogether = new HashMap<>();

  /** Folded names with single spaces ("quang tri") → province, for a tag's words. */
  private final Map<String, Province> spaced = new HashMap<>();

  private final Map<String, Province> tags = new HashMap<>();
  private final Map<String, Province> hosts = new HashMap<>();

  OutletProvinces(Map<String, Province> provinces, List<String[]> rows) {
    Set<String> shared = new HashSet<>();
    for (Province p : provinces.values()) {
      for (String name : List.of(p.canonical(), p.name())) {
        String key = VietnameseAnalysis.foldKey(name);
        put(spaced, key, p, shared);
        put(runTogether, key.replace(" ", ""), p, shared);
      }
    }
    for (String[] row : rows) {
      Province p = provinces.get(row[2].strip());
      if (p == null) {
        throw new IllegalStateException("outlets.tsv: unknown province " + row[2]);
      }
      (row[0].equals("tag") ? tags : hosts).put(row[1].strip(), p);
    }
  }

  private static void put(Map<String, Province> map, String key, Province p, Set<String> shared) {
    Province before = map.putIfAbsent(key, p);
    if (before != null && !before.equals(p) || shared.contains(key)) {
      shared.add(key);
      map.put(key, null); // two provinces under one key: neither
    }
  }

  /** The outlet's province, or null when neither the address nor the tag tells one. */
  Province of(String url, String lead) {
    Province host = fromHost(url);
    Province tag = fromTag(lead);
    if (host != null && tag != null && !host.equals(tag)) {
      return null;
    }
    return host != null ? host : tag;
  }

  private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)");

  /**
   * The second-level zones under ".vn" that a registered name sits below: the common ones, the
   * state's portals ("gov") and the Party's provincial committees' ("dcs").
   */
  private static final Set<String> SECOND_LEVEL =
      Set.of("com", "net", "org", "edu", "info", "gov", "dcs");

  /**
   * Fewest letters of a province's name run together that a label is read for: "hue" (Huế) is
   * inside too many other words.
   */
  private static final int NAME_MIN = 5;

  Province fromHost(String url) {
    Matcher m = url == null ? null : HOST.matcher(url.strip());
    if (m == null || !m.find()) {
      return null;
    }
    String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
    int n = labels.length;
    boolean vn = n >= 2 && labels[n - 1].equals("vn");
    int registered = n >= 3 && vn && SECOND_LEVEL.contains(labels[n - 2]) ? n - 3 : n - 2;
    if (registered < 0) {
      return null;
    }
    Province listed = hosts.get(labels[registered]);
    return listed != null ? listed : spelled(labels, registered);
  }

  /**
   * The one province whose name run together a label of the host spells, up to the registered one:
   * a provincial paper ("baophutho.vn", "hanoimoi.vn"), a portal and its bodies' sites
   * ("quangtri.gov.vn", "vkskontum.gov.vn", "songv.langson.gov.vn", "hepza.hochiminhcity.gov.vn"),
   * a body's or the station's own site ("hoinongdannamdinh.org.vn", "quangtritv.vn"), a local site
   * under any name ("yeuhaiduong.net"), a firm's provincial branch ("phutho.petrolimex.com.vn"). A
   * name inside a longer one is the longer one's ("thuathienhue"); two provinces spelled, or
   * overlapping ("thaibinhduong": Thái Bình, Bình Dương, the Pacific), give none.
   */
  private Province spelled(String[] labels, int registered) {
    Province found = null;
    for (int i = 0; i <= registered; i++) {
      String label = labels[i];
      int coveredTo = -1; // the end of the longest name found so far that starts at or before
      for (int from = 0; from + NAME_MIN <= label.length(); from++) {
        for (int to = label.length(); to >= from + NAME_MIN; to--) {
          String key = label.substring(from, to);
          if (!runTogether.containsKey(key)) {
            continue;
          }
          if (to <= coveredTo) {
            break; // inside a longer name
          }
          Province p = runTogether.get(key);
          if (p == null || found != null && !found.equals(p)) {
            return null; // a name two provinces share, or a second province
          }
          found = p;
          coveredTo = to;
          break;
        }
      }
    }
    return found;
  }

  /** A tag in brackets that opens the lead: "(Web Quảng Trị)", "(NTO)". */
  private static final Pattern BRACKET = Pattern.compile("^\\s*\\((\\p{Lu}[^()\\n]{0,30})\\)");

  /** A tag that is a site's address: "Baonghean.vn", "Baohaugiang.com.vn". */
  private static final Pattern DOMAIN =
      Pattern.compile("[A-Za-z][A-Za-z0-9-]{2,40}(?:\\.com)?\\.vn", Pattern.CASE_INSENSITIVE);

  Province fromTag(String lead) {
    if (lead == null || lead.isBlank()) {
      return null;
    }
    Matcher m = BRACKET.matcher(lead);
    String tag = m.find() ? m.group(1).strip() : SiteTag.name(lead.strip());
    if (tag == null) {
      return null;
    }
    Province listed = tags.get(tag);
    if (listed != null) {
      return listed;
    }
    if (DOMAIN.matcher(tag).matches()) {
      return fromHost("http://" + tag); // "(Baonghean.vn) - ": the paper's address as its tag
    }
    // "Web Quảng Trị", "Báo Lai Châu": a province's name among the tag's words
    String[] words = VietnameseAnalysis.foldKey(tag).split(" ");
    Province found = null;
    for (int from = 0; from < words.length; from++) {
      for (int to = Math.min(words.length, from + 4); to > from + 1; to--) {
        Province p = spaced.get(String.join(" ", List.of(words).subList(from, to)));
        if (p != null) {
          if (found != null && !found.equals(p)) {
            return null;
          }
          found = p;
          break;
        }
      }
    }
    return found;
  }
}
