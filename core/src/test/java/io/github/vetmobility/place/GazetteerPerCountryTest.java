package io.github.vetmobility.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The built-in gazetteer is read per country, from files the build cuts out of the data file
 * (core/src/build/java/GazetteerSplit.java): they must hold the data file's places, in its order.
 */
class GazetteerPerCountryTest {
  private static final Path DATA =
      Path.of("src/main/resources/io/github/vetmobility/place/gazetteer.tsv.gz");

  private static List<String> lines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(line);
      }
    }
    return out;
  }

  private static List<String> resource(String name) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream("gazetteer/" + name);
    assertThat(in).as(name).isNotNull();
    return lines(in);
  }

  @Test
  void theCountryFilesHoldThePlacesOfTheDataFileInItsOrder() throws IOException {
    List<String> data = lines(new GZIPInputStream(Files.newInputStream(DATA)));
    List<String> places = new ArrayList<>();
    List<String> divisions = new ArrayList<>();
    int next = 0;
    for (String line : resource("index.tsv")) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      assertThat(Integer.parseInt(f[1])).as(line).isEqualTo(next);
      List<String> country = resource(f[0] + ".tsv");
      // Each file keeps the data file's attribution and licences.
      assertThat(country).filteredOn(l -> l.startsWith("#")).isNotEmpty();
      List<String> c = country.stream().filter(l -> l.startsWith("C\t" + f[0] + "\t")).toList();
      assertThat(c).as(f[0]).hasSize(Integer.parseInt(f[2]));
      assertThat(country).filteredOn(l -> l.startsWith("C\t")).hasSameSizeAs(c);
      places.addAll(c);
      divisions.addAll(country.stream().filter(l -> l.startsWith("A\t")).toList());
      next += c.size();
    }
    assertThat(places).isEqualTo(data.stream().filter(l -> l.startsWith("C\t")).toList());
    assertThat(data.stream().filter(l -> l.startsWith("A\t")).toList()).containsAll(divisions);
    assertThat(Gazetteer.builtIn().size()).isEqualTo(places.size());
  }

  @Test
  void aLookUpReadsOnlyTheCountriesItNames() {
    Gazetteer g = Gazetteer.fresh();
    assertThat(g.countriesRead()).isZero();
    assertThat(g.find("Cork", CountryCode.IE, null))
        .isEqualTo(Gazetteer.builtIn().find("Cork", CountryCode.IE, null));
    assertThat(g.countriesRead()).isEqualTo(1);
    // France with its outermost regions: seven countries.
    assertThat(g.find("Saint-Denis", CountryCode.FR, null))
        .isEqualTo(Gazetteer.builtIn().find("Saint-Denis", CountryCode.FR, null));
    assertThat(g.countriesRead()).isEqualTo(8);
    assertThat(g.find("Saint-Denis", CountryCode.FR, null).candidates())
        .extracting(GazetteerEntry::country)
        .contains(CountryCode.FR, CountryCode.RE);
  }
}
