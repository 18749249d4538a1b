package io.github.vetmobility.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.RuleBooks;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
  // A staff job shadowing of a Spanish KA122 project of call 2021, whose agency table ships with
  // the library: every line exact.
  static Mobility shadowing(int days) {
    LocalDate start = LocalDate.of(2022, 5, 9);
    return Mobility.builder()
        .id("M-1")
        .projectReference(ProjectReference.parse("2021-1-ES01-KA122-VET-000080889"))
        .participant(Participant.of(ParticipantCategory.STAFF))
        .activityType(ActivityType.SM_JOB_SHDW)
        .sending(Organisation.builder().country(CountryCode.ES).build())
        .receiving(Organisation.builder().country(CountryCode.PT).build())
        .startDate(start)
        .endDate(start.plusDays(days - 1))
        .travelDays(2)
        .declaredDistanceKm(476.3)
        .build();
  }

  @Test
  void grantIsWrittenWithEveryCategoryTotalRangeAndLine() {
    Grant grant = GrantCalculator.builtIn().grant(shadowing(5));
    String json = Json.of(grant);
    assertThat(json)
        .startsWith(
            "{\"currency\":\"EUR\",\"travel\":180.00,\"individual_support\":728.00,"
                + "\"organisational_support\":350.00,\"inclusion_support\":0.00,"
                + "\"course_fees\":0.00,\"exceptional_costs\":0.00,\"linguistic_support\":0.00,"
                + "\"preparatory_visit\":0.00,\"total\":1258.00,\"total_min\":1258.00,"
                + "\"total_max\":1258.00,\"rate_table\":\"ES01-VET.csv\",\"lines\":[")
        .contains(
            "{\"item\":\"TRAVEL\",\"rule\":\"VET-GRANT-TRAVEL\",\"amount\":180.00,"
                + "\"min\":180.00,\"max\":180.00,\"explanation\":\"476.30 km declared, band"
                + " 100-499 km, standard amount\",\"source\":\"")
        .endsWith("\"confidence\":\"secondary\"}]}");
    assertThat(json).doesNotContain("\n");
  }

  @Test
  void notEligibleEarnsZeroAndSaysWhy() {
    Mobility tooShort = shadowing(1);
    Assessment a = RuleBooks.builtIn().get(tooShort.projectReference().get()).assess(tooShort);
    String json = Json.of(a);
    assertThat(json)
        .startsWith(
            "{\"verdict\":\"NOT_ELIGIBLE\",\"edition\":\"EP2127-2021-KA122\",\"confidence\":\"")
        .contains("{\"rule\":\"VET-DURATION-MIN\",\"severity\":\"ERROR\",\"field\":\"endDate\"");
    Grant g = GrantCalculator.builtIn().grant(tooShort);
    assertThat(Json.of(g)).contains("\"total\":0.00,\"total_min\":0.00,\"total_max\":0.00,");
  }

  @Test
  void rowHasTheCheckersFieldsInOrder() {
    Mobility m = shadowing(5);
    Assessment a = RuleBooks.builtIn().get(m.projectReference().get()).assess(m);
    Grant g = GrantCalculator.builtIn().grant(m);
    String row = Json.row("M-1", a, g);
    assertThat(row)
        .startsWith("{\"mobility_id\":\"M-1\"," + Json.of(a).substring(1, Json.of(a).length() - 1))
        .contains(",\"distance_km\":476.3,\"distance_band\":\"100-499\",\"grant\":" + Json.of(g))
        .endsWith("}}");
    assertThat(Json.row(null, a, g)).startsWith("{\"mobility_id\":null,\"verdict\":");
  }

  @Test
  void messagesAreInTheLocaleGiven() {
    Mobility tooShort = shadowing(1);
    Assessment a = RuleBooks.builtIn().get(tooShort.projectReference().get()).assess(tooShort);
    String french = a.findings().get(0).message(java.util.Locale.FRENCH);
    assertThat(french).isNotEqualTo(a.findings().get(0).message());
    assertThat(Json.of(a, java.util.Locale.FRENCH))
        .contains(Json.appendString(new StringBuilder(), french).toString());
    assertThat(Json.of(a, java.util.Locale.ENGLISH)).isEqualTo(Json.of(a));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plain|\"plain\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "a\\b|\"a\\\\b\"",
        "tab\there|\"tab\\there\"",
      })
  void stringsAreEscaped(String text, String json) {
    assertThat(Json.appendString(new StringBuilder(), text)).hasToString(json);
  }

  @Test
  void exactlyTheControlCharactersQuotesBackslashAndLineSeparatorsAreEscaped() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean escaped = c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
      String one = Json.appendString(new StringBuilder(), String.valueOf((char) c)).toString();
      assertThat(one.length() > 3).as("U+%04X", c).isEqualTo(escaped);
    }
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscapedAndNullIsNull() {
    assertThat(Json.appendString(new StringBuilder(), "a\u0001b\n\r\u2028\u2029"))
        .hasToString("\"a\\u0001b\\n\\r\\u2028\\u2029\"");
    assertThat(Json.appendString(new StringBuilder(), null)).hasToString("null");
    assertThat(Json.appendMoney(new StringBuilder(), null)).hasToString("null");
  }

  @ParameterizedTest(name = "{0} km -> {1}")
  @CsvSource({"1000.0,1000", "99.5,99.5", "99.05,99.05", "12.999,13", "0.004,0", "7.1,7.1"})
  void kilometresHaveAtMostTwoDecimalsAndNoTrailingZero(double km, String json) {
    assertThat(Json.appendKm(new StringBuilder(), km)).hasToString(json);
  }
}
