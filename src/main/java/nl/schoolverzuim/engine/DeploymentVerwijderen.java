package nl.schoolverzuim.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Only a beheerder deletes a deployment that werkprocessen use. Deleting a deployment with cascade removes every
 * running instance of its models and their whole history, a Jongere's case record; a procesontwerper retires a model
 * by deploying a new version instead. A procesontwerper may still delete a deployment nobody used (no running or
 * historic process instance, no recorded decision), e.g. a model deployed by mistake, so the version list stays
 * clean without asking a beheerder.
 * <p>
 * Why an engine command checker and not a grant or an HTTP filter: a grant cannot say "only when unused", and a filter
 * on {@code /engine-rest} misses Cockpit's own API path and the Java API. The engine asks every command checker in
 * the delete command itself ({@code DeleteDeploymentCmd}, after the authorization check of the DELETE permission),
 * inside its transaction, whichever way the call came in. The usage is counted without the caller's authorizations:
 * a procesontwerper reads no werkprocessen, and would otherwise always count none.
 * <p>
 * The engine's {@link CommandChecker} has a method per command; this one acts on {@code checkDeleteDeployment} only
 * and lets every other check pass (the engine's own authorization and tenant checkers still run).
 */
final class DeploymentVerwijderen implements InvocationHandler {

    static CommandChecker checker() {
        return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
                new Class<?>[] {CommandChecker.class}, new DeploymentVerwijderen());
    }

    @Override
    public Object invoke(Object proxy, Method methode, Object[] argumenten) {
        if (methode.getDeclaringClass() == Object.class) {
            return switch (methode.getName()) {
                case "equals" -> proxy == argumenten[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "DeploymentVerwijderen";
            };
        }
        if ("checkDeleteDeployment".equals(methode.getName())) {
            controleer((String) argumenten[0]);
        }
        return null;
    }

    private static void controleer(String deploymentId) {
        CommandContext context = Context.getCommandContext();
        Authentication wie = context.getAuthentication();
        // No authenticated user: the engine itself or the application's own code, as everywhere in the engine.
        if (wie == null || !context.isAuthorizationCheckEnabled()
                || context.getAuthorizationManager().isCamundaAdmin(wie)) {
            return;
        }
        long gebruik = context.runWithoutAuthorization(() -> gebruik(context.getProcessEngineConfiguration(), deploymentId));
        if (gebruik > 0) {
            throw new AuthorizationException("Alleen een beheerder mag deployment " + deploymentId + " verwijderen: "
                    + "werkprocessen gebruiken het (" + gebruik + " lopende of afgesloten instanties of beslissingen). "
                    + "Een procesontwerper zet een model buiten gebruik met een nieuwe versie.");
        }
    }

    private static long gebruik(ProcessEngineConfigurationImpl engine, String deploymentId) {
        RepositoryService modellen = engine.getRepositoryService();
        HistoryService historie = engine.getHistoryService();
        long gebruik = engine.getRuntimeService().createProcessInstanceQuery().deploymentId(deploymentId).count();
        for (ProcessDefinition proces : modellen.createProcessDefinitionQuery().deploymentId(deploymentId).list()) {
            gebruik += historie.createHistoricProcessInstanceQuery().processDefinitionId(proces.getId()).count();
        }
        List<String> beslissingen = modellen.createDecisionDefinitionQuery().deploymentId(deploymentId).list().stream()
                .map(DecisionDefinition::getId).toList();
        if (!beslissingen.isEmpty()) {
            gebruik += historie.createHistoricDecisionInstanceQuery()
                    .decisionDefinitionIdIn(beslissingen.toArray(String[]::new)).count();
        }
        return gebruik;
    }
}
