-- Every melding names the Jongere's woongemeente, mostly by name in any case (GemeenteRepository.findByLowerCaseNaam).
-- V1's unique key on naam cannot serve lower(naam), so PostgreSQL read all gemeenten for each melding. Unique, because
-- the lookup must find one gemeente: two names that differ only in case would make it ambiguous. H2 has no expression
-- indexes and keeps the unique key of V1.
create unique index uk_gemeente_naam_lower on gemeente (lower(naam));
