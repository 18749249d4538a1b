package io.github.vetmobility.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryCodeTest {

  @ParameterizedTest
  @CsvSource({
    "EL, EL",
    "el, EL",
    "GR, EL",
    "gr, EL",
    "UK, UK",
    "GB, UK",
    "gb, UK",
    "XK, XK",
    "' de ', DE",
    "NA, NA",
    "mk, MK"
  })
  void parsesCommissionCodesAndIsoAliasesInAnyCase(String text, CountryCode expected) {
    assertThat(CountryCode.parse(text)).isEqualTo(expected);
  }

  @Test
  void strictParsingRefusesIsoAliases() {
    assertThat(CountryCode.parseStrict("el")).isEqualTo(CountryCode.EL);
    assertThatThrownBy(() -> CountryCode.parseStrict("GR"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not GR or GB");
    assertThatThrownBy(() -> CountryCode.parseStrict("GB"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void everyIsoCountryIsRepresentable() {
    Set<String> ours =
        Arrays.stream(CountryCode.values()).map(CountryCode::isoCode).collect(Collectors.toSet());
    assertThat(ours).containsAll(Set.of(Locale.getISOCountries()));
    assertThat(CountryCode.values()).hasSize(Locale.getISOCountries().length + 1); // + XK
  }

  @Test
  void namesAndIsoCodes() {
    assertThat(CountryCode.EL.isoCode()).isEqualTo("GR");
    assertThat(CountryCode.EL.englishName()).isEqualTo("Greece");
    assertThat(CountryCode.UK.isoCode()).isEqualTo("GB");
    assertThat(CountryCode.XK.englishName()).isEqualTo("Kosovo");
    assertThat(CountryCode.MK.englishName()).isEqualTo("North Macedonia");
    assertThat(CountryCode.TR.englishName()).isEqualTo("Türkiye");
  }

  @Test
  void unknownCodesAreRefusedWithFieldAndValue() {
    for (String bad : new String[] {"", "E", "ELL", "ZZ", "1A", "É L", "QQ"}) {
      assertThatThrownBy(() -> CountryCode.parse(bad))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("country")
          .satisfies(e -> assertThat(((InvalidValueException) e).value()).isEqualTo(bad));
    }
    assertThatThrownBy(() -> CountryCode.parse(null)).isInstanceOf(InvalidValueException.class);
    assertThat(CountryCode.find("ZZ", true)).isNull();
  }

  @Property
  void codeThenParseGivesTheSameCountry(@ForAll CountryCode country) {
    assertThat(CountryCode.parseStrict(country.code())).isSameAs(country);
    assertThat(CountryCode.parse(country.isoCode())).isSameAs(country);
    assertThat(CountryCode.parse(country.code().toLowerCase(Locale.ROOT))).isSameAs(country);
  }

  @Property(tries = 10_000)
  void anyStringParsesOrThrowsTheDocumentedException(@ForAll String text) {
    try {
      assertThat(CountryCode.parse(text)).isNotNull();
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("country");
    }
  }
}
