package io.github.vetmobility.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** A fact's citation is built once per edition and never shared between editions. */
class SourcedTest {
  private static Sourced fact() {
    return new Sourced("full_rate_days", 14, Confidence.CONFIRMED, List.of("G25"), "a.csv line 2");
  }

  @Test
  void eachEditionGetsItsOwnCitationBuiltOnce() {
    Sourced s = fact();
    List<Edition> built = new ArrayList<>();
    List<Edition> all = new ArrayList<>();
    for (Programme p : Programme.values()) {
      for (int y = p.firstCall(); y <= p.lastCall(); y++) {
        all.add(Edition.of(p, y));
      }
    }
    for (Edition e : all) {
      BiFunction<Sourced, Edition, String> build =
          (x, edition) -> {
            built.add(edition);
            return x.key() + "@" + edition.key();
          };
      assertThat(s.citation(e, build)).isEqualTo("full_rate_days@" + e.key());
      assertThat(s.citation(e, build))
          .as("cached for %s", e)
          .isEqualTo("full_rate_days@" + e.key());
    }
    assertThat(built).containsExactlyElementsOf(all);
  }

  @Test
  void aZeroValueIsKnownAndANegativeOneIsNot() {
    assertThat(new Sourced("k", 0, Confidence.INFERRED, List.of("x"), "w").isUnknown()).isFalse();
    assertThat(new Sourced("k", -1, Confidence.INFERRED, List.of("x"), "w").isUnknown()).isTrue();
    assertThat(new Sourced("k", 5, null, List.of("x"), "w").isUnknown()).isTrue();
    assertThat(fact()).hasToString("full_rate_days=14 (a.csv line 2)");
  }
}
