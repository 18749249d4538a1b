package io.github.vetmobility.examples.boot;

import io.github.vetmobility.validation.EligibilitySettings;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A Spring Boot web application that checks Erasmus+ VET mobilities sent as JSON.
 *
 * <ul>
 *   <li>{@code POST /mobilities/check} with a {@link MobilityCheckRequest}: 200 and the mobility in
 *       core's JSON form ({@code Json.row}: verdict, findings, distance, grant with its lines) when
 *       the body is well-formed and eligible; 400 and a problem detail listing every violation
 *       otherwise (see {@link ViolationProblems}).
 *   <li>{@code POST /projects/check} with a {@link ProjectCheckRequest}: 200 and the project's
 *       assessment with each mobility's grant, in core's JSON form.
 *   <li>{@code GET /rules}: the rule catalogue.
 * </ul>
 *
 * <p>Boot's validation starter brings Hibernate Validator, and the constraints of {@code
 * vetmobility-validation} work on a {@code @Valid} request body as they are. The one setting made
 * here is the rule book of a mobility that names no project yet (a plan, before the grant
 * agreement): call 2025 KA122, given to the constraints as Hibernate Validator's constraint
 * validator payload.
 */
@SpringBootApplication
public class MobilityCheckApplication {
  /** The rule book of a mobility without project reference. */
  static final String FALLBACK_RULE_BOOK = "EP2127-2025-KA122";

  /** Created by Spring. */
  public MobilityCheckApplication() {}

  /**
   * Returns the rule books the checks use: the built-in ones, with call 2025 KA122 for a mobility
   * without project reference.
   *
   * @return the settings, shared by the constraints and the controller
   */
  @Bean
  EligibilitySettings eligibilitySettings() {
    return EligibilitySettings.defaults().withFallback(FALLBACK_RULE_BOOK);
  }

  /**
   * Returns the validator Spring MVC uses for {@code @Valid} and {@code @Validated} bodies: Boot's,
   * with the settings handed to {@code @EligibleMobility} as constraint validator payload.
   *
   * @param settings the eligibility settings
   * @return the validator
   */
  @Bean
  LocalValidatorFactoryBean validator(EligibilitySettings settings) {
    LocalValidatorFactoryBean bean = new LocalValidatorFactoryBean();
    bean.setConfigurationInitializer(
        cfg -> ((HibernateValidatorConfiguration) cfg).constraintValidatorPayload(settings));
    return bean;
  }

  /**
   * Starts the application (port 8080 unless {@code --server.port} says otherwise).
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(MobilityCheckApplication.class, args);
  }
}
