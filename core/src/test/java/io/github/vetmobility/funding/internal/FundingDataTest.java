package io.github.vetmobility.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.RateCategory;
import io.github.vetmobility.funding.internal.FundingData.GroupList;
import io.github.vetmobility.funding.internal.FundingData.TravelBand;
import io.github.vetmobility.mobility.ActivityType;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks made when funding data files are read. */
class FundingDataTest {
  private static final String TRAVEL_HEAD = String.join(",", FundingData.TRAVEL_HEADER) + "\n";
  private static final String GROUP_HEAD = String.join(",", FundingData.GROUP_HEADER) + "\n";
  private static final String RANGE_HEAD = String.join(",", FundingData.RANGE_HEADER) + "\n";
  private static final String AMOUNT_HEAD = String.join(",", FundingData.AMOUNT_HEADER) + "\n";

  private static Edition ep2127(int call) {
    return Edition.of(Programme.ERASMUS_2021_2027, call);
  }

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
        .hasMessageContaining("travel.csv EP2127-2021")
        .hasMessageContaining("no gap: a band starting at 10 km");
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
            () -> read(ok, "EP2127,2025,eu_or_associated,1,FI;XX,secondary,G25\n", "", ""))
        .hasMessageContaining("groups.csv line 2 countries");
    assertThatThrownBy(
            () ->
                read(
                    ok,
                    "EP2127,2025,eu_or_associated,1,FI,secondary,G25\n"
                        + "EP2127,2025,eu_or_associated,2,FI,secondary,G25\n",
                    "",
                    ""))
        .hasMessageContaining("groups.csv line 3 countries")
        .hasMessageContaining("one group");
    assertThatThrownBy(() -> read(ok, "", "EP2127,2025,staff,1,200,100,secondary,G25\n", ""))
        .hasMessageContaining("ranges.csv line 2 min_eur");
    assertThatThrownBy(() -> read(ok, "", "", "EP2127,2025,course_fees,*,80,secondary,G25\n"))
        .hasMessageContaining("amounts.csv line 2 key");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2025,course_fee_per_day,XX-1,80,secondary,G25\n"))
        .hasMessageContaining("amounts.csv line 2 activity");
    assertThatThrownBy(() -> read(ok, "", "", "EP2127,2025,day15_rate_share,*,70,secondary,G25\n"))
        .hasMessageContaining("amounts.csv line 2 value");
    assertThatThrownBy(() -> read(ok, "", "", "EP2127,2025,course_fee_per_day,*,80,sure,G25\n"))
        .hasMessageContaining("amounts.csv line 2 confidence");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2025,course_fee_per_day,*,80,confirmed,NOPE\n"))
        .hasMessageContaining("amounts.csv line 2 sources");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2019,course_fee_per_day,*,80,secondary,G25\n"))
        .hasMessageContaining("amounts.csv line 2 calls");
    assertThatThrownBy(
            () ->
                read(
                    ok,
                    "",
                    "",
                    "EP2127,2021-2025,course_fee_per_day,*,80,secondary,G25\n"
                        + "EP2127,2025-2026,course_fee_per_day,*,80,secondary,G25\n"))
        .hasMessageContaining("amounts.csv line 3 calls")
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () -> read(ok, "", "", "EP2127,2025,course_fee_per_day,*,unknown,secondary,G25\n"))
        .hasMessageContaining("confidence");
  }

  @Test
  void aWrongHeaderIsRefused() {
    assertThatThrownBy(() -> file("a.csv", "programme,calls\n", FundingData.TRAVEL_HEADER))
        .hasMessageContaining("a.csv line 1");
  }

  @Test
  void theBuiltInFilesReadAgainGiveEveryTableInCents() {
    // read() rather than builtIn(): the files are parsed here, not in a class initialiser.
    FundingData d = FundingData.read();
    TravelBand band = d.travelBand(ep2127(2025), 500);
    assertThat(band.label()).isEqualTo("500-1999");
    assertThat(band.standard().value()).isEqualTo(30_900);
    assertThat(band.standard().key()).isEqualTo("travel.500-1999");
    assertThat(band.green().value()).isEqualTo(41_700);
    assertThat(band.green().key()).isEqualTo("travel.500-1999.green");
    assertThat(band.standard().sources()).containsExactly("G25", "G26");
    assertThat(band.standard().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.travelBand(ep2127(2025), 8000).standard().key()).isEqualTo("travel.8000+");
    assertThat(d.travelBand(ep2127(2021), 4000).green()).isNull();
    Sourced group = d.group(ep2127(2025), GroupList.EU_OR_ASSOCIATED, CountryCode.FI);
    assertThat(group.value()).isEqualTo(1);
    assertThat(group.key()).isEqualTo("group.eu_or_associated.FI");
    assertThat(d.group(ep2127(2025), GroupList.NOT_ASSOCIATED, CountryCode.FI)).isNull();
    Sourced[] range = d.range(ep2127(2025), RateCategory.LEARNER, 1);
    assertThat(range[0].value()).isEqualTo(4_800);
    assertThat(range[1].value()).isEqualTo(12_700);
    assertThat(range[1].key()).isEqualTo("individual_support_range.learner.1.max");
    Sourced fee = d.amount(ep2127(2025), AmountKey.COURSE_FEE_PER_DAY, ActivityType.SM_COUR_TRAIN);
    assertThat(fee.value()).isEqualTo(8_000);
    assertThat(fee.key()).isEqualTo("course_fee_per_day.SM-COUR-TRAIN");
    assertThat(d.documents(List.of("G25", "https://example.org/guide")))
        .containsExactly(
            "Erasmus+ Programme Guide 2025, version 2 (20/01/2025), Finnish translation",
            "https://example.org/guide");
  }

  @Test
  void bandsAreSortedAndMayBeOneKilometreWide() {
    // Written out of order; 0-0 and a green amount of 0 are legal.
    String t =
        fullTravel(
            "EP2127,2021,11,,23,,secondary,G25\n"
                + "EP2127,2021,1,10,20,30,secondary,G25\n"
                + "EP2127,2021,0,0,0,0,inferred,x.md#1\n");
    FundingData d = read(t, "", "", "");
    assertThat(d.travelBands(ep2127(2021)))
        .extracting(TravelBand::label)
        .containsExactly("0-0", "1-10", "11+");
    TravelBand first = d.travelBand(ep2127(2021), 0);
    assertThat(first.green()).isNotNull();
    assertThat(first.green().value()).isZero();
    TravelBand second = d.travelBand(ep2127(2021), 10);
    assertThat(second.standard().value()).isEqualTo(2_000);
    assertThat(second.green().value()).isEqualTo(3_000);
    assertThat(second.standard().where()).isEqualTo("travel.csv line 5");
    assertThat(d.travelBand(ep2127(2021), 11).green()).isNull();
    assertThat(d.travelBand(ep2127(2021), 11).maxKm()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aBandEndingBeforeItStartsIsRefused() {
    String t =
        fullTravel("EP2127,2021,5,0,0,,inferred,x.md#1\nEP2127,2021,0,4,0,,inferred,x.md#1\n");
    assertThatThrownBy(() -> read(t, "", "", ""))
        .hasMessageContaining("travel.csv line 4 max_km")
        .hasMessageContaining("at least min_km 5");
  }

  @Test
  void everyCallYearUpTo2026NeedsItsBands() {
    String t =
        TRAVEL_HEAD
            + "EP1420,2014-2020,0,,0,,inferred,funding.md#1.1\n"
            + "EP2127,2021-2025,0,,0,,inferred,funding.md#1.1\n";
    assertThatThrownBy(() -> read(t, "", "", ""))
        .hasMessageContaining("travel.csv")
        .hasMessageContaining("EP2127-2026")
        .hasMessageContaining("travel bands for every call year");
  }

  @Test
  void travelBandsNeedAKnownConfidence() {
    String t = fullTravel("EP2127,2021,0,,0,,unknown,x.md#1\n");
    assertThatThrownBy(() -> read(t, "", "", ""))
        .hasMessageContaining("travel.csv line 4 confidence");
  }

  @Test
  void rangesAreReadInCentsWithEmptyBoundsUnknown() {
    String ok = fullTravel("EP2127,2021,0,,0,,inferred,x.md#1\n");
    FundingData d =
        read(
            ok,
            "",
            "EP2127,2021-2022,staff,1,100,100,secondary,G25\n"
                + "EP2127,2021,learner,1,0,,secondary,G25\n"
                + "EP2127,2021,learner,2,,0,secondary,G25\n"
                + "EP2127,2021,learner,3,,,unknown,G25\n",
            "");
    for (int call : new int[] {2021, 2022}) {
      Sourced[] staff = d.range(ep2127(call), RateCategory.STAFF, 1);
      assertThat(staff[0].value()).isEqualTo(10_000);
      assertThat(staff[1].value()).isEqualTo(10_000);
    }
    assertThat(d.rangeOf(Programme.ERASMUS_2021_2027, 2023, RateCategory.STAFF, 1)).isNull();
    Sourced[] zeroMin = d.range(ep2127(2021), RateCategory.LEARNER, 1);
    assertThat(zeroMin[0].value()).isZero();
    assertThat(zeroMin[0].isUnknown()).isFalse();
    assertThat(zeroMin[1].value()).isEqualTo(-1);
    assertThat(zeroMin[1].isUnknown()).isTrue();
    Sourced[] zeroMax = d.range(ep2127(2021), RateCategory.LEARNER, 2);
    assertThat(zeroMax[0].isUnknown()).isTrue();
    assertThat(zeroMax[1].value()).isZero();
    Sourced[] unknown = d.range(ep2127(2021), RateCategory.LEARNER, 3);
    assertThat(unknown[0].isUnknown()).isTrue();
    assertThat(unknown[1].isUnknown()).isTrue();
    assertThat(unknown[1].confidence()).isNull();
  }

  @Test
  void badRangesAreRefusedWithFileLineAndColumn() {
    String ok = fullTravel("EP2127,2021,0,,0,,inferred,x.md#1\n");
    assertThatThrownBy(() -> read(ok, "", "EP2127,2025,staff,1,10,0,secondary,G25\n", ""))
        .hasMessageContaining("ranges.csv line 2 min_eur")
        .hasMessageContaining("at most max_eur 0");
    assertThatThrownBy(() -> read(ok, "", "EP2127,2025,staff,1,0,,unknown,G25\n", ""))
        .hasMessageContaining("ranges.csv line 2 confidence")
        .hasMessageContaining("a known confidence");
    assertThatThrownBy(() -> read(ok, "", "EP2127,2025,staff,1,,0,unknown,G25\n", ""))
        .hasMessageContaining("ranges.csv line 2 confidence");
    assertThatThrownBy(
            () ->
                read(
                    ok,
                    "",
                    "EP2127,2021-2025,staff,1,,,unknown,G25\n"
                        + "EP2127,2025-2026,staff,1,,,unknown,G25\n",
                    ""))
        .hasMessageContaining("ranges.csv line 3 calls")
        .hasMessageContaining("do not overlap for staff 1");
  }

  @Test
  void amountsAreReadInTheirUnits() {
    String ok = fullTravel("EP2127,2021,0,,0,,inferred,x.md#1\n");
    FundingData d =
        read(
            ok,
            "",
            "",
            "EP2127,2021,day15_rate_share,*,0.7,secondary,G25\n"
                + "EP2127,2022,day15_rate_share,*,0.05,secondary,G25\n"
                + "EP2127,2023,day15_rate_share,*,1,secondary,G25\n"
                + "EP2127,2024,day15_rate_share,*,0,secondary,G25\n"
                + "EP2127,2025,day15_rate_share,*,1.00,secondary,G25\n"
                + "EP2127,2021,staff_max_days,*,none,secondary,G25\n"
                + "EP2127,2022,staff_max_days,*,60,secondary,G25\n"
                + "EP2127,2021,travel_days_count_towards_full_rate,*,yes,secondary,G25\n"
                + "EP2127,2022,travel_days_count_towards_full_rate,*,no,secondary,G25\n"
                + "EP2127,2021,full_rate_days,*,14,secondary,G25\n"
                + "EP2127,2021,course_fee_per_day,SM-COUR-TRAIN,80,secondary,G25\n"
                + "EP2127,2021,course_fee_per_day,*,70,inferred,x.md#2\n"
                + "EP2127,2021,preparatory_visit_per_person,*,unknown,unknown,G25\n");
    AmountKey share = AmountKey.DAY15_RATE_SHARE;
    long[] hundredths = {70, 5, 100, 0, 100};
    for (int i = 0; i < hundredths.length; i++) {
      Sourced s = d.amount(ep2127(2021 + i), share, null);
      assertThat(s.value()).as("call %d", 2021 + i).isEqualTo(hundredths[i]);
      assertThat(s.isUnknown()).isFalse();
    }
    assertThat(d.amount(ep2127(2021), AmountKey.STAFF_MAX_DAYS, null).value())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(d.amount(ep2127(2022), AmountKey.STAFF_MAX_DAYS, null).value()).isEqualTo(60);
    AmountKey travelDays = AmountKey.TRAVEL_DAYS_COUNT_TOWARDS_FULL_RATE;
    assertThat(d.amount(ep2127(2021), travelDays, null).value()).isEqualTo(1);
    assertThat(d.amount(ep2127(2022), travelDays, null).value()).isZero();
    assertThat(d.amount(ep2127(2021), AmountKey.FULL_RATE_DAYS, null).value()).isEqualTo(14);
    Sourced own = d.amount(ep2127(2021), AmountKey.COURSE_FEE_PER_DAY, ActivityType.SM_COUR_TRAIN);
    assertThat(own.value()).isEqualTo(8_000);
    assertThat(own.key()).isEqualTo("course_fee_per_day.SM-COUR-TRAIN");
    assertThat(own.where()).isEqualTo("amounts.csv line 12");
    Sourced every = d.amount(ep2127(2021), AmountKey.COURSE_FEE_PER_DAY, ActivityType.SM_TTA);
    assertThat(every.value()).isEqualTo(7_000);
    assertThat(every.key()).isEqualTo("course_fee_per_day");
    assertThat(every.sources()).containsExactly("x.md#2");
    assertThat(every.confidence()).isEqualTo(Confidence.INFERRED);
    Sourced unknown = d.amount(ep2127(2021), AmountKey.PREPARATORY_VISIT_PER_PERSON, null);
    assertThat(unknown.value()).isEqualTo(-1);
    assertThat(unknown.isUnknown()).isTrue();
    assertThat(d.amount(ep2127(2022), AmountKey.FULL_RATE_DAYS, null)).isNull();
  }

  @Test
  void valuesThatBreakTheirUnitAreRefused() {
    String ok = fullTravel("EP2127,2021,0,,0,,inferred,x.md#1\n");
    assertThatThrownBy(
            () ->
                read(
                    ok,
                    "",
                    "",
                    "EP2127,2025,travel_days_count_towards_full_rate,*,maybe,secondary,G25\n"))
        .hasMessageContaining("amounts.csv line 2 value")
        .hasMessageContaining("yes or no");
    for (String bad : new String[] {"1.5", "0.701", "2", ".5"}) {
      assertThatThrownBy(
              () -> read(ok, "", "", "EP2127,2025,day15_rate_share,*," + bad + ",secondary,G25\n"))
          .as(bad)
          .hasMessageContaining("amounts.csv line 2 value")
          .hasMessageContaining("a share from 0 to 1");
    }
    assertThatThrownBy(() -> read(ok, "", "", "EP2127,2025,full_rate_days,*,14,unknown,G25\n"))
        .hasMessageContaining("amounts.csv line 2 value")
        .hasMessageContaining("unknown, as the confidence is unknown");
  }
}
