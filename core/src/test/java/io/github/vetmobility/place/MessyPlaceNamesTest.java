package io.github.vetmobility.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.distance.GreatCircle;
import io.github.vetmobility.testing.RealData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a real batch holds: the mobitwin sample of Erasmus+ place strings that automatic geocoding
 * failed on, with hand-corrected "City, Country" strings and coordinates (1,664 rows).
 */
class MessyPlaceNamesTest {
  private static final Map<String, CountryCode> COUNTRIES =
      Map.ofEntries(
          Map.entry("czech republic", CountryCode.CZ),
          Map.entry("czechia", CountryCode.CZ),
          Map.entry("united kingdom", CountryCode.UK),
          Map.entry("greece", CountryCode.EL),
          Map.entry("north macedonia", CountryCode.MK),
          Map.entry("macedonia", CountryCode.MK),
          Map.entry("the netherlands", CountryCode.NL),
          Map.entry("turkey", CountryCode.TR),
          Map.entry("türkiye", CountryCode.TR));

  @Test
  void resolvesMostHandCorrectedNamesNearTheirHandPlacedCoordinates() throws IOException {
    List<List<String>> records =
        csv(
            Files.readString(
                RealData.file("erasmus-data/cities/mobitwin_Unsuccessfuls_geocoded_ALL_DONE.csv"),
                StandardCharsets.UTF_8));
    int rows = 0;
    int found = 0;
    int near = 0;
    for (List<String> f : records.subList(1, records.size())) {
      if (f.size() < 7) {
        continue;
      }
      String corrected = f.get(6);
      int comma = corrected.indexOf(',');
      CountryCode country = country(corrected.substring(comma + 1));
      if (comma < 0 || country == null || f.get(4).isEmpty()) {
        continue;
      }
      rows++;
      PlaceMatch m = Gazetteer.builtIn().find(corrected.substring(0, comma), country, null);
      if (m.status() == PlaceMatch.Status.NOT_FOUND) {
        continue;
      }
      found++;
      Coordinates manual =
          Coordinates.of(Double.parseDouble(f.get(4)), Double.parseDouble(f.get(5)));
      // An ambiguous name counts as near when one of its candidates is the hand-placed one.
      if (m.candidates().stream()
          .anyMatch(c -> GreatCircle.distanceKm(c.coordinates(), manual) < 25)) {
        near++;
      }
    }
    // Figures at the time of writing: 1,640 rows, 1,373 found (84 %), 1,355 of them near (99 %).
    System.out.printf("mobitwin: %d rows, %d found, %d near%n", rows, found, near);
    assertThat(rows).isGreaterThan(1_400);
    assertThat(found).isGreaterThan(rows * 80 / 100);
    assertThat(near).isGreaterThan(found * 85 / 100);
  }

  private static CountryCode country(String name) {
    String n = name.replace(",", " ").strip().toLowerCase(Locale.ROOT);
    CountryCode byAlias = COUNTRIES.get(n);
    if (byAlias != null) {
      return byAlias;
    }
    for (CountryCode c : CountryCode.values()) {
      if (c.englishName().toLowerCase(Locale.ROOT).equals(n)) {
        return c;
      }
    }
    return null;
  }

  // RFC 4180 records; quoted fields of this file hold line breaks.
  private static List<List<String>> csv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          sb.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(sb.toString());
        sb.setLength(0);
      } else if (c == '\n' && !quoted) {
        out.add(sb.toString());
        sb.setLength(0);
        records.add(out);
        out = new ArrayList<>();
      } else if (c != '\r' || quoted) {
        sb.append(c);
      }
    }
    if (sb.length() > 0 || !out.isEmpty()) {
      out.add(sb.toString());
      records.add(out);
    }
    return records;
  }
}
