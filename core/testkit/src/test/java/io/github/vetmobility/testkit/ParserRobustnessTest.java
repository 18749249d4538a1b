package io.github.vetmobility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.ErasmusCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.participant.ParticipantCategory;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every parser of core, fed 10,000 arbitrary and 10,000 near-valid strings per run: it either
 * returns a value whose canonical text parses back to the same value, or throws the one documented
 * exception, naming its field and the rejected text, with a message of readable length. Any other
 * exception fails the property.
 */
class ParserRobustnessTest {
  private static final int TRIES = 10_000;

  /** Long enough for any field name, the shortened value and the expectation; never the input. */
  private static final int MAX_MESSAGE = 1_000;

  private static <T> void parsesOrFailsAsDocumented(
      String text, Function<CharSequence, T> parse, Function<T, String> canonical) {
    T value;
    try {
      value = parse.apply(text);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isNotBlank();
      assertThat(e.expected()).isNotBlank();
      assertThat(e.value()).isEqualTo(text);
      assertThat(e.getMessage()).contains(e.field()).hasSizeLessThan(MAX_MESSAGE);
      return;
    }
    assertThat(value).isNotNull();
    assertThat(parse.apply(canonical.apply(value))).isEqualTo(value);
  }

  // --- CountryCode

  @Property(tries = TRIES)
  void countryCodeOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, CountryCode::parse, CountryCode::code);
    parsesOrFailsAsDocumented(text, CountryCode::parseStrict, CountryCode::code);
  }

  @Property(tries = TRIES)
  void countryCodeOnNearValid(@ForAll("countryLike") String text) {
    parsesOrFailsAsDocumented(text, CountryCode::parse, CountryCode::code);
    parsesOrFailsAsDocumented(text, CountryCode::parseStrict, CountryCode::code);
  }

  @Provide
  Arbitrary<String> countryLike() {
    return InputText.nearValid(
        Arbitraries.oneOf(
            VetArbitraries.countryCodes().map(CountryCode::code),
            VetArbitraries.countryCodes().map(CountryCode::isoCode)));
  }

  // --- OrganisationId

  @Property(tries = TRIES)
  void organisationIdOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, OrganisationId::parse, OrganisationId::value);
  }

  @Property(tries = TRIES)
  void organisationIdOnNearValid(@ForAll("oidLike") String text) {
    parsesOrFailsAsDocumented(text, OrganisationId::parse, OrganisationId::value);
  }

  @Provide
  Arbitrary<String> oidLike() {
    return InputText.nearValid(VetArbitraries.organisationIds().map(OrganisationId::value));
  }

  // --- Pic

  @Property(tries = TRIES)
  void picOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, Pic::parse, Pic::value);
  }

  @Property(tries = TRIES)
  void picOnNearValid(@ForAll("picLike") String text) {
    parsesOrFailsAsDocumented(text, Pic::parse, Pic::value);
  }

  @Provide
  Arbitrary<String> picLike() {
    return InputText.nearValid(VetArbitraries.pics().map(Pic::value));
  }

  // --- ErasmusCode

  @Property(tries = TRIES)
  void erasmusCodeOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, ErasmusCode::parse, ErasmusCode::value);
  }

  @Property(tries = TRIES)
  void erasmusCodeOnNearValid(@ForAll("erasmusCodeLike") String text) {
    parsesOrFailsAsDocumented(text, ErasmusCode::parse, ErasmusCode::value);
  }

  @Provide
  Arbitrary<String> erasmusCodeLike() {
    return InputText.nearValid(VetArbitraries.erasmusCodes().map(ErasmusCode::value));
  }

  // --- ProjectReference, both formats

  @Property(tries = TRIES)
  void projectReferenceOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, ProjectReference::parse, ProjectReference::format);
  }

  @Property(tries = TRIES)
  void projectReferenceOnNearValid(@ForAll("referenceLike") String text) {
    parsesOrFailsAsDocumented(text, ProjectReference::parse, ProjectReference::format);
  }

  @Provide
  Arbitrary<String> referenceLike() {
    return InputText.nearValid(VetArbitraries.projectReferences().map(ProjectReference::format));
  }

  // --- AccreditationCode

  @Property(tries = TRIES)
  void accreditationCodeOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, AccreditationCode::parse, AccreditationCode::toString);
  }

  @Property(tries = TRIES)
  void accreditationCodeOnNearValid(@ForAll("accreditationLike") String text) {
    parsesOrFailsAsDocumented(text, AccreditationCode::parse, AccreditationCode::toString);
  }

  @Provide
  Arbitrary<String> accreditationLike() {
    return InputText.nearValid(
        Arbitraries.oneOf(
            VetArbitraries.accreditationCodes().map(AccreditationCode::toString),
            VetArbitraries.projectReferences().map(ProjectReference::format)));
  }

  // --- KeyAction

  @Property(tries = TRIES)
  void keyActionOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, KeyAction::parse, KeyAction::code);
  }

  @Property(tries = TRIES)
  void keyActionOnNearValid(@ForAll("keyActionLike") String text) {
    parsesOrFailsAsDocumented(text, KeyAction::parse, KeyAction::code);
  }

  @Provide
  Arbitrary<String> keyActionLike() {
    return InputText.nearValid(VetArbitraries.keyActions().map(KeyAction::code));
  }

  // --- NationalAgencyCode

  @Property(tries = TRIES)
  void nationalAgencyOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, NationalAgencyCode::parse, NationalAgencyCode::code);
  }

  @Property(tries = TRIES)
  void nationalAgencyOnNearValid(@ForAll("agencyLike") String text) {
    parsesOrFailsAsDocumented(text, NationalAgencyCode::parse, NationalAgencyCode::code);
  }

  @Provide
  Arbitrary<String> agencyLike() {
    return InputText.nearValid(VetArbitraries.nationalAgencyCodes().map(NationalAgencyCode::code));
  }

  // --- Edition

  @Property(tries = TRIES)
  void editionOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, Edition::parse, Edition::key);
  }

  @Property(tries = TRIES)
  void editionOnNearValid(@ForAll("editionLike") String text) {
    parsesOrFailsAsDocumented(text, Edition::parse, Edition::key);
  }

  @Provide
  Arbitrary<String> editionLike() {
    // Call years just outside each programme, too: the edition checks them after parsing.
    Arbitrary<String> outside =
        Arbitraries.of(Programme.class)
            .flatMap(
                p ->
                    Arbitraries.of(p.firstCall() - 1, p.lastCall() + 1)
                        .map(year -> p.key() + "-" + year));
    return InputText.nearValid(
        Arbitraries.oneOf(VetArbitraries.editions().map(Edition::key), outside));
  }

  // --- Money

  @Property(tries = TRIES)
  void moneyOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, Money::parse, Money::toDecimalString);
  }

  @Property(tries = TRIES)
  void moneyOnNearValid(@ForAll("moneyLike") String text) {
    parsesOrFailsAsDocumented(text, Money::parse, Money::toDecimalString);
  }

  @Provide
  Arbitrary<String> moneyLike() {
    Arbitrary<String> huge = Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(20);
    return InputText.nearValid(
        Arbitraries.oneOf(VetArbitraries.money().map(Money::toDecimalString), huge));
  }

  // --- ActivityType

  @Property(tries = TRIES)
  void activityTypeOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, ActivityType::parse, ActivityType::code);
  }

  @Property(tries = TRIES)
  void activityTypeOnNearValid(@ForAll("activityLike") String text) {
    parsesOrFailsAsDocumented(text, ActivityType::parse, ActivityType::code);
  }

  @Provide
  Arbitrary<String> activityLike() {
    return InputText.nearValid(Arbitraries.of(ActivityType.class).map(ActivityType::code));
  }

  // --- ParticipantCategory

  @Property(tries = TRIES)
  void participantCategoryOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, ParticipantCategory::parse, ParticipantCategory::key);
  }

  @Property(tries = TRIES)
  void participantCategoryOnNearValid(@ForAll("categoryLike") String text) {
    parsesOrFailsAsDocumented(text, ParticipantCategory::parse, ParticipantCategory::key);
  }

  @Provide
  Arbitrary<String> categoryLike() {
    return InputText.nearValid(
        Arbitraries.of(ParticipantCategory.class)
            .flatMap(c -> Arbitraries.of(c.key(), c.name(), c.key().replace('_', ' '))));
  }

  // --- Programme

  @Property(tries = TRIES)
  void programmeOnAnything(@ForAll("anything") String text) {
    parsesOrFailsAsDocumented(text, Programme::parse, Programme::key);
  }

  @Property(tries = TRIES)
  void programmeOnNearValid(@ForAll("programmeLike") String text) {
    parsesOrFailsAsDocumented(text, Programme::parse, Programme::key);
  }

  @Provide
  Arbitrary<String> programmeLike() {
    return InputText.nearValid(
        Arbitraries.of(Programme.class).flatMap(p -> Arbitraries.of(p.key(), p.name())));
  }

  @Provide
  Arbitrary<String> anything() {
    return InputText.anything();
  }
}
