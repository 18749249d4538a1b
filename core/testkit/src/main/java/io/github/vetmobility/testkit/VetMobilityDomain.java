package io.github.vetmobility.testkit;

import java.util.Collection;
import java.util.List;
import net.jqwik.api.configurators.ArbitraryConfigurator;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * An opt-in jqwik domain with the arbitraries of every vetmobility type.
 *
 * <p>The service-registered {@link VetArbitraryProvider} already serves {@code @ForAll} parameters
 * everywhere. Name this domain on a property or container,
 * {@code @Domain(VetMobilityDomain.class)}, when the property must see only these generators: jqwik
 * then uses the domain's providers in place of all others (add
 * {@code @Domain(DomainContext.Global.class)} to keep jqwik's defaults for strings, numbers and
 * collections as well), so a host's own provider for the same types cannot shadow them.
 */
public class VetMobilityDomain implements DomainContext {
  private final List<ArbitraryProvider> providers = List.of(new VetArbitraryProvider());

  /** Creates the domain; jqwik does this when a property names it. */
  public VetMobilityDomain() {}

  /** Returns the provider of every vetmobility type. */
  @Override
  public Collection<ArbitraryProvider> getArbitraryProviders() {
    return providers;
  }

  /** Returns no configurators: the generators take no annotations. */
  @Override
  public Collection<ArbitraryConfigurator> getArbitraryConfigurators() {
    return List.of();
  }
}
