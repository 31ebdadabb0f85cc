package nl.schoolverzuim.thuiszitters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

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

    @Test
    void absoluutVerzuimIsThuiszitterNaVierWekenEnEenDagNietOpPreciesVierWeken() {
        LocalDate meldingsdatum = vandaag();
        Werkproces w = leerplicht("ABSOLUUT", "Doetinchem");

        signaleerOp(meldingsdatum.plusWeeks(4));
        assertThat(thuiszitter(w)).isNull();

        signaleerOp(meldingsdatum.plusWeeks(4).plusDays(1));
        assertThat(thuiszitter(w).getSinds()).isEqualTo(meldingsdatum);
        assertThat(thuiszitter(w).getReden()).contains("4 weken");
        assertThat(runtime.getVariable(w.instantie().getId(), "thuiszitterSinds")).isNotNull();
        ProcessInstance tafel = tafel(w);
        assertThat(tafel).isWaitingAt("ThuiszitterAanmelden");
        assertThat(taken.getIdentityLinksForTask(task("ThuiszitterAanmelden", tafel).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("leerplicht-doetinchem");
    }

    @Test
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
    void geenPassendAanbodBinnenDrieMaandenEscaleertNaarTeamleiderEnVoorzitter() {
        Werkproces w = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        ProcessInstance tafel = totPlan(w, vandaag().plusMonths(5));
        Job drieMaanden = timer(tafel, "GeenAanbodBinnenDrieMaanden");
        assertThat(drieMaanden.getDuedate()).isAfter(Date.from(thuiszitter(w).getSinds().plusMonths(3).atStartOfDay(NL).toInstant()));

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
    void eenVerlopenEvaluatieEscaleert() {
        Werkproces w = leerplicht("LANGDURIG_RELATIEF", "Doetinchem");
        ProcessInstance tafel = totPlan(w, vandaag().plusDays(14));
        totTimer(tafel, "Evaluatiemoment");

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
    void hetKwartaaloverzichtWordtDoorDeTimerGemaakt() {
        Job kwartaal = management.createJobQuery().processDefinitionKey("thuiszitters-overzicht").timers().singleResult();
        assertThat(kwartaal.getDuedate()).isInTheFuture();
        ClockUtil.setCurrentTime(kwartaal.getDuedate());
        long vooraf = jdbc.queryForObject("select count(*) from thuiszitters_overzicht", Long.class);

        management.executeJob(kwartaal.getId());

        assertThat(jdbc.queryForObject("select count(*) from thuiszitters_overzicht", Long.class))
                .isEqualTo(vooraf + samenwerkingsverbanden.count());
        LocalDate peildatum = kwartaal.getDuedate().toInstant().atZone(NL).toLocalDate();
        assertThat(peildatum.getDayOfMonth()).isEqualTo(1);
        assertThat(List.of(1, 4, 7, 10)).contains(peildatum.getMonthValue());
    }

    private String naam(Werkproces w) {
        Map<String, Object> rij = jdbc.queryForMap("select j.voornaam, j.achternaam from jongere j join dossier d "
                + "on d.jongere_id = j.id where d.id = ?", w.dossierId());
        return rij.get("voornaam") + " " + rij.get("achternaam");
    }
}
