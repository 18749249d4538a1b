package io.github.vetmobility.testkit;

import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.ErasmusCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.place.Coordinates;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.project.Project;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Offers the arbitraries of {@link VetArbitraries} to {@code @ForAll} parameters of the domain
 * types, for example {@code @ForAll OrganisationId oid} or {@code @ForAll Mobility mobility}, and
 * every enum of vetmobility (country codes, activity types, ...).
 *
 * <p>Registered as a service (module-info and {@code META-INF/services}), so jqwik finds it as soon
 * as the testkit is on the test class path; {@link VetMobilityDomain} offers it as an opt-in
 * domain. Stateless and thread-safe.
 */
public final class VetArbitraryProvider implements ArbitraryProvider {
  private static final String ROOT_PACKAGE = "io.github.vetmobility";

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      Map.ofEntries(
          Map.entry(OrganisationId.class, VetArbitraries::organisationIds),
          Map.entry(Pic.class, VetArbitraries::pics),
          Map.entry(ErasmusCode.class, VetArbitraries::erasmusCodes),
          Map.entry(ProjectReference.class, VetArbitraries::projectReferences),
          Map.entry(AccreditationCode.class, VetArbitraries::accreditationCodes),
          Map.entry(KeyAction.class, VetArbitraries::keyActions),
          Map.entry(NationalAgencyCode.class, VetArbitraries::nationalAgencyCodes),
          Map.entry(Coordinates.class, VetArbitraries::coordinates),
          Map.entry(Place.class, VetArbitraries::places),
          Map.entry(Accreditation.class, VetArbitraries::accreditations),
          Map.entry(Organisation.class, VetArbitraries::organisations),
          Map.entry(Participant.class, VetArbitraries::participants),
          Map.entry(Mobility.class, VetArbitraries::mobilities),
          Map.entry(Project.class, VetArbitraries::projects),
          Map.entry(Money.class, VetArbitraries::money),
          Map.entry(Edition.class, VetArbitraries::editions));

  /** Creates the provider; jqwik does this through the service loader. */
  public VetArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return BY_TYPE.containsKey(targetType.getRawType()) || isVetEnum(targetType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Supplier<Arbitrary<?>> factory = BY_TYPE.get(targetType.getRawType());
    if (factory != null) {
      return Set.of(factory.get());
    }
    return isVetEnum(targetType) ? Set.of(enumValues(targetType.getRawType())) : Set.of();
  }

  private static boolean isVetEnum(TypeUsage type) {
    return type.isEnum() && type.getRawType().getPackageName().startsWith(ROOT_PACKAGE);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Arbitrary<?> enumValues(Class<?> type) {
    return Arbitraries.of((Class<? extends Enum>) type);
  }
}
