package io.github.vetmobility.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the application on a random port and talks to it over real HTTP with the JDK's client, as
 * a host's client would: Spring's conversion, validation, error handling and JSON all take part.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MobilityCheckApplicationTest {
  /** A learner traineeship of 26 days from Italy to Spain: eligible under call 2025 KA122. */
  static final String ELIGIBLE =
      """
      {"projectReference": "2025-1-IT01-KA122-VET-000123456",
       "activityType": "LM-SHORT-VET",
       "participant": {"category": "learner"},
       "sending": {"country": "IT", "oid": "E10208308"},
       "receiving": {"country": "ES", "pic": "949240934"},
       "startDate": "2026-03-02", "endDate": "2026-03-27", "travelDays": 2}
      """;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort int port;

  @Autowired JsonMapper json;

  private HttpResponse<String> post(String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mobilities/check"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request to the test server failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private JsonNode violationsOf(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("instance").asString()).isEqualTo("/mobilities/check");
    return problem.path("violations");
  }

  @Test
  void anEligibleMobilityIsAnsweredWithItsAssessment() {
    HttpResponse<String> response = post(ELIGIBLE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode assessment = json.readTree(response.body());
    assertThat(assessment.path("verdict").asString()).isEqualTo("ELIGIBLE");
    assertThat(assessment.path("edition").asString()).isEqualTo("EP2127-2025-KA122");
    assertThat(assessment.path("findings").isArray()).isTrue();
    assertThat(assessment.path("findings")).isEmpty();
    // Core's JSON form, as the checker's jsonl writes it: the grant with every line.
    assertThat(assessment.has("distance_km")).isTrue();
    assertThat(assessment.path("grant").path("currency").asString()).isEqualTo("EUR");
    assertThat(assessment.path("grant").path("lines").size()).isGreaterThanOrEqualTo(3);
    assertThat(assessment.path("grant").path("lines").get(0).path("rule").asString())
        .isEqualTo("VET-GRANT-TRAVEL");
  }

  @Test
  void aMobilityWithoutProjectIsCheckedUnderTheFallbackRuleBook() {
    // Only the validator's payload names a rule book for it: without it @EligibleMobility would
    // refuse the body for want of an edition.
    HttpResponse<String> response =
        post(ELIGIBLE.replace("\"projectReference\": \"2025-1-IT01-KA122-VET-000123456\",", ""));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode assessment = json.readTree(response.body());
    assertThat(assessment.path("verdict").asString()).isEqualTo("ELIGIBLE");
    assertThat(assessment.path("edition").asString())
        .isEqualTo(MobilityCheckApplication.FALLBACK_RULE_BOOK);
  }

  @Test
  void aMalformedIdentifierIsReportedOnItsFieldWithoutRunningTheRules() {
    JsonNode violations =
        violationsOf(post(ELIGIBLE.replace("E10208308", "E1020830").replace("\"ES\"", "\"ZZ\"")));

    assertThat(violations)
        .extracting(
            v -> v.path("field").asString(),
            v -> v.path("rule").isNull(),
            v -> v.path("constraint").asString())
        .containsExactly(
            tuple("receiving.country", true, "ErasmusCountryCode"),
            tuple("sending.oid", true, "OrganisationId"));
    assertThat(violations.get(1).path("message").asString())
        .startsWith("must be an Organisation ID (OID)");
  }

  @Test
  void anIneligibleMobilityIsReportedWithTheRuleIdsAndFields() {
    JsonNode violations =
        violationsOf(
            post(
                ELIGIBLE
                    .replace("\"2026-03-27\"", "\"2026-03-07\"")
                    .replace("{\"country\": \"ES\"", "{\"country\": \"IT\"")));

    assertThat(violations)
        .extracting(
            v -> v.path("field").asString(),
            v -> v.path("rule").asString(),
            v -> v.path("constraint").asString())
        .containsExactly(
            tuple("endDate", "VET-DURATION-MIN", "EligibleMobility"),
            tuple("receiving.country", "VET-ABROAD", "EligibleMobility"));
    assertThat(violations.get(0).path("message").asString())
        .isEqualTo("LM-SHORT-VET lasts 6 days of physical activity, fewer than the minimum of 10");
  }

  @Test
  void messagesFollowTheAcceptLanguageHeader() {
    JsonNode violations =
        violationsOf(
            post(ELIGIBLE.replace("\"2026-03-27\"", "\"2026-03-07\""), "Accept-Language", "de"));

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path("rule").asString()).isEqualTo("VET-DURATION-MIN");
              assertThat(v.path("message").asString())
                  .isEqualTo(
                      "LM-SHORT-VET dauert 6 Tage physischer Aktivität, weniger als das Minimum von 10");
            });
  }

  @Test
  void missingPartsAndUnknownCodesAreViolationsToo() {
    JsonNode missing =
        violationsOf(
            post(
                ELIGIBLE.replace(
                    "\"receiving\": {\"country\": \"ES\", \"pic\": \"949240934\"},", "")));
    assertThat(missing)
        .extracting(v -> v.path("field").asString(), v -> v.path("constraint").asString())
        .containsExactly(tuple("receiving", "NotNull"));

    // Well-formed text that core cannot read: reported on the field, by @EligibleMobility.
    JsonNode unknown = violationsOf(post(ELIGIBLE.replace("\"learner\"", "\"pupil\"")));
    assertThat(unknown)
        .extracting(v -> v.path("field").asString(), v -> v.path("constraint").asString())
        .containsExactly(tuple("participant.category", "EligibleMobility"));
    assertThat(unknown.get(0).path("message").asString())
        .startsWith("cannot be read as a mobility: participant.category must be one of learner");
  }

  @Test
  void aBodyThatIsNotJsonIsAProblemDetailToo() {
    HttpResponse<String> response = post("{\"projectReference\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  private HttpResponse<String> postProject(int learners) {
    StringBuilder body =
        new StringBuilder("{\"projectReference\": \"2025-1-IT01-KA122-VET-000123456\",");
    body.append("\"mobilities\": [");
    for (int i = 0; i < learners; i++) {
      // Learner i starts i days after the first; listed last first, so the order of the list is
      // not the order of start dates.
      int day = learners - 1 - i;
      String start = java.time.LocalDate.of(2026, 3, 2).plusDays(day).toString();
      String end = java.time.LocalDate.of(2026, 3, 27).plusDays(day).toString();
      body.append(i == 0 ? "" : ",")
          .append(
              ELIGIBLE
                  .replace("\"projectReference\": \"2025-1-IT01-KA122-VET-000123456\",", "")
                  .replace("2026-03-02", "@START@")
                  .replace("2026-03-27", "@END@")
                  .replace("@START@", start)
                  .replace("@END@", end));
    }
    body.append("]}");
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/projects/check"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  @Test
  void aWholeProjectIsCheckedWithItsProjectRules() {
    HttpResponse<String> thirty = postProject(30);
    assertThat(thirty.statusCode()).as(thirty.body()).isEqualTo(200);
    JsonNode ok = json.readTree(thirty.body());
    assertThat(ok.path("edition").asString()).isEqualTo("EP2127-2025-KA122");
    assertThat(ok.path("verdict").asString()).as(thirty.body()).isNotEqualTo("NOT_ELIGIBLE");
    assertThat(ok.path("grants").size()).isEqualTo(30);

    HttpResponse<String> response = postProject(31);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode project = json.readTree(response.body());
    assertThat(project.path("verdict").asString()).isEqualTo("NOT_ELIGIBLE");
    List<String> over = new java.util.ArrayList<>();
    for (JsonNode f : project.path("findings")) {
      if (f.path("rule").asString().equals("VET-KA122-PARTICIPANTS")) {
        over.add(f.path("field").asString());
      }
    }
    // Listed last first: the 31st by start date is the first of the list.
    assertThat(over).containsExactly("mobilities[0]");
    assertThat(project.path("grants").get(0).path("total_max").decimalValue()).isZero();
    assertThat(project.path("grants").get(1).path("organisational_support").decimalValue())
        .isPositive();
  }

  @Test
  void aProjectWithAMalformedMobilityIsRefusedOnItsField() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/projects/check"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"projectReference\": \"2025-1-IT01-KA122-VET-000123456\","
                            + " \"mobilities\": ["
                            + ELIGIBLE.replace("E10208308", "E1020830")
                            + "]}"))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("mobilities[0].sending.oid");
  }

  private HttpResponse<String> postProjectWithReference(String reference) {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/projects/check"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"projectReference\": \""
                        + reference
                        + "\", \"mobilities\": ["
                        + ELIGIBLE.replace(
                            "\"projectReference\": \"2025-1-IT01-KA122-VET-000123456\",", "")
                        + "]}"))
            .build());
  }

  // A project of another action or field, or a reference that is not one: the client's error,
  // answered with 400 naming the field and the value, never a 500.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-1-IT01-KA131-HED-000123456",
        "2025-1-IT01-KA121-SCH-000123456",
        "2025-1-IT01-KA122-VET-12",
        "KA122"
      })
  void aProjectReferenceThatIsNotAVetProjectIsABadRequest(String reference) {
    HttpResponse<String> response = postProjectWithReference(reference);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode violation = json.readTree(response.body()).path("violations").get(0);
    assertThat(violation.path("field").asString()).isEqualTo("projectReference");
    assertThat(response.body()).contains(reference);
  }

  @Test
  void theRuleCatalogueIsListed() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rules"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode rules = json.readTree(response.body());
    assertThat(rules.size()).isGreaterThan(20);
    assertThat(rules)
        .filteredOn(r -> r.path("id").asString().equals("VET-DURATION-MIN"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.path("level").asString()).isEqualTo("MOBILITY");
              assertThat(r.path("severity").asString()).isEqualTo("ERROR");
              assertThat(r.path("field").asString()).isEqualTo("endDate");
              assertThat(r.path("description").asString()).isNotBlank();
            });
  }

  @Test
  void theErrorPageAskedForDirectlyIsNotFoundNotAServerError() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
  }
}
