package io.github.vetmobility.edition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceTest {
  // The key is how reports, citations and JSON print a confidence.
  @ParameterizedTest
  @CsvSource({
    "CONFIRMED, confirmed",
    "SECONDARY, secondary",
    "INFERRED, inferred",
    "UNCONFIRMED, unconfirmed",
    "UNKNOWN, unknown"
  })
  void keyIsTheNameInLowerCase(Confidence confidence, String key) {
    assertThat(confidence.key()).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
    "CONFIRMED, SECONDARY, SECONDARY, CONFIRMED",
    "UNKNOWN, INFERRED, UNKNOWN, INFERRED",
    "INFERRED, INFERRED, INFERRED, INFERRED"
  })
  void weakerAndStronger(Confidence a, Confidence b, Confidence weaker, Confidence stronger) {
    assertThat(a.weaker(b)).isEqualTo(weaker);
    assertThat(a.stronger(b)).isEqualTo(stronger);
    assertThat(a.weaker(null)).isEqualTo(a);
  }
}
