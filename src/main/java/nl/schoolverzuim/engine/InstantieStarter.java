package nl.schoolverzuim.engine;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts the latest version of a process together with the read grants of the group that owns the instance, in one
 * engine command: one flush to the database instead of three, and the latest version without querying it on every
 * start, as a start by key would ({@link LaatsteVersies}).
 */
@Component
public class InstantieStarter {

    private final ProcessEngine engine;
    private final LaatsteVersies versies;

    InstantieStarter(ProcessEngine engine, LaatsteVersies versies) {
        this.engine = engine;
        this.versies = versies;
    }

    /** Starts {@code procesKey} with {@code businessKey} and {@code variabelen}; {@code groep} reads it. */
    public ProcessInstance startMetLeesrecht(String procesKey, String businessKey, Map<String, Object> variabelen,
                                             String groep) {
        return configuratie().getCommandExecutorTxRequired().execute(commandContext -> {
            ProcessInstance gestart = versies.start(commandContext, engine, procesKey)
                    .businessKey(businessKey)
                    .setVariables(variabelen)
                    .execute();
            geefLeesrecht(commandContext, groep, gestart.getId());
            return gestart;
        });
    }

    private ProcessEngineConfigurationImpl configuratie() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /**
     * The owning team reads this werkproces and its variables (the Jongere's data in Tasklist) and no other team
     * does (MAS §10); tasks are authorized by the engine through their candidate group. The grants are rows of the
     * engine's own command: {@code AuthorizationService.saveAuthorization} would look up the history of the instance
     * for its root and removal time, which this command has not written yet, a query per melding that finds nothing
     *. History cleanup removes the history grant with the werkproces's history, by the root instance set
     * here; without it the grant would outlive the history it opens (MAS §10).
     */
    private static void geefLeesrecht(CommandContext commandContext, String groep, String processInstanceId) {
        AuthorizationManager autorisaties = commandContext.getAuthorizationManager();
        autorisaties.insert(leesrecht(groep, Resources.PROCESS_INSTANCE, processInstanceId,
                ProcessInstancePermissions.READ));
        AuthorizationEntity historie = leesrecht(groep, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
        historie.setRootProcessInstanceId(processInstanceId);
        autorisaties.insert(historie);
    }

    private static AuthorizationEntity leesrecht(String groep, Resource resource, String resourceId,
                                                 Permission permissie) {
        AuthorizationEntity leesrecht = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        leesrecht.setGroupId(groep);
        leesrecht.setResource(resource);
        leesrecht.setResourceId(resourceId);
        leesrecht.addPermission(permissie);
        return leesrecht;
    }
}
