package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/**
 * The engine extensions' assumptions on PostgreSQL 16, the production database, where {@link PostgresEngineTuning}
 * replaces Camunda's authorization manager by {@link GroepenMetAutorisatie}.
 */
class EngineAannamesPostgresTest extends EngineAannamesTests {

    /** The resource the grants below are about: nothing else has grants on it. */
    static final String RESOURCE = "groepen-proef";

    @Autowired
    ProcessEngine engine;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "engine_aannames");
    }

    /**
     * The engine opens the authorization manager of a command through the session factory registered for
     * {@code AuthorizationManager.class}, and knows this database as {@code postgres}: else the replacement and its
     * MyBatis statement would silently not be used.
     */
    @Test
    void deEngineOpentOnzeAutorisatiemanagerOpPostgresql() {
        assertThat(configuratie().getDatabaseType()).isEqualTo(DbSqlSessionFactory.POSTGRES);
        assertThat(inCommand(CommandContext::getAuthorizationManager)).isInstanceOf(GroepenMetAutorisatie.class);
    }

    /**
     * GroepenMetAutorisatie answers as Camunda's own {@code AuthorizationManager.filterAuthenticatedGroupIds}, which
     * it replaces, for users with and without groups, groups with a grant, a revoke, only a grant on something else,
     * none at all and unknown ones, next to a global and a user grant; and every user's authorization check on the
     * resource comes out the same with either manager.
     */
    @Test
    void groepenMetAutorisatieGeeftHetAntwoordVanCamundasEigenMethode() {
        grant(Authorization.AUTH_TYPE_GLOBAL, null, null, ProcessInstancePermissions.READ);
        grant(Authorization.AUTH_TYPE_GRANT, null, "groepen-gebruiker-1", ProcessInstancePermissions.UPDATE);
        grant(Authorization.AUTH_TYPE_GRANT, "groepen-met-grant", null, ProcessInstancePermissions.UPDATE);
        grant(Authorization.AUTH_TYPE_REVOKE, "groepen-met-revoke", null, ProcessInstancePermissions.READ);
        grant(Authorization.AUTH_TYPE_GRANT, "groepen-ander-recht", null, ProcessInstancePermissions.DELETE);
        Map<String, List<String>> gebruikers = new LinkedHashMap<>();
        gebruikers.put("groepen-gebruiker-1", List.of());
        gebruikers.put("groepen-gebruiker-2", List.of("groepen-met-grant", "groepen-zonder"));
        gebruikers.put("groepen-gebruiker-3", List.of("groepen-met-revoke", "groepen-zonder", "leerplicht-aalten"));
        gebruikers.put("groepen-gebruiker-4", List.of("groepen-zonder", "bestaat-niet"));
        gebruikers.put("groepen-gebruiker-5", List.of("groepen-met-grant", "groepen-met-revoke",
                "groepen-ander-recht", "groepen-met-grant"));
        Map<String, Set<String>> verwacht = Map.of(
                "groepen-gebruiker-1", Set.of(),
                "groepen-gebruiker-2", Set.of("groepen-met-grant"),
                "groepen-gebruiker-3", Set.of("groepen-met-revoke", "leerplicht-aalten"),
                "groepen-gebruiker-4", Set.of(),
                "groepen-gebruiker-5", Set.of("groepen-met-grant", "groepen-met-revoke", "groepen-ander-recht"));

        gebruikers.forEach((gebruiker, groepen) -> {
            Set<String> ons = inCommand(context -> new HashSet<>(
                    context.getAuthorizationManager().filterAuthenticatedGroupIds(new ArrayList<>(groepen))));
            Set<String> camunda = inCommand(context -> new HashSet<>(
                    new AuthorizationManager().filterAuthenticatedGroupIds(new ArrayList<>(groepen))));
            assertThat(ons).as(gebruiker).isEqualTo(camunda).isEqualTo(verwacht.get(gebruiker));
            for (Permission recht : List.of(ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE,
                    ProcessInstancePermissions.DELETE)) {
                boolean onsMag = inCommand(context -> context.getAuthorizationManager()
                        .isAuthorized(gebruiker, groepen, recht, Resources.PROCESS_INSTANCE, RESOURCE));
                boolean camundaMag = inCommand(context -> new AuthorizationManager()
                        .isAuthorized(gebruiker, groepen, recht, Resources.PROCESS_INSTANCE, RESOURCE));
                assertThat(onsMag).as("%s %s", gebruiker, recht.getName()).isEqualTo(camundaMag);
            }
        });
        List<String> zonderGroepen = inCommand(context -> context.getAuthorizationManager()
                .filterAuthenticatedGroupIds(null));
        assertThat(zonderGroepen).isEmpty();
        // Not all the same answer: the users above differ in what they may.
        assertThat(gebruikers.keySet().stream().map(gebruiker -> Arrays.asList(
                inCommand(context -> context.getAuthorizationManager().isAuthorized(gebruiker, gebruikers.get(gebruiker),
                        ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, RESOURCE)),
                inCommand(context -> context.getAuthorizationManager().isAuthorized(gebruiker, gebruikers.get(gebruiker),
                        ProcessInstancePermissions.UPDATE, Resources.PROCESS_INSTANCE, RESOURCE)))).distinct())
                .hasSizeGreaterThan(2);
    }

    private void grant(int type, String groep, String gebruiker, Permission recht) {
        Authorization grant = autorisaties.createNewAuthorization(type);
        if (type == Authorization.AUTH_TYPE_GLOBAL) {
            grant.setUserId(Authorization.ANY);
        } else {
            grant.setGroupId(groep);
            grant.setUserId(gebruiker);
        }
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(RESOURCE);
        if (type == Authorization.AUTH_TYPE_REVOKE) {
            grant.removePermission(recht);
        } else {
            grant.addPermission(recht);
        }
        autorisaties.saveAuthorization(grant);
    }

    private <T> T inCommand(Function<CommandContext, T> opdracht) {
        return configuratie().getCommandExecutorTxRequired().execute(opdracht::apply);
    }

    private ProcessEngineConfigurationImpl configuratie() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
