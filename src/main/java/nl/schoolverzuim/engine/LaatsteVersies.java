package nl.schoolverzuim.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * The id of the latest deployed version of a decision or process, looked up once per {@link #GELDIG} instead of on
 * every use: Camunda queries the latest version of a key (a search over every version of it) on every start by key and
 * every evaluation by key. A deployment on this node is used by the very next start or evaluation ({@link #vergeet},
 * called by a post-deployer, see EngineConfiguration); one on another node (through the REST API) within
 * {@link #GELDIG}. A version deleted on this node is never used: that is checked in the engine's in-memory definition
 * cache, without a query. One deleted on another node can still be chosen here within {@link #GELDIG}; that start
 * fails and its transaction rolls back.
 * <p>
 * A start by id still reads the row of its version, as Camunda does on every start: the suspension state of that row
 * decides, so a version suspended in Cockpit, on any node, refuses the very next start.
 */
public class LaatsteVersies {

    /** How long the latest version is taken as known. */
    static final Duration GELDIG = Duration.ofSeconds(10);

    private final Map<String, Versie> beslissingen = new ConcurrentHashMap<>();
    private final Map<String, Versie> processen = new ConcurrentHashMap<>();

    /** The latest version of decision {@code key}, or {@code null} if none is deployed. */
    public String beslissing(ProcessEngineServices engine, String key) {
        return laatste(beslissingen, key, () -> {
            DecisionDefinition laatste = engine.getRepositoryService().createDecisionDefinitionQuery()
                    .decisionDefinitionKey(key).latestVersion().singleResult();
            return laatste == null ? null : laatste.getId();
        }, id -> inCache(engine, cache -> cache.findDecisionDefinitionFromCache(id) != null));
    }

    /**
     * The start of the latest version of process {@code key}: by its id, or by key when no version is deployed, so
     * that Camunda refuses with its own message.
     */
    public ProcessInstantiationBuilder start(ProcessEngineServices engine, String key) {
        String id = laatste(processen, key, () -> {
            ProcessDefinition laatste = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            return laatste == null ? null : laatste.getId();
        }, bekend -> inCache(engine, cache -> cache.findProcessDefinitionFromCache(bekend) != null));
        return id == null ? engine.getRuntimeService().createProcessInstanceByKey(key)
                : engine.getRuntimeService().createProcessInstanceById(id);
    }

    /** A deployment on this node: the next use looks up the latest versions at once. */
    public void vergeet() {
        beslissingen.clear();
        processen.clear();
    }

    private static String laatste(Map<String, Versie> versies, String key, Supplier<String> opzoeken,
                                  Predicate<String> nogUitgerold) {
        long nu = System.nanoTime();
        Versie bekend = versies.get(key);
        if (bekend != null && nu - bekend.opgezocht() < GELDIG.toNanos() && nogUitgerold.test(bekend.id())) {
            return bekend.id();
        }
        String laatste = opzoeken.get();
        if (laatste == null) {
            versies.remove(key);
        } else {
            versies.put(key, new Versie(laatste, nu));
        }
        return laatste;
    }

    /**
     * A deleted deployment (Cockpit) leaves the engine's definition cache at once; using its id would fail the
     * caller's transaction.
     */
    private static boolean inCache(ProcessEngineServices engine, Predicate<DeploymentCache> gevonden) {
        return definitieCache(engine).map(gevonden::test).orElse(true);
    }

    private static Optional<DeploymentCache> definitieCache(ProcessEngineServices engine) {
        return engine instanceof ProcessEngine processEngine
                && processEngine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuratie
                ? Optional.of(configuratie.getDeploymentCache()) : Optional.empty();
    }

    private record Versie(String id, long opgezocht) {
    }
}
