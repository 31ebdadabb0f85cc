package nl.schoolverzuim.kernel;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The first row of a lookup-table decision (deadline table, routing, which werkproces a melding joins), evaluated
 * once per decision version and inputs. These tables are pure functions of a few codes, yet evaluating them with
 * the FEEL engine for every melding and every user task took a quarter of the CPU time of the issue 8 bench. A
 * deployment on this node makes the next evaluation look up the latest version (see KernelConfiguration); a deployment
 * on another node is seen within {@link #VERSIE_GELDIG}. A new version is a new cache entry, never a stale row. Decisions about a
 * Jongere (Halt, route, proces-verbaal, thuiszitter, afronding) are evaluated every time and kept in history.
 */
public class DecisionCache {

    /** Versions times input combinations stay in the hundreds; a cap guards against a caller passing free values. */
    static final int MAXIMUM = 10_000;

    /**
     * How long the latest version of a table is taken as known: a version deployed while the application runs
     * (through the REST API; ModelDeployment deploys at start-up) is used at most this much later.
     */
    static final Duration VERSIE_GELDIG = Duration.ofSeconds(10);

    private final Map<List<Object>, Optional<Map<String, Object>>> rijen = new ConcurrentHashMap<>();
    private final Map<String, Versie> versies = new ConcurrentHashMap<>();

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

    /** A deployment on this node: the next evaluation looks up the latest versions at once. */
    public void vergeetVersies() {
        versies.clear();
    }

    /** The id of the latest version, looked up again after {@link #VERSIE_GELDIG}. */
    private String laatsteVersie(ProcessEngineServices engine, String decisionKey) {
        long nu = System.nanoTime();
        Versie bekend = versies.get(decisionKey);
        if (bekend != null && nu - bekend.opgezocht() < VERSIE_GELDIG.toNanos() && nogUitgerold(engine, bekend.id())) {
            return bekend.id();
        }
        DecisionDefinition laatste = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
        if (laatste == null) {
            throw new IllegalStateException("Beslissing " + decisionKey + " is niet uitgerold");
        }
        versies.put(decisionKey, new Versie(laatste.getId(), nu));
        return laatste.getId();
    }

    /**
     * A deleted deployment (Cockpit) leaves the engine's own definition cache at once; evaluating its id would fail
     * the caller's transaction. Reading that in-memory cache costs no query.
     */
    private static boolean nogUitgerold(ProcessEngineServices engine, String versie) {
        return !(engine instanceof ProcessEngine processEngine)
                || !(processEngine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuratie)
                || configuratie.getDeploymentCache().findDecisionDefinitionFromCache(versie) != null;
    }

    private record Versie(String id, long opgezocht) {
    }
}
