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
 * ("Công an tỉnh và Sở Giáo dục - Đào tạo ký kết"). Read off the article's address: a provincial
 * paper is "bao" and the province's name run together ("baohaugiang.com.vn"), a provincial portal
 * or a site of one of the province's bodies has the name as the label before "gov.vn" or "dcs.vn",
 * alone or after the body's initials ("quangtri.gov.vn", "songv.quangtri.gov.vn",
 * "vkskontum.gov.vn"), a body's own site or the province's station as its ".vn" name
 * ("bvdklaocai.vn", "ytehagiang.org.vn", "quangtritv.vn"); else off the lead's tag, which names the
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

  /** The second-level suffixes under ".vn" that a registered name sits below. */
  private static final Set<String> SECOND_LEVEL = Set.of("com", "net", "org", "edu", "info");

  /** Most letters of a body's initials before its province in a label ("vks", "bvdk"). */
  private static final int INITIALS = 6;

  /**
   * The zones under ".vn" whose labels are a province's, alone or after a body's initials: the
   * state's portals ("gov") and the Party's provincial committees' ("dcs").
   */
  private static final Set<String> PROVINCIAL_ZONES = Set.of("gov", "dcs");

  /** What a provincial radio and television station's label ends with ("laocaitv"). */
  private static final String STATION = "tv";

  Province fromHost(String url) {
    Matcher m = url == null ? null : HOST.matcher(url.strip());
    if (m == null || !m.find()) {
      return null;
    }
    String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
    int n = labels.length;
    boolean vn = n >= 2 && labels[n - 1].equals("vn");
    if (n >= 3 && vn && PROVINCIAL_ZONES.contains(labels[n - 2])) {
      return initialled(labels[n - 3]); // "quangtri.gov.vn", "vkskontum.gov.vn", "hungyen.dcs.vn"
    }
    int registered = n >= 3 && vn && SECOND_LEVEL.contains(labels[n - 2]) ? n - 3 : n - 2;
    if (registered < 0) {
      return null;
    }
    String label = labels[registered];
    Province listed = hosts.get(label);
    if (listed != null) {
      return listed;
    }
    if (label.startsWith("bao")) {
      return runTogether.get(label.substring(3)); // "baophutho.vn", "baohaugiang.com.vn"
    }
    if (!vn) {
      return null;
    }
    // a body's own site, its initials before the province ("bvdklaocai.vn", "ytehagiang.org.vn",
    // "mttqlangson.org.vn"), or the province's station ("laocaitv.vn")
    Province p = initialled(label);
    return p != null || !label.endsWith(STATION) || label.length() == STATION.length()
        ? p
        : initialled(label.substring(0, label.length() - STATION.length()));
  }

  /** The province a label spells after up to {@link #INITIALS} letters of a body's initials. */
  private Province initialled(String label) {
    for (int cut = 0; cut <= INITIALS && cut < label.length(); cut++) {
      Province p = runTogether.get(label.substring(cut));
      if (p != null) {
        return p;
      }
    }
    return null;
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
