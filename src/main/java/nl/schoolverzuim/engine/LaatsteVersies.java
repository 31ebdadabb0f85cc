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
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * The id of the latest deployed version of a decision or process, looked up once per {@link #GELDIG} instead of on
 * every use: Camunda queries the latest version on every start by key, a tenth of the CPU of starting a werkproces in
 * the bench. A deployment on this node is used by the very next start or evaluation ({@link #vergeet}, called
 * by a post-deployer, see EngineConfiguration); one on another node (through the REST API) within {@link #GELDIG}. A
 * version deleted on this node is never used: that is checked in the engine's in-memory definition cache, without a
 * query. One deleted on another node can still be chosen here within {@link #GELDIG}; that start fails and its
 * transaction rolls back. A werkproces started through {@link #start} reads no row of its version either.
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
     * The start of the latest version of process {@code key} in this command: by its id, without reading the row of
     * that version ({@link #zonderRijTeLezen}). By key when no version is deployed or the latest is suspended, so that
     * Camunda refuses with its own message; a version suspended in Cockpit, on this node or another, is seen within
     * {@link #GELDIG}, as a new one is.
     */
    public ProcessInstantiationBuilder start(CommandContext commandContext, ProcessEngineServices engine, String key) {
        String id = proces(engine, key);
        if (id == null) {
            return engine.getRuntimeService().createProcessInstanceByKey(key);
        }
        zonderRijTeLezen(commandContext, id);
        return engine.getRuntimeService().createProcessInstanceById(id);
    }

    /**
     * The latest version of process {@code key}, or {@code null} if none is deployed or it is suspended. What is read
     * of the version is handed to the engine's definition cache, as Camunda does with every row of a version it reads.
     */
    private String proces(ProcessEngineServices engine, String key) {
        return laatste(processen, key, () -> {
            ProcessDefinition laatste = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            if (laatste == null || laatste.isSuspended()) {
                return null;
            }
            if (laatste instanceof ProcessDefinitionEntity rij) {
                definitieCache(engine).map(cache -> cache.findProcessDefinitionFromCache(rij.getId()))
                        .ifPresent(uitgerold -> uitgerold.updateModifiableFieldsFromEntity(rij));
            }
            return laatste.getId();
        }, id -> inCache(engine, cache -> cache.findProcessDefinitionFromCache(id) != null));
    }

    /**
     * Lets a start of process version {@code id} in this command take the version from the engine's definition cache
     * instead of reading its row: Camunda reads the row on every start by id, for its suspension state and history
     * time to live, which {@link #proces} read at most {@link #GELDIG} ago (a query and 4% of the CPU of
     * every intake). The row goes into the command's entity cache as Camunda would have read it, with the values the
     * definition cache holds, so the start changes nothing there. It is a copy: the definition cache's own object is
     * shared by every thread, and a command checks the entities in its cache for changes when it ends. A version not in
     * the definition cache (after a restart, before its first start) is read as usual.
     */
    private static void zonderRijTeLezen(CommandContext commandContext, String id) {
        ProcessDefinitionEntity uitgerold = commandContext.getProcessEngineConfiguration().getDeploymentCache()
                .findProcessDefinitionFromCache(id);
        if (uitgerold == null
                || commandContext.getDbEntityManager().getCachedEntity(ProcessDefinitionEntity.class, id) != null) {
            return;
        }
        ProcessDefinitionEntity rij = new ProcessDefinitionEntity();
        rij.setId(uitgerold.getId());
        rij.setKey(uitgerold.getKey());
        rij.setVersion(uitgerold.getVersion());
        rij.setDeploymentId(uitgerold.getDeploymentId());
        rij.setResourceName(uitgerold.getResourceName());
        rij.setDiagramResourceName(uitgerold.getDiagramResourceName());
        rij.setTenantId(uitgerold.getTenantId());
        rij.setRevision(uitgerold.getRevision());
        rij.setSuspensionState(uitgerold.getSuspensionState());
        rij.setHistoryTimeToLive(uitgerold.getHistoryTimeToLive());
        commandContext.getDbEntityManager().getDbEntityCache().putPersistent(rij);
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
