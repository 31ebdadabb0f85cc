package nl.schoolverzuim.kernel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The id of the latest deployed version of a decision or process, looked up once per {@link #GELDIG} instead of on
 * every use: Camunda queries the latest version on every start by key, a tenth of the CPU of starting a werkproces in
 * the issue 8 bench. A deployment on this node is used by the very next start or evaluation ({@link #vergeet}, called
 * by a post-deployer, see KernelConfiguration); one on another node (through the REST API) within {@link #GELDIG}. A
 * deleted version is never used: that is checked in the engine's in-memory definition cache, without a query.
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
     * The latest version of process {@code key}, or {@code null} if none is deployed or it is suspended: the caller
     * then starts by key, and Camunda refuses with its own message. A version suspended on another node is seen
     * within {@link #GELDIG}, as a new one is.
     */
    public String proces(ProcessEngineServices engine, String key) {
        return laatste(processen, key, () -> {
            ProcessDefinition laatste = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            return laatste == null || laatste.isSuspended() ? null : laatste.getId();
        }, id -> inCache(engine, cache -> cache.findProcessDefinitionFromCache(id) != null));
    }

    /** A deployment on this node: the next use looks up the latest versions at once. */
    public void vergeet() {
        beslissingen.clear();
        processen.clear();
    }

    /** The next start of each process looks up its latest version, as a start by key does (the bench's comparison). */
    public void vergeetProcessen() {
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
        return !(engine instanceof ProcessEngine processEngine)
                || !(processEngine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuratie)
                || gevonden.test(configuratie.getDeploymentCache());
    }

    private record Versie(String id, long opgezocht) {
    }
}
