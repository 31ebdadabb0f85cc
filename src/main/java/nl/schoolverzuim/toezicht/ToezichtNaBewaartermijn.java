package nl.schoolverzuim.toezicht;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.NaBewaartermijn;

/**
 * MAS §10: a teamleider's reassignments and new due dates of a werkproces's tasks (with their reasons, free text that
 * may name the Jongere) go with the werkproces. The weekly counts per gemeente hold no one's data and stay.
 */
@Component
class ToezichtNaBewaartermijn implements NaBewaartermijn {

    private final NamedParameterJdbcTemplate jdbc;

    ToezichtNaBewaartermijn(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return;
        }
        Map<String, Object> ids = Map.of("ids", processInstanceIds);
        jdbc.update("delete from taak_herverdeling where process_instance_id in (:ids)", ids);
        jdbc.update("delete from vervaldatum_wijziging where process_instance_id in (:ids)", ids);
    }
}
