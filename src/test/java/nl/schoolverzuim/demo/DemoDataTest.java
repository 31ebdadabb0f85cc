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
        Map<String, Integer> perSoort = jdbc.queryForList("select verzuimsoort, count(*) as n from melding "
                        + "where toelichting like 'Demomelding%' group by verzuimsoort")
                .stream().collect(Collectors.toMap(r -> (String) r.get("verzuimsoort"), r -> ((Number) r.get("n")).intValue()));
        int totaal = perSoort.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(totaal).isBetween(195, 205);
        // [000] Tabel 1: wettelijk 760 > overig 738 > absoluut 362 > informatie en advies 266 > luxe 76.
        assertThat(perSoort.get("WETTELIJK")).isGreaterThan(perSoort.get("ABSOLUUT"));
        assertThat(perSoort.get("OVERIG")).isGreaterThan(perSoort.get("INFORMATIE_ADVIES"));
        assertThat(perSoort.get("ABSOLUUT")).isGreaterThan(perSoort.get("LUXE"));
        assertThat(perSoort).containsKeys("LANGDURIG_RELATIEF", "VERZUIM_18PLUS", "VSV", "ZORG_PREVENTIE");
        assertThat(jdbc.queryForObject("select count(*) from werkproces where afgesloten_op is null", Integer.class))
                .isEqualTo((int) runtime.createProcessInstanceQuery().count());
        for (Gemeente gemeente : gemeenten.findAll()) {
            assertThat(taken.createTaskQuery().taskCandidateGroup("leerplicht-" + gemeente.getSleutel()).count())
                    .as(gemeente.getNaam()).isPositive();
        }
        assertThat(taken.createTaskQuery().taskCandidateGroup("doorstroompunt-achterhoek").count()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from (select dossier_id from melding group by dossier_id "
                + "having count(*) > 1) herhaald", Integer.class)).as("dossiers met meer meldingen").isPositive();
        // MAS §7: vrijstellingen in every state, walked through the engine: ended ones closed their werkproces, and
        // every decided one had its beschikking sent to the ouders.
        assertThat(jdbc.queryForList("select distinct status from vrijstelling", String.class))
                .containsExactlyInAnyOrder("AANGEVRAAGD", "VERLEEND", "AFGEWEZEN", "VERLOPEN", "INGETROKKEN");
        assertThat(jdbc.queryForList("select w.resultaat from vrijstelling v join werkproces w on w.id = v.werkproces_id "
                + "where w.afgesloten_op is not null", String.class))
                .containsExactlyInAnyOrder("AFGEWEZEN", "VERLOPEN", "INGETROKKEN");
        assertThat(jdbc.queryForObject("select count(*) from vrijstelling v join document d on d.werkproces_id = "
                + "v.werkproces_id where d.status = 'VERZONDEN'", Integer.class)).isEqualTo(4);
        // MAS §7: verlof of more than 10 school days to decide, granted and refused by the LPA.
        assertThat(jdbc.queryForList("select status from verlofaanvraag", String.class))
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
     * Demo data walks every inner path (DemoPaden), each through the real intake and completed tasks, so the outcome
     * counted here is what the models made of it.
     */
    @Test
    void elkPadIsBewandeld() {
        Map<String, Integer> resultaten = jdbc.queryForList(
                        "select resultaat, count(*) as n from werkproces where resultaat is not null group by resultaat")
                .stream().collect(Collectors.toMap(r -> (String) r.get("resultaat"), r -> ((Number) r.get("n")).intValue()));
        // MAS §3: geoorloofd, not verzuim
        assertThat(resultaten.get("GEOORLOOFD")).as("geoorloofd").isPositive();
        // MAS §4 step 1: handed to the team of the other gemeente, which triages it again
        assertThat(resultaten.get("OVERGEDRAGEN")).as("andere gemeente").isPositive();
        assertThat(taken.createTaskQuery().taskCandidateGroup("leerplicht-winterswijk").taskDefinitionKey("MeldingTrieren")
                .processVariableValueEquals("overgedragenVanWerkproces", jdbc.queryForObject(
                        "select id from werkproces where resultaat = 'OVERGEDRAGEN'", Long.class)).count()).isEqualTo(1);
        // MAS §4 step 1: reclassified with a reason; the melding keeps the school's soort
        assertThat(jdbc.queryForObject("select count(*) from werkproces w join melding m on m.werkproces_id = w.id "
                + "where m.verzuimsoort = 'WETTELIJK' and w.verzuimsoort = 'LANGDURIG_RELATIEF'", Integer.class))
                .as("andere verzuimsoort").isEqualTo(1);
        // MAS §4 step 2: a waarschuwingsgesprek with its letter and no route, waiting for the 6-week follow-up
        assertThat(jdbc.queryForObject("select count(*) from document d where d.titel like 'Brief aan ouders na "
                + "waarschuwingsgesprek%' and not exists (select 1 from routebesluit r where r.werkproces_id = d.werkproces_id)",
                Integer.class)).as("waarschuwing zonder route").isEqualTo(1);
        // Brieven (ADR 0025, 0032): that letter sent from its letter step; the afsprakenbrief of a preventief gesprek
        // (MAS §4.1) a draft in its step; the uitnodigingen (MAS §4 step 2) at every stage: sent from the step, final
        // with the sending still to record, drafts beside open onderzoeken; an informatieve brief (MAS §3) a draft
        assertThat(jdbc.queryForList("select status || ' ' || verzendkanaal from document where soort = 'waarschuwing'",
                String.class)).containsExactly("VERZONDEN POST");
        assertThat(jdbc.queryForList("select status from document where soort = 'afsprakenbrief'", String.class))
                .containsExactly("CONCEPT");
        assertThat(taken.createTaskQuery().taskDefinitionKey("AfsprakenbriefVerzenden").count()).isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct status from document where soort = 'uitnodiging-verzuimgesprek'",
                String.class)).containsExactlyInAnyOrder("CONCEPT", "DEFINITIEF", "VERZONDEN");
        assertThat(taken.createTaskQuery().taskDefinitionKey("UitnodigingVerzenden").count()).isPositive();
        assertThat(jdbc.queryForList("select status from document where soort = 'informatieve-brief'", String.class))
                .containsExactly("CONCEPT");
        assertThat(taken.createTaskQuery().taskDefinitionKey("InformatieveBriefVerzenden").count()).isEqualTo(1);
        // MAS §4.3: Halt negatief, OM advises a PV: waiting at the PV step
        assertThat(jdbc.queryForObject("select count(*) from interventie where soort = 'HALT' and uitkomst = 'NEGATIEF'",
                Integer.class)).isEqualTo(1);
        assertThat(taken.createTaskQuery().taskDefinitionKey("ProcesVerbaalOpmaken").count()).isEqualTo(1);
        // MAS §4.3, §10: toeleiding with recorded consent, waiting for the evaluation
        assertThat(jdbc.queryForObject("select count(*) from interventie where toestemming_door = 'OUDERS_EN_JONGERE'",
                Integer.class)).isEqualTo(1);
        assertThat(taken.createTaskQuery().taskDefinitionKey("HulpEvalueren").count()).isEqualTo(1);
        // MAS §8: a second VSV melding joins the vsv-traject; a de-registration turns verzuim 18+ into one
        assertThat(taken.createTaskQuery().taskDefinitionKey("AanvullendeMeldingBekijkenVsv").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from werkproces w join vsv_traject t on t.dossier_id = w.dossier_id "
                + "join melding m on m.dossier_id = w.dossier_id and m.verzuimsoort = 'VSV' where w.resultaat = 'UITGESCHREVEN' "
                + "and t.uitvaldatum = m.uitschrijfdatum", Integer.class)).as("uitgeschreven tijdens verzuim 18+").isEqualTo(1);
        // MAS §2: three hand-offs on the 18th birthday: verzuim 18+, a vsv-traject, and establishing an unknown SK
        assertThat(resultaten.get("OVERDRACHT_DSP")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from dsp_overdracht where opgepakt_op is not null", Integer.class))
                .isEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("doorstroompunt-verzuim18")
                .variableValueEquals("startkwalificatieVaststellen", true).count()).isEqualTo(1);
        // MAS §6: not enrolled is a thuiszitter from the first day without a school
        assertThat(jdbc.queryForObject("select count(*) from thuiszitter t join melding m on m.werkproces_id = t.werkproces_id "
                + "where m.uitschrijfdatum = t.sinds and m.toelichting like 'Demopad%'", Integer.class)).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel").count()).isPositive();
        // MAS §5, §8: unreachable closes as situatie onbekend, a new werkproces approaches again
        assertThat(resultaten.get("SITUATIE_ONBEKEND")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from werkproces o join werkproces n on n.dossier_id = o.dossier_id "
                + "and n.id > o.id and n.afgesloten_op is null where o.resultaat = 'SITUATIE_ONBEKEND'", Integer.class))
                .as("herbenaderd").isEqualTo(1);
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

    /** Letters go to the ouders (ADR 0026): most minors' Dossiers have them, with an address; some have none. */
    @Test
    void deMeestePupillenHebbenOudersInHunDossier() {
        int dossiers = jdbc.queryForObject("select count(*) from dossier", Integer.class);
        int metOuders = jdbc.queryForObject("select count(distinct dossier_id) from verzorger", Integer.class);
        assertThat(metOuders).isGreaterThan(dossiers / 2).isLessThan(dossiers);
        assertThat(jdbc.queryForObject("select count(distinct dossier_id) from verzorger where postcode is not null",
                Integer.class)).isEqualTo(metOuders);
        // Only the vrijstelling and verlof Dossiers have ouders an officer entered (they come with no melding).
        assertThat(jdbc.queryForObject("select count(*) from verzorger where bron <> 'MELDING' and dossier_id not in "
                + "(select dossier_id from vrijstelling union select dossier_id from verlofaanvraag)", Integer.class))
                .isZero();
    }

    @Test
    void eenTweedeStartMaaktGeenTweedeDemo() throws Exception {
        int meldingen = jdbc.queryForObject("select count(*) from melding", Integer.class);

        demo.run(null);

        assertThat(jdbc.queryForObject("select count(*) from melding", Integer.class)).isEqualTo(meldingen);
        assertThat(gemeenten.count()).isEqualTo(9);
    }
}
