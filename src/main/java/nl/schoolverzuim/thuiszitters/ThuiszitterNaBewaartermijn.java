package nl.schoolverzuim.thuiszitters;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.NaBewaartermijn;

/**
 * MAS §10: the thuiszitter period of a werkproces, with its thuiszitterstafel, goes with it. The overviews per
 * samenwerkingsverband are not per werkproces; {@link ThuiszittersOverzichten} keeps only the last few.
 */
@Component
class ThuiszitterNaBewaartermijn implements NaBewaartermijn {

    private final NamedParameterJdbcTemplate jdbc;

    ThuiszitterNaBewaartermijn(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds) {
        jdbc.update("delete from thuiszitter where werkproces_id in (:ids)", Map.of("ids", werkprocesIds));
    }
}
