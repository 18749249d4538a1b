package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.rules.internal.FindingMessages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Finding#message(Locale)}: the bundles of core, their completeness and their words. */
class FindingMessagesTest {
  private static final Map<String, String> BASE =
      FindingMessages.read(FindingMessages.BASE + ".properties");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]*)}");
  private static final Citation CITATION =
      Citation.builder().edition(Edition.parse("EP2127-2025")).build();

  static Finding finding(Rule rule, Object... namesAndValues) {
    return finding(Finding.Kind.BROKEN, rule, namesAndValues);
  }

  static Finding finding(Finding.Kind kind, Rule rule, Object... namesAndValues) {
    Finding.Builder b =
        Finding.builder()
            .rule(rule)
            .kind(kind)
            .severity(rule.severity())
            .field(rule.field())
            .citation(CITATION);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.putArguments((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  static Map<String, String> bundle(String language) {
    return FindingMessages.read(FindingMessages.BASE + "_" + language + ".properties");
  }

  static Set<String> parameters(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PARAMETER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void theBaseBundleIsEnglishAndHoldsEachRulesOwnTemplate() {
    assertThat(bundle("en")).isEqualTo(BASE);
    for (Rule r : Rule.values()) {
      assertThat(BASE.get(r.messageKey())).as(r.id()).isEqualTo(r.messageTemplate());
    }
    // The templates of rules that could not be checked: the English message is the base text.
    Finding fact =
        finding(
            Finding.Kind.UNKNOWN_FACT,
            Rule.VET_DURATION_MIN,
            "rule",
            "R",
            "key",
            "K",
            "edition",
            "E");
    Finding input =
        finding(Finding.Kind.MISSING_INPUT, Rule.VET_DURATION_MIN, "rule", "R", "input", "I");
    assertThat(fact.message())
        .isEqualTo(
            BASE.get(Finding.UNKNOWN_FACT_KEY)
                .replace("{rule}", "R")
                .replace("{key}", "K")
                .replace("{edition}", "E"));
    assertThat(input.message())
        .isEqualTo(
            BASE.get(Finding.MISSING_INPUT_KEY).replace("{rule}", "R").replace("{input}", "I"));
  }

  static Stream<String> languages() {
    return FindingMessages.LANGUAGES.stream();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyBundleHasEveryKeyWithTheSameParametersAndTranslatesIt(String language) {
    Map<String, String> texts = bundle(language);
    assertThat(new TreeSet<>(texts.keySet())).isEqualTo(new TreeSet<>(BASE.keySet()));
    BASE.forEach(
        (key, english) -> {
          String t = texts.get(key);
          assertThat(parameters(t)).as(language + " " + key).isEqualTo(parameters(english));
          assertThat(t).as(language + " " + key).isNotBlank().doesNotContain("${");
          if (!key.contains(".token.") || key.endsWith(".action.a_pilot")) {
            assertThat(t).as(language + " " + key + " is translated").isNotEqualTo(english);
          }
        });
  }

  /** A few findings with words among their arguments, and their text in English and French. */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(
            finding(Rule.VET_AGENCY_COUNTRY, "side", "sending", "country", "FR", "agency", "IT02"),
            "The sending organisation is in FR, but the project is managed by National Agency IT02",
            "L'organisation d'envoi se trouve dans le pays FR, mais le projet est géré par l'agence"
                + " nationale IT02"),
        Arguments.of(
            finding(
                Rule.VET_FLOW_BENEFICIARY,
                "side",
                "receiving",
                "country",
                "US",
                "status",
                "third_country_not_associated"),
            "The receiving organisation is in US (third_country_not_associated), not in an EU Member"
                + " State or associated third country",
            "L'organisation d'accueil se trouve dans le pays US (pays tiers non associé), qui n'est ni"
                + " un État membre de l'UE ni un pays tiers associé"),
        Arguments.of(
            finding(
                Rule.VET_ACTIVITY_PARTICIPANT,
                "category",
                "recent_graduate",
                "activity",
                "LM-GROUP-VET"),
            "A participant of category recent_graduate cannot take part in LM-GROUP-VET",
            "Un participant de la catégorie jeune diplômé ne peut pas prendre part à LM-GROUP-VET"),
        Arguments.of(
            finding(Rule.VET_TRAVEL_DAYS, "travelDays", 7, "max", 6, "travel", "green"),
            "7 travel days claimed; at most 6 are funded with green travel",
            "7 jours de voyage demandés ; au plus 6 sont financés pour un voyage de type"
                + " écologique"),
        Arguments.of(
            finding(
                Rule.VET_RECENT_GRADUATE,
                "months",
                12,
                "graduationDate",
                "2024-06-30",
                "boundary",
                "start",
                "date",
                "2025-09-01"),
            "A recent graduate takes part within 12 months after graduation on 2024-06-30; the"
                + " activity's start date is 2025-09-01",
            "Un jeune diplômé participe dans les 12 mois suivant l'obtention de son diplôme le"
                + " 2024-06-30 ; la date de l'activité retenue (début) est le 2025-09-01"),
        Arguments.of(
            finding(
                Rule.VET_PROJECT_APPLICANT,
                "country",
                "CH",
                "status",
                "third_country_not_associated",
                "allowed",
                "eu_member_state or associated_third_country"),
            "The beneficiary is in CH (third_country_not_associated); applicants must be in"
                + " eu_member_state or associated_third_country",
            "Le bénéficiaire se trouve dans le pays CH (pays tiers non associé) ; les candidats"
                + " doivent se trouver dans un pays de type : État membre de l'UE ou pays tiers"
                + " associé"),
        Arguments.of(
            finding(Rule.VET_PROJECT_MONTHS, "months", 18, "allowed", "12 or 24"),
            "The project lasts 18 months; allowed: 12 or 24",
            "Le projet dure 18 mois ; durées autorisées : 12 ou 24"),
        Arguments.of(
            finding(Rule.VET_NOT_ASSOCIATED_ACCREDITED, "country", "US", "action", "a pilot"),
            "Mobility to US (third country not associated) is open to accredited organisations"
                + " (KA121) only, not to a pilot",
            "La mobilité vers US (pays tiers non associé) est réservée aux organisations accréditées"
                + " (KA121), et non à un projet pilote"),
        Arguments.of(
            finding(Rule.VET_DURATION_MIN, "activity", "LM-SHORT-VET", "days", 6, "min", 10),
            "LM-SHORT-VET lasts 6 days of physical activity, fewer than the minimum of 10",
            "LM-SHORT-VET dure 6 jours d'activité physique, moins que le minimum de 10"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void findingsReadTheSameInEnglishAndTranslatedInFrench(Finding f, String english, String french) {
    assertThat(f.message()).isEqualTo(english);
    assertThat(f.message(Locale.ENGLISH)).isEqualTo(english);
    assertThat(f.message(Locale.UK)).isEqualTo(english);
    assertThat(f.message(Locale.FRENCH)).isEqualTo(french);
    assertThat(f.message(Locale.CANADA_FRENCH)).isEqualTo(french);
  }

  /** Every English word that an argument may carry, and a finding that carries it. */
  static List<Finding> findingsWithWords() {
    List<Finding> out = new ArrayList<>();
    for (String side : List.of("sending", "receiving")) {
      out.add(finding(Rule.VET_AGENCY_COUNTRY, "side", side, "country", "FR", "agency", "IT02"));
    }
    for (var c : io.github.vetmobility.participant.ParticipantCategory.values()) {
      out.add(finding(Rule.VET_ACCOMPANIED, "category", c.key()));
    }
    for (var s : io.github.vetmobility.edition.CountryStatus.values()) {
      out.add(
          finding(
              Rule.VET_PROJECT_APPLICANT,
              "country",
              "CH",
              "status",
              s.name().toLowerCase(Locale.ROOT),
              "allowed",
              "eu_member_state or associated_third_country"));
    }
    out.add(finding(Rule.VET_TRAVEL_DAYS, "travelDays", 7, "max", 6, "travel", "green"));
    for (String b : List.of("start", "end")) {
      out.add(
          finding(
              Rule.VET_RECENT_GRADUATE,
              "months",
              12,
              "graduationDate",
              "2024-06-30",
              "boundary",
              b,
              "date",
              "2025-09-01"));
    }
    out.add(finding(Rule.VET_NOT_ASSOCIATED_ACCREDITED, "country", "US", "action", "a pilot"));
    out.add(
        finding(
            Rule.VET_REFERENCE_EDITION,
            "referenceCall",
            2025,
            "referenceAction",
            "KA122",
            "edition",
            "PILOT2018-2018",
            "action",
            "(pilot, no key action)"));
    out.add(finding(Rule.VET_PROJECT_MONTHS, "months", 18, "allowed", "12 or 24"));
    return out;
  }

  // English words of arguments, but "standard" (French, Italian... too) and "pilot" (Albanian).
  private static final Pattern ENGLISH_WORD =
      Pattern.compile(
          "\\b(sending|receiving|learner|apprentice|recent_graduate|staff|accompanying_person"
              + "|invited_expert|teacher_in_training|green|start|end|eu_member_state"
              + "|associated_third_country|third_country_not_associated|unknown|a pilot|no key action|or)\\b");

  @ParameterizedTest
  @MethodSource("languages")
  void noEnglishWordOfAnArgumentReachesATranslatedMessage(String language) {
    Locale locale = Locale.forLanguageTag(language);
    for (Finding f : findingsWithWords()) {
      String english = f.message();
      String translated = f.message(locale);
      assertThat(ENGLISH_WORD.matcher(english).find()).as(english).isTrue();
      assertThat(translated)
          .as(language + " " + f.ruleId() + " " + f.arguments())
          .doesNotContainPattern(ENGLISH_WORD)
          .doesNotContain("{");
    }
  }

  @Test
  void anyOtherLanguageReadsEnglishWhateverTheDefaultLocale() {
    Finding f = findingsWithWords().get(0);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(f.message(Locale.JAPANESE)).isEqualTo(f.message());
      assertThat(f.message(Locale.ROOT)).isEqualTo(f.message());
      assertThat(f.message(Locale.forLanguageTag("pt-BR"))).isEqualTo(f.message());
    } finally {
      Locale.setDefault(saved);
    }
    assertThatThrownBy(() -> f.message(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @Test
  void theBundlesAreReadFromCoreAsANamedModule() {
    // Surefire runs core's tests on the module path: the lookup works inside the named module.
    assertThat(Finding.class.getModule().isNamed()).isTrue();
    assertThat(Finding.class.getModule().getName()).isEqualTo("io.github.vetmobility.core");
    assertThat(FindingMessages.of(Locale.GERMAN)).isNotEmpty();
    assertThat(findingsWithWords().get(0).message(Locale.GERMAN))
        .startsWith("Die entsendende Organisation hat ihren Sitz in FR");
  }

  @Test
  void aFindingOfTheEngineIsTranslated() {
    RuleBook book = Fixtures.book(2025, io.github.vetmobility.identifier.KeyAction.KA122);
    var m =
        Fixtures.learner(book)
            .participant(
                io.github.vetmobility.participant.Participant.of(
                    io.github.vetmobility.participant.ParticipantCategory.RECENT_GRADUATE))
            .activityType(io.github.vetmobility.mobility.ActivityType.LM_GROUP_VET)
            .build();
    Finding f =
        book.assess(m).findings().stream()
            .filter(x -> x.rule() == Rule.VET_ACTIVITY_PARTICIPANT)
            .findFirst()
            .orElseThrow();
    assertThat(f.message(Locale.ITALIAN))
        .isEqualTo(
            "Un partecipante della categoria neodiplomato non può partecipare a LM-GROUP-VET");
  }
}
