package nl.schoolverzuim.leerplicht;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.NaBewaartermijn;

/**
 * MAS §10: the route decisions, interventions, proces-verbaal (Wpg data) and hand-over to the DSP of a werkproces go
 * with it.
 */
@Component
class LeerplichtNaBewaartermijn implements NaBewaartermijn {

    private final NamedParameterJdbcTemplate jdbc;

    LeerplichtNaBewaartermijn(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds) {
        Map<String, Object> ids = Map.of("ids", werkprocesIds);
        jdbc.update("delete from routebesluit where werkproces_id in (:ids)", ids);
        jdbc.update("delete from interventie where werkproces_id in (:ids)", ids);
        jdbc.update("delete from proces_verbaal where werkproces_id in (:ids)", ids);
        jdbc.update("delete from dsp_overdracht where werkproces_id in (:ids)", ids);
    }
}
