package nl.schoolverzuim.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/** The werkvoorraad read model always equals the engine's own task query, and its API keeps to the teams. */
class WerkvoorraadTest extends WerkprocesTest {

    static final List<String> GEMEENTEN = List.of("Aalten", "Doetinchem", "Winterswijk");

    @Autowired
    TestRestTemplate http;

    record Rij(String taakId, String toegewezenAan, Instant vervaldatum, String groepen) {
    }

    Set<Rij> leesmodel() {
        return new TreeSet<>(Comparator.comparing(Rij::taakId)) {{
            addAll(jdbc.query("select task_id, toegewezen_aan, vervaldatum, kandidaat_groepen from werkvoorraad_taak",
                    (r, n) -> new Rij(r.getString(1), r.getString(2),
                            r.getTimestamp(3) == null ? null : r.getTimestamp(3).toInstant(), r.getString(4))));
        }};
    }

    Set<Rij> engine() {
        return new TreeSet<>(Comparator.comparing(Rij::taakId)) {{
            for (Task taak : taken.createTaskQuery().list()) {
                String groepen = taken.getIdentityLinksForTask(taak.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId).distinct().sorted().collect(Collectors.joining(","));
                add(new Rij(taak.getId(), taak.getAssignee(),
                        taak.getDueDate() == null ? null : taak.getDueDate().toInstant(), groepen));
            }
        }};
    }

    void nieuweMelding(Random random) {
        melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(),
                nieuweJongere(6 + random.nextInt(11), GEMEENTEN.get(random.nextInt(GEMEENTEN.size()))),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 16 + random.nextInt(20), 0, false, null, null,
                null, List.of(new NieuweMelding.OuderGegevens("M. Proces", new NieuweMelding.AdresGegevens("Dorpsstraat",
                        "12a", "7001 AB", "Doetinchem"), null, null, null))));
    }

    /** Completes a task with what its form needs, so the werkproces moves on, ends, or opens the next task. */
    void voltooiWillekeurig(Task taak, Random random) {
        switch (taak.getTaskDefinitionKey()) {
            case "MeldingTrieren" -> taken.complete(taak.getId(), map("triageBesluit",
                    random.nextBoolean() ? "IN_BEHANDELING" : "GEOORLOOFD"));
            case "Onderzoek" -> taken.complete(taak.getId(), map("onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG",
                    "verzuimfeiten", "-", "gesprekJongereGevoerd", true, "gesprekOudersGevoerd", true,
                    "schoolGeinformeerd", true));
            case "WerkprocesAfsluiten" -> taken.complete(taak.getId(), map("resultaat", "TERUG_NAAR_SCHOOL"));
            // the uitnodiging beside the onderzoek (MAS §4 step 2): made final, its sending recorded later
            case "UitnodigingVerzenden" -> taken.complete(taak.getId(), map());
            default -> throw new IllegalStateException("onverwachte taak " + taak.getTaskDefinitionKey() + " in "
                    + taak.getProcessDefinitionId() + " " + runtime.getVariables(taak.getProcessInstanceId()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void hetLeesmodelIsNaElkeStapGelijkAanDeTaskQueryVanDeEngine(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 3; i++) {
            nieuweMelding(random);
        }
        for (int stap = 0; stap < 40; stap++) {
            List<Task> open = taken.createTaskQuery().orderByTaskId().asc().list();
            Task taak = open.isEmpty() ? null : open.get(random.nextInt(open.size()));
            switch (taak == null ? 0 : random.nextInt(8)) {
                case 0 -> nieuweMelding(random);
                // Task ids are random UUIDs, so which task a seed picks differs per run: claim only a free one.
                case 1 -> {
                    if (taak.getAssignee() == null) {
                        taken.claim(taak.getId(), "lpa-" + random.nextInt(3));
                    } else {
                        taken.setAssignee(taak.getId(), "lpa-" + random.nextInt(3));
                    }
                }
                case 2 -> taken.setAssignee(taak.getId(), null);
                case 3 -> {
                    taak.setDueDate(random.nextBoolean() ? null
                            : Date.from(Instant.now().plusSeconds(3600L * (random.nextInt(400) - 200))));
                    taken.saveTask(taak);
                }
                case 4 -> taken.addCandidateGroup(taak.getId(), "teamleider");
                case 5 -> voltooiWillekeurig(taak, random);
                // A group taken off a task (Tasklist's "Groepen", a move to another team) leaves the inbox too; a
                // team keeps it, so every task stays someone's work.
                case 6 -> {
                    List<String> groepen = taken.getIdentityLinksForTask(taak.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                            .map(IdentityLink::getGroupId).sorted().toList();
                    if (groepen.size() > 1) {
                        taken.deleteCandidateGroup(taak.getId(), groepen.get(groepen.size() - 1));
                    }
                }
                default -> runtime.deleteProcessInstance(taak.getProcessInstanceId(), "test: werkproces ingetrokken");
            }
            assertThat(leesmodel()).as("na stap %d", stap).containsExactlyElementsOf(engine());
        }
    }

    @Test
    void deApiGeeftDezelfdeTakenAlsDeEngineEnAlleenVanHetEigenTeam() {
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            nieuweMelding(random);
        }
        List<String> engineAalten = taken.createTaskQuery().taskCandidateGroup("leerplicht-aalten").includeAssignedTasks()
                .orderByDueDate().asc().orderByTaskId().asc().list().stream().map(Task::getId).toList();

        JsonNode aalten = http.withBasicAuth("lpa-aalten", "demo").getForObject("/api/werkvoorraad", JsonNode.class);

        assertThat(aalten.get("taken").findValuesAsText("taakId")).containsExactlyElementsOf(engineAalten);
        assertThat(aalten.get("taken").findValuesAsText("gemeente")).allMatch("Aalten"::equals);
        assertThat(http.withBasicAuth("lpa-aalten", "demo").getForEntity("/api/werkvoorraad?groep=leerplicht-doetinchem",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode alle = http.withBasicAuth("teamleider", "demo").getForObject("/api/werkvoorraad?grootte=200", JsonNode.class);
        assertThat(alle.get("taken")).hasSize((int) taken.createTaskQuery().count());
        JsonNode teLaat = http.withBasicAuth("teamleider", "demo").getForObject("/api/werkvoorraad?teLaat=true", JsonNode.class);
        assertThat(teLaat.get("taken").findValuesAsText("taakId")).containsExactlyInAnyOrderElementsOf(
                taken.createTaskQuery().dueBefore(new Date()).list().stream().map(Task::getId).toList());
        assertThat(http.withBasicAuth("teamleider", "demo").getForEntity("/api/werkvoorraad?grootte=0", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
