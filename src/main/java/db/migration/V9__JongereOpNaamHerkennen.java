package db.migration;

import java.util.List;

/**
 * Every intake asks whether the Jongere is known, by BSN or else by name and date of birth in any case
 * ({@code JongereRepository.findKandidaten}). The index of V1 on (geboortedatum, achternaam) cannot serve
 * {@code lower(achternaam)}, so PostgreSQL read every Jongere born that day. On PostgreSQL the index is on the
 * lower-cased names instead: one probe.
 */
public class V9__JongereOpNaamHerkennen extends AlleenOpPostgresql {

    @Override
    List<String> statements() {
        return List.of("create index ix_jongere_geboortedatum_naam on jongere "
                        + "(geboortedatum, lower(achternaam), lower(voornaam))",
                "drop index ix_jongere_naam_geboortedatum");
    }
}
