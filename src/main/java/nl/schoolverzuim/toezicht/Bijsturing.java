package nl.schoolverzuim.toezicht;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.web.Namen;

/**
 * The teamleider acts on overdue work: reassigns tasks within their team and sets a new due date, each with a reason
 * that is logged with who and when. Everything is checked before anything changes, so a request changes all its
 * tasks or none. The engine carries the change (the werkvoorraad follows through its task events) and runs it as the
 * teamleider, so Cockpit's operation log names them too.
 */
@Service
@Transactional
public class Bijsturing {

    static final int MAXIMAAL_TAKEN = 200;
    static final int MAXIMALE_TEKST = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Bijsturing.class);

    /** Who acts, with their groups, as the engine checks them. */
    public record Teamleider(String id, Collection<String> groepen) {
    }

    private final TaskService taken;
    private final IdentityService identity;
    private final NamedParameterJdbcTemplate jdbc;
    private final Namen namen;
    private final Clock clock;

    Bijsturing(TaskService taken, IdentityService identity, NamedParameterJdbcTemplate jdbc, Namen namen, Clock clock) {
        this.taken = taken;
        this.identity = identity;
        this.jdbc = jdbc;
        this.namen = namen;
        this.clock = clock;
    }

    /**
     * Assigns every task to {@code naar}, who must be in a candidate group of each task (an LPA of that gemeente, a
     * consulent of that regio: MAS §10). Returns how many tasks changed hands.
     */
    public int herverdeel(List<String> taakIds, String naar, String reden, Teamleider door) {
        List<VeldFout> fouten = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(taakIds == null ? List.of() : taakIds);
        if (ids.isEmpty() || ids.size() > MAXIMAAL_TAKEN) {
            fouten.add(new VeldFout("taken", "kies 1 tot " + MAXIMAAL_TAKEN + " taken"));
        }
        reden = tekst(reden, "reden", fouten);
        Set<String> groepenVanNaar = null;
        if (naar == null || naar.isBlank()) {
            fouten.add(new VeldFout("naar", "is verplicht"));
        } else if (identity.createUserQuery().userId(naar).count() == 0) {
            fouten.add(new VeldFout("naar", "is geen bekende gebruiker"));
        } else {
            groepenVanNaar = identity.createGroupQuery().groupMember(naar).list().stream().map(Group::getId)
                    .collect(Collectors.toSet());
        }
        List<Task> gevonden = new ArrayList<>();
        int index = 0;
        for (String id : ids) {
            String veld = "taken[" + index++ + "]";
            Task taak = id == null ? null : taken.createTaskQuery().taskId(id).singleResult();
            if (taak == null) {
                fouten.add(new VeldFout(veld, "taak bestaat niet (meer)"));
                continue;
            }
            gevonden.add(taak);
            List<String> team = kandidaatGroepen(id);
            leidt(door, team);
            if (groepenVanNaar != null && team.stream().noneMatch(groepenVanNaar::contains)) {
                fouten.add(new VeldFout(veld, namen.naam(naar) + " hoort niet bij het team van deze taak ("
                        + (team.isEmpty() ? "geen team" : String.join(", ", team))
                        + ") en kan haar daarom niet krijgen; kies iemand uit dat team"));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Instant nu = Instant.now(clock);
        int herverdeeld = 0;
        for (Task taak : gevonden) {
            if (Objects.equals(taak.getAssignee(), naar)) {
                continue;
            }
            alsTeamleider(door, () -> taken.setAssignee(taak.getId(), naar));
            jdbc.update("""
                            insert into taak_herverdeling (task_id, process_instance_id, van, naar, reden, door, op)
                            values (:taak, :proces, :van, :naar, :reden, :door, :op)""",
                    new MapSqlParameterSource("taak", taak.getId()).addValue("proces", taak.getProcessInstanceId())
                            .addValue("van", taak.getAssignee()).addValue("naar", naar).addValue("reden", reden)
                            .addValue("door", door.id()).addValue("op", Timestamp.from(nu)));
            LOG.info("Taak {} herverdeeld van {} naar {} door {}", taak.getId(), taak.getAssignee(), naar, door.id());
            herverdeeld++;
        }
        return herverdeeld;
    }

    /**
     * Gives the task a new due date, the end of the working day on {@code datum} (today or later), like every
     * deadline of MAS §5. The escalation of the old due date no longer counts. Returns the new due date.
     */
    public Instant nieuweVervaldatum(String taakId, LocalDate datum, String motivering, Teamleider door) {
        List<VeldFout> fouten = new ArrayList<>();
        Task taak = taakId == null || taakId.isBlank() ? null : taken.createTaskQuery().taskId(taakId).singleResult();
        if (taak == null) {
            fouten.add(new VeldFout("taak", taakId == null || taakId.isBlank() ? "is verplicht" : "taak bestaat niet (meer)"));
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (datum == null) {
            fouten.add(new VeldFout("vervaldatum", "is verplicht"));
        } else if (datum.isBefore(vandaag)) {
            fouten.add(new VeldFout("vervaldatum", "mag niet in het verleden liggen"));
        }
        motivering = tekst(motivering, "motivering", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        leidt(door, kandidaatGroepen(taak.getId()));
        Date oud = taak.getDueDate();
        Date nieuw = Termijnen.eindeWerkdag(datum);
        taak.setDueDate(nieuw);
        alsTeamleider(door, () -> taken.saveTask(taak));
        jdbc.update("""
                        insert into vervaldatum_wijziging (task_id, process_instance_id, oude_vervaldatum, nieuwe_vervaldatum,
                            motivering, door, op)
                        values (:taak, :proces, :oud, :nieuw, :motivering, :door, :op)""",
                new MapSqlParameterSource("taak", taak.getId()).addValue("proces", taak.getProcessInstanceId())
                        .addValue("oud", oud == null ? null : new Timestamp(oud.getTime()))
                        .addValue("nieuw", new Timestamp(nieuw.getTime())).addValue("motivering", motivering)
                        .addValue("door", door.id()).addValue("op", Timestamp.from(Instant.now(clock))));
        LOG.info("Taak {} nieuwe vervaldatum {} door {}", taak.getId(), datum, door.id());
        return nieuw.toInstant();
    }

    /** MAS §10: a teamleider steers the work of their own teams only; the beheerder every team. */
    private static void leidt(Teamleider door, List<String> team) {
        if (!door.groepen().contains(Teams.BEHEERDER) && team.stream().noneMatch(door.groepen()::contains)) {
            throw new GeenToegangException("U leidt het team van deze taak niet ("
                    + (team.isEmpty() ? "geen team" : String.join(", ", team)) + ") en kunt haar niet bijsturen");
        }
    }

    private List<String> kandidaatGroepen(String taakId) {
        return taken.getIdentityLinksForTask(taakId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().sorted().toList();
    }

    /** Runs an engine call with the teamleider logged in to the engine: their authorizations apply and are logged. */
    private void alsTeamleider(Teamleider door, Runnable actie) {
        identity.setAuthentication(door.id(), List.copyOf(door.groepen()));
        try {
            actie.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String tekst(String waarde, String veld, List<VeldFout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new VeldFout(veld, "is verplicht"));
            return null;
        }
        if (waarde.length() > MAXIMALE_TEKST) {
            fouten.add(new VeldFout(veld, "mag hoogstens " + MAXIMALE_TEKST + " tekens lang zijn"));
        }
        return waarde.trim();
    }
}
