package io.github.vetmobility.examples.boot;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.validation.EligibleMobility;
import io.github.vetmobility.validation.ErasmusCountryCode;
import io.github.vetmobility.validation.MobilitySource;
import io.github.vetmobility.validation.OrganisationId;
import io.github.vetmobility.validation.Pic;
import io.github.vetmobility.validation.ProjectReference;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.Default;
import java.time.LocalDate;

/**
 * The body of {@code POST /mobilities/check}: a mobility as a host's client sends it, in plain JSON
 * text, numbers and ISO dates.
 *
 * <pre>{@code
 * {"projectReference": "2025-1-IT01-KA122-VET-000123456", "activityType": "LM-SHORT-VET",
 *  "participant": {"category": "learner"},
 *  "sending": {"country": "IT", "oid": "E10208308"}, "receiving": {"country": "ES"},
 *  "startDate": "2026-03-02", "endDate": "2026-03-27", "travelDays": 2}
 * }</pre>
 *
 * <p>The nested parts mirror core's {@code Mobility}, so that a field constraint and an eligibility
 * rule about the same value report the same path (e.g. {@code receiving.country}).
 *
 * <p>Checked in two steps, by validating the group sequence {@link FieldsFirst}: first every field
 * constraint (the parts' too), then, only if they all hold, {@link EligibleMobility} on the whole
 * request. A malformed value is so reported once, on its field, and never again as a mobility that
 * cannot be read. (Redefining this class's default group sequence would not do: it orders only the
 * class's own constraints, and the parts' cascaded constraints would be checked after the rules.)
 *
 * @param projectReference the project reference; it chooses the rule book
 * @param activityType the Beneficiary Module code of the activity, e.g. {@code LM-SHORT-VET}
 * @param participant who takes part
 * @param sending the sending organisation
 * @param receiving the receiving organisation
 * @param startDate the first day of the activity
 * @param endDate the last day of the activity
 * @param travelDays travel days claimed; none when absent
 * @param greenTravel whether the participant travels green; {@code false} when absent
 */
@EligibleMobility(groups = MobilityCheckRequest.Eligibility.class)
public record MobilityCheckRequest(
    @ProjectReference String projectReference,
    @NotBlank String activityType,
    @NotNull @Valid ParticipantPart participant,
    @NotNull @Valid OrganisationPart sending,
    @NotNull @Valid OrganisationPart receiving,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @PositiveOrZero Integer travelDays,
    Boolean greenTravel)
    implements MobilitySource {

  /** The validation group of the eligibility rules. */
  public interface Eligibility {}

  /**
   * What to validate: the field constraints, then the eligibility rules if the fields are valid.
   */
  @GroupSequence({Default.class, Eligibility.class})
  public interface FieldsFirst {}

  /**
   * The participant.
   *
   * @param category {@code learner}, {@code apprentice}, {@code recent_graduate}, {@code staff},
   *     ...
   * @param fewerOpportunities whether the participant has fewer opportunities; {@code false} when
   *     absent
   * @param graduationDate the graduation date, for recent graduates
   */
  public record ParticipantPart(
      @NotBlank String category, Boolean fewerOpportunities, LocalDate graduationDate) {

    Participant toParticipant() {
      ParticipantCategory parsed;
      try {
        parsed = ParticipantCategory.parse(category);
      } catch (InvalidValueException e) {
        // Core names the value participantCategory; report it where this JSON has it.
        throw new InvalidValueException("participant.category", category, e.expected());
      }
      Participant.Builder builder =
          Participant.builder()
              .category(parsed)
              .fewerOpportunities(Boolean.TRUE.equals(fewerOpportunities));
      if (graduationDate != null) {
        builder.graduationDate(graduationDate);
      }
      return builder.build();
    }
  }

  /**
   * An organisation.
   *
   * @param country the Commission's country code ({@code EL}, {@code UK}, {@code XK}); ISO's {@code
   *     GR} and {@code GB} are accepted
   * @param oid its Organisation ID, if known
   * @param pic its Participant Identification Code, if known
   */
  public record OrganisationPart(
      @NotNull @ErasmusCountryCode(acceptIsoAliases = true) String country,
      @OrganisationId String oid,
      @Pic String pic) {

    Organisation toOrganisation() {
      Organisation.Builder builder = Organisation.builder().country(CountryCode.parse(country));
      if (oid != null) {
        builder.oid(io.github.vetmobility.identifier.OrganisationId.parse(oid));
      }
      if (pic != null) {
        builder.pic(io.github.vetmobility.identifier.Pic.parse(pic));
      }
      return builder.build();
    }
  }

  /**
   * Returns the request as core's mobility. Called by {@link EligibleMobility} once the field
   * constraints hold, and by the controller after validation.
   *
   * @throws InvalidValueException if a value cannot be read; {@link EligibleMobility} turns it into
   *     a violation on the field it names (an unknown activity type or participant category)
   */
  @Override
  public Mobility mobility() {
    Mobility.Builder builder =
        Mobility.builder()
            .activityType(ActivityType.parse(activityType))
            .participant(participant.toParticipant())
            .sending(sending.toOrganisation())
            .receiving(receiving.toOrganisation())
            .startDate(startDate)
            .endDate(endDate)
            .greenTravel(Boolean.TRUE.equals(greenTravel));
    if (projectReference != null) {
      builder.projectReference(
          io.github.vetmobility.identifier.ProjectReference.parse(projectReference));
    }
    if (travelDays != null) {
      builder.travelDays(travelDays);
    }
    return builder.build();
  }
}
