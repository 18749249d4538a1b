/**
 * jqwik arbitraries for the domain types of vetmobility, for the tests of host applications: static
 * factories in {@link io.github.vetmobility.testkit.VetArbitraries}, bad and near-valid text in
 * {@link io.github.vetmobility.testkit.InputText}, mobilities and projects made to measure for a
 * rule book (eligible, or breaking exactly one chosen rule) in {@link
 * io.github.vetmobility.testkit.Mobilities} and {@link io.github.vetmobility.testkit.Projects},
 * {@code @ForAll} support through {@link io.github.vetmobility.testkit.VetArbitraryProvider}, and
 * the opt-in domain {@link io.github.vetmobility.testkit.VetMobilityDomain}.
 */
package io.github.vetmobility.testkit;
