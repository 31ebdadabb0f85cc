package nl.schoolverzuim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.toezicht.Achterstanden;

/** The demo a newcomer gets from {@code ./mvnw spring-boot:run}: the Achterhoek of [000] with work in every inbox. */
@SpringBootTest(properties = "schoolverzuim.demo.aantal-meldingen=200")
@ActiveProfiles({"test", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDataTest {

    @Autowired
    GemeenteRepository gemeenten;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService taken;
    @Autowired
    FilterService filters;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoData demo;
    @Autowired
    Achterstanden achterstanden;
    @Autowired
    TransactionTemplate transactie;

    @AfterEach
    void uitloggen() {
        identity.clearAuthentication();
    }

    @Test
    void deNegenGemeentenVanDeAchterhoekMetEenLoginPerRol() {
        List<Gemeente> alle = gemeenten.findAllMetRegio();
        assertThat(alle).extracting(Gemeente::getNaam).containsExactly("Aalten", "Berkelland", "Bronckhorst",
                "Doesburg", "Doetinchem", "Montferland", "Oost Gelre", "Oude IJsselstreek", "Winterswijk");
        assertThat(alle).allSatisfy(g -> assertThat(g.getRegio().getCode()).isEqualTo("achterhoek"));
        assertThat(identity.checkPassword("lpa-oude-ijsselstreek", "demo")).isTrue();
        for (Gemeente gemeente : alle) {
            String login = "lpa-" + gemeente.getSleutel();
            assertThat(identity.createUserQuery().userId(login).memberOfGroup("leerplicht-" + gemeente.getSleutel())
                    .count()).as(login).isEqualTo(1);
            // MAS §10 (Wpg): the demo LPA of each gemeente is its BOA too, and the only one.
            assertThat(identity.createUserQuery().memberOfGroup("boa-" + gemeente.getSleutel()).list())
                    .extracting("id").as(login).containsExactly(login);
        }
        // MAS §10: the voorzitter chairs the tafel of the own regio only.
        assertThat(identity.createGroupQuery().groupMember("voorzitter").list()).extracting("id")
                .containsExactly("tafelvoorzitter-achterhoek");
        // The teamleider leads every team of the regio, so is a member of each.
        assertThat(identity.createUserQuery().memberOfGroup("doorstroompunt-achterhoek").list())
                .extracting("id").containsExactlyInAnyOrder("dsp-achterhoek-1", "dsp-achterhoek-2", "teamleider");
        assertThat(identity.createGroupQuery().groupMember("teamleider").list()).extracting("id")
                .contains("teamleider", "teamleider-achterhoek", "leerplicht-aalten", "leerplicht-winterswijk");
        for (String login : List.of("teamleider", "procesontwerper", "admin")) {
            assertThat(identity.checkPassword(login, "demo")).as(login).isTrue();
        }
        assertThat(jdbc.queryForList("select distinct onderwijssoort from school", String.class))
                .containsExactlyInAnyOrder("PO", "SBO", "SO", "VSO", "VO", "MBO", "VAVO");
    }

    @Test
    void meldingenInDeVerhoudingenVanTabel1EnWerkInElkeInbox() {
        Map<String, Integer> perSoort = jdbc.queryForList("select verzuimsoort, count(*) as n from melding group by verzuimsoort")
                .stream().collect(Collectors.toMap(r -> (String) r.get("verzuimsoort"), r -> ((Number) r.get("n")).intValue()));
        int totaal = perSoort.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(totaal).isBetween(195, 205);
        // [000] Tabel 1: wettelijk 760 > overig 738 > absoluut 362 > informatie en advies 266 > luxe 76.
        assertThat(perSoort.get("WETTELIJK")).isGreaterThan(perSoort.get("ABSOLUUT"));
        assertThat(perSoort.get("OVERIG")).isGreaterThan(perSoort.get("INFORMATIE_ADVIES"));
        assertThat(perSoort.get("ABSOLUUT")).isGreaterThan(perSoort.get("LUXE"));
        assertThat(perSoort).containsKeys("LANGDURIG_RELATIEF", "VERZUIM_18PLUS", "VSV", "ZORG_PREVENTIE");
        assertThat(jdbc.queryForObject("select count(*) from werkproces", Integer.class))
                .isEqualTo((int) runtime.createProcessInstanceQuery().count());
        for (Gemeente gemeente : gemeenten.findAll()) {
            assertThat(taken.createTaskQuery().taskCandidateGroup("leerplicht-" + gemeente.getSleutel()).count())
                    .as(gemeente.getNaam()).isPositive();
        }
        assertThat(taken.createTaskQuery().taskCandidateGroup("doorstroompunt-achterhoek").count()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from (select dossier_id from melding group by dossier_id "
                + "having count(*) > 1) herhaald", Integer.class)).as("dossiers met meer meldingen").isPositive();
        // MAS §7: vrijstellingen awaiting advice or besluit, granted and refused.
        assertThat(jdbc.queryForList("select distinct status from vrijstelling", String.class))
                .containsExactlyInAnyOrder("AANGEVRAAGD", "VERLEEND", "AFGEWEZEN");
    }

    @Test
    void deInboxVanEenLeerplichtambtenaarToontAlleenDeTakenVanDieGemeente() {
        Filter ongeclaimd = filters.createFilterQuery().filterName("Ongeclaimd").singleResult();
        identity.setAuthentication("lpa-doetinchem", List.of("leerplicht-doetinchem"));

        List<Task> inbox = filters.list(ongeclaimd.getId());

        identity.clearAuthentication();
        assertThat(inbox).isNotEmpty().hasSize((int) taken.createTaskQuery()
                .taskCandidateGroup("leerplicht-doetinchem").taskUnassigned().count());
        assertThat(inbox).isSortedAccordingTo(java.util.Comparator.comparing(Task::getDueDate));
        assertThat(filters.createFilterQuery().list()).extracting(Filter::getName).containsExactlyInAnyOrder(
                "Mijn taken", "Taken van mijn gemeente/regio", "Ongeclaimd", "Te laat", "Deze week verlopen");
    }

    /**
     * MAS §5: a step overdue by the escalation delay (5 werkdagen) goes to the teamleider. The demo looks like a live
     * team: some work overdue, a few escalations at the first run, not a hundred.
     */
    @Test
    void eenLevendTeamMetEnkeleEscalatiesBijDeStart() {
        Integer escalaties = transactie.execute(status -> {
            status.setRollbackOnly(); // counted only: the other tests see the demo as it starts
            return achterstanden.escaleer();
        });
        long teLaat = jdbc.queryForObject("select count(*) from werkvoorraad_taak where vervaldatum < ?", Long.class,
                java.sql.Timestamp.from(java.time.Instant.now()));

        assertThat(escalaties).isBetween(1, 10);
        assertThat(teLaat).as("te laat, maar nog niet geëscaleerd").isGreaterThan(escalaties);
        assertThat(jdbc.queryForObject("select count(*) from werkvoorraad_taak", Long.class))
                .as("open taken").isGreaterThan(3 * teLaat);
    }

    @Test
    void eenTweedeStartMaaktGeenTweedeDemo() throws Exception {
        int meldingen = jdbc.queryForObject("select count(*) from melding", Integer.class);

        demo.run(null);

        assertThat(jdbc.queryForObject("select count(*) from melding", Integer.class)).isEqualTo(meldingen);
        assertThat(gemeenten.count()).isEqualTo(9);
    }
}
