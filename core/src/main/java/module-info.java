/**
 * vetmobility core: the domain types, rule books, eligibility and grants of Erasmus+ VET mobility.
 * No runtime dependencies.
 */
module io.github.vetmobility.core {
  requires static org.immutables.value.annotations;

  exports io.github.vetmobility;
  exports io.github.vetmobility.compare;
  exports io.github.vetmobility.country;
  exports io.github.vetmobility.distance;
  exports io.github.vetmobility.edition;
  exports io.github.vetmobility.funding;
  exports io.github.vetmobility.identifier;
  exports io.github.vetmobility.json;
  exports io.github.vetmobility.mobility;
  exports io.github.vetmobility.money;
  exports io.github.vetmobility.organisation;
  exports io.github.vetmobility.participant;
  exports io.github.vetmobility.place;
  exports io.github.vetmobility.project;
  exports io.github.vetmobility.rules;
}
