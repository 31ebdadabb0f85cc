package nl.schoolverzuim.doorstroompunt;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.NaBewaartermijn;

/**
 * MAS §10: a VsvTraject goes with its contact attempts and monitoring checks when the werkproces it was last carried
 * by goes. A traject carried by another werkproces, or waiting for its next one (moved to another Dossier), keeps
 * its Dossier.
 */
@Component
class VsvTrajectNaBewaartermijn implements NaBewaartermijn {

    private static final String VAN_WERKPROCESSEN = "select id from vsv_traject where werkproces_id in (:ids)";

    private final NamedParameterJdbcTemplate jdbc;

    VsvTrajectNaBewaartermijn(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds) {
        Map<String, Object> ids = Map.of("ids", werkprocesIds);
        jdbc.update("delete from contactpoging where vsv_traject_id in (" + VAN_WERKPROCESSEN + ")", ids);
        jdbc.update("delete from monitoring_controle where vsv_traject_id in (" + VAN_WERKPROCESSEN + ")", ids);
        jdbc.update("delete from vsv_traject where werkproces_id in (:ids)", ids);
    }

    @Override
    public Set<Long> nogNodig(Collection<Long> dossierIds) {
        return new HashSet<>(jdbc.queryForList("select dossier_id from vsv_traject where dossier_id in (:ids)",
                Map.of("ids", dossierIds), Long.class));
    }
}
