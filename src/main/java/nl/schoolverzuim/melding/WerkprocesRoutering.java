package nl.schoolverzuim.melding;

import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.kernel.Verzuimsoort;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * Which werkproces handles a melding, and which team owns it, by age and Verzuimsoort (MAS §2, §3). The rule is the
 * DMN decision {@code werkproces-routering} ({@code processes/werkproces-routering.dmn}), so a procesontwerper
 * routes a soort to a new process by deploying a new table version. No matching row means the combination is not
 * handled by leerplicht or the Doorstroompunt, which intake reports as invalid input.
 */
@Component
class WerkprocesRoutering {

    static final String DECISION_KEY = "werkproces-routering";

    record Route(String procesKey, Team team) {
    }

    private final DecisionService decisions;

    WerkprocesRoutering(DecisionService decisions) {
        this.decisions = decisions;
    }

    Optional<Route> bepaal(int leeftijd, Verzuimsoort verzuimsoort) {
        DmnDecisionResultEntries rij = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("leeftijd", leeftijd)
                        .putValue("verzuimsoort", verzuimsoort.name()))
                .evaluate()
                .getFirstResult();
        if (rij == null) {
            return Optional.empty();
        }
        return Optional.of(new Route(rij.getEntry("procesKey"), Team.valueOf(rij.getEntry("team"))));
    }
}
