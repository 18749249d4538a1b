package io.github.vetmobility.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.testing.RealData;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Parses every identifier of the real ECHE 2021-2027 charter list (Windows-1252, ';', first line
 * empty, no-break spaces in Erasmus codes, '#N/A' placeholders).
 *
 * <p>Counts, read off the file: 5,914 data lines, of which 2 are broken rows (a field split by a
 * stray separator shifts the columns: their "Erasmus code" is a post code). 5,912 PICs, all valid;
 * 4,985 OIDs and 927 '#N/A'; 5,912 Erasmus codes, of which the 2 post codes are refused.
 */
class CharterListTest {

  @Test
  void everyRealIdentifierIsAcceptedAndEveryPlaceholderRefused() throws IOException {
    List<String> lines =
        Files.readAllLines(
            RealData.file("erasmus-data/organisations/eche_2021_2027_destinations.csv"),
            Charset.forName("windows-1252"));
    assertThat(lines.get(0)).matches(";+");
    assertThat(lines.get(1)).startsWith("Proposal number;Erasmus Code;Pic;OID;");

    Tally codes = new Tally();
    Tally pics = new Tally();
    Tally oids = new Tally();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(";", -1);
      codes.add(f[1], ErasmusCode::parse);
      pics.add(f[2], Pic::parse);
      oids.add(f[3], OrganisationId::parse);
    }

    assertThat(lines.size() - 2).isEqualTo(5914);
    assertThat(pics.accepted).isEqualTo(5912);
    assertThat(pics.refused).containsOnly("Ankara", "TIRANA");
    assertThat(oids.accepted).isEqualTo(4985);
    assertThat(oids.refused).hasSize(929).containsOnly("#N/A", "AL", "TR");
    assertThat(oids.reasons).allMatch(r -> r.contains("'E' followed by 8 digits"));
    assertThat(codes.accepted).isEqualTo(5912);
    assertThat(codes.refused).containsExactlyInAnyOrder("1000", "06570");
  }

  private static final class Tally {
    int accepted;
    final List<String> refused = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();

    void add(String value, Consumer<String> parser) {
      try {
        parser.accept(value);
        accepted++;
      } catch (InvalidValueException e) {
        refused.add(value);
        reasons.add(e.getMessage());
      }
    }
  }
}
