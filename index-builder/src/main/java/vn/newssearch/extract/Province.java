package vn.newssearch.extract;

/**
 * A provincial unit of the gazetteer: "Long An" (tỉnh), "Thành phố Hồ Chí Minh" (thành phố, "Hồ Chí
 * Minh"), with the unit it joined in the 2025 merger.
 */
public record Province(String canonical, String type, String name, String unit2025)
    implements NameTrie.Payload {
  /** The province as it follows a body's head: "tỉnh Long An", "thành phố Hồ Chí Minh". */
  public String qualified() {
    return type + " " + name;
  }

  /**
   * The province or city as a party signs under its name: "tỉnh Long An" for a province, the
   * canonical name for a centrally run city ("Thành phố Hồ Chí Minh", "Hà Nội").
   */
  public String asParty() {
    return type.equals("tỉnh") ? "tỉnh " + name : canonical;
  }
}
