/**
 * Plumbing of the platform outside the engine: PostgreSQL connection settings for every pool
 * ({@link nl.schoolverzuim.infrastructuur.PostgresVerbindingen}), Hibernate's second-level cache of the reference data
 * ({@link nl.schoolverzuim.infrastructuur.Referentiegegevens}) and log output without a BSN
 * ({@link nl.schoolverzuim.infrastructuur.BsnVrijLoggen}, named by {@code logback-spring.xml}). Depends on no other
 * package of the application.
 */
package nl.schoolverzuim.infrastructuur;
