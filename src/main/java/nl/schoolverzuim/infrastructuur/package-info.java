/**
 * Plumbing of the platform outside the engine: PostgreSQL error texts without a row's values on every
 * pool ({@link nl.schoolverzuim.infrastructuur.PostgresVerbindingen}), Flyway history rows of earlier migration layouts
 * ({@link nl.schoolverzuim.infrastructuur.HerschrevenMigraties}), Hibernate's second-level cache of the reference data
 * ({@link nl.schoolverzuim.infrastructuur.Referentiegegevens}) and log output without a BSN
 * ({@link nl.schoolverzuim.infrastructuur.BsnVrijLoggen}, named by {@code logback-spring.xml}). Depends on no other
 * package of the application.
 */
package nl.schoolverzuim.infrastructuur;
