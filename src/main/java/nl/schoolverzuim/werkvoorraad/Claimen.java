package nl.schoolverzuim.werkvoorraad;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Namen;

/**
 * Bulk claim from the werkvoorraad page: each task claimed through the engine as the user, so the engine's task
 * authorizations decide exactly as in Tasklist. Each claim is a transaction of its own and gets its own Dutch result,
 * so a refusal of one task never hides or undoes the others.
 */
@Service
class Claimen {

    /** One task's result; {@code taak} names the Jongere and step only for a task of the user's own teams. */
    record Uitkomst(String taakId, String taak, boolean geclaimd, String tekst) {
    }

    private final TaskService taken;
    private final IdentityService identity;
    private final Werkvoorraad werkvoorraad;
    private final Namen namen;

    Claimen(TaskService taken, IdentityService identity, Werkvoorraad werkvoorraad, Namen namen) {
        this.taken = taken;
        this.identity = identity;
        this.werkvoorraad = werkvoorraad;
        this.namen = namen;
    }

    List<Uitkomst> claim(Authentication gebruiker, Collection<String> taakIds) {
        Map<String, Werkvoorraad.Taak> bekend = werkvoorraad.taken(taakIds, Toegang.teamsVan(gebruiker));
        List<String> groepen = gebruiker.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        // Our pages run outside Camunda's webapps and REST API, whose filters set (and clear) the engine user.
        identity.setAuthentication(gebruiker.getName(), groepen);
        try {
            List<Uitkomst> uitkomsten = new ArrayList<>();
            for (String taakId : taakIds) {
                Werkvoorraad.Taak taak = bekend.get(taakId);
                String naam = taak == null ? "Taak buiten uw werkvoorraad" : taak.jongere() + ": " + taak.naam();
                uitkomsten.add(claim(gebruiker.getName(), taakId, taak, naam));
            }
            return uitkomsten;
        } finally {
            identity.clearAuthentication();
        }
    }

    private Uitkomst claim(String gebruiker, String taakId, Werkvoorraad.Taak taak, String naam) {
        if (taak != null && gebruiker.equals(taak.toegewezenAan())) {
            return new Uitkomst(taakId, naam, true, "Was al van u");
        }
        try {
            taken.claim(taakId, gebruiker);
            return new Uitkomst(taakId, naam, true, "Geclaimd: de taak staat nu onder Mijn taken");
        } catch (TaskAlreadyClaimedException bezet) {
            return new Uitkomst(taakId, naam, false, "Niet geclaimd: " + namen.naam(bezet.getTaskAssignee())
                    + " heeft deze taak al opgepakt");
        } catch (AuthorizationException geweigerd) {
            return new Uitkomst(taakId, naam, false, "Niet geclaimd: u mag deze taak niet oppakken");
        } catch (NullValueException weg) {
            return new Uitkomst(taakId, naam, false, "Niet geclaimd: de taak bestaat niet meer (afgerond of ingetrokken)");
        } catch (ProcessEngineException fout) {
            return new Uitkomst(taakId, naam, false, "Niet geclaimd: de taak kon nu niet worden opgepakt, probeer het opnieuw");
        }
    }
}
