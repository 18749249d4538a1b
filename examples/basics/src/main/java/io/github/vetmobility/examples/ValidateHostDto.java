package io.github.vetmobility.examples;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.validation.EligibleMobility;
import io.github.vetmobility.validation.ErasmusCountryCode;
import io.github.vetmobility.validation.HostPaths;
import io.github.vetmobility.validation.MobilityMapper;
import io.github.vetmobility.validation.OrganisationId;
import io.github.vetmobility.validation.Pic;
import io.github.vetmobility.validation.ProjectReference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Validates a host application's own form with Jakarta Bean Validation: the identifiers field by
 * field ({@code @ProjectReference}, {@code @OrganisationId}, {@code @Pic},
 * {@code @ErasmusCountryCode}), then the eligibility rules of the whole form
 * ({@code @EligibleMobility}, through a {@link MobilityMapper}), and prints each violation with its
 * path, rule id and message.
 *
 * <p>The form knows nothing of core's types: a mapper turns it into a {@code Mobility} and names,
 * with {@link HostPaths}, the form's property for each field of the mobility, so that violations
 * lie on {@code end} and {@code hostCountry}, as the form calls them. A form of one's own that can
 * implement an interface may implement {@code MobilitySource} instead (its violations then lie on
 * the mobility's paths).
 */
public final class ValidateHostDto {
  private ValidateHostDto() {}

  /** The group of the eligibility check, which runs only once every field is well-formed. */
  public interface Eligibility {}

  /**
   * A learner traineeship as a host's web form or import file holds it: plain text and dates.
   *
   * <p>The group sequence checks the fields first and the rules only when the fields are valid, so
   * a malformed country is reported once, on its field, and not again as an unreadable mobility.
   */
  @GroupSequence({TraineeshipForm.class, Eligibility.class})
  @EligibleMobility(mapper = TraineeshipFormMapper.class, groups = Eligibility.class)
  public static final class TraineeshipForm {
    @NotNull @ProjectReference String project = "2025-1-IT01-KA122-VET-000123456";
    @NotNull String activity = "LM-SHORT-VET";
    @NotNull @ErasmusCountryCode String homeCountry = "IT";

    @NotNull @OrganisationId String homeOid = "E10208308";

    // ISO's GR and GB are what a country picker usually sends; core reads them as EL and UK.
    @NotNull
    @ErasmusCountryCode(acceptIsoAliases = true)
    String hostCountry = "GR";

    @Pic String hostPic = "949240934";
    @NotNull LocalDate start = LocalDate.of(2026, 3, 2);
    @NotNull LocalDate end = LocalDate.of(2026, 3, 27);
    @PositiveOrZero int travelDays = 2;
  }

  /**
   * Turns a {@link TraineeshipForm} into a mobility, and names the form's property for each field
   * of the mobility, so that a rule broken on {@code receiving.country} is reported on the form's
   * {@code hostCountry}. Public, with a public no-argument constructor, because the constraint
   * creates it; stateless, because one instance serves every thread.
   */
  public static final class TraineeshipFormMapper implements MobilityMapper<TraineeshipForm> {
    // Built once; a misspelt mobility field would fail here, when the class loads.
    private static final HostPaths PATHS =
        HostPaths.builder()
            .map("projectReference", "project")
            .map("activityType", "activity")
            .map("sending.country", "homeCountry")
            .map("sending.oid", "homeOid")
            .map("receiving.country", "hostCountry")
            .map("receiving.pic", "hostPic")
            .map("startDate", "start")
            .map("endDate", "end")
            .build();

    /** Created by {@code @EligibleMobility}. */
    public TraineeshipFormMapper() {}

    @Override
    public HostPaths paths() {
      return PATHS;
    }

    @Override
    public Mobility toMobility(TraineeshipForm form) {
      Organisation.Builder host =
          Organisation.builder().country(CountryCode.parse(form.hostCountry));
      if (form.hostPic != null) {
        host.pic(io.github.vetmobility.identifier.Pic.parse(form.hostPic));
      }
      return Mobility.builder()
          .projectReference(io.github.vetmobility.identifier.ProjectReference.parse(form.project))
          .participant(Participant.of(ParticipantCategory.VET_LEARNER))
          .activityType(ActivityType.parse(form.activity))
          .sending(
              Organisation.builder()
                  .country(CountryCode.parseStrict(form.homeCountry))
                  .oid(io.github.vetmobility.identifier.OrganisationId.parse(form.homeOid))
                  .build())
          .receiving(host.build())
          .startDate(form.start)
          .endDate(form.end)
          .travelDays(form.travelDays)
          .build();
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // English messages whatever the machine's locale; the bundles also speak fr, de, it, es, pl,
    // nl, sl, sq, sr and mk. Build the factory once: it and its validators are thread-safe.
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .locales(Locale.ENGLISH)
            .buildValidatorFactory()) {
      Validator validator = factory.getValidator();

      print("An eligible traineeship", validator.validate(new TraineeshipForm()));

      TraineeshipForm malformed = new TraineeshipForm();
      malformed.homeOid = "E1020830";
      malformed.hostCountry = "Greece";
      malformed.hostPic = "94924093X";
      print("Malformed identifiers", validator.validate(malformed));

      TraineeshipForm ineligible = new TraineeshipForm();
      ineligible.hostCountry = "IT";
      ineligible.end = LocalDate.of(2026, 3, 7);
      ineligible.travelDays = 4;
      print("Well-formed but not eligible", validator.validate(ineligible));
    }
  }

  private static void print(String title, Set<ConstraintViolation<TraineeshipForm>> violations) {
    System.out.printf("%s: %d violation(s)%n", title, violations.size());
    // The provider returns a set in no particular order: sort for a stable listing.
    List<ConstraintViolation<TraineeshipForm>> sorted =
        violations.stream()
            .sorted(
                Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
            .toList();
    for (ConstraintViolation<TraineeshipForm> v : sorted) {
      // A violation of @EligibleMobility carries core's Finding (rule id, citation) as Hibernate
      // Validator's dynamic payload; a field constraint carries none and is named by its
      // annotation.
      HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
      Finding finding = hv.getDynamicPayload(Finding.class);
      String rule =
          finding != null
              ? finding.ruleId()
              : "@" + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      System.out.printf("  %s [%s] %s%n", v.getPropertyPath(), rule, v.getMessage());
      if (finding != null) {
        System.out.printf("    source: %s%n", finding.citation());
      }
    }
  }
}
