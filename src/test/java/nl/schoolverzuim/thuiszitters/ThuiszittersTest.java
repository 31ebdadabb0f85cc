package nl.schoolverzuim.thuiszitters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.Bpmn;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Samenwerkingsverband;
import nl.schoolverzuim.organisatie.SamenwerkingsverbandRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.testsupport.WerkprocesTest;
import nl.schoolverzuim.toegang.IdentityInrichting;

/** Thuiszitters (MAS §5, §6): detection, the thuiszitterstafel with its escalations, and the 3-monthly overview. */
class ThuiszittersTest extends WerkprocesTest {

    @Autowired
    ThuiszitterRepository thuiszitters;
    @Autowired
    ThuiszittersOverzichten overzichten;
    @Autowired
    SamenwerkingsverbandRepository samenwerkingsverbanden;
    @Autowired
    GemeenteRepository gemeenten;
    @Autowired
    RegioRepository regios;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityInrichting identiteit;
    @Autowired
    TafelvoorzitterPerRegio perRegio;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService historie;

    Werkproces leerplicht(String soort, String gemeente) {
        Werkproces w = melding(new NieuweMelding(null, soort, vandaag().toString(), nieuweJongere(14, gemeente),
                "ABSOLUUT".equals(soort) ? null : new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                "ABSOLUUT".equals(soort) ? 0 : 120, 0, false, null, null));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        return w;
    }

    /**
     * Runs the nightly detection of processes/thuiszitters-signaleren.bpmn with the engine clock on {@code datum}. The
     * job is run directly: earlier tests in this context may have moved its next night past {@code datum}.
     */
    void signaleerOp(LocalDate datum) {
        ClockUtil.setCurrentTime(Date.from(datum.atTime(LocalTime.of(3, 0)).atZone(NL).toInstant()));
        Job nacht = management.createJobQuery().processDefinitionKey("thuiszitters-signaleren").timers().singleResult();
        assertThat(nacht).as("nachtelijke timer van thuiszitters-signaleren").isNotNull();
        management.executeJob(nacht.getId());
    }

    Thuiszitter thuiszitter(Werkproces w) {
        return thuiszitters.findByWerkprocesId(w.id()).orElse(null);
    }

    ProcessInstance tafel(Werkproces w) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .variableValueEquals("dossierId", w.dossierId()).singleResult();
    }

    // --- MAS §6: detection ----------------------------------------------------------------------------------------

    /** A Monday: 27 April (Koningsdag) and 5 May 2026 fall in the weeks after it. */
    static final LocalDate MAANDAG = LocalDate.of(2026, 3, 2);

    static void op(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(NL).toInstant()));
    }

    static Date eindeWerkdag(LocalDate dag) {
        return Date.from(dag.atTime(17, 0).atZone(NL).toInstant());
    }

    @Test
    // MAS §6: not enrolled (ABSOLUUT) is a thuiszitter from the first day, "sinds" the first day without a school.
    void absoluutVerzuimIsThuiszitterVanafDeEersteDagNietIngeschreven() {
        op(MAANDAG.atTime(1, 0));
        LocalDate uitgeschreven = MAANDAG.minusDays(10);
        Werkproces w = leerplicht("ABSOLUUT", "Doetinchem");
        runtime.setVariable(w.instantie().getId(), Thuiszitters.UITSCHRIJFDATUM, Variabelen.alsDate(uitgeschreven));

        signaleerOp(MAANDAG);

        assertThat(thuiszitter(w).getSinds()).isEqualTo(uitgeschreven);
        assertThat(thuiszitter(w).getReden()).isEqualTo("Niet ingeschreven");
        assertThat(runtime.getVariable(w.instantie().getId(), "thuiszitterSinds")).isEqualTo(Variabelen.alsDate(uitgeschreven));
        ProcessInstance tafel = tafel(w);
        assertThat(tafel).isWaitingAt("ThuiszitterAanmelden");
        assertThat(taken.getIdentityLinksForTask(task("ThuiszitterAanmelden", tafel).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("leerplicht-doetinchem");
        // MAS §5: the tafel's own row THUISZITTER_AANMELDEN, 5 werkdagen from the night it was signalled.
        assertThat(task("ThuiszitterAanmelden", tafel).getDueDate()).isEqualTo(eindeWerkdag(LocalDate.of(2026, 3, 9)));
    }

    @Test
    // MAS §6: without an uitschrijfdatum the melding is the first known day without a school; no 4-week wait.
    void absoluutVerzuimZonderUitschrijfdatumIsThuiszitterSindsDeMelding() {
        op(MAANDAG.atTime(1, 0));
        Werkproces w = leerplicht("ABSOLUUT", "Doetinchem");

        signaleerOp(MAANDAG);

        assertThat(thuiszitter(w).getSinds()).isEqualTo(MAANDAG);
        assertThat(tafel(w)).isWaitingAt("ThuiszitterAanmelden");
    }

    @Test
    // MAS §2, §6: a Jongere with a startkwalificatie is no longer kwalificatieplichtig, so no thuiszitter.
    void metEenStartkwalificatieGeenThuiszitter() {
        Werkproces metDiploma = leerplicht("LANGDURIG_RELATIEF", "Aalten");
        runtime.setVariable(metDiploma.instantie().getId(), Thuiszitters.STARTKWALIFICATIE, true);
        Werkproces onbekend = leerplicht("LANGDURIG_RELATIEF", "Aalten");

        signaleerOp(vandaag().plusDays(1));

        assertThat(thuiszitter(metDiploma)).isNull();
        assertThat(thuiszitter(onbekend)).as("startkwalificatie onbekend telt niet als behaald").isNotNull();
    }

    @Test
    // MAS §3, §6: a LANGDURIG_RELATIEF melding is itself more than 4 weeks of absence; WETTELIJK never is.
    void langdurigRelatiefVerzuimIsMeteenThuiszitterWettelijkNooit() {
        Werkproces langdurig = leerplicht("LANGDURIG_RELATIEF", "Aalten");
        Werkproces wettelijk = leerplicht("WETTELIJK", "Aalten");

        signaleerOp(vandaag().plusDays(60));

        assertThat(thuiszitter(langdurig)).isNotNull();
        assertThat(thuiszitter(wettelijk)).isNull();
    }

    @Test
    void eenVrijstellingBeeindigtHetThuiszitten() {
        Werkproces w = leerplicht("ABSOLUUT", "Doetinchem");
        signaleerOp(vandaag().plusDays(30));
        assertThat(thuiszitter(w).getBeeindigdOp()).isNull();

        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "vrijstelling 5a");
        voltooi(w.instantie(), "WerkprocesAfsluiten", "resultaat", "VRIJSTELLING", "afsluitReden", "OP_ZOEK_NAAR_PASSEND_ONDERWIJS");

        assertThat(thuiszitter(w).getBeeindigingsreden()).isEqualTo("VRIJSTELLING");
        assertThat(thuiszitter(w).getBeeindigdOp()).isEqualTo(vandaag());
    }

    // --- MAS §6: the thuiszitterstafel -----------------------------------------------------------------------------

    @Test
    void nietAangemeldBijDeTafel() {
        Werkproces w = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        signaleerOp(vandaag().plusDays(1));

        ProcessInstance tafel = tafel(w);

        voltooi(tafel, "ThuiszitterAanmelden", "aanmelden", "NEE", "aanmeldingMotivering", "gaat volgende week naar school");

        assertThat(tafel).hasPassed("NietAangemeld").isEnded();
        assertThat(thuiszitter(w).isAangemeldBijTafel()).isFalse();
    }

    ProcessInstance totPlan(Werkproces w, LocalDate streefdatum) {
        signaleerOp(vandaag().plusDays(1));
        ProcessInstance tafel = tafel(w);
        voltooi(tafel, "ThuiszitterAanmelden", "aanmelden", "JA", "aanmeldingMotivering", "al 2 maanden thuis");
        voltooi(tafel, "TafelVoorbereiden", "tafelDatum", Date.from(vandaag().plusDays(7).atStartOfDay(NL).toInstant()),
                "voorbereiding", "angstklachten, geen passend aanbod");
        assertThat(taken.getIdentityLinksForTask(task("TafelHouden", tafel).getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("tafelvoorzitter-achterhoek");
        voltooi(tafel, "TafelHouden", "deelnemerSchool", true, "deelnemerSamenwerkingsverband", true,
                "deelnemerSchoolarts", true, "tafelAdvies", "tussenvoorziening met zorg", "regiehouder", "M. Jansen, wijkteam",
                "plan", "4 weken opbouw in tussenvoorziening", "streefdatum", Date.from(streefdatum.atStartOfDay(NL).toInstant()));
        return tafel;
    }

    @Test
    void tafelMetPlanEvaluatiesTotDeJongereEenPlekHeeft() {
        Werkproces w = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        ProcessInstance tafel = totPlan(w, vandaag().plusDays(21));
        assertThat(thuiszitter(w).getRegiehouder()).isEqualTo("M. Jansen, wijkteam");
        assertThat(thuiszitter(w).isAangemeldBijTafel()).isTrue();
        assertThat(thuiszitter(w).getTafelDeelnemers()).isEqualTo("samenwerkingsverband, school, schoolarts");
        var dossier = http.withBasicAuth("lpa-doetinchem", "demo")
                .getForObject("/api/dossiers/" + w.dossierId(), com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(dossier.get("onderdelen").get("thuiszitter").get("regiehouder").asText()).isEqualTo("M. Jansen, wijkteam");
        assertThat(dossier.get("onderdelen").get("thuiszitter").get("tafelAdvies").asText()).isEqualTo("tussenvoorziening met zorg");

        totTimer(tafel, "Evaluatiemoment");
        voltooi(tafel, "PlanEvalueren", "tafelUitkomst", "LOOPT", "evaluatie", "opbouw loopt",
                "nieuweStreefdatum", Date.from(vandaag().plusDays(30).atStartOfDay(NL).toInstant()));
        assertThat(thuiszitter(w).getStreefdatum()).isEqualTo(vandaag().plusDays(30));
        totTimer(tafel, "Evaluatiemoment");
        voltooi(tafel, "PlanEvalueren", "tafelUitkomst", "TUSSENVOORZIENING", "evaluatie", "geplaatst");

        assertThat(tafel).hasPassed("PlanAfgerond", "TafelAfgerond").isEnded();
        assertThat(thuiszitter(w).getBeeindigingsreden()).isEqualTo("TUSSENVOORZIENING");
    }

    @Test
    // MAS §5: a passend aanbod within 3 months of becoming thuiszitter (row THUISZITTER_AANBOD).
    void geenPassendAanbodBinnenDrieMaandenEscaleertNaarTeamleiderEnVoorzitter() {
        op(MAANDAG.atTime(9, 0));
        Werkproces w = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        ProcessInstance tafel = totPlan(w, MAANDAG.plusMonths(5));
        assertThat(thuiszitter(w).getSinds()).isEqualTo(MAANDAG);
        Job drieMaanden = timer(tafel, "GeenAanbodBinnenDrieMaanden");
        assertThat(drieMaanden.getDuedate()).isEqualTo(eindeWerkdag(LocalDate.of(2026, 6, 2)));
        // MAS §6: the tafel is due on the day it was planned for (row TAFEL_HOUDEN, 0 dagen).
        assertThat(historie.createHistoricTaskInstanceQuery().processInstanceId(tafel.getId())
                .taskDefinitionKey("TafelHouden").singleResult().getDueDate()).isEqualTo(eindeWerkdag(MAANDAG.plusDays(8)));
        op(LocalDate.of(2026, 6, 2).atTime(16, 59));
        assertThat(management.createJobQuery().jobId(drieMaanden.getId()).executable().count()).isZero();

        totTimer(tafel, "GeenAanbodBinnenDrieMaanden");

        assertThat(tafel).isWaitingAt("AanbodEscaleren", "Evaluatiemoment");
        assertThat(taken.getIdentityLinksForTask(task("AanbodEscaleren", tafel).getId())).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("teamleider-achterhoek", "tafelvoorzitter-achterhoek");
        voltooi(tafel, "AanbodEscaleren", "escalatieBesluit", "extra plek gevraagd bij het samenwerkingsverband");
        assertThat(tafel).isWaitingAt("Evaluatiemoment");
    }

    @Test
    void deVoorzitterVanEenAndereRegioZietNochClaimtDeTafel() {
        // MAS §10: the tafel of a Jongere of the Achterhoek goes to the voorzitter of the Achterhoek, no other.
        Regio twente = transactie.execute(status -> twente());
        identiteit.synchroniseer();
        identiteit.gebruiker("voorzitter-twente-test", "Voorzitter", "Twente", "demo",
                List.of(Teams.tafelvoorzitter(twente)));
        Werkproces w = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        signaleerOp(vandaag().plusDays(1));
        ProcessInstance tafel = tafel(w);
        voltooi(tafel, "ThuiszitterAanmelden", "aanmelden", "JA", "aanmeldingMotivering", "al 2 maanden thuis");
        voltooi(tafel, "TafelVoorbereiden", "tafelDatum", Date.from(vandaag().plusDays(7).atStartOfDay(NL).toInstant()),
                "voorbereiding", "geen passend aanbod");
        String taak = task("TafelHouden", tafel).getId();
        String adres = "/engine-rest/task?processInstanceId=" + tafel.getId();

        assertThat(http.withBasicAuth("voorzitter-twente-test", "demo").getForObject(adres, JsonNode.class)).isEmpty();
        assertThat(http.withBasicAuth("voorzitter-twente-test", "demo").postForEntity("/engine-rest/task/" + taak
                + "/claim", Map.of("userId", "voorzitter-twente-test"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task("TafelHouden", tafel).getAssignee()).isNull();

        assertThat(http.withBasicAuth("voorzitter", "demo").getForObject(adres, JsonNode.class))
                .extracting(t -> t.get("id").asText()).containsExactly(taak);
        assertThat(http.withBasicAuth("voorzitter", "demo").postForEntity("/engine-rest/task/" + taak + "/claim",
                Map.of("userId", "voorzitter"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task("TafelHouden", tafel).getAssignee()).isEqualTo("voorzitter");
    }

    @Test
    void takenVanEerdereVersiesGaanNaarDeVoorzitterVanDeRegio() {
        // MAS §10: a version deployed before named the national group; its tasks move to the regio's voorzitter.
        repository.createDeployment().addModelInstance("tafel-eerdere-versie.bpmn", Bpmn
                .createExecutableProcess("tafel-eerdere-versie").camundaHistoryTimeToLive(1).startEvent()
                .userTask("TafelHouden").camundaCandidateGroups(Teams.TAFELVOORZITTER).endEvent().done()).deploy();
        ProcessInstance oud = runtime.startProcessInstanceByKey("tafel-eerdere-versie", Map.of("regio", "achterhoek"));
        String taak = task("TafelHouden", oud).getId();
        assertThat(taken.getIdentityLinksForTask(taak)).extracting(IdentityLink::getGroupId)
                .containsExactly("tafelvoorzitter-achterhoek");

        // A task created before the upgrade is moved at start-up.
        taken.addCandidateGroup(taak, Teams.TAFELVOORZITTER);
        taken.deleteCandidateGroup(taak, "tafelvoorzitter-achterhoek");
        perRegio.run(null);
        assertThat(taken.getIdentityLinksForTask(taak)).extracting(IdentityLink::getGroupId)
                .containsExactly("tafelvoorzitter-achterhoek");
    }

    private Regio twente() {
        return regios.findByCode("twente").orElseGet(() -> regios.save(new Regio("twente", "Twente")));
    }

    @Test
    // MAS §5: an evaluation overdue by 5 werkdagen (row ESCALATIE) goes to teamleider and voorzitter; the werkdagen
    // skip the weekend of 25-26 April and Koningsdag (Monday 27 April 2026).
    void eenVerlopenEvaluatieEscaleert() {
        op(MAANDAG.atTime(9, 0));
        Werkproces w = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        LocalDate streefdatum = LocalDate.of(2026, 4, 23);
        ProcessInstance tafel = totPlan(w, streefdatum);
        assertThat(timer(tafel, "Evaluatiemoment").getDuedate()).isEqualTo(Variabelen.alsDate(streefdatum));
        totTimer(tafel, "Evaluatiemoment");
        Job verlopen = timer(tafel, "EvaluatieVerlopen");
        assertThat(verlopen.getDuedate()).isEqualTo(eindeWerkdag(LocalDate.of(2026, 5, 1)));
        op(LocalDate.of(2026, 5, 1).atTime(16, 59));
        assertThat(management.createJobQuery().jobId(verlopen.getId()).executable().count()).isZero();

        totTimer(tafel, "EvaluatieVerlopen");

        assertThat(tafel).isWaitingAt("PlanEvalueren", "EvaluatieEscaleren");
        assertThat(runtime.getVariables(tafel.getId())).doesNotContainKey("escalatieReden");
        assertThat(taken.getVariable(task("EvaluatieEscaleren", tafel).getId(), "escalatieReden"))
                .isEqualTo("Evaluatie van het plan is verlopen");
    }

    // --- MAS §5, §6: the 3-monthly overview per samenwerkingsverband -------------------------------------------------

    @Test
    void hetKwartaaloverzichtBevatDeJuisteJongerenEnGeenVanAndereSamenwerkingsverbanden() {
        Samenwerkingsverband ander = transactie.execute(status -> {
            Samenwerkingsverband swv = samenwerkingsverbanden.save(new Samenwerkingsverband("swv-oost", "SWV Oost"));
            gemeenten.findByLowerCaseNaam("winterswijk").orElseThrow().setSamenwerkingsverband(swv);
            return swv;
        });
        Werkproces doetinchem = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        Werkproces winterswijk = leerplicht("LANGDURIG_RELATIEF", "Winterswijk");
        Werkproces terugOpSchool = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        signaleerOp(vandaag().plusDays(1));
        voltooi(terugOpSchool.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "-");
        voltooi(terugOpSchool.instantie(), "WerkprocesAfsluiten", "resultaat", "TERUG_NAAR_SCHOOL");
        LocalDate peildatum = vandaag().plusDays(2);

        ThuiszittersOverzicht achterhoek = transactie.execute(status -> overzichten.maak(
                gemeenten.findByLowerCaseNaam("doetinchem").orElseThrow().getSamenwerkingsverband(), peildatum));
        ThuiszittersOverzicht oost = transactie.execute(status -> overzichten.maak(
                samenwerkingsverbanden.findById(ander.getId()).orElseThrow(), peildatum));

        String naamDoetinchem = naam(doetinchem);
        assertThat(achterhoek.getCsv()).startsWith(ThuiszittersOverzichten.KOP).contains(naamDoetinchem)
                .doesNotContain(naam(winterswijk)).doesNotContain(naam(terugOpSchool));
        assertThat(achterhoek.getAantal()).isEqualTo((int) achterhoek.getCsv().lines().count() - 1);
        assertThat(oost.getCsv()).contains(naam(winterswijk)).doesNotContain(naamDoetinchem);
        assertThat(oost.getAantal()).isEqualTo(1);

        var lijst = http.withBasicAuth("teamleider", "demo").getForEntity("/api/thuiszitters/overzichten", List.class);
        assertThat(lijst.getStatusCode()).isEqualTo(HttpStatus.OK);
        String csv = http.withBasicAuth("teamleider", "demo")
                .getForObject("/api/thuiszitters/overzichten/" + oost.getId() + ".csv", String.class);
        assertThat(csv).contains(naam(winterswijk));
        assertThat(http.withBasicAuth("lpa-doetinchem", "demo")
                .getForEntity("/api/thuiszitters/overzichten", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // MAS §10: the thuiszitters are leerplichtig Jongeren; the Doorstroompunt reads no overview of them.
        assertThat(http.withBasicAuth("dsp-achterhoek-1", "demo")
                .getForEntity("/api/thuiszitters/overzichten", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("dsp-achterhoek-1", "demo")
                .getForEntity("/thuiszitters", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String pagina = http.withBasicAuth("teamleider", "demo").getForObject("/thuiszitters", String.class);
        assertThat(pagina).contains("Thuiszitters per samenwerkingsverband").contains("SWV Oost")
                .as("MAS §5: the cycle of row THUISZITTERS_OVERZICHT").contains("Op 1 januari en daarna elke 3 maanden")
                .contains("/api/thuiszitters/overzichten/" + oost.getId() + ".csv");

        // MAS §10: a samenwerkingsverband without a gemeente of the teamleider's teams stays hidden from them.
        ThuiszittersOverzicht twente = transactie.execute(status -> {
            Samenwerkingsverband swv = samenwerkingsverbanden.save(new Samenwerkingsverband("swv-twente", "SWV Twente"));
            Gemeente hengelo = gemeenten.save(new Gemeente("GM0164", "Hengelo", twente()));
            hengelo.setSamenwerkingsverband(swv);
            return overzichten.maak(swv, peildatum);
        });
        assertThat(http.withBasicAuth("teamleider", "demo").getForObject("/thuiszitters", String.class))
                .doesNotContain("SWV Twente");
        assertThat(http.withBasicAuth("teamleider", "demo").getForEntity("/api/thuiszitters/overzichten/"
                + twente.getId() + ".csv", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").getForObject("/thuiszitters", String.class)).contains("SWV Twente");
        // Not signed in: the login page, not the overview.
        assertThat(http.getForObject("/thuiszitters", String.class)).contains("id=\"gebruikersnaam\"")
                .doesNotContain("SWV Twente");
    }

    @Test
    // MAS §5, §6: the overview every 3 months (row THUISZITTERS_OVERZICHT) from 1 January: 1 April is a peildatum, 31 March not.
    void hetKwartaaloverzichtWordtOpDePeildatumVanDeCyclusGemaakt() {
        long vooraf = jdbc.queryForObject("select count(*) from thuiszitters_overzicht", Long.class);
        // The cron of the start event counts in the server's time zone; the job runs just after its due moment.
        ZoneId server = ZoneId.systemDefault();
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 31).atTime(6, 0, 1).atZone(server).toInstant()));
        assertThat(ochtend()).containsExactly("StartThuiszittersOverzicht", "IsPeildatum", "GeenPeildatum");
        assertThat(jdbc.queryForObject("select count(*) from thuiszitters_overzicht", Long.class)).isEqualTo(vooraf);
        Job morgen = management.createJobQuery().processDefinitionKey("thuiszitters-overzicht").timers().singleResult();
        assertThat(morgen.getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 4, 1).atTime(6, 0).atZone(server).toInstant()));

        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 4, 1).atTime(6, 0, 1).atZone(server).toInstant()));
        assertThat(ochtend()).containsExactly("StartThuiszittersOverzicht", "IsPeildatum", "TaakThuiszittersOverzicht",
                "EindeThuiszittersOverzicht");
        assertThat(jdbc.queryForObject("select count(*) from thuiszitters_overzicht", Long.class))
                .isEqualTo(vooraf + samenwerkingsverbanden.count());
        assertThat(jdbc.queryForObject("select count(*) from thuiszitters_overzicht where peildatum = ?", Long.class,
                LocalDate.of(2026, 4, 1))).isEqualTo(samenwerkingsverbanden.count());
    }

    /** Runs the morning timer of thuiszitters-overzicht at the engine clock; the activities of the run it started. */
    private List<String> ochtend() {
        Set<String> eerder = historie.createHistoricProcessInstanceQuery().processDefinitionKey("thuiszitters-overzicht")
                .list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        Job ochtend = management.createJobQuery().processDefinitionKey("thuiszitters-overzicht").timers().singleResult();
        management.executeJob(ochtend.getId());
        String run = historie.createHistoricProcessInstanceQuery().processDefinitionKey("thuiszitters-overzicht").finished()
                .list().stream().map(HistoricProcessInstance::getId).filter(id -> !eerder.contains(id)).findFirst().orElseThrow();
        return historie.createHistoricActivityInstanceQuery().processInstanceId(run)
                .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    private String naam(Werkproces w) {
        Map<String, Object> rij = jdbc.queryForMap("select j.voornaam, j.achternaam from jongere j join dossier d "
                + "on d.jongere_id = j.id where d.id = ?", w.dossierId());
        return rij.get("voornaam") + " " + rij.get("achternaam");
    }
}
