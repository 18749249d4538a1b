/**
 * jqwik arbitraries for the domain types of vetmobility, for the tests of host applications: static
 * factories in {@link io.github.vetmobility.testkit.VetArbitraries}, bad and near-valid text in
 * {@link io.github.vetmobility.testkit.InputText}, {@code @ForAll} support through {@link
 * io.github.vetmobility.testkit.VetArbitraryProvider}, and the opt-in domain {@link
 * io.github.vetmobility.testkit.VetMobilityDomain}.
 */
package io.github.vetmobility.testkit;
