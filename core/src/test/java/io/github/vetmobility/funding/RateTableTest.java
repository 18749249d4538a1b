package io.github.vetmobility.funding;

import static io.github.vetmobility.funding.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.internal.FundingData.GroupList;
import io.github.vetmobility.identifier.NationalAgencyCode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading a National Agency's rate table: what is kept, and what is refused with file and line. */
class RateTableTest {
  private static final String HEAD = String.join(",", RateTable.HEADER) + "\n";
  private static final Edition E2025 = Edition.of(Programme.ERASMUS_2021_2027, 2025);

  private static RateTable load(String rows) {
    return RateTable.load(new StringReader(HEAD + rows), "be.csv");
  }

  @Test
  void aRateKeepsItsBaseItsPublishedDayFifteenRateAndItsSourceInCents() {
    RateTable t =
        load(
            "BE01,VET,EP2127,2025,learner,1,eu_or_associated,60,60,secondary,N-BE\n"
                + "BE01,VET,EP2127,2025,learner,2,eu_or_associated,60,0,secondary,N-BE\n"
                + "BE01,VET,EP2127,2025,learner,3,eu_or_associated,60,,secondary,N-BE\n");
    RateTable.Rate one = t.rate(E2025, RateCategory.LEARNER, 1, GroupList.EU_OR_ASSOCIATED);
    assertThat(one.base()).isEqualTo(eur(60));
    assertThat(one.fromDay15()).isEqualTo(eur(60));
    assertThat(one.source().value()).isEqualTo(6_000);
    assertThat(one.source().key()).isEqualTo("individual_support.learner.1");
    assertThat(one.source().where()).isEqualTo("be.csv line 2");
    assertThat(t.rate(E2025, RateCategory.LEARNER, 2, GroupList.EU_OR_ASSOCIATED).fromDay15())
        .isEqualTo(eur(0));
    assertThat(t.rate(E2025, RateCategory.LEARNER, 3, GroupList.EU_OR_ASSOCIATED).fromDay15())
        .isNull();
    // The row names one list only.
    assertThat(t.rate(E2025, RateCategory.LEARNER, 1, GroupList.NOT_ASSOCIATED)).isNull();
    assertThat(t.nationalAgency()).isEqualTo(NationalAgencyCode.parse("BE01"));
    assertThat(t.sector()).isEqualTo("VET");
    assertThat(t).hasToString("be.csv (BE01 VET)");
  }

  @Test
  void bothListsAndAccompanyingPersonsFallingBackToStaff() {
    RateTable t = load("BE01,VET,EP2127,2025,staff,2,both,100,,secondary,N-BE\n");
    for (GroupList list : GroupList.values()) {
      assertThat(t.rate(E2025, RateCategory.STAFF, 2, list).base()).isEqualTo(eur(100));
      assertThat(t.rate(E2025, RateCategory.ACCOMPANYING_PERSON, 2, list).base())
          .isEqualTo(eur(100));
    }
    assertThat(t.rate(E2025, RateCategory.LEARNER, 2, GroupList.EU_OR_ASSOCIATED)).isNull();
  }

  @Test
  void participantKeysAreReadInAnyCaseWithVetLearnerForLearner() {
    RateTable t =
        load(
            "BE01,VET,EP2127,2025,vet_learner,1,both,60,,secondary,N-BE\n"
                + "BE01,VET,EP2127,2025,Accompanying_Person,1,both,120,,secondary,N-BE\n");
    assertThat(t.rate(E2025, RateCategory.LEARNER, 1, GroupList.EU_OR_ASSOCIATED).base())
        .isEqualTo(eur(60));
    assertThat(
            t.rate(E2025, RateCategory.ACCOMPANYING_PERSON, 1, GroupList.EU_OR_ASSOCIATED).base())
        .isEqualTo(eur(120));
    assertThatThrownBy(() -> load("BE01,VET,EP2127,2025,pupil,1,both,60,,secondary,N-BE\n"))
        .hasMessageContaining("be.csv line 2 participant")
        .hasMessageContaining("one of learner, staff, accompanying_person");
  }

  // 2025 Programme Guide range of a learner in group 1: 48 to 127 EUR.
  @ParameterizedTest(name = "learner group 1 in 2025 at {0} EUR: accepted {1}")
  @CsvSource({"47, false", "48, true", "127, true", "128, false"})
  void vetRatesMustLieInsideTheGuideRange(int rate, boolean accepted) {
    String row = "BE01,VET,EP2127,2025,learner,1,both," + rate + ",,secondary,N-BE\n";
    if (accepted) {
      assertThat(load(row).rate(E2025, RateCategory.LEARNER, 1, GroupList.NOT_ASSOCIATED).base())
          .isEqualTo(eur(rate));
    } else {
      assertThatThrownBy(() -> load(row))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("be.csv line 2 eur_per_day")
          .hasMessageContaining("range of call 2025: 48 to 127 EUR ([G25, G26])");
    }
  }

  @Test
  void aRangeWithoutMinimumShowsAQuestionMark() {
    assertThatThrownBy(() -> load("BE01,VET,EP1420,2019,staff,1,both,181,,secondary,N-BE\n"))
        .hasMessageContaining("be.csv line 2 eur_per_day")
        .hasMessageContaining("range of call 2019: ? to 180 EUR ([N-ES20])");
  }

  @Test
  void otherSectorsAreNotHeldToTheVetRanges() {
    RateTable t = load("BE01,SCH,EP2127,2025,learner,1,both,300,,secondary,N-BE\n");
    assertThat(t.rate(E2025, RateCategory.LEARNER, 1, GroupList.EU_OR_ASSOCIATED).base())
        .isEqualTo(eur(300));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BE01,VET,EP2127,2025,learner,1,eu,60,,secondary,N-BE | line 2 list"
            + " | eu_or_associated, not_associated or both",
        "BE01,VET,EP2127,2025,learner,1,both,60,61,secondary,N-BE | line 2 eur_per_day_from_day15"
            + " | at most the base rate 60",
        "BE01,VET,EP2127,2025,learner,1,both,60,,unknown,N-BE | line 2 confidence"
            + " | confirmed, secondary, inferred or unconfirmed",
        "B01,VET,EP2127,2025,learner,1,both,60,,secondary,N-BE | line 2 national_agency | ",
      })
  void badRowsAreRefusedWithFileLineAndColumn(String row, String where, String expected) {
    assertThatThrownBy(() -> load(row + "\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("be.csv " + where)
        .hasMessageContaining(expected == null ? "" : expected);
  }

  @Test
  void aTableHoldsOneAgencyAndSector() {
    assertThatThrownBy(
            () ->
                load(
                    "BE01,VET,EP2127,2025,learner,1,both,60,,secondary,N-BE\n"
                        + "BE02,VET,EP2127,2025,learner,2,both,60,,secondary,N-BE\n"))
        .hasMessageContaining("be.csv line 3 national_agency")
        .hasMessageContaining("one agency and sector per table: BE01 VET");
    assertThatThrownBy(
            () ->
                load(
                    "BE01,VET,EP2127,2025,learner,1,both,60,,secondary,N-BE\n"
                        + "BE01,SCH,EP2127,2025,learner,2,both,60,,secondary,N-BE\n"))
        .hasMessageContaining("be.csv line 3 national_agency");
    assertThatThrownBy(() -> load("# no rates\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least one rate");
  }

  @Test
  void aTableLoadsFromAFileUnderItsPath(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("be.csv");
    Files.writeString(f, HEAD + "BE01,VET,EP2127,2025-2026,staff,3,both,90,,confirmed,N-BE\n");
    RateTable t = RateTable.load(f);
    // Reports name the table: its file name, not the path it happened to be read from.
    assertThat(t.name()).isEqualTo("be.csv");
    assertThat(
            t.rate(
                    Edition.of(Programme.ERASMUS_2021_2027, 2026),
                    RateCategory.STAFF,
                    3,
                    GroupList.EU_OR_ASSOCIATED)
                .base())
        .isEqualTo(eur(90));
  }

  @Test
  void builtInTablesAreFoundByAgencyAndSectorInAnyCase() {
    RateTable es = RateTable.builtIn(NationalAgencyCode.parse("ES01"), "vet").orElseThrow();
    assertThat(es.name()).isEqualTo("ES01-VET.csv");
    assertThat(es.sector()).isEqualTo("VET");
    assertThat(es.nationalAgency()).isEqualTo(NationalAgencyCode.parse("ES01"));
    assertThat(RateTable.builtIn(NationalAgencyCode.parse("ES01"), "SCH")).isEmpty();
    assertThat(RateTable.builtIn(NationalAgencyCode.parse("FI01"), "VET")).isEmpty();
  }
}
