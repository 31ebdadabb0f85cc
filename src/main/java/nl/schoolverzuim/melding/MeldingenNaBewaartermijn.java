package nl.schoolverzuim.melding;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.NaBewaartermijn;

/** MAS §10: the meldingen of a werkproces go with it; one never attached to a werkproces goes with its Dossier. */
@Component
class MeldingenNaBewaartermijn implements NaBewaartermijn {

    private final NamedParameterJdbcTemplate jdbc;

    MeldingenNaBewaartermijn(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds) {
        jdbc.update("delete from melding where werkproces_id in (:ids)", Map.of("ids", werkprocesIds));
    }

    @Override
    public void verwijderVanDossiers(Collection<Long> dossierIds) {
        jdbc.update("delete from melding where dossier_id in (:ids)", Map.of("ids", dossierIds));
    }
}
