package nl.schoolverzuim.engine;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Starts the latest version of a process together with the read grants of the group that owns the instance, in one
 * engine command: one flush to the database instead of three, and the latest version without querying it on every
 * start, as a start by key would ({@link LaatsteVersies}). The grants are in the user operation log as
 * {@code AuthorizationService.saveAuthorization} puts them there (MAS §10: who gave whom access to a Jongere's data).
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
            ProcessInstance gestart = versies.start(engine, procesKey)
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
     * for its root and removal time, which this command has not written yet, a query per melding that finds nothing.
     * History cleanup removes the history grant with the werkproces's history, by the root instance set
     * here; without it the grant would outlive the history it opens (MAS §10).
     */
    private void geefLeesrecht(CommandContext commandContext, String groep, String processInstanceId) {
        AuthorizationEntity werkproces = leesrecht(groep, Resources.PROCESS_INSTANCE, processInstanceId,
                ProcessInstancePermissions.READ);
        AuthorizationEntity historie = leesrecht(groep, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
        historie.setRootProcessInstanceId(processInstanceId);
        AuthorizationManager autorisaties = commandContext.getAuthorizationManager();
        autorisaties.insert(werkproces);
        autorisaties.insert(historie);
        logboek(commandContext, werkproces, historie);
    }

    /**
     * The entries {@code saveAuthorization} writes for a new grant, by the engine's own method: one operation per
     * grant, category Admin, a row per property. They join the command's inserts, written in its one flush; no
     * query. Like every user operation, they are written for a user the engine knows: the one of the command (Tasklist,
     * {@code /engine-rest}), else the one signed in to our own API, whose login Spring Security holds and the engine
     * does not. A start by the engine itself (a timer, a job) writes none, as {@code saveAuthorization} would not.
     */
    private void logboek(CommandContext commandContext, AuthorizationEntity... grants) {
        IdentityService identiteit = engine.getIdentityService();
        String aangemeld = commandContext.getAuthenticatedUserId() != null ? null : aangemeldBijDeApi();
        if (aangemeld != null) {
            identiteit.setAuthentication(aangemeld, null);
        }
        try {
            for (AuthorizationEntity grant : grants) {
                commandContext.getOperationLogManager()
                        .logAuthorizationOperation(UserOperationLogEntry.OPERATION_TYPE_CREATE, grant, null);
            }
        } finally {
            if (aangemeld != null) {
                identiteit.clearAuthentication();
            }
        }
    }

    private static String aangemeldBijDeApi() {
        Authentication aangemeld = SecurityContextHolder.getContext().getAuthentication();
        return aangemeld == null || !aangemeld.isAuthenticated() || aangemeld instanceof AnonymousAuthenticationToken
                ? null : aangemeld.getName();
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
