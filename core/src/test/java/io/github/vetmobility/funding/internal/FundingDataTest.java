package io.github.vetmobility.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The checks made when funding data files are read. */
class FundingDataTest {
  private static final String TRAVEL_HEAD = String.join(",", FundingData.TRAVEL_HEADER) + "\n";
  private static final String GROUP_HEAD = String.join(",", FundingData.GROUP_HEADER) + "\n";
  private static final String RANGE_HEAD = String.join(",", FundingData.RANGE_HEADER) + "\n";
  private static final String AMOUNT_HEAD = String.join(",", FundingData.AMOUNT_HEADER) + "\n";

  private static DataFile file(String name, String text, String[] header) {
    return DataFile.read(new StringReader(text), name, header);
  }

  private static String fullTravel(String extra2021) {
    StringBuilder sb = new StringBuilder(TRAVEL_HEAD);
    sb.append("EP1420,2014-2020,0,,0,,inferred,funding.md#1.1\n");
    sb.append("EP2127,2022-2026,0,,0,,inferred,funding.md#1.1\n");
    sb.append(extra2021);
    return sb.toString();
  }

  private static FundingData read(String travel, String groups, String ranges, String amounts) {
    return FundingData.read(
        file("travel.csv", travel, FundingData.TRAVEL_HEADER),
        file("groups.csv", GROUP_HEAD + groups, FundingData.GROUP_HEADER),
        file("ranges.csv", RANGE_HEAD + ranges, FundingData.RANGE_HEADER),
        file("amounts.csv", AMOUNT_HEAD + amounts, FundingData.AMOUNT_HEADER));
  }

  @Test
  void theBuiltInDataHasEveryEditionsTravelTable() {
    FundingData d = FundingData.builtIn();
    for (int y = 2014; y <= 2020; y++) {
      assertThat(d.travelBands(Edition.of(Programme.ERASMUS_2014_2020, y))).isNotEmpty();
    }
    for (int y = 2021; y <= 2026; y++) {
      assertThat(d.travelBands(Edition.of(Programme.ERASMUS_2021_2027, y))).hasSize(8);
    }
  }

  @Test
  void aGapBetweenBandsIsRefused() {
    String t =
        fullTravel("EP2127,2021,0,9,0,,inferred,x.md#1\nEP2127,2021,11,,23,,secondary,G25\n");
    assertThatThrownBy(() -> read(t, "", "", ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EP2127-2021")
        .hasMessageContaining("no gap");
  }

  @Test
  void anOverlapOfBandsIsRefused() {
    String t =
        fullTravel("EP2127,2021,0,10,0,,inferred,x.md#1\nEP2127,2021,10,,23,,secondary,G25\n");
    assertThatThrownBy(() -> read(t, "", "", "")).hasMessageContaining("no overlap");
  }

  @Test
  void aMissingCallYearIsRefused() {
    String t = TRAVEL_HEAD + "EP1420,2014-2020,0,,0,,inferred,funding.md#1.1\n";
    assertThatThrownBy(() -> read(t, "", "", "")).hasMessageContaining("EP2127-2021");
  }

  @Test
  void badValuesAreRefusedWithFileLineAndColumn() {
    String ok = fullTravel("EP2127,2021,0,,0,,inferred,x.md#1\n");
    assertThatThrownBy(() -> read(fullTravel("EP2127,2021,0,,-5,,inferred,x.md#1\n"), "", "", ""))
        .hasMessageContaining("travel.csv line 4 standard_eur");
    assertThatThrownBy(
            () -> read(ok, "EP2127,2025,eu_or_associated,1,FI;XX,confirmed,G25\n", "", ""))
        .hasMessageContaining("groups.csv line 2 countries");
    assertThatThrownBy(
            () ->
                read(
                    ok,
                    "EP2127,2025,eu_or_associated,1,FI,confirmed,G25\n"
                        + "EP2127,2025,eu_or_associated,2,FI,confirmed,G25\n",
                    "",
                    ""))
        .hasMessageContaining("groups.csv line 3 countries")
        .hasMessageContaining("one group");
    assertThatThrownBy(() -> read(ok, "", "EP2127,2025,staff,1,200,100,confirmed,G25\n", ""))
        .hasMessageContaining("ranges.csv line 2 min_eur");
    assertThatThrownBy(() -> read(ok, "", "", "EP2127,2025,course_fees,*,80,confirmed,G25\n"))
        .hasMessageContaining("amounts.csv line 2 key");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2025,course_fee_per_day,XX-1,80,confirmed,G25\n"))
        .hasMessageContaining("amounts.csv line 2 activity");
    assertThatThrownBy(() -> read(ok, "", "", "EP2127,2025,day15_rate_share,*,70,confirmed,G25\n"))
        .hasMessageContaining("amounts.csv line 2 value");
    assertThatThrownBy(() -> read(ok, "", "", "EP2127,2025,course_fee_per_day,*,80,sure,G25\n"))
        .hasMessageContaining("amounts.csv line 2 confidence");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2025,course_fee_per_day,*,80,confirmed,NOPE\n"))
        .hasMessageContaining("amounts.csv line 2 sources");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2019,course_fee_per_day,*,80,confirmed,G25\n"))
        .hasMessageContaining("amounts.csv line 2 calls");
    assertThatThrownBy(
            () ->
                read(
                    ok,
                    "",
                    "",
                    "EP2127,2021-2025,course_fee_per_day,*,80,confirmed,G25\n"
                        + "EP2127,2025-2026,course_fee_per_day,*,80,confirmed,G25\n"))
        .hasMessageContaining("amounts.csv line 3 calls")
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2025,course_fee_per_day,*,unknown,confirmed,G25\n"))
        .hasMessageContaining("confidence");
  }

  @Test
  void aWrongHeaderIsRefused() {
    assertThatThrownBy(() -> file("a.csv", "programme,calls\n", FundingData.TRAVEL_HEADER))
        .hasMessageContaining("a.csv line 1");
  }
}
