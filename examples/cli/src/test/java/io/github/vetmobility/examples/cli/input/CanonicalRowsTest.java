package io.github.vetmobility.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.participant.ParticipantCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalRowsTest {
  static final String HEADER =
      "mobility_id,project_reference,activity_type,participant_category,fewer_opportunities,"
          + "start_date,end_date,travel_days,green_travel,sending_oid,sending_country,"
          + "sending_city,receiving_oid,receiving_country,receiving_city,distance_km,"
          + "accompanying_person,graduation_date,virtual_days,course_days,"
          + "exceptional_travel_cost,call_year\n";

  static final String GOOD =
      "M-1,2024-1-IT01-KA122-VET-000123456,LM-SHORT-VET,Learner,yes,2025-03-03,2025-03-30,"
          + "2,false,E10208308,IT,Bologna,E10000001,GR,Thessaloniki,1023.4,no,,,,,\n";

  @Test
  void readsEveryColumnOfAGoodRow() {
    MappedRow row = Rows.map(HEADER + GOOD).get(0);
    assertThat(row.kind()).isEqualTo(MappedRow.Kind.MOBILITY);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.mobilityId()).isEqualTo("M-1");
    Mobility m = row.mobility();
    assertThat(m.id()).contains("M-1");
    assertThat(m.projectReference().orElseThrow().callYear()).isEqualTo(2024);
    assertThat(m.activityType()).isEqualTo(ActivityType.LM_SHORT_VET);
    assertThat(m.participant().category()).isEqualTo(ParticipantCategory.VET_LEARNER);
    assertThat(m.participant().fewerOpportunities()).isTrue();
    assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(m.endDate()).isEqualTo(LocalDate.of(2025, 3, 30));
    assertThat(m.travelDays()).isEqualTo(2);
    assertThat(m.greenTravel()).isFalse();
    assertThat(m.sending().oid().orElseThrow().value()).isEqualTo("E10208308");
    assertThat(m.sending().place().orElseThrow().city()).isEqualTo("Bologna");
    assertThat(m.receiving().country()).isEqualTo(CountryCode.EL);
    assertThat(m.declaredDistanceKm()).hasValue(1023.4);
    assertThat(m.accompanied()).isFalse();
    assertThat(row.callYear()).isEmpty();
  }

  @Test
  void readsTheOptionalColumns() {
    String row =
        "M-2,,LM-LONG-VET,recent_graduate,,2025-01-06,2025-04-30,6,true,,PL,,,ES,,,1,"
            + "2024-07-01,3,0,712.5,2025\n";
    MappedRow r = Rows.map(HEADER + row).get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.MOBILITY);
    Mobility m = r.mobility();
    assertThat(m.projectReference()).isEmpty();
    assertThat(m.participant().graduationDate()).contains(LocalDate.of(2024, 7, 1));
    assertThat(m.participant().fewerOpportunities()).isFalse(); // empty = unknown = not flagged
    assertThat(m.virtualDays()).isEqualTo(3);
    assertThat(m.courseDays()).hasValue(0);
    assertThat(m.exceptionalTravelCost()).contains(Money.parse("712.50"));
    assertThat(m.greenTravel()).isTrue();
    assertThat(m.accompanied()).isTrue();
    assertThat(m.sending().place()).isEmpty();
    assertThat(r.callYear()).contains("2025");
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() {
    String header =
        "end_date,start_date,mobility_id,project_reference,activity_type,participant_category,"
            + "fewer_opportunities,travel_days,green_travel,sending_oid,sending_country,"
            + "sending_city,receiving_oid,receiving_country,receiving_city,distance_km,"
            + "accompanying_person\n";
    String row = "2025-03-30,2025-03-03,M-3,,SM-JOB-SHDW,staff,0,2,0,,AL,Tirana,,FR,Lyon,,0\n";
    Mobility m = Rows.map(header + row).get(0).mobility();
    assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(m.flow().toString()).contains("AL").contains("FR");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-02-30|start_date",
        "03/03/2025|start_date",
        "XX|receiving_country",
        "LM-FOO|activity_type",
        "pupil|participant_category",
        "maybe|fewer_opportunities",
        "E123|sending_oid",
        "2024-1-IT01-KA122-000123456|project_reference",
        "-3|travel_days",
        "far|distance_km",
        "12.345|exceptional_travel_cost",
      })
  void aBadValueMakesTheRowInvalidNamingTheColumn(String value, String column) {
    String row = GOOD.replace("\n", "");
    String[] cells = row.split(",", -1);
    List<String> header = List.of(HEADER.strip().split(","));
    cells[header.indexOf(column)] = value;
    MappedRow r = Rows.map(HEADER + String.join(",", cells) + "\n").get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.INVALID);
    assertThat(r.field()).isEqualTo(column);
    assertThat(r.message()).contains(value.strip());
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.mobilityId()).isEqualTo("M-1");
  }

  @ParameterizedTest
  @CsvSource({
    "activity_type",
    "participant_category",
    "start_date",
    "end_date",
    "sending_country",
    "receiving_country"
  })
  void aMissingRequiredValueIsNamed(String column) {
    String[] cells = GOOD.replace("\n", "").split(",", -1);
    cells[List.of(HEADER.strip().split(",")).indexOf(column)] = "";
    MappedRow r = Rows.map(HEADER + String.join(",", cells) + "\n").get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.INVALID);
    assertThat(r.field()).isEqualTo(column);
    assertThat(r.message()).startsWith("missing");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsInvalidAndTheNextRowIsRead() {
    List<MappedRow> rows = Rows.map(HEADER + "M-9,too,few\n" + GOOD);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).kind()).isEqualTo(MappedRow.Kind.INVALID);
    assertThat(rows.get(0).field()).isEqualTo("row");
    assertThat(rows.get(0).message()).contains("expected 22 fields").contains("got 3");
    assertThat(rows.get(0).mobilityId()).isEqualTo("M-9");
    assertThat(rows.get(1).kind()).isEqualTo(MappedRow.Kind.MOBILITY);
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void aBrokenQuoteMakesTheRowInvalid() {
    MappedRow r = Rows.map(HEADER + GOOD.replace("Bologna", "\"Bol\"ogna")).get(0);
    assertThat(r.kind()).isEqualTo(MappedRow.Kind.INVALID);
    assertThat(r.message()).contains("closing quote");
  }

  @Test
  void anUnknownOrMissingHeaderColumnIsRefusedWithTheExpectedList() {
    assertThatThrownBy(() -> Rows.map(HEADER.replace("end_date", "end_dte")))
        .isInstanceOf(HeaderException.class)
        .hasMessageContaining("unknown column(s) [end_dte]")
        .hasMessageContaining("missing column(s) end_date")
        .hasMessageContaining("call_year (optional)");
    assertThatThrownBy(() -> Rows.map(HEADER.replace("call_year", "mobility_id")))
        .isInstanceOf(HeaderException.class)
        .hasMessageContaining("appears twice");
  }
}
