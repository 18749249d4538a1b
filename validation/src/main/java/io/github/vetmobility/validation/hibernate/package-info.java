/**
 * Programmatic definitions of this module's constraints for Hibernate Validator's {@code
 * ConstraintMapping} API, the counterpart of Hibernate Validator's own {@code cfg.defs}: they put
 * the constraints on host types that cannot be annotated, for example from a {@code
 * ConstraintMappingContributor}. Using this package needs Hibernate Validator on the class path.
 *
 * <pre>{@code
 * HibernateValidatorConfiguration cfg = Validation.byProvider(HibernateValidator.class).configure();
 * ConstraintMapping mapping = cfg.createConstraintMapping();
 * mapping.type(TripRecord.class).constraint(new EligibleMobilityDef().mapper(TripRecordMapper.class));
 * mapping.type(TripRecord.class).field("hostPic").constraint(new PicDef());
 * Validator validator = cfg.addMapping(mapping).buildValidatorFactory().getValidator();
 * }</pre>
 */
package io.github.vetmobility.validation.hibernate;
