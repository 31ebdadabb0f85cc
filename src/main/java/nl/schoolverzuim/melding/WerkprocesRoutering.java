package nl.schoolverzuim.melding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.domein.Leerplichtfase.Fase;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * Which werkproces handles a melding, and which team owns it, by age, leerplicht phase, startkwalificatie and
 * Verzuimsoort (MAS §2, §3). The rule is the DMN decision {@code werkproces-routering}
 * ({@code processes/werkproces-routering.dmn}), with the phase on the meldingsdatum of decision
 * {@code leerplicht-fase} ({@link Leerplichtfase}) as an input, so a procesontwerper routes a soort to a new process
 * by deploying a new table version. No matching row means the combination is not handled by leerplicht or the
 * Doorstroompunt, which intake reports as invalid input.
 */
@Component
class WerkprocesRoutering {

    static final String DECISION_KEY = "werkproces-routering";

    record Route(String procesKey, Team team) {
    }

    private final ProcessEngine engine;
    private final DecisionCache beslissingen;

    WerkprocesRoutering(ProcessEngine engine, DecisionCache beslissingen) {
        this.engine = engine;
        this.beslissingen = beslissingen;
    }

    /**
     * Evaluated for every melding, so through the {@link DecisionCache}: the table depends on nothing else.
     * {@code fase} null (unknown) meets no leerplicht row; {@code startkwalificatie} null is unknown, which the table
     * treats as "not known to have one".
     */
    Optional<Route> bepaal(int leeftijd, Fase fase, Boolean startkwalificatie, Verzuimsoort verzuimsoort) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put(Leerplichtfase.FASE, fase == null ? null : fase.fase());
        invoer.put("startkwalificatie", startkwalificatie);
        invoer.put("verzuimsoort", verzuimsoort.name());
        return beslissingen.eersteRij(engine, DECISION_KEY, invoer)
                .map(rij -> new Route((String) rij.get("procesKey"), Team.valueOf((String) rij.get("team"))));
    }
}
