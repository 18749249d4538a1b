package io.github.vetmobility.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.examples.cli.SharedFiles;
import io.github.vetmobility.examples.cli.csv.InputSource;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.ParticipantCategory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissionRowsTest {
  static final String HEADER =
      "Project Reference;Academic Year;Mobility Start Month;Mobility End Month;Mobility Duration;"
          + "Activity (mob);Field of Education;Participant Nationality;Education Level;"
          + "Participant Gender;Participant Profile;Special Needs;Fewer Opportunities;GroupLeader;"
          + "Participant Age;Sending Country Code;Sending City;Sending Organization;"
          + "Sending Organisation Erasmus Code;Receiving Country Code;Receiving City;"
          + "Receiving Organization;Receiving Organisation Erasmus Code;Participants\n";

  static String row(String reference, String start, String end, String days, String activity) {
    return reference
        + ";2018-2019;"
        + start
        + ";"
        + end
        + ";"
        + days
        + ";"
        + activity
        + ";Hotel, restaurants and catering;IT;??? - ? Unknown ?;Female;Learner;No;Yes;No;17;"
        + "IT;Bologna;Istituto Alberghiero;-;UK;Brighton;Seaside Hotel;-;1\n";
  }

  static List<MappedRow> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Rows.map(InputSource.reader(in, StandardCharsets.UTF_8));
    }
  }

  @Test
  void theCommissionRawSampleIsRecognisedAndItsSchoolRowsAreOutOfScope() throws IOException {
    List<MappedRow> rows =
        read(SharedFiles.realData("erasmus-data/erasmus_ka1_raw_samples/erasmus_test.csv"));
    assertThat(rows).hasSize(10);
    assertThat(rows).extracting(MappedRow::kind).containsOnly(MappedRow.Kind.OUT_OF_SCOPE);
    assertThat(rows.get(0).message()).contains("KA101").contains("not VET mobility");
    assertThat(rows.get(0).field()).isEqualTo("Project Reference");
    assertThat(rows).extracting(MappedRow::line).startsWith(2L, 3L).endsWith(11L);
  }

  @Test
  void theRenamedHigherEducationSampleIsOutOfScopeByItsErasmusCodes() throws IOException {
    List<MappedRow> rows =
        read(SharedFiles.realData("erasmus-data/erasmus_ka1_raw_samples/realDataTest.csv"));
    assertThat(rows).hasSize(39);
    assertThat(rows).extracting(MappedRow::kind).containsOnly(MappedRow.Kind.OUT_OF_SCOPE);
    assertThat(rows.get(0).message()).contains("Erasmus codes");
  }

  @Test
  void aKa102RowBecomesAMobilityWithDatesFromItsMonths() {
    MappedRow r =
        Rows.map(
                HEADER
                    + row(
                        "2018-1-IT01-KA102-006123",
                        "2019-03",
                        "2019-03",
                        "28",
                        "VET learners traineeships in vocational institutes/companies"))
            .get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.MOBILITY);
    Mobility m = r.mobility();
    assertThat(m.activityType()).isEqualTo(ActivityType.LM_SHORT_VET);
    assertThat(m.participant().category()).isEqualTo(ParticipantCategory.VET_LEARNER);
    assertThat(m.participant().fewerOpportunities()).isTrue();
    assertThat(m.startDate()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(m.endDate()).isEqualTo(LocalDate.of(2019, 3, 28));
    assertThat(m.activityDays()).isEqualTo(28);
    assertThat(m.receiving().country()).isEqualTo(CountryCode.UK);
    assertThat(m.receiving().legalName()).contains("Seaside Hotel");
    assertThat(m.sending().place().orElseThrow().city()).isEqualTo("Bologna");
  }

  @Test
  void aMobilityAcrossTwoMonthsEndsInItsEndMonth() {
    Mobility m =
        Rows.map(
                HEADER
                    + row(
                        "2014-1-AT01-KA102-000059",
                        "2014-07",
                        "2014-08",
                        "7",
                        "Staff training abroad"))
            .get(0)
            .mobility();
    assertThat(m.endDate()).isEqualTo(LocalDate.of(2014, 8, 1));
    assertThat(m.startDate()).isEqualTo(LocalDate.of(2014, 7, 26));
    assertThat(m.activityType()).isEqualTo(ActivityType.SM_JOB_SHDW);
    // The profile says Learner, but staff training abroad is a staff activity.
    assertThat(m.participant().category()).isEqualTo(ParticipantCategory.VET_LEARNER);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ErasmusPro: long-term VET learners mobility|LM_LONG_VET",
        "Teaching/training assignments abroad|SM_TTA",
        "Job shadowing|SM_JOB_SHDW",
        "Structured courses/training events abroad|SM_COUR_TRAIN",
        "Invited experts|OA_INV_EXP",
        "Participation in VET skills competitions|LM_SKILL_VET",
        "SM-TTA|SM_TTA",
      })
  void activityWordsMapToBeneficiaryModuleCodes(String text, ActivityType expected) {
    MappedRow r =
        Rows.map(HEADER + row("2022-1-IT01-KA122-VET-000071234", "2023-03", "2023-04", "40", text))
            .get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.MOBILITY);
    assertThat(r.mobility().activityType()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2022-1-IT01-KA121-SCH-000071234,KA121-SCH",
    "2016-1-AT01-KA104-000123,KA104",
    "2021-1-DE02-KA131-HED-000001234,KA131-HED"
  })
  void otherActionsAreOutOfScope(String reference, String named) {
    MappedRow r = Rows.map(HEADER + row(reference, "2023-03", "2023-03", "10", "x")).get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.OUT_OF_SCOPE);
    assertThat(r.message()).startsWith(named);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019/03|2019-03|28|x|Mobility Start Month",
        "2019-03|2019-03|four|x|Mobility Duration",
        "2019-03|2019-03|28|Sightseeing|Activity (mob)",
      })
  void aBadValueIsInvalidNamingTheColumn(
      String start, String end, String days, String activity, String column) {
    String text = activity.equals("x") ? "Job shadowing" : activity;
    MappedRow r = Rows.map(HEADER + row("2018-1-IT01-KA102-006123", start, end, days, text)).get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.INVALID);
    assertThat(r.field()).isEqualTo(column);
  }

  @Test
  void aRowWithoutReferenceOrCharterCodeIsInvalid() {
    MappedRow r = Rows.map(HEADER + row("-", "2019-03", "2019-03", "28", "Job shadowing")).get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.INVALID);
    assertThat(r.field()).isEqualTo("Project Reference");
  }
}
