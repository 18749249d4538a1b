package io.github.vetmobility.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month arithmetic behind the recent-graduate limit: day before, on and after the limit. */
class MobilityCheckTest {
  @ParameterizedTest(name = "{0} after {1} + {2} months: {3}")
  @CsvSource({
    // Same year and month as the limit: the day decides.
    "2025-06-14, 2024-06-15, 12, false",
    "2025-06-15, 2024-06-15, 12, false",
    "2025-06-16, 2024-06-15, 12, true",
    // Another month of the limit's year.
    "2025-05-31, 2024-06-15, 12, false",
    "2025-07-01, 2024-06-15, 12, true",
    // Another year.
    "2024-12-31, 2024-06-15, 12, false",
    "2026-01-01, 2024-06-15, 12, true",
    // A shorter month ends the period on its last day (leap and common years).
    "2024-02-29, 2024-01-31, 1, false",
    "2024-03-01, 2024-01-31, 1, true",
    "2025-02-28, 2025-01-31, 1, false",
    "2025-03-01, 2025-01-31, 1, true",
    // Across the end of a year.
    "2026-01-15, 2025-11-15, 2, false",
    "2026-01-16, 2025-11-15, 2, true",
  })
  void isAfterMonths(LocalDate day, LocalDate from, int months, boolean after) {
    assertThat(MobilityCheck.isAfterMonths(day, from, months)).isEqualTo(after);
    // The same answer as java.time, which allocates.
    assertThat(day.isAfter(from.plusMonths(months))).isEqualTo(after);
  }
}
