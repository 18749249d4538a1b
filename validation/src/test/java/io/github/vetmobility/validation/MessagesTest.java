package io.github.vetmobility.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.validation.hibernate.EligibleMobilityDef;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
  private static final String RULES = "io.github.vetmobility.rules.";
  private static final String FINDING = "io.github.vetmobility.validation.finding";

  /** The base bundle: English texts of this module and the lines of core's rules. */
  private static final Map<String, String> BASE = MessageBundles.messages(Locale.ROOT);

  /** The texts every locale has: the base bundle without the lines of core's rules. */
  private static final Map<String, String> ENGLISH = MessageBundles.messages(Locale.ENGLISH);

  @Test
  void theEnglishBundleIsExplicitAndEqualToTheBaseBundleButTheRules() {
    Map<String, String> own = new java.util.TreeMap<>(BASE);
    own.keySet().removeIf(k -> k.startsWith(RULES));
    assertThat(ENGLISH).isEqualTo(own);
  }

  @Test
  void everyFieldConstraintHasAMessage() {
    for (String c :
        new String[] {
          OrganisationId.MESSAGE,
          Pic.MESSAGE,
          ErasmusCountryCode.MESSAGE,
          ProjectReference.MESSAGE,
          AccreditationCode.MESSAGE
        }) {
      assertThat(ENGLISH).containsKey(c.substring(1, c.length() - 1));
    }
  }

  @Test
  void everyRuleLeadsToTheFindingsOwnMessageAndNoRuleTextIsRepeatedHere() {
    Set<String> keys = new java.util.TreeSet<>();
    for (Rule r : Rule.values()) {
      keys.add(r.messageKey());
    }
    keys.add(Finding.UNKNOWN_FACT_KEY);
    keys.add(Finding.MISSING_INPUT_KEY);
    Map<String, String> rules = new java.util.TreeMap<>(BASE);
    rules.keySet().removeIf(k -> !k.startsWith(RULES));
    assertThat(rules.keySet()).isEqualTo(keys);
    assertThat(rules.values()).containsOnly("{" + FINDING + "}");
  }

  @ParameterizedTest
  @MethodSource("locales")
  void eachLocaleNamesTheParameterOfItsLanguage(Locale locale) {
    String language = locale.getLanguage();
    String parameter =
        "findingMessage" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
    assertThat(MessageBundles.messages(locale).get(FINDING)).isEqualTo("{" + parameter + "}");
  }

  static Stream<Locale> locales() {
    return MessageBundles.LOCALES.stream();
  }

  @Test
  void theProblemsThatAreNotFindingsHaveMessages() {
    for (String key :
        new String[] {
          EligibleMobility.MESSAGE,
          EligibleProject.MESSAGE,
          "{io.github.vetmobility.validation.EligibleMobility.noRuleBook}",
          "{io.github.vetmobility.validation.EligibleMobility.unknownEdition}",
          "{io.github.vetmobility.validation.EligibleMobility.unreadable}"
        }) {
      assertThat(ENGLISH).containsKey(key.substring(1, key.length() - 1));
    }
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyLocaleHasEveryKeyWithTheSameParameters(Locale locale) {
    Map<String, String> messages = MessageBundles.messages(locale);
    assertThat(messages.keySet()).as(locale + " keys").isEqualTo(ENGLISH.keySet());
    ENGLISH.forEach(
        (key, english) -> {
          if (key.equals(FINDING)) {
            return; // names a parameter per language, checked above
          }
          String translated = messages.get(key);
          assertThat(MessageBundles.parameters(translated))
              .as(locale + " " + key)
              .containsExactlyInAnyOrderElementsOf(MessageBundles.parameters(english));
          assertThat(translated).as(locale + " " + key + " is translated").isNotEqualTo(english);
        });
  }

  static Stream<Locale> translations() {
    return MessageBundles.LOCALES.stream().filter(l -> !l.equals(Locale.ENGLISH));
  }

  @Test
  void malformedTemplatesAreRecognised() {
    assertThat(MessageBundles.parameters("{a} and {b2}")).containsExactly("a", "b2");
    for (String bad : new String[] {"{a", "a}", "{{a}}", "{}", "${a}", "\\{a}", "{a b}", " "}) {
      assertThatThrownBy(() -> MessageBundles.parameters(bad)).isInstanceOf(AssertionError.class);
    }
  }

  /** A DTO on which every field constraint fails. */
  static final class Everything {
    @OrganisationId String oid = "x";
    @Pic String pic = "x";
    @ErasmusCountryCode String country = "x";
    @ProjectReference String project = "x";
    @AccreditationCode String accreditation = "x";
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("localesAndInterpolators")
  void ruleMessagesAreInterpolatedWithTheFindingsArguments(
      Locale locale, String interpolator, Function<Locale, HibernateValidatorConfiguration> cfg) {
    Map<String, String> bundle = MessageBundles.messages(locale);
    HibernateValidatorConfiguration c = cfg.apply(locale);
    ConstraintMapping mapping = c.createConstraintMapping();
    mapping.type(Mobility.class).constraint(new EligibleMobilityDef());
    try (ValidatorFactory factory = c.addMapping(mapping).buildValidatorFactory()) {
      Mobility m =
          SampleMobilities.eligible()
              .endDate(SampleMobilities.START.minusDays(1))
              .travelDays(7)
              .receiving(SampleMobilities.organisation(CountryCode.IT, "E10000002"))
              .build();
      Set<ConstraintViolation<Mobility>> violations = factory.getValidator().validate(m);
      assertThat(violations).hasSizeGreaterThanOrEqualTo(3);
      for (ConstraintViolation<Mobility> v : violations) {
        Finding f = Violations.finding(v);
        // Core's text, in the locale the validator interpolated in.
        assertThat(v.getMessage()).as(locale + " " + f.ruleId()).isEqualTo(f.message(locale));
        assertThat(v.getMessageTemplate()).isEqualTo("{" + f.messageKey() + "}");
      }
    }
  }

  static Stream<Arguments> localesAndInterpolators() {
    Function<Locale, HibernateValidatorConfiguration> el = Validators::configure;
    Function<Locale, HibernateValidatorConfiguration> noEl = Validators::withoutExpressionLanguage;
    return MessageBundles.LOCALES.stream()
        .flatMap(l -> Stream.of(Arguments.of(l, "EL", el), Arguments.of(l, "no EL", noEl)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("localesAndInterpolators")
  void messagesAreInterpolatedInEveryLocaleWithAndWithoutExpressionLanguage(
      Locale locale, String interpolator, Function<Locale, HibernateValidatorConfiguration> cfg) {
    Map<String, String> expected = MessageBundles.messages(locale);
    try (ValidatorFactory factory = cfg.apply(locale).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      var violations = validator.validate(new Everything());
      assertThat(violations).hasSize(5);
      for (ConstraintViolation<Everything> v : violations) {
        String template = v.getMessageTemplate();
        assertThat(v.getMessage())
            .as(locale + " " + template)
            .isEqualTo(expected.get(template.substring(1, template.length() - 1)));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("localesAndInterpolators")
  void wordsAmongTheArgumentsAreTranslatedToo(
      Locale locale, String interpolator, Function<Locale, HibernateValidatorConfiguration> cfg) {
    HibernateValidatorConfiguration c = cfg.apply(locale);
    ConstraintMapping mapping = c.createConstraintMapping();
    mapping.type(Mobility.class).constraint(new EligibleMobilityDef());
    // Sent from France under an Italian reference: VET-AGENCY-COUNTRY names the sending side.
    Mobility m =
        SampleMobilities.eligible()
            .sending(SampleMobilities.organisation(CountryCode.FR, "E10000003"))
            .build();
    try (ValidatorFactory factory = c.addMapping(mapping).buildValidatorFactory()) {
      ConstraintViolation<Mobility> v =
          factory.getValidator().validate(m).stream()
              .filter(x -> Violations.finding(x).rule() == Rule.VET_AGENCY_COUNTRY)
              .findFirst()
              .orElseThrow();
      assertThat(v.getPropertyPath()).hasToString("sending.country");
      if (locale.equals(Locale.ENGLISH)) {
        assertThat(v.getMessage()).startsWith("The sending organisation is in FR");
      } else {
        assertThat(v.getMessage()).doesNotContain("sending");
      }
      if (locale.equals(Locale.FRENCH)) {
        assertThat(v.getMessage())
            .isEqualTo(
                "L'organisation d'envoi se trouve dans le pays FR, mais le projet est géré par"
                    + " l'agence nationale IT01");
      }
    }
  }

  @Test
  void aHostThatWordsARuleItselfWinsWithTheFindingsArgumentsAsParameters() {
    java.util.ResourceBundle host =
        new java.util.ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {
              {"io.github.vetmobility.rules.VET-ABROAD", "Both in {country} ({ruleId})"}
            };
          }
        };
    HibernateValidatorConfiguration c = Validators.english();
    c.messageInterpolator(
        new org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator(
            locale -> host,
            Set.of(Locale.ENGLISH),
            Locale.ENGLISH,
            context -> Locale.ENGLISH,
            false));
    ConstraintMapping mapping = c.createConstraintMapping();
    mapping.type(Mobility.class).constraint(new EligibleMobilityDef());
    Mobility m =
        SampleMobilities.eligible()
            .travelDays(7)
            .receiving(SampleMobilities.organisation(CountryCode.IT, "E10000002"))
            .build();
    try (ValidatorFactory factory = c.addMapping(mapping).buildValidatorFactory()) {
      Map<String, String> messages = new java.util.TreeMap<>();
      for (ConstraintViolation<Mobility> v : factory.getValidator().validate(m)) {
        messages.put(Violations.finding(v).ruleId(), v.getMessage());
      }
      assertThat(messages)
          .containsEntry("VET-ABROAD", "Both in IT (VET-ABROAD)")
          .containsEntry(
              "VET-TRAVEL-DAYS",
              "7 travel days claimed; at most 2 are funded with standard travel");
    }
  }
}
