package nl.schoolverzuim.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The first row of a lookup-table decision (deadline table, routing, which werkproces a melding joins), evaluated
 * once per decision version and inputs. These tables are pure functions of a few codes, yet evaluating them with the
 * FEEL engine for every melding and every user task took a quarter of the CPU time of the issue 8 bench. The latest
 * version is looked up on every call, so a newly deployed table applies at once (a new version is a new cache entry,
 * never a stale row). Decisions about a Jongere (Halt, route, proces-verbaal, thuiszitter, afronding) are evaluated
 * every time and kept in history.
 */
public class DecisionCache {

    /** Versions times input combinations stay in the hundreds; a cap guards against a caller passing free values. */
    static final int MAXIMUM = 10_000;

    private final Map<List<Object>, Optional<Map<String, Object>>> rijen = new ConcurrentHashMap<>();

    public Optional<Map<String, Object>> eersteRij(ProcessEngineServices engine, String decisionKey,
                                                   Map<String, Object> invoer) {
        String versie = laatsteVersie(engine, decisionKey);
        List<Object> sleutel = List.of(versie, new HashMap<>(invoer));
        Optional<Map<String, Object>> rij = rijen.get(sleutel);
        if (rij == null) {
            DmnDecisionResultEntries eerste = engine.getDecisionService().evaluateDecisionById(versie)
                    .variables(invoer).evaluate().getFirstResult();
            rij = Optional.ofNullable(eerste).map(DmnDecisionResultEntries::getEntryMap);
            if (rijen.size() >= MAXIMUM) {
                rijen.clear();
            }
            rijen.putIfAbsent(sleutel, rij);
        }
        return rij;
    }

    /** The id of the latest version, looked up on every call: a table deployed a moment ago applies at once. */
    private static String laatsteVersie(ProcessEngineServices engine, String decisionKey) {
        DecisionDefinition laatste = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
        if (laatste == null) {
            throw new IllegalStateException("Beslissing " + decisionKey + " is niet uitgerold");
        }
        return laatste.getId();
    }
}
