package nl.schoolverzuim.domein;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.engine.DecisionCache;

/**
 * Whether a Jongere is leerplichtig, kwalificatieplichtig or neither on a peildatum (MAS §2), and if neither why:
 * decision {@value #DECISION_KEY} ({@code processes/leerplicht-fase.dmn}), which computes the ages itself from the
 * dates. A pure function of its inputs, so read through the {@link DecisionCache}.
 */
@Component
public class Leerplichtfase {

    public static final String DECISION_KEY = "leerplicht-fase";

    /** The decision's output the routing reads; a process variable of that name is the phase on the meldingsdatum. */
    public static final String FASE = "leerplichtfase";

    /** The facts of the Jongere the decision reads; null is unknown. */
    public record Feiten(LocalDate geboortedatum, Integer volledigeSchooljaren, Boolean startkwalificatie,
                         KwalificatieplichtVervallen kwalificatieplichtVervallen) {
    }

    /** {@code fase} LEERPLICHTIG, KWALIFICATIEPLICHTIG or GEEN; {@code reden} only with GEEN. */
    public record Fase(String fase, String reden) {

        /** Key of its label in messages.properties: {@code fase.FASE} or {@code fase.GEEN.REDEN}. */
        public String label() {
            return reden == null ? "fase." + fase : "fase." + fase + "." + reden;
        }
    }

    private final ProcessEngine engine;
    private final DecisionCache beslissingen;

    Leerplichtfase(ProcessEngine engine, DecisionCache beslissingen) {
        this.engine = engine;
        this.beslissingen = beslissingen;
    }

    /** Empty when the decision gives no phase: the geboortedatum or peildatum is unknown. */
    public Optional<Fase> op(Feiten feiten, LocalDate peildatum) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("geboortedatum", feiten.geboortedatum());
        invoer.put("peildatum", peildatum);
        invoer.put("volledigeSchooljaren", feiten.volledigeSchooljaren());
        invoer.put("startkwalificatie", feiten.startkwalificatie());
        invoer.put("kwalificatieplichtVervallen",
                feiten.kwalificatieplichtVervallen() == null ? null : feiten.kwalificatieplichtVervallen().name());
        return beslissingen.eersteRij(engine, DECISION_KEY, invoer)
                .map(rij -> new Fase((String) rij.get(FASE), (String) rij.get("faseReden")));
    }
}
