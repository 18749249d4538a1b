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
  private static final Map<String, String> ENGLISH = MessageBundles.messages(Locale.ROOT);

  @Test
  void theEnglishBundleIsExplicitAndEqualToTheBaseBundle() {
    assertThat(MessageBundles.messages(Locale.ENGLISH)).isEqualTo(ENGLISH);
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
  void everyRuleOfTheCatalogueHasItsEnglishTemplate() {
    for (Rule r : Rule.values()) {
      assertThat(ENGLISH.get(r.messageKey())).as(r.id()).isEqualTo(r.messageTemplate());
    }
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
        String expected = bundle.get(f.messageKey());
        for (Map.Entry<String, Object> a : f.arguments().entrySet()) {
          expected = expected.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
        }
        assertThat(v.getMessage()).as(locale + " " + f.ruleId()).isEqualTo(expected);
        assertThat(MessageBundles.parameters(expected)).isEmpty();
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
}
