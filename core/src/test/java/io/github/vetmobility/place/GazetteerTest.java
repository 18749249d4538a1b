package io.github.vetmobility.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.distance.GreatCircle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.builtIn();

  // Reference coordinates of the funding notes §7 (GeoNames-style city centres); the gazetteer
  // must put each city within 5 km of them, whatever the spelling.
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "Tirana, AL, 41.3275, 19.8189",
    "TIRANË, AL, 41.3275, 19.8189",
    "Brussels, BE, 50.8503, 4.3517",
    "Bruxelles, BE, 50.8503, 4.3517",
    "Skopje, MK, 41.9973, 21.4280",
    "Vienna, AT, 48.2082, 16.3738",
    "wien, AT, 48.2082, 16.3738",
    "Sarajevo, BA, 43.8563, 18.4131",
    "Ljubljana, SI, 46.0569, 14.5058",
    "Podgorica, ME, 42.4304, 19.2594",
    "Rome, IT, 41.9028, 12.4964",
    "Roma, IT, 41.9028, 12.4964",
    "Pristina, XK, 42.6629, 21.1655",
    "Prishtinë, XK, 42.6629, 21.1655",
    "Berlin, DE, 52.5200, 13.4050",
    "Belgrade, RS, 44.7866, 20.4489",
    "Beograd, RS, 44.7866, 20.4489",
    "Lisbon, PT, 38.7223, -9.1393",
    "Helsinki, FI, 60.1699, 24.9384",
    "Tallinn, EE, 59.4370, 24.7536",
    "Bratislava, SK, 48.1486, 17.1077",
    "Reykjavik, IS, 64.1466, -21.9426",
    "Reykjavík, IS, 64.1466, -21.9426",
    "Nicosia, CY, 35.1856, 33.3823",
    "Madrid, ES, 40.4168, -3.7038",
    "Las Palmas de Gran Canaria, ES, 28.1235, -15.4363",
    "Dublin, IE, 53.3498, -6.2603",
    "Valletta, MT, 35.8989, 14.5146",
    "Athens, EL, 37.9838, 23.7275",
    "Athína, GR, 37.9838, 23.7275",
    "Warsaw, PL, 52.2297, 21.0122",
    "València, ES, 39.4699, -0.3763",
    "VALENCIA, ES, 39.4699, -0.3763",
    "Forlì, IT, 44.2227, 12.0407",
    "forli, IT, 44.2227, 12.0407",
    "Łódź, PL, 51.7592, 19.4560",
    "Lodz, PL, 51.7592, 19.4560",
  })
  void findsCitiesWhateverTheAccentsAndCase(String city, String country, double lat, double lon) {
    PlaceMatch match = G.find(city, CountryCode.parse(country), null);
    assertThat(match.status()).isEqualTo(PlaceMatch.Status.FOUND);
    Coordinates found = match.place().orElseThrow().coordinates();
    assertThat(GreatCircle.distanceKm(found, Coordinates.of(lat, lon))).isLessThan(5.0);
  }

  @Test
  void anAmbiguousNameListsTheCandidatesUntilTheRegionIsGiven() {
    PlaceMatch frankfurt = G.find("Frankfurt", CountryCode.DE, null);
    assertThat(frankfurt.status()).isEqualTo(PlaceMatch.Status.AMBIGUOUS);
    assertThat(frankfurt.place()).isEmpty();
    assertThat(frankfurt.candidates())
        .extracting(GazetteerEntry::name)
        .contains("Frankfurt am Main", "Frankfurt (Oder)");

    PlaceMatch hesse = G.find("Frankfurt", CountryCode.DE, "Hesse");
    assertThat(hesse.status()).isEqualTo(PlaceMatch.Status.FOUND);
    assertThat(hesse.place().orElseThrow().name()).isEqualTo("Frankfurt am Main");

    PlaceMatch brandenburg = G.find("frankfurt", CountryCode.DE, "brandenburg");
    assertThat(brandenburg.place().orElseThrow().name()).isEqualTo("Frankfurt (Oder)");
  }

  @Test
  void franceIncludesItsOutermostRegions() {
    PlaceMatch saintDenis = G.find("Saint-Denis", CountryCode.FR, null);
    assertThat(saintDenis.status()).isEqualTo(PlaceMatch.Status.AMBIGUOUS);
    assertThat(saintDenis.candidates())
        .extracting(GazetteerEntry::country)
        .contains(CountryCode.FR, CountryCode.RE);

    Coordinates reunion =
        G.find("Saint-Denis", CountryCode.FR, "Réunion").place().orElseThrow().coordinates();
    assertThat(reunion.latitude()).isCloseTo(-20.8823, within(0.05));
  }

  @Test
  void coordinatesOfAnAmbiguousPlaceIsAClearError() {
    Place frankfurt = Place.of("Frankfurt", CountryCode.DE);
    assertThatThrownBy(() -> G.coordinatesOf(frankfurt, "receiving.place"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("receiving.place")
        .hasMessageContaining("Frankfurt am Main")
        .hasMessageContaining("Frankfurt (Oder)")
        .hasMessageContaining("region");
  }

  @Test
  void coordinatesOfAnUnknownPlaceIsAClearError() {
    Place nowhere = Place.of("Xyzzyville", CountryCode.BE);
    assertThatThrownBy(() -> G.coordinatesOf(nowhere, "sending.place"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sending.place")
        .hasMessageContaining("Xyzzyville (BE)");
  }

  @Test
  void givenCoordinatesWinOverTheGazetteer() {
    Coordinates own = Coordinates.of(50.0, 8.0);
    Place p = Place.builder().city("Frankfurt").country(CountryCode.DE).coordinates(own).build();
    assertThat(G.coordinatesOf(p, "place")).isEqualTo(own);
  }

  @Test
  void theCountryMatters() {
    assertThat(G.find("Vienna", CountryCode.IT, null).status())
        .isEqualTo(PlaceMatch.Status.NOT_FOUND);
    assertThat(G.find("Valencia", CountryCode.VE, null).place().orElseThrow().country())
        .isEqualTo(CountryCode.VE);
  }

  // Real strings from Erasmus+ data (mobitwin sample): double-encoded UTF-8, digits, street parts.
  @ParameterizedTest
  @CsvSource({
    "TÃ¼bingen, DE, Tübingen",
    "'TÃƒÂ¼bingen', DE, Tübingen",
    "Kempten02, DE, Kempten (Allgäu)",
    "'Prerov, Mesto', CZ, Přerov",
    "Frankfurt (Oder), DE, Frankfurt (Oder)",
    "'Saint-Denis (Réunion)', RE, Saint-Denis",
  })
  void repairsCommonAccidentsInRealData(String city, String country, String name) {
    PlaceMatch match = G.find(city, CountryCode.parse(country), null);
    assertThat(match.place().orElseThrow().name()).isEqualTo(name);
  }

  @Test
  void coversTheProgrammeCountriesDownToSmallTowns() {
    assertThat(G.size()).isGreaterThan(50_000);
    // Villages of about a thousand inhabitants in the Western Balkans and the EU.
    assertThat(G.find("Bohinjska Bistrica", CountryCode.SI, null).status())
        .isEqualTo(PlaceMatch.Status.FOUND);
    // A large city far away.
    assertThat(G.find("Nairobi", CountryCode.KE, null).status()).isEqualTo(PlaceMatch.Status.FOUND);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        Callable<String> task =
            () -> Gazetteer.builtIn().find("Zagreb", CountryCode.HR, null).toString();
        results.add(pool.submit(task));
      }
      String first = results.get(0).get();
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo(first);
      }
      assertThat(Gazetteer.builtIn()).isSameAs(G);
    } finally {
      pool.shutdown();
    }
  }

  // Look-ups are remembered (bounded, emptied when full): a remembered answer must equal a fresh
  // one, also after the memory was emptied many times over, and for names found only among the
  // alternate names (indexed on first need, from several threads at once).
  @Test
  void rememberedAnswersEqualFreshOnesBeyondTheMemorysCapacity() throws Exception {
    Gazetteer fresh = Gazetteer.builtIn();
    PlaceMatch vienna = fresh.find("wien", CountryCode.AT, null);
    PlaceMatch belgrade = fresh.find("Beograd", CountryCode.RS, null);
    for (int i = 0; i < 20_000; i++) {
      PlaceMatch m = fresh.find("Nowhere " + i, CountryCode.DE, null);
      assertThat(m.status()).isEqualTo(PlaceMatch.Status.NOT_FOUND);
    }
    assertThat(fresh.find("wien", CountryCode.AT, null)).isEqualTo(vienna);
    assertThat(fresh.find("Beograd", CountryCode.RS, null)).isEqualTo(belgrade);
    assertThat(fresh.find("wien", CountryCode.DE, null).status())
        .isEqualTo(PlaceMatch.Status.NOT_FOUND);
    assertThat(fresh.find("Beograd", CountryCode.RS, "no such region")).isEqualTo(belgrade);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PlaceMatch>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String name = i % 2 == 0 ? "Athína" : "Roma";
        CountryCode country = i % 2 == 0 ? CountryCode.EL : CountryCode.IT;
        results.add(pool.submit(() -> G.find(name, country, null)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get().status()).isEqualTo(PlaceMatch.Status.FOUND);
        assertThat(results.get(i).get()).isEqualTo(results.get(i % 2).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
