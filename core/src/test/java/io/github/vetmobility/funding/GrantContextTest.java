package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.money.Money;
import org.junit.jupiter.api.Test;

/** What a context asks for when nothing is said, and the values it refuses. */
class GrantContextTest {
  @Test
  void anEmptyContextRequestsOrganisationalSupportOnly() {
    GrantContext c = GrantContext.builder().build();
    assertThat(c.organisationalSupportRequested()).isTrue();
    assertThat(c.linguisticSupportRequested()).isFalse();
    assertThat(c.courseDaysAlreadyFunded()).isZero();
    assertThat(c.participantRank()).isEmpty();
  }

  @Test
  void negativeCostsAreRefusedNamingTheField() {
    Money minus = Money.ofCents(-1);
    assertThatThrownBy(() -> GrantContext.builder().inclusionCosts(minus).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("inclusionCosts")
        .hasMessageContaining("an amount of 0 or more");
    assertThatThrownBy(() -> GrantContext.builder().visaCosts(minus).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("visaCosts");
    assertThatThrownBy(() -> GrantContext.builder().guaranteeCosts(minus).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("guaranteeCosts");
    assertThat(GrantContext.builder().visaCosts(eur(0)).build().visaCosts()).hasValue(eur(0));
  }

  @Test
  void countsStartAtOneAndDaysAtZero() {
    assertThatThrownBy(() -> GrantContext.builder().participantRank(0).build())
        .hasMessageContaining("participantRank");
    assertThatThrownBy(() -> GrantContext.builder().preparatoryVisitPersons(0).build())
        .hasMessageContaining("preparatoryVisitPersons");
    assertThatThrownBy(() -> GrantContext.builder().courseDaysAlreadyFunded(-1).build())
        .hasMessageContaining("courseDaysAlreadyFunded");
    assertThat(GrantContext.builder().participantRank(1).build().participantRank()).hasValue(1);
  }
}
