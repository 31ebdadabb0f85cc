package nl.schoolverzuim.vrijstellingen;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.NaBewaartermijn;

/** MAS §10: a verlof request goes with the werkproces that decided it. */
@Component
class VerlofNaBewaartermijn implements NaBewaartermijn {

    private final NamedParameterJdbcTemplate jdbc;

    VerlofNaBewaartermijn(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds) {
        jdbc.update("delete from verlofaanvraag where werkproces_id in (:ids)", Map.of("ids", werkprocesIds));
    }
}
