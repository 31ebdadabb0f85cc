package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.testsupport.Batchjobs;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * MAS §10: a werkproces is kept until the end of the day it ended plus its gemeente's retention (decision
 * {@code bewaartermijn}: 5 years by default; MAS §3: geoorloofd 1 year), then its history and our own rows of it go in
 * the same night. The end sets a provisional removal time (the model's {@code historyTimeToLive}, 1825 days) on the
 * werkproces itself; the night after, process {@code historie-verwijdertijd} gives the gemeente's to all of its history
 * and to its row, and every night removes the rows whose time passed. Run on H2 and on PostgreSQL by the subclasses;
 * its own database, because history cleanup removes whatever is due, also other tests' history.
 */
@IntegratieTest
abstract class BewaartermijnTests {

    /** The history tables a werkproces writes to, by its root process instance. */
    static final List<String> HISTORIE = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_RU_AUTHORIZATION");

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taken;
    @Autowired
    HistoryService historie;
    @Autowired
    ManagementService beheer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService modellen;

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final AtomicLong VOLGNUMMER = new AtomicLong(9_000_000);
    private String eigenBewaartermijn;
    private final Set<Long> metTraject = new HashSet<>();

    /** The clock goes back to today: where the night's run stopped must go back too. */
    @AfterEach
    void klok() {
        ClockUtil.reset();
        beheer.deleteProperty(HistorieVerwijdertijd.DOORGEGEVEN_TOT);
        if (eigenBewaartermijn != null) {
            modellen.deleteDeployment(eigenBewaartermijn, true);
        }
    }

    @Test
    void deHistorieVanEenWerkprocesVerdwijntVijfJaarNaZijnEinde() {
        String instantie = beeindigdWerkproces();
        HistoricProcessInstance werkproces = historie.createHistoricProcessInstanceQuery().processInstanceId(instantie)
                .singleResult();
        // The end itself: the werkproces has the model's removal time, the rest of its history waits for the night.
        assertThat(werkproces.getRemovalTime())
                .isEqualTo(Date.from(werkproces.getEndTime().toInstant().plus(Duration.ofDays(1825))));
        assertThat(zonderVerwijdertijd("ACT_HI_VARINST", instantie)).isPositive();

        nacht(werkproces.getEndTime().toInstant().plus(Duration.ofHours(2)));

        // The gemeente's retention (Doetinchem: the default 5 years) from the end of the day it ended.
        Instant verwijdertijd = naAfloopVan(werkproces.getEndTime().toInstant(), Period.ofYears(5));
        assertThat(verwijderenOp(instantie)).isEqualTo(verwijdertijd);

        for (String tabel : HISTORIE) {
            assertThat(jdbc.queryForList("select distinct REMOVAL_TIME_ from " + tabel + " where ROOT_PROC_INST_ID_ = ?",
                    Timestamp.class, instantie)).as(tabel)
                    .extracting(Timestamp::toInstant).containsExactly(verwijdertijd);
        }
        // A day before the end of the 5 years nothing goes; after it, all of it.
        opruimen(verwijdertijd.minus(Duration.ofDays(1)));
        assertThat(rijen(instantie)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isPositive());
        opruimen(verwijdertijd.plus(Duration.ofMinutes(1)));
        assertThat(rijen(instantie)).allSatisfy((tabel, aantal) -> assertThat(aantal).as(tabel).isZero());
        // also the team's read grant on the werkproces's history
        assertThat(jdbc.queryForList("select RESOURCE_TYPE_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?",
                Integer.class, instantie)).isEmpty();
    }

    @Test
    void watMinderDanEenUurVoorDeNachtEindigdeVolgtDeNachtErna() {
        String werkproces = beeindigdWerkproces();
        Instant einde = historie.createHistoricProcessInstanceQuery().processInstanceId(werkproces).singleResult()
                .getEndTime().toInstant();

        // Its transaction might not have committed when the night's run reads what ended: an hour's margin.
        nacht(einde.plus(Duration.ofMinutes(30)));
        assertThat(zonderVerwijdertijd("ACT_HI_VARINST", werkproces)).isPositive();

        nacht(einde.plus(Duration.ofDays(1)));
        assertThat(zonderVerwijdertijd("ACT_HI_VARINST", werkproces)).isZero();
    }

    /**
     * What ended before this version first ran got its removal time from the engine at its end; the first night
     * starts at the first start, and a restart does not move it.
     */
    @Test
    void deEersteNachtBegintBijDeEersteStart() {
        beheer.deleteProperty(HistorieVerwijdertijd.DOORGEGEVEN_TOT);
        Instant eersteStart = Instant.parse("2026-09-01T06:00:00Z");
        ClockUtil.setCurrentTime(Date.from(eersteStart));
        HistorieVerwijdertijd.beginOpEersteStart(beheer);
        ClockUtil.setCurrentTime(Date.from(eersteStart.plus(Duration.ofDays(3))));
        HistorieVerwijdertijd.beginOpEersteStart(beheer);

        assertThat(beheer.getProperties()).containsEntry(HistorieVerwijdertijd.DOORGEGEVEN_TOT, eersteStart.toString());
    }


    /**
     * MAS §10 and §3: our own rows of a werkproces go the night its gemeente's retention ends, with its history; a
     * geoorloofd werkproces goes after 1 year, one of a gemeente with 2 years (a row a beheerder adds to decision
     * bewaartermijn) after 2, the default after 5. A Dossier and Jongere go when nothing of theirs is left; a Dossier
     * with an open werkproces keeps it and everything of it.
     */
    @Test
    void eigenGegevensGaanNaDeBewaartermijnVanHunGemeenteMetDeHistorie() throws IOException {
        aaltenBewaartTweeJaar();
        Map<String, Object> doetinchem = Meldingen.wettelijk();
        Werkproces afgesloten = werkproces("lpa-doetinchem", doetinchem);
        sluitAf(afgesloten, "lpa-doetinchem", null);
        // the same Jongere again: a new werkproces in the same Dossier, still open
        Map<String, Object> opnieuw = Meldingen.wettelijk();
        Meldingen.jongere(opnieuw).putAll(Meldingen.jongere(doetinchem));
        Werkproces open = werkproces("lpa-doetinchem", opnieuw);
        assertThat(open.dossier()).isEqualTo(afgesloten.dossier());
        Map<String, Object> aalten = Meldingen.wettelijk();
        Meldingen.jongere(aalten).put("woongemeente", "Aalten");
        Werkproces tweeJaar = werkproces("lpa-aalten", aalten);
        sluitAf(tweeJaar, "lpa-aalten", null);
        Werkproces geoorloofd = werkproces("lpa-doetinchem", Meldingen.wettelijk());
        sluitAf(geoorloofd, "lpa-doetinchem", "GEOORLOOFD");
        List<Werkproces> alle = List.of(afgesloten, open, tweeJaar, geoorloofd);
        alle.forEach(this::vulAan);
        vsvTraject(afgesloten);
        vsvTraject(tweeJaar);
        vsvTraject(geoorloofd);

        Instant einde = eindeVan(afgesloten);
        nacht(einde.plus(Duration.ofHours(2)));

        Instant eenJaar = naAfloopVan(eindeVan(geoorloofd), Period.ofYears(1));
        Instant tweeJaren = naAfloopVan(eindeVan(tweeJaar), Period.ofYears(2));
        Instant vijfJaar = naAfloopVan(einde, Period.ofYears(5));
        assertThat(verwijderenOp(geoorloofd.instantie())).isEqualTo(eenJaar);
        assertThat(verwijderenOp(tweeJaar.instantie())).isEqualTo(tweeJaren);
        assertThat(verwijderenOp(afgesloten.instantie())).isEqualTo(vijfJaar);
        assertThat(verwijderenOp(open.instantie())).isNull();
        for (Werkproces werkproces : List.of(geoorloofd, tweeJaar, afgesloten)) {
            assertThat(jdbc.queryForList("select distinct REMOVAL_TIME_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ?",
                    Timestamp.class, werkproces.instantie())).extracting(Timestamp::toInstant)
                    .containsExactly(verwijderenOp(werkproces.instantie()));
        }

        // A minute before the end of the geoorloofd werkproces's year nothing goes; the night after, it does.
        nacht(eenJaar.minus(Duration.ofMinutes(1)));
        alle.forEach(werkproces -> assertThat(rijenVan(werkproces)).as(werkproces.toString()).allSatisfy(aanwezig()));
        nacht(eenJaar.plus(Duration.ofMinutes(30)));
        assertThat(rijenVan(geoorloofd)).allSatisfy(weg());
        assertThat(dossierRijen(geoorloofd)).allSatisfy(weg());
        List.of(afgesloten, open, tweeJaar).forEach(werkproces -> assertThat(rijenVan(werkproces)).allSatisfy(aanwezig()));
        opruimen(eenJaar.plus(Duration.ofHours(1)));
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(geoorloofd.instantie()).count()).isZero();
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(tweeJaar.instantie()).count()).isOne();

        // Aalten keeps 2 years.
        nacht(tweeJaren.minus(Duration.ofMinutes(1)));
        assertThat(rijenVan(tweeJaar)).allSatisfy(aanwezig());
        assertThat(dossierRijen(tweeJaar)).allSatisfy(aanwezig());
        nacht(tweeJaren.plus(Duration.ofMinutes(30)));
        assertThat(rijenVan(tweeJaar)).allSatisfy(weg());
        assertThat(dossierRijen(tweeJaar)).allSatisfy(weg());
        opruimen(tweeJaren.plus(Duration.ofHours(1)));
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(tweeJaar.instantie()).count()).isZero();

        // Doetinchem keeps 5 years; the Dossier with the open werkproces stays, with all of that werkproces.
        nacht(vijfJaar.minus(Duration.ofMinutes(1)));
        assertThat(rijenVan(afgesloten)).allSatisfy(aanwezig());
        nacht(vijfJaar.plus(Duration.ofMinutes(30)));
        assertThat(rijenVan(afgesloten)).allSatisfy(weg());
        assertThat(rijenVan(open)).allSatisfy(aanwezig());
        assertThat(dossierRijen(open)).allSatisfy(aanwezig());
        opruimen(vijfJaar.plus(Duration.ofHours(1)));
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(afgesloten.instantie()).count()).isZero();
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(open.instantie()).count()).isOne();

        // A second run removes nothing more.
        nacht(vijfJaar.plus(Duration.ofDays(1)));
        assertThat(rijenVan(open)).allSatisfy(aanwezig());
        assertThat(dossierRijen(open)).allSatisfy(aanwezig());
    }

    /**
     * MAS §10, §8: a Dossier whose werkprocessen are gone stays while it has a VsvTraject waiting for its next
     * werkproces (moved to this Dossier) or an open verhuizing; the werkprocessen's own rows go all the same.
     */
    @Test
    void eenDossierMetEenWachtendTrajectOfEenOpenVerhuizingBlijft() {
        Werkproces metTraject = werkproces("lpa-doetinchem", Meldingen.wettelijk());
        sluitAf(metTraject, "lpa-doetinchem", null);
        Werkproces metVerhuizing = werkproces("lpa-doetinchem", Meldingen.wettelijk());
        sluitAf(metVerhuizing, "lpa-doetinchem", null);
        jdbc.update("insert into vsv_traject (id, dossier_id, werkproces_id, gemeente_id, status, uitvaldatum) "
                + "select ?, id, null, gemeente_id, 'IN_BEHANDELING', current_date from dossier where id = ?",
                VOLGNUMMER.incrementAndGet(), metTraject.dossier());
        jdbc.update("insert into verhuizing (id, jongere_id, van_dossier_id, naar_dossier_id, meldingsdatum, gemeld_op, "
                + "status, afgehandeld_op) values (?, ?, ?, ?, current_date, current_timestamp, 'GEMELD', null)",
                VOLGNUMMER.incrementAndGet(), metVerhuizing.jongere(), metVerhuizing.dossier(), metVerhuizing.dossier());
        List.of(metTraject, metVerhuizing).forEach(this::vulAan);
        nacht(eindeVan(metVerhuizing).plus(Duration.ofHours(2)));

        // metVerhuizing ended last
        nacht(naAfloopVan(eindeVan(metVerhuizing), Period.ofYears(5)).plus(Duration.ofMinutes(30)));

        for (Werkproces werkproces : List.of(metTraject, metVerhuizing)) {
            assertThat(rijenVan(werkproces)).as(werkproces.toString()).allSatisfy(weg());
            assertThat(dossierRijen(werkproces)).as(werkproces.toString()).allSatisfy(aanwezig());
        }
        assertThat(tel("select count(*) from vsv_traject where dossier_id = ?", metTraject.dossier())).isOne();
        assertThat(tel("select count(*) from verhuizing where van_dossier_id = ?", metVerhuizing.dossier())).isOne();
    }

    /**
     * Migration V55 (MAS §10): a werkproces that ended before V54 gets the removal time its history already has, so its
     * rows go with that history; an open one gets none.
     */
    @Test
    void eenEerderAfgeslotenWerkprocesGaatMetZijnHistorie() throws IOException {
        String afgesloten = beeindigdWerkproces();
        Werkproces open = werkproces("lpa-doetinchem", Meldingen.wettelijk());
        Date historieWeg = historie.createHistoricProcessInstanceQuery().processInstanceId(afgesloten).singleResult()
                .getRemovalTime();
        assertThat(historieWeg).isNotNull();
        assertThat(verwijderenOp(afgesloten)).isNull();

        String database = jdbc.execute((ConnectionCallback<String>) verbinding ->
                verbinding.getMetaData().getDatabaseProductName()).toLowerCase(Locale.ROOT);
        jdbc.execute(new ClassPathResource("db/vendor/" + database + "/V55__verwijderen_op_van_afgelopen_werkprocessen.sql")
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(verwijderenOp(afgesloten)).isEqualTo(historieWeg.toInstant());
        assertThat(verwijderenOp(open.instantie())).isNull();
    }

    /** One werkproces: its id, its process instance, its Dossier and its Jongere. */
    record Werkproces(long id, String instantie, long dossier, long jongere) {
    }

    private Werkproces werkproces(String lpa, Map<String, Object> melding) {
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth(lpa, "demo").postForEntity("/api/meldingen", melding,
                JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = antwoord.getBody().get("werkprocesId").asLong();
        Map<String, Object> rij = jdbc.queryForMap("select w.process_instance_id, w.dossier_id, d.jongere_id "
                + "from werkproces w join dossier d on d.id = w.dossier_id where w.id = ?", id);
        return new Werkproces(id, (String) rij.get("process_instance_id"), ((Number) rij.get("dossier_id")).longValue(),
                ((Number) rij.get("jongere_id")).longValue());
    }

    /**
     * Closes the werkproces at triage, as the officer: "geoorloofd" with {@code afsluiting} GEOORLOOFD (set here too, as
     * the contract says the werkproces sets it), else as a duplicate, which leaves it unset.
     */
    private void sluitAf(Werkproces werkproces, String lpa, String afsluiting) {
        Task triage = taken.createTaskQuery().processInstanceId(werkproces.instantie()).singleResult();
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("triageBesluit", Map.of("value", afsluiting == null ? "DUBBEL" : "GEOORLOOFD"));
        if (afsluiting != null) {
            variabelen.put("afsluiting", Map.of("value", afsluiting));
        }
        assertThat(http.withBasicAuth(lpa, "demo").postForEntity("/engine-rest/task/" + triage.getId() + "/complete",
                Map.of("variables", variabelen), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(eindeVan(werkproces)).isNotNull();
    }

    /** A new version of decision bewaartermijn, as a beheerder deploys it: Aalten keeps 2 years. */
    private void aaltenBewaartTweeJaar() throws IOException {
        String model = Files.readString(Path.of("processes", "bewaartermijn.dmn"));
        String aalten = """
                <rule id="Rule_aalten">
                        <inputEntry id="Rule_aalten_in0"><text>"GM0197"</text></inputEntry>
                        <inputEntry id="Rule_aalten_in1"><text></text></inputEntry>
                        <inputEntry id="Rule_aalten_in2"><text></text></inputEntry>
                        <outputEntry id="Rule_aalten_out0"><text>2</text></outputEntry>
                        <outputEntry id="Rule_aalten_out1"><text>0</text></outputEntry>
                        <outputEntry id="Rule_aalten_out2"><text>0</text></outputEntry>
                      </rule>
                      <rule id="Rule_vrijstelling_verlof">""";
        assertThat(model).contains("<rule id=\"Rule_vrijstelling_verlof\">");
        eigenBewaartermijn = modellen.createDeployment().name("bewaartermijn-aalten")
                .addString("processes/bewaartermijn.dmn", model.replace("<rule id=\"Rule_vrijstelling_verlof\">", aalten))
                .deploy().getId();
    }

    /** One row in each of our tables that hang on a werkproces, and an ouder and an access in its Dossier. */
    private void vulAan(Werkproces werkproces) {
        long id = werkproces.id();
        long dossier = werkproces.dossier();
        jdbc.update("insert into routebesluit (id, werkproces_id, geadviseerd, gekozen, besloten_op) "
                + "values (?, ?, 'HALT', 'HALT', current_timestamp)", VOLGNUMMER.incrementAndGet(), id);
        jdbc.update("insert into interventie (id, werkproces_id, soort, gestart_op) values (?, ?, 'HALT', current_timestamp)",
                VOLGNUMMER.incrementAndGet(), id);
        jdbc.update("insert into proces_verbaal (id, werkproces_id, tegen_ouders, tegen_jongere, opgemaakt_op) "
                + "values (?, ?, true, false, current_timestamp)", VOLGNUMMER.incrementAndGet(), id);
        jdbc.update("insert into dsp_overdracht (id, dossier_id, werkproces_id, overgedragen_op) "
                + "values (?, ?, ?, current_timestamp)", VOLGNUMMER.incrementAndGet(), dossier, id);
        jdbc.update("insert into document (id, dossier_id, werkproces_id, soort, titel, inhoud, aangemaakt_op) "
                + "values (?, ?, ?, 'BRIEF', 'Uitnodiging', 'tekst', current_timestamp)", VOLGNUMMER.incrementAndGet(),
                dossier, id);
        jdbc.update("insert into notitie (dossier_id, werkproces_id, process_instance_id, veld, geschreven_op, tekst) "
                + "values (?, ?, ?, 'notitie', current_timestamp, 'tekst')", dossier, id, werkproces.instantie());
        jdbc.update("insert into thuiszitter (id, dossier_id, werkproces_id, reden, sinds, aangemeld_bij_tafel) "
                + "values (?, ?, ?, 'ABSOLUUT', current_date, false)", VOLGNUMMER.incrementAndGet(), dossier, id);
        jdbc.update("insert into taak_herverdeling (task_id, process_instance_id, naar, reden, door, op) "
                + "values ('taak', ?, 'lpa-doetinchem-2', 'verlof', 'teamleider', current_timestamp)", werkproces.instantie());
        jdbc.update("insert into vervaldatum_wijziging (task_id, process_instance_id, nieuwe_vervaldatum, motivering, door, op) "
                + "values ('taak', ?, current_timestamp, 'ziek', 'teamleider', current_timestamp)", werkproces.instantie());
        jdbc.update("insert into verzorger (id, dossier_id, naam, naam_sleutel, bron, gewijzigd_op) "
                + "values (?, ?, 'Ouder', ?, 'AMBTENAAR', current_timestamp) ", VOLGNUMMER.incrementAndGet(), dossier,
                "ouder " + id);
        jdbc.update("insert into dossier_inzage (id, dossier_id, gebruiker, tijdstip, via) "
                + "values (?, ?, 'lpa-doetinchem', current_timestamp, 'test')", VOLGNUMMER.incrementAndGet(), dossier);
    }

    /** The Dossier's one VsvTraject, carried by this werkproces, with a contact attempt and a monitoring check. */
    private void vsvTraject(Werkproces werkproces) {
        metTraject.add(werkproces.id());
        long traject = VOLGNUMMER.incrementAndGet();
        jdbc.update("insert into vsv_traject (id, dossier_id, werkproces_id, gemeente_id, status, uitvaldatum) "
                + "select ?, id, ?, gemeente_id, 'MONITORING', current_date from dossier where id = ?",
                traject, werkproces.id(), werkproces.dossier());
        jdbc.update("insert into contactpoging (id, vsv_traject_id, soort, datum, uitkomst) "
                + "values (?, ?, 'TELEFOON', current_date, 'BEREIKT')", VOLGNUMMER.incrementAndGet(), traject);
        jdbc.update("insert into monitoring_controle (id, vsv_traject_id, datum, resultaat, vervolg) "
                + "values (?, ?, current_date, 'WERK', 'MONITORING')", VOLGNUMMER.incrementAndGet(), traject);
    }

    /** Rows of each of our tables that hang on the werkproces. */
    private Map<String, Integer> rijenVan(Werkproces werkproces) {
        Map<String, Integer> rijen = new LinkedHashMap<>();
        for (String tabel : List.of("melding", "routebesluit", "interventie", "proces_verbaal", "dsp_overdracht",
                "document", "notitie", "thuiszitter")) {
            rijen.put(tabel, tel("select count(*) from " + tabel + " where werkproces_id = ?", werkproces.id()));
        }
        rijen.put("werkproces", tel("select count(*) from werkproces where id = ?", werkproces.id()));
        for (String tabel : List.of("taak_herverdeling", "vervaldatum_wijziging")) {
            rijen.put(tabel, tel("select count(*) from " + tabel + " where process_instance_id = ?", werkproces.instantie()));
        }
        if (metTraject.contains(werkproces.id())) {
            rijen.put("vsv_traject", tel("select count(*) from vsv_traject where werkproces_id = ?", werkproces.id()));
            rijen.put("contactpoging", tel("select count(*) from contactpoging c join vsv_traject v "
                    + "on v.id = c.vsv_traject_id where v.werkproces_id = ?", werkproces.id()));
            rijen.put("monitoring_controle", tel("select count(*) from monitoring_controle c join vsv_traject v "
                    + "on v.id = c.vsv_traject_id where v.werkproces_id = ?", werkproces.id()));
        }
        return rijen;
    }

    /** The Dossier of the werkproces, its ouders/verzorgers, its access log and its Jongere. */
    private Map<String, Integer> dossierRijen(Werkproces werkproces) {
        Map<String, Integer> rijen = new LinkedHashMap<>();
        rijen.put("dossier", tel("select count(*) from dossier where id = ?", werkproces.dossier()));
        rijen.put("dossier_inzage", tel("select count(*) from dossier_inzage where dossier_id = ?", werkproces.dossier()));
        rijen.put("verzorger", tel("select count(*) from verzorger where dossier_id = ?", werkproces.dossier()));
        rijen.put("jongere", tel("select count(*) from jongere where id = ?", werkproces.jongere()));
        return rijen;
    }

    private int tel(String sql, Object parameter) {
        return jdbc.queryForObject(sql, Integer.class, parameter);
    }

    private static BiConsumer<String, Integer> aanwezig() {
        return (tabel, aantal) -> assertThat(aantal).as(tabel).isPositive();
    }

    private static BiConsumer<String, Integer> weg() {
        return (tabel, aantal) -> assertThat(aantal).as(tabel).isZero();
    }

    private Instant eindeVan(Werkproces werkproces) {
        Date einde = historie.createHistoricProcessInstanceQuery().processInstanceId(werkproces.instantie())
                .singleResult().getEndTime();
        return einde == null ? null : einde.toInstant();
    }

    private Instant verwijderenOp(String instantie) {
        Timestamp op = jdbc.queryForObject("select verwijderen_op from werkproces where process_instance_id = ?",
                Timestamp.class, instantie);
        return op == null ? null : op.toInstant();
    }

    /** The start of the day after the day of {@code einde} plus the retention, in the Netherlands. */
    private static Instant naAfloopVan(Instant einde, Period bewaartermijn) {
        return einde.atZone(NEDERLAND).toLocalDate().plus(bewaartermijn).plusDays(1).atStartOfDay(NEDERLAND).toInstant();
    }

    /** A werkproces started by intake and closed at triage as a duplicate (not geoorloofd), at the engine's current time. */
    private String beeindigdWerkproces() {
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth("lpa-doetinchem", "demo")
                .postForEntity("/api/meldingen", Meldingen.wettelijk(), JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Task triage = taken.createTaskQuery()
                .processVariableValueEquals("werkprocesId", antwoord.getBody().get("werkprocesId").asLong())
                .singleResult();
        // As the officer, through Camunda's API: the user operation log records it.
        assertThat(http.withBasicAuth("lpa-doetinchem", "demo").postForEntity("/engine-rest/task/" + triage.getId()
                        + "/complete", Map.of("variables", Map.of("triageBesluit", Map.of("value", "DUBBEL"))), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(triage.getProcessInstanceId())
                .singleResult().getEndTime()).isNotNull();
        return triage.getProcessInstanceId();
    }

    /** Runs historie-verwijdertijd at {@code moment} as its timer would, and the batch it starts, if any. */
    private void nacht(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        List<String> eerder = beheer.createBatchQuery().list().stream().map(Batch::getId).toList();
        Job timer = beheer.createJobQuery().processDefinitionKey("historie-verwijdertijd").timers().singleResult();
        beheer.executeJob(timer.getId());
        beheer.createBatchQuery().type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).list().stream()
                .filter(batch -> !eerder.contains(batch.getId())).forEach(batch -> Batchjobs.voerUit(beheer, batch));
    }

    private void opruimen(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        Job opruimen = historie.cleanUpHistoryAsync(true);
        beheer.executeJob(opruimen.getId());
    }

    private Map<String, Integer> rijen(String instantie) {
        return HISTORIE.stream().collect(Collectors.toMap(tabel -> tabel, tabel -> jdbc.queryForObject(
                "select count(*) from " + tabel + " where ROOT_PROC_INST_ID_ = ?", Integer.class, instantie)));
    }

    private int zonderVerwijdertijd(String tabel, String instantie) {
        return jdbc.queryForObject("select count(*) from " + tabel + " where ROOT_PROC_INST_ID_ = ? and REMOVAL_TIME_ is null",
                Integer.class, instantie);
    }
}
