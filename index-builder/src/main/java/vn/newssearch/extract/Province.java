package vn.newssearch.extract;

/**
 * A provincial unit of the gazetteer: "Long An" (tỉnh), "Thành phố Hồ Chí Minh" (thành phố, "Hồ Chí
 * Minh"), with the unit it joined in the 2025 merger; or a province of Laos or Cambodia
 * (neighbour-provinces.tsv), named as the article spells it, with its state.
 */
public record Province(String canonical, String type, String name, String unit2025, String state)
    implements NameTrie.Payload {
  /** A province of ours: its state is left empty. */
  public Province(String canonical, String type, String name, String unit2025) {
    this(canonical, type, name, unit2025, "");
  }

  /** Whether the province lies abroad ("tỉnh Salavan"): never the article's own province. */
  public boolean abroad() {
    return !state.isEmpty();
  }

  /** Whether a gazetteer match names a province of ours, not one abroad. */
  static boolean ours(NameTrie.Match m) {
    return m != null && m.entry().province() != null && !m.entry().province().abroad();
  }

  /**
   * The province as it follows a body's head: "tỉnh Long An", "thành phố Cần Thơ"; a city whose
   * canonical name holds its type word keeps it capitalised, as Vietnamese orthography writes that
   * one city everywhere (Nghị định 30/2020/NĐ-CP, Phụ lục II): "Ủy ban nhân dân Thành phố Hồ Chí
   * Minh", as the register and every probe writer write it.
   */
  public String qualified() {
    String typed = type + " " + name;
    return canonical.equalsIgnoreCase(typed) ? canonical : typed;
  }

  /**
   * The body of this province that {@code head} names: "Sở Y tế tỉnh Long An", "Ủy ban nhân dân
   * thành phố Cần Thơ"; a head that names the level itself ("Tỉnh Đoàn", "Tỉnh ủy", "Thành đoàn")
   * takes the province's own name, as the register writes it: "Tỉnh Đoàn Quảng Ngãi", "Tỉnh ủy Long
   * An", "Thành đoàn Cần Thơ", not "Tỉnh đoàn tỉnh Quảng Ngãi".
   */
  public String bodyOf(String head) {
    boolean level =
        head.startsWith("Tỉnh ")
            || head.startsWith("Thành ")
            || head.endsWith(" Tỉnh ủy")
            || head.endsWith(" Thành ủy");
    return head + " " + (level ? canonical : qualified());
  }

  /**
   * The province or city as a party signs under its name: "tỉnh Long An" for a province, the
   * canonical name for a centrally run city ("Thành phố Hồ Chí Minh", "Hà Nội").
   */
  public String asParty() {
    return type.equals("tỉnh") ? "tỉnh " + name : canonical;
  }
}
