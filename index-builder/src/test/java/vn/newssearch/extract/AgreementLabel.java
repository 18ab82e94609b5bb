package vn.newssearch.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code eval/agreements/labels-*.jsonl}: what a reader found in one article (see the
 * labelling guide in {@code eval/agreements/README.md}). Unknown keys fail the load, so that a
 * misspelt field is not silently scored as missing.
 */
record AgreementLabel(
    String id,
    boolean agreement,
    String kind,
    List<Party> parties,
    List<Signer> signatories,
    Period period,
    String signedOn,
    String place,
    String note) {

  /** The document nouns the guide allows, spelt as it normalises them. */
  static final Set<String> KINDS =
      Set.of(
          "thỏa thuận hợp tác",
          "thỏa thuận",
          "biên bản ghi nhớ",
          "chương trình phối hợp",
          "quy chế phối hợp",
          "kế hoạch phối hợp",
          "nghị quyết liên tịch",
          "thỏa ước lao động tập thể",
          "bản ghi nhận ý định",
          "hiệp định",
          "hiệp ước",
          "thỏa ước",
          "hợp đồng",
          "hợp tác",
          "ký kết");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  AgreementLabel {
    parties = parties == null ? List.of() : List.copyOf(parties);
    signatories = signatories == null ? List.of() : List.copyOf(signatories);
  }

  record Party(String written, String canonical) {}

  record Signer(String name, String role, String party) {}

  record Period(Integer from, Integer to) {}

  LocalDate signedOnDate() {
    return signedOn == null ? null : LocalDate.parse(signedOn);
  }

  /** Every label of one file, in file order; a bad line fails with the file and line. */
  static List<AgreementLabel> load(Path file) throws IOException {
    List<AgreementLabel> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(MAPPER.readValue(lines.get(i), AgreementLabel.class));
      } catch (JsonProcessingException e) {
        throw new IOException(file + ":" + (i + 1) + ": " + e.getOriginalMessage(), e);
      }
    }
    return out;
  }

  /** What breaks the guide's rules in this label; empty when it follows them. */
  List<String> problems() {
    List<String> p = new ArrayList<>();
    if (note == null || note.isBlank()) {
      p.add("no note");
    }
    if (!agreement) {
      if (kind != null || !parties.isEmpty() || !signatories.isEmpty() || period != null) {
        p.add("a non-agreement with agreement fields");
      }
      if (signedOn != null || place != null) {
        p.add("a non-agreement with a signing date or place");
      }
      return p;
    }
    if (kind == null || !KINDS.contains(kind)) {
      p.add("kind \"" + kind + "\" is not one of the guide's nouns");
    }
    for (Party party : parties) {
      if (blank(party.written()) || blank(party.canonical())) {
        p.add("a party without written or canonical name: " + party);
      }
    }
    Set<String> canonical = Set.copyOf(parties.stream().map(Party::canonical).distinct().toList());
    for (Signer s : signatories) {
      if (blank(s.name()) || (s.party() != null && !canonical.contains(s.party()))) {
        p.add("a signatory without a name or for a body that is not a party: " + s);
      }
    }
    if (period != null && period.from() == null && period.to() == null) {
      p.add("an empty period (write null)");
    }
    try {
      signedOnDate();
    } catch (DateTimeParseException e) {
      p.add("signedOn is not YYYY-MM-DD: " + signedOn);
    }
    return p;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
