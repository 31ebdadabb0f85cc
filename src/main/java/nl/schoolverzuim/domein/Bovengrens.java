package nl.schoolverzuim.domein;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.engine.DecisionCache;

/**
 * The regio's upper age of the Doorstroompunt (MAS §2, §8: 23, or 27 where the regio raised it), from decision
 * {@value #DECISION_KEY} so a procesontwerper sets it per regio. The intake refuses a Jongere from this age; the
 * vsv-traject ends on this birthday. A lookup table, so read through the {@link DecisionCache}.
 */
@Component
public class Bovengrens {

    public static final String DECISION_KEY = "regio-bovengrens";

    private final ProcessEngine engine;
    private final DecisionCache beslissingen;

    Bovengrens(ProcessEngine engine, DecisionCache beslissingen) {
        this.engine = engine;
        this.beslissingen = beslissingen;
    }

    /** First age at which a Jongere is no longer target group of the Doorstroompunt of regio {@code regioCode}. */
    public int leeftijd(String regioCode) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("regio", regioCode);
        return beslissingen.eersteRij(engine, DECISION_KEY, invoer)
                .map(rij -> ((Number) rij.get("bovengrensLeeftijd")).intValue())
                .orElseThrow(() -> new IllegalStateException("Geen bovengrens voor regio '" + regioCode
                        + "' in beslissing " + DECISION_KEY));
    }
}
