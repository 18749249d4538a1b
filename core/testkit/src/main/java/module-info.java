/**
 * vetmobility testkit: jqwik arbitraries for every vetmobility domain type, for the tests of host
 * applications. Depends on vetmobility-core and jqwik-api only.
 */
module io.github.vetmobility.testkit {
  requires transitive io.github.vetmobility.core;
  requires transitive net.jqwik.api;

  exports io.github.vetmobility.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider with
      io.github.vetmobility.testkit.VetArbitraryProvider;
}
