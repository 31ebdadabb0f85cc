package nl.schoolverzuim.toegang;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.engine.Permissies;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Teams;

/**
 * Keeps Camunda identity in step with the organisation: a group per gemeente and per regio, the fixed
 * roles, and what each may do in the engine. Idempotent: runs at every start and after reference data changes.
 * Task access per gemeente needs no grant here: the engine authorizes a task's candidate group on the task itself.
 */
@Component
@Order(10)
public class IdentityInrichting implements ApplicationRunner {

    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";

    private final IdentityService identity;
    private final AuthorizationService autorisaties;
    private final GemeenteRepository gemeenten;
    private final RegioRepository regios;

    IdentityInrichting(IdentityService identity, AuthorizationService autorisaties, GemeenteRepository gemeenten,
                       RegioRepository regios) {
        this.identity = identity;
        this.autorisaties = autorisaties;
        this.gemeenten = gemeenten;
        this.regios = regios;
    }

    @Override
    public void run(ApplicationArguments args) {
        synchroniseer();
    }

    @Transactional
    public void synchroniseer() {
        groep(Teams.BEHEERDER, "Beheerders", Groups.GROUP_TYPE_SYSTEM);
        for (Resource resource : Resources.values()) {
            sta(Teams.BEHEERDER, resource, Authorization.ANY, Permissions.ALL);
        }
        groep(Teams.MELDINGEN_INVOER, "Aanleverende systemen", Groups.GROUP_TYPE_SYSTEM);
        groep(Teams.MONITORING, "Monitoring (Prometheus)", Groups.GROUP_TYPE_SYSTEM);
        groep(Teams.PRIVACY, "Privacyfunctionarissen", Groups.GROUP_TYPE_WORKFLOW);

        // The role opens Tasklist and Cockpit and reads the models; the work itself only through team membership,
        // so a teamleider sees their own team and no other (MAS §10). Earlier versions granted every instance.
        groep(Teams.TEAMLEIDER, "Teamleiders", Groups.GROUP_TYPE_WORKFLOW);
        sta(Teams.TEAMLEIDER, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        sta(Teams.TEAMLEIDER, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        sta(Teams.TEAMLEIDER, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
        sta(Teams.TEAMLEIDER, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        for (Resource werk : List.of(Resources.PROCESS_INSTANCE, Resources.TASK, Resources.HISTORIC_PROCESS_INSTANCE,
                Resources.HISTORIC_TASK)) {
            trekIn(Teams.TEAMLEIDER, werk, Authorization.ANY);
        }

        // The voorzitter works per regio (below); the national group of earlier versions no longer opens Tasklist.
        trekIn(Teams.TAFELVOORZITTER, Resources.APPLICATION, TASKLIST);

        // Models and deployments, but no Dossiers: no instance, task or history permissions (MAS §10).
        groep(Teams.PROCESONTWERPER, "Procesontwerpers", Groups.GROUP_TYPE_WORKFLOW);
        sta(Teams.PROCESONTWERPER, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        sta(Teams.PROCESONTWERPER, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ,
                Permissions.DELETE);
        sta(Teams.PROCESONTWERPER, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND);
        sta(Teams.PROCESONTWERPER, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
                Permissions.UPDATE);
        sta(Teams.PROCESONTWERPER, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);

        for (Gemeente gemeente : gemeenten.findAll()) {
            teamGroep(Teams.leerplicht(gemeente), "Leerplicht " + gemeente.getNaam());
            // Wpg (MAS §10): the proces-verbaal tasks go to this group, not to the whole team.
            teamGroep(Teams.boa(gemeente), "BOA leerplicht " + gemeente.getNaam());
        }
        for (Regio regio : regios.findAll()) {
            teamGroep(Teams.doorstroompunt(regio), "Doorstroompunt " + regio.getNaam());
            teamGroep(Teams.teamleider(regio), "Teamleiders " + regio.getNaam());
            teamGroep(Teams.tafelvoorzitter(regio), "Voorzitters thuiszitterstafel " + regio.getNaam());
        }
    }

    /** Adds the user to the groups, creating nothing else; for demo and set-up scripts. */
    @Transactional
    public void gebruiker(String id, String voornaam, String achternaam, String wachtwoord, List<String> groepen) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var gebruiker = identity.newUser(id);
            gebruiker.setFirstName(voornaam);
            gebruiker.setLastName(achternaam);
            gebruiker.setPassword(wachtwoord);
            identity.saveUser(gebruiker);
        }
        for (String groep : groepen) {
            if (identity.createUserQuery().userId(id).memberOfGroup(groep).count() == 0) {
                identity.createMembership(id, groep);
            }
        }
    }

    private void teamGroep(String id, String naam) {
        groep(id, naam, Groups.GROUP_TYPE_WORKFLOW);
        sta(id, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    }

    private void groep(String id, String naam, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group groep = identity.newGroup(id);
            groep.setName(naam);
            groep.setType(type);
            identity.saveGroup(groep);
        }
    }

    /** Grants exactly {@code permissies}: a grant that exists with other permissions is brought in line. */
    private void sta(String groep, Resource resource, String resourceId, Permission... permissies) {
        Authorization autorisatie = bestaand(groep, resource, resourceId);
        if (autorisatie == null) {
            autorisatie = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            autorisatie.setGroupId(groep);
            autorisatie.setResource(resource);
            autorisatie.setResourceId(resourceId);
        } else if (masker(autorisatie.getPermissions(Permissies.van(resource))) == masker(permissies)) {
            return;
        }
        autorisatie.setPermissions(permissies);
        autorisaties.saveAuthorization(autorisatie);
    }

    private static int masker(Permission... permissies) {
        int masker = 0;
        for (Permission permissie : permissies) {
            masker |= permissie.getValue();
        }
        return masker;
    }

    private void trekIn(String groep, Resource resource, String resourceId) {
        Authorization autorisatie = bestaand(groep, resource, resourceId);
        if (autorisatie != null) {
            autorisaties.deleteAuthorization(autorisatie.getId());
        }
    }

    private Authorization bestaand(String groep, Resource resource, String resourceId) {
        return autorisaties.createAuthorizationQuery().groupIdIn(groep).resourceType(resource).resourceId(resourceId)
                .singleResult();
    }
}
