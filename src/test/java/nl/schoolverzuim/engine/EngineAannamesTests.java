package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.schoolverzuim.testsupport.IntegratieTest;

/**
 * What the engine extensions assume of a running engine, on H2 and on PostgreSQL (subclasses): each test names the
 * assumption it pins. {@link InterneApiTest} pins what needs no engine.
 */
@IntegratieTest
abstract class EngineAannamesTests {

    static final String PROEF = "engine-aannames-proef";
    static final String TEAM = "leerplicht-doetinchem";
    static final String GEBRUIKER = "lpa-doetinchem";

    @Autowired
    InstantieStarter starter;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService historie;
    @Autowired
    IdentityService identiteit;
    @Autowired
    AuthorizationService autorisaties;

    private Deployment deployment;

    /** A model of one user task, so a start writes little besides what is under test. */
    @BeforeEach
    void rolProefUit() {
        deployment = repository.createDeployment().name(PROEF)
                .addModelInstance(PROEF + ".bpmn", Bpmn.createExecutableProcess(PROEF).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Taak").endEvent().done())
                .deploy();
    }

    @AfterEach
    void ruimOp() {
        SecurityContextHolder.clearContext();
        identiteit.clearAuthentication();
        repository.deleteDeployment(deployment.getId(), true);
    }

    /**
     * MAS §10 (who gave whom access to a Jongere's data): the read grants InstantieStarter writes inside the start
     * command are, in ACT_RU_AUTHORIZATION and in the user operation log, what {@code saveAuthorization} writes for the
     * same grants: same rows, one operation per grant with the same operation type, entity type, category and
     * properties, by the user signed in to our API. Fails when the engine changes {@code logAuthorizationOperation},
     * {@code AuthorizationEntity}'s defaults or what {@code SaveAuthorizationCmd} adds to a grant.
     */
    @Test
    void deLeesrechtenVanEenGestartWerkprocesStaanInHetLogboekZoalsSaveAuthorizationZeSchrijft() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(GEBRUIKER, null, List.of()));
        String gestart = starter.startMetLeesrecht(PROEF, "proef-1", Map.of(), TEAM).getId();
        SecurityContextHolder.clearContext();

        String opgeslagen = runtime.startProcessInstanceByKey(PROEF, "proef-2").getId();
        identiteit.setAuthentication(GEBRUIKER, List.of(Groups.CAMUNDA_ADMIN));
        try {
            Authorization werkproces = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            werkproces.setGroupId(TEAM);
            werkproces.setResource(Resources.PROCESS_INSTANCE);
            werkproces.setResourceId(opgeslagen);
            werkproces.addPermission(ProcessInstancePermissions.READ);
            autorisaties.saveAuthorization(werkproces);
            Authorization geschiedenis = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            geschiedenis.setGroupId(TEAM);
            geschiedenis.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
            geschiedenis.setResourceId(opgeslagen);
            geschiedenis.addPermission(HistoricProcessInstancePermissions.READ);
            autorisaties.saveAuthorization(geschiedenis);
        } finally {
            identiteit.clearAuthentication();
        }

        assertThat(grants(gestart)).hasSize(2).isEqualTo(grants(opgeslagen));
        List<String> logboek = logboek(gestart);
        assertThat(logboek).hasSize(12).allSatisfy(regel -> assertThat(regel)
                .contains(UserOperationLogEntry.OPERATION_TYPE_CREATE, EntityTypes.AUTHORIZATION,
                        UserOperationLogEntry.CATEGORY_ADMIN, GEBRUIKER));
        assertThat(logboek).isEqualTo(logboek(opgeslagen));
    }

    /** A user the engine knows (Tasklist, {@code /engine-rest}) is the one in the log, not the one of our API. */
    @Test
    void deLeesrechtenStaanOpNaamVanDeGebruikerDieDeEngineKent() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("iemand-anders", null, List.of()));
        identiteit.setAuthentication(GEBRUIKER, List.of(Groups.CAMUNDA_ADMIN));
        String gestart = starter.startMetLeesrecht(PROEF, "proef-3", Map.of(), TEAM).getId();
        identiteit.clearAuthentication();

        assertThat(historie.createUserOperationLogQuery().entityType(EntityTypes.AUTHORIZATION)
                .operationId(operaties(gestart).iterator().next()).list())
                .extracting(UserOperationLogEntry::getUserId).containsOnly(GEBRUIKER);
        // The engine's authentication is the caller's again: it was not replaced by that of the API.
        assertThat(identiteit.getCurrentAuthentication()).isNull();
    }

    /**
     * Without a user (a timer, a job of the engine itself) nothing is logged, as {@code saveAuthorization} logs
     * nothing then (Camunda's {@code restrictUserOperationLogToAuthenticatedUsers}); the grants are there.
     */
    @Test
    void zonderGebruikerGeenLogboek() {
        String gestart = starter.startMetLeesrecht(PROEF, "proef-4", Map.of(), TEAM).getId();

        assertThat(grants(gestart)).hasSize(2);
        assertThat(operaties(gestart)).isEmpty();
    }

    /**
     * LaatsteVersies starts by the id of the version it knows, and the engine still reads that version's row on
     * every start: a suspension refuses the very next start, although the known version was not looked up again.
     */
    @Test
    void eenStartOpIdLeestDeOpschortingVanDeVersieUitDeDatabase() {
        starter.startMetLeesrecht(PROEF, "proef-5", Map.of(), TEAM);
        ProcessDefinition versie = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .singleResult();
        repository.suspendProcessDefinitionById(versie.getId());

        assertThatThrownBy(() -> starter.startMetLeesrecht(PROEF, "proef-6", Map.of(), TEAM))
                .isInstanceOf(SuspendedEntityInteractionException.class);
        repository.activateProcessDefinitionById(versie.getId());
        assertThat(starter.startMetLeesrecht(PROEF, "proef-7", Map.of(), TEAM).getProcessDefinitionId())
                .isEqualTo(versie.getId());
    }

    /** The grants on {@code instantie}, with its id left out so two instances compare. */
    private List<String> grants(String instantie) {
        return autorisaties.createAuthorizationQuery().resourceId(instantie).list().stream()
                .map(grant -> String.join("|", String.valueOf(grant.getAuthorizationType()), grant.getGroupId(),
                        String.valueOf(grant.getUserId()), String.valueOf(grant.getResourceType()),
                        Arrays.stream(grant.getPermissions(Permissies.van(resource(grant.getResourceType()))))
                                .map(Permission::getName).sorted().collect(Collectors.joining(",")),
                        instantie.equals(grant.getRootProcessInstanceId()) ? "root=instantie"
                                : String.valueOf(grant.getRootProcessInstanceId()),
                        String.valueOf(grant.getRemovalTime())))
                .sorted().toList();
    }

    private static Resources resource(int type) {
        return Arrays.stream(Resources.values()).filter(resource -> resource.resourceType() == type).findFirst()
                .orElseThrow();
    }

    /** The operations that logged a grant on {@code instantie}. */
    private Set<String> operaties(String instantie) {
        return historie.createUserOperationLogQuery().entityType(EntityTypes.AUTHORIZATION).property("resourceId")
                .list().stream().filter(regel -> instantie.equals(regel.getNewValue()))
                .map(UserOperationLogEntry::getOperationId).collect(Collectors.toSet());
    }

    /** Every entry of those operations, as one line each without ids and times, {@code instantie} left out. */
    private List<String> logboek(String instantie) {
        return operaties(instantie).stream()
                .flatMap(operatie -> historie.createUserOperationLogQuery().operationId(operatie).list().stream())
                .map(regel -> String.join("|", regel.getOperationType(), regel.getEntityType(), regel.getCategory(),
                        regel.getProperty(), String.valueOf(regel.getOrgValue()),
                        instantie.equals(regel.getNewValue()) ? "instantie" : String.valueOf(regel.getNewValue()),
                        String.valueOf(regel.getUserId()), String.valueOf(regel.getProcessInstanceId()),
                        String.valueOf(regel.getRootProcessInstanceId()), String.valueOf(regel.getRemovalTime()),
                        String.valueOf(regel.getAnnotation())))
                .sorted().toList();
    }
}
