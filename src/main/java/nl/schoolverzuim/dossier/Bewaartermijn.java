package nl.schoolverzuim.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.VerwijdertijdPerInstantie;

/**
 * How long an ended werkproces is kept (MAS §10: by default 5 years after it ends, set per gemeente; MAS §3: geoorloofd
 * absence only as long as needed): decision {@code bewaartermijn} on the CBS code of its Dossier's gemeente and the
 * werkproces's {@code afsluiting}. It is kept until the end of the day it ended plus that retention, in the
 * Netherlands' time zone: the werkproces gets that moment in {@code verwijderen_op}, for {@link Opruiming}, and its
 * history gets it through {@code engine.HistorieVerwijdertijd}, so both go in the same night. The night after the end
 * sets it, once per werkproces (the engine hands each ended instance over once).
 */
@Service
class Bewaartermijn implements VerwijdertijdPerInstantie {

    static final String DECISION_KEY = "bewaartermijn";
    /** Set by the werkproces when triage found the absence geoorloofd (MAS §3); unset for any other end. */
    static final String AFSLUITING = "afsluiting";
    /** The werkproces's process key: a vrijstelling or verlof request has a row of its own (MAS §7, §10). */
    static final String PROCES = "proces";
    private static final ZoneId ZONE = Termijnen.ZONE;

    private final NamedParameterJdbcTemplate jdbc;
    private final HistoryService historie;
    private final ProcessEngine engine;
    private final DecisionCache beslissingen;

    Bewaartermijn(NamedParameterJdbcTemplate jdbc, HistoryService historie, ProcessEngine engine,
                  DecisionCache beslissingen) {
        this.jdbc = jdbc;
        this.historie = historie;
        this.engine = engine;
        this.beslissingen = beslissingen;
    }

    @Override
    public Map<String, Date> verwijdertijden(Map<String, Date> eindes) {
        Map<String, Date> verwijdertijden = new HashMap<>();
        if (eindes.isEmpty()) {
            return verwijdertijden;
        }
        List<String> ids = new ArrayList<>(eindes.keySet());
        Map<String, String> gemeenten = new HashMap<>();
        Map<String, String> processen = new HashMap<>();
        jdbc.query("select w.process_instance_id, g.cbs_code, w.proces_key from werkproces w "
                        + "join dossier d on d.id = w.dossier_id join gemeente g on g.id = d.gemeente_id "
                        + "where w.process_instance_id in (:ids)",
                Map.of("ids", ids), rij -> {
                    gemeenten.put(rij.getString(1), rij.getString(2));
                    processen.put(rij.getString(1), rij.getString(3));
                });
        if (gemeenten.isEmpty()) {
            return verwijdertijden;
        }
        Map<String, Object> afsluitingen = new HashMap<>();
        for (HistoricVariableInstance variabele : historie.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(gemeenten.keySet().toArray(String[]::new)).variableName(AFSLUITING).list()) {
            afsluitingen.put(variabele.getProcessInstanceId(), variabele.getValue());
        }
        List<MapSqlParameterSource> updates = new ArrayList<>();
        gemeenten.forEach((instantie, gemeente) -> {
            Instant verwijderenOp = verwijderenOp(eindes.get(instantie).toInstant(), gemeente,
                    afsluitingen.get(instantie), processen.get(instantie));
            verwijdertijden.put(instantie, Date.from(verwijderenOp));
            updates.add(new MapSqlParameterSource("instantie", instantie)
                    .addValue("verwijderenOp", Timestamp.from(verwijderenOp)));
        });
        jdbc.batchUpdate("update werkproces set verwijderen_op = :verwijderenOp where process_instance_id = :instantie",
                updates.toArray(MapSqlParameterSource[]::new));
        return verwijdertijden;
    }

    /** The start of the day after the day of {@code einde} plus the gemeente's retention. */
    Instant verwijderenOp(Instant einde, String gemeente, Object afsluiting, String proces) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("gemeente", gemeente);
        invoer.put(AFSLUITING, afsluiting);
        invoer.put(PROCES, proces);
        Map<String, Object> rij = beslissingen.eersteRij(engine, DECISION_KEY, invoer).orElseThrow(() ->
                new IllegalStateException("Beslissing " + DECISION_KEY + " geeft geen bewaartermijn voor gemeente "
                        + gemeente + ", afsluiting " + afsluiting + " en proces " + proces));
        Period termijn = Period.of(aantal(rij, "jaren"), aantal(rij, "maanden"), aantal(rij, "dagen"));
        LocalDate laatsteDag = einde.atZone(ZONE).toLocalDate().plus(termijn);
        return laatsteDag.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    private static int aantal(Map<String, Object> rij, String veld) {
        Object waarde = rij.get(veld);
        return waarde == null ? 0 : ((Number) waarde).intValue();
    }
}
