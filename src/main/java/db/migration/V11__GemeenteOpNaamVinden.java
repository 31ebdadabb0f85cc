package db.migration;

import java.util.List;

/**
 * Every melding names the Jongere's woongemeente, mostly by name in any case
 * ({@code GemeenteRepository.findByLowerCaseNaam}). V1's unique key on {@code naam} cannot serve {@code lower(naam)},
 * so PostgreSQL read all gemeenten for each melding (0.45 ms of an intake at 349 gemeenten, EXPLAIN ANALYZE in the
 * bench database). Unique, because the lookup must find one gemeente: two names that differ only in case would make
 * it ambiguous.
 */
public class V11__GemeenteOpNaamVinden extends AlleenOpPostgresql {

    @Override
    List<String> statements() {
        return List.of("create unique index uk_gemeente_naam_lower on gemeente (lower(naam))");
    }
}
